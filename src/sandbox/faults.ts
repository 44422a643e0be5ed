import { z } from 'zod'

// Fault switches the control API flips (POST /sandbox/faults). API faults can be narrowed to a
// method and a path fragment (e.g. only PATCHes), so a test can break exactly the call it studies.

const Match = {
  method: z.string().toUpperCase().optional(),
  /** Substring of the path under /api/v1, e.g. "/tickets/". */
  path: z.string().optional(),
}

export const FaultsInput = z.object({
  /** Next `count` matching calls answer 429: THRESHOLD_EXCEEDED with Retry-After when `retryAfter` is set, else TOO_MANY_REQUESTS without. */
  rateLimit: z.object({ count: z.number().int().min(1).default(1), retryAfter: z.number().int().min(0).optional(), ...Match }).strict().optional(),
  /** Next `count` matching calls answer a 5xx (default 503). */
  serverError: z.object({ count: z.number().int().min(1).default(1), status: z.number().int().min(500).max(599).default(503), ...Match }).strict().optional(),
  /** Matching calls wait `ms` before being handled; `count` limits it to the next N calls. */
  slow: z.object({ ms: z.number().int().min(0).max(120_000), count: z.number().int().min(1).optional(), ...Match }).strict().optional(),
  /** "missing": GET /fields and /fields/{id} answer 404 URL_NOT_FOUND (an org with only the deprecated /organizationFields) */
  fieldsApi: z.enum(['available', 'missing']).optional(),
  /** "refused": POST /webhooks with a non-empty ignoreSourceId answers 422 INVALID_DATA naming /ignoreSourceId (a reported refusal) */
  ignoreSourceId: z.enum(['accepted', 'refused']).optional(),
  webhooks: z.object({
    /** Next N deliveries are recorded as dropped and never sent. */
    drop: z.number().int().min(0).optional(),
    /** Next N deliveries are sent twice. */
    duplicate: z.number().int().min(0).optional(),
    /** Next N deliveries are held back and then sent newest first. */
    reorder: z.number().int().min(0).optional(),
  }).strict().optional(),
}).strict()
export type FaultsInput = z.input<typeof FaultsInput>

type MatchRule = { method?: string; path?: string }
type RateRule = MatchRule & { count: number; retryAfter?: number }
type ServerRule = MatchRule & { count: number; status: number }
type SlowRule = MatchRule & { ms: number; count?: number }

export type ApiFailure = { kind: 'rate'; retryAfter?: number } | { kind: 'server'; status: number }
export type DeliveryFault = 'drop' | 'duplicate' | 'reorder'

export class FaultSwitches {
  private rate: RateRule | null = null
  private server: ServerRule | null = null
  private slowRule: SlowRule | null = null
  private drop = 0
  private duplicate = 0
  private reorder = 0
  fieldsApiMissing = false
  ignoreSourceIdRefused = false

  /** Merges the given switches into the current ones. */
  set(input: unknown): void {
    const f = FaultsInput.parse(input)
    if (f.rateLimit) this.rate = { ...f.rateLimit }
    if (f.serverError) this.server = { ...f.serverError }
    if (f.slow) this.slowRule = { ...f.slow }
    if (f.fieldsApi !== undefined) this.fieldsApiMissing = f.fieldsApi === 'missing'
    if (f.ignoreSourceId !== undefined) this.ignoreSourceIdRefused = f.ignoreSourceId === 'refused'
    if (f.webhooks?.drop !== undefined) this.drop = f.webhooks.drop
    if (f.webhooks?.duplicate !== undefined) this.duplicate = f.webhooks.duplicate
    if (f.webhooks?.reorder !== undefined) this.reorder = f.webhooks.reorder
  }

  clear(): void {
    this.rate = this.server = this.slowRule = null
    this.drop = this.duplicate = this.reorder = 0
    this.fieldsApiMissing = this.ignoreSourceIdRefused = false
  }

  snapshot(): Record<string, unknown> {
    return {
      rateLimit: this.rate, serverError: this.server, slow: this.slowRule,
      fieldsApi: this.fieldsApiMissing ? 'missing' : 'available',
      ignoreSourceId: this.ignoreSourceIdRefused ? 'refused' : 'accepted',
      webhooks: { drop: this.drop, duplicate: this.duplicate, reorder: this.reorder },
    }
  }

  takeSlow(method: string, path: string): number {
    const r = this.slowRule
    if (!r || !matches(r, method, path)) return 0
    if (r.count !== undefined && --r.count <= 0) this.slowRule = null
    return r.ms
  }

  takeFailure(method: string, path: string): ApiFailure | null {
    const rate = this.rate
    if (rate && matches(rate, method, path)) {
      if (--rate.count <= 0) this.rate = null
      return { kind: 'rate', retryAfter: rate.retryAfter }
    }
    const server = this.server
    if (server && matches(server, method, path)) {
      if (--server.count <= 0) this.server = null
      return { kind: 'server', status: server.status }
    }
    return null
  }

  takeDeliveryFault(): DeliveryFault | null {
    if (this.drop > 0) { this.drop--; return 'drop' }
    if (this.duplicate > 0) { this.duplicate--; return 'duplicate' }
    if (this.reorder > 0) { this.reorder--; return 'reorder' }
    return null
  }

  /** Deliveries still to be held for a reorder batch. */
  get reorderPending(): number {
    return this.reorder
  }
}

function matches(rule: MatchRule, method: string, path: string): boolean {
  return (!rule.method || rule.method === method.toUpperCase()) && (!rule.path || path.includes(rule.path))
}
