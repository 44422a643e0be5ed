import { DeskApiError } from './errors.js'

// Desk's API credits (DESK_API.md "Rate limits", numbers unverified): a daily budget per portal,
// a get-by-id costs 1 and a list or search page 3; too many parallel calls answer
// 429 TOO_MANY_REQUESTS without Retry-After, an empty budget 429 THRESHOLD_EXCEEDED with it.

export type RateLimitOptions = {
  /** Credits per UTC day of the sandbox clock (Enterprise with 50 users ≈ 150k; default 100k). */
  dailyCredits?: number
  /** Parallel API calls allowed before 429 TOO_MANY_REQUESTS (Desk: 5–25 by edition; default 10). */
  maxConcurrent?: number
}

export const WEIGHT_HEADER = 'X-Rate-Limit-Request-Weight-v3'
export const REMAINING_HEADER = 'X-Rate-Limit-Remaining-v3'

export class RateLimiter {
  dailyCredits: number
  maxConcurrent: number
  remaining: number
  inFlight = 0
  /** calls refused with THRESHOLD_EXCEEDED because the credits ran out (fault switches not counted) */
  exceeded = 0
  private day: string

  constructor(private readonly now: () => number, opts: RateLimitOptions = {}) {
    this.dailyCredits = opts.dailyCredits ?? 100_000
    this.maxConcurrent = opts.maxConcurrent ?? 10
    this.remaining = this.dailyCredits
    this.day = utcDay(now())
  }

  /** Credits left after a new UTC day refilled them. */
  current(): number {
    const today = utcDay(this.now())
    if (today !== this.day) {
      this.day = today
      this.remaining = this.dailyCredits
    }
    return this.remaining
  }

  /** Spends `weight` credits or throws THRESHOLD_EXCEEDED with the seconds until the budget refills. */
  charge(weight: number): void {
    if (this.current() < weight) {
      this.exceeded++
      throw new ThresholdExceeded(this.secondsToRefill())
    }
    this.remaining -= weight
  }

  secondsToRefill(): number {
    const now = this.now()
    const next = new Date(now)
    next.setUTCHours(24, 0, 0, 0)
    return Math.max(1, Math.ceil((next.getTime() - now) / 1000))
  }

  configure(opts: { dailyCredits?: number; remaining?: number; maxConcurrent?: number }): void {
    if (opts.dailyCredits !== undefined) { this.dailyCredits = opts.dailyCredits; this.remaining = Math.min(this.remaining, opts.dailyCredits) }
    if (opts.remaining !== undefined) { this.current(); this.remaining = opts.remaining }
    if (opts.maxConcurrent !== undefined) this.maxConcurrent = opts.maxConcurrent
  }

  reset(): void {
    this.exceeded = 0
    this.remaining = this.dailyCredits
    this.day = utcDay(this.now())
  }
}

export class ThresholdExceeded extends DeskApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'THRESHOLD_EXCEEDED', 'You have exceeded the API credit limit for the day.')
  }
}

export const tooManyRequests = (): DeskApiError =>
  new DeskApiError(429, 'TOO_MANY_REQUESTS', 'Too many concurrent requests. Please try again after some time.')

/** Weight of a call: list and search pages cost 3, everything naming one record 1. */
export function requestWeight(method: string, path: string): number {
  if (method !== 'GET') return 1
  const p = path.replace(/\/+$/, '')
  if (/^\/tickets\/search$/.test(p)) return 3
  if (/^\/[A-Za-z]+$/.test(p)) return 3 // /tickets, /accounts, /contacts, /webhooks, /organizationFields…
  if (/^\/tickets\/[^/]+\/(threads|comments|History)$/.test(p)) return 3
  return 1
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
