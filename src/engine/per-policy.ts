// Memo tables kept per policy object. A process mostly computes with one policy, so the last one
// asked for is answered by an identity check; others through a WeakMap (a policy no longer used
// is collected with its tables; only the last one is held).

export class PerPolicy<K extends object, V> {
  readonly #tables = new WeakMap<K, V>()
  #lastKey: K | undefined
  #lastValue: V | undefined

  constructor(private readonly make: (key: K) => V) {}

  get(key: K): V {
    if (key === this.#lastKey) return this.#lastValue as V
    let value = this.#tables.get(key)
    if (value === undefined) {
      value = this.make(key)
      this.#tables.set(key, value)
    }
    this.#lastKey = key
    this.#lastValue = value
    return value
  }
}
