import { EngineError } from '../engine/errors.js'
import { UsageError } from './errors.js'

// One line for a human: code and message, never a stack trace. A usage error is the line alone:
// its exit status (2) says what it is.
export function describeError(err: unknown): string {
  if (err instanceof EngineError) return `${err.message} [${err.code}]`
  if (err instanceof UsageError || (err as Error | null)?.name === 'UsageError') return (err as Error).message.split('\n')[0]!
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    const oneLine = err.message.split('\n')[0]
    return typeof code === 'string' ? `${oneLine} [${code}]` : oneLine
  }
  return String(err)
}
