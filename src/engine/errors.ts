import { CodedError } from './coded-error.js'
// One catalogue of engine error codes. Codes are stable and never reused;
// docs/errors.md explains each one and how to solve it (test/engine/errors.test.ts keeps both in step).
export const ENGINE_ERROR_CODES = {
  SLA_POLICY_UNREADABLE: 'the policy file cannot be read',
  SLA_POLICY_SYNTAX: 'the policy file is not valid YAML/JSON',
  SLA_POLICY_INVALID: 'the policy file breaks a rule of the policy schema',
  SLA_BAD_INPUT: 'a compute/score input is not valid',
  SLA_BAD_DATE: 'a date cannot be parsed or does not exist',
  SLA_UNKNOWN_TIME_ZONE: 'a calendar names a time zone the IANA database does not know',
  SLA_EMPTY_CALENDAR: 'a calendar has no working time in the search horizon',
  SLA_UNKNOWN_REGION: 'a region name is not one of the policy regions',
} as const

export type EngineErrorCode = keyof typeof ENGINE_ERROR_CODES

export class EngineError extends CodedError<EngineErrorCode> {
  readonly name = 'EngineError'
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError
}
