// Prometheus metrics (issue #6), prom-client on its own registry. Counters are bumped by the
// receiver, the workers and the Desk client through the small functions of `metrics`; gauges
// that describe the store (queue depths, open tickets by level, breaches) are read from it at
// scrape time. GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>` (default: ADMIN_TOKEN).
import { Router, type Request, type Response } from 'express'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { creditsToday, GOVERNOR_LEVELS, type CreditGovernor } from '../pipeline/governor.js'
import { WORKER_STATES, type WorkerStatus } from '../pipeline/polling-worker.js'
import type { Db } from '../store/db.js'
import { listInstallations } from '../store/repos/installations.js'
import { inboxQueue } from '../store/repos/inbox.js'
import { outboxQueue } from '../store/repos/outbox.js'
import type { Sql } from '../store/repos/sql.js'
import { sameSecret } from './admin/auth.js'
import { sendError } from '../engine/coded-error.js'
import { ServiceError } from './http-errors.js'

export interface Metrics {
  registry: Registry
  /** a webhook delivery accepted into the inbox (`events` new events) */
  eventsReceived(events?: number): void
  /** a delivery refused by the receiver; reason: a stable code (e.g. WEBHOOK_BAD_SIGNATURE) */
  eventRejected(reason: string): void
  /** an inbox event finished: done | ignored | failed | retrying */
  eventProcessed(status: string, lagSeconds?: number): void
  /** one HTTP call to Desk: its status code, or 'network' / 'timeout' */
  deskCall(status: number | string, method?: string): void
  /** an OAuth access-token mint: ok | error */
  tokenRefresh(outcome: 'ok' | 'error'): void
  /** a ticket's escalation raised to `level` */
  escalationRaised(level: number): void
  /** a target newly breached: firstResponse | followUp | determination */
  breach(target: string): void
}

const BREACHED = 'Breached'

export function openTicketsByLevelSql(): Sql {
  return { text: 'SELECT escalation_level AS level, count(*) AS n FROM ticket_sla WHERE open GROUP BY escalation_level', values: [] }
}

export function openBreachedSql(): Sql {
  return { text: `SELECT count(*) AS n FROM ticket_sla WHERE open AND state->>'slaStatus' = $1`, values: [BREACHED] }
}

