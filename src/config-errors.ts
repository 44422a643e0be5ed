import { CodedError, errorCodes } from './engine/coded-error.js'
// Service-setting error codes; docs/errors.md is generated from these entries (`npm run docs:errors`).
// The code keeps its old PIPELINE_ prefix: operators and scripts match on it (issue #16 moved it out
// of the pipeline, so that config.ts imports nothing of the pipeline).
export const CONFIG_ERROR_CODES = errorCodes({
  PIPELINE_CONFIG: {
    meaning: 'a service setting is missing or invalid (src/config.ts reports every bad setting in one line)',
    fix: "Set the environment variable the message names (see the README's configuration table) and start again.",
  },
})

export type ConfigErrorCode = keyof typeof CONFIG_ERROR_CODES

export class ConfigError extends CodedError<ConfigErrorCode> {
  readonly name = 'ConfigError'
}
