import { CodedError } from '../engine/coded-error.js'
// Pipeline error codes (docs/errors.md lists them with how to solve each; PIPELINE_CONFIG is src/config-errors.ts's).
export const PIPELINE_ERROR_CODES = {
  PIPELINE_UNKNOWN_INSTALLATION: 'an event or job names an installation the store does not have',
  PIPELINE_BAD_POLICY_OVERRIDE: "an installation's policy overrides do not validate",
  PIPELINE_BAD_EVENT: 'a stored event cannot be read',
} as const

export type PipelineErrorCode = keyof typeof PIPELINE_ERROR_CODES

export class PipelineError extends CodedError<PipelineErrorCode> {
  readonly name = 'PipelineError'
}
