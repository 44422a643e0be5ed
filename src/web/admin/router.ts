// The admin dashboard (issue #6): sign-in, sessions, CSRF, the five pages, their JSON API and
// the static assets, all under /admin. Nothing here answers without a session except the
// sign-in page itself: pages redirect to it, /admin/api/* answers 401 JSON.
// Mount with startService's `routers`: (ctx, config) => [createAdminRouter({ ctx, config })].
import { hkdfSync, randomBytes } from 'node:crypto'
import express, { Router, type NextFunction, type Request, type Response } from 'express'
import type { ServiceConfig } from '../../config.js'
import type { Policy } from '../../engine/policy.js'
import type { ServiceContext } from '../../pipeline/context.js'
import { DEFAULT_POLICY_FILE } from '../../policy/load.js'
import { sendError } from '../../engine/coded-error.js'
import { AdminError, type AdminErrorCode } from './errors.js'
import { listInstallations, type Installation } from '../../store/repos/installations.js'
import { retryDeadLetters, recomputeAll, retryFailedEvent } from './actions.js'
import { allAssets, assetAt, IMMUTABLE_CACHE } from './assets.js'
import { classifierReport, parseClassifierFilter } from './classifier.js'
import { parseSecretKey } from '../../store/crypto.js'
import {
  cookieName,
  createSecretVerifier,
  LOGIN_TOKEN_TTL_MS,
  loginTokens,
  parseCookies,
  sameSecret,
  serializeCookie,
  signInConfigured,
  type AdminCredentials,
  type SecretVerifier,
} from './auth.js'
import { complianceCsv, complianceReport, ComplianceQueryError, parseCompliancePeriod } from './compliance.js'
import { criticalReport, parseCriticalFilter } from './critical.js'
import { html, layout, type Html } from './html.js'
import { registerInstallationRoutes } from './installations-routes.js'
import type { AdminInstallOptions } from './installations.js'
import { operationsReport } from './operations.js'
import { complianceBody } from './page-compliance.js'
import { criticalBody } from './page-critical.js'
import { classifierBody } from './page-classifier.js'
import { loginPage } from './page-login.js'
import { operationsBody } from './page-operations.js'
import { partnersBody } from './page-partners.js'
import { policyBody, type RecomputeSummary } from './page-policy.js'
import { partnersReport } from './partners.js'
import { createSession, deleteSession, findSession, type AdminSession } from './sessions.js'
import { createSignInThrottle, DEFAULT_SIGN_IN_BUDGETS, type Admission, type SignInBudgets } from './sign-in-throttle.js'
import { tryTicket, type TryOutcome } from './try-ticket.js'

export type AdminConfig = Pick<ServiceConfig, 'SESSION_TTL_HOURS' | 'COOKIE_SECURE'> &
  Partial<Pick<ServiceConfig, 'ADMIN_TOKEN' | 'ADMIN_PASSWORD_HASH' | 'DESK_SLA_POLICY' | 'PUBLIC_URL' | 'DESK_SLA_SECRET_KEY'>>

export interface AdminRouterDeps {
  ctx: ServiceContext
  config: AdminConfig
  /** the policy files in effect (default: the shipped file, then DESK_SLA_POLICY) */
  policySource?: string
  /** the base policy (default: the context's policy for an installation without overrides) */
  basePolicy?: Policy
  /** how many sign-in attempts each client, and all together, may make (default DEFAULT_SIGN_IN_BUDGETS) */
  signInBudgets?: SignInBudgets
  /** checks sign-in secrets (default: createSecretVerifier of the configured token and password hash) */
  verifier?: SecretVerifier
  /** how the installations page runs installs (tests: Desk clients that never sleep; await the backfills) */
  install?: AdminInstallOptions
}

function fail(res: Response, code: AdminErrorCode, message?: string): void {
  sendError(res, new AdminError(code, message))
}

const LOGIN_PATH = '/admin/login'
const SAFE_METHODS = new Set(['GET', 'HEAD'])

