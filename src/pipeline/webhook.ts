// The Desk webhook receiver (issue #5, DESK_API.md "Webhooks"): authenticate the URL (installation
// id + secret, constant time), check X-ZDesk-JWT when present, and only then read the raw body under
// a size limit; validate each event, store the handled ones in the inbox with ONE insert (duplicates
// are skipped by the unique event key, an installation's events per minute are capped), and answer
// 200. Processing happens later, in the inbox worker. Every failure gets a precise 4xx/5xx with a
// JSON body; never 410 (Desk deletes the hook on 410). A request refused before its body was read
// is answered with `Connection: close` and its socket destroyed (issue 17: slow uploads).
import type { Socket } from 'node:net'
import { Router, type NextFunction, type Request, type Response } from 'express'
import { hashSecret, secretMatchesHash } from '../store/crypto.js'
import type { Db } from '../store/db.js'
import { isStoreError } from '../store/errors.js'
import { insertEvents, type InboxEventInput } from '../store/repos/inbox.js'
import { getInstallation, verifyWebhookSecret } from '../store/repos/installations.js'
import { silentLogger, type Logger } from '../logger.js'
import { readRawBody, declaresTooLarge, tooLarge } from './webhook-body.js'
import { ArrivalBudget } from './webhook-budget.js'
import { WebhookError, isWebhookError } from './webhook-errors.js'
import { sendError } from '../engine/coded-error.js'
import { deliveryEvents, parseDelivery, planDelivery, type DeliveryIssue } from './webhook-events.js'
import { wellFormedJsonText } from '../well-formed-text.js'
import { jwksUrlFor, remoteJwksProvider, verifyDeskJwt, type JwksProvider } from './webhook-jwt.js'
import { DEFAULTS } from '../config.js'

export const DEFAULT_MAX_BODY_BYTES = DEFAULTS.webhookMaxBodyBytes
export const DEFAULT_INSTALLATION_CACHE_MS = 10_000 // 10 s
export const DEFAULT_MAX_EVENTS_PER_DELIVERY = DEFAULTS.webhookMaxEventsPerDelivery
export const DEFAULT_EVENTS_PER_MINUTE = DEFAULTS.webhookEventsPerMinute // per installation
export const HOOK_PATH = '/hooks/desk/:installationId/:secret'

export interface WebhookRouterOptions {
  db: Db
  /** epoch ms; stamps received_at and is the JWT's "now" */
  now?: () => number
  logger?: Logger
  /** larger bodies are refused with 413 (bytes, default 1 MiB) */
  maxBodyBytes?: number
  /** deliveries with more events are refused with 429 (default 100) */
  maxEventsPerDelivery?: number
  /** events an installation may deliver per minute to this process (duplicates not counted); over it, 429 (default 600) */
  eventsPerMinute?: number
  /** require X-ZDesk-JWT on every delivery (default false: verified when present) */
  strictJwt?: boolean
  /** key getter for an installation's data center (default: its remote JWKS, cached per URL) */
  jwks?: JwksProvider
  /** called after the answer when a delivery stored new events (wake the inbox worker) */
  onStored?: (installationId: string, count: number) => void
  /** called with the error code of every refused delivery (metrics) */
  onRefused?: (code: string) => void
  /**
   * how long an accepted secret and the installation's org, data center and hook ids are reused
   * between deliveries (ms, default 10 s; 0 = ask the store every time). A rotated secret or a
   * disabled installation is refused at the latest this long after the change.
   */
  installationCacheMs?: number
}

export interface DeliveryAnswer {
  received: number
  stored: number
  duplicates: number
  ignored: number
  /** events left out because they are invalid (or the store refused them); only when there are some */
  invalid?: number
  issues?: DeliveryIssue[]
}

interface HookTarget {
  orgId: string
  dataCenter: string
  apiBase: string | null
  webhookIds: string[]
  jwksUrl: string
}

// ids are UUIDs and secrets URL-safe strings (generateSecret): anything else is not one of ours and
// needs no database round trip (a `%00` in the id once reached PostgreSQL and answered 500)
const MAX_INSTALLATION_ID_LENGTH = 100
const INSTALLATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_SECRET_LENGTH = 256
const RATE_LIMIT_RETRY_AFTER_SECONDS = 60

/** the hook path as it may appear in logs: the secret never does */
export function redactedHookPath(installationId: string): string {
  return `/hooks/desk/${installationId.slice(0, MAX_INSTALLATION_ID_LENGTH)}/[redacted]`
}

// one answer for "no such installation" and "wrong secret": no oracle for guessing either
function notFound(): WebhookError {
  return new WebhookError('WEBHOOK_NOT_FOUND', 'no webhook receiver at this address')
}

