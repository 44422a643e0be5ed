// node-postgres adapter: a Pool; a transaction checks out one client for its whole life.
import pg from 'pg'
import type { Db, QueryResult } from '../db.js'
import { StoreError } from '../errors.js'
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

async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
  } catch (error) {
    // two processes creating the same schema at once: the loser sees a duplicate, which is fine
    const code = (error as { code?: string }).code
    if (code !== '23505' && code !== '42P06') throw error
  } finally {
    await client.end()
  }
}

export async function openPgDb(options: {
  databaseUrl: string
  schema?: string
  poolSize?: number
  onPoolError?: (error: Error) => void
}): Promise<Db> {
  if (options.schema) await ensureSchema(options.databaseUrl, options.schema)
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    types,
    // schema names are validated identifiers (assertSchemaName), so no quoting is needed here
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  })
  pool.on('error', options.onPoolError ?? (() => {}))
  let closed = false
  const guard = () => {
    if (closed) throw new StoreError('STORE_CLOSED', 'the database handle was closed')
  }

  const db: Db = {
    kind: 'pg',
    async query<T>(text: string, values?: unknown[]) {
      guard()
      return toResult<T>(await pool.query(text, values))
    },
    async exec(text: string) {
      guard()
      await pool.query(text)
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      guard()
      const client = await pool.connect()
      let open = true
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const tx = makeTxDb(
          'pg',
          {
            query: async <R>(text: string, values?: unknown[]) => toResult<R>(await client.query(text, values)),
            exec: async (text: string) => {
              await client.query(text)
            },
          },
          () => open,
        )
        try {
          const result = await fn(tx)
          await client.query('COMMIT')
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
    async close() {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
  return db
}
