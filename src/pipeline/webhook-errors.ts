// The webhook receiver's answers to bad deliveries: one catalogue of stable codes, each with its
// HTTP status and how to solve it. Never 410: Desk deletes the subscription on 410 (DESK_API.md).
import { errorCodes, HttpCodedError, type ErrorBody, type ErrorCodes } from '../engine/coded-error.js'

export const WEBHOOK_ERROR_CODES = errorCodes({
  WEBHOOK_NOT_FOUND: {
    status: 404,
    meaning: 'the hook URL names no enabled installation, or its secret is wrong',
    fix: 'the installation id or the secret in the hook URL is wrong (or the installation is disabled): register the hook again from the service',
  },
  WEBHOOK_BODY_TOO_LARGE: {
    status: 413,
    meaning: 'the delivery is larger than the receiver accepts',
    fix: 'raise maxBodyBytes if Desk legitimately sends such batches',
  },
  WEBHOOK_BAD_JSON: {
    status: 400,
    meaning: 'the body is not JSON',
    fix: 'the sender must POST the event array as application/json',
  },
  WEBHOOK_BAD_URL: {
    status: 400,
    meaning: 'the hook URL is not valid percent-encoding (e.g. `%E0%A4%A`)',
    fix: 'use the URL the service registered, `/hooks/desk/<installation id>/<secret>`; a `%00` or any id that is not an installation UUID answers 404 `WEBHOOK_NOT_FOUND`',
  },
  WEBHOOK_TOO_MANY_EVENTS: {
    status: 429,
    meaning: 'the delivery holds more events than `WEBHOOK_MAX_EVENTS_PER_DELIVERY` (default 100); nothing was stored',
    fix: 'the incremental sync still picks up the tickets; raise the setting if Desk legitimately sends larger batches',
  },
  WEBHOOK_RATE_LIMITED: {
    status: 429,
    meaning:
      'the installation has delivered `WEBHOOK_EVENTS_PER_MINUTE` new events (default 600, counted per process) in the last minute; nothing of this delivery was stored and the answer carries `Retry-After: 60`',
    fix: 'raise the setting for a busy org; after a flood, set the queued events aside with `npx desk-sla inbox discard --installation ID`',
  },
  WEBHOOK_BAD_EVENT: {
    status: 400,
    meaning:
      'no event of the delivery has the shape DESK_API.md describes (ticket ids are Desk digit strings of 12 to 19 digits; events nest at most 32 levels): the error names the paths that failed',
    fix: 'fix the sender; a delivery with some valid events stores those and answers 200, counting the others as `invalid` with their paths in `issues`',
  },
  WEBHOOK_BAD_TOKEN: {
    status: 401,
    meaning: 'the X-ZDesk-JWT did not verify (signature, issuer orgId:<org>, audience webhookId:<id> or expiry)',
    fix: 'check the installation orgId, data center and webhook ids',
  },
  WEBHOOK_TOKEN_REQUIRED: {
    status: 401,
    meaning: 'strict mode requires an X-ZDesk-JWT header on every delivery, and this one had none',
    fix: 'turn strict mode off if Desk does not send it',
  },
  WEBHOOK_JWKS_UNAVAILABLE: {
    status: 503,
    meaning: "the data center's JWKS could not be fetched to check X-ZDesk-JWT; Desk retries",
    fix: 'check outbound HTTPS to desk.zoho.<dc>',
  },
  WEBHOOK_STORE_BUSY: {
    status: 503,
    meaning:
      'the database did not store the delivery within RECEIVER_DB_TIMEOUT_MS (a lock, or an overloaded or unreachable database); nothing was acknowledged, so Desk retries',
    fix: 'check /readyz and the database (see `STORE_TIMEOUT`)',
  },
  WEBHOOK_INTERNAL: {
    status: 500,
    meaning: 'storing the delivery failed; nothing was acknowledged, so Desk retries it',
    fix: 'the service log names the failure',
  },
})

export type WebhookErrorCode = keyof typeof WEBHOOK_ERROR_CODES

export class WebhookError extends HttpCodedError<WebhookErrorCode> {
  readonly name = 'WebhookError'
  protected get catalogue(): ErrorCodes<WebhookErrorCode> {
    return WEBHOOK_ERROR_CODES
  }

  /** what the sender sees: code, message and, for bad events, the failing paths; never a stack */
  override toBody(): ErrorBody<WebhookErrorCode> {
    const issues = this.details.issues
    return issues ? { error: { ...super.toBody().error, issues } } : super.toBody()
  }
}

export function isWebhookError(e: unknown): e is WebhookError {
  return e instanceof WebhookError
}
