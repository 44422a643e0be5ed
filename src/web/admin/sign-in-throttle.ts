// Who may try a sign-in secret now (issue #17). Each client address has its own budget and all
// clients share a larger one; beyond the free attempts each further one waits longer (growing
// delays, not a lock anyone can trigger for everyone). The store counts every attempt before its
// secret is checked (countAttempt: one statement), so replicas and concurrent requests agree.
// In front of it, this process refuses without any store or CPU work what it already knows is
// over budget: a client whose wait is known, or one with attempts already in flight.
import type { Db } from '../../store/db.js'
import {
  clearBudget,
  clientBudgetKey,
  countAttempt,
  deleteQuietBudgets,
  GLOBAL_BUDGET_KEY,
  refundAttempt,
  type SignInBudget,
} from './sessions.js'

export interface SignInBudgets {
  perClient: SignInBudget
  global: SignInBudget
}

export const DEFAULT_SIGN_IN_BUDGETS: SignInBudgets = {
  // 5 at once, then 30 s, 1 min, 2 min … up to 15 min between attempts
  perClient: { free: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, quietMs: 15 * 60_000 },
  // every client together: 50, then 1 s, 2 s … up to 30 s between attempts; a sign-in that
  // succeeds gives its attempt back
  global: { free: 50, baseDelayMs: 1_000, maxDelayMs: 30_000, quietMs: 15 * 60_000 },
}

/** attempts of one client this process lets run at once (a browser sends one form at a time) */
export const MAX_IN_FLIGHT_PER_CLIENT = 2
/** clients whose wait this process remembers */
const MAX_REMEMBERED = 10_000

export type Admission =
  | { admitted: true; settle(signedIn: boolean): Promise<void> }
  | { admitted: false; retryAfterMs: number; budget: 'client' | 'global' }

export type Refusal = Extract<Admission, { admitted: false }>

export interface SignInThrottle {
  /** what this process already knows without the store: the client must wait (or has attempts in flight) */
  refusedNow(client: string): Refusal | null
  /** counts the attempt in the store and admits it, or refuses it */
  admit(client: string): Promise<Admission>
}

export function createSignInThrottle(db: Db, budgets: SignInBudgets, now: () => number): SignInThrottle {
  const waits = new Map<string, number>()
  const inFlight = new Map<string, number>()

  const remember = (key: string, until: number | null) => {
    if (until === null) return void waits.delete(key)
    waits.delete(key)
    waits.set(key, until)
    if (waits.size > MAX_REMEMBERED) {
      const t = now()
      for (const [k, u] of waits) if (u <= t) waits.delete(k)
      while (waits.size > MAX_REMEMBERED) waits.delete(waits.keys().next().value!)
    }
  }
  const waitOf = (key: string, t: number) => {
    const until = waits.get(key)
    return until !== undefined && until > t ? until - t : 0
  }
  const leave = (key: string) => {
    const n = (inFlight.get(key) ?? 1) - 1
    if (n <= 0) inFlight.delete(key)
    else inFlight.set(key, n)
  }

  const refusedNow = (client: string): Refusal | null => {
    const key = clientBudgetKey(client)
    const t = now()
    const known = waitOf(key, t)
    if (known > 0) return { admitted: false, retryAfterMs: known, budget: 'client' }
    const shared = waitOf(GLOBAL_BUDGET_KEY, t)
    if (shared > 0) return { admitted: false, retryAfterMs: shared, budget: 'global' }
    if ((inFlight.get(key) ?? 0) >= MAX_IN_FLIGHT_PER_CLIENT) return { admitted: false, retryAfterMs: 1_000, budget: 'client' }
    return null
  }

  return {
    refusedNow,
    async admit(client) {
      const refused = refusedNow(client)
      if (refused) return refused
      const key = clientBudgetKey(client)
      const t = now()
      inFlight.set(key, (inFlight.get(key) ?? 0) + 1)
      let admitted = false
      try {
        const own = await countAttempt(db, key, t, budgets.perClient)
        remember(key, own.waitUntil)
        if (!own.admitted) return { admitted: false, retryAfterMs: Math.max(1_000, (own.waitUntil ?? t) - t), budget: 'client' }
        const all = await countAttempt(db, GLOBAL_BUDGET_KEY, t, budgets.global)
        remember(GLOBAL_BUDGET_KEY, all.waitUntil)
        if (!all.admitted) return { admitted: false, retryAfterMs: Math.max(1_000, (all.waitUntil ?? t) - t), budget: 'global' }
        admitted = true
      } finally {
        if (!admitted) leave(key)
      }
      let settled = false
      return {
        admitted: true,
        async settle(signedIn) {
          if (settled) return
          settled = true
          try {
            if (!signedIn) return
            waits.delete(key)
            await clearBudget(db, key)
            await refundAttempt(db, GLOBAL_BUDGET_KEY, budgets.global)
            await deleteQuietBudgets(db, now(), Math.max(budgets.perClient.quietMs, budgets.global.quietMs))
          } finally {
            leave(key)
          }
        },
      }
    },
  }
}
