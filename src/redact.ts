// The one secret redactor: nothing logged, stored or thrown may carry a token, a secret, a password,
// a cookie or an Authorization header. Used by the service's logger and by the Desk client's.

const SECRET_KEY = /secret|token|password|authorization|refresh|cookie|key$/i

/** a copy of `value` with secret-looking keys replaced and the known `secrets` cut out of its strings */
export function redact(value: unknown, secrets: ReadonlyArray<string> = [], depth = 0): unknown {
  if (typeof value === 'string') return scrub(value, secrets)
  if (value === null || typeof value !== 'object' || depth > 6) return value
  if (Array.isArray(value)) return value.map((v) => redact(v, secrets, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, secrets, depth + 1)
  return out
}

/** cut every known secret value (of 4 characters or more) out of a string */
export function scrub(text: string, secrets: ReadonlyArray<string>): string {
  let out = text
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]')
  return out
}
