import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { z } from 'zod'
import type { SandboxClock } from './clock.js'
import type { DeliveryRecord } from './deliveries.js'
import { DeskApiError } from './errors.js'
import type { FaultSwitches } from './faults.js'
import { SeedInput } from './model.js'
import type { OAuthServer } from './oauth.js'
import type { TicketOperations } from './operations.js'
import { queryString, type Query } from './paging.js'
import type { RateLimiter } from './rate-limit.js'
import type { RequestLog } from './request-log.js'
import type { WebhookRegistry } from './webhooks.js'

/** what the control API drives: the parts of the sandbox it reads and switches (server.ts's Sandbox has them) */
export interface ControlTarget {
  credentials(): Record<string, string>
  readonly state: { readonly [K in 'accounts' | 'contacts' | 'tickets']: { readonly size: number } }
  readonly clock: Pick<SandboxClock, 'iso' | 'offsetMinutes' | 'advanceMinutes'>
  readonly ops: Pick<TicketOperations, 'customerReply' | 'updateAccount' | 'updateContact'>
  readonly faults: Pick<FaultSwitches, 'snapshot' | 'set' | 'clear'>
  readonly requests: Pick<RequestLog, 'list' | 'clear'>
  readonly oauth: Pick<OAuthServer, 'liveTokenCount' | 'tokenTtlSeconds' | 'revoke' | 'expireAll'>
  readonly limiter: Pick<RateLimiter, 'configure' | 'current' | 'dailyCredits' | 'maxConcurrent' | 'inFlight' | 'exceeded'>
  readonly webhooks: Pick<WebhookRegistry, 'hooks' | 'edition'>
  readonly deliveries: {
    idle(): Promise<void>
    list(filter?: { webhookId?: string }): DeliveryRecord[]
    clearRecords(): void
  }
  reset(): void
}

// /sandbox/… control API: what only happens outside Desk's API (a customer's reply, time passing,
// faults, revocation) and what a test needs to see (request log, deliveries). No auth: the sandbox
// listens on loopback by default and is a test and demo tool.

const CustomerReply = z.object({
  content: z.string().min(1),
  contentType: z.enum(['html', 'plainText']).optional(),
  /** Reopen a Closed ticket as well (Desk's usual setting); On Hold always reopens. */
  reopenClosed: z.boolean().optional(),
}).strict()
const Advance = z.object({ minutes: z.number() }).strict()
const TokenTtl = z.object({ seconds: z.number().int().min(1) }).strict()
const RateLimitInput = z.object({
  dailyCredits: z.number().int().min(0).optional(),
  remaining: z.number().int().min(0).optional(),
  maxConcurrent: z.number().int().min(1).optional(),
}).strict()
const EditionInput = z.object({ edition: z.enum(['Free', 'Standard', 'Professional', 'Enterprise']) }).strict()
const ResetInput = z.object({ seed: SeedInput.optional() }).strict()

