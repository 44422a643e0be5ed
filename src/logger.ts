// The service's logger: winston, one JSON line per entry on stdout. Secrets never reach it:
// values under secret-looking keys are replaced (src/redact.ts), and hook URLs are logged with the secret cut out.
import winston from 'winston'
import { redact } from './redact.js'

/** what every part of the service logs through (the Desk client, the pipeline, the web app) */
export interface Logger {
  debug(message: string, meta?: Record<string, unknown>): void
  info(message: string, meta?: Record<string, unknown>): void
  warn(message: string, meta?: Record<string, unknown>): void
  error(message: string, meta?: Record<string, unknown>): void
}

export type LogLevel = keyof Logger

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

export function createLogger(level: string = 'info', stream: NodeJS.WritableStream = process.stdout): Logger {
  const w = winston.createLogger({
    level,
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  })
  const at = (lvl: LogLevel) => (message: string, meta?: Record<string, unknown>) => {
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
