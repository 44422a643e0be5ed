// Delivers queued Desk writes (PATCH of fields, private escalation comments), one ticket's writes
// in order. Desk down or rate limiting: retry with backoff; a refused write (422, 403) is
// dead-lettered at once for an admin to see and retry; after the budget, dead as well.
import { withCreditKind, type CreditKind } from '../desk/credits.js'
import { isDeskError } from '../desk/errors.js'
import { DEFAULT_OUTBOX_RETRY, type RetryPolicy } from '../store/repos/backoff.js'
import { outboxQueue, type OutboxItem } from '../store/repos/outbox.js'
import type { QueueClaim, RetryOutcome } from '../store/repos/queue.js'
import type { ServiceContext } from './context.js'
import { diffFields, patchBody, type FieldValues, type TicketFields } from './decide.js'
import { noteOwnWrite } from './processor.js'
import { pollingWorker, whileClaimed, type Worker } from './polling-worker.js'
import { describeError } from '../describe-error.js'
import { DEFAULTS } from '../config.js'

export interface OutboxWorkerOptions {
  batchSize?: number
  leaseMs?: number
  /** how often (real ms) a busy worker renews its claims' leases; a third of the lease by default */
  heartbeatMs?: number
  idleMs?: number
  retry?: RetryPolicy
  onDelivered?: (item: OutboxItem, outcome: 'done' | 'retrying' | 'dead' | 'lease-lost' | 'deferred', error?: string) => void
}

/** what a write is charged to: a bulk job's writes are its own (they wait first), every other write is a write */
export function creditKindOfWrite(origin: string): CreditKind {
  return origin === 'recompute' || origin === 'backfill' ? origin : 'write'
}

/** The part of a PATCH body the ticket does not show yet (DESK_API.md loop prevention, rule 1); null when none. */
export function unsentPart(ticket: TicketFields, body: Record<string, unknown>): Record<string, unknown> | null {
  const wanted: FieldValues = {}
  for (const [key, value] of Object.entries(body)) {
    if (key === 'cf' && value && typeof value === 'object') {
      for (const [cfKey, cfValue] of Object.entries(value)) wanted[cfKey] = cfValue === null || cfValue === undefined ? null : String(cfValue)
    } else {
      wanted[key] = value === null || value === undefined ? null : String(value)
    }
  }
  return patchBody(diffFields(wanted, ticket, []))
}

/** Errors worth trying again: Desk down, slow, rate limiting, token minting paused. */
export function isTransient(err: unknown): boolean {
  if (!isDeskError(err)) return true
  return ['DESK_HTTP_5XX', 'DESK_RATE_LIMITED', 'DESK_TIMEOUT', 'DESK_NETWORK', 'DESK_TOKEN_MINT_PAUSED', 'DESK_UNAUTHORIZED', 'DESK_BAD_RESPONSE'].includes(err.code)
}

export function createOutboxWorker(ctx: ServiceContext, opts: OutboxWorkerOptions = {}): Worker {
  const batchSize = opts.batchSize ?? DEFAULTS.workerBatch
  const leaseMs = opts.leaseMs ?? DEFAULTS.workerLeaseMs
  const idleMs = opts.idleMs ?? DEFAULTS.outboxIdleMs
  const retry = opts.retry ?? DEFAULT_OUTBOX_RETRY
  const heartbeatMs = opts.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / DEFAULTS.heartbeatsPerLease))

  async function deliver(item: OutboxItem): Promise<void> {
    const claim = { id: item.id, attempts: item.attempts }
    const now = () => new Date(ctx.now())
    try {
      await withCreditKind(creditKindOfWrite(item.origin), () => send(item))
      await outboxQueue.complete(ctx.db, claim, now())
      opts.onDelivered?.(item, 'done')
    } catch (err) {
      if (isDeskError(err) && err.code === 'DESK_CREDITS_DEFERRED') {
        // held back by the credit governor: the write waits, no attempt spent
        const until = await ctx.credits.retryAt(item.installationId, creditKindOfWrite(item.origin))
        await outboxQueue.defer(ctx.db, claim, describeError(err), new Date(until))
        opts.onDelivered?.(item, 'deferred', describeError(err))
        return
      }
      await failed(item, claim, err)
    }
  }

  async function send(item: OutboxItem): Promise<void> {
    const inst = await ctx.installation(item.installationId)
    const desk = await ctx.deskFor(inst)
    if (item.kind === 'patch') {
      // a write tried before may have landed (the process died before recording it, or the
      // answer was lost): send only what the ticket does not show yet, nothing when it shows it all
      const body = item.attempts > 1 ? unsentPart(await desk.getTicket(item.ticketId), item.body) : item.body
      if (body) {
        const after = await desk.updateTicket(item.ticketId, body)
        // Desk answers with the whole ticket: keep it, so desk-sla's own change costs no later read
        await noteOwnWrite(ctx, item.installationId, item.ticketId, body, after).catch((err: unknown) =>
          ctx.logger.warn('could not keep the ticket Desk answered a write with', { ticketId: item.ticketId, error: describeError(err) }),
        )
      }
    } else {
      // likewise a comment tried before may be on the ticket already: never post it twice
      const content = String(item.body.content ?? '')
      const posted = item.attempts > 1 && (await desk.getComments(item.ticketId)).some((c) => c.content === content)
      if (!posted) await desk.addPrivateComment(item.ticketId, content)
    }
  }

  async function failed(item: OutboxItem, claim: QueueClaim, err: unknown): Promise<void> {
    const now = () => new Date(ctx.now())
    const message = describeError(err)
    if (isDeskError(err) && err.code === 'DESK_NOT_FOUND') {
      // the ticket is gone: nothing left to write
      await outboxQueue.complete(ctx.db, claim, now())
      opts.onDelivered?.(item, 'done', message)
      return
    }
    // a dead letter's audit entry is written with its status, in one transaction (issue 16)
    const outcome: RetryOutcome = isTransient(err)
      ? await outboxQueue.retry(ctx.db, claim, message, retry, now())
      : (await outboxQueue.deadLetter(ctx.db, claim, message, now()))
        ? 'dead'
        : 'lease-lost'
    ctx.logger.warn('desk write failed', { outboxId: item.id, ticketId: item.ticketId, kind: item.kind, outcome, error: message })
    opts.onDelivered?.(item, outcome, message)
  }

  async function runOnce(): Promise<number> {
    const items = await outboxQueue.claim(ctx.db, batchSize, leaseMs, new Date(ctx.now()))
    if (items.length === 0) return 0
    await whileClaimed(ctx.logger, items, (claims) => outboxQueue.renew(ctx.db, claims, leaseMs, new Date(ctx.now())), heartbeatMs, (unfinished) =>
      Promise.all(
        items.map(async (item) => {
          await deliver(item)
          unfinished.delete(item.id)
        }),
      ),
    )
    return items.length
  }

  return pollingWorker('outbox', runOnce, { idleMs, now: ctx.now, onError: (err) => ctx.logger.error('outbox worker poll failed', { error: describeError(err) }) })
}
