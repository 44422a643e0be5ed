// node-postgres adapter: a Pool; a transaction checks out one client for its whole life.
// A database that does not answer (issue #17) fails within bounds: connecting and waiting for a
// pooled connection end after connectTimeoutMs, the server cancels statements after
// statementTimeoutMs, and the fast lane (openLane) has its own small pool with tighter limits.
import pg from 'pg'
import { StoreError } from '../errors.js'
import type { Db, LaneOptions, QueryResult } from '../types.js'
import { makeTxDb } from './tx-db.js'

const INT8_OID = 20

// int8 (bigserial ids, count(*)) as numbers, as PGlite returns them; ids stay far below 2^53
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format as 'text')
  },
} as pg.CustomTypesConfig

function toResult<T>(r: pg.QueryResult): QueryResult<T> {
  return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length }
}

/** host:port of a connection string, never its credentials */
export function describeServer(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl)
    return `${u.hostname || 'localhost'}:${u.port || '5432'}`
  } catch {
    return 'the DATABASE_URL server'
  }
}

const CONNECT_TIMEOUT_MESSAGES = ['timeout expired', 'Connection terminated due to connection timeout', 'timeout exceeded when trying to connect']
const QUERY_CANCELED = '57014' // statement_timeout (or a cancel)
const LOCK_NOT_AVAILABLE = '55P03' // lock_timeout

interface Limits {
  server: string
  connectTimeoutMs: number
  statementTimeoutMs: number
  /** the setting an operator changes for these limits */
  setting: { connect: string; statement: string }
}

/** pg's timeout errors as coded store errors; every other error unchanged (callers match pg codes) */
function translate(error: unknown, l: Limits): unknown {
  const e = error as { code?: unknown; message?: unknown } | null
  const message = typeof e?.message === 'string' ? e.message : ''
  if (CONNECT_TIMEOUT_MESSAGES.some((m) => message.startsWith(m))) {
    return new StoreError('STORE_CONNECT_TIMEOUT', `the database at ${l.server} did not answer within ${l.connectTimeoutMs} ms (${l.setting.connect})`, {
      server: l.server,
      timeoutMs: l.connectTimeoutMs,
    })
  }
  if (e?.code === QUERY_CANCELED || e?.code === LOCK_NOT_AVAILABLE || message === 'Query read timeout') {
    return new StoreError('STORE_TIMEOUT', `a statement on ${l.server} took longer than ${l.statementTimeoutMs} ms (${l.setting.statement})`, {
      server: l.server,
      timeoutMs: l.statementTimeoutMs,
      pgCode: typeof e?.code === 'string' ? e.code : undefined,
    })
  }
  return error
}

async function ensureSchema(databaseUrl: string, schema: string, l: Limits): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: l.connectTimeoutMs })
  client.on('error', () => {}) // a connection dropped after a timeout is reported by the failing call
  try {
    await client.connect()
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
  } catch (error) {
    // two processes creating the same schema at once: the loser sees a duplicate, which is fine
    const code = (error as { code?: string }).code
    if (code !== '23505' && code !== '42P06') throw translate(error, l)
  } finally {
    await client.end().catch(() => {})
  }
}

/** the defaults of DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS (ms) */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000
export const DEFAULT_STATEMENT_TIMEOUT_MS = 60_000

export async function openPgDb(options: {
  databaseUrl: string
  schema?: string
  poolSize?: number
  onPoolError?: (error: Error) => void
  connectTimeoutMs?: number
  statementTimeoutMs?: number
}): Promise<Db> {
  const limits: Limits = {
    server: describeServer(options.databaseUrl),
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    setting: { connect: 'DATABASE_CONNECT_TIMEOUT_MS', statement: 'DATABASE_STATEMENT_TIMEOUT_MS' },
  }
  if (options.schema) await ensureSchema(options.databaseUrl, options.schema, limits)
  const poolOptions = {
    connectionString: options.databaseUrl,
    types,
    // schema names are validated identifiers (assertSchemaName), so no quoting is needed here
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    keepAlive: true,
  }
  const pool = new pg.Pool({
    ...poolOptions,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    ...(limits.statementTimeoutMs > 0 ? { statement_timeout: limits.statementTimeoutMs } : {}),
  })
  pool.on('error', options.onPoolError ?? (() => {}))

  const openLane = async (lane: LaneOptions): Promise<Db> => {
    const laneLimits: Limits = {
      ...limits,
      connectTimeoutMs: lane.timeoutMs,
      statementTimeoutMs: lane.timeoutMs,
      setting: { connect: 'RECEIVER_DB_TIMEOUT_MS', statement: 'RECEIVER_DB_TIMEOUT_MS' },
    }
    const lanePool = new pg.Pool({
      ...poolOptions,
      max: lane.poolSize ?? 4,
      connectionTimeoutMillis: lane.timeoutMs,
      statement_timeout: lane.timeoutMs,
      lock_timeout: lane.timeoutMs,
      // a server that stops answering mid-statement: the client gives up too (and drops the connection)
      query_timeout: lane.timeoutMs + 1_000,
    })
    lanePool.on('error', options.onPoolError ?? (() => {}))
    return poolDb(lanePool, laneLimits, openLane)
  }
  return poolDb(pool, limits, openLane)
}

function poolDb(pool: pg.Pool, limits: Limits, openLane: (o: LaneOptions) => Promise<Db>): Db {
  let closed = false
  const guard = () => {
    if (closed) throw new StoreError('STORE_CLOSED', 'the database handle was closed')
  }
  const translated = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p
    } catch (error) {
      throw translate(error, limits)
    }
  }

  return {
    kind: 'pg',
    async query<T>(text: string, values?: unknown[]) {
      guard()
      return toResult<T>(await translated(pool.query(text, values)))
    },
    async exec(text: string) {
      guard()
      await translated(pool.query(text))
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      guard()
      const client = await translated(pool.connect())
      let open = true
      let broken: Error | undefined
      try {
        try {
          await translated(client.query('BEGIN'))
        } catch (error) {
          broken = error as Error
          throw error
        }
        const tx = makeTxDb(
          'pg',
          {
            query: async <R>(text: string, values?: unknown[]) => toResult<R>(await translated(client.query(text, values))),
            exec: async (text: string) => {
              await translated(client.query(text))
            },
          },
          () => open,
        )
        try {
          const result = await fn(tx)
          await translated(client.query('COMMIT'))
          return result
        } catch (error) {
          try {
            await client.query('ROLLBACK')
          } catch (rollbackError) {
            broken = rollbackError as Error
          }
          throw error
        }
      } finally {
        open = false
        // a connection whose ROLLBACK failed is destroyed rather than reused
        client.release(broken)
      }
    },
    openLane,
    async close() {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
}