export function createWebhookRouter(opts: WebhookRouterOptions): Router {
  const { db } = opts
  const now = opts.now ?? Date.now
  const logger = opts.logger ?? silentLogger
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const maxEvents = opts.maxEventsPerDelivery ?? DEFAULT_MAX_EVENTS_PER_DELIVERY
  const budget = new ArrivalBudget(opts.eventsPerMinute ?? DEFAULT_EVENTS_PER_MINUTE, now)
  const strictJwt = opts.strictJwt ?? false
  const jwks = opts.jwks ?? remoteJwksProvider()
  const cacheMs = opts.installationCacheMs ?? DEFAULT_INSTALLATION_CACHE_MS
  const targets = new Map<string, { target: HookTarget; secretHash: string; until: number }>()

  /**
   * The installation behind a hook URL, or null when the id is unknown or the secret wrong. A secret
   * the store accepted is remembered (as its hash, compared in constant time) for installationCacheMs,
   * so a stream of deliveries costs one insert each; a secret that does not match always goes to the store.
   */
  async function authenticate(installationId: string, secret: string): Promise<HookTarget | null> {
    if (!INSTALLATION_ID.test(installationId) || secret.length > MAX_SECRET_LENGTH) return null
    const cached = targets.get(installationId)
    if (cached && cached.until > now() && secretMatchesHash(secret, cached.secretHash)) return cached.target
    const [ok, inst] = await Promise.all([verifyWebhookSecret(db, installationId, secret), getInstallation(db, installationId)])
    if (!ok || !inst) return null
    const target: HookTarget = {
      orgId: inst.orgId,
      dataCenter: inst.dataCenter,
      apiBase: inst.apiBase,
      webhookIds: inst.webhookIds,
      jwksUrl: jwksUrlFor(inst),
    }
    if (cacheMs > 0) targets.set(installationId, { target, secretHash: hashSecret(secret), until: now() + cacheMs })
    return target
  }

  async function checkToken(req: Request, target: HookTarget): Promise<void> {
    const token = req.headers['x-zdesk-jwt']
    if (typeof token !== 'string' || token === '') {
      if (strictJwt) throw new WebhookError('WEBHOOK_TOKEN_REQUIRED', 'this receiver requires an X-ZDesk-JWT header')
      return
    }
    await verifyDeskJwt({
      token,
      keys: jwks({ dataCenter: target.dataCenter, apiBase: target.apiBase, orgId: target.orgId, jwksUrl: target.jwksUrl }),
      orgId: target.orgId,
      webhookIds: target.webhookIds,
      now: now(),
    })
  }

  function fail(req: Request, res: Response, error: unknown, path: string): void {
    if (res.headersSent) return
    if (!req.complete) closeAfterAnswer(res, req.socket)
    if (isWebhookError(error) && error.code === 'WEBHOOK_RATE_LIMITED') res.setHeader('Retry-After', String(RATE_LIMIT_RETRY_AFTER_SECONDS))
    // a database too slow to store the delivery within the receiver's timeout: 503, Desk sends it again (issue #17)
    if (isStoreError(error, 'STORE_TIMEOUT') || isStoreError(error, 'STORE_CONNECT_TIMEOUT')) {
      error = new WebhookError('WEBHOOK_STORE_BUSY', 'the database did not answer in time; the delivery was not stored: send it again')
    }
    opts.onRefused?.(isWebhookError(error) ? error.code : 'WEBHOOK_INTERNAL')
    if (isWebhookError(error)) {
      const level = error.status >= 500 ? 'warn' : 'info'
      logger[level]('webhook delivery refused', { path, status: error.status, code: error.code, message: error.message })
      sendError(res, error)
      return
    }
    // a message only: driver errors can carry statement details, never a stack to the sender
    const code = (error as { code?: unknown })?.code
    logger.error('webhook delivery failed', { path, code: typeof code === 'string' ? code : undefined, error: error instanceof Error ? error.message : String(error) })
    res.status(500).json(new WebhookError('WEBHOOK_INTERNAL', 'the delivery could not be stored; it was not acknowledged').toBody())
  }

  const router = Router()

  // Desk checks the URL with a GET when the hook is created
  router.get(HOOK_PATH, async (req, res) => {
    const { installationId, secret } = req.params as { installationId: string; secret: string }
    const path = redactedHookPath(installationId)
    try {
      if (!(await authenticate(installationId, secret))) throw notFound()
      res.status(200).json({ ok: true })
    } catch (error) {
      fail(req, res, error, path)
    }
  })

  router.post(HOOK_PATH, async (req, res) => {
    const { installationId, secret } = req.params as { installationId: string; secret: string }
    const path = redactedHookPath(installationId)
    try {
      // nothing of the body is read until the URL (and the token, when sent) proved the sender
      const target = await authenticate(installationId, secret)
      if (!target) throw notFound()
      if (declaresTooLarge(req, maxBodyBytes)) throw tooLarge(maxBodyBytes)
      await checkToken(req, target)
      if (!budget.hasRoom(installationId)) throw rateLimited(installationId)
      const answer = await store(installationId, target, await readRawBody(req, maxBodyBytes))
      res.status(200).json(answer)
      if (answer.stored > 0 && opts.onStored) {
        try {
          opts.onStored(installationId, answer.stored)
        } catch (error) {
          logger.warn('webhook onStored callback failed', { path, error: error instanceof Error ? error.message : String(error) })
        }
      }
    } catch (error) {
      fail(req, res, error, path)
    }
  })

  function rateLimited(installationId: string): WebhookError {
    const recent = budget.used(installationId)
    return new WebhookError('WEBHOOK_RATE_LIMITED', `this installation delivered ${recent} events in the last minute; at most ${budget.perMinute} are accepted`, {
      recent,
      limit: budget.perMinute,
    })
  }

  // a hook URL express cannot decode (malformed percent-encoding) ends here, not in a 500
  router.use('/hooks/desk', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof URIError) && (error as { status?: unknown })?.status !== 400) return next(error)
    fail(req, res, new WebhookError('WEBHOOK_BAD_URL', 'the hook URL is not valid percent-encoding'), '/hooks/desk/[malformed]')
  })

  async function store(installationId: string, target: HookTarget, raw: Buffer): Promise<DeliveryAnswer> {
    let json: unknown
    try {
      // U+0000 and lone surrogates become U+FFFD: PostgreSQL refuses them in jsonb (issue 17)
      json = JSON.parse(wellFormedJsonText(raw.toString('utf8')))
    } catch {
      throw new WebhookError('WEBHOOK_BAD_JSON', 'the body is not valid JSON')
    }
    const count = deliveryEvents(json).length
    if (count > maxEvents) {
      throw new WebhookError('WEBHOOK_TOO_MANY_EVENTS', `the delivery holds ${count} events; at most ${maxEvents} are accepted at once`, { count, limit: maxEvents })
    }
    const parsed = parseDelivery(json)
    if (parsed.invalid > 0 && parsed.events.length === 0) {
      const summary = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      throw new WebhookError('WEBHOOK_BAD_EVENT', `invalid delivery: ${summary}`, { issues: parsed.issues })
    }
    const plan = planDelivery(parsed.events, parsed.raw, target.orgId)
    const log = { path: redactedHookPath(installationId) }
    if (plan.foreignOrg > 0) logger.warn('webhook events of another org ignored', { ...log, count: plan.foreignOrg, orgId: target.orgId })
    if (parsed.invalid > 0) logger.warn('invalid webhook events left out', { ...log, count: parsed.invalid, issues: parsed.issues })
    const { stored, refused } = await insertAll(installationId, plan.toStore)
    budget.record(installationId, stored)
    const invalid = parsed.invalid + refused.length
    if (refused.length > 0) logger.warn('webhook events the store refused left out', { ...log, count: refused.length, error: refused[0] })
    return {
      received: count,
      stored,
      duplicates: plan.toStore.length - refused.length - stored,
      ignored: plan.unhandled + plan.foreignOrg,
      ...(invalid > 0
        ? { invalid, issues: [...parsed.issues, ...refused.map((message) => ({ path: '(event)', message }))].slice(0, 10) }
        : {}),
    }
  }

  /**
   * One insert for the delivery. Should the store refuse it for what one event holds (a data
   * error), each event is stored on its own so the others are not lost with it; those refused are
   * reported, not retried. Anything else (the database is down) fails the delivery: Desk retries.
   */
  async function insertAll(installationId: string, events: InboxEventInput[]): Promise<{ stored: number; refused: string[] }> {
    const at = new Date(now())
    try {
      return { stored: await insertEvents(db, installationId, events, at), refused: [] }
    } catch (error) {
      if (!isDataRefusal(error)) throw error
    }
    let stored = 0
    const refused: string[] = []
    for (const event of events) {
      try {
        stored += await insertEvents(db, installationId, [event], at)
      } catch (error) {
        if (!isDataRefusal(error)) throw error
        refused.push(`the store refused the ${event.eventType} event of ticket ${event.ticketId}: ${(error as Error).message}`)
      }
    }
    return { stored, refused }
  }

  return router
}

/** PostgreSQL refused a value (SQLSTATE class 22, data exception) or its size (class 54, program limit) */
function isDataRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && /^(22|54)[0-9A-Z]{3}$/.test(code)
}

/**
 * The answer goes out with `Connection: close` and the socket is destroyed once it is written: the
 * unread rest of the body is never read into memory, and a slow sender cannot hold the connection.
 */
function closeAfterAnswer(res: Response, socket: Socket): void {
  res.setHeader('Connection', 'close')
  res.once('finish', () => socket.destroy())
}
