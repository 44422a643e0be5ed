// Embedded PGlite adapter. PGlite is one connection in this process: a mutex gives each
// transaction the connection from BEGIN to COMMIT, so concurrent callers never interleave statements.
import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { StoreError } from '../errors.js'
import type { Db, LaneOptions, QueryResult } from '../types.js'
import { Mutex, type MutexTurn } from './mutex.js'
import { makeTxDb } from './tx-db.js'

interface PgliteResult<T> {
  rows: T[]
  affectedRows?: number
}

function toResult<T>(r: PgliteResult<T>): QueryResult<T> {
  // affectedRows is 0 for SELECT; for DML with RETURNING it equals rows.length
  return { rows: r.rows, rowCount: r.affectedRows || r.rows.length }
}

function resolveDataDir(dataDir: string): string {
  return /^[a-z]+:\/\//i.test(dataDir) ? dataDir : path.resolve(dataDir)
}

export async function openPgliteDb(options: { dataDir: string; schema?: string }): Promise<Db> {
  const dataDir = resolveDataDir(options.dataDir)
  // PGlite creates only the last path segment; DATA_DIR=./var/desk-sla/data should just work
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true })
  // PostgreSQL's shared buffers live in PGlite's WebAssembly heap (128 MB by default): 32 MB serves
  // this service's working set and cuts the serving peak by ~100 MB (bench:ingest, issue 17 item 8)
  const pglite = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'] })
  const mutex = new Mutex()
  // marks the async context of a running transaction callback, to catch calls on the outer
  // handle from inside it (they would wait for the mutex the callback holds: a silent deadlock)
  const insideTx = new AsyncLocalStorage<{ active: boolean }>()
  let closed = false

  const guard = () => {
    if (closed) throw new StoreError('STORE_CLOSED', 'the database handle was closed')
    if (insideTx.getStore()?.active) {
      throw new StoreError('STORE_QUERY_OUTSIDE_TRANSACTION', 'db.query called inside db.transaction(): use the tx handed to the callback')
    }
  }

  if (options.schema) {
    await pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${options.schema}; SET search_path TO ${options.schema}`)
  }

  // `turn` decides the place in the connection's queue: ordinary callers wait in order; the fast
  // lane (webhook receiver, /readyz) goes first and gives up after its timeout. A running statement
  // cannot be interrupted in PGlite: the timeout bounds the wait for the connection only.
  const handle = (turn: MutexTurn, close: () => Promise<void>): Db => ({
    kind: 'pglite',
    async query<T>(text: string, values?: unknown[]) {
      guard()
      return mutex.run(async () => toResult(await pglite.query<T>(text, values)), turn)
    },
    async exec(text: string) {
      guard()
      await mutex.run(() => pglite.exec(text), turn)
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      guard()
      return mutex.run(
        () =>
          pglite.transaction(async (ptx) => {
            const marker = { active: true }
            const txDb = makeTxDb(
              'pglite',
              {
                query: async <R>(text: string, values?: unknown[]) => toResult(await ptx.query<R>(text, values)),
                exec: async (text: string) => {
                  await ptx.exec(text)
                },
              },
              () => marker.active,
            )
            try {
              return await insideTx.run(marker, () => fn(txDb))
            } finally {
              marker.active = false
            }
          }),
        turn,
      )
    },
    async openLane(o: LaneOptions) {
      return handle({ urgent: true, waitMs: o.timeoutMs }, async () => {})
    },
    close,
  })

  return handle({}, async () => {
    if (closed) return
    closed = true
    await mutex.run(() => pglite.close())
  })
}
