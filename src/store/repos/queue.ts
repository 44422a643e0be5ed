// The two work queues, the webhook inbox and the outbox of Desk writes, in one vocabulary (issue 16):
// rows are claimed with FOR UPDATE SKIP LOCKED under a lease (id + attempt number), renewed while a
// worker is busy, then completed, retried with backoff, deferred (no attempt spent) or dead-lettered.
// Only a ticket's head row is claimable while no claim on that ticket is live; the inbox's claims
// also take turns across installations, in arrival order (issue 17, migration 008). Each queue
// names its columns and statuses in a QueueSpec; the SQL below is the same for both.
import type { Db } from '../db.js'
import { appendAudit } from './audit.js'
import { attemptsExhausted, retryDelayMs, type RetryPolicy } from './backoff.js'
import { json, run, toIso, type Instant, type Sql } from './sql.js'
import { DEFAULTS } from '../../config.js'

/** A claim on a queued row: its id and the attempt it was given (the lease). */
export interface QueueClaim {
  id: number
  attempts: number
}

/** what becomes of a failed attempt: back in the queue after a delay, dead-lettered, or the lease was lost to another worker */
export type RetryOutcome = 'retrying' | 'dead' | 'lease-lost'

export interface QueueSpec {
  table: 'webhook_inbox' | 'outbox'
  /** a claimed row's status */
  busy: string
  /** a dead letter's status: kept for an admin to look at and requeue */
  dead: string
  /** the column holding the last error (or why a row was ignored) */
  errorColumn: string
  /** the column stamped when a row is finished (done, ignored or dead) */
  finishedColumn: string
  /** the column a pending row is not claimable before (a retry's delay) */
  notBeforeColumn: string
  /** the queue order: column names */
  order: readonly string[]
  /** claims take turns across installations, so one installation's flood cannot starve another's (issue 17) */
  takesTurns: boolean
  /** a further condition a claimable row `q` must meet ($1 is now), or '' */
  alsoWaitsFor: string
  /** the audit entry of a dead letter, written in the same transaction as its status (issue 16) */
  deadAudit: { action: string; changes: (row: { id: number; kind?: string; event_type?: string }) => Record<string, unknown> }
}

// ---- named SQL builders ----

/**
 * Claimable rows in queue order: pending and due, or busy with a lease that ran out, and no other
 * unfinished row of their ticket before them or holding a live claim. With `takesTurns`, at most
 * `limit` of each installation, then round-robin: every installation's first row before anyone's
 * second. Claimed rows get the next attempt number and a lease of `leaseMs`.
 */
export function claimSql(q: QueueSpec, limit: number, leaseMs: number, now: string): Sql {
  const due = q.notBeforeColumn === 'locked_until' ? '(q.locked_until IS NULL OR q.locked_until <= $1)' : `q.${q.notBeforeColumn} <= $1`
  const order = (alias: string) => q.order.map((column) => `${alias}.${column}`).join(', ')
  const columns = [...new Set(['id', 'installation_id', ...q.order])].map((column) => `q.${column}`).join(', ')
  const scan = `SELECT ${columns} FROM ${q.table} q
    WHERE ${q.takesTurns ? 'q.installation_id = inst.id AND ' : ''}((q.status = 'pending' AND ${due})
        OR (q.status = '${q.busy}' AND q.locked_until <= $1))
      AND NOT EXISTS (
        SELECT 1 FROM ${q.table} o
        WHERE o.installation_id = q.installation_id AND o.ticket_id = q.ticket_id AND o.id <> q.id
          AND o.status IN ('pending', '${q.busy}')
          AND (o.id < q.id OR (o.status = '${q.busy}' AND o.locked_until > $1)))${q.alsoWaitsFor ? `\n      AND ${q.alsoWaitsFor}` : ''}
    ORDER BY ${order('q')}
    LIMIT $2
    FOR UPDATE OF q SKIP LOCKED`
  const candidates = q.takesTurns
    ? `SELECT c.id, row_number() OVER (PARTITION BY c.installation_id ORDER BY ${order('c')}) AS turn
  FROM installations inst
  CROSS JOIN LATERAL (
    ${scan}
  ) c`
    : `SELECT c.id, row_number() OVER (ORDER BY ${order('c')}) AS turn
  FROM (
    ${scan}
  ) c`
  return {
    text: `WITH candidates AS (
  ${candidates}
), chosen AS (
  SELECT id, turn FROM candidates ORDER BY turn, id LIMIT $2
)
UPDATE ${q.table} w
SET status = '${q.busy}', attempts = w.attempts + 1, locked_until = $1::timestamptz + $3 * interval '1 millisecond'
FROM chosen c WHERE w.id = c.id
RETURNING w.*, c.turn`,
    values: [now, limit, leaseMs],
  }
}

