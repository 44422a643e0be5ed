// The inbox worker: claims stored events (FOR UPDATE SKIP LOCKED, one ticket's events in order,
// never two of a ticket at once), runs each through the processor, and records the outcome.
// Failures go back with backoff; after the retry budget they stay `failed` for an admin.
import { z } from 'zod'
import { withCreditKind, type CreditKind } from '../desk/credits.js'
import { describeError } from '../describe-error.js'
import { isDeskError } from '../desk/errors.js'
import { DEFAULT_INBOX_RETRY, type RetryPolicy } from '../store/repos/backoff.js'
import { inboxQueue, type InboxEvent } from '../store/repos/inbox.js'
import { getTicketSla } from '../store/repos/ticket-sla.js'
import type { ServiceContext } from './context.js'
import { isOwnEcho, type FieldValues, type TicketFields } from './decide.js'
import { processTicket, reevaluateTicket, type ProcessOutcome, type Trigger } from './processor.js'
import { applyRecordChange, RECORD_EVENTS } from './record-events.js'
import { pollingWorker, whileClaimed, type Worker } from './polling-worker.js'
import { DEFAULTS } from '../config.js'

/** Event types the receiver stores; anything else is acknowledged and ignored. */
export const HANDLED_EVENTS = ['Ticket_Add', 'Ticket_Update', 'Ticket_Thread_Add', 'Ticket_Comment_Add', 'Account_Update', 'Contact_Update'] as const

/** What an inbox row's payload holds: the Desk event as delivered (or a job's note). */
const StoredEvent = z.looseObject({
  eventType: z.string().optional(),
  eventTime: z.union([z.string(), z.number()]).optional(),
  payload: z.looseObject({}).nullish(),
  prevState: z.looseObject({}).nullish(),
  reason: z.string().optional(),
  /** a sync or backfill event: the ticket as the search listed it (issue 15: no read when the store knows the rest) */
  ticket: z.looseObject({}).nullish(),
})

/** `outcome` is the ticket's; an account or contact change re-evaluates several, listed in `tickets` */
export type EventResult = { status: 'done'; outcome: ProcessOutcome; tickets?: ProcessOutcome[] } | { status: 'ignored'; reason: string }

export async function handleEvent(ctx: ServiceContext, ev: InboxEvent): Promise<EventResult> {
  const inst = await ctx.installation(ev.installationId)
  if (inst.status === 'disabled') return { status: 'ignored', reason: 'installation disabled' }
  const stored = StoredEvent.safeParse(ev.payload)
  const body = stored.success ? stored.data : {}
  const payload = (body.payload ?? null) as TicketFields | null
  const prevState = (body.prevState ?? null) as TicketFields | null
  const eventTime = Date.parse(ev.eventTime)
  const ticketEvent = ev.eventType === 'Ticket_Add' || ev.eventType === 'Ticket_Update'
  const trigger: Trigger = {
    source: ev.source,
    eventType: ev.eventType,
    eventTime,
    payload,
    prevState,
    // Desk's copy of the ticket: a ticket event's payload, or the search result a sync event keeps
    ...(ticketEvent && payload ? { ticket: payload } : body.ticket ? { ticket: body.ticket } : {}),
    ...(ev.eventType === 'Ticket_Thread_Add' && payload ? { thread: payload } : {}),
    // a webhook's copy was taken when Desk raised the event, a search result when the sync stored it
    capturedAt: ev.source === 'webhook' ? eventTime : Date.parse(ev.receivedAt),
  }
  const recordKind = RECORD_EVENTS[ev.eventType]
  if (recordKind) {
    if (!payload) return { status: 'ignored', reason: `${ev.eventType} without a payload` }
    const change = await applyRecordChange(ctx, inst, recordKind, payload, trigger)
    if (change.status === 'stale') return { status: 'ignored', reason: `an older copy of ${recordKind} ${change.recordId} than the one stored` }
    return { status: 'done', outcome: summaryOf(`${recordKind}:${change.recordId}`, change.tickets), tickets: change.tickets }
  }
  if (!ev.ticketId) return { status: 'ignored', reason: 'no ticket id' }

  if (ev.eventType === 'Ticket_Comment_Add') return { status: 'ignored', reason: 'comments are internal notes, never responses' }
  const departmentId = payload?.departmentId
  if (inst.departmentIds.length > 0 && typeof departmentId === 'string' && !inst.departmentIds.includes(departmentId)) {
    return { status: 'ignored', reason: `department ${departmentId} is not handled by this installation` }
  }
  if (ev.eventType === 'Ticket_Update' && payload && prevState) {
    const prior = await getTicketSla(ctx.db, inst.id, ev.ticketId)
    if (prior && isOwnEcho(ctx.policyFor(inst), payload, prevState, prior.lastWritten as FieldValues)) {
      return { status: 'ignored', reason: "desk-sla's own write echoed back" }
    }
  }
  const outcome =
    ev.source === 'sweep' || ev.source === 'recompute'
      ? await reevaluateTicket(ctx, inst, ev.ticketId, trigger)
      : await processTicket(ctx, inst, ev.ticketId, trigger)
  return { status: 'done', outcome }
}

