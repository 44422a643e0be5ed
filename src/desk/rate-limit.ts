// Retry decisions and the per-org request limiter (DESK_API.md "Rate limits").
// Deciding whether to retry is a small pure function; the client does the waiting.

export interface RetryInput {
  /** HTTP status Desk answered; absent for network errors and timeouts */
  status?: number
  /** Desk's errorCode from the body, e.g. THRESHOLD_EXCEEDED */
  errorCode?: string
  retryAfterHeader?: string | null
  /** the attempt that just failed, 1-based */
  attempt: number
  isNetworkError?: boolean
  /** false for writes whose repetition would duplicate something (POST comment, POST webhook) */
  idempotent?: boolean
  /** for network errors: false when the request never left (connection refused, DNS failure) */
  requestSent?: boolean
}

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  /** ±fraction of jitter around each exponential step */
  jitter: number
  /** a Retry-After longer than this is not waited for: the call fails with DESK_RATE_LIMITED */
  maxRetryAfterMs: number
  random: () => number
  /** only used to read an HTTP-date Retry-After */
  now: () => number
}

export interface RetryDecision {
  retry: boolean
  delayMs: number
  reason: string
  /** the wait Desk asked for, when it sent Retry-After */
  retryAfterMs?: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000, // 1 s, 2 s, 4 s, 8 s
  jitter: 0.2,
  maxRetryAfterMs: 60_000, // 1 min; THRESHOLD_EXCEEDED can ask for hours, that is the job scheduler's wait, not ours
  random: Math.random,
  now: Date.now,
}

/** Retry-After is either delay-seconds or an HTTP-date; returns milliseconds, or null when absent/unreadable */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null
  const h = header.trim()
  if (h === '') return null
  if (/^\d+(\.\d+)?$/.test(h)) return Math.round(Number(h) * 1000)
  const at = Date.parse(h)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - nowMs)
}

export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'jitter' | 'random'>): number {
  const step = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1)
  const factor = 1 + policy.jitter * (2 * policy.random() - 1)
  return Math.round(step * factor)
}

export function decideRetry(input: RetryInput, overrides: Partial<RetryPolicy> = {}): RetryDecision {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides }
  const idempotent = input.idempotent ?? true
  const no = (reason: string, extra: Partial<RetryDecision> = {}): RetryDecision => ({ retry: false, delayMs: 0, reason, ...extra })
  const exponential = (reason: string): RetryDecision => ({ retry: true, delayMs: backoffDelay(input.attempt, policy), reason })

  if (input.isNetworkError) {
    if (input.attempt >= policy.maxAttempts) return no('network error on the last attempt')
    // a POST that may have reached Desk is not repeated: a duplicate comment is worse than a late one
    if (!idempotent && input.requestSent !== false) return no('network error on a non-idempotent request')
    return exponential('network error')
  }
  const status = input.status ?? 0
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(input.retryAfterHeader, policy.now()) ?? undefined
    if (input.attempt >= policy.maxAttempts) return no('rate limited on the last attempt', { retryAfterMs })
    if (retryAfterMs !== undefined) {
      if (retryAfterMs > policy.maxRetryAfterMs) return no('Retry-After beyond the configured cap', { retryAfterMs })
      return { retry: true, delayMs: retryAfterMs, reason: 'Retry-After', retryAfterMs }
    }
    return exponential('rate limited without Retry-After')
  }
  if (status >= 500) {
    if (input.attempt >= policy.maxAttempts) return no('server error on the last attempt')
    if (!idempotent) return no('server error on a non-idempotent request')
    return exponential('server error')
  }
  // 401 is refreshed-and-retried once by the client itself; every other 4xx is final
  return no(status === 401 ? 'unauthorized: the client refreshes the token itself' : 'client error')
}

