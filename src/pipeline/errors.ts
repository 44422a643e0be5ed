import { CodedError, errorCodes } from '../coded-error.js'
import { isDeskError } from '../desk/errors.js'
// Pipeline and service error codes; docs/errors.md is generated from these entries (`npm run docs:errors`).
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
  PIPELINE_CONFIG: {
    meaning: 'a service setting is missing or invalid (src/config.ts reports every bad setting in one line)',
    fix: "Set the environment variable the message names (see the README's configuration table) and start again.",
  },
})

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
