// Shared pieces of the repositories: the query shape the named builders return, and time conversion.
import type { Db, QueryResult } from '../db.js'
import { StoreError } from '../errors.js'

export interface Sql {
  text: string
  values: unknown[]
}

export function run<T>(db: Db, sql: Sql): Promise<QueryResult<T>> {
  return db.query<T>(sql.text, sql.values)
}

/** an instant as the store accepts it: a Date, an ISO string or epoch milliseconds (number or digit string) */
export type Instant = Date | string | number

const EPOCH_MS = /^\d{1,15}$/

/** ISO string for a timestamptz parameter; rejects what is not an instant */
export function toIso(instant: Instant): string {
  const date =
    instant instanceof Date ? instant : typeof instant === 'string' && EPOCH_MS.test(instant) ? new Date(Number(instant)) : new Date(instant)
  if (Number.isNaN(date.getTime())) {
    throw new StoreError('STORE_BAD_INPUT', `not an instant: ${String(instant)}`, { value: String(instant) })
  }
  return date.toISOString()
}

export function toIsoOrNull(instant: Instant | null | undefined): string | null {
  return instant === null || instant === undefined ? null : toIso(instant)
}

/** timestamptz column value (Date from both adapters) as an ISO string */
export function isoOf(value: Date | string | null): string | null {
  if (value === null) return null
  return (value instanceof Date ? value : new Date(value)).toISOString()
}

export function isoOfRequired(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString()
}

export function json(value: unknown): string {
  return JSON.stringify(value ?? null)
}

/** A claim on a queued row (inbox event or outbox write): its id and the attempt it was given. */
export interface QueueClaim {
  id: number
  attempts: number
}

/**
 * Renew the leases of claims still held: same attempt, still being worked on (`processing` in
 * the inbox, `sending` in the outbox). A claim another worker took over is left alone.
 */
export function extendClaimsSql(queue: 'webhook_inbox' | 'outbox', claims: readonly QueueClaim[], lockMs: number, now: string): Sql {
  const busy = queue === 'outbox' ? 'sending' : 'processing'
  return {
    text: `UPDATE ${queue} q SET locked_until = $1::timestamptz + $2 * interval '1 millisecond'
FROM jsonb_to_recordset($3::jsonb) AS c(id bigint, attempts integer)
WHERE q.id = c.id AND q.attempts = c.attempts AND q.status = '${busy}'`,
    values: [now, lockMs, json(claims.map((c) => ({ id: c.id, attempts: c.attempts })))],
  }
}

export async function extendClaims(db: Db, queue: 'webhook_inbox' | 'outbox', claims: readonly QueueClaim[], lockMs: number, now: Instant): Promise<number> {
  if (claims.length === 0) return 0
  return (await run(db, extendClaimsSql(queue, claims, lockMs, toIso(now)))).rowCount ?? 0
}