function isApi(req: Request): boolean {
  return req.originalUrl.startsWith('/admin/api/') || req.originalUrl === '/admin/api'
}

/** only a path of this dashboard may follow a sign-in (no open redirect) */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/admin(\/[A-Za-z0-9/_.-]*)?(\?[^\\]*)?$/.test(next) && !next.startsWith('//') && !next.startsWith(LOGIN_PATH) ? next : '/admin'
}

function sessionOf(res: Response): AdminSession {
  return res.locals.adminSession as AdminSession
}

function formString(body: unknown, key: string): string | undefined {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : undefined
}

function queryObject(req: Request): Record<string, unknown> {
  return req.query as Record<string, unknown>
}

const NOTICES: Record<string, (n: number) => string> = {
  'outbox-retried': (n) => `${n} dead-lettered write(s) queued again.`,
  'event-retried': (n) => (n > 0 ? 'The event is queued again.' : 'That event is no longer failed.'),
}

/**
 * The key of the sign-in form's tokens: derived from DESK_SLA_SECRET_KEY, so every replica accepts
 * the others' forms; without it (tests, a router built alone) a random key of this process.
 */
function loginTokenKey(secretKey: string | undefined): Buffer {
  const ikm = secretKey ? parseSecretKey(secretKey) : randomBytes(32)
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), 'desk-sla admin sign-in form', 32))
}

/** the outcome of a check, after the attempt is settled with its budgets (always, even if the check threw) */
async function settled<T>(admission: Extract<Admission, { admitted: true }>, check: Promise<T | null>): Promise<T | null> {
  let outcome: T | null = null
  try {
    outcome = await check
    return outcome
  } finally {
    await admission.settle(outcome !== null)
  }
}