/** Renew the leases of claims still held: same attempt, still busy. A claim another worker took over is left alone. */
export function renewSql(q: QueueSpec, claims: readonly QueueClaim[], leaseMs: number, now: string): Sql {
  return {
    text: `UPDATE ${q.table} q SET locked_until = $1::timestamptz + $2 * interval '1 millisecond'
FROM jsonb_to_recordset($3::jsonb) AS c(id bigint, attempts integer)
WHERE q.id = c.id AND q.attempts = c.attempts AND q.status = '${q.busy}'`,
    values: [now, leaseMs, json(claims.map((c) => ({ id: c.id, attempts: c.attempts })))],
  }
}

/** finish a claimed row as `status` (done, ignored, or the dead letter's), only while the claim still holds */
export function finishSql(q: QueueSpec, claim: QueueClaim, status: string, note: string | null, now: string, returning = ''): Sql {
  return {
    text: `UPDATE ${q.table} SET status = $3, ${q.errorColumn} = $4, ${q.finishedColumn} = $5, locked_until = NULL
WHERE id = $1 AND attempts = $2 AND status = '${q.busy}'${returning ? `\nRETURNING ${returning}` : ''}`,
    values: [claim.id, claim.attempts, status, note, now],
  }
}

/** hand a claimed row back, not claimable before `notBefore`; `spent: false` gives the attempt back (a deferral) */
export function releaseSql(q: QueueSpec, claim: QueueClaim, error: string, notBefore: string, spent: boolean): Sql {
  const lease = q.notBeforeColumn === 'locked_until' ? '' : ', locked_until = NULL'
  return {
    text: `UPDATE ${q.table} SET status = 'pending'${spent ? '' : ', attempts = attempts - 1'}, ${q.errorColumn} = $3, ${q.notBeforeColumn} = $4${lease}
WHERE id = $1 AND attempts = $2 AND status = '${q.busy}'`,
    values: [claim.id, claim.attempts, error, notBefore],
  }
}

export function listDeadSql(q: QueueSpec, installationId: string | null, limit: number): Sql {
  return {
    text: `SELECT * FROM ${q.table} WHERE status = '${q.dead}' AND ($1::text IS NULL OR installation_id = $1) ORDER BY id LIMIT $2`,
    values: [installationId, limit],
  }
}

