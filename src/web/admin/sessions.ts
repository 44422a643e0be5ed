// Admin sessions and failed sign-ins in the store (migration 005). The cookie carries a random
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

export function selectFailuresSql(client: string): Sql {
  return { text: 'SELECT failures, first_failure_at, locked_until FROM admin_login_failures WHERE client = $1', values: [client] }
}

/** one more failure; a window older than `windowMs` starts again at 1; `limit` failures lock the client */
export function recordFailureSql(client: string, now: string, windowMs: number, limit: number, lockMs: number): Sql {
  return {
    text: `INSERT INTO admin_login_failures AS f (client, failures, first_failure_at, locked_until) VALUES ($1, 1, $2, NULL)
ON CONFLICT (client) DO UPDATE SET
  failures = CASE WHEN f.first_failure_at <= $2::timestamptz - $3 * interval '1 millisecond' THEN 1 ELSE f.failures + 1 END,
  first_failure_at = CASE WHEN f.first_failure_at <= $2::timestamptz - $3 * interval '1 millisecond' THEN $2 ELSE f.first_failure_at END,
  locked_until = CASE WHEN f.first_failure_at > $2::timestamptz - $3 * interval '1 millisecond' AND f.failures + 1 >= $4
    THEN $2::timestamptz + $5 * interval '1 millisecond' ELSE f.locked_until END
RETURNING failures, locked_until`,
    values: [client, now, windowMs, limit, lockMs],
  }
}

export function clearFailuresSql(client: string): Sql {
  return { text: 'DELETE FROM admin_login_failures WHERE client = $1', values: [client] }
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

/** when the client may try again, or null when it is not locked out */
export async function lockedUntil(db: Db, client: string, now: number): Promise<number | null> {
  const { rows } = await run<{ locked_until: Date | null }>(db, selectFailuresSql(client))
  const until = rows[0]?.locked_until
  if (!until) return null
  const ms = new Date(until).getTime()
  return ms > now ? ms : null
}

export interface LockoutPolicy {
  /** failures within the window that lock the client out */
  limit: number
  windowMs: number
  lockMs: number
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

export async function recordFailure(db: Db, client: string, now: number, p: LockoutPolicy = DEFAULT_LOCKOUT): Promise<number | null> {
  const { rows } = await run<{ locked_until: Date | null }>(db, recordFailureSql(client, toIso(now), p.windowMs, p.limit, p.lockMs))
  const until = rows[0]?.locked_until
  return until && new Date(until).getTime() > now ? new Date(until).getTime() : null
}

export async function clearFailures(db: Db, client: string): Promise<void> {
  await run(db, clearFailuresSql(client))
}
