import { expect } from 'chai'
import { seedOne, startDesk, type TestDesk } from './helpers.js'

describe('sandbox: rate-limit headers, both 429s and API faults', () => {
  let desk: TestDesk
  afterEach(async () => { await desk.close() })

  it('charges 1 credit for a get-by-id and 3 for a list, and says so in the v3 headers', async () => {
    desk = await startDesk({ rateLimit: { dailyCredits: 100 } })
    const id = await seedOne(desk)
    const one = await desk.api('GET', `/tickets/${id}`)
    expect(one.headers.get('X-Rate-Limit-Request-Weight-v3')).to.equal('1')
    expect(one.headers.get('X-Rate-Limit-Remaining-v3')).to.equal('99')
    const list = await desk.api('GET', '/tickets')
    expect(list.headers.get('X-Rate-Limit-Request-Weight-v3')).to.equal('3')
    expect(list.headers.get('X-Rate-Limit-Remaining-v3')).to.equal('96')
    const search = await desk.api('GET', '/tickets/search?status=Open')
    expect(search.headers.get('X-Rate-Limit-Request-Weight-v3')).to.equal('3')
  })

  it('answers 429 THRESHOLD_EXCEEDED with Retry-After until the next UTC day once the credits are gone', async () => {
    desk = await startDesk({ rateLimit: { dailyCredits: 4 } })
    const id = await seedOne(desk)
    expect((await desk.api('GET', '/tickets')).status).to.equal(200)
    expect((await desk.api('GET', `/tickets/${id}`)).status).to.equal(200)
    const refused = await desk.api('GET', `/tickets/${id}`)
    expect(refused.status).to.equal(429)
    expect(refused.body.errorCode).to.equal('THRESHOLD_EXCEEDED')
    // 09:00 UTC → 15 h to midnight
    expect(refused.headers.get('Retry-After')).to.equal(String(15 * 3600))
    expect(refused.headers.get('X-Rate-Limit-Remaining-v3')).to.equal('0')
    // the refusal is counted, and the request log records what each call was answered
    expect((await desk.control('GET', '/rate-limit')).body.exceeded).to.equal(1)
    expect(desk.sb.requests.list({ kind: 'api' }).map((r) => r.status)).to.deep.equal([200, 200, 429])
    desk.clock.advanceMinutes(15 * 60)
    const fresh = (await desk.mint()).body.access_token as string
    const nextDay = await desk.api('GET', `/tickets/${id}`, { token: fresh })
    expect(nextDay.status).to.equal(200)
    expect(nextDay.headers.get('X-Rate-Limit-Remaining-v3')).to.equal('3')
  })

  it('answers 429 TOO_MANY_REQUESTS without Retry-After beyond the parallel-call cap', async () => {
    desk = await startDesk({ rateLimit: { maxConcurrent: 1 } })
    await desk.token()
    // The slow fault holds the first call long enough for the other two to overlap it.
    await desk.control('POST', '/faults', { slow: { ms: 150, count: 1 } })
    const answers = await Promise.all([desk.api('GET', '/tickets'), desk.api('GET', '/tickets'), desk.api('GET', '/tickets')])
    const refused = answers.filter((a) => a.status === 429)
    expect(refused).to.have.length(2)
    for (const r of refused) {
      expect(r.body.errorCode).to.equal('TOO_MANY_REQUESTS')
      expect(r.headers.get('Retry-After')).to.equal(null)
    }
    expect(desk.sb.limiter.inFlight).to.equal(0)
  })

  it('injects 429 with and without Retry-After for the next N calls only', async () => {
    desk = await startDesk()
    await desk.control('POST', '/faults', { rateLimit: { count: 1, retryAfter: 7 } })
    const a = await desk.api('GET', '/tickets')
    expect(a.status).to.equal(429)
    expect(a.body.errorCode).to.equal('THRESHOLD_EXCEEDED')
    expect(a.headers.get('Retry-After')).to.equal('7')
    await desk.control('POST', '/faults', { rateLimit: { count: 2 } })
    const b = await desk.api('GET', '/tickets')
    const c = await desk.api('GET', '/tickets')
    for (const r of [b, c]) {
      expect(r.status).to.equal(429)
      expect(r.body.errorCode).to.equal('TOO_MANY_REQUESTS')
      expect(r.headers.get('Retry-After')).to.equal(null)
    }
    expect((await desk.api('GET', '/tickets')).status).to.equal(204)
  })

  it('injects a burst of 5xx answers limited to PATCH calls', async () => {
    desk = await startDesk()
    const id = await seedOne(desk)
    await desk.control('POST', '/faults', { serverError: { count: 2, status: 502, method: 'PATCH' } })
    expect((await desk.api('GET', `/tickets/${id}`)).status).to.equal(200)
    expect((await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })).status).to.equal(502)
    expect((await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })).status).to.equal(502)
    expect((await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })).status).to.equal(200)
  })
})
