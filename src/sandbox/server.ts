import express from 'express'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { apiRouter } from './api.js'
import { SandboxClock, type ClockFn } from './clock.js'
import { controlRouter } from './control.js'
import { DeliveryDispatcher, type DeliveryOptions, type DeliveryRecord } from './deliveries.js'
import { FaultSwitches } from './faults.js'
import { DEFAULT_ACCOUNT_FIELDS, DEFAULT_TICKET_FIELDS, normalizeFields, type FieldSpec } from './fields.js'
import { IdGenerator } from './ids.js'
import { DEFAULT_STATUSES, GeneratorOptions, SeedData, SeedInput, type StatusDef } from './model.js'
import { OAuthServer, type OAuthOptions } from './oauth.js'
import { TicketOperations } from './operations.js'
import { RateLimiter, type RateLimitOptions } from './rate-limit.js'
import { recordRoutes, webhookRoutes } from './records.js'
import { RequestLog } from './request-log.js'
import { generateSeed } from './seed.js'
import { WebhookSigner } from './signing.js'
import { SandboxState } from './state.js'
import { ticketRoutes } from './tickets.js'
import { WebhookRegistry, type Edition, type UrlCheck } from './webhooks.js'
import { DESK_HOSTS, type DataCenter } from './zoho-hosts.js'

// createSandbox(): an express 5 server that behaves like Zoho Desk for everything desk-sla uses
// (DESK_API.md), in memory and seedable. Accounts (/oauth/v2/token), the API (/api/v1), the JWKS
// (/.well-known/jwks.json) and the control API (/sandbox) share one port. Issue #4.

export type SandboxOptions = {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default 127.0.0.1: the control API has no auth. */
  host?: string
  /** Base clock in epoch ms (default Date.now); the control API adds an offset to it. */
  clock?: ClockFn
  /** Generator options ({ tickets: 50, seed: 42 }) or explicit records. */
  seed?: SeedInput
  orgId?: string
  oauth?: OAuthOptions
  rateLimit?: RateLimitOptions
  /** Webhook limits: Professional 5 enabled hooks, Enterprise 10 (default), lower none. */
  edition?: Edition
  deliveries?: DeliveryOptions
  /** Override Desk's GET check of a webhook URL (default: a real GET that must answer 200). */
  checkWebhookUrl?: UrlCheck
  ticketFields?: FieldSpec[]
  accountFields?: FieldSpec[]
  /** the org's ticket statuses with their types; custom names welcome ("Waiting on partner" of type On Hold) */
  statuses?: StatusDef[]
  /** the help desk portal's name: tickets' webUrl is https://desk.zoho.<dc>/support/<portal>/ShowHomePage.do#Cases/dv/<id> */
  portal?: string
  /** the data center the portal's links point at (default com) */
  dataCenter?: DataCenter
  /** requests kept in the request log, newest last (default 10,000) */
  requestLogSize?: number
}

export type SandboxCredentials = {
  url: string
  apiBase: string
  accountsUrl: string
  orgId: string
  clientId: string
  clientSecret: string
  refreshToken: string
}

export interface SandboxConnection {
  orgId: string
  dataCenter: 'com'
  apiBase: string
  accountsUrl: string
  clientId: string
  clientSecret: string
  refreshToken: string
}

export type Sandbox = SandboxCredentials & {
  readonly state: SandboxState
  readonly clock: SandboxClock
  readonly ops: TicketOperations
  readonly oauth: OAuthServer
  readonly limiter: RateLimiter
  readonly faults: FaultSwitches
  readonly requests: RequestLog
  readonly webhooks: WebhookRegistry
  readonly deliveries: {
    idle(): Promise<void>
    list(filter?: { webhookId?: string }): DeliveryRecord[]
    clearRecords(): void
  }
  credentials(): SandboxCredentials
  /** What an installation of desk-sla needs to reach this sandbox (the "com" data center, its URLs and OAuth client). */
  connection(): SandboxConnection
  /** Loads generator options or explicit records; returns what was added. */
  seed(input: unknown): Record<string, number>
  /** Empties data, webhooks, deliveries, request log, faults, clock offset and the token throttle. */
  reset(): void
  close(): Promise<void>
}

/** where agents open the portal: https://desk.zoho.<dc>/support/<portal> (the data center's Desk host) */
export function portalUrl(dataCenter: DataCenter, portal: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(portal)) throw new Error(`portal name "${portal}" must be letters, digits, _ or -`)
  return `${DESK_HOSTS[dataCenter]}/support/${portal}`
}

