import { CodedError } from './engine/coded-error.js'
// Service-setting error codes (docs/errors.md lists them with how to solve each). The code keeps
// its old PIPELINE_ prefix: operators and scripts match on it (issue #16 moved it out of the pipeline).
export const CONFIG_ERROR_CODES = {
  PIPELINE_CONFIG: 'a service setting is missing or invalid',
} as const

export type ConfigErrorCode = keyof typeof CONFIG_ERROR_CODES

export class ConfigError extends CodedError<ConfigErrorCode> {
  readonly name = 'ConfigError'
}
