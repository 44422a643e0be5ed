// A set of concept numbers (the concepts a reading counts, those a note names), kept as bits of small
// integers in a plain array. One is made per ticket: a typed array of one byte per concept would cost
// more to make than every test on it (past 64 bytes, V8 gives a typed array a backing store of its own,
// about half a microsecond to make).

const BITS = 30 // per element: the values stay small integers

export class ConceptSet {
  private readonly bits: number[]

  /** for a vocabulary of `concepts` concepts: 0 … concepts - 1 may be added */
  constructor(readonly concepts: number) {
    this.bits = new Array<number>(Math.ceil(concepts / BITS)).fill(0)
  }

  add(concept: number): void {
    this.bits[(concept / BITS) | 0]! |= 1 << concept % BITS
  }

  has(concept: number): boolean {
    return (this.bits[(concept / BITS) | 0]! & (1 << concept % BITS)) !== 0
  }

  hasAll(concepts: readonly number[]): boolean {
    for (const c of concepts) if (!this.has(c)) return false
    return true
  }
}
