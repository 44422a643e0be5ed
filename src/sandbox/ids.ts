// Desk ids are ~17-digit strings (DESK_API.md "Conventions"): never numbers.
// Layout: a 10-digit portal prefix, one digit per kind, a 6-digit sequence.
const PREFIX = '2000100000'

const KIND_DIGIT = {
  department: '0',
  agent: '1',
  account: '2',
  contact: '3',
  ticket: '4',
  thread: '5',
  comment: '6',
  history: '7',
  webhook: '8',
  delivery: '9',
} as const

export type IdKind = keyof typeof KIND_DIGIT

export class IdGenerator {
  private readonly seq = new Map<IdKind, number>()
  private ticketNumber = 1000

  next(kind: IdKind): string {
    const n = (this.seq.get(kind) ?? 0) + 1
    this.seq.set(kind, n)
    return `${PREFIX}${KIND_DIGIT[kind]}${String(n).padStart(6, '0')}`
  }

  nextTicketNumber(): string {
    this.ticketNumber += 1
    return String(this.ticketNumber)
  }

  /** Keeps generated ids clear of ids a seed file brought in. */
  observe(kind: IdKind, id: string): void {
    if (!id.startsWith(PREFIX + KIND_DIGIT[kind]) || id.length !== 17) return
    const n = Number(id.slice(11))
    if (Number.isFinite(n) && n > (this.seq.get(kind) ?? 0)) this.seq.set(kind, n)
  }

  observeTicketNumber(num: string): void {
    const n = Number(num)
    if (Number.isInteger(n) && n > this.ticketNumber) this.ticketNumber = n
  }

  reset(): void {
    this.seq.clear()
    this.ticketNumber = 1000
  }
}
