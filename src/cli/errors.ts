// Error codes of the command line itself; a command's other errors carry their module's code.
// `main` prints every error as one line `desk-sla <command>: <message> [CODE]`, a usage error
// without its code (it exits 2, the others 1).
import { CodedError, errorCodes } from '../engine/coded-error.js'

export const CLI_ERROR_CODES = errorCodes({
  CLI_USAGE: {
    meaning: 'the command line cannot be read: an unknown option, a missing or extra argument, a value of the wrong form (exit status 2)',
    fix: 'the message names the argument; `npx desk-sla help` lists the commands and `npx desk-sla <command> --help` their options',
  },
})

export type CliErrorCode = keyof typeof CLI_ERROR_CODES

export class UsageError extends CodedError<CliErrorCode> {
  readonly name = 'UsageError'
  constructor(message: string) {
    super('CLI_USAGE', message)
  }
}
