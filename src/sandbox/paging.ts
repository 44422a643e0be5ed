import type { Response } from 'express'
import { invalidParam } from './errors.js'

// Offset paging as DESK_API.md "Conventions" describes: `from` 0-based, `limit` capped per endpoint,
// a short page means the end, an empty result answers 204 with no body (unverified; clients treat it as []).

export type Query = Record<string, unknown>

export function queryString(q: Query, name: string): string | undefined {
  const v = q[name]
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined
  return typeof v === 'string' ? v : undefined
}

export function parsePaging(q: Query, opts: { maxLimit: number; defaultLimit?: number; maxFrom?: number }): { from: number; limit: number } {
  const from = intParam(q, 'from', 0)
  const limit = intParam(q, 'limit', opts.defaultLimit ?? 10)
  if (from < 0 || (opts.maxFrom !== undefined && from > opts.maxFrom)) {
    throw invalidParam('from', `from must be between 0 and ${opts.maxFrom ?? 'any'}.`)
  }
  if (limit < 1 || limit > opts.maxLimit) throw invalidParam('limit', `limit must be between 1 and ${opts.maxLimit}.`)
  return { from, limit }
}

function intParam(q: Query, name: string, fallback: number): number {
  const raw = queryString(q, name)
  if (raw === undefined || raw === '') return fallback
  if (!/^-?\d+$/.test(raw)) throw invalidParam(name, `${name} must be an integer.`)
  return Number(raw)
}

export function sendList(res: Response, data: unknown[], extra: Record<string, unknown> = {}): void {
  if (data.length === 0) {
    res.status(204).end()
    return
  }
  res.json({ data, ...extra })
}

export function csv(q: Query, name: string): string[] {
  const v = queryString(q, name)
  return v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []
}
