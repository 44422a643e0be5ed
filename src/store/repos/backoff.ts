// How long to wait before the next attempt: exponential from a base, capped, with ± jitter.
export interface RetryPolicy {
  /** attempts in total before giving up (the first try counts) */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** 0.2 spreads each delay ±20 % so replicas do not retry in lockstep */
  jitter: number
}

export const DEFAULT_OUTBOX_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 8,
  baseDelayMs: 30_000, // 30 s, then 1, 2, 4 … min
  maxDelayMs: 3_600_000, // 1 h
  jitter: 0.2,
})

export const DEFAULT_INBOX_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 5_000, // 5 s
  maxDelayMs: 600_000, // 10 min
  jitter: 0.2,
})

/** delay after the `attempts`-th failed attempt (1-based); `random` in [0, 1), 0.5 means no jitter */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1)
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent)
  const spread = 1 + policy.jitter * (2 * random() - 1)
  return Math.max(0, Math.round(raw * spread))
}

export function attemptsExhausted(attempts: number, policy: RetryPolicy): boolean {
  return attempts >= policy.maxAttempts
}
