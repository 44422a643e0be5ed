// The webhook receiver's answers to bad deliveries: one catalogue of stable codes, each with its
// HTTP status and how to solve it. Never 410: Desk deletes the subscription on 410 (DESK_API.md).
import { CodedError } from '../engine/coded-error.js'

export const WEBHOOK_ERROR_CODES = {
  WEBHOOK_NOT_FOUND: {
    status: 404,
    howTo: 'the installation id or the secret in the hook URL is wrong (or the installation is disabled): register the hook again from the service',
  },
  WEBHOOK_BODY_TOO_LARGE: {
    status: 413,
    howTo: 'the delivery is larger than the receiver accepts: raise maxBodyBytes if Desk legitimately sends such batches',
  },
  WEBHOOK_BAD_URL: {
    status: 400,
    howTo: 'the hook URL is not valid percent-encoding: use the URL the service registered, /hooks/desk/<installation id>/<secret>',
  },
  WEBHOOK_TOO_MANY_EVENTS: {
    status: 429,
    howTo: 'the delivery holds more events than WEBHOOK_MAX_EVENTS_PER_DELIVERY; nothing was stored (the incremental sync still picks up the tickets). Raise the setting if Desk legitimately sends such batches',
  },
  WEBHOOK_RATE_LIMITED: {
    status: 429,
    howTo: 'the installation has delivered WEBHOOK_EVENTS_PER_MINUTE events to this process in the last minute; nothing was stored, Desk retries after Retry-After. Raise the setting for a busy org, or discard a flood with `desk-sla inbox discard`',
  },
  WEBHOOK_BAD_JSON: { status: 400, howTo: 'the body is not JSON: the sender must POST the event array as application/json' },
  WEBHOOK_BAD_EVENT: {
    status: 400,
    howTo: 'no event of the delivery has the shape DESK_API.md describes (ticket ids are Desk digit strings): the error names the paths that failed. A delivery with some valid events stores those and answers 200 with the others counted as invalid',
  },
  WEBHOOK_BAD_TOKEN: {
    status: 401,
    howTo: 'the X-ZDesk-JWT did not verify (signature, issuer orgId:<org>, audience webhookId:<id> or expiry): check the installation orgId, data center and webhook ids',
  },
  WEBHOOK_TOKEN_REQUIRED: { status: 401, howTo: 'strict mode requires an X-ZDesk-JWT header on every delivery: turn strict mode off if Desk does not send it' },
  WEBHOOK_JWKS_UNAVAILABLE: {
    status: 503,
    howTo: "the data center's JWKS could not be fetched to check X-ZDesk-JWT; Desk retries. Check outbound HTTPS to desk.zoho.<dc>",
  },
  WEBHOOK_STORE_BUSY: {
    status: 503,
    howTo: 'the database did not store the delivery within RECEIVER_DB_TIMEOUT_MS (a lock, or an overloaded or unreachable database); nothing was acknowledged, so Desk retries. Check /readyz',
  },
  WEBHOOK_INTERNAL: { status: 500, howTo: 'storing the delivery failed (see the service log); nothing was acknowledged, so Desk retries it' },
} as const satisfies Record<string, { status: number; howTo: string }>

export type WebhookErrorCode = keyof typeof WEBHOOK_ERROR_CODES

export class WebhookError extends CodedError<WebhookErrorCode> {
  readonly name = 'WebhookError'

  get status(): number {
    return WEBHOOK_ERROR_CODES[this.code].status
  }

  /** what the sender sees: code, message and, for bad events, the failing paths; never a stack */
  toBody(): { error: { code: WebhookErrorCode; message: string; issues?: unknown } } {
    const issues = this.details.issues
    return { error: { code: this.code, message: this.message, ...(issues ? { issues } : {}) } }
  }
}

export function isWebhookError(e: unknown): e is WebhookError {
  return e instanceof WebhookError
}
