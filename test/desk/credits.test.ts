// The client and the credit governor (issue 15): every call is asked for before it goes out, charged
// to the kind of work around it, and settled with what Desk's headers say it cost and left.
import { expect } from 'chai'
import nock from 'nock'
import { estimateCredits, withCreditKind, type CreditAnswer, type CreditCall, type CreditGate, type CreditGrant } from '../../src/desk/credits.js'
import { DeskError, isDeskError } from '../../src/desk/errors.js'
import { API_ROOT, desk, makeClient, rejection, seedToken, START, ticket } from './helpers.js'

/** a gate that admits everything, or refuses the kinds it is told to, and remembers what it saw */
function recordingGate(refuse: string[] = []): CreditGate & { admitted: CreditCall[]; settled: CreditAnswer[] } {
  const admitted: CreditCall[] = []
  const settled: CreditAnswer[] = []
  return {
    admitted,
    settled,
    async admit(call: CreditCall): Promise<CreditGrant> {
      if (refuse.includes(call.kind)) throw new DeskError('DESK_CREDITS_DEFERRED', `${call.kind} waits`, { kind: call.kind })
      admitted.push(call)
      return { call, day: '2026-03-02' }
    },
    async settle(_grant: CreditGrant, answer: CreditAnswer): Promise<void> {
      settled.push(answer)
    },
  }
}

describe('desk client: API credits', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('asks before each call, charged to the work around it, and settles with the weight and remaining headers', async () => {
    const gate = recordingGate()
    const h = makeClient({ credits: gate })
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/1`).reply(200, ticket(1), { 'X-Rate-Limit-Request-Weight-v3': '5', 'X-Rate-Limit-Remaining-v3': '77' })
    desk(token).get(`${API_ROOT}/tickets/1/threads`).query(true).reply(204)
    await withCreditKind('sync', () => h.client.getTicket('1'))
    await h.client.getThreads('1')
    expect(gate.admitted.map((c) => [c.kind, c.weight, c.method, c.path])).to.deep.equal([
      ['sync', 1, 'GET', '/tickets/1'],
      ['other', 3, 'GET', '/tickets/1/threads'],
    ])
    expect(gate.settled).to.deep.equal([
      { weight: 5, remaining: 77 },
      { weight: null, remaining: null },
    ])
  })

  it('tells the governor when Desk answers THRESHOLD_EXCEEDED, and until when', async () => {
    const gate = recordingGate()
    const h = makeClient({ credits: gate, maxRetryAfterMs: 1_000 })
    const token = await seedToken(h)
    desk(token)
      .get(`${API_ROOT}/tickets/1`)
      .reply(429, { errorCode: 'THRESHOLD_EXCEEDED', message: 'credits gone' }, { 'Retry-After': '3600', 'X-Rate-Limit-Remaining-v3': '0' })
    const err = await rejection(h.client.getTicket('1'))
    expect(isDeskError(err) && err.code).to.equal('DESK_RATE_LIMITED')
    expect(gate.settled).to.deep.equal([{ weight: null, remaining: 0, exhaustedUntil: START + 3_600_000 }])
  })

  it('sends nothing when the governor holds the call back', async () => {
    const gate = recordingGate(['backfill'])
    const h = makeClient({ credits: gate })
    await seedToken(h)
    // no interceptor: a request would fail with a nock error instead of DESK_CREDITS_DEFERRED
    const err = await rejection(withCreditKind('backfill', () => h.client.getTicket('1')))
    expect(isDeskError(err) && err.code).to.equal('DESK_CREDITS_DEFERRED')
    expect(gate.admitted).to.deep.equal([])
  })

  it('expects a page of a list or a search to cost 3 credits and a call naming one record 1', () => {
    expect(estimateCredits('GET', '/tickets/search')).to.equal(3)
    expect(estimateCredits('GET', '/tickets')).to.equal(3)
    expect(estimateCredits('GET', '/tickets/1/threads')).to.equal(3)
    expect(estimateCredits('GET', '/tickets/1/History')).to.equal(3)
    expect(estimateCredits('GET', '/tickets/1')).to.equal(1)
    expect(estimateCredits('GET', '/accounts/7')).to.equal(1)
    expect(estimateCredits('PATCH', '/tickets/1')).to.equal(1)
    expect(estimateCredits('POST', '/tickets/1/comments')).to.equal(1)
  })
})
