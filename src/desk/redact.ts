// Nothing the client logs or throws may carry a token, a secret or an Authorization header.

const SECRET_KEY = /authorization|token|secret|password|client_secret|refresh_token|access_token/i

/** a copy of `meta` with secret-looking keys replaced and known secret values cut out of strings */
export function redact(meta: unknown, secrets: ReadonlyArray<string> = [], depth = 0): unknown {
  if (typeof meta === 'string') return scrub(meta, secrets)
  if (meta === null || typeof meta !== 'object' || depth > 6) return meta
  if (Array.isArray(meta)) return meta.map((v) => redact(v, secrets, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(meta)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, secrets, depth + 1)
  return out
}

/** cut every known secret value out of a string */
export function scrub(text: string, secrets: ReadonlyArray<string>): string {
  let out = text
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]')
  return out
}

/** the subset of a winston logger the client uses */
export interface DeskLogger {
  debug(message: string, meta?: Record<string, unknown>): unknown
  info(message: string, meta?: Record<string, unknown>): unknown
  warn(message: string, meta?: Record<string, unknown>): unknown
  error(message: string, meta?: Record<string, unknown>): unknown
}

export type LogLevel = keyof DeskLogger

/** a logger wrapper that redacts every meta object before it leaves */
export function safeLogger(logger: DeskLogger | undefined, secrets: () => ReadonlyArray<string>) {
  return (level: LogLevel, message: string, meta: Record<string, unknown> = {}): void => {
    if (!logger) return
    logger[level](scrub(message, secrets()), redact(meta, secrets()) as Record<string, unknown>)
  }
}
