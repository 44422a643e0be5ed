// The one polling worker behind the inbox worker and the outbox drain (issue 16): explicit states
// (stopped, starting, running, stopping), the last poll's time and the last error, as /readyz and
// /metrics show them. No real sleeping: polls are driven by promises the test resolves.
import { expect } from 'chai'
import { pollingWorker, type Worker } from '../../src/pipeline/polling-worker.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')

/** a poll the test finishes by hand: each call waits for `finish(n)` or `fail(err)` */
function manualPoll() {
  const waiting: { resolve: (n: number) => void; reject: (e: unknown) => void }[] = []
  const arrivals: (() => void)[] = []
  return {
    poll: () =>
      new Promise<number>((resolve, reject) => {
        waiting.push({ resolve, reject })
        arrivals.shift()?.()
      }),
    /** resolves once a poll is waiting */
    polling: () => (waiting.length > 0 ? Promise.resolve() : new Promise<void>((r) => arrivals.push(r))),
    finish: (n: number) => waiting.shift()!.resolve(n),
    fail: (err: unknown) => waiting.shift()!.reject(err),
    /** ends every poll still waiting (a stop waits for the poll under way) */
    finishAll: () => waiting.splice(0).forEach((w) => w.resolve(0)),
  }
}

/** lets the worker's loop take its next steps (promise callbacks), without any timer */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('pipeline: the polling worker', () => {
  let clock = T0
  let worker: Worker | undefined
  let p = manualPoll()
  beforeEach(() => {
    p = manualPoll()
  })
  afterEach(async () => {
    const stopped = worker?.stop()
    p.finishAll()
    await stopped
    worker = undefined
  })

  it('is stopped before it starts, starting until its first poll ends, then running', async () => {
    const w = (worker = pollingWorker('inbox', p.poll, { idleMs: 60_000, now: () => clock, onError: () => {} }))
    expect(w.status()).to.deep.equal({ worker: 'inbox', state: 'stopped', lastPollAt: null, lastError: null })
    w.start()
    expect(w.status().state).to.equal('starting')
    await p.polling()
    clock = T0 + 1_000
    p.finish(0) // nothing to do: it pauses for idleMs now
    await settle()
    expect(w.status()).to.include({ state: 'running', lastPollAt: new Date(T0 + 1_000).toISOString() })
  })

  it('is stopping while a poll is under way, and stopped once it has ended', async () => {
    const w = (worker = pollingWorker('outbox', p.poll, { idleMs: 60_000, now: () => clock, onError: () => {} }))
    w.start()
    await p.polling()
    p.finish(3) // work was found: it polls again at once
    await p.polling()
    expect(w.status().state).to.equal('running')
    const stopped = w.stop()
    expect(w.status().state).to.equal('stopping')
    p.finish(0)
    await stopped
    expect(w.status().state).to.equal('stopped')
  })

  it('keeps running after a failed poll, and shows the last error with its time, also after later polls succeed', async () => {
    const errors: unknown[] = []
    const w = (worker = pollingWorker('inbox', p.poll, { idleMs: 60_000, now: () => clock, onError: (e) => errors.push(e) }))
    w.start()
    await p.polling()
    clock = T0 + 5_000
    p.fail(Object.assign(new Error('the database did not answer'), { code: 'STORE_TIMEOUT' }))
    w.nudge()
    await p.polling()
    expect(errors).to.have.length(1)
    expect(w.status()).to.deep.include({
      state: 'running',
      lastPollAt: new Date(T0 + 5_000).toISOString(),
      lastError: { message: 'STORE_TIMEOUT: the database did not answer', at: new Date(T0 + 5_000).toISOString() },
    })
    clock = T0 + 6_000
    p.finish(0)
    w.nudge()
    await p.polling()
    expect(w.status().lastPollAt).to.equal(new Date(T0 + 6_000).toISOString())
    expect(w.status().lastError?.at).to.equal(new Date(T0 + 5_000).toISOString())
  })

  it('records a drain’s polls and its error, and lets the error through', async () => {
    let calls = 0
    const w = pollingWorker('outbox', async () => (++calls < 3 ? 1 : Promise.reject(new Error('boom'))), { idleMs: 1, now: () => clock, onError: () => {} })
    let thrown: unknown
    await w.drain().catch((e: unknown) => (thrown = e))
    expect((thrown as Error).message).to.equal('boom')
    expect(w.status()).to.deep.include({ state: 'stopped', lastPollAt: new Date(clock).toISOString(), lastError: { message: 'boom', at: new Date(clock).toISOString() } })
  })

  it('can be started again once stopped, and ignores a second start while it runs', async () => {
    const w = (worker = pollingWorker('inbox', p.poll, { idleMs: 60_000, now: () => clock, onError: () => {} }))
    w.start()
    w.start()
    await p.polling()
    const stopped = w.stop()
    p.finish(0)
    await stopped
    w.start()
    expect(w.status().state).to.equal('starting')
    await p.polling()
    p.finish(0)
    await w.stop()
    expect(w.status().state).to.equal('stopped')
  })
})
