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
  close(): Promise<void>
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
}

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

/** DATABASE_URL selects PostgreSQL, else DATA_DIR (default ./data) holds PGlite; empty strings count as unset. */
export function dbOptionsFromEnv(env: Record<string, string | undefined> = process.env): OpenDbOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  const dataDir = env.DATA_DIR?.trim() || undefined
  return { databaseUrl, dataDir }
}
