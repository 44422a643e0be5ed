import type { Response } from 'express'

// Error bodies in Desk's shape (Common.json `errorJson` / `errorDetailArr` in zoho/zohodesk-oas):
// {"errorCode":"UNPROCESSABLE_ENTITY","message":"…","errors":[{"fieldName":"/cf/cf_x","errorType":"invalid","errorMessage":"…"}]}
// errorCode is one of Common.json's enumeration; fieldName is a JSON pointer.
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

export type FieldError = { fieldName: string; errorType: 'invalid' | 'missing' | 'duplicate'; errorMessage?: string }

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
  if (err.errors && err.errors.length > 0) {
    body.errors = err.errors.map((e) => ({ ...e, errorMessage: e.errorMessage ?? `${e.fieldName} is ${e.errorType}` }))
  }
  res.status(err.status).json(body)
}

export const notFound = (what: string, id: string): DeskApiError =>
  // Unknown record ids answer 404 URL_NOT_FOUND like unknown routes (unverified: DESK_API.md lists no other 404 code).
  new DeskApiError(404, 'URL_NOT_FOUND', `The requested ${what} ${id} does not exist.`)

// Common.json: a body with invalid, duplicate or missing values answers 422 INVALID_DATA naming each field
// (`invalidDataErrorResponse`); a bad query parameter answers 422 UNPROCESSABLE_ENTITY (its example: "The value
// passed for the 'from' query parameter is invalid.").
export const invalidBody = (errors: FieldError[], message = 'The data does not comply to the validation restrictions defined.'): DeskApiError =>
  new DeskApiError(422, 'INVALID_DATA', message, errors)

export const invalidParam = (param: string, message: string): DeskApiError =>
  new DeskApiError(422, 'UNPROCESSABLE_ENTITY', message, [{ fieldName: param, errorType: 'invalid' }])
