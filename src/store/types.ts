// The store's query seam as types: what db.ts opens and what each adapter (adapters/pg.ts,
// adapters/pglite.ts) implements. No code here, so the adapters depend on it and not on db.ts.

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
