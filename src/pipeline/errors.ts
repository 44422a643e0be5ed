import { CodedError } from '../coded-error.js'
import { isDeskError } from '../desk/errors.js'
// Pipeline error codes (docs/errors.md lists them with how to solve each).
export const PIPELINE_ERROR_CODES = {
  PIPELINE_UNKNOWN_INSTALLATION: 'an event or job names an installation the store does not have',
  PIPELINE_BAD_POLICY_OVERRIDE: "an installation's policy overrides do not validate",
  PIPELINE_BAD_EVENT: 'a stored event cannot be read',
  PIPELINE_CONFIG: 'a service setting is missing or invalid',
} as const

export type PipelineErrorCode = keyof typeof PIPELINE_ERROR_CODES

export class PipelineError extends CodedError<PipelineErrorCode> {
  readonly name = 'PipelineError'
}

/** An error as one line for logs and the queues' error columns: its code when it has one, never a stack. */
export function describe(err: unknown): string {
  if (isDeskError(err)) return `${err.code}: ${err.message}`
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${err.message}` : err.message
  }
  return String(err)
}
