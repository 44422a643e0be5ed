import { CodedError, errorCodes } from './coded-error.js'
// One catalogue of engine error codes. Codes are stable and never reused; docs/errors.md is
// generated from these entries (`npm run docs:errors`; test/errors.test.ts keeps it in step).
export const ENGINE_ERROR_CODES = errorCodes({
  SLA_POLICY_UNREADABLE: {
    meaning: 'The policy file named by `--policy` or `DESK_SLA_POLICY` cannot be read.',
    fix: "Check the path and the file's permissions; unset `DESK_SLA_POLICY` to use the shipped `config/policy.yaml`.",
  },
  SLA_POLICY_SYNTAX: {
    meaning: 'The policy file is not valid YAML or JSON, or does not hold a mapping.',
    fix: 'Fix the line the message names; `npx desk-sla policy check FILE` re-checks it.',
  },
  SLA_POLICY_INVALID: {
    meaning:
      'A value breaks a rule of the policy: unknown region or key, negative hours, a range whose low end exceeds its high end, a country in two regions, an unknown time zone… Every problem is listed with file, line and path.',
    fix: 'Fix each listed path; run `npx desk-sla policy check FILE` until it prints `policy OK`.',
  },
  SLA_BAD_INPUT: {
    meaning: 'The input of `compute` or `score` is not what the command reads: not JSON, not an object, a required field missing, a figure out of range.',
    fix: 'Send one JSON object; `ticket.createdTime` is required for `compute`. The message names the field.',
  },
  SLA_BAD_DATE: {
    meaning: 'A date-time cannot be parsed or does not exist (`2026-02-30T10:00:00Z`), or a calendar date in the policy is not a real date.',
    fix: 'Use ISO-8601 instants such as `2026-03-02T09:15:00.000Z`; a value without an offset is read as UTC.',
  },
  SLA_UNKNOWN_TIME_ZONE: {
    meaning: 'A calendar names a time zone that the IANA database does not know.',
    fix: 'Use an IANA name such as `Europe/London` in `regions.<region>.calendar.timeZone`.',
  },
  SLA_EMPTY_CALENDAR: {
    meaning: 'A calendar has no working time (no hours on any day, or none for three years).',
    fix: 'Give the calendar working hours (`hours`) or remove weekend days / holidays that close every day.',
  },
  SLA_UNKNOWN_REGION: {
    meaning: 'A region name is not one of ANZ, APAC & Japan, India, MEA, Americas, UK & EU.',
    fix: 'Use one of the six region names exactly as written.',
  },
})

export type EngineErrorCode = keyof typeof ENGINE_ERROR_CODES

export class EngineError extends CodedError<EngineErrorCode> {
  readonly name = 'EngineError'
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError
}
