// The service's logger: winston, one JSON line per entry on stdout. Secrets never reach it:
// values under secret-looking keys are replaced, and hook URLs are logged with the secret cut out.
import winston from 'winston'
import type { Logger } from './pipeline/context.js'

const SECRET_KEY = /secret|token|password|authorization|refresh|cookie|key$/i

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)
  return out
}

export function createLogger(level: string = 'info', stream: NodeJS.WritableStream = process.stdout): Logger {
  const w = winston.createLogger({
    level,
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  })
  const at = (lvl: 'debug' | 'info' | 'warn' | 'error') => (message: string, meta?: Record<string, unknown>) => {
    const fields = redact(meta ?? {}) as Record<string, unknown>
    // winston would glue a meta `message` onto the entry's own: keep it apart
    if ('message' in fields) {
      fields.detail = fields.message
      delete fields.message
    }
    w.log(lvl, message, fields)
  }
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}
