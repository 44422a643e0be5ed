// The one shape every desk-sla error has: a stable code to match on, a message for people, and
// the data in `details`. Each module's catalogue of codes types its own subclass. It lives in the
// engine, the bottom layer every other module may import and which imports none. Every
// catalogue has one shape, `{ CODE: { status?, meaning, fix } }` (issue #16): docs/errors.md is
// generated from them (`npm run docs:errors`).

/** one code of a catalogue: what happened, what the operator does about it, and the HTTP status when it is answered over HTTP */
export interface ErrorEntry {
  readonly status?: number
  readonly meaning: string
  readonly fix: string
}

export type ErrorCodes<Code extends string = string> = { readonly [C in Code]: ErrorEntry }

/** a catalogue of codes: the keys type the codes, the entries feed docs/errors.md */
export function errorCodes<const T extends Record<string, ErrorEntry>>(codes: T): Readonly<T> {
  return Object.freeze(codes)
}

/** is `value` one of the catalogue's codes (a code read back from JSON, a second copy of a module) */
export function isCode<Code extends string>(codes: ErrorCodes<Code>, value: unknown): value is Code {
  return typeof value === 'string' && Object.hasOwn(codes, value)
}

export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/** the JSON body of every HTTP error desk-sla answers: `{ error: { code, message, …extra } }`, never a stack */
export interface ErrorBody<Code extends string = string> {
  error: { code: Code; message: string; [extra: string]: unknown }
}

export function errorBody<Code extends string>(code: Code, message: string, extra: Record<string, unknown> = {}): ErrorBody<Code> {
  return { error: { code, message, ...extra } }
}

/** a coded error answered over HTTP: its status comes from its catalogue entry */
export abstract class HttpCodedError<Code extends string> extends CodedError<Code> {
  protected abstract get catalogue(): ErrorCodes<Code>

  get status(): number {
    return this.catalogue[this.code].status ?? 500
  }

  toBody(): ErrorBody<Code> {
    return errorBody(this.code, this.message)
  }
}

interface JsonResponse {
  status(code: number): { json(body: unknown): unknown }
}

/** answers the error with its status and JSON body */
export function sendError(res: JsonResponse, err: HttpCodedError<string>): void {
  res.status(err.status).json(err.toBody())
}