/** dead letters back to pending with a fresh retry budget (all, an installation's, or the given ids) */
export function requeueDeadSql(q: QueueSpec, installationId: string | null, ids: number[] | null, now: string): Sql {
  return {
    text: `UPDATE ${q.table} SET status = 'pending', attempts = 0, ${q.notBeforeColumn} = $3, ${q.finishedColumn} = NULL
WHERE status = '${q.dead}' AND ($1::text IS NULL OR installation_id = $1) AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
    values: [installationId, ids, now],
  }
}

export function countByStatusSql(q: QueueSpec, installationId: string | null): Sql {
  return {
    text: `SELECT status, count(*) AS n FROM ${q.table} WHERE ($1::text IS NULL OR installation_id = $1) GROUP BY status`,
    values: [installationId],
  }
}

export function selectSql(q: QueueSpec, id: number): Sql {
  return { text: `SELECT * FROM ${q.table} WHERE id = $1`, values: [id] }
}

// ---- the queue ----

/** One queue's verbs; the inbox and the outbox have the same ones, with the same arguments. */
export interface Queue<T, S extends string> {
  /** claim up to `limit` rows for `leaseMs`, taking turns across installations (see claimSql) */
  claim(db: Db, limit: number, leaseMs: number, now?: Instant): Promise<T[]>
  /** renew the leases of claims a busy worker still holds; returns how many still held */
  renew(db: Db, claims: readonly QueueClaim[], leaseMs: number, now?: Instant): Promise<number>
  complete(db: Db, claim: QueueClaim, now?: Instant): Promise<boolean>
  /** a failed attempt: back to pending after a backoff, or dead-lettered once the policy's attempts are used up */
  retry(db: Db, claim: QueueClaim, error: string, policy?: RetryPolicy, now?: Instant, random?: () => number): Promise<RetryOutcome>
  /** hand the row back after `delayMs`; later rows of its ticket keep waiting behind it */
  retryAfter(db: Db, claim: QueueClaim, error: string, delayMs: number, now?: Instant): Promise<boolean>
  /** dead at once (e.g. Desk refused it for good), with its audit entry in the same transaction */
  deadLetter(db: Db, claim: QueueClaim, error: string, now?: Instant): Promise<boolean>
  /** held back until `until` without spending the attempt (the credit governor) */
  defer(db: Db, claim: QueueClaim, reason: string, until: Instant): Promise<boolean>
  listDead(db: Db, filter?: { installationId?: string | null; limit?: number }): Promise<T[]>
  /** dead letters back to pending with a fresh retry budget; returns how many */
  requeueDead(db: Db, filter?: { installationId?: string | null; ids?: number[] | null }, now?: Instant): Promise<number>
  countByStatus(db: Db, installationId?: string | null): Promise<Record<S, number>>
  get(db: Db, id: number): Promise<T | null>
}

interface QueueRow {
  id: number
  installation_id: string
  ticket_id: string | null
  turn?: number | string
}

const after = (now: Instant, ms: number) => new Date(new Date(toIso(now)).getTime() + ms).toISOString()

export function createQueue<R extends QueueRow, T, S extends string>(
  spec: QueueSpec,
  toItem: (row: R) => T,
  statuses: readonly S[],
  defaultRetry: RetryPolicy,
): Queue<T, S> {
  const held = async (db: Db, sql: Sql) => (await run(db, sql)).rowCount === 1
  const deadLetter = (db: Db, claim: QueueClaim, error: string, now: Instant = new Date()) =>
    db.transaction(async (tx) => {
      const { rows } = await run<R & { kind?: string; event_type?: string }>(tx, finishSql(spec, claim, spec.dead, error, toIso(now), '*'))
      const row = rows[0]
      if (!row) return false
      await appendAudit(tx, {
        installationId: row.installation_id,
        ticketId: row.ticket_id,
        actor: 'desk-sla',
        action: spec.deadAudit.action,
        changes: spec.deadAudit.changes(row),
        reason: error,
        at: now,
      })
      return true
    })
  const retryAfter = (db: Db, claim: QueueClaim, error: string, delayMs: number, now: Instant = new Date()) =>
    held(db, releaseSql(spec, claim, error, after(now, delayMs), true))
  return {
    async claim(db, limit, leaseMs, now = new Date()) {
      const { rows } = await run<R>(db, claimSql(spec, limit, leaseMs, toIso(now)))
      return rows.sort((a, b) => Number(a.turn) - Number(b.turn) || Number(a.id) - Number(b.id)).map(toItem)
    },
    async renew(db, claims, leaseMs, now = new Date()) {
      if (claims.length === 0) return 0
      return (await run(db, renewSql(spec, claims, leaseMs, toIso(now)))).rowCount
    },
    complete: (db, claim, now = new Date()) => held(db, finishSql(spec, claim, 'done', null, toIso(now))),
    async retry(db, claim, error, policy = defaultRetry, now = new Date(), random = Math.random) {
      if (attemptsExhausted(claim.attempts, policy)) return (await deadLetter(db, claim, error, now)) ? 'dead' : 'lease-lost'
      return (await retryAfter(db, claim, error, retryDelayMs(claim.attempts, policy, random), now)) ? 'retrying' : 'lease-lost'
    },
    retryAfter,
    deadLetter,
    defer: (db, claim, reason, until) => held(db, releaseSql(spec, claim, reason, toIso(until), false)),
    async listDead(db, filter = {}) {
      const { rows } = await run<R>(db, listDeadSql(spec, filter.installationId ?? null, filter.limit ?? DEFAULTS.deadLetterListLimit))
      return rows.map(toItem)
    },
    async requeueDead(db, filter = {}, now = new Date()) {
      return (await run(db, requeueDeadSql(spec, filter.installationId ?? null, filter.ids ?? null, toIso(now)))).rowCount
    },
    async countByStatus(db, installationId = null) {
      const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>
      const { rows } = await run<{ status: S; n: number }>(db, countByStatusSql(spec, installationId))
      for (const r of rows) counts[r.status] = Number(r.n)
      return counts
    },
    async get(db, id) {
      const { rows } = await run<R>(db, selectSql(spec, id))
      return rows[0] ? toItem(rows[0]) : null
    },
  }
}
