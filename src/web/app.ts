// The service's HTTP app: the Desk webhook receiver plus the two probes an orchestrator asks.
// /healthz: the process answers. /readyz: the database answers and every migration is applied.
// No global body parser: the receiver reads its raw body itself.
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express'
import { silentLogger, type Logger } from '../pipeline/context.js'
import { createWebhookRouter, type WebhookRouterOptions } from '../pipeline/webhook.js'
import type { Db } from '../store/db.js'
import { schemaVersion } from '../store/migrate.js'
import { migrations } from '../store/migrations/index.js'

export interface AppOptions extends Omit<WebhookRouterOptions, 'db' | 'logger'> {
  db: Db
  logger?: Logger
  /** more routers (agent widget API, admin pages), mounted after the receiver, before the 404 */
  routers?: Router[]
}

export function createApp(opts: AppOptions): Express {
  const logger = opts.logger ?? silentLogger
  const latest = migrations.length
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })

  app.get('/readyz', async (_req, res) => {
    try {
      const version = await schemaVersion(opts.db)
      if (version < latest) {
        res.status(503).json({
          status: 'not_ready',
          error: { code: 'READY_MIGRATIONS_PENDING', message: `the schema is at version ${version}; this build needs ${latest}: run the migrations` },
        })
        return
      }
      res.status(200).json({ status: 'ready', schemaVersion: version })
    } catch (error) {
      logger.warn('readiness check failed', { error: error instanceof Error ? error.message : String(error) })
      res.status(503).json({ status: 'not_ready', error: { code: 'READY_DATABASE_UNREACHABLE', message: 'the database did not answer' } })
    }
  })

  app.use(createWebhookRouter({ ...opts, logger }))
  for (const router of opts.routers ?? []) app.use(router)

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such route' } })
  })

  // last resort (a route threw synchronously): a code, never a stack, and never 410
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error('request failed', { error: error instanceof Error ? error.message : String(error) })
    if (res.headersSent) return
    const status = (error as { status?: unknown })?.status
    const clientError = typeof status === 'number' && status >= 400 && status < 500 && status !== 410
    res
      .status(clientError ? status : 500)
      .json({ error: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL', message: clientError ? 'the request could not be read' : 'internal error' } })
  })

  return app
}
