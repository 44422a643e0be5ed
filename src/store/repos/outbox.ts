// The outbox of Desk writes (PATCH a ticket, add a private comment), stored in the same transaction
// as the SLA state that caused them and delivered later with retries. Like the inbox, one ticket's
// writes go out one at a time and in the order they were enqueued.
import type { Db } from '../db.js'
import { attemptsExhausted, DEFAULT_OUTBOX_RETRY, retryDelayMs, type RetryPolicy } from './backoff.js'
import { extendClaims, isoOf, isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

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

export type OutboxClaim = Pick<OutboxItem, 'id' | 'attempts'>

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

/**
 * Claims due writes. A ticket's writes also wait while one of its events is being processed or is
 * ready to be (issue 15): that event may change the ticket again, and its patch then joins the one
 * waiting, so Desk gets one PATCH for both.
 */
export function claimOutboxSql(limit: number, lockMs: number, now: string): Sql {
  return {
    text: `WITH claimable AS (
  SELECT b.id FROM outbox b
  WHERE ((b.status = 'pending' AND b.next_attempt_at <= $1)
      OR (b.status = 'sending' AND b.locked_until <= $1))
    AND NOT EXISTS (
      SELECT 1 FROM outbox o
      WHERE o.installation_id = b.installation_id AND o.ticket_id = b.ticket_id AND o.id <> b.id
        AND o.status IN ('pending', 'sending')
        AND (o.id < b.id OR (o.status = 'sending' AND o.locked_until > $1)))
    AND NOT EXISTS (
      SELECT 1 FROM webhook_inbox i
      WHERE i.installation_id = b.installation_id AND i.ticket_id = b.ticket_id
        AND ((i.status = 'processing' AND i.locked_until > $1)
          OR (i.status = 'pending' AND (i.locked_until IS NULL OR i.locked_until <= $1))))
  ORDER BY b.next_attempt_at, b.id
  LIMIT $2
  FOR UPDATE OF b SKIP LOCKED
)
UPDATE outbox x
SET status = 'sending', attempts = x.attempts + 1, locked_until = $1::timestamptz + $3 * interval '1 millisecond'
FROM claimable c WHERE x.id = c.id
RETURNING x.*`,
    values: [now, limit, lockMs],
  }
}

export function markOutboxDoneSql(claim: OutboxClaim, now: string): Sql {
  return {
    text: `UPDATE outbox SET status = 'done', done_at = $3, locked_until = NULL, last_error = NULL
WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
    values: [claim.id, claim.attempts, now],
  }
}

export function retryOutboxSql(claim: OutboxClaim, error: string, nextAttemptAt: string): Sql {
  return {
    text: `UPDATE outbox SET status = 'pending', last_error = $3, next_attempt_at = $4, locked_until = NULL
WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
    values: [claim.id, claim.attempts, error, nextAttemptAt],
  }
}

export function markOutboxDeadSql(claim: OutboxClaim, error: string, now: string): Sql {
  return {
    text: `UPDATE outbox SET status = 'dead', last_error = $3, done_at = $4, locked_until = NULL
WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
    values: [claim.id, claim.attempts, error, now],
  }
}

export function listDeadOutboxSql(installationId: string | null, limit: number): Sql {
  return {
    text: `SELECT * FROM outbox WHERE status = 'dead' AND ($1::text IS NULL OR installation_id = $1) ORDER BY id LIMIT $2`,
    values: [installationId, limit],
  }
}

export function retryDeadOutboxSql(installationId: string | null, ids: number[] | null, now: string): Sql {
  return {
    text: `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $3, done_at = NULL
WHERE status = 'dead' AND ($1::text IS NULL OR installation_id = $1) AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
    values: [installationId, ids, now],
  }
}

export function selectOutboxSql(id: number): Sql {
  return { text: 'SELECT * FROM outbox WHERE id = $1', values: [id] }
}

export function countOutboxByStatusSql(installationId: string | null): Sql {
  return {
    text: `SELECT status, count(*) AS n FROM outbox WHERE ($1::text IS NULL OR installation_id = $1) GROUP BY status`,
    values: [installationId],
  }
}

// ---- repository ----

/** returns the new item, or null when an item with the same dedupe key already exists */
export async function enqueueOutbox(db: Db, item: OutboxInput, now: Instant = new Date()): Promise<OutboxItem | null> {
  const { rows } = await run<OutboxRow>(db, enqueueOutboxSql(item, toIso(now)))
  return rows[0] ? toItem(rows[0]) : null
}

/** Renews the leases of writes a worker is still delivering (see extendEventClaims). */
export async function extendOutboxClaims(db: Db, claims: readonly OutboxClaim[], lockMs: number, now: Instant = new Date()): Promise<number> {
  return extendClaims(db, 'outbox', claims, lockMs, now)
}

/** claim due writes for `lockMs`: at most one per ticket, and never past an earlier unfinished write of that ticket */
export async function claimOutbox(db: Db, limit: number, lockMs: number, now: Instant = new Date()): Promise<OutboxItem[]> {
  const { rows } = await run<OutboxRow>(db, claimOutboxSql(limit, lockMs, toIso(now)))
  return rows.map(toItem).sort((a, b) => a.id - b.id)
}

export async function markOutboxDone(db: Db, claim: OutboxClaim, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, markOutboxDoneSql(claim, toIso(now)))).rowCount === 1
}

/** a write Desk refused for good (e.g. 422): dead at once, no retries */
export async function markOutboxDead(db: Db, claim: OutboxClaim, error: string, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, markOutboxDeadSql(claim, error, toIso(now)))).rowCount === 1
}

export type OutboxRetryOutcome = 'retrying' | 'dead' | 'lease-lost'

/** a failed delivery: back to pending after a backoff, or dead once the retry budget is spent */
export async function retryOutbox(
  db: Db,
  claim: OutboxClaim,
  error: string,
  policy: RetryPolicy = DEFAULT_OUTBOX_RETRY,
  now: Instant = new Date(),
  random: () => number = Math.random,
): Promise<OutboxRetryOutcome> {
  if (attemptsExhausted(claim.attempts, policy)) {
    return (await markOutboxDead(db, claim, error, now)) ? 'dead' : 'lease-lost'
  }
  const next = new Date(new Date(toIso(now)).getTime() + retryDelayMs(claim.attempts, policy, random)).toISOString()
  return (await run(db, retryOutboxSql(claim, error, next))).rowCount === 1 ? 'retrying' : 'lease-lost'
}

export async function listDeadOutbox(db: Db, filter: { installationId?: string; limit?: number } = {}): Promise<OutboxItem[]> {
  const { rows } = await run<OutboxRow>(db, listDeadOutboxSql(filter.installationId ?? null, filter.limit ?? 100))
  return rows.map(toItem)
}

/** dead writes back to pending with a fresh retry budget; returns how many */
export async function retryDeadOutbox(
  db: Db,
  filter: { installationId?: string; ids?: number[] } = {},
  now: Instant = new Date(),
): Promise<number> {
  return (await run(db, retryDeadOutboxSql(filter.installationId ?? null, filter.ids ?? null, toIso(now)))).rowCount
}

export async function getOutboxItem(db: Db, id: number): Promise<OutboxItem | null> {
  const { rows } = await run<OutboxRow>(db, selectOutboxSql(id))
  return rows[0] ? toItem(rows[0]) : null
}

export async function countOutboxByStatus(db: Db, installationId: string | null = null): Promise<Record<OutboxStatus, number>> {
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, done: 0, dead: 0 }
  const { rows } = await run<{ status: OutboxStatus; n: number }>(db, countOutboxByStatusSql(installationId))
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}
