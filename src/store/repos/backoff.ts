// How long to wait before the next attempt: exponential from a base, capped, with ± jitter.
import { DEFAULTS } from '../../config.js'

export interface RetryPolicy {
  /** attempts in total before giving up (the first try counts) */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** 0.2 spreads each delay ±20 % so replicas do not retry in lockstep */
  jitter: number
}

/** (config.ts DEFAULTS declares the budgets) */
export const DEFAULT_OUTBOX_RETRY: RetryPolicy = DEFAULTS.outboxRetry

export const DEFAULT_INBOX_RETRY: RetryPolicy = DEFAULTS.inboxRetry

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
