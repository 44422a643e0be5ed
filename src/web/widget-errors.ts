// Error codes of the widget API (GET /api/tickets/:ticketId/sla). Each answer is JSON
// `{ error: { code, message } }` with the status below; never a stack trace, never whether an
// installation exists. docs/errors.md lists them with how to solve each.
export const WIDGET_ERROR_CODES = {
  WIDGET_AUTH_MISSING: {
    status: 401,
    message: 'send the X-Installation-Id header and Authorization: Bearer <widget token> (Desk fills in {{widgettoken}})',
    solve: "fill in the extension's Installation id and Widget token settings (desk-sla prints both when the widget token is set); a bare {{widgettoken}} means Desk had no value to fill in",
  },
  WIDGET_AUTH_INVALID: {
    status: 401,
    message: 'the installation id and widget token do not match',
    solve: "set a new widget token for the installation and paste it into the extension's Widget token setting",
  },
  WIDGET_BAD_TICKET_ID: {
    status: 400,
    message: 'the ticket id is not a Desk ticket id',
    solve: 'a Desk ticket id is a string of digits, as ZOHODESK.get("ticket.id") returns it',
  },
  WIDGET_NOT_COMPUTED: {
    status: 404,
    message: 'desk-sla has not computed this ticket yet',
    solve: 'wait for the webhook of the ticket to be processed, or run a sync; check the installation department filter',
  },
  WIDGET_READ_ONLY: {
    status: 405,
    message: 'the widget API only reads: use GET',
    solve: 'the widget token grants no writes; change tickets in Desk and desk-sla follows through its webhooks',
  },
  WIDGET_COMPUTE_FAILED: {
    status: 500,
    message: "the ticket's stored state cannot be recomputed with the installation's policy",
    solve: "check the installation's policy overrides, then recompute the open tickets from the admin page",
  },
  WIDGET_INTERNAL: {
    status: 500,
    message: 'desk-sla could not answer; try again',
    solve: "the service's log names the failure (a store error, usually): check /readyz and the database",
  },
} as const

export type WidgetErrorCode = keyof typeof WIDGET_ERROR_CODES

export interface WidgetErrorBody {
  error: { code: WidgetErrorCode; message: string }
}

export function widgetErrorBody(code: WidgetErrorCode): WidgetErrorBody {
  return { error: { code, message: WIDGET_ERROR_CODES[code].message } }
}
