// Error codes of the admin dashboard (issue #6): its JSON API answers `{ error: { code, message } }`
// with the status below, its pages show the code and message. Never a stack.
import { errorCodes, HttpCodedError, type ErrorCodes } from '../../engine/coded-error.js'

export const ADMIN_ERROR_CODES = errorCodes({
  ADMIN_AUTH_REQUIRED: {
    status: 401,
    meaning: 'the request has no session (or the JSON API a wrong bearer token): sign in first, POST /admin/login',
    fix: 'sign in at /admin/login with ADMIN_TOKEN or the admin password',
  },
  ADMIN_CSRF: {
    status: 403,
    meaning: 'the CSRF token of a form or API write is missing or wrong',
    fix: 'reload the page to get a fresh CSRF token; API clients send it as X-CSRF-Token',
  },
  ADMIN_ORIGIN: {
    status: 403,
    meaning: 'the request came from another site',
    fix: 'use the dashboard from its own address; cross-site posts are refused',
  },
  ADMIN_THROTTLED: {
    status: 429,
    meaning: "too many sign-in attempts from this client (the JSON API's bearer token)",
    fix: 'wait for `Retry-After` seconds; behind a proxy set TRUST_PROXY so clients have their own budgets',
  },
  ADMIN_BAD_REQUEST: {
    status: 400,
    meaning: 'the request could not be read',
    fix: 'check the form or query values the message names',
  },
  ADMIN_BAD_PERIOD: {
    status: 400,
    meaning: 'the from/to period of the compliance or classifier report cannot be read (the JSON API answers it as `ADMIN_BAD_REQUEST`)',
    fix: 'give days as YYYY-MM-DD, "from" on or before "to", within the longest period the message names',
  },
  ADMIN_BAD_FORM: {
    status: 400,
    meaning: "a value of the policy page's try-a-ticket form cannot be read",
    fix: 'correct the field the message names and try again',
  },
  ADMIN_NOT_FOUND: {
    status: 404,
    meaning: 'nothing to retry with that id',
    fix: 'the dead letter or event was already retried or removed; refresh the operations page',
  },
  ADMIN_INTERNAL: {
    status: 500,
    meaning: 'the dashboard could not answer (internal error)',
    fix: 'check /readyz and the service log',
  },
})

export type AdminErrorCode = keyof typeof ADMIN_ERROR_CODES

/** the message of a code when the answering site has no more precise one */
export const ADMIN_MESSAGES: Readonly<Record<AdminErrorCode, string>> = {
  ADMIN_AUTH_REQUIRED: 'sign in first: POST /admin/login',
  ADMIN_CSRF: 'the CSRF token is missing or wrong: reload the page',
  ADMIN_ORIGIN: 'the request came from another site',
  ADMIN_THROTTLED: 'too many sign-in attempts from this client: wait for Retry-After seconds',
  ADMIN_BAD_REQUEST: 'the request could not be read',
  ADMIN_BAD_PERIOD: 'the period cannot be read',
  ADMIN_BAD_FORM: 'the form cannot be read',
  ADMIN_NOT_FOUND: 'nothing to retry with that id',
  ADMIN_INTERNAL: 'internal error',
}

export class AdminError extends HttpCodedError<AdminErrorCode> {
  readonly name: string = 'AdminError'
  constructor(code: AdminErrorCode, message: string = ADMIN_MESSAGES[code], details: Record<string, unknown> = {}) {
    super(code, message, details)
  }

  protected get catalogue(): ErrorCodes<AdminErrorCode> {
    return ADMIN_ERROR_CODES
  }
}
