// The one error describer: the code (when the error has one) and the message of anything thrown,
// never a stack trace. Two layouts of the same parts:
//  - 'stored' "CODE: message", what the inbox, the outbox and the job runs keep and the logs carry;
//  - 'line' "message [CODE]", what a command prints for a person (a usage error: the message alone): the first line of a foreign
//    error's message (a zod or driver message runs on), all of an engine error's (written for people).
import { EngineError } from './engine/errors.js'

export type ErrorLayout = 'stored' | 'line'

export function describeError(err: unknown, layout: ErrorLayout = 'stored'): string {
  if (!(err instanceof Error)) return String(err)
  const code = (err as { code?: unknown }).code
  const coded = typeof code === 'string' ? code : undefined
  if (layout === 'stored') return coded ? `${coded}: ${err.message}` : err.message
  const message = err instanceof EngineError ? err.message : err.message.split('\n')[0]!
  // a usage error (src/cli/errors.ts) is its line alone: the exit status (2) says what it is
  if (err.name === 'UsageError') return message
  return coded ? `${message} [${coded}]` : message
}
