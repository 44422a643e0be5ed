// The main job: the HTTP app (webhook receiver, probes, agent and admin pages), the inbox and
// outbox workers, and the scheduled jobs, on one store. Several replicas may share one
// PostgreSQL: events are claimed with SKIP LOCKED and each cron tick runs once (job_runs).
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Router } from 'express'
import { loadServiceConfig, type ServiceConfig } from './config.js'
import type { DeskClientOptions } from './desk/client.js'
import { openServiceContext, type OpenedService } from './service-context.js'
import type { ServiceContext } from './pipeline/context.js'
import type { Logger } from './logger.js'
import { createScheduler, type Scheduler } from './pipeline/jobs.js'
import { createOutboxWorker } from './pipeline/outbox-worker.js'
import { createInboxWorker } from './pipeline/inbox-worker.js'
import type { Worker } from './pipeline/polling-worker.js'
import { createApp } from './web/app.js'
import { createHttpServer } from './web/http-server.js'
import type { Installation } from './store/repos/installations.js'
import { createWidgetApiRouter } from './web/widget-api.js'
import { createAdminRouter } from './web/admin/router.js'
import { createMetricsRouter, metrics } from './web/metrics.js'
import { parseCorsOrigins } from './web/cors.js'
import { createLogger } from './logger.js'
import { openLane } from './store/db.js'

export interface StartOptions {
  logger?: Logger
  now?: () => number
  desk?: Partial<DeskClientOptions>
  /** extra routers mounted before the 404 handler (agent widget API, admin pages) */
  routers?: (ctx: ServiceContext, config: ServiceConfig) => Router[]
}

export interface RunningService {
  url: string
  config: ServiceConfig
  ctx: ServiceContext
  inbox: Worker
  outbox: Worker
  scheduler: Scheduler | null
  close(): Promise<void>
}

export async function startService(env: Record<string, string | undefined>, opts: StartOptions = {}): Promise<RunningService> {
  const config = loadServiceConfig(env)
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL)
  const observer = { call: (status: number | string, method: string) => metrics.deskCall(status, method), mint: (o: 'ok' | 'error') => metrics.tokenRefresh(o) }
  const opened: OpenedService = await openServiceContext(env, {
    logger,
    now: opts.now,
    desk: { observer, requestsPerMinute: config.DESK_REQUESTS_PER_MINUTE, ...opts.desk },
    policyFile: config.DESK_SLA_POLICY,
    command: 'serve',
  })
  const { ctx } = opened
  // the receiver's own bounded handle: deliveries never queue behind admin or worker statements, and
  // a database that does not answer gets a quick 503 (Desk retries) instead of a hung request (issue #17)
  const receiverDb = await openLane(ctx.db, { timeoutMs: config.RECEIVER_DB_TIMEOUT_MS })
  // the outbox worker is told of new writes at once (an agent waits for them; issue 15 wants p99 < 2 s)
  let outboxNudge = () => {}
  const inbox = createInboxWorker(ctx, {
    batchSize: config.WORKER_BATCH,
    leaseMs: config.WORKER_LEASE_MS,
    onProcessed: (ev, result) => {
      if (result.status === 'done' && result.outcome.status === 'updated') outboxNudge()
      metrics.eventProcessed(result.status === 'error' ? 'retrying' : result.status, (ctx.now() - Date.parse(ev.receivedAt)) / 1000)
      if (result.status !== 'done') return
      if (result.outcome.raisedFrom !== null) metrics.escalationRaised(result.outcome.level)
      if (result.outcome.changes[ctx.policyFor({ policyOverrides: {} } as Installation).deskFields.ticket.slaStatus] === 'Breached') metrics.breach('sla')
    },
  })
  const outbox = createOutboxWorker(ctx, { leaseMs: config.WORKER_LEASE_MS })
  outboxNudge = () => outbox.nudge()
  const workers = () => [inbox.status(), outbox.status()]
  const scheduler = config.DISABLE_JOBS
    ? null
    : createScheduler(ctx, {
        owner: config.REPLICA_ID,
        syncCron: config.SYNC_CRON,
        sweepCron: config.SWEEP_CRON,
        retierCron: config.RETIER_CRON,
        inboxRetentionMs: config.INBOX_RETENTION_DAYS * 24 * 3_600_000,
      })

  const app = createApp({
    db: ctx.db,
    receiverDb,
    readyTimeoutMs: config.RECEIVER_DB_TIMEOUT_MS,
    trustProxy: config.TRUST_PROXY,
    logger,
    now: ctx.now,
    maxBodyBytes: config.WEBHOOK_MAX_BODY_BYTES,
    maxEventsPerDelivery: config.WEBHOOK_MAX_EVENTS_PER_DELIVERY,
    eventsPerMinute: config.WEBHOOK_EVENTS_PER_MINUTE,
    strictJwt: config.WEBHOOK_STRICT_JWT,
    workers,
    onStored: (_installationId, count) => {
      metrics.eventsReceived(count)
      if (count > 0) inbox.nudge()
    },
    onRefused: (code) => metrics.eventRejected(code),
    routers: [
      createWidgetApiRouter({ db: ctx.db, policyFor: ctx.policyFor, now: ctx.now, corsOrigins: parseCorsOrigins(config.WIDGET_CORS_ORIGINS), logger }),
      createAdminRouter({ ctx, config, policySource: opened.policySource }),
      createMetricsRouter({ db: ctx.db, token: config.METRICS_TOKEN ?? config.ADMIN_TOKEN, now: ctx.now, credits: ctx.credits, workers }),
      ...(opts.routers?.(ctx, config) ?? []),
    ],
  })
  const server: Server = createHttpServer(app, { requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS, headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(config.PORT, config.HOST, () => resolve())
    })
  } catch (error) {
    if (receiverDb !== ctx.db) await receiverDb.close()
    await opened.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  // a CLI command that finds the data directory locked reaches this service here (desk-sla install)
  await opened.lock?.note({ url })

  inbox.start()
  outbox.start()
  scheduler?.start()
  logger.info('desk-sla started', { url, publicUrl: config.PUBLIC_URL ?? url, store: ctx.db.kind, policy: opened.policySource, replica: config.REPLICA_ID, jobs: !config.DISABLE_JOBS })

  let closing: Promise<void> | null = null
  return {
    url,
    config,
    ctx,
    inbox,
    outbox,
    scheduler,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeAllConnections?.()
        await scheduler?.stop()
        await inbox.stop()
        await outbox.stop()
        if (receiverDb !== ctx.db) await receiverDb.close()
        await opened.close()
        logger.info('desk-sla stopped', {})
      })()
      return closing
    },
  }
}
