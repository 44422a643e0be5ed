import { EngineError } from '../engine/errors.js'

// One line for a human: code and message, never a stack trace.
export function describeError(err: unknown): string {
  if (err instanceof EngineError) return `${err.message} [${err.code}]`
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    const oneLine = err.message.split('\n')[0]
    return typeof code === 'string' ? `${oneLine} [${code}]` : oneLine
  }
  return String(err)
}