export function oldestPendingSql(): Sql {
  return { text: `SELECT min(received_at) AS oldest FROM webhook_inbox WHERE status IN ('pending','processing')`, values: [] }
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry()
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'desk_sla_' })
  const received = new Counter({ name: 'desk_sla_webhook_events_received_total', help: 'Webhook events accepted into the inbox', registers: [registry] })
  const rejected = new Counter({ name: 'desk_sla_webhook_events_rejected_total', help: 'Webhook deliveries refused, by reason code', labelNames: ['reason'], registers: [registry] })
  const processed = new Counter({ name: 'desk_sla_events_processed_total', help: 'Inbox events finished, by outcome', labelNames: ['status'], registers: [registry] })
  const lag = new Histogram({
    name: 'desk_sla_event_processing_lag_seconds',
    help: 'Time from receiving an event to finishing it',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
    registers: [registry],
  })
  const desk = new Counter({ name: 'desk_sla_desk_requests_total', help: 'HTTP calls to Zoho Desk, by status', labelNames: ['status', 'method'], registers: [registry] })
  const refresh = new Counter({ name: 'desk_sla_token_refreshes_total', help: 'OAuth access-token mints, by outcome', labelNames: ['outcome'], registers: [registry] })
  const escalations = new Counter({ name: 'desk_sla_escalations_total', help: 'Escalations raised, by level reached', labelNames: ['level'], registers: [registry] })
  const breaches = new Counter({ name: 'desk_sla_breaches_total', help: 'Targets newly breached, by target', labelNames: ['target'], registers: [registry] })
  // read from the store by the /metrics handler just before each scrape
  new Gauge({ name: 'desk_sla_outbox_depth', help: 'Desk writes in the outbox, by status', labelNames: ['status'], registers: [registry] })
  new Gauge({ name: 'desk_sla_inbox_events', help: 'Webhook inbox events, by status', labelNames: ['status'], registers: [registry] })
  new Gauge({ name: 'desk_sla_inbox_oldest_pending_seconds', help: 'Age of the oldest unfinished inbox event (0: none)', registers: [registry] })
  new Gauge({ name: 'desk_sla_open_tickets_by_escalation_level', help: 'Open tickets, by escalation level', labelNames: ['level'], registers: [registry] })
  // the poll loops (issue 16), read from the workers at scrape time
  new Gauge({
    name: 'desk_sla_worker_state',
    help: `Each poll loop's state (${WORKER_STATES.map((st, i) => `${i} ${st}`).join(', ')}), by worker`,
    labelNames: ['worker'],
    registers: [registry],
  })
  new Gauge({ name: 'desk_sla_worker_last_poll_seconds', help: "Unix time of the worker's last poll (0: none yet), by worker", labelNames: ['worker'], registers: [registry] })
  new Gauge({ name: 'desk_sla_worker_last_error_seconds', help: "Unix time of the worker's last failed poll (0: none), by worker", labelNames: ['worker'], registers: [registry] })
  new Gauge({ name: 'desk_sla_open_tickets_breached', help: 'Open tickets whose SLA status is Breached', registers: [registry] })
  // Desk API credits of the UTC day (issue 15), read from the store's budget at scrape time
  new Gauge({ name: 'desk_sla_desk_credits_used_today', help: 'Desk API credits used today, by installation and kind', labelNames: ['installation', 'kind'], registers: [registry] })
  new Gauge({ name: 'desk_sla_desk_calls_today', help: 'Desk API calls made today, by installation and kind', labelNames: ['installation', 'kind'], registers: [registry] })
  new Gauge({ name: 'desk_sla_desk_credits_deferred_today', help: 'Desk calls (and sync ticks) the credit governor held back today, by installation and kind', labelNames: ['installation', 'kind'], registers: [registry] })
  new Gauge({ name: 'desk_sla_desk_credits_projected_today', help: "The day's credit use at today's pace, by installation", labelNames: ['installation'], registers: [registry] })
  new Gauge({ name: 'desk_sla_desk_credits_allowance', help: "The day's credit allowance (configured, else Desk's own count), by installation", labelNames: ['installation'], registers: [registry] })
  new Gauge({ name: 'desk_sla_desk_credits_headroom', help: 'Credits that may still be spent today, by installation', labelNames: ['installation'], registers: [registry] })
  new Gauge({
    name: 'desk_sla_desk_credit_governor_level',
    help: `How far the credit governor degrades (${GOVERNOR_LEVELS.map((l, i) => `${i} ${l}`).join(', ')}), by installation`,
    labelNames: ['installation'],
    registers: [registry],
  })

  return {
    registry,
    eventsReceived: (events = 1) => received.inc(events),
    eventRejected: (reason) => rejected.inc({ reason }),
    eventProcessed: (status, lagSeconds) => {
      processed.inc({ status })
      if (lagSeconds !== undefined && Number.isFinite(lagSeconds) && lagSeconds >= 0) lag.observe(lagSeconds)
    },
    deskCall: (status, method = 'GET') => desk.inc({ status: String(status), method: method.toUpperCase() }),
    tokenRefresh: (outcome) => refresh.inc({ outcome }),
    escalationRaised: (level) => escalations.inc({ level: String(level) }),
    breach: (target) => breaches.inc({ target }),
  }
}

/** the process's metrics: what the receiver, workers and Desk client record into */
export const metrics: Metrics = createMetrics()

function gauge(registry: Registry, name: string): Gauge {
  return registry.getSingleMetric(name) as Gauge
}

/** sets the credit gauges from the store's budget of the day */
async function collectCreditGauges(m: Metrics, db: Db, governor: CreditGovernor, now: number): Promise<void> {
  const installations = (await listInstallations(db)).map((i) => i.id)
  const r = m.registry
  for (const c of await creditsToday(db, governor, installations, now)) {
    const installation = c.installationId
    for (const [kind, u] of Object.entries(c.byKind)) {
      gauge(r, 'desk_sla_desk_credits_used_today').set({ installation, kind }, u.credits)
      gauge(r, 'desk_sla_desk_calls_today').set({ installation, kind }, u.calls)
      gauge(r, 'desk_sla_desk_credits_deferred_today').set({ installation, kind }, u.deferred)
    }
    gauge(r, 'desk_sla_desk_credits_projected_today').set({ installation }, c.status.projected ?? c.status.used)
    if (c.status.allowance !== null) gauge(r, 'desk_sla_desk_credits_allowance').set({ installation }, c.status.allowance)
    if (c.status.headroom !== null) gauge(r, 'desk_sla_desk_credits_headroom').set({ installation }, c.status.headroom)
    gauge(r, 'desk_sla_desk_credit_governor_level').set({ installation }, GOVERNOR_LEVELS.indexOf(c.status.level))
  }
}

