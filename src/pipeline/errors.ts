import { CodedError, errorCodes } from '../engine/coded-error.js'
// Pipeline error codes (service settings: src/config-errors.ts); docs/errors.md is generated from these entries (`npm run docs:errors`).
export const PIPELINE_ERROR_CODES = errorCodes({
  PIPELINE_UNKNOWN_INSTALLATION: {
    meaning: 'an event or job names an installation the store does not have',
    fix: 'List installations (`npx desk-sla installations`) and check the id in the webhook URL or the command.',
  },
  PIPELINE_BAD_POLICY_OVERRIDE: {
    meaning: "an installation's policy overrides do not validate",
    fix: "Fix the installation's policy overrides; `npx desk-sla policy check` validates a file with the same rules.",
  },
  PIPELINE_BAD_EVENT: {
    meaning: 'a stored event cannot be read',
    fix: 'The event is kept as failed; inspect it with `npx desk-sla inbox list-failed`.',
  },
})

export type PipelineErrorCode = keyof typeof PIPELINE_ERROR_CODES

export class PipelineError extends CodedError<PipelineErrorCode> {
  readonly name = 'PipelineError'
}
