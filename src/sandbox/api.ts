import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { DeskApiError, sendDeskError } from './errors.js'
import type { FaultSwitches } from './faults.js'
import type { OAuthServer } from './oauth.js'
import { RateLimiter, REMAINING_HEADER, ThresholdExceeded, WEIGHT_HEADER, requestWeight, tooManyRequests } from './rate-limit.js'
import type { RequestLog } from './request-log.js'

// The /api/v1 pipeline every call goes through, in this order:
// log → parallel cap (429 TOO_MANY_REQUESTS) → injected faults (slow, 429, 5xx) → OAuth (401) → org (403)
// → credits (429 THRESHOLD_EXCEEDED) → route. Every answer carries both rate-limit headers.

export type ApiDeps = {
  orgId: string
  oauth: OAuthServer
  limiter: RateLimiter
  faults: FaultSwitches
  log: RequestLog
  routes: Router[]
}

export function apiRouter(deps: ApiDeps): Router {
  const r = Router()
  r.use(express.raw({ type: () => true, limit: '5mb' }))
  r.use((req, res, next) => gate(deps, req, res, next))
  for (const routes of deps.routes) r.use(routes)
  r.use((req, res) => {
    sendDeskError(res, new DeskApiError(404, 'URL_NOT_FOUND', `The URL ${req.method} /api/v1${req.path} was not found.`))
  })
  r.use(apiErrorHandler(deps.limiter))
  return r
}

async function gate(deps: ApiDeps, req: Request, res: Response, next: NextFunction): Promise<void> {
  const { limiter, faults, oauth } = deps
  const raw = req.body instanceof Buffer && req.body.length > 0 ? req.body.toString('utf8') : ''
  let parseError = false
  try {
    req.body = raw === '' ? undefined : JSON.parse(raw)
  } catch {
    req.body = raw
    parseError = true
  }
  const logged = deps.log.record('api', req, `/api/v1${req.path}`)
  res.setHeader(WEIGHT_HEADER, String(requestWeight(req.method, req.path)))
  res.setHeader(REMAINING_HEADER, String(limiter.current()))

  limiter.inFlight++
  let released = false
  const release = (): void => { if (!released) { released = true; limiter.inFlight-- } }
  res.on('finish', () => {
    logged.status = res.statusCode
    release()
  })
  res.on('close', release)
  if (limiter.inFlight > limiter.maxConcurrent) return sendDeskError(res, tooManyRequests())

  const slow = faults.takeSlow(req.method, req.path)
  if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow))
  const failure = faults.takeFailure(req.method, req.path)
  if (failure?.kind === 'rate') {
    if (failure.retryAfter === undefined) return sendDeskError(res, tooManyRequests())
    res.setHeader('Retry-After', String(failure.retryAfter))
    return sendDeskError(res, new DeskApiError(429, 'THRESHOLD_EXCEEDED', 'You have exceeded the API credit limit for the day.'))
  }
  if (failure?.kind === 'server') {
    return sendDeskError(res, new DeskApiError(failure.status, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again later.'))
  }

  oauth.authenticate(req.get('authorization'))
  // Zoho's API reference sends orgId as a header; Common.json declares it a query parameter: either is taken.
  const queryOrg = (req.query as Record<string, unknown>).orgId
  const orgId = req.get('orgId') ?? (typeof queryOrg === 'string' ? queryOrg : undefined)
  // Unverified: Desk's answer to a missing orgId; the sandbox refuses it as invalid data.
  if (!orgId) throw new DeskApiError(400, 'INVALID_DATA', 'The orgId header is required.', [{ fieldName: 'orgId', errorType: 'missing' }])
  if (orgId !== deps.orgId) throw new DeskApiError(403, 'OAUTH_ORG_MISMATCH', 'The OAuth token does not belong to the given orgId.')
  if (parseError) throw new DeskApiError(400, 'INVALID_DATA', 'The request body is not valid JSON.')

  limiter.charge(requestWeight(req.method, req.path))
  res.setHeader(REMAINING_HEADER, String(limiter.remaining))
  next()
}

function apiErrorHandler(limiter: RateLimiter) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) return
    if (err instanceof ThresholdExceeded) {
      res.setHeader('Retry-After', String(err.retryAfterSeconds))
      res.setHeader(REMAINING_HEADER, String(limiter.current()))
    }
    if (err instanceof DeskApiError) return sendDeskError(res, err)
    if ((err as { type?: string }).type === 'entity.too.large') {
      return sendDeskError(res, new DeskApiError(413, 'INVALID_DATA', 'The request body is too large.'))
    }
    // No stack traces to callers.
    sendDeskError(res, new DeskApiError(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.'))
  }
}
