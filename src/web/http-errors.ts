// The service's own HTTP answers outside the widget API, the webhook receiver and the admin
// dashboard: the probes, /metrics, and routes that do not exist. Same body shape as every other
// HTTP error, `{ error: { code, message } }` (/readyz adds `status: "not_ready"`).
import { errorCodes, HttpCodedError, type ErrorCodes } from '../engine/coded-error.js'

export const SERVICE_ERROR_CODES = errorCodes({
  READY_DATABASE_SLOW: {
    status: 503,
    meaning: '/readyz: the database did not answer the readiness check within `RECEIVER_DB_TIMEOUT_MS` (or a statement timed out)',
    fix: 'look for locks or an overloaded database (see `STORE_TIMEOUT`); the orchestrator keeps traffic away until it answers',
  },
  READY_DATABASE_UNREACHABLE: {
    status: 503,
    meaning: '/readyz: the database did not answer the readiness check',
    fix: 'check DATABASE_URL and that PostgreSQL is up; the service log names the failure',
  },
  READY_MIGRATIONS_PENDING: {
    status: 503,
    meaning: '/readyz: the schema is older than this build needs',
    fix: 'run the migrations: start this build (it migrates at start-up), then check again',
  },
  METRICS_AUTH: {
    status: 401,
    meaning: '/metrics was asked without the metrics bearer token, or no token is set',
    fix: 'set METRICS_TOKEN (or ADMIN_TOKEN) and send `Authorization: Bearer <METRICS_TOKEN>`',
  },
  NOT_FOUND: {
    status: 404,
    meaning: 'no route of the service has this path',
    fix: 'check the URL: the widget reads /api/tickets/<id>/sla, Desk posts to /hooks/desk/<installation>/<secret>, the dashboard is under /admin',
  },
  BAD_REQUEST: {
    status: 400,
    meaning: 'the request could not be read (it answers with the 4xx status the parser reported, never 410)',
    fix: 'send a well-formed request: JSON bodies as application/json within the size limit',
  },
  INTERNAL: {
    status: 500,
    meaning: 'a route failed unexpectedly (internal error)',
    fix: 'the service log names the failure; check /readyz',
  },
})

export type ServiceErrorCode = keyof typeof SERVICE_ERROR_CODES

export class ServiceError extends HttpCodedError<ServiceErrorCode> {
  readonly name = 'ServiceError'
  protected get catalogue(): ErrorCodes<ServiceErrorCode> {
    return SERVICE_ERROR_CODES
  }
}
