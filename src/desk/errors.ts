// One catalogue of Desk client error codes. Codes are stable and never reused; each entry says what
// happened and what the operator should do (docs/errors.md is generated from it: `npm run docs:errors`).
// Match on `code`, never on the message text.
import { CodedError, errorCodes } from '../engine/coded-error.js'

export const DESK_ERROR_CODES = errorCodes({
  DESK_AUTH_REVOKED: {
    meaning: 'reauth required: Zoho refused the refresh token (invalid_code / invalid_grant)',
    fix: 'reconnect the installation from the admin page so Zoho issues a new refresh token',
  },
  DESK_TOKEN_MINT_PAUSED: {
    meaning: "Zoho's 10-tokens-per-10-minutes limit was hit, so minting access tokens is paused",
    fix: 'wait until the pause ends (details.pausedUntil); look for another process minting with the same refresh token',
  },
  DESK_OAUTH_CLIENT_INVALID: {
    meaning: 'Zoho does not know the OAuth client id / secret (invalid_client)',
    fix: 'check the client id and client secret settings against the Zoho API console entry for the org data center',
  },
  DESK_OAUTH_FAILED: {
    meaning: 'the accounts server refused the refresh-token grant for another reason',
    fix: 'read details.oauthError; check the data center setting (accounts host) of the installation',
  },
  DESK_UNAUTHORIZED: {
    meaning: 'Desk answered 401 even with a freshly minted access token',
    fix: 'check that the token belongs to this org (orgId setting) and that the data center is right',
  },
  DESK_FORBIDDEN: {
    meaning: 'Desk answered 403 (SCOPE_MISMATCH, FORBIDDEN, OAUTH_ORG_MISMATCH, LICENSE_ACCESS_LIMITED)',
    fix: 'reconnect with the scopes listed in DESK_API.md, or check the org id and the Desk edition',
  },
  DESK_NOT_FOUND: {
    meaning: 'Desk answered 404 (URL_NOT_FOUND, or the record is gone)',
    fix: 'the ticket/account/contact/webhook id no longer exists in this org; check the API root setting if every call fails',
  },
  DESK_INVALID_REQUEST: {
    meaning: 'Desk refused the request body or parameters (400/422, e.g. INVALID_DATA, UNPROCESSABLE_ENTITY)',
    fix: 'read details.deskErrorCode and details.errors; usually a custom field api name in the policy does not exist in Desk',
  },
  DESK_HTTP_4XX: {
    meaning: 'Desk answered another 4xx status',
    fix: 'read details.status and details.deskErrorCode',
  },
  DESK_RATE_LIMITED: {
    meaning: 'Desk kept answering 429 (TOO_MANY_REQUESTS or THRESHOLD_EXCEEDED) or asked to wait longer than allowed',
    fix: 'lower the requests-per-minute setting or wait for the daily credits to renew (details.retryAfterMs)',
  },
  DESK_CREDITS_DEFERRED: {
    meaning: "the credit governor held the call back: this kind of work would take the day's Desk credits below its floor (issue 15)",
    fix: 'nothing to do: the event or write waits (no attempt spent) and runs when credits allow, the next UTC day at the latest; to spend more, raise `DESK_CREDITS_PER_DAY` or lower `DESK_CREDIT_FLOORS` (README, "Desk API credits")',
  },
  DESK_HTTP_5XX: {
    meaning: 'Desk kept answering 5xx after every retry',
    fix: 'Desk is having trouble; the work is retried later',
  },
  DESK_TIMEOUT: {
    meaning: 'Desk did not answer within the request timeout after every retry',
    fix: 'check connectivity to the Desk API root, or raise the request timeout setting',
  },
  DESK_NETWORK: {
    meaning: 'the request to Desk failed at the network level after every retry',
    fix: 'check DNS, proxy and firewall settings for the Desk API root and accounts host',
  },
  DESK_BAD_RESPONSE: {
    meaning: 'Desk answered with invalid JSON or without a field desk-sla requires',
    fix: 'details.path names the missing or malformed field; report it, Desk may have changed its API',
  },
  DESK_BAD_INPUT: {
    meaning: 'desk-sla asked the client for something Desk cannot accept (a limit out of range, an empty patch…)',
    fix: 'this is a bug in the caller; details name the offending argument',
  },
  DESK_UNKNOWN_DATA_CENTER: {
    meaning: 'the installation names a data center desk-sla does not know',
    fix: 'set the data center to one of com, eu, in, com.au, jp, ca, sa, uk, com.cn',
  },
})

export type DeskErrorCode = keyof typeof DESK_ERROR_CODES

export interface DeskErrorDetails {
  /** HTTP status Desk answered, when there was an answer */
  status?: number
  /** Desk's own `errorCode` (e.g. UNPROCESSABLE_ENTITY) or the OAuth `error` field */
  deskErrorCode?: string
  /** Desk's own `message` */
  deskMessage?: string
  [key: string]: unknown
}

export class DeskError extends CodedError<DeskErrorCode> {
  readonly name = 'DeskError'
  declare readonly details: DeskErrorDetails
  readonly status: number | undefined
  readonly deskErrorCode: string | undefined
  constructor(code: DeskErrorCode, message: string, details: DeskErrorDetails = {}) {
    super(code, message, details)
    this.status = details.status
    this.deskErrorCode = details.deskErrorCode
  }

  /** what a log line or an API answer may show: code, message, details; never a stack, never a token */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, details: this.details }
  }
}

export function isDeskError(e: unknown, code?: DeskErrorCode): e is DeskError {
  return e instanceof DeskError && (code === undefined || e.code === code)
}