export interface LimiterClock {
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export interface OrgLimiterOptions {
  /** DESK_API.md: at most 2 calls in flight per org */
  maxInFlight?: number
  requestsPerMinute: number
  /** the org's daily credits, when known; otherwise the highest remaining count seen stands in for it */
  dailyCredits?: number
}

const WINDOW_MS = 60_000

/**
 * Everything one process sends to one org goes through one of these: a concurrency cap (FIFO semaphore)
 * and a requests-per-minute budget. The budget is a sliding window (never more than N starts in any
 * 60 s), the exact form of a token bucket whose refill is one minute.
 */
export class OrgLimiter {
  private maxInFlight: number
  private requestsPerMinute: number
  private dailyCredits: number | undefined
  private inFlight = 0
  private readonly waiters: Array<() => void> = []
  private readonly starts: number[] = []
  private remaining: number | null = null
  private peakRemaining = 0

  constructor(opts: OrgLimiterOptions) {
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? 2)
    this.requestsPerMinute = Math.max(1, opts.requestsPerMinute)
    this.dailyCredits = opts.dailyCredits
  }

  configure(opts: Partial<OrgLimiterOptions>): void {
    if (opts.maxInFlight !== undefined) this.maxInFlight = Math.max(1, opts.maxInFlight)
    if (opts.requestsPerMinute !== undefined) this.requestsPerMinute = Math.max(1, opts.requestsPerMinute)
    if (opts.dailyCredits !== undefined) this.dailyCredits = opts.dailyCredits
  }

  get activeCount(): number {
    return this.inFlight
  }

  /** wait for a slot and for budget; call the returned function when the response is in */
  async acquire(clock: LimiterClock): Promise<() => void> {
    if (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiters.push(resolve))
    else this.inFlight++
    try {
      await this.takeBudget(clock)
    } catch (e) {
      this.release()
      throw e
    }
    let released = false
    return () => {
      if (released) return
      released = true
      this.release()
    }
  }

  private release(): void {
    const next = this.waiters.shift()
    if (next) next() // the slot passes straight to the next waiter
    else this.inFlight--
  }

  private async takeBudget(clock: LimiterClock): Promise<void> {
    // `waited` counts a sleep as done even when the clock did not move (a frozen test clock with
    // a no-op sleep), so the wait can never loop forever.
    let waited = -Infinity
    for (;;) {
      const now = Math.max(clock.now(), waited)
      while (this.starts.length > 0 && this.starts[0]! <= now - WINDOW_MS) this.starts.shift()
      if (this.starts.length < this.requestsPerMinute) {
        this.starts.push(now)
        return
      }
      const wait = this.starts[0]! + WINDOW_MS - now
      await clock.sleep(wait)
      waited = now + wait
    }
  }

  /** record X-Rate-Limit-Remaining-v3 from a response */
  noteRemaining(header: string | number | null | undefined): void {
    if (header === null || header === undefined || header === '') return
    const n = Number(header)
    if (!Number.isFinite(n) || n < 0) return
    this.remaining = n
    if (n > this.peakRemaining) this.peakRemaining = n
  }

  get remainingCredits(): number | null {
    return this.remaining
  }

  /** remaining / daily credits in [0, 1], or null before any response carried the header */
  remainingFraction(): number | null {
    if (this.remaining === null) return null
    const total = this.dailyCredits ?? this.peakRemaining
    if (total <= 0) return 0
    return Math.min(1, this.remaining / total)
  }
}

/** Limiters keyed by org. One registry per process (`processLimiters`) so every client shares the budget. */
export class OrgLimiterRegistry {
  private readonly byOrg = new Map<string, OrgLimiter>()

  forOrg(orgId: string, opts: OrgLimiterOptions): OrgLimiter {
    const existing = this.byOrg.get(orgId)
    if (existing) {
      existing.configure(opts)
      return existing
    }
    const created = new OrgLimiter(opts)
    this.byOrg.set(orgId, created)
    return created
  }
}

export const processLimiters = new OrgLimiterRegistry()

/** below this share of the daily credits, callers defer non-urgent reads (DESK_API.md) */
export const LOW_CREDITS_FRACTION = 0.1
