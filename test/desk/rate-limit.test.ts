import { expect } from 'chai'
import { decideRetry, OrgLimiter, OrgLimiterRegistry, parseRetryAfter } from '../../src/desk/rate-limit.js'
import { fakeClock } from './helpers.js'

const exact = { random: () => 0.5 } // no jitter

describe('desk rate limits: retry decisions', () => {
  it('waits exactly the seconds a 429 names in Retry-After', () => {
    expect(decideRetry({ status: 429, errorCode: 'THRESHOLD_EXCEEDED', retryAfterHeader: '3', attempt: 1 }, exact)).to.deep.include({ retry: true, delayMs: 3000 })
  })

  it('reads an HTTP-date Retry-After against the clock', () => {
    const now = Date.parse('2026-03-02T09:00:00.000Z')
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:30 GMT', now)).to.equal(30_000)
    expect(parseRetryAfter('soon', now)).to.equal(null)
    expect(parseRetryAfter(undefined, now)).to.equal(null)
  })

  it('refuses to wait for a Retry-After beyond the cap and hands the wait to the caller', () => {
    const d = decideRetry({ status: 429, retryAfterHeader: '61', attempt: 1 }, { ...exact, maxRetryAfterMs: 60_000 })
    expect(d).to.deep.include({ retry: false, retryAfterMs: 61_000 })
    expect(decideRetry({ status: 429, retryAfterHeader: '60', attempt: 1 }, { ...exact, maxRetryAfterMs: 60_000 })).to.deep.include({ retry: true, delayMs: 60_000 })
  })

  it('backs off 1 s, 2 s, 4 s, 8 s on a 429 without Retry-After, and stops at the fifth try', () => {
    const delays = [1, 2, 3, 4].map((attempt) => decideRetry({ status: 429, errorCode: 'TOO_MANY_REQUESTS', attempt }, exact).delayMs)
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000])
    expect(decideRetry({ status: 429, attempt: 5 }, exact).retry).to.equal(false)
  })

  it('keeps the jitter within ±20 % of each step', () => {
    expect(decideRetry({ status: 503, attempt: 2 }, { random: () => 0 }).delayMs).to.equal(1600)
    expect(decideRetry({ status: 503, attempt: 2 }, { random: () => 0.999999 }).delayMs).to.equal(2400)
  })

  it('retries 5xx, network errors and timeouts with the same backoff, up to 5 tries', () => {
    expect(decideRetry({ status: 500, attempt: 1 }, exact)).to.deep.include({ retry: true, delayMs: 1000 })
    expect(decideRetry({ status: 502, attempt: 4 }, exact)).to.deep.include({ retry: true, delayMs: 8000 })
    expect(decideRetry({ status: 504, attempt: 5 }, exact).retry).to.equal(false)
    expect(decideRetry({ isNetworkError: true, attempt: 2 }, exact)).to.deep.include({ retry: true, delayMs: 2000 })
    expect(decideRetry({ isNetworkError: true, attempt: 5 }, exact).retry).to.equal(false)
  })

  it('never retries another 4xx, and leaves a 401 to the client\'s own refresh', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(decideRetry({ status, attempt: 1 }, exact).retry, String(status)).to.equal(false)
  })

  it('repeats a POST only when it never reached Desk', () => {
    expect(decideRetry({ isNetworkError: true, attempt: 1, idempotent: false, requestSent: true }, exact).retry).to.equal(false)
    expect(decideRetry({ isNetworkError: true, attempt: 1, idempotent: false, requestSent: false }, exact).retry).to.equal(true)
    expect(decideRetry({ status: 503, attempt: 1, idempotent: false }, exact).retry).to.equal(false)
    expect(decideRetry({ status: 429, attempt: 1, idempotent: false }, exact).retry).to.equal(true)
  })
})

describe('desk rate limits: per-org limiter', () => {
  it('lets 2 calls in and queues the third until one finishes, first come first served', async () => {
    const clock = fakeClock()
    const limiter = new OrgLimiter({ requestsPerMinute: 100 })
    const r1 = await limiter.acquire(clock)
    await limiter.acquire(clock)
    const order: string[] = []
    const third = limiter.acquire(clock).then((r) => (order.push('third'), r))
    const fourth = limiter.acquire(clock).then((r) => (order.push('fourth'), r))
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).to.deep.equal([])
    expect(limiter.activeCount).to.equal(2)
    r1()
    r1() // releasing twice frees one slot only
    await third
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).to.deep.equal(['third'])
    ;(await third)()
    await fourth
    expect(order).to.deep.equal(['third', 'fourth'])
  })

  it('starts no more than the per-minute budget in any 60 s window', async () => {
    const clock = fakeClock()
    const limiter = new OrgLimiter({ requestsPerMinute: 3, maxInFlight: 10 })
    for (let i = 0; i < 3; i++) {
      ;(await limiter.acquire(clock))()
      clock.advance(1000)
    }
    ;(await limiter.acquire(clock))()
    // started at 0 s, 1 s, 2 s; the fourth waits until the first leaves the window at 60 s
    expect(clock.sleeps).to.deep.equal([57_000])
  })

  it('gives one limiter per org to every client of the process', () => {
    const registry = new OrgLimiterRegistry()
    const a = registry.forOrg('1', { requestsPerMinute: 10 })
    expect(registry.forOrg('1', { requestsPerMinute: 10 })).to.equal(a)
    expect(registry.forOrg('2', { requestsPerMinute: 10 })).not.to.equal(a)
  })

  it('measures remaining credits against the daily credits, or against the highest count seen', () => {
    const known = new OrgLimiter({ requestsPerMinute: 10, dailyCredits: 1000 })
    known.noteRemaining('250')
    expect(known.remainingFraction()).to.equal(0.25)
    const guessed = new OrgLimiter({ requestsPerMinute: 10 })
    expect(guessed.remainingFraction()).to.equal(null)
    guessed.noteRemaining('800')
    guessed.noteRemaining('not a number')
    guessed.noteRemaining('79')
    expect(guessed.remainingFraction()).to.be.closeTo(0.09875, 1e-9)
  })
})
