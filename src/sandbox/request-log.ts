import type { Request } from 'express'

// Every API and token request the sandbox received, so tests can assert "no second write".
// Authorization is never recorded; token requests have their secrets masked.

export type LoggedRequest = {
  seq: number
  time: string
  kind: 'api' | 'oauth'
  method: string
  path: string
  query: Record<string, unknown>
  body: unknown
  headers: Record<string, string | string[] | undefined>
  /** the HTTP status answered, once the answer went out */
  status?: number
}

const SECRET_FIELDS = ['client_secret', 'refresh_token']

export class RequestLog {
  private entries: LoggedRequest[] = []
  private seq = 0

  constructor(private readonly now: () => string, private readonly max = 10_000) {}

  record(kind: LoggedRequest['kind'], req: Request, path: string): LoggedRequest {
    const headers = { ...req.headers }
    delete headers.authorization
    const mask = (v: unknown): unknown => {
      if (kind !== 'oauth' || typeof v !== 'object' || v === null) return v
      const copy = { ...(v as Record<string, unknown>) }
      for (const k of SECRET_FIELDS) if (k in copy) copy[k] = '[redacted]'
      return copy
    }
    const entry: LoggedRequest = {
      seq: ++this.seq,
      time: this.now(),
      kind,
      method: req.method,
      path,
      query: mask({ ...(req.query as Record<string, unknown>) }) as Record<string, unknown>,
      body: mask(req.body === undefined ? null : structuredClone(req.body)),
      headers,
    }
    this.entries.push(entry)
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max)
    return entry
  }

  list(filter: { method?: string; path?: string; kind?: string } = {}): LoggedRequest[] {
    return this.entries.filter((e) =>
      (!filter.method || e.method === filter.method.toUpperCase())
      && (!filter.path || e.path.includes(filter.path))
      && (!filter.kind || e.kind === filter.kind))
  }

  clear(): void {
    this.entries = []
  }
}
