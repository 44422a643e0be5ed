// Characters PostgreSQL refuses (issue 17): U+0000 in text or jsonb, and UTF-16 surrogates without
// their pair in jsonb. One ticket holding either used to fail every delivery, sync and retry that
// carried it. Every edge where outside text comes in (webhook bodies, Desk answers, CLI input)
// replaces them with U+FFFD before anything reaches the store.

export const REPLACEMENT_CHARACTER = '\uFFFD'

// Without the `u` flag these match UTF-16 code units, which is what a lone surrogate is.
const SUSPECT = /[\u0000\uD800-\uDFFF]/
const REFUSED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `text` with U+0000 and every unpaired surrogate replaced by U+FFFD (the same string when there is none) */
export function wellFormedText(text: string): string {
  return SUSPECT.test(text) ? text.replace(REFUSED, REPLACEMENT_CHARACTER) : text
}

// In JSON text the same characters arrive as escapes: \u0000, or \uD800 without its low half.
// Escapes are read left to right so that `\\u0000` (a backslash, then the letters u0000) is left
// alone: an escaped backslash or a valid surrogate pair is consumed whole and kept.
const ESCAPE = /\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u0000|u[dD][89a-fA-F][0-9a-fA-F]{2}|[^u])/g
const KEPT_ESCAPE = /^\\(?:[^u]|u[dD][89abAB][0-9a-fA-F]{2}\\u)/

/**
 * JSON text whose strings can all be stored: raw and escaped U+0000 and lone surrogates become
 * U+FFFD. Anything that is not a string or a Buffer (an already parsed value) is returned as is.
 */
export function wellFormedJsonText<T>(text: T): T | string {
  const s = Buffer.isBuffer(text) ? text.toString('utf8') : text
  if (typeof s !== 'string') return text
  const raw = wellFormedText(s)
  if (!raw.includes('\\u')) return raw
  return raw.replace(ESCAPE, (escape) => (KEPT_ESCAPE.test(escape) ? escape : '\\ufffd'))
}

/**
 * How deeply a JSON value nests (a scalar is 0, `[]` is 1), counted without recursion and given
 * up once past `limit`: PostgreSQL refuses (or, embedded, hangs on) jsonb nested tens of thousands deep.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (depth + 1 > limit) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 })
    }
  }
  return false
}
