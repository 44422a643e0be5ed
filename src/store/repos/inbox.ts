// The webhook inbox: every accepted event is stored once (unique key per installation), then
// claimed by workers with FOR UPDATE SKIP LOCKED (the queue verbs of queue.ts). Only the head event of a ticket is claimable,
// and only while no claim on that ticket is live, so one ticket's events run one at a time, in order.
// Order is arrival order (the row id), never the sender's eventTime, which anyone holding the hook
// URL can set to 2000-01-01; and claims take turns across installations, so one installation's
// flood cannot starve another's tickets (issue 17).
import type { Db } from '../db.js'
import { DEFAULT_INBOX_RETRY } from './backoff.js'
import { createQueue, finishSql, type QueueClaim, type QueueSpec } from './queue.js'
import { isoOf, isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'
import { DEFAULTS } from '../../config.js'

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

const INBOX_STATUSES = ['pending', 'processing', 'done', 'failed', 'ignored'] as const satisfies readonly InboxStatus[]

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

/** The inbox's place in the queue vocabulary: `failed` is its dead letter. */
export const INBOX_QUEUE: QueueSpec = {
  table: 'webhook_inbox',
  busy: 'processing',
  dead: 'failed',
  errorColumn: 'error',
  finishedColumn: 'processed_at',
  notBeforeColumn: 'locked_until',
  // arrival order (the row id), never the sender's eventTime (issue 17)
  order: ['id'],
  takesTurns: true,
  alsoWaitsFor: '',
  deadAudit: { action: 'inbox.failed', changes: (row) => ({ eventId: Number(row.id), eventType: row.event_type }) },
}

/**
 * The inbox's queue verbs (claim, renew, complete, retry, deadLetter, defer…; see queue.ts), and
 * `ignore`: acknowledged but nothing to do (unhandled type, own echo, stale event).
 */
export const inboxQueue = {
  ...createQueue<InboxRow, InboxEvent, InboxStatus>(INBOX_QUEUE, toEvent, INBOX_STATUSES, DEFAULT_INBOX_RETRY),
  async ignore(db: Db, claim: QueueClaim, reason: string, now: Instant = new Date()): Promise<boolean> {
    return (await run(db, finishSql(INBOX_QUEUE, claim, 'ignored', reason, toIso(now)))).rowCount === 1
  },
}

/** store a batch; returns how many events were new (duplicates are acknowledged and dropped) */
export async function insertEvents(db: Db, installationId: string, events: InboxEventInput[], now: Instant = new Date()): Promise<number> {
  if (events.length === 0) return 0
  const { rowCount } = await run(db, insertEventsSql(installationId, events, toIso(now)))
  return rowCount
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
export async function pruneProcessedEvents(db: Db, before: Instant, chunk: number = DEFAULTS.pruneChunk): Promise<number> {
  let total = 0
  for (;;) {
    const n = (await run(db, pruneProcessedEventsSql(toIso(before), chunk))).rowCount
    total += n
    if (n < chunk) return total
  }
}
