// The webhook inbox: every accepted event is stored once (unique key per installation), then
// claimed by workers with FOR UPDATE SKIP LOCKED. Only the head event of a ticket is claimable,
// and only while no claim on that ticket is live, so one ticket's events run one at a time, in order.
// Order is arrival order (the row id), never the sender's eventTime, which anyone holding the hook
// URL can set to 2000-01-01; and claims take turns across installations, so one installation's
// flood cannot starve another's tickets (issue 17).
import type { Db } from '../db.js'
import { attemptsExhausted, retryDelayMs, type RetryPolicy, DEFAULT_INBOX_RETRY } from './backoff.js'
import { extendClaims, isoOf, isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export type InboxSource = 'webhook' | 'sync' | 'sweep' | 'recompute' | 'backfill'
export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed' | 'ignored'

export interface InboxEventInput {
  eventKey: string
  eventType: string
  ticketId: string | null
  eventTime: Instant
  payload: unknown
  source?: InboxSource
}

export interface InboxEvent {
  id: number
  installationId: string
  eventKey: string
  eventType: string
  ticketId: string | null
  eventTime: string
  source: InboxSource
  payload: unknown
  receivedAt: string
  status: InboxStatus
  attempts: number
  lockedUntil: string | null
  error: string | null
  processedAt: string | null
}

/** what a worker holds after claiming: the id and the attempt number make its lease */
export type InboxClaim = Pick<InboxEvent, 'id' | 'attempts'>

interface InboxRow {
  id: number
  installation_id: string
  event_key: string
  event_type: string
  ticket_id: string | null
  event_time: Date
  source: InboxSource
  payload: unknown
  received_at: Date
  status: InboxStatus
  attempts: number
  locked_until: Date | null
  error: string | null
  processed_at: Date | null
}

function toEvent(r: InboxRow): InboxEvent {
  return {
    id: r.id,
    installationId: r.installation_id,
    eventKey: r.event_key,
    eventType: r.event_type,
    ticketId: r.ticket_id,
    eventTime: isoOfRequired(r.event_time),
    source: r.source,
    payload: r.payload,
    receivedAt: isoOfRequired(r.received_at),
    status: r.status,
    attempts: r.attempts,
    lockedUntil: isoOf(r.locked_until),
    error: r.error,
    processedAt: isoOf(r.processed_at),
  }
}


/** Desk gives no delivery id: eventType + ticket id + eventTime identifies an event (DESK_API.md) */
export function inboxEventKey(eventType: string, ticketId: string | null, eventTime: Instant): string {
  return `${eventType}:${ticketId ?? '-'}:${new Date(toIso(eventTime)).getTime()}`
}

// ---- named SQL builders ----

export function insertEventsSql(installationId: string, events: InboxEventInput[], now: string): Sql {
  const records = events.map((e) => ({
    event_key: e.eventKey,
    event_type: e.eventType,
    ticket_id: e.ticketId,
    event_time: toIso(e.eventTime),
    source: e.source ?? 'webhook',
    payload: e.payload ?? null,
  }))
  // one parameter for the whole batch; duplicates (already stored or repeated in the batch) are skipped
  return {
    text: `INSERT INTO webhook_inbox (installation_id, event_key, event_type, ticket_id, event_time, source, payload, received_at)
SELECT $1, e.event_key, e.event_type, e.ticket_id, e.event_time, e.source, e.payload, $3
FROM jsonb_to_recordset($2::jsonb) AS e(event_key text, event_type text, ticket_id text, event_time timestamptz, source text, payload jsonb)
ON CONFLICT (installation_id, event_key) DO NOTHING
RETURNING id`,
    values: [installationId, json(records), now],
  }
}

// The claimable events of every installation, at most `limit` each, in arrival order; then
// round-robin: every installation's first event before anyone's second. The per-installation scan
// walks webhook_inbox_queue_idx; the per-ticket check walks webhook_inbox_ticket_idx.
export function claimEventsSql(limit: number, lockMs: number, now: string): Sql {
  return {
    text: `WITH candidates AS (
  SELECT c.id, row_number() OVER (PARTITION BY c.installation_id ORDER BY c.id) AS turn
  FROM installations inst
  CROSS JOIN LATERAL (
    SELECT i.id, i.installation_id FROM webhook_inbox i
    WHERE i.installation_id = inst.id
      AND ((i.status = 'pending' AND (i.locked_until IS NULL OR i.locked_until <= $1))
        OR (i.status = 'processing' AND i.locked_until <= $1))
      AND NOT EXISTS (
        SELECT 1 FROM webhook_inbox o
        WHERE o.installation_id = i.installation_id AND o.ticket_id = i.ticket_id AND o.id <> i.id
          AND o.status IN ('pending', 'processing')
          AND (o.id < i.id OR (o.status = 'processing' AND o.locked_until > $1)))
    ORDER BY i.id
    LIMIT $2
    FOR UPDATE OF i SKIP LOCKED
  ) c
), chosen AS (
  SELECT id, turn FROM candidates ORDER BY turn, id LIMIT $2
)
UPDATE webhook_inbox w
SET status = 'processing', attempts = w.attempts + 1, locked_until = $1::timestamptz + $3 * interval '1 millisecond'
FROM chosen c WHERE w.id = c.id
RETURNING w.*, c.turn`,
    values: [now, limit, lockMs],
  }
}

/** finish a claimed event: done, ignored or failed; only while the claim (id + attempt) still holds */
export function finishEventSql(claim: InboxClaim, status: 'done' | 'ignored' | 'failed', error: string | null, now: string): Sql {
  return {
    text: `UPDATE webhook_inbox SET status = $3, error = $4, processed_at = $5, locked_until = NULL
WHERE id = $1 AND attempts = $2 AND status = 'processing'`,
    values: [claim.id, claim.attempts, status, error, now],
  }
}

export function retryEventSql(claim: InboxClaim, error: string, notBefore: string): Sql {
  return {
    text: `UPDATE webhook_inbox SET status = 'pending', error = $3, locked_until = $4
WHERE id = $1 AND attempts = $2 AND status = 'processing'`,
    values: [claim.id, claim.attempts, error, notBefore],
  }
}

export function selectEventSql(id: number): Sql {
  return { text: 'SELECT * FROM webhook_inbox WHERE id = $1', values: [id] }
}

export function listFailedEventsSql(installationId: string, limit: number): Sql {
  return {
    text: `SELECT * FROM webhook_inbox WHERE installation_id = $1 AND status = 'failed' ORDER BY id LIMIT $2`,
    values: [installationId, limit],
  }
}

export function requeueFailedEventsSql(installationId: string, ids: number[] | null, now: string): Sql {
  return {
    text: `UPDATE webhook_inbox SET status = 'pending', attempts = 0, locked_until = $3
WHERE installation_id = $1 AND status = 'failed' AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
    values: [installationId, ids, now],
  }
}

export function countEventsByStatusSql(installationId: string | null): Sql {
  return {
    text: `SELECT status, count(*) AS n FROM webhook_inbox WHERE ($1::text IS NULL OR installation_id = $1) GROUP BY status`,
    values: [installationId],
  }
}

/** queued events: waiting, or claimed by a worker whose lease has run out */
const QUEUED = `(status = 'pending' OR (status = 'processing' AND locked_until <= $3))`

export function countQueuedEventsSql(installationId: string, before: string | null, now: string): Sql {
  return {
    text: `SELECT count(*)::int AS n, min(received_at) AS first_received, max(received_at) AS last_received FROM webhook_inbox
WHERE installation_id = $1 AND ($2::timestamptz IS NULL OR received_at < $2) AND ${QUEUED}`,
    values: [installationId, before, now],
  }
}

/** queued events set aside as ignored: kept (their keys still drop a redelivery) until retention prunes them */
export function discardQueuedEventsSql(installationId: string, before: string | null, now: string): Sql {
  return {
    text: `UPDATE webhook_inbox SET status = 'ignored', error = 'discarded by an operator', processed_at = $3, locked_until = NULL
WHERE installation_id = $1 AND ($2::timestamptz IS NULL OR received_at < $2) AND ${QUEUED}`,
    values: [installationId, before, now],
  }
}

/** finished events (done or ignored) processed before `before`, oldest first, at most `limit` */
export function pruneProcessedEventsSql(before: string, limit: number): Sql {
  return {
    text: `DELETE FROM webhook_inbox WHERE id IN (
  SELECT id FROM webhook_inbox WHERE status IN ('done', 'ignored') AND processed_at < $1 ORDER BY processed_at LIMIT $2
)`,
    values: [before, limit],
  }
}

// ---- repository ----

/** store a batch; returns how many events were new (duplicates are acknowledged and dropped) */
export async function insertEvents(db: Db, installationId: string, events: InboxEventInput[], now: Instant = new Date()): Promise<number> {
  if (events.length === 0) return 0
  const { rowCount } = await run(db, insertEventsSql(installationId, events, toIso(now)))
  return rowCount
}

/**
 * Claim up to `limit` events for `lockMs`, taking turns across installations: every installation's
 * oldest claimable event before any installation's second. Within an installation, arrival order;
 * at most one per ticket, never one whose ticket has an earlier unfinished event or a live claim.
 * A claim whose lease ran out (crashed worker) is handed out again with the next attempt number.
 */
export async function claimEvents(db: Db, limit: number, lockMs: number, now: Instant = new Date()): Promise<InboxEvent[]> {
  const { rows } = await run<InboxRow & { turn: number | string }>(db, claimEventsSql(limit, lockMs, toIso(now)))
  return rows
    .sort((a, b) => Number(a.turn) - Number(b.turn) || Number(a.id) - Number(b.id))
    .map(toEvent)
}

/**
 * A worker still busy with its claims (waiting for the Desk call budget, say) renews their leases,
 * so no other replica takes the same events meanwhile. Returns how many claims still held.
 */
export async function extendEventClaims(db: Db, claims: readonly InboxClaim[], lockMs: number, now: Instant = new Date()): Promise<number> {
  return extendClaims(db, 'webhook_inbox', claims, lockMs, now)
}

export async function markEventDone(db: Db, claim: InboxClaim, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, finishEventSql(claim, 'done', null, toIso(now)))).rowCount === 1
}

/** acknowledged but nothing to do (unhandled type, own echo, stale event) */
export async function markEventIgnored(db: Db, claim: InboxClaim, reason: string, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, finishEventSql(claim, 'ignored', reason, toIso(now)))).rowCount === 1
}

export async function markEventFailed(db: Db, claim: InboxClaim, error: string, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, finishEventSql(claim, 'failed', error, toIso(now)))).rowCount === 1
}

/** hand the event back after `delayMs`; later events of its ticket keep waiting behind it */
export async function retryEventAfter(db: Db, claim: InboxClaim, error: string, delayMs: number, now: Instant = new Date()): Promise<boolean> {
  const notBefore = new Date(new Date(toIso(now)).getTime() + delayMs).toISOString()
  return (await run(db, retryEventSql(claim, error, notBefore))).rowCount === 1
}

export type RetryOutcome = 'retrying' | 'failed' | 'lease-lost'

/** retry with backoff, or mark failed once the policy's attempts are used up */
export async function failOrRetryEvent(
  db: Db,
  claim: InboxClaim,
  error: string,
  policy: RetryPolicy = DEFAULT_INBOX_RETRY,
  now: Instant = new Date(),
  random: () => number = Math.random,
): Promise<RetryOutcome> {
  if (attemptsExhausted(claim.attempts, policy)) {
    return (await markEventFailed(db, claim, error, now)) ? 'failed' : 'lease-lost'
  }
  const held = await retryEventAfter(db, claim, error, retryDelayMs(claim.attempts, policy, random), now)
  return held ? 'retrying' : 'lease-lost'
}

export async function getEvent(db: Db, id: number): Promise<InboxEvent | null> {
  const { rows } = await run<InboxRow>(db, selectEventSql(id))
  return rows[0] ? toEvent(rows[0]) : null
}

export async function listFailedEvents(db: Db, installationId: string, limit = 100): Promise<InboxEvent[]> {
  const { rows } = await run<InboxRow>(db, listFailedEventsSql(installationId, limit))
  return rows.map(toEvent)
}

/** failed events back to pending (all of the installation's, or the given ids); returns how many */
export async function requeueFailedEvents(db: Db, installationId: string, ids: number[] | null = null, now: Instant = new Date()): Promise<number> {
  return (await run(db, requeueFailedEventsSql(installationId, ids, toIso(now)))).rowCount
}

export async function countEventsByStatus(db: Db, installationId: string | null = null): Promise<Record<InboxStatus, number>> {
  const counts: Record<InboxStatus, number> = { pending: 0, processing: 0, done: 0, failed: 0, ignored: 0 }
  const { rows } = await run<{ status: InboxStatus; n: number }>(db, countEventsByStatusSql(installationId))
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

export interface QueuedSummary {
  count: number
  firstReceived: string | null
  lastReceived: string | null
}

/** an installation's queued events (received before `before`, when given) */
export async function countQueuedEvents(db: Db, installationId: string, before: Instant | null = null, now: Instant = new Date()): Promise<QueuedSummary> {
  const { rows } = await run<{ n: number; first_received: Date | null; last_received: Date | null }>(
    db,
    countQueuedEventsSql(installationId, before === null ? null : toIso(before), toIso(now)),
  )
  const r = rows[0]
  return { count: Number(r?.n ?? 0), firstReceived: isoOf(r?.first_received ?? null), lastReceived: isoOf(r?.last_received ?? null) }
}

/**
 * Sets aside an installation's queued events (received before `before`, when given) as ignored,
 * e.g. after a flood; events a live worker holds are left alone. Returns how many.
 */
export async function discardQueuedEvents(db: Db, installationId: string, before: Instant | null = null, now: Instant = new Date()): Promise<number> {
  return (await run(db, discardQueuedEventsSql(installationId, before === null ? null : toIso(before), toIso(now)))).rowCount
}

/** deletes finished events processed before `before`, `chunk` rows per statement; returns how many */
export async function pruneProcessedEvents(db: Db, before: Instant, chunk = 5_000): Promise<number> {
  let total = 0
  for (;;) {
    const n = (await run(db, pruneProcessedEventsSql(toIso(before), chunk))).rowCount
    total += n
    if (n < chunk) return total
  }
}
