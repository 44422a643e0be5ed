// The outbox of Desk writes (PATCH a ticket, add a private comment), stored in the same transaction
// as the SLA state that caused them and delivered later with retries. Like the inbox, one ticket's
// writes go out one at a time and in the order they were enqueued.
import type { Db } from '../db.js'
import { DEFAULT_OUTBOX_RETRY } from './backoff.js'
import { createQueue, type QueueSpec } from './queue.js'
import { isoOf, isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export type OutboxKind = 'patch' | 'comment'
export type OutboxStatus = 'pending' | 'sending' | 'done' | 'dead'

export interface OutboxInput {
  installationId: string
  ticketId: string
  kind: OutboxKind
  body: Record<string, unknown>
  /** the same effect is enqueued at most once per installation (e.g. `escalation-comment:<ticket>:3`) */
  dedupeKey?: string | null
  /** what queued it: webhook, sync, sweep, recompute or backfill (default webhook); bulk work's writes wait first for credits */
  origin?: string
}

export interface OutboxItem {
  id: number
  installationId: string
  ticketId: string
  kind: OutboxKind
  body: Record<string, unknown>
  dedupeKey: string | null
  status: OutboxStatus
  attempts: number
  nextAttemptAt: string
  lockedUntil: string | null
  lastError: string | null
  createdAt: string
  doneAt: string | null
  origin: string
}

const OUTBOX_STATUSES = ['pending', 'sending', 'done', 'dead'] as const satisfies readonly OutboxStatus[]

interface OutboxRow {
  id: number
  installation_id: string
  ticket_id: string
  kind: OutboxKind
  body: Record<string, unknown>
  dedupe_key: string | null
  status: OutboxStatus
  attempts: number
  next_attempt_at: Date
  locked_until: Date | null
  last_error: string | null
  created_at: Date
  done_at: Date | null
  origin?: string
}

function toItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    installationId: r.installation_id,
    ticketId: r.ticket_id,
    kind: r.kind,
    body: r.body,
    dedupeKey: r.dedupe_key,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: isoOfRequired(r.next_attempt_at),
    lockedUntil: isoOf(r.locked_until),
    lastError: r.last_error,
    createdAt: isoOfRequired(r.created_at),
    doneAt: isoOf(r.done_at),
    origin: r.origin ?? 'webhook',
  }
}

// ---- named SQL builders ----

/**
 * Queues a write. A field patch joins the ticket's patch still waiting unclaimed, if there is one
 * (issue 15: one PATCH per changed ticket however many events changed it before it went out); its
 * values win, custom fields merged key by key, and bulk work's patch taken over by another becomes
 * that one's. Anything else is a new row.
 */
export function enqueueOutboxSql(item: OutboxInput, now: string): Sql {
  return {
    text: `WITH merged AS (
  UPDATE outbox o
  SET body = (o.body || $4::jsonb) || CASE WHEN o.body ? 'cf' OR $4::jsonb ? 'cf'
        THEN jsonb_build_object('cf', COALESCE(o.body->'cf', '{}'::jsonb) || COALESCE($4::jsonb->'cf', '{}'::jsonb)) ELSE '{}'::jsonb END,
      origin = CASE WHEN o.origin IN ('recompute', 'backfill') THEN $7 ELSE o.origin END
  WHERE $3 = 'patch' AND $5::text IS NULL AND o.id = (
      SELECT w.id FROM outbox w
      WHERE w.installation_id = $1 AND w.ticket_id = $2 AND w.status IN ('pending', 'sending')
      ORDER BY w.id DESC LIMIT 1)
    AND o.kind = 'patch' AND o.status = 'pending' AND o.attempts = 0 AND o.dedupe_key IS NULL
  RETURNING o.*
), inserted AS (
  INSERT INTO outbox (installation_id, ticket_id, kind, body, dedupe_key, next_attempt_at, created_at, origin)
  SELECT $1, $2, $3, $4::jsonb, $5, $6, $6, $7 WHERE NOT EXISTS (SELECT 1 FROM merged)
  ON CONFLICT (installation_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
  RETURNING *
)
SELECT * FROM merged UNION ALL SELECT * FROM inserted`,
    values: [item.installationId, item.ticketId, item.kind, json(item.body), item.dedupeKey ?? null, now, item.origin ?? 'webhook'],
  }
}

/** the writes the ticket as read may not show yet: queued or being sent, or (read at `readSince`) landed since */
export function pendingPatchesSql(installationId: string, ticketId: string, readSince: string | null): Sql {
  return {
    text: `SELECT body FROM outbox WHERE installation_id = $1 AND ticket_id = $2 AND kind = 'patch'
  AND (status IN ('pending', 'sending') OR ($3::timestamptz IS NOT NULL AND status = 'done' AND done_at >= $3::timestamptz))
ORDER BY id`,
    values: [installationId, ticketId, readSince],
  }
}

// ---- repository ----

/** The outbox's place in the queue vocabulary: `dead` is its dead letter. */
export const OUTBOX_QUEUE: QueueSpec = {
  table: 'outbox',
  busy: 'sending',
  dead: 'dead',
  errorColumn: 'last_error',
  finishedColumn: 'done_at',
  notBeforeColumn: 'next_attempt_at',
  order: ['next_attempt_at', 'id'],
  takesTurns: false,
  // A ticket's writes also wait while one of its events is being processed or is ready to be
  // (issue 15): that event may change the ticket again, and its patch then joins the one waiting.
  alsoWaitsFor: `NOT EXISTS (
        SELECT 1 FROM webhook_inbox i
        WHERE i.installation_id = q.installation_id AND i.ticket_id = q.ticket_id
          AND ((i.status = 'processing' AND i.locked_until > $1)
            OR (i.status = 'pending' AND (i.locked_until IS NULL OR i.locked_until <= $1))))`,
  deadAudit: { action: 'outbox.dead', changes: (row) => ({ outboxId: Number(row.id), kind: row.kind }) },
}

/** The outbox's queue verbs (claim, renew, complete, retry, deadLetter, defer…; see queue.ts). */
export const outboxQueue = createQueue<OutboxRow, OutboxItem, OutboxStatus>(OUTBOX_QUEUE, toItem, OUTBOX_STATUSES, DEFAULT_OUTBOX_RETRY)

/** returns the new item, or null when an item with the same dedupe key already exists */
export async function enqueueOutbox(db: Db, item: OutboxInput, now: Instant = new Date()): Promise<OutboxItem | null> {
  const { rows } = await run<OutboxRow>(db, enqueueOutboxSql(item, toIso(now)))
  return rows[0] ? toItem(rows[0]) : null
}

/** the bodies of a ticket's patches queued or being sent, and (with `readSince`) of those done since, in order */
export async function pendingPatches(db: Db, installationId: string, ticketId: string, readSince: Instant | null = null): Promise<Record<string, unknown>[]> {
  const { rows } = await run<{ body: Record<string, unknown> }>(db, pendingPatchesSql(installationId, ticketId, readSince === null ? null : toIso(readSince)))
  return rows.map((r) => r.body)
}
