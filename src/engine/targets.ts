// The SLA timeline of one ticket (DOMAIN.md §5): pauses from On Hold / Closed intervals, the
// replies that meet targets, and the three due dates. Pure: `now` is an argument.
import { addWorkingTime, type Calendar, type Pause } from './calendar.js'
import type { StatusIntervalInput, ThreadInput, TicketInput } from './input.js'

const HOUR = 3_600_000

export interface Timeline {
  created: number
  /** intervals that do not count: on hold (an ongoing one up to `now`) and closed before a re-open */
  pauses: Pause[]
  /** the ticket is closed at `now`: its clocks stopped at `closedAt` */
  closedAt: number | null
  onHoldSince: number | null
  firstReply: number | null
  /** follow-up cycles after the first reply: a customer message waiting, and the agent reply that ended it */
  cycles: { start: number; end: number | null }[]
  reopened: number
}

export function buildTimeline(
  ticket: TicketInput,
  threads: readonly ThreadInput[],
  history: readonly StatusIntervalInput[],
  now: number,
): Timeline {
  const created = ticket.createdTime
  const intervals: { type: StatusIntervalInput['statusType']; from: number; to: number | null }[] = []
  for (const h of history) {
    if (h.statusType !== 'Open' && h.from < now) intervals.push({ type: h.statusType, from: Math.max(h.from, created), to: h.to ?? null })
  }
  if (intervals.length > 1) sortFew(intervals, (a, b) => a.from - b.from)

  // The ticket's current status may be newer than its history (or come without one).
  const current = ticket.statusType ?? null
  let open = false // an interval still running at `now`
  for (const i of intervals) if (i.to === null || i.to > now) open = true
  if (current && current !== 'Open' && !open) {
    const since = current === 'Closed' ? ticket.closedTime : ticket.onholdTime
    intervals.push({ type: current, from: Math.max(since ?? now, created), to: null })
  }

  const pauses: Pause[] = []
  let closedAt: number | null = null
  let onHoldSince: number | null = null
  let reopened = 0
  for (const i of intervals) {
    const ongoing = i.to === null || i.to > now
    if (i.type === 'Closed') {
      if (ongoing && current !== 'Open' && current !== 'On Hold') {
        // Closed now: the clocks stopped at closing. The time it stays closed only counts
        // as a pause if it is re-opened, so it is not a pause yet and due dates stay put.
        closedAt = closedAt === null ? i.from : Math.min(closedAt, i.from)
        continue
      }
      if (!ongoing) reopened++
    }
    if (ongoing && i.type === 'On Hold') onHoldSince = onHoldSince === null ? i.from : Math.min(onHoldSince, i.from)
    pauses.push({ start: i.from, end: ongoing ? now : i.to! })
  }

  const replies: ThreadInput[] = []
  for (const t of threads) {
    if (t.createdTime <= now && t.isDescriptionThread !== true && (t.direction === 'in' || isAgentReply(t))) replies.push(t)
  }
  if (replies.length > 1) sortFew(replies, (a, b) => a.createdTime - b.createdTime || (a.direction === 'in' ? -1 : 1))
  let firstReply: number | null = null
  for (const t of replies) {
    if (t.direction === 'out' && t.createdTime >= created) {
      firstReply = t.createdTime
      break
    }
  }

  const cycles: Timeline['cycles'] = []
  if (firstReply !== null) {
    let waiting: number | null = null
    for (const t of replies) {
      if (t.createdTime <= firstReply) continue
      if (t.direction === 'in') {
        if (waiting === null) waiting = t.createdTime
      } else if (waiting !== null) {
        cycles.push({ start: waiting, end: t.createdTime })
        waiting = null
      }
    }
    if (waiting !== null) cycles.push({ start: waiting, end: null })
  }

  return { created, pauses, closedAt, onHoldSince, firstReply, cycles, reopened }
}

/** Array#sort for the few threads and status intervals of a ticket: an insertion sort (stable, no work array); many items go to the builtin. */
function sortFew<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length > 16) {
    items.sort(compare)
    return
  }
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!
    let j = i - 1
    while (j >= 0 && compare(items[j]!, x) > 0) {
      items[j + 1] = items[j]!
      j--
    }
    items[j + 1] = x
  }
}

/** An agent's public reply that reached the customer (DESK_API.md: public, SUCCESS, out). */
function isAgentReply(t: ThreadInput): boolean {
  if (t.direction !== 'out') return false
  if (t.visibility && t.visibility.toLowerCase() !== 'public') return false
  if (t.status && !['success', 'sent', 'delivered'].includes(t.status.toLowerCase())) return false
  return true
}

export interface Targets {
  firstResponseDue: number
  followUpDue: number | null
  determinationDue: number
  responseDueDate: number | null
  dueDate: number
  /** each follow-up cycle with its due instant */
  followUps: { start: number; end: number | null; due: number }[]
}

/** The targets once the first-response and determination due instants are known (one walk from creation placed them). */
export function targetsWith(cal: Calendar, tl: Timeline, firstResponseDue: number, determinationDue: number, detHours: number): Targets {
  const followUps: Targets['followUps'] = []
  let followUpDue: number | null = null
  for (const c of tl.cycles) {
    const due = addWorkingTime(cal, c.start, detHours * HOUR, tl.pauses)
    followUps.push({ start: c.start, end: c.end, due })
    if (c.end === null && followUpDue === null) followUpDue = due // the one still waiting
  }
  const responseDueDate = tl.firstReply === null ? firstResponseDue : followUpDue
  return { firstResponseDue, followUpDue, determinationDue, responseDueDate, dueDate: determinationDue, followUps }
}

export { HOUR }
