import { expect } from 'chai'
import nock from 'nock'
import { createTokenProvider } from '../../src/desk/oauth.js'
import { MemoryTokenStore, type TokenStore } from '../../src/desk/token-store.js'
import {
  ACCOUNTS,
  API_ROOT,
  CLIENT_ID,
  CLIENT_SECRET,
  desk,
  fakeClock,
  INSTALLATION,
  makeClient,
  mockTokenEndpoint,
  ORG,
  range,
  REFRESH_TOKEN,
  rejection,
  ticket,
  TOKEN_FORM,
  type FakeClock,
} from './helpers.js'

function provider(clock: FakeClock, store: TokenStore = new MemoryTokenStore()) {
  return createTokenProvider({
    installationId: INSTALLATION,
    accountsUrl: ACCOUNTS,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: REFRESH_TOKEN,
    tokenStore: store,
    now: clock.now,
    sleep: clock.sleep,
    retryPolicy: { random: () => 0.5 },
  })
}

/** what a second process sees: the same database, but its own in-process state */
function sameDatabase(store: TokenStore): TokenStore {
  return {
    get: (id) => store.get(id),
    save: (id, t) => store.save(id, t),
    withRefreshLock: (id, fn) => store.withRefreshLock(id, fn),
    getMintPausedUntil: (id) => store.getMintPausedUntil(id),
    setMintPausedUntil: (id, until) => store.setMintPausedUntil(id, until),
    markReauthRequired: (id, reason) => store.markReauthRequired(id, reason),
    isReauthRequired: (id) => store.isReauthRequired(id),
  }
}