/** one outcome standing for several tickets' (an account change): updated when any was */
function summaryOf(id: string, tickets: readonly ProcessOutcome[]): ProcessOutcome {
  const updated = tickets.filter((t) => t.status === 'updated')
  return { ticketId: id, status: updated.length > 0 ? 'updated' : 'unchanged', changes: {}, level: 0, raisedFrom: null }
}

export interface WorkerOptions {
  batchSize?: number
  /** a claim's lease (ms): an event whose worker died is handed out again after it */
  leaseMs?: number
  /** how often (real ms) a busy worker renews its claims' leases; a third of the lease by default */
  heartbeatMs?: number
  /** pause between polls when the inbox is empty (ms) */
  idleMs?: number
  /** tickets processed side by side (default 8) */
  concurrency?: number
  retry?: RetryPolicy
  onProcessed?: (ev: InboxEvent, result: EventResult | { status: 'error'; error: string } | { status: 'deferred'; until: string }) => void
}

/** what an event's Desk calls are charged to (issue 15) */
export function creditKindOf(source: InboxEvent['source']): CreditKind {
  return source === 'webhook' ? 'webhook' : source === 'sync' ? 'sync' : source === 'backfill' ? 'backfill' : 'recompute'
}


export function createInboxWorker(ctx: ServiceContext, opts: WorkerOptions = {}): Worker {
  const batchSize = opts.batchSize ?? DEFAULTS.workerBatch
  const leaseMs = opts.leaseMs ?? DEFAULTS.workerLeaseMs
  const idleMs = opts.idleMs ?? DEFAULTS.inboxIdleMs
  const retry = opts.retry ?? DEFAULT_INBOX_RETRY
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULTS.inboxConcurrency)
  const heartbeatMs = opts.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / DEFAULTS.heartbeatsPerLease))

  async function runOnce(): Promise<number> {
    const events = await inboxQueue.claim(ctx.db, batchSize, leaseMs, new Date(ctx.now()))
    if (events.length === 0) return 0
    await whileClaimed(ctx.logger, events, (claims) => inboxQueue.renew(ctx.db, claims, leaseMs, new Date(ctx.now())), heartbeatMs, (unfinished) =>
      handleBatch(events, unfinished),
    )
    return events.length
  }

  async function handleBatch(events: InboxEvent[], unfinished: Set<number>): Promise<void> {
    // Claimed events belong to different tickets or follow each other in time: run each
    // ticket's events in order, different tickets side by side.
    const byTicket = new Map<string, InboxEvent[]>()
    for (const ev of events) {
      const key = `${ev.installationId}/${ev.ticketId}`
      byTicket.set(key, [...(byTicket.get(key) ?? []), ev])
    }
    // at most `concurrency` tickets at once: memory and database connections stay bounded
    const queue = [...byTicket.values()]
    const lanes = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let list = queue.shift(); list; list = queue.shift()) {
        for (const ev of list) {
          await handleOne(ev)
          unfinished.delete(ev.id)
        }
      }
    })
    await Promise.all(lanes)
  }

  async function handleOne(ev: InboxEvent): Promise<void> {
    const claim = { id: ev.id, attempts: ev.attempts }
    try {
      const result = await withCreditKind(creditKindOf(ev.source), () => handleEvent(ctx, ev))
      if (result.status === 'ignored') await inboxQueue.ignore(ctx.db, claim, result.reason, new Date(ctx.now()))
      else await inboxQueue.complete(ctx.db, claim, new Date(ctx.now()))
      opts.onProcessed?.(ev, result)
    } catch (err) {
      if (isDeskError(err) && err.code === 'DESK_CREDITS_DEFERRED') {
        // the governor keeps the day's credits for other work: the event waits, no attempt spent
        const until = await ctx.credits.retryAt(ev.installationId, creditKindOf(ev.source))
        await inboxQueue.defer(ctx.db, claim, describeError(err), new Date(until))
        opts.onProcessed?.(ev, { status: 'deferred', until: new Date(until).toISOString() })
        return
      }
      const message = describeError(err)
      const outcome = await inboxQueue.retry(ctx.db, claim, message, retry, new Date(ctx.now()))
      ctx.logger.warn('event processing failed', { eventId: ev.id, ticketId: ev.ticketId, eventType: ev.eventType, outcome, error: message })
      opts.onProcessed?.(ev, { status: 'error', error: message })
    }
  }

  return pollingWorker('inbox', runOnce, { idleMs, now: ctx.now, onError: (err) => ctx.logger.error('inbox worker poll failed', { error: describeError(err) }) })
}
