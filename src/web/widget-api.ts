// The widget API: GET /api/tickets/:ticketId/sla, read by the agents' ticket widget (app/).
// Authenticated per installation: `X-Installation-Id` + `Authorization: Bearer <widget token>`.
// The widget never holds the token: it sends `Bearer {{widgettoken}}` through ZOHODESK.request and
// Desk's request proxy fills in the extension's secure setting (Zoho's guide, config-params.html
// and request-method.html), so these reads come from Desk's servers, not from the agent's browser.
// The token only READS that installation's ticket SLA views: this router has no write route,
// and every lookup is scoped by the installation the token was checked against.
import { Router, type NextFunction, type Request, type Response } from 'express'
import { isEngineError } from '../engine/errors.js'
import type { Policy } from '../engine/policy.js'
import { silentLogger, type Logger } from '../logger.js'
import type { Db } from '../store/db.js'
import { getInstallation, type Installation } from '../store/repos/installations.js'
import { getTicketSla } from '../store/repos/ticket-sla.js'
import { verifyWidgetToken } from '../store/repos/widget-tokens.js'
import { cors, DEFAULT_DESK_ORIGINS } from './cors.js'
import { buildTicketSlaView, hasComputableState, type NotComputedView } from './ticket-sla-view.js'
import { sendError, type ErrorBody } from '../engine/coded-error.js'
import { WidgetError, type WidgetErrorCode } from './widget-errors.js'

export interface WidgetApiOptions {
  db: Db
  /** the installation's policy (the base policy merged with its overrides) */
  policyFor(installation: Installation): Policy
  /** the clock, epoch ms */
  now(): number
  /** origins that get CORS headers (default: Desk's, DEFAULT_DESK_ORIGINS) */
  corsOrigins?: readonly string[]
  logger?: Logger
}

// Desk ids are digit strings (~17 digits, DESK_API.md "Conventions").
const TICKET_ID = /^\d{1,30}$/
// Installation ids are uuids here, but the header is checked loosely: any other text simply never matches.
const INSTALLATION_ID = /^[A-Za-z0-9_-]{1,64}$/
const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,512})\s*$/i
// A placeholder Desk left as it was (the setting is empty or misnamed) is a missing credential, not a wrong one.
const UNFILLED = /^(Bearer\s*)?(\{\{[^}]*\}\})?\s*$/i

export const WIDGET_SLA_PATH = '/api/tickets/:ticketId/sla'

/** A router to mount at the app's root: it serves WIDGET_SLA_PATH and nothing else. */
export function createWidgetApiRouter(options: WidgetApiOptions): Router {
  const logger = options.logger ?? silentLogger
  const router = Router()
  router.use(WIDGET_SLA_PATH, cors({ origins: options.corsOrigins ?? DEFAULT_DESK_ORIGINS, methods: ['GET'] }))

  router.get(WIDGET_SLA_PATH, async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    const credentials = readCredentials(req)
    if (credentials === 'missing') return fail(res, 'WIDGET_AUTH_MISSING')
    if (credentials === 'malformed' || !(await verifyWidgetToken(options.db, credentials.installationId, credentials.token))) {
      // the installation id may be logged; the token never is
      logger.warn('widget: refused a read with a wrong installation id or widget token', {
        installationId: credentials === 'malformed' ? undefined : credentials.installationId,
      })
      return fail(res, 'WIDGET_AUTH_INVALID')
    }
    const installationId = credentials.installationId
    const ticketId = String(req.params.ticketId)
    if (!TICKET_ID.test(ticketId)) return fail(res, 'WIDGET_BAD_TICKET_ID')

    const installation = await getInstallation(options.db, installationId)
    if (!installation) return fail(res, 'WIDGET_AUTH_INVALID') // deleted between the two reads
    const row = await getTicketSla(options.db, installationId, ticketId)
    if (!row || !hasComputableState(row)) {
      const notComputed = new WidgetError('WIDGET_NOT_COMPUTED')
      const body: NotComputedView & ErrorBody<WidgetErrorCode> = { ticketId, state: 'not_computed', ...notComputed.toBody() }
      return res.status(notComputed.status).json(body)
    }
    try {
      res.status(200).json(buildTicketSlaView(options.policyFor(installation), row, options.now()))
    } catch (error) {
      logger.error('widget: cannot recompute a ticket for display', {
        installationId,
        ticketId,
        code: isEngineError(error) ? error.code : (error as Error)?.name,
      })
      fail(res, 'WIDGET_COMPUTE_FAILED')
    }
  })

  // The widget token grants no writes: every other method on the path is refused.
  router.all(WIDGET_SLA_PATH, (_req: Request, res: Response) => {
    res.setHeader('Allow', 'GET, OPTIONS')
    fail(res, 'WIDGET_READ_ONLY')
  })

  // Anything thrown above (a store failure) answers JSON without details.
  router.use(WIDGET_SLA_PATH, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error)
    logger.error('widget: request failed', { error: (error as Error)?.name })
    fail(res, 'WIDGET_INTERNAL')
  })
  return router
}

type Credentials = { installationId: string; token: string } | 'missing' | 'malformed'

function readCredentials(req: Request): Credentials {
  const installationId = req.get('x-installation-id')?.trim() ?? ''
  const authorization = req.get('authorization')?.trim() ?? ''
  if (UNFILLED.test(installationId) || UNFILLED.test(authorization)) return 'missing'
  const bearer = BEARER.exec(authorization)
  if (!bearer || !INSTALLATION_ID.test(installationId)) return 'malformed'
  return { installationId, token: bearer[1] }
}

function fail(res: Response, code: WidgetErrorCode): void {
  sendError(res, new WidgetError(code))
}