export function createAdminRouter(deps: AdminRouterDeps): Router {
  const { ctx, config } = deps
  const creds: AdminCredentials = { token: config.ADMIN_TOKEN, passwordHash: config.ADMIN_PASSWORD_HASH }
  const secure = config.COOKIE_SECURE
  const SESSION_COOKIE = cookieName('dsla_session', secure)
  const LOGIN_COOKIE = cookieName('dsla_login', secure)
  const ttlMs = config.SESSION_TTL_HOURS * 3_600_000
  const verifier = deps.verifier ?? createSecretVerifier(creds)
  const throttle = createSignInThrottle(ctx.db, deps.signInBudgets ?? DEFAULT_SIGN_IN_BUDGETS, ctx.now)
  const formTokens = loginTokens(loginTokenKey(config.DESK_SLA_SECRET_KEY))
  const policySource = deps.policySource ?? [DEFAULT_POLICY_FILE, config.DESK_SLA_POLICY].filter(Boolean).join(' + ')
  // an installation without overrides gets exactly the service's base policy
  const basePolicy = () => deps.basePolicy ?? ctx.policyFor({ policyOverrides: {} } as Installation)
  const liveInstallations = async () => (await listInstallations(ctx.db)).filter((i) => i.status !== 'disabled')

  const retryAfter = (res: Response, ms: number) => res.setHeader('Retry-After', String(Math.ceil(ms / 1000)))
  // the client address: the socket's, or X-Forwarded-For's as far as TRUST_PROXY trusts it (app.ts)
  const clientOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown'

  const router = Router()
  // read (and hashed) now: a build without its asset files fails at start, not on the first page
  allAssets()

  // ---- every /admin response: no caching, no framing, scripts only from here ----
  router.use('/admin', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('Referrer-Policy', 'same-origin')
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
    next()
  })
  // A sign-in this process already knows is over budget is refused before its body is read or any
  // page is made: a burst of them costs next to nothing, so Desk's deliveries are not held up (issue #17).
  router.post(LOGIN_PATH, (req, res, next) => {
    const refused = throttle.refusedNow(clientOf(req))
    if (!refused) return next()
    retryAfter(res, refused.retryAfterMs)
    res.status(429).type('text').send('Too many sign-in attempts: wait a little and try again.\n')
  })
  router.use('/admin', express.urlencoded({ extended: false, limit: '100kb' }), express.json({ limit: '100kb' }))

  // ---- sign-in (public) ----
  function renderLogin(res: Response, status: number, error: string | null, next: string): void {
    const nonce = randomBytes(16).toString('base64')
    const csrf = formTokens.issue(ctx.now())
    res.setHeader('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`)
    res.append('Set-Cookie', serializeCookie(LOGIN_COOKIE, csrf, { secure, maxAgeSeconds: LOGIN_TOKEN_TTL_MS / 1000 }))
    res.status(status).type('html').send(String(loginPage({ nonce, csrf, error, configured: signInConfigured(creds), next })))
  }

  router.get(LOGIN_PATH, (req, res) => renderLogin(res, 200, null, safeNext(req.query.next)))

  router.post(LOGIN_PATH, async (req, res) => {
    const next = safeNext(formString(req.body, 'next'))
    if (!formTokens.valid(parseCookies(req.headers.cookie).get(LOGIN_COOKIE), formString(req.body, '_csrf'), ctx.now())) {
      return renderLogin(res, 403, 'The sign-in form expired: try again.', next)
    }
    if (!signInConfigured(creds)) return renderLogin(res, 503, null, next)
    const client = clientOf(req)
    // counted before the secret is checked; over budget costs neither a check nor, mostly, the store
    const admission = await throttle.admit(client)
    if (!admission.admitted) {
      retryAfter(res, admission.retryAfterMs)
      return renderLogin(res, 429, 'Too many sign-in attempts: wait a little and try again.', next)
    }
    const actor = await settled(admission, verifier.verify(formString(req.body, 'secret') ?? ''))
    if (!actor) {
      ctx.logger.warn('admin: failed sign-in', { client })
      return renderLogin(res, 401, 'Wrong token or password.', next)
    }
    const { id } = await createSession(ctx.db, actor, ctx.now(), ttlMs)
    ctx.logger.info('admin: signed in', { actor, client })
    res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, id, { secure, maxAgeSeconds: ttlMs / 1000 }))
    res.append('Set-Cookie', serializeCookie(LOGIN_COOKIE, '', { secure, maxAgeSeconds: 0 }))
    res.redirect(303, next)
  })

  // ---- everything else needs a live session, or (the JSON API) the admin token as a bearer token ----
  router.use('/admin', async (req, res, next) => {
    const id = parseCookies(req.headers.cookie).get(SESSION_COOKIE)
    const bearer = !id && isApi(req) ? /^Bearer ([^\s]+)$/.exec(req.get('authorization') ?? '')?.[1] : undefined
    if (bearer !== undefined) return bearerSession(req, res, next, bearer)
    const session = id ? await findSession(ctx.db, id, ctx.now()) : null
    if (!session) {
      if (isApi(req) || !SAFE_METHODS.has(req.method)) return fail(res, 'ADMIN_AUTH_REQUIRED')
      return res.redirect(303, `${LOGIN_PATH}?next=${encodeURIComponent(safeNext(req.originalUrl))}`)
    }
    res.locals.adminSession = session
    next()
  })

  // The CLI (`desk-sla install` while the service holds the embedded store) calls the API with
  // ADMIN_TOKEN. It is counted against the sign-in budgets like a form sign-in; no cookie, so no CSRF.
  async function bearerSession(req: Request, res: Response, next: NextFunction, token: string): Promise<void> {
    if (!creds.token) return fail(res, 'ADMIN_AUTH_REQUIRED', 'bearer tokens need ADMIN_TOKEN to be set on the service')
    const client = clientOf(req)
    const admission = await throttle.admit(client)
    if (!admission.admitted) {
      retryAfter(res, admission.retryAfterMs)
      return fail(res, 'ADMIN_THROTTLED')
    }
    const actor = await settled(admission, Promise.resolve(verifier.verifyToken(token)))
    if (!actor) {
      ctx.logger.warn('admin: wrong bearer token', { client })
      return fail(res, 'ADMIN_AUTH_REQUIRED', 'the bearer token is not the service\'s ADMIN_TOKEN')
    }
    const at = new Date(ctx.now()).toISOString()
    res.locals.adminSession = { idHash: '', csrfToken: '', actor, createdAt: at, expiresAt: at } satisfies AdminSession
    res.locals.bearer = true
    next()
  }

  // ---- and every state-changing request its CSRF token (form field or X-CSRF-Token), from this site ----
  router.use('/admin', (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || res.locals.bearer === true) return next()
    const origin = req.get('origin')
    if (origin !== undefined && origin !== 'null') {
      let host: string | null = null
      try {
        host = new URL(origin).host
      } catch {
        host = null
      }
      if (host !== req.get('host')) return fail(res, 'ADMIN_ORIGIN')
    } else if (origin === 'null') return fail(res, 'ADMIN_ORIGIN')
    const sent = req.get('x-csrf-token') ?? formString(req.body, '_csrf')
    if (!sent || !sameSecret(sent, sessionOf(res).csrfToken)) return fail(res, 'ADMIN_CSRF')
    next()
  })

  // ---- static assets: hashed URLs, kept a year (a changed file gets a new URL) ----
  router.get('/admin/static/:file', (req, res) => {
    const a = assetAt(String(req.params.file))
    if (!a) return res.status(404).type('text').send('Not found\n')
    res.setHeader('Cache-Control', IMMUTABLE_CACHE)
    res.type(a.type).send(a.body)
  })

  router.post('/admin/logout', async (_req, res) => {
    await deleteSession(ctx.db, sessionOf(res).idHash)
    res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', { secure, maxAgeSeconds: 0 }))
    res.redirect(303, LOGIN_PATH)
  })

  const page = (res: Response, current: Parameters<typeof layout>[0]['current'], title: string, body: Html, extra: { charts?: boolean; notice?: string | null; status?: number } = {}) => {
    res.status(extra.status ?? 200).type('html').send(String(layout({ title, current, csrf: sessionOf(res).csrfToken, body, charts: extra.charts, notice: extra.notice })))
  }
  const noticeOf = (req: Request): string | null => {
    const make = NOTICES[String(req.query.notice ?? '')]
    return make ? make(Number(req.query.n ?? 0) || 0) : null
  }

  // ---- critical issues ----
  router.get('/admin', async (req, res) => {
    const filter = parseCriticalFilter(queryObject(req))
    page(res, '/admin', 'Critical issues', criticalBody(await criticalReport(ctx, await liveInstallations(), filter), filter))
  })
  router.get('/admin/api/critical', async (req, res) => {
    res.json(await criticalReport(ctx, await liveInstallations(), parseCriticalFilter(queryObject(req))))
  })

  // ---- compliance ----
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  router.get('/admin/compliance', async (req, res) => {
    const installations = await liveInstallations()
    const choices = installations.map((i) => ({ value: i.id, label: i.name || i.orgId }))
    let period
    try {
      period = parseCompliancePeriod(queryObject(req), ctx.now())
    } catch (err) {
      if (!(err instanceof ComplianceQueryError)) throw err
      return page(res, '/admin/compliance', 'Compliance', html`<p class="warn" role="alert">${err.message}</p><p><a href="/admin/compliance">Last 30 days</a></p>`, { status: 400 })
    }
    const report = await complianceReport(ctx, installations, period)
    const form = { from: day(period.from), to: day(period.to - 1), installation: period.installation }
    page(res, '/admin/compliance', 'Compliance', complianceBody(report, form, choices), { charts: true })
  })
  router.get(['/admin/compliance.csv', '/admin/api/compliance'], async (req, res) => {
    let period
    try {
      period = parseCompliancePeriod(queryObject(req), ctx.now())
    } catch (err) {
      if (err instanceof ComplianceQueryError) return fail(res, 'ADMIN_BAD_REQUEST', err.message)
      throw err
    }
    const report = await complianceReport(ctx, await liveInstallations(), period)
    if (req.path.endsWith('.csv')) {
      res.setHeader('Content-Disposition', `attachment; filename="sla-compliance-${day(period.from)}-to-${day(period.to - 1)}.csv"`)
      return res.type('text/csv; charset=utf-8').send(complianceCsv(report))
    }
    res.json(report)
  })

  // ---- operations ----
  router.get('/admin/operations', async (req, res) => {
    const installations = await listInstallations(ctx.db)
    const names = new Map(installations.map((i) => [i.id, i.name || i.orgId]))
    page(res, '/admin/operations', 'Operations', operationsBody(await operationsReport(ctx, installations), sessionOf(res).csrfToken, names), { notice: noticeOf(req) })
  })
  router.get('/admin/api/operations', async (_req, res) => {
    res.json(await operationsReport(ctx, await listInstallations(ctx.db)))
  })
  const idOf = (v: unknown): number | null => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : null)
  router.post('/admin/operations/outbox/retry', async (req, res) => {
    const all = formString(req.body, 'all') === '1'
    const id = idOf(formString(req.body, 'id'))
    if (!all && id === null) return fail(res, 'ADMIN_BAD_REQUEST', 'give the id of a dead-lettered write, or all=1')
    const n = await retryDeadLetters(ctx, all ? null : [id!], sessionOf(res).actor)
    res.redirect(303, `/admin/operations?notice=outbox-retried&n=${n}`)
  })
  router.post('/admin/api/outbox/:id/retry', async (req, res) => {
    const id = idOf(req.params.id)
    if (id === null) return fail(res, 'ADMIN_BAD_REQUEST', 'an outbox id is a number')
    const n = await retryDeadLetters(ctx, [id], sessionOf(res).actor)
    if (n === 0) return fail(res, 'ADMIN_NOT_FOUND', `no dead-lettered write ${id}`)
    res.json({ retried: n })
  })
  router.post('/admin/operations/inbox/retry', async (req, res) => {
    const id = idOf(formString(req.body, 'id'))
    if (id === null) return fail(res, 'ADMIN_BAD_REQUEST', 'give the id of a failed event')
    const ok = await retryFailedEvent(ctx, id, sessionOf(res).actor)
    res.redirect(303, `/admin/operations?notice=event-retried&n=${ok ? 1 : 0}`)
  })
  router.post('/admin/api/inbox/:id/retry', async (req, res) => {
    const id = idOf(req.params.id)
    if (id === null) return fail(res, 'ADMIN_BAD_REQUEST', 'an event id is a number')
    if (!(await retryFailedEvent(ctx, id, sessionOf(res).actor))) return fail(res, 'ADMIN_NOT_FOUND', `no failed event ${id}`)
    res.json({ retried: 1 })
  })

  // ---- policy ----
  const policyPage = async (res: Response, form: Record<string, string | undefined>, outcome: TryOutcome | null, recompute: RecomputeSummary[] | null) => {
    const overrides = (await listInstallations(ctx.db))
      .filter((i) => Object.keys(i.policyOverrides).length > 0)
      .map((i) => ({ name: i.name || i.orgId, keys: Object.keys(i.policyOverrides) }))
    const body = policyBody({ policy: basePolicy(), source: policySource, overrides, csrf: sessionOf(res).csrfToken, form, outcome, recompute, now: new Date(ctx.now()).toISOString() })
    page(res, '/admin/policy', 'Policy', body, { status: outcome && !outcome.ok && outcome.error.code === 'ADMIN_BAD_FORM' ? 400 : 200 })
  }
  const stringFields = (body: unknown): Record<string, string | undefined> => {
    const out: Record<string, string | undefined> = {}
    for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) if (k !== '_csrf' && typeof v === 'string') out[k] = v
    return out
  }
  router.get('/admin/policy', async (_req, res) => policyPage(res, {}, null, null))
  router.post('/admin/policy/try', async (req, res) => {
    const form = stringFields(req.body)
    await policyPage(res, form, tryTicket(basePolicy(), form, ctx.now()), null)
  })
  router.post('/admin/api/policy/try', async (req, res) => {
    const outcome = tryTicket(basePolicy(), stringFields(req.body), ctx.now())
    if (!outcome.ok) return res.status(400).json({ error: outcome.error })
    res.json({ input: outcome.input, result: outcome.result })
  })
  router.post('/admin/policy/recompute', async (_req, res) => {
    await policyPage(res, {}, null, await recomputeAll(ctx, sessionOf(res).actor))
  })
  router.post('/admin/api/policy/recompute', async (_req, res) => {
    const summary = await recomputeAll(ctx, sessionOf(res).actor)
    res.json({
      installations: summary.map((s) => ({
        installationId: s.installationId,
        error: s.error,
        ...(s.result ? { seen: s.result.seen, changed: s.result.changed, unchanged: s.result.unchanged, failed: s.result.failed } : {}),
      })),
    })
  })

  // ---- partners ----
  const yearOf = (v: unknown): number | null => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : null)
  router.get('/admin/partners', async (req, res) => {
    page(res, '/admin/partners', 'Partners', partnersBody(await partnersReport(ctx, await liveInstallations(), yearOf(req.query.year))), { charts: true })
  })
  router.get('/admin/api/partners', async (req, res) => {
    res.json(await partnersReport(ctx, await liveInstallations(), yearOf(req.query.year)))
  })

  // ---- classifier: agreement of agents with the severities and types written (issue 14) ----
  router.get('/admin/classifier', async (req, res) => {
    const installations = await listInstallations(ctx.db)
    const choices = installations.map((i) => ({ value: i.id, label: i.name || i.orgId }))
    let filter
    try {
      filter = parseClassifierFilter(queryObject(req), ctx.now())
    } catch (err) {
      if (!(err instanceof ComplianceQueryError)) throw err
      return page(res, '/admin/classifier', 'Classifier', html`<p class="warn" role="alert">${err.message}</p><p><a href="/admin/classifier">Last 30 days</a></p>`, { status: 400 })
    }
    const report = await classifierReport(ctx, installations, filter)
    page(res, '/admin/classifier', 'Classifier', classifierBody(report, { ...filter, from: day(filter.from), to: day(filter.to - 1) }, choices))
  })
  router.get('/admin/api/classifier', async (req, res) => {
    let filter
    try {
      filter = parseClassifierFilter(queryObject(req), ctx.now())
    } catch (err) {
      if (err instanceof ComplianceQueryError) return fail(res, 'ADMIN_BAD_REQUEST', err.message)
      throw err
    }
    res.json(await classifierReport(ctx, await listInstallations(ctx.db), filter))
  })

  // ---- installations: connect an org, widget tokens, uninstall (installations.ts) ----
  registerInstallationRoutes(router, {
    ctx,
    publicUrl: config.PUBLIC_URL,
    basePolicy,
    options: deps.install,
    render: (res, title, body, status) => page(res, '/admin/installations', title, body, { status }),
    actorOf: (res) => sessionOf(res).actor,
    csrfOf: (res) => sessionOf(res).csrfToken,
  })

  router.get('/admin/api/session', (_req, res) => {
    const s = sessionOf(res)
    res.json({ actor: s.actor, expiresAt: s.expiresAt, csrfToken: s.csrfToken })
  })

  // ---- errors under /admin: a code, never a stack ----
  router.use('/admin', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error)
    const status = (error as { status?: unknown })?.status
    if ((error as { name?: string })?.name === 'ZodError' || (typeof status === 'number' && status >= 400 && status < 500)) {
      return fail(res, 'ADMIN_BAD_REQUEST')
    }
    ctx.logger.error('admin: request failed', { path: req.path, error: error instanceof Error ? error.message : String(error) })
    fail(res, 'ADMIN_INTERNAL')
  })

  return router
}
