// The Desk webhook receiver (issue #5, DESK_API.md "Webhooks"): authenticate the URL (installation
// id + secret, constant time), check X-ZDesk-JWT when present, read the raw body under a size limit,
// validate the event array, store the handled events in the inbox with ONE insert (duplicates are
// skipped by the unique event key), and answer 200. Processing happens later, in the inbox worker.
// Every failure gets a precise 4xx/5xx with a JSON body; never 410 (Desk deletes the hook on 410).
import { Router, type Request, type Response } from 'express'
import { hashSecret, secretMatchesHash } from '../store/crypto.js'
import type { Db } from '../store/db.js'
import { isStoreError } from '../store/errors.js'
import { insertEvents } from '../store/repos/inbox.js'
import { getInstallation, verifyWebhookSecret } from '../store/repos/installations.js'
import { silentLogger, type Logger } from './context.js'
import { readRawBody, declaresTooLarge, tooLarge } from './webhook-body.js'
import { WebhookError, isWebhookError } from './webhook-errors.js'
import { parseDelivery, planDelivery } from './webhook-events.js'
import { jwksUrlFor, remoteJwksProvider, verifyDeskJwt, type JwksProvider } from './webhook-jwt.js'

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024 // 1 MiB
export const DEFAULT_INSTALLATION_CACHE_MS = 10_000 // 10 s
export const HOOK_PATH = '/hooks/desk/:installationId/:secret'

export interface WebhookRouterOptions {
  db: Db
  /** epoch ms; stamps received_at and is the JWT's "now" */
  now?: () => number
  logger?: Logger
  /** larger bodies are refused with 413 (bytes, default 1 MiB) */
  maxBodyBytes?: number
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
}

interface HookTarget {
  orgId: string
  dataCenter: string
  apiBase: string | null
  webhookIds: string[]
  jwksUrl: string
}

// ids are UUIDs; anything much longer is not one of ours and needs no database round trip
const MAX_INSTALLATION_ID_LENGTH = 100

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
    if (installationId.length > MAX_INSTALLATION_ID_LENGTH) return null
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

  function fail(res: Response, error: unknown, path: string): void {
    if (res.headersSent) return
    // a database too slow to store the delivery within the receiver's timeout: 503, Desk sends it again (issue #17)
    if (isStoreError(error, 'STORE_TIMEOUT') || isStoreError(error, 'STORE_CONNECT_TIMEOUT')) {
      error = new WebhookError('WEBHOOK_STORE_BUSY', 'the database did not answer in time; the delivery was not stored: send it again')
    }
    opts.onRefused?.(isWebhookError(error) ? error.code : 'WEBHOOK_INTERNAL')
    if (isWebhookError(error)) {
      const level = error.status >= 500 ? 'warn' : 'info'
      logger[level]('webhook delivery refused', { path, status: error.status, code: error.code, message: error.message })
      res.status(error.status).json(error.toBody())
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
      fail(res, error, path)
    }
  })

  router.post(HOOK_PATH, async (req, res) => {
    const { installationId, secret } = req.params as { installationId: string; secret: string }
    const path = redactedHookPath(installationId)
    try {
      if (declaresTooLarge(req, maxBodyBytes)) throw tooLarge(maxBodyBytes)
      // the body streams in while the store checks the secret
      const body = readRawBody(req, maxBodyBytes)
      body.catch(() => {}) // observed below, or irrelevant once the answer is a 404/401
      const target = await authenticate(installationId, secret)
      if (!target) throw notFound()
      await checkToken(req, target)
      const answer = await store(installationId, target, await body)
      res.status(200).json(answer)
      if (answer.stored > 0 && opts.onStored) {
        try {
          opts.onStored(installationId, answer.stored)
        } catch (error) {
          logger.warn('webhook onStored callback failed', { path, error: error instanceof Error ? error.message : String(error) })
        }
      }
    } catch (error) {
      fail(res, error, path)
    }
  })

  async function store(installationId: string, target: HookTarget, raw: Buffer): Promise<DeliveryAnswer> {
    let json: unknown
    try {
      json = JSON.parse(raw.toString('utf8'))
    } catch {
      throw new WebhookError('WEBHOOK_BAD_JSON', 'the body is not valid JSON')
    }
    const parsed = parseDelivery(json)
    if (!parsed.ok) {
      const summary = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      throw new WebhookError('WEBHOOK_BAD_EVENT', `invalid delivery: ${summary}`, { issues: parsed.issues })
    }
    const plan = planDelivery(parsed.events, parsed.raw, target.orgId)
    if (plan.foreignOrg > 0) {
      logger.warn('webhook events of another org ignored', { path: redactedHookPath(installationId), count: plan.foreignOrg, orgId: target.orgId })
    }
    const stored = await insertEvents(db, installationId, plan.toStore, new Date(now()))
    return {
      received: parsed.events.length,
      stored,
      duplicates: plan.toStore.length - stored,
      ignored: plan.unhandled + plan.foreignOrg,
    }
  }

  return router
}
