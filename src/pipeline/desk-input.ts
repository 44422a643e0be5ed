// From Desk records to the engine's input: the ticket, its replies, and its On Hold / Closed
// intervals rebuilt from the status history.
import type { ComputeInputRaw } from '../engine/input.js'
import type { StatusChange, StatusType } from '../desk/status-history.js'
import type { Account, Contact, Thread, Ticket } from '../desk/schemas.js'

export interface StatusInterval {
  statusType: 'On Hold' | 'Closed'
  from: string
  to: string | null
}

/**
 * On Hold and Closed intervals from the ticket's status changes (oldest first, status names as
 * History gives them), each name typed by `typeOf` (the org's status map, status-types.ts).
 */
export function intervalsFromStatusChanges(
  createdTime: string,
  changes: readonly StatusChange[],
  typeOf: (name: string) => StatusType,
): StatusInterval[] {
  const typed = changes.map((c) => ({ at: c.at, from: c.from === null ? null : typeOf(c.from), to: typeOf(c.to) }))
  let current: StatusType = typed[0]?.from ?? 'Open'
  let since = createdTime
  const out: StatusInterval[] = []
  for (const c of typed) {
    if (c.to === current) continue
    // a change recorded before the ticket existed (clock skew) counts from its creation
    const at = Date.parse(c.at) < Date.parse(createdTime) ? createdTime : c.at
    if (current !== 'Open') out.push({ statusType: current, from: since, to: at })
    current = c.to
    since = at
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
    // a thread without a direction (Thread.json allows null) is neither a reply nor a customer message
    threads: threads.flatMap((t) => (t.direction ? [{ ...t, direction: t.direction }] : [])).map((t) => ({
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
