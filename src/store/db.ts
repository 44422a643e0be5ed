// The store's one query seam. Everything above it speaks plain PostgreSQL through `Db`;
// two adapters sit below it: a pg Pool (DATABASE_URL) and embedded PGlite (a data directory).
// The types of the seam are in types.ts, so the adapters import types only and never this module.
import { openPgDb } from './adapters/pg.js'
import { openPgliteDb } from './adapters/pglite.js'
import { StoreError } from './errors.js'
import type { Db, LaneOptions, OpenDbOptions } from './types.js'

export type { Db, DbKind, LaneOptions, OpenDbOptions, QueryResult } from './types.js'
export { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from './adapters/pg.js'

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
