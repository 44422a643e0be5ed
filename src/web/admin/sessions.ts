// Admin sessions and sign-in budgets in the store (migration 005). The cookie carries a random
// session id; only its sha256 is stored, so a database dump signs nobody in.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../../store/db.js'
import { isoOfRequired, run, toIso, type Sql } from '../../store/repos/sql.js'

export interface AdminSession {
  idHash: string
  csrfToken: string
  actor: string
  createdAt: string
  expiresAt: string
}

interface SessionRow {
  id_hash: string
  csrf_token: string
  actor: string
  created_at: Date
  expires_at: Date
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex')
}

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

// ---- named SQL builders ----

export function insertSessionSql(s: AdminSession): Sql {
  return {
    text: `INSERT INTO admin_sessions (id_hash, csrf_token, actor, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)`,
    values: [s.idHash, s.csrfToken, s.actor, s.createdAt, s.expiresAt],
  }
}

export function selectLiveSessionSql(idHash: string, now: string): Sql {
  return { text: 'SELECT * FROM admin_sessions WHERE id_hash = $1 AND expires_at > $2', values: [idHash, now] }
}

export function deleteSessionSql(idHash: string): Sql {
  return { text: 'DELETE FROM admin_sessions WHERE id_hash = $1', values: [idHash] }
}

export function deleteExpiredSessionsSql(now: string): Sql {
  return { text: 'DELETE FROM admin_sessions WHERE expires_at <= $1', values: [now] }
}

// Sign-in budgets (issue #17) live in migration 005's admin_login_failures table, one row per budget:
// `client` is the budget's key (`client:<address>`, or `all` for the global one), `failures` the
// attempts counted in the current run, `first_failure_at` when the run began, `locked_until` the time
// before which no further attempt is admitted.

/** the key of a client's budget, and of the budget every sign-in shares */
export const clientBudgetKey = (client: string): string => `client:${client}`
export const GLOBAL_BUDGET_KEY = 'all'

export interface SignInBudget {
  /** attempts admitted one after another without any delay */
  free: number
  /** the wait the last free attempt sets before the next one (ms); each further attempt doubles it */
  baseDelayMs: number
  maxDelayMs: number
  /** the count starts over once this long has passed since the run began, or since its last wait ended (ms) */
  quietMs: number
}

/**
 * Counts one attempt against a budget BEFORE its secret is checked, in one statement, so concurrent
 * attempts cannot all read "not locked" and all be checked (issue #17: 13–50 of 50 were). The attempt
 * is admitted when the budget is not waiting; the attempt that uses the last free one, and every later
 * one, sets a growing wait. A refused attempt changes nothing and reads the wait back.
 */
export function countAttemptSql(key: string, now: string, b: SignInBudget): Sql {
  const quiet = `coalesce(f.locked_until, f.first_failure_at) <= $2::timestamptz - $6::float8 * interval '1 millisecond'`
  const count = `CASE WHEN ${quiet} THEN 1 ELSE f.failures + 1 END`
  const wait = (n: string) => `CASE WHEN ${n} >= $3 THEN $2::timestamptz + least($4::float8 * power(2, ${n} - $3), $5::float8) * interval '1 millisecond' END`
  return {
    text: `WITH attempt AS (
  INSERT INTO admin_login_failures AS f (client, failures, first_failure_at, locked_until) VALUES ($1, 1, $2, ${wait('1')})
  ON CONFLICT (client) DO UPDATE SET
    failures = ${count},
    first_failure_at = CASE WHEN ${quiet} THEN $2 ELSE f.first_failure_at END,
    locked_until = ${wait(`(${count})`)}
  WHERE f.locked_until IS NULL OR f.locked_until <= $2
  RETURNING failures, locked_until
)
SELECT true AS admitted, failures, locked_until FROM attempt
UNION ALL
SELECT false, failures, locked_until FROM admin_login_failures WHERE client = $1 AND NOT EXISTS (SELECT 1 FROM attempt)`,
    values: [key, now, b.free, b.baseDelayMs, b.maxDelayMs, b.quietMs],
  }
}

