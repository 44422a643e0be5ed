// The Desk client's token provider over PgTokenStore: several "processes" (separate Db handles on
// one database) share a refresh token, and Zoho's 10-mints-per-10-minutes limit makes each extra
// mint costly, so they must mint once between them and agree on "reauth required".
import { expect } from 'chai'
import nock from 'nock'
import { createTokenProvider } from '../../src/desk/oauth.js'
import { PgTokenStore } from '../../src/store/token-store-pg.js'
import { forEachStore, testBox, useInstallation } from './helpers.js'
import '../support/promise-with-resolvers.js'

const ACCOUNTS = 'https://accounts.zoho.eu'
const T0 = Date.parse('2026-03-02T09:00:00.000Z')

forEachStore('store: Desk token refresh across processes', (getDb, env) => {
  const installation = useInstallation(getDb)
  before(() => {
    nock.disableNetConnect()
    // the database (loopback) stays reachable; only Zoho is faked
    nock.enableNetConnect((host: string) => /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host))
  })
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  const provider = (store: PgTokenStore) =>
    createTokenProvider({
      installationId: installation(),
      accountsUrl: ACCOUNTS,
      clientId: '1000.TESTCLIENT',
      clientSecret: 'client-secret-value',
      refreshToken: '1000.refresh-token-value',
      tokenStore: store,
      now: () => T0,
      sleep: async () => {},
      retryPolicy: { maxAttempts: 1 },
    })

  it('mints once for 50 callers spread over two processes', async () => {
    const peer = await env().openPeer()
    const a = provider(new PgTokenStore(getDb(), testBox, () => T0))
    const b = provider(new PgTokenStore(peer, testBox, () => T0))
    let mints = 0
    nock(ACCOUNTS)
      .post('/oauth/v2/token')
      .times(50)
      .reply(() => {
        mints++
        return [200, { access_token: `1000.minted-${mints}`, expires_in: 3600, api_domain: 'https://www.zohoapis.eu', token_type: 'Bearer' }]
      })

    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).getAccessToken()))
    expect(mints).to.equal(1)
    expect(new Set(tokens)).to.deep.equal(new Set(['1000.minted-1']))
  })

  it('tells the other process the refresh token was revoked, so it fails without calling Zoho', async () => {
    const peer = await env().openPeer()
    const a = provider(new PgTokenStore(getDb(), testBox, () => T0))
    const bStore = new PgTokenStore(peer, testBox, () => T0)
    nock(ACCOUNTS).post('/oauth/v2/token').once().reply(400, { error: 'invalid_grant' })

    const first = await a.getAccessToken().catch((e: unknown) => e)
    expect((first as { code?: string }).code).to.equal('DESK_AUTH_REVOKED')
    expect(await bStore.isReauthRequired(installation())).to.match(/invalid_grant/)

    const second = await provider(bStore)
      .getAccessToken()
      .catch((e: unknown) => e)
    expect((second as { code?: string }).code).to.equal('DESK_AUTH_REVOKED')
  })
})
