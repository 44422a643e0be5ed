// The service's HTTP app: the Desk webhook receiver plus the two probes an orchestrator asks.
// /healthz: the process answers. /readyz: the database answers in time (a bounded probe that takes
// the lock an inbox insert takes) and every migration is applied; its answer also shows each worker's
// state, last poll and last error (JSON detail: a stopped worker alone does not make the process unready).
// No global body parser: the receiver reads its raw body itself.
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express'
import { silentLogger, type Logger } from '../logger.js'
import type { WorkerStatus } from '../pipeline/polling-worker.js'
import { createWebhookRouter, type WebhookRouterOptions } from '../pipeline/webhook.js'
import type { Db } from '../store/db.js'
import { isStoreError } from '../store/errors.js'
import { schemaVersion } from '../store/migrate.js'
import { migrations } from '../store/migrations/index.js'
import { DEFAULTS } from '../config.js'
import { sendError } from '../engine/coded-error.js'
import { ServiceError } from './http-errors.js'

export interface AppOptions extends Omit<WebhookRouterOptions, 'db' | 'logger'> {
  db: Db
  /** the receiver's and /readyz's handle (Db.openLane: bounded, ahead of other work); default `db` */
  receiverDb?: Db
  /** /readyz answers 503 when its probe takes longer (ms, default 2 s) */
  readyTimeoutMs?: number
  /** express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For gives the client address (default false) */
  trustProxy?: boolean | number | string[]
  logger?: Logger
  /** the poll loops' states, last poll and last error, shown in /readyz's answer (issue 16) */
  workers?: () => readonly WorkerStatus[]
  /** more routers (agent widget API, admin pages), mounted after the receiver, before the 404 */
  routers?: Router[]
}

export const DEFAULT_READY_TIMEOUT_MS = DEFAULTS.receiverDbTimeoutMs

/**
 * The schema version, after taking (and at once releasing) the lock an inbox insert takes: a
 * database that could not store a delivery now is not ready, whether it is down, slow or the
 * table is locked (issue #17: /readyz said 200 while deliveries waited 13 s).
 */
async function readinessProbe(db: Db, latest: number): Promise<number> {
  const version = await schemaVersion(db)
  if (version >= latest) await db.transaction((tx) => tx.exec('LOCK TABLE webhook_inbox IN ROW EXCLUSIVE MODE'))
  return version
}

type Settled<T> = { status: 'ok'; value: T } | { status: 'failed'; error: unknown } | { status: 'late' }

async function settleWithin<T>(p: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'late' }), ms)
  })
  try {
    return await Promise.race([p.then((value): Settled<T> => ({ status: 'ok', value }), (error: unknown): Settled<T> => ({ status: 'failed', error })), late])
  } finally {
    clearTimeout(timer)
  }
}

export function createApp(opts: AppOptions): Express {
  const logger = opts.logger ?? silentLogger
  const latest = migrations.length
  const receiverDb = opts.receiverDb ?? opts.db
  const readyTimeoutMs = opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.set('trust proxy', opts.trustProxy ?? false)

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })

  // one probe at a time: an orchestrator asking every second must not pile up statements on a slow database
  let probing: Promise<number> | null = null
  app.get('/readyz', async (_req, res) => {
    const workers = { workers: opts.workers?.() ?? [] }
    probing ??= readinessProbe(receiverDb, latest).finally(() => {
      probing = null
    })
    const outcome = await settleWithin(probing, readyTimeoutMs)
    if (outcome.status === 'late') {
      logger.warn('readiness check timed out', { timeoutMs: readyTimeoutMs })
      notReady(res, new ServiceError('READY_DATABASE_SLOW', `the database did not answer within ${readyTimeoutMs} ms`), workers)
      return
    }
    if (outcome.status === 'failed') {
      const error = outcome.error
      const slow = isStoreError(error, 'STORE_TIMEOUT') || isStoreError(error, 'STORE_CONNECT_TIMEOUT')
      logger.warn('readiness check failed', { error: error instanceof Error ? error.message : String(error) })
      notReady(
        res,
        slow
          ? new ServiceError('READY_DATABASE_SLOW', `the database did not answer within ${readyTimeoutMs} ms`)
          : new ServiceError('READY_DATABASE_UNREACHABLE', 'the database did not answer'),
        workers,
      )
      return
    }
    const version = outcome.value
    if (version < latest) {
      notReady(res, new ServiceError('READY_MIGRATIONS_PENDING', `the schema is at version ${version}; this build needs ${latest}: run the migrations`), workers)
      return
    }
    res.status(200).json({ status: 'ready', schemaVersion: version, ...workers })
  })

  app.use(createWebhookRouter({ ...opts, db: receiverDb, logger }))
  for (const router of opts.routers ?? []) app.use(router)

  app.use((_req, res) => {
    sendError(res, new ServiceError('NOT_FOUND', 'no such route'))
  })

  // last resort (a route threw synchronously): a code, never a stack, and never 410
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error('request failed', { error: error instanceof Error ? error.message : String(error) })
    if (res.headersSent) return
    const status = (error as { status?: unknown })?.status
    const clientError = typeof status === 'number' && status >= 400 && status < 500 && status !== 410
    const answer = clientError ? new ServiceError('BAD_REQUEST', 'the request could not be read') : new ServiceError('INTERNAL', 'internal error')
    res.status(clientError ? status : answer.status).json(answer.toBody())
  })

  return app
}

function notReady(res: Response, err: ServiceError, workers: { workers: readonly WorkerStatus[] }): void {
  res.status(err.status).json({ status: 'not_ready', ...err.toBody(), ...workers })
}