/** sets the worker gauges from the workers' status */
export function collectWorkerGauges(m: Metrics, workers: readonly WorkerStatus[]): void {
  const seconds = (iso: string | null | undefined) => (iso ? Date.parse(iso) / 1000 : 0)
  for (const w of workers) {
    gauge(m.registry, 'desk_sla_worker_state').set({ worker: w.worker }, WORKER_STATES.indexOf(w.state))
    gauge(m.registry, 'desk_sla_worker_last_poll_seconds').set({ worker: w.worker }, seconds(w.lastPollAt))
    gauge(m.registry, 'desk_sla_worker_last_error_seconds').set({ worker: w.worker }, seconds(w.lastError?.at))
  }
}

/** sets the store gauges from the database (and the credit gauges, given the governor) */
export async function collectStoreGauges(m: Metrics, db: Db, now: number, governor?: CreditGovernor): Promise<void> {
  if (governor) await collectCreditGauges(m, db, governor, now)
  const [outbox, inbox, levels, breached, oldest] = await Promise.all([
    outboxQueue.countByStatus(db),
    inboxQueue.countByStatus(db),
    db.query<{ level: number; n: string | number }>(openTicketsByLevelSql().text),
    db.query<{ n: string | number }>(openBreachedSql().text, openBreachedSql().values),
    db.query<{ oldest: Date | string | null }>(oldestPendingSql().text),
  ])
  const r = m.registry
  for (const [status, n] of Object.entries(outbox)) gauge(r, 'desk_sla_outbox_depth').set({ status }, n)
  for (const [status, n] of Object.entries(inbox)) gauge(r, 'desk_sla_inbox_events').set({ status }, n)
  const byLevel = new Map(levels.rows.map((row) => [Number(row.level), Number(row.n)]))
  for (let level = 0; level <= 4; level++) gauge(r, 'desk_sla_open_tickets_by_escalation_level').set({ level: String(level) }, byLevel.get(level) ?? 0)
  gauge(r, 'desk_sla_open_tickets_breached').set(Number(breached.rows[0]?.n ?? 0))
  const at = oldest.rows[0]?.oldest
  gauge(r, 'desk_sla_inbox_oldest_pending_seconds').set(at ? Math.max(0, (now - new Date(at).getTime()) / 1000) : 0)
}

export interface MetricsRouterOptions {
  db: Db
  /** METRICS_TOKEN, else ADMIN_TOKEN; with neither, /metrics refuses every scrape */
  token: string | undefined
  now?: () => number
  metrics?: Metrics
  /** the credit governor: its settings decide the allowance and level shown */
  credits?: CreditGovernor
  /** the poll loops' status (inbox, outbox) */
  workers?: () => readonly WorkerStatus[]
}

const BEARER = /^Bearer\s+(\S{1,1024})\s*$/i

export function createMetricsRouter(o: MetricsRouterOptions): Router {
  const m = o.metrics ?? metrics
  const now = o.now ?? Date.now
  const router = Router()
  router.get('/metrics', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    const sent = BEARER.exec(req.get('authorization') ?? '')?.[1]
    if (!o.token || !sent || !sameSecret(sent, o.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="desk-sla metrics"')
      sendError(res, new ServiceError('METRICS_AUTH', o.token ? 'send Authorization: Bearer <METRICS_TOKEN>' : 'set METRICS_TOKEN (or ADMIN_TOKEN) to scrape /metrics'))
      return
    }
    await collectStoreGauges(m, o.db, now(), o.credits)
    collectWorkerGauges(m, o.workers?.() ?? [])
    res.type(m.registry.contentType).send(await m.registry.metrics())
  })
  return router
}
