// A FIFO async mutex: PGlite has one connection, so a transaction must own it from BEGIN to COMMIT.
// Urgent callers (the webhook receiver, /readyz) go before every ordinary waiter, and may give up
// waiting after a while (issue #17: deliveries queued behind admin and worker statements).
import { StoreError } from '../errors.js'

export interface MutexTurn {
  /** served before every ordinary waiter (FIFO among urgent ones) */
  urgent?: boolean
  /** reject with STORE_TIMEOUT when the turn has not come within this long (ms) */
  waitMs?: number
}

interface Waiter {
  start(): void
}

export class Mutex {
  private busy = false
  private readonly urgent: Waiter[] = []
  private readonly ordinary: Waiter[] = []

  run<T>(fn: () => Promise<T>, turn: MutexTurn = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const waiter: Waiter = {
        start: () => {
          clearTimeout(timer)
          Promise.resolve()
            .then(fn)
            .then(resolve, reject)
            .finally(() => this.release())
        },
      }
      if (!this.busy) {
        this.busy = true
        waiter.start()
        return
      }
      const queue = turn.urgent ? this.urgent : this.ordinary
      queue.push(waiter)
      if (turn.waitMs !== undefined) {
        timer = setTimeout(() => {
          const at = queue.indexOf(waiter)
          if (at < 0) return
          queue.splice(at, 1)
          reject(new StoreError('STORE_TIMEOUT', `the embedded database was busy for ${turn.waitMs} ms`, { waitedMs: turn.waitMs }))
        }, turn.waitMs)
      }
    })
  }

  private release(): void {
    const next = this.urgent.shift() ?? this.ordinary.shift()
    if (next) next.start()
    else this.busy = false
  }
}
