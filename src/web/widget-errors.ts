// Error codes of the widget API (GET /api/tickets/:ticketId/sla). Each answer is JSON
// `{ error: { code, message } }` with the status below; never a stack trace, never whether an
// installation exists. The widget (app/widget.js) shows a translation per code.
import { errorCodes, HttpCodedError, type ErrorCodes } from '../engine/coded-error.js'

export const WIDGET_ERROR_CODES = errorCodes({
  WIDGET_AUTH_MISSING: {
    status: 401,
    meaning: "the widget's request came without an X-Installation-Id or a Bearer widget token, or with Desk's `{{widgettoken}}` placeholder left unfilled",
    fix: "fill in the extension's Installation id and Widget token settings (desk-sla prints both when the widget token is set); a bare {{widgettoken}} means Desk had no value to fill in",
  },
  WIDGET_AUTH_INVALID: {
    status: 401,
    meaning: 'the installation id and widget token do not match (or the installation is unknown or disabled)',
    fix: "set a new widget token for the installation and paste it into the extension's Widget token setting",
  },
  WIDGET_BAD_TICKET_ID: {
    status: 400,
    meaning: 'the ticket id is not a Desk ticket id',
    fix: 'a Desk ticket id is a string of digits, as ZOHODESK.get("ticket.id") returns it',
  },
  WIDGET_NOT_COMPUTED: {
    status: 404,
    meaning: 'desk-sla has not computed this ticket yet',
    fix: "wait for the ticket's webhook to be processed, or run a sync; check the installation's department filter",
  },
  WIDGET_READ_ONLY: {
    status: 405,
    meaning: 'a method other than GET was sent to the widget API',
    fix: 'the widget token grants no writes; change tickets in Desk and desk-sla follows through its webhooks',
  },
  WIDGET_COMPUTE_FAILED: {
    status: 500,
    meaning: "the ticket's stored state cannot be recomputed with the installation's policy",
    fix: "check the installation's policy overrides, then recompute the open tickets from the admin page",
  },
  WIDGET_INTERNAL: {
    status: 500,
    meaning: 'the widget API could not answer (usually a store error)',
    fix: 'check /readyz and the database; the service log names the failure',
  },
})

export type WidgetErrorCode = keyof typeof WIDGET_ERROR_CODES

/** what the widget's user reads (the widget shows its own translation of known codes) */
export const WIDGET_MESSAGES: Readonly<Record<WidgetErrorCode, string>> = {
  WIDGET_AUTH_MISSING: 'send the X-Installation-Id header and Authorization: Bearer <widget token> (Desk fills in {{widgettoken}})',
  WIDGET_AUTH_INVALID: 'the installation id and widget token do not match',
  WIDGET_BAD_TICKET_ID: 'the ticket id is not a Desk ticket id',
  WIDGET_NOT_COMPUTED: 'desk-sla has not computed this ticket yet',
  WIDGET_READ_ONLY: 'the widget API only reads: use GET',
  WIDGET_COMPUTE_FAILED: "the ticket's stored state cannot be recomputed with the installation's policy",
  WIDGET_INTERNAL: 'desk-sla could not answer; try again',
}

export class WidgetError extends HttpCodedError<WidgetErrorCode> {
  readonly name = 'WidgetError'
  constructor(code: WidgetErrorCode, message: string = WIDGET_MESSAGES[code]) {
    super(code, message)
  }

  protected get catalogue(): ErrorCodes<WidgetErrorCode> {
    return WIDGET_ERROR_CODES
  }
}
