import type { Response } from 'express'

// Error bodies in Desk's shape (DESK_API.md "Conventions"):
// {"errorCode":"UNPROCESSABLE_ENTITY","message":"…","errors":[{"fieldName":"/cf/cf_x","errorType":"invalid"}]}
export type DeskErrorCode =
  | 'INVALID_OAUTH'
  | 'SCOPE_MISMATCH'
  | 'FORBIDDEN'
  | 'OAUTH_ORG_MISMATCH'
  | 'LICENSE_ACCESS_LIMITED'
  | 'URL_NOT_FOUND'
  | 'INVALID_DATA'
  | 'UNPROCESSABLE_ENTITY'
  | 'TOO_MANY_REQUESTS'
  | 'THRESHOLD_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR'

export type FieldError = { fieldName: string; errorType: 'invalid' | 'missing' | 'duplicate' }

export class DeskApiError extends Error {
  readonly name = 'DeskApiError'
  constructor(
    readonly status: number,
    readonly errorCode: DeskErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message)
  }
}

export function sendDeskError(res: Response, err: DeskApiError): void {
  const body: Record<string, unknown> = { errorCode: err.errorCode, message: err.message }
  if (err.errors && err.errors.length > 0) body.errors = err.errors
  res.status(err.status).json(body)
}

export const notFound = (what: string, id: string): DeskApiError =>
  // Unknown record ids answer 404 URL_NOT_FOUND like unknown routes (unverified: DESK_API.md lists no other 404 code).
  new DeskApiError(404, 'URL_NOT_FOUND', `The requested ${what} ${id} does not exist.`)

export const invalidBody = (errors: FieldError[], message = 'An invalid value was provided for one or more fields.'): DeskApiError =>
  new DeskApiError(422, 'UNPROCESSABLE_ENTITY', message, errors)

export const invalidParam = (param: string, message: string): DeskApiError =>
  new DeskApiError(422, 'INVALID_DATA', message, [{ fieldName: param, errorType: 'invalid' }])
