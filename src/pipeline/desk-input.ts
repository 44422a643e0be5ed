// From Desk records to the engine's input: the ticket, its replies, and its On Hold / Closed
// intervals rebuilt from the status history.
import type { ComputeInputRaw } from '../engine/input.js'
import type { Account, Contact, HistoryEvent, Thread, Ticket } from '../desk/schemas.js'

export interface StatusInterval {
  statusType: 'On Hold' | 'Closed'
  from: string
  to: string | null
}

type StatusType = 'Open' | 'On Hold' | 'Closed'

function asStatusType(v: unknown): StatusType | null {
  if (typeof v !== 'string') return null
  const k = v.toLowerCase().replace(/[\s_-]+/g, '')
  return k === 'open' ? 'Open' : k === 'onhold' ? 'On Hold' : k === 'closed' ? 'Closed' : null
}

/** On Hold and Closed intervals from the ticket's History (statusType changes, oldest first). */
export function intervalsFromHistory(createdTime: string, history: readonly HistoryEvent[]): StatusInterval[] {
  const changes = history
    .flatMap((h) =>
      h.fieldChanges
        .filter((c) => c.fieldName === 'statusType')
        .map((c) => ({ at: h.eventTime, from: asStatusType(c.previousValue), to: asStatusType(c.newValue) })),
    )
    .filter((c) => c.to !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  let current: StatusType = changes[0]?.from ?? 'Open'
  let since = createdTime
  const out: StatusInterval[] = []
  for (const c of changes) {
    if (c.to === current) continue
    if (current !== 'Open') out.push({ statusType: current, from: since, to: c.at })
    current = c.to!
    since = c.at
  }
  if (current !== 'Open') out.push({ statusType: current, from: since, to: null })
  return out
}

/** Adds one observed status change (from a webhook's prevState) to the recorded intervals. */
export function applyStatusChange(intervals: readonly StatusInterval[], to: StatusType, at: string): StatusInterval[] {
  const out = intervals.map((i) => ({ ...i }))
  const open = out.find((i) => i.to === null)
  if (open) {
    if (open.statusType === to) return out
    open.to = at
  }
  if (to !== 'Open') out.push({ statusType: to, from: at, to: null })
  return out
}

const MAX_DESCRIPTION = 20_000 // characters kept for re-classification (recompute after a policy change)

export function computeInputFrom(
  ticket: Ticket,
  cf: Record<string, unknown>,
  threads: readonly Pick<Thread, 'direction' | 'createdTime' | 'visibility' | 'status' | 'isDescriptionThread'>[],
  account: Account | null,
  contact: Contact | null,
  intervals: readonly StatusInterval[],
  now: number,
): ComputeInputRaw {
  const description = typeof ticket.description === 'string' ? ticket.description.slice(0, MAX_DESCRIPTION) : null
  return {
    ticket: {
      id: ticket.id,
      subject: ticket.subject ?? null,
      description,
      createdTime: ticket.createdTime,
      statusType: ticket.statusType,
      onholdTime: ticket.onholdTime ?? null,
      closedTime: ticket.closedTime ?? null,
      cf,
    },
    account: account ? { country: account.country ?? null, state: account.state ?? null, cf: account.cf ?? {} } : null,
    contact: contact ? { country: contact.country ?? null, state: contact.state ?? null, cf: contact.cf ?? {} } : null,
    threads: threads.map((t) => ({
      direction: t.direction,
      createdTime: t.createdTime,
      visibility: t.visibility ?? null,
      status: t.status ?? null,
      isDescriptionThread: t.isDescriptionThread ?? null,
    })),
    statusHistory: intervals.map((i) => ({ statusType: i.statusType, from: i.from, to: i.to })),
    now: new Date(now).toISOString(),
  }
}