export function readBudgetSql(key: string): Sql {
  return { text: 'SELECT failures, locked_until FROM admin_login_failures WHERE client = $1', values: [key] }
}

/** a client signed in: its budget starts over */
export function clearBudgetSql(key: string): Sql {
  return { text: 'DELETE FROM admin_login_failures WHERE client = $1', values: [key] }
}

/** a sign-in that succeeded was no failure: the shared budget gets its attempt back */
export function refundAttemptSql(key: string, free: number): Sql {
  return {
    text: `UPDATE admin_login_failures SET failures = greatest(failures - 1, 0),
  locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
WHERE client = $1`,
    values: [key, free],
  }
}

/** budgets whose count would start over anyway (an attacker's many addresses leave rows behind) */
export function deleteQuietBudgetsSql(now: string, quietMs: number): Sql {
  return {
    text: `DELETE FROM admin_login_failures WHERE coalesce(locked_until, first_failure_at) <= $1::timestamptz - $2::float8 * interval '1 millisecond'`,
    values: [now, quietMs],
  }
}

// ---- repository ----

export async function createSession(db: Db, actor: string, now: number, ttlMs: number): Promise<{ id: string; session: AdminSession }> {
  const id = newSecret()
  const session: AdminSession = {
    idHash: hashSessionId(id),
    csrfToken: newSecret(),
    actor,
    createdAt: toIso(now),
    expiresAt: toIso(now + ttlMs),
  }
  await run(db, deleteExpiredSessionsSql(toIso(now)))
  await run(db, insertSessionSql(session))
  return { id, session }
}

export async function findSession(db: Db, id: string, now: number): Promise<AdminSession | null> {
  const { rows } = await run<SessionRow>(db, selectLiveSessionSql(hashSessionId(id), toIso(now)))
  const r = rows[0]
  if (!r) return null
  return { idHash: r.id_hash, csrfToken: r.csrf_token, actor: r.actor, createdAt: isoOfRequired(r.created_at), expiresAt: isoOfRequired(r.expires_at) }
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await run(db, deleteSessionSql(idHash))
}

export interface CountedAttempt {
  admitted: boolean
  /** attempts counted in the budget's current run */
  attempts: number
  /** no attempt is admitted before this (epoch ms), or null */
  waitUntil: number | null
}

export async function countAttempt(db: Db, key: string, now: number, budget: SignInBudget): Promise<CountedAttempt> {
  const { rows } = await run<{ admitted: boolean; failures: number; locked_until: Date | null }>(db, countAttemptSql(key, toIso(now), budget))
  const r = rows[0]
  if (r?.admitted) return attemptOf(r)
  // Refused. The statement's snapshot may predate the concurrent attempt that set the wait
  // (READ COMMITTED: the conflict check sees the newest row, the SELECT its snapshot), so read
  // the budget again in a statement of its own.
  const fresh = (await run<{ failures: number; locked_until: Date | null }>(db, readBudgetSql(key))).rows[0]
  const refused = fresh ? attemptOf({ ...fresh, admitted: false }) : null
  if (refused && refused.waitUntil !== null && refused.waitUntil > now) return refused
  return { admitted: false, attempts: Math.max(refused?.attempts ?? 0, budget.free), waitUntil: now + budget.baseDelayMs }
}

function attemptOf(r: { admitted: boolean; failures: number; locked_until: Date | null }): CountedAttempt {
  return { admitted: r.admitted, attempts: Number(r.failures), waitUntil: r.locked_until ? new Date(r.locked_until).getTime() : null }
}

export async function clearBudget(db: Db, key: string): Promise<void> {
  await run(db, clearBudgetSql(key))
}

export async function refundAttempt(db: Db, key: string, budget: SignInBudget): Promise<void> {
  await run(db, refundAttemptSql(key, budget.free))
}

export async function deleteQuietBudgets(db: Db, now: number, quietMs: number): Promise<void> {
  await run(db, deleteQuietBudgetsSql(toIso(now), quietMs))
}