export function controlRouter(sb: ControlTarget, seed: (input: unknown) => Record<string, number>): Router {
  const r = Router()
  r.use(express.json({ limit: '20mb' }))

  r.get('/', (_req, res) => {
    res.json({ ...sb.credentials(), now: sb.clock.iso(), offsetMinutes: sb.clock.offsetMinutes,
      counts: { accounts: sb.state.accounts.size, contacts: sb.state.contacts.size, tickets: sb.state.tickets.size,
        webhooks: sb.webhooks.hooks.size } })
  })
  r.post('/seed', (req, res) => {
    res.json(seed(req.body))
  })
  r.post('/reset', (req, res) => {
    const input = ResetInput.parse(req.body ?? {})
    sb.reset()
    res.json(input.seed ? seed(input.seed) : {})
  })
  r.post('/tickets/:id/customer-reply', (req, res) => {
    res.json(sb.ops.customerReply(req.params.id, CustomerReply.parse(req.body)))
  })
  // an admin editing an account or contact in Desk's UI: Account_Update / Contact_Update, no API credit spent
  r.post('/accounts/:id', (req, res) => {
    res.json(sb.ops.updateAccount(req.params.id, req.body))
  })
  r.post('/contacts/:id', (req, res) => {
    res.json(sb.ops.updateContact(req.params.id, req.body))
  })
  r.get('/clock', (_req, res) => {
    res.json({ now: sb.clock.iso(), offsetMinutes: sb.clock.offsetMinutes })
  })
  r.post('/clock/advance', (req, res) => {
    sb.clock.advanceMinutes(Advance.parse(req.body).minutes)
    res.json({ now: sb.clock.iso(), offsetMinutes: sb.clock.offsetMinutes })
  })
  r.get('/faults', (_req, res) => {
    res.json(sb.faults.snapshot())
  })
  r.post('/faults', (req, res) => {
    sb.faults.set(req.body)
    res.json(sb.faults.snapshot())
  })
  r.delete('/faults', (_req, res) => {
    sb.faults.clear()
    res.json(sb.faults.snapshot())
  })
  r.get('/requests', (req, res) => {
    const q = req.query as Query
    res.json({ data: sb.requests.list({ method: queryString(q, 'method'), path: queryString(q, 'path'), kind: queryString(q, 'kind') }) })
  })
  r.delete('/requests', (_req, res) => {
    sb.requests.clear()
    res.status(204).end()
  })
  r.get('/oauth', (_req, res) => {
    res.json({ liveTokens: sb.oauth.liveTokenCount(), tokenTtlSeconds: sb.oauth.tokenTtlSeconds })
  })
  r.post('/oauth/revoke', (_req, res) => {
    sb.oauth.revoke()
    res.json({ revoked: true })
  })
  r.post('/oauth/expire-tokens', (_req, res) => {
    res.json({ expired: sb.oauth.expireAll() })
  })
  r.post('/oauth/token-ttl', (req, res) => {
    sb.oauth.tokenTtlSeconds = TokenTtl.parse(req.body).seconds
    res.json({ tokenTtlSeconds: sb.oauth.tokenTtlSeconds })
  })
  r.get('/rate-limit', (_req, res) => {
    res.json(rateLimitView(sb))
  })
  r.post('/rate-limit', (req, res) => {
    sb.limiter.configure(RateLimitInput.parse(req.body))
    res.json(rateLimitView(sb))
  })
  r.post('/edition', (req, res) => {
    sb.webhooks.edition = EditionInput.parse(req.body).edition
    res.json({ edition: sb.webhooks.edition })
  })
  r.get('/deliveries', (req, res) => {
    res.json({ data: sb.deliveries.list({ webhookId: queryString(req.query as Query, 'webhookId') }) })
  })
  r.delete('/deliveries', (_req, res) => {
    sb.deliveries.clearRecords()
    res.status(204).end()
  })
  r.post('/deliveries/idle', async (_req, res) => {
    await sb.deliveries.idle()
    res.json({ idle: true })
  })

  r.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'SANDBOX_UNKNOWN_CONTROL', message: `No control route ${req.method} /sandbox${req.path}.` })
  })
  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof z.ZodError) {
      res.status(400).json({ error: 'SANDBOX_BAD_INPUT', message: 'The control request is not valid.', issues: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) })
    } else if (err instanceof DeskApiError) {
      res.status(err.status).json({ error: err.errorCode, message: err.message })
    } else if ((err as { type?: string }).type === 'entity.parse.failed') {
      res.status(400).json({ error: 'SANDBOX_BAD_INPUT', message: 'The body is not valid JSON.' })
    } else {
      res.status(500).json({ error: 'SANDBOX_INTERNAL', message: 'The control request failed.' })
    }
  })
  return r
}

function rateLimitView(sb: ControlTarget): Record<string, number> {
  return { dailyCredits: sb.limiter.dailyCredits, remaining: sb.limiter.current(), maxConcurrent: sb.limiter.maxConcurrent, inFlight: sb.limiter.inFlight, exceeded: sb.limiter.exceeded }
}