describe('desk oauth: minting and reuse', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('mints with the refresh-token grant at the accounts server of the org\'s data center', async () => {
    const h = makeClient({ dataCenter: 'eu', apiBase: undefined, accountsUrl: undefined })
    const mint = nock('https://accounts.zoho.eu')
      .post('/oauth/v2/token', TOKEN_FORM)
      .matchHeader('content-type', /application\/x-www-form-urlencoded/)
      .reply(200, { access_token: '1000.eu-access', expires_in: 3600, api_domain: 'https://www.zohoapis.eu', token_type: 'Bearer' })
    nock('https://desk.zoho.eu', { reqheaders: { authorization: 'Zoho-oauthtoken 1000.eu-access', orgid: ORG } })
      .get('/api/v1/tickets/1')
      .reply(200, ticket(1))
    await h.client.getTicket('1')
    expect(mint.isDone()).to.equal(true)
    expect(await h.store.get(INSTALLATION)).to.deep.equal({ accessToken: '1000.eu-access', expiresAt: h.clock.now() + 3_600_000 })
  })

  it('reuses a token until 5 minutes before it expires, and mints a new one from then on', async () => {
    const clock = fakeClock()
    const tokens = provider(clock)
    const calls = { n: 0 }
    mockTokenEndpoint('1000.first', { calls })
    expect(await tokens.getAccessToken()).to.equal('1000.first')
    clock.advance(55 * 60_000 - 1) // 1 ms before expiry minus 5 min
    expect(await tokens.getAccessToken()).to.equal('1000.first')
    expect(calls.n).to.equal(1)
    mockTokenEndpoint('1000.second', { calls })
    clock.advance(1) // exactly 5 min before expiry
    expect(await tokens.getAccessToken()).to.equal('1000.second')
    expect(calls.n).to.equal(2)
  })

  it('mints exactly once for 50 concurrent callers', async () => {
    const h = makeClient()
    const calls = { n: 0 }
    mockTokenEndpoint('1000.shared', { calls, times: 50 })
    desk('1000.shared').get(`${API_ROOT}/tickets/1`).times(50).reply(200, ticket(1))
    const results = await Promise.all(range(50).map(() => h.client.getTicket('1')))
    expect(results).to.have.length(50)
    expect(calls.n).to.equal(1)
  })

  it('mints once for two clients of one process sharing a token store', async () => {
    const a = makeClient()
    const b = makeClient({ tokenStore: a.store, clock: a.clock })
    const calls = { n: 0 }
    mockTokenEndpoint('1000.shared', { calls, times: 2 })
    desk('1000.shared').get(`${API_ROOT}/tickets/1`).times(20).reply(200, ticket(1))
    await Promise.all(range(10).flatMap(() => [a.client.getTicket('1'), b.client.getTicket('1')]))
    expect(calls.n).to.equal(1)
  })

  it('mints once for two processes sharing one database, the second re-reading the token under the lock', async () => {
    const db = new MemoryTokenStore()
    const clock = fakeClock()
    const first = provider(clock, sameDatabase(db))
    const second = provider(clock, sameDatabase(db))
    const calls = { n: 0 }
    mockTokenEndpoint('1000.shared', { calls, times: 2 })
    const got = await Promise.all([first.getAccessToken(), second.getAccessToken()])
    expect(got).to.deep.equal(['1000.shared', '1000.shared'])
    expect(calls.n).to.equal(1)
  })

  it('takes the token another process minted after a 401 instead of minting again', async () => {
    const db = new MemoryTokenStore()
    const clock = fakeClock()
    await db.save(INSTALLATION, { accessToken: '1000.old', expiresAt: clock.now() + 3_600_000 })
    const tokens = provider(clock, sameDatabase(db))
    expect(await tokens.getAccessToken()).to.equal('1000.old')
    // meanwhile another process got a 401 for 1000.old and minted
    await db.save(INSTALLATION, { accessToken: '1000.new', expiresAt: clock.now() + 3_600_000 })
    const calls = { n: 0 }
    mockTokenEndpoint('1000.unwanted', { calls })
    expect(await tokens.refreshAfterRejection('1000.old')).to.equal('1000.new')
    expect(calls.n).to.equal(0)
  })

  it('retries the accounts server after a 5xx', async () => {
    const clock = fakeClock()
    const tokens = provider(clock)
    nock(ACCOUNTS).post('/oauth/v2/token').reply(503, 'busy')
    mockTokenEndpoint('1000.after-retry')
    expect(await tokens.getAccessToken()).to.equal('1000.after-retry')
    expect(clock.sleeps).to.deep.equal([1000])
  })
})

describe('desk oauth: revoked refresh token', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('marks the installation "reauth required" once and fails every later call fast, without the network', async () => {
    const h = makeClient()
    let tokenRequests = 0
    nock(ACCOUNTS)
      .post('/oauth/v2/token')
      .reply(400, () => {
        tokenRequests++
        return { error: 'invalid_grant' }
      })
      .persist()
    const first = await Promise.all(range(20).map(() => rejection(h.client.getTicket('1'))))
    expect(first.every((e) => e.code === 'DESK_AUTH_REVOKED')).to.equal(true)
    expect(tokenRequests).to.equal(1)
    expect(await h.store.isReauthRequired(INSTALLATION)).to.contain('invalid_grant')
    const later = await rejection(h.client.listTickets())
    expect(later.code).to.equal('DESK_AUTH_REVOKED')
    expect(later.message).to.match(/^reauth required for installation/)
    // another process on the same database learns it from the store, not from Zoho
    const other = makeClient({ tokenStore: sameDatabase(h.store) })
    expect((await rejection(other.client.getTicket('1'))).code).to.equal('DESK_AUTH_REVOKED')
    expect(tokenRequests).to.equal(1)
  })

  it('treats invalid_code answered with HTTP 200 as revoked too', async () => {
    const clock = fakeClock()
    const store = new MemoryTokenStore()
    const tokens = provider(clock, store)
    nock(ACCOUNTS).post('/oauth/v2/token').reply(200, { error: 'invalid_code' })
    const err = await rejection(tokens.getAccessToken())
    expect(err.code).to.equal('DESK_AUTH_REVOKED')
    expect(await store.isReauthRequired(INSTALLATION)).to.contain('invalid_code')
  })

  it('reports an unknown client id/secret as a settings problem, not as a revoked grant', async () => {
    const clock = fakeClock()
    const store = new MemoryTokenStore()
    const tokens = provider(clock, store)
    nock(ACCOUNTS).post('/oauth/v2/token').reply(200, { error: 'invalid_client' })
    const err = await rejection(tokens.getAccessToken())
    expect(err.code).to.equal('DESK_OAUTH_CLIENT_INVALID')
    expect(await store.isReauthRequired(INSTALLATION)).to.equal(null)
  })
})

