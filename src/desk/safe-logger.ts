// Nothing the Desk client logs may carry a token, a secret or an Authorization header: every
// message and meta object goes through the one redactor (src/redact.ts) with the client's own secrets.
import type { Logger, LogLevel } from '../logger.js'
import { redact, scrub } from '../redact.js'

/** a logger wrapper that redacts every message and meta object before it leaves */
export function safeLogger(logger: Logger | undefined, secrets: () => ReadonlyArray<string>) {
  return (level: LogLevel, message: string, meta: Record<string, unknown> = {}): void => {
    if (!logger) return
    logger[level](scrub(message, secrets()), redact(meta, secrets()) as Record<string, unknown>)
  }
}
