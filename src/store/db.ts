// The store's one query seam. Everything above it speaks plain PostgreSQL through `Db`;
// two adapters sit below it: a pg Pool (DATABASE_URL) and embedded PGlite (a data directory).
import { openPgDb } from './adapters/pg.js'
import { openPgliteDb } from './adapters/pglite.js'
import { StoreError } from './errors.js'

export type DbKind = 'pglite' | 'pg'

export interface QueryResult<T> {
  rows: T[]
  rowCount: number
}

export interface Db {
  readonly kind: DbKind
  /** one statement, `$1…$n` parameters */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<T>>
  /** several statements without parameters (migration scripts) */
  exec(text: string): Promise<void>
  /** BEGIN … COMMIT around fn; ROLLBACK if it throws. Inside a transaction this opens a savepoint. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  /**
   * A handle for statements that must answer quickly or not at all (the webhook receiver, /readyz;
   * issue #17): on PostgreSQL a small pool of its own whose statements, and the wait for a connection,
   * end after `timeoutMs`; on PGlite the front of the one connection's queue, giving up after
   * `timeoutMs`. Either way it fails with STORE_TIMEOUT. Close it before the Db it came from.
   */
  openLane?(options: LaneOptions): Promise<Db>
  close(): Promise<void>
}

export interface LaneOptions {
  timeoutMs: number
  /** pg: connections of the lane's own pool (default 4) */
  poolSize?: number
}

export interface OpenDbOptions {
  /** postgres://… selects a real PostgreSQL server through `pg` */
  databaseUrl?: string
  /** PGlite data directory when no databaseUrl (default ./data; `memory://` keeps it in memory) */
  dataDir?: string
  /** create this schema if needed and put it first on every connection's search_path */
  schema?: string
  /** pg pool size (connections), default 10 */
  poolSize?: number
  /** pg: errors of idle pooled connections (the pool drops the connection; the next query reports it) */
  onPoolError?: (error: Error) => void
  /** pg: give up connecting, or waiting for a pooled connection, after this long (ms, default 5 s) */
  connectTimeoutMs?: number
  /** pg: the server cancels a statement running longer than this (ms, default 60 s; 0 = never) */
  statementTimeoutMs?: number
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000
export const DEFAULT_STATEMENT_TIMEOUT_MS = 60_000

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

export function assertSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError('STORE_BAD_SCHEMA_NAME', `schema name "${schema}" is not a plain lower-case identifier`, { schema })
  }
  return schema
}

export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.schema !== undefined) assertSchemaName(options.schema)
  if (options.databaseUrl) return openPgDb({ ...options, databaseUrl: options.databaseUrl })
  return openPgliteDb({ dataDir: options.dataDir ?? './data', schema: options.schema })
}

/** a whole number of milliseconds from the environment, or undefined when unset */
function millisecondsOf(env: Record<string, string | undefined>, name: string, min: number): number | undefined {
  const raw = env[name]?.trim()
  if (!raw) return undefined
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) {
    throw new StoreError('STORE_BAD_INPUT', `${name} must be a whole number of milliseconds of at least ${min}, not "${raw}"`, { setting: name })
  }
  return Number(raw)
}

/** DATABASE_URL selects PostgreSQL, else DATA_DIR (default ./data) holds PGlite; empty strings count as unset. Plus pg's timeouts. */
export function dbOptionsFromEnv(env: Record<string, string | undefined> = process.env): OpenDbOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  const dataDir = env.DATA_DIR?.trim() || undefined
  const connectTimeoutMs = millisecondsOf(env, 'DATABASE_CONNECT_TIMEOUT_MS', 100)
  const statementTimeoutMs = millisecondsOf(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 0)
  return {
    databaseUrl,
    dataDir,
    ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    ...(statementTimeoutMs !== undefined ? { statementTimeoutMs } : {}),
  }
}

/** the embedded store's data directory these options open, or null (PostgreSQL, or in memory) */
export function pgliteDataDir(options: OpenDbOptions): string | null {
  if (options.databaseUrl) return null
  const dir = options.dataDir ?? './data'
  return /^[a-z]+:\/\//i.test(dir) ? null : dir
}

/** the database's fast lane (Db.openLane), or the Db itself when it has none */
export async function openLane(db: Db, options: LaneOptions): Promise<Db> {
  return db.openLane ? db.openLane(options) : db
}