describe('desk oauth: Zoho mint throttle', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  const throttled = {
    error: 'Access Denied',
    error_description: 'You have made too many requests continuously. Please try again after some time.',
  }

  it('pauses minting for 10 minutes on the throttle answer, failing fast meanwhile, then mints again', async () => {
    const clock = fakeClock()
    const store = new MemoryTokenStore()
    const tokens = provider(clock, store)
    let tokenRequests = 0
    nock(ACCOUNTS)
      .post('/oauth/v2/token')
      .reply(400, () => {
        tokenRequests++
        return throttled
      })
    const err = await rejection(tokens.getAccessToken())
    expect(err.code).to.equal('DESK_TOKEN_MINT_PAUSED')
    expect(err.details.pausedUntil).to.equal(new Date(clock.now() + 600_000).toISOString())
    expect(await store.getMintPausedUntil(INSTALLATION)).to.equal(clock.now() + 600_000)

    clock.advance(600_000 - 1)
    expect((await rejection(tokens.getAccessToken())).code).to.equal('DESK_TOKEN_MINT_PAUSED')
    expect(tokenRequests).to.equal(1)

    clock.advance(1)
    mockTokenEndpoint('1000.after-pause')
    expect(await tokens.getAccessToken()).to.equal('1000.after-pause')
  })

  it('fails fast in a second process while the pause it shares through the database lasts', async () => {
    const db = new MemoryTokenStore()
    const clock = fakeClock()
    nock(ACCOUNTS).post('/oauth/v2/token').reply(400, throttled)
    expect((await rejection(provider(clock, sameDatabase(db)).getAccessToken())).code).to.equal('DESK_TOKEN_MINT_PAUSED')
    expect((await rejection(provider(clock, sameDatabase(db)).getAccessToken())).code).to.equal('DESK_TOKEN_MINT_PAUSED')
    expect(nock.pendingMocks()).to.deep.equal([])
  })
})

describe('desk oauth: memory token store', () => {
  it('runs refresh-lock holders one at a time, even after a holder fails', async () => {
    const store = new MemoryTokenStore()
    const order: string[] = []
    const hold = (name: string, fail = false) =>
      store.withRefreshLock(INSTALLATION, async () => {
        order.push(`${name}:in`)
        await new Promise((resolve) => setImmediate(resolve))
        order.push(`${name}:out`)
        if (fail) throw new Error(name)
        return name
      })
    const results = await Promise.allSettled([hold('a'), hold('b', true), hold('c')])
    expect(order).to.deep.equal(['a:in', 'a:out', 'b:in', 'b:out', 'c:in', 'c:out'])
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled'])
  })

  it('keeps installations apart', async () => {
    const store = new MemoryTokenStore()
    await store.save('a', { accessToken: 'ta', expiresAt: 1 })
    await store.markReauthRequired('b', 'revoked')
    await store.setMintPausedUntil('b', 5)
    expect(await store.get('b')).to.equal(null)
    expect(await store.isReauthRequired('a')).to.equal(null)
    expect(await store.getMintPausedUntil('a')).to.equal(null)
    await store.setMintPausedUntil('b', null)
    expect(await store.getMintPausedUntil('b')).to.equal(null)
  })
})
