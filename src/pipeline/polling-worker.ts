// One polling worker for every poll loop (the inbox worker, the outbox drain): it runs a `poll`
// (claim and handle a batch, return how many) until nothing is left (drain), or in the background
// until stopped, with explicit states an operator can see in /readyz and /metrics (issue 16):
//   stopped --start()--> starting --first poll--> running --stop()--> stopping --loop ended--> stopped
// along with the last poll's time and the last error.
import type { QueueClaim } from '../store/repos/queue.js'
import type { Logger } from '../logger.js'
import { describeError } from '../describe-error.js'

export type WorkerState = 'starting' | 'running' | 'stopping' | 'stopped'

/** the states in the order /metrics numbers them (desk_sla_worker_state) */
export const WORKER_STATES: readonly WorkerState[] = ['stopped', 'starting', 'running', 'stopping']

export interface WorkerStatus {
  /** inbox, outbox… */
  worker: string
  state: WorkerState
  /** when the last poll finished, successful or not (ISO); null before the first */
  lastPollAt: string | null
  /** the last poll that failed, kept after later polls succeed; null when none has */
  lastError: { message: string; at: string } | null
}

export interface Worker {
  /** claim and handle one batch; resolves to the number of rows handled */
  runOnce(): Promise<number>
  /** poll until nothing is claimable; resolves to the total handled */
  drain(): Promise<number>
  start(): void
  stop(): Promise<void>
  /** new work is waiting: end an idle pause now instead of at the next poll (webhook to write latency) */
  nudge(): void
  status(): WorkerStatus
}

export interface PollingWorkerOptions {
  /** pause between polls when there was nothing to do (real ms) */
  idleMs: number
  /** the clock of the status times (the service's `now`) */
  now: () => number
  /** a failed background poll (the loop goes on after the pause) */
  onError: (err: unknown) => void
}

/** A worker's life around one `poll`: at once again while there is work, every `idleMs` when there is none. */
export function pollingWorker(name: string, poll: () => Promise<number>, opts: PollingWorkerOptions): Worker {
  let state: WorkerState = 'stopped'
  let lastPollAt: string | null = null
  let lastError: WorkerStatus['lastError'] = null
  let loop: Promise<void> | null = null
  let wake: (() => void) | null = null
  // a nudge while busy is remembered: the loop polls again at once instead of pausing
  let nudged = false

  async function runOnce(): Promise<number> {
    try {
      return await poll()
    } catch (err) {
      lastError = { message: describeError(err), at: new Date(opts.now()).toISOString() }
      throw err
    } finally {
      lastPollAt = new Date(opts.now()).toISOString()
    }
  }

  const live = () => state === 'starting' || state === 'running'

  return {
    runOnce,
    async drain() {
      let total = 0
      for (;;) {
        const n = await runOnce()
        total += n
        if (n === 0) return total
      }
    },
    start() {
      if (state !== 'stopped') return
      state = 'starting'
      loop = (async () => {
        while (live()) {
          let n = 0
          try {
            n = await runOnce()
          } catch (err) {
            opts.onError(err)
          }
          if (state === 'starting') state = 'running'
          if (n === 0 && live() && !nudged) {
            await new Promise<void>((resolve) => {
              wake = resolve
              setTimeout(resolve, opts.idleMs).unref?.()
            })
          }
          nudged = false
        }
        state = 'stopped'
      })()
    },
    async stop() {
      if (state === 'stopped') return
      if (live()) state = 'stopping'
      wake?.()
      await loop
    },
    nudge() {
      nudged = true
      wake?.()
      wake = null
    },
    status: () => ({ worker: name, state, lastPollAt, lastError }),
  }
}

/**
 * Runs `work` on claimed queue rows while renewing the leases of those not finished yet every
 * `heartbeatMs` (real time): Desk calls may wait for the org's call budget longer than a lease,
 * and another replica must not take the same rows meanwhile. `work` removes ids from the set as
 * it finishes them.
 */
export async function whileClaimed<T>(
  logger: Logger,
  claims: readonly QueueClaim[],
  renew: (claims: readonly QueueClaim[]) => Promise<unknown>,
  heartbeatMs: number,
  work: (unfinished: Set<number>) => Promise<T>,
): Promise<T> {
  const unfinished = new Set(claims.map((c) => c.id))
  const heartbeat = setInterval(() => {
    renew(claims.filter((c) => unfinished.has(c.id))).catch((err: unknown) => logger.warn('could not renew claims', { error: describeError(err) }))
  }, heartbeatMs)
  heartbeat.unref?.()
  try {
    return await work(unfinished)
  } finally {
    clearInterval(heartbeat)
  }
}
