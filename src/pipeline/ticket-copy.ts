// What the processor can know of a ticket without asking Desk (issue 15). Pure: no I/O.
//  - A webhook's payload is Desk's own copy of the ticket. It stands in for GET /tickets/{id} when it
//    carries every field the processor reads (a search result does too, once the store holds the
//    description, which search leaves out).
//  - The ticket's thread timeline is kept in the store. A Ticket_Thread_Add carries its thread;
//    the timeline is complete while its length agrees with the ticket's `threadCount` (less an offset
//    learnt at the last full read, for threads Desk counts but does not list); otherwise the threads
//    are read again.
import { Thread, Ticket } from '../desk/schemas.js'
import { WRITTEN_NATIVE_FIELDS } from './written-fields.js'

/** one thread as the timeline keeps it: what the engine reads, and the id that makes it unique */
export interface TimelineThread {
  /** null for the description thread stood in for at creation */
  id: string | null
  /** null: Desk gave none (Thread.json allows it); such a thread is no reply */
  direction: 'in' | 'out' | null
  createdTime: string
  visibility: string | null
  status: string | null
  isDescriptionThread: boolean | null
}

/**
 * The fields a ticket copy must carry (null allowed) to stand in for a read: every one the processor uses.
 * desk-sla's own fields (the reply owed next in deskFields.ticket.responseDue…) ride in `cf`; Desk's
 * native responseDueDate is Desk's to compute and desk-sla never reads or writes it (issue #13).
 */
export const TICKET_COPY_KEYS = [
  'id',
  'ticketNumber',
  'subject',
  'status',
  'statusType',
  'createdTime',
  'modifiedTime',
  'closedTime',
  'onholdTime',
  ...WRITTEN_NATIVE_FIELDS,
  'departmentId',
  'contactId',
  'accountId',
  'threadCount',
  'cf',
] as const

/**
 * Desk's copy of the ticket from an event, when it is complete: every key of TICKET_COPY_KEYS present
 * and valid, and a description, the payload's own or (`knownDescription`, a string or null) the
 * store's. Anything less is null: the processor reads the ticket instead.
 */
export function ticketFromCopy(copy: unknown, knownDescription?: string | null): Ticket | null {
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) return null
  const c = copy as Record<string, unknown>
  for (const key of TICKET_COPY_KEYS) if (!(key in c)) return null
  const hasDescription = 'description' in c && (typeof c.description === 'string' || c.description === null)
  if (!hasDescription && knownDescription === undefined) return null
  const parsed = Ticket.safeParse(hasDescription ? c : { ...c, description: knownDescription })
  return parsed.success ? parsed.data : null
}

/** The ticket as stored between events: the copy without its description (the engine input keeps that). */
export function storedCopyOf(ticket: Ticket): Record<string, unknown> {
  const { description: _description, contact: _contact, assignee: _assignee, ...rest } = ticket as Ticket & { description?: unknown }
  return rest
}

export function timelineThreadOf(t: Thread): TimelineThread {
  return {
    id: t.id,
    direction: t.direction ?? null,
    createdTime: new Date(Date.parse(t.createdTime)).toISOString(),
    visibility: t.visibility ?? null,
    status: t.status ?? null,
    isDescriptionThread: t.isDescriptionThread ?? null,
  }
}

/** a Ticket_Thread_Add payload's thread, or null when it is not a usable thread */
export function threadFromEvent(payload: unknown): TimelineThread | null {
  const parsed = Thread.safeParse(payload)
  return parsed.success ? timelineThreadOf(parsed.data) : null
}

/**
 * A new ticket's timeline when Desk counts at most one thread: none, or its description (the
 * customer's first message, which Desk files as the ticket's first thread; the engine never counts
 * it as a reply). Unverified: that a ticket created with an agent's outgoing email also marks that
 * thread as the description.
 */
export function creationTimeline(ticket: Pick<Ticket, 'createdTime' | 'threadCount'>): TimelineThread[] | null {
  const n = countOf(ticket.threadCount)
  if (n === 0) return []
  if (n === 1) {
    return [{ id: null, direction: 'in', createdTime: new Date(Date.parse(ticket.createdTime)).toISOString(), visibility: 'public', status: 'SUCCESS', isDescriptionThread: true }]
  }
  return null
}

/** the timeline with `thread` in its place (by time), or the same timeline when it holds the thread already */
export function withThread(timeline: readonly TimelineThread[], thread: TimelineThread): { timeline: TimelineThread[]; added: boolean } {
  if (thread.id !== null && timeline.some((t) => t.id === thread.id)) return { timeline: [...timeline], added: false }
  const out = [...timeline, thread]
  out.sort((a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime))
  return { timeline: out, added: true }
}

export function countOf(threadCount: unknown): number | null {
  if (typeof threadCount === 'number' && Number.isInteger(threadCount) && threadCount >= 0) return threadCount
  if (typeof threadCount === 'string' && /^\d{1,9}$/.test(threadCount)) return Number(threadCount)
  return null
}

/** true when the timeline holds every thread Desk counts (less the threads it counts but does not list) */
export function timelineComplete(timeline: readonly TimelineThread[], threadCount: unknown, offset: number): boolean {
  const n = countOf(threadCount)
  return n !== null && n - offset === timeline.length
}

/** threads Desk counts on the ticket but did not list, as a full read showed them */
export function countOffset(threadCount: unknown, listed: number): number {
  const n = countOf(threadCount)
  return n === null ? 0 : Math.max(0, n - listed)
}

/** the later of two Desk instants (ISO), either possibly absent */
export function laterOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null
  if (!b) return a
  return Date.parse(b) > Date.parse(a) ? b : a
}
