// CORS for the widget API: only Zoho Desk's origins get CORS headers; any other origin gets none
// (so a browser refuses to hand it the answer). The allow-list is configuration; these defaults
// are Desk's data centers (DESK_API.md "Hosts") and the *.zohodesk.<tld> help-center portals.
// ZOHODESK.request calls "are routed through proxies" (Zoho's guide, request-method.html): the
// widget's reads reach desk-sla from Desk's servers, with no Origin and so without CORS. CORS only
// matters to a browser calling the API directly; the bearer token is what authorizes a read.
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { z } from 'zod'

const DESK_TLDS = ['com', 'eu', 'in', 'com.au', 'jp', 'sa', 'uk', 'com.cn'] as const

export const DEFAULT_DESK_ORIGINS: readonly string[] = Object.freeze([
  ...DESK_TLDS.map((tld) => `https://desk.zoho.${tld}`),
  'https://desk.zohocloud.ca',
  ...DESK_TLDS.map((tld) => `https://*.zohodesk.${tld}`),
  'https://*.zohodesk.ca',
])

// An origin pattern: https://host, where only the LEFTMOST label may be "*" (one or more labels).
// A wildcard elsewhere (https://*.zohodesk.*) would also admit zohodesk.attacker.example.
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const PATTERN = new RegExp(`^https?://(\\*\\.)?${HOST_LABEL}(\\.${HOST_LABEL})+(:\\d{1,5})?$`)

export const OriginPattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(PATTERN, 'an origin such as https://desk.zoho.com, or https://*.zohodesk.com (a wildcard only as the leftmost label)')

export const CorsOrigins = z.array(OriginPattern).min(1)

/** Parses a comma- or space-separated list (e.g. an env value); empty or missing means the defaults. */
export function parseCorsOrigins(text: string | undefined): string[] {
  const items = (text ?? '').split(/[\s,]+/).filter((s) => s !== '')
  if (items.length === 0) return [...DEFAULT_DESK_ORIGINS]
  return CorsOrigins.parse(items)
}

export type OriginMatcher = (origin: string) => boolean

export function originMatcher(patterns: readonly string[]): OriginMatcher {
  const exact = new Set<string>()
  const wildcards: { scheme: string; suffix: string }[] = []
  for (const raw of CorsOrigins.parse([...patterns])) {
    const m = /^(https?:\/\/)\*(\..+)$/.exec(raw)
    if (m) wildcards.push({ scheme: m[1], suffix: m[2] })
    else exact.add(raw)
  }
  const labels = new RegExp(`^${HOST_LABEL}(\\.${HOST_LABEL})*$`)
  return (origin: string) => {
    const o = origin.trim().toLowerCase()
    if (exact.has(o)) return true
    return wildcards.some(({ scheme, suffix }) => {
      if (!o.startsWith(scheme) || !o.endsWith(suffix)) return false
      const sub = o.slice(scheme.length, o.length - suffix.length)
      return sub.length > 0 && labels.test(sub)
    })
  }
}

export interface CorsOptions {
  origins: readonly string[]
  methods?: readonly string[]
  allowedHeaders?: readonly string[]
  /** seconds a browser may cache a preflight answer */
  maxAgeSeconds?: number
}

/**
 * Express middleware: adds CORS headers for allowed origins and answers preflights (204).
 * A preflight from any other origin is answered 204 WITHOUT CORS headers, so the browser blocks it.
 */
export function cors(options: CorsOptions): RequestHandler {
  const allowed = originMatcher(options.origins)
  const methods = (options.methods ?? ['GET']).join(', ')
  const headers = (options.allowedHeaders ?? ['Authorization', 'X-Installation-Id']).join(', ')
  const maxAge = String(options.maxAgeSeconds ?? 600)
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin
    res.vary('Origin')
    const ok = typeof origin === 'string' && allowed(origin)
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Expose-Headers', 'Content-Type')
    }
    if (req.method === 'OPTIONS') {
      if (ok) {
        res.setHeader('Access-Control-Allow-Methods', methods)
        res.setHeader('Access-Control-Allow-Headers', headers)
        res.setHeader('Access-Control-Max-Age', maxAge)
      }
      res.status(204).end()
      return
    }
    next()
  }
}