export async function createSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const clock = new SandboxClock(opts.clock)
  const ids = new IdGenerator()
  const orgId = opts.orgId ?? '60001234'
  const state = new SandboxState(ids, clock, {
    statuses: opts.statuses ?? DEFAULT_STATUSES,
    ticketFields: normalizeFields(opts.ticketFields ?? DEFAULT_TICKET_FIELDS),
    accountFields: normalizeFields(opts.accountFields ?? DEFAULT_ACCOUNT_FIELDS),
    portalUrl: portalUrl(opts.dataCenter ?? 'com', opts.portal ?? 'desksla'),
  })
  let baseUrl = ''
  const oauth = new OAuthServer(clock, () => baseUrl, opts.oauth)
  const limiter = new RateLimiter(() => clock.now(), opts.rateLimit)
  const faults = new FaultSwitches()
  const requests = new RequestLog(() => clock.iso(), opts.requestLogSize)
  const webhooks = new WebhookRegistry(ids, clock, (id) => state.departments.has(id), opts.edition ?? 'Enterprise', opts.checkWebhookUrl)
  const signer = await WebhookSigner.create()
  const dispatcher = new DeliveryDispatcher(orgId, webhooks, signer, clock, faults, ids, opts.deliveries)
  const ops = new TicketOperations(state, dispatcher.publish)

  const seed = (input: unknown): Record<string, number> => {
    const parsed = SeedInput.parse(input)
    const gen = GeneratorOptions.safeParse(parsed)
    const data = gen.success
      ? generateSeed(gen.data, {
          ids, nowMs: clock.now(),
          departmentIds: [...state.departments.keys()],
          agentIds: [...state.agents.keys()].filter((id) => id !== state.apiUser.id),
        })
      : SeedData.parse(parsed)
    return state.applySeed(data)
  }

  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.post('/oauth/v2/token', express.urlencoded({ extended: false }), (req, res) => {
    requests.record('oauth', req, '/oauth/v2/token')
    // Zoho accepts the grant's fields in the query string or a form body.
    const fields = { ...(req.query as Record<string, unknown>), ...((req.body as Record<string, unknown> | undefined) ?? {}) }
    const answer = oauth.token(fields)
    res.status(answer.status).json(answer.body)
  })
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json(signer.jwks())
  })
  app.use('/api/v1', apiRouter({
    orgId, oauth, limiter, faults, log: requests,
    routes: [ticketRoutes(state, ops), recordRoutes(state, faults, ops), webhookRoutes(webhooks, faults)],
  }))

  const sandbox: Sandbox = {
    url: '', apiBase: '', accountsUrl: '', orgId,
    clientId: oauth.clientId, clientSecret: oauth.clientSecret, refreshToken: oauth.refreshToken,
    state, clock, ops, oauth, limiter, faults, requests, webhooks,
    deliveries: {
      idle: () => dispatcher.idle(),
      list: (filter) => dispatcher.list(filter),
      clearRecords: () => dispatcher.clearRecords(),
    },
    credentials: () => ({
      url: sandbox.url, apiBase: sandbox.apiBase, accountsUrl: sandbox.accountsUrl, orgId,
      clientId: oauth.clientId, clientSecret: oauth.clientSecret, refreshToken: oauth.refreshToken,
    }),
    connection: () => ({
      orgId, dataCenter: 'com', apiBase: sandbox.apiBase, accountsUrl: sandbox.accountsUrl,
      clientId: oauth.clientId, clientSecret: oauth.clientSecret, refreshToken: oauth.refreshToken,
    }),
    seed,
    reset: () => {
      state.clear()
      webhooks.clear()
      dispatcher.clearRecords()
      requests.clear()
      faults.clear()
      clock.resetOffset()
      oauth.restore()
      limiter.reset()
    },
    close: async () => {
      dispatcher.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
  app.use('/sandbox', controlRouter(sandbox, seed))
  app.use((req, res) => {
    res.status(404).json({ errorCode: 'URL_NOT_FOUND', message: `The URL ${req.method} ${req.path} was not found.` })
  })

  if (opts.seed) seed(opts.seed)

  const host = opts.host ?? '127.0.0.1'
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, host, (err?: Error) => (err ? reject(err) : resolve(s)))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  Object.assign(sandbox, { url: baseUrl, apiBase: `${baseUrl}/api/v1`, accountsUrl: baseUrl })
  return sandbox
}
