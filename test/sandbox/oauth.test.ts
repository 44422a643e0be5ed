import { expect } from 'chai'
import { send, startDesk, type TestDesk } from './helpers.js'

describe('sandbox: Zoho accounts token endpoint and API auth', () => {
  let desk: TestDesk
  beforeEach(async () => { desk = await startDesk() })
  afterEach(async () => { await desk.close() })

  it('mints an access token for the refresh-token grant with expires_in 3600 and no new refresh token', async () => {
    const res = await desk.mint()
    expect(res.status).to.equal(200)
    expect(res.body.access_token).to.match(/^1000\.[0-9a-f]+\.[0-9a-f]+$/)
    expect(res.body.expires_in).to.equal(3600)
    expect(res.body.token_type).to.equal('Bearer')
    expect(res.body).to.not.have.property('refresh_token')
  })

  it('accepts the grant fields in the query string as Zoho does', async () => {
    const q = new URLSearchParams({ grant_type: 'refresh_token', client_id: desk.sb.clientId, client_secret: desk.sb.clientSecret, refresh_token: desk.sb.refreshToken })
    const res = await send('POST', `${desk.sb.accountsUrl}/oauth/v2/token?${q}`)
    expect(res.status).to.equal(200)
    expect(res.body.access_token).to.be.a('string')
  })

  it('refuses the 11th mint within 10 minutes with Zoho\'s Access Denied body, and mints again once the window passed', async () => {
    for (let i = 0; i < 10; i++) expect((await desk.mint()).status).to.equal(200)
    const refused = await desk.mint()
    expect(refused.status).to.equal(400)
    expect(refused.body).to.deep.equal({
      error: 'Access Denied',
      error_description: 'You have made too many requests continuously. Please try again after some time.',
    })
    desk.clock.advanceMinutes(10)
    expect((await desk.mint()).status).to.equal(200)
  })

  it('keeps at most 10 live tokens per refresh token: the oldest stops working', async () => {
    const first = (await desk.mint()).body.access_token as string
    desk.clock.advanceMinutes(11)
    for (let i = 0; i < 10; i++) expect((await desk.mint()).status).to.equal(200)
    const old = await desk.api('GET', '/tickets', { token: first })
    expect(old.status).to.equal(401)
    expect(desk.sb.oauth.liveTokenCount()).to.equal(10)
  })

  it('answers invalid_client for a wrong client id and invalid_code for a revoked refresh token', async () => {
    const wrong = await send('POST', `${desk.sb.accountsUrl}/oauth/v2/token`, {
      form: { grant_type: 'refresh_token', client_id: 'nope', client_secret: desk.sb.clientSecret, refresh_token: desk.sb.refreshToken },
    })
    expect(wrong.body).to.deep.equal({ error: 'invalid_client' })
    expect((await desk.control('POST', '/oauth/revoke')).status).to.equal(200)
    const revoked = await desk.mint()
    expect(revoked.status).to.equal(400)
    expect(revoked.body).to.deep.equal({ error: 'invalid_code' })
  })

  it('answers 401 INVALID_OAUTH once the access token expired on the sandbox clock', async () => {
    const token = await desk.token()
    expect((await desk.api('GET', '/tickets', { token })).status).to.be.oneOf([200, 204])
    desk.clock.advanceMinutes(60)
    const res = await desk.api('GET', '/tickets', { token })
    expect(res.status).to.equal(401)
    expect(res.body.errorCode).to.equal('INVALID_OAUTH')
  })

  it('expires every token on the control switch and honours a shortened lifetime', async () => {
    const token = await desk.token()
    await desk.control('POST', '/oauth/expire-tokens')
    expect((await desk.api('GET', '/tickets', { token })).status).to.equal(401)
    await desk.control('POST', '/oauth/token-ttl', { seconds: 30 })
    const short = await desk.mint()
    expect(short.body.expires_in).to.equal(30)
    desk.clock.advanceMinutes(0.5)
    expect((await desk.api('GET', '/tickets', { token: short.body.access_token })).status).to.equal(401)
  })

  it('answers 401 without an Authorization header and 403 OAUTH_ORG_MISMATCH for another org', async () => {
    const none = await desk.api('GET', '/tickets', { token: null })
    expect(none.status).to.equal(401)
    expect(none.body.errorCode).to.equal('INVALID_OAUTH')
    const other = await desk.api('GET', '/tickets', { orgId: '99999999' })
    expect(other.status).to.equal(403)
    expect(other.body.errorCode).to.equal('OAUTH_ORG_MISMATCH')
  })
})
