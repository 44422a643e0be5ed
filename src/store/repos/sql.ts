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
