import { expect } from 'chai'
import nock from 'nock'
import { API_HOST, API_ROOT, desk, INSTALLATION, makeClient, ORG, range, rejection, seedToken } from './helpers.js'

// Account listing and account updates (issue 7, the yearly retier). Both endpoints are unverified
// (DESK_API.md lists only GET /accounts/{id}); these tests pin the conventions desk-sla assumes.

function account(n: number, over: Record<string, unknown> = {}) {
  return {
    id: String(20001000000052000n + BigInt(n)),
    accountName: `Partner ${n} GmbH`,
    country: 'Germany',
    state: null,
    city: 'Köln',
    cf: { cf_partner_tier: 'Advanced', cf_partner_score: '512', cf_partner_certifications: '4' },
    ...over,
  }
}

describe('desk client: accounts', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('lists one page of accounts with from and limit, keeping ids and custom fields as Desk sent them', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const scope = desk(token)
      .get(`${API_ROOT}/accounts`)
      .query({ from: '200', limit: '50' })
      .reply(200, { data: [account(1), account(2)] })
    const page = await h.client.listAccounts({ from: 200, limit: 50 })
    expect(page.map((a) => a.id)).to.deep.equal(['20001000000052001', '20001000000052002'])
    expect(page[0]!.cf).to.deep.equal({ cf_partner_tier: 'Advanced', cf_partner_score: '512', cf_partner_certifications: '4' })
    expect(scope.isDone()).to.equal(true)
  })

  it('asks for 100 accounts a page by default and refuses a larger page without calling Desk', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const scope = desk(token).get(`${API_ROOT}/accounts`).query({ from: '0', limit: '100' }).reply(200, { data: [account(1)] })
    expect(await h.client.listAccounts()).to.have.length(1)
    expect(scope.isDone()).to.equal(true)
    const err = await rejection(h.client.listAccounts({ limit: 101 }))
    expect(err.code).to.equal('DESK_BAD_INPUT')
  })

  it('walks account pages until a short page, and reads an empty 204 answer as the end', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/accounts`).query({ from: '0', limit: '100' }).reply(200, { data: range(100).map((i) => account(i)) })
    desk(token).get(`${API_ROOT}/accounts`).query({ from: '100', limit: '100' }).reply(200, { data: range(3, 100).map((i) => account(i)) })
    const pages: string[][] = []
    for await (const page of h.client.iterateAccounts()) pages.push(page.map((a) => a.id))
    expect(pages.map((p) => p.length)).to.deep.equal([100, 3])
    expect(nock.isDone()).to.equal(true)

    desk(token).get(`${API_ROOT}/accounts`).query({ from: '0', limit: '100' }).reply(204)
    const none: unknown[] = []
    for await (const page of h.client.iterateAccounts()) none.push(page)
    expect(none).to.deep.equal([])
  })

  it('reports an account without its required name as a bad answer naming the path', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/accounts`).query(true).reply(200, { data: [{ id: '20001000000052001' }] })
    const err = await rejection(h.client.listAccounts())
    expect(err.code).to.equal('DESK_BAD_RESPONSE')
    expect(err.details.path).to.equal('data[0].accountName')
  })

  it('patches only the given custom fields of an account and names the installation as the source of the write', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const patch = { cf: { cf_partner_score: 640, cf_partner_tier: 'Premium' } }
    const scope = nock(API_HOST, { reqheaders: { authorization: `Zoho-oauthtoken ${token}`, orgid: ORG, sourceid: INSTALLATION, 'content-type': /application\/json/ } })
      .patch(`${API_ROOT}/accounts/20001000000052001`, (body) => JSON.stringify(body) === JSON.stringify(patch))
      .reply(200, account(1, { cf: { cf_partner_score: '640', cf_partner_tier: 'Premium' } }))
    const updated = await h.client.updateAccount('20001000000052001', patch)
    expect(updated.cf).to.deep.include({ cf_partner_tier: 'Premium', cf_partner_score: '640' })
    expect(scope.isDone()).to.equal(true)
  })

  it('refuses an account patch with anything but custom fields, or none at all, without calling Desk', async () => {
    const h = makeClient()
    await seedToken(h)
    for (const bad of [{ accountName: 'x' }, { cf: {} }, { cf: { partner_tier: 'Premium' } }, {}]) {
      const err = await rejection(h.client.updateAccount('20001000000052001', bad as never))
      expect(err.code, JSON.stringify(bad)).to.equal('DESK_BAD_INPUT')
    }
    const err = await rejection(h.client.updateAccount('../tickets/1', { cf: { cf_partner_tier: 'Premium' } }))
    expect(err.code).to.equal('DESK_BAD_INPUT')
  })

  it('does not retry an account patch Desk refuses with 422, and reports the field at fault', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const scope = desk(token)
      .patch(`${API_ROOT}/accounts/20001000000052001`)
      .reply(422, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'An invalid value was provided', errors: [{ fieldName: '/cf/cf_partner_rank', errorType: 'invalid' }] })
    const err = await rejection(h.client.updateAccount('20001000000052001', { cf: { cf_partner_rank: '1' } }))
    expect(err.code).to.equal('DESK_INVALID_REQUEST')
    expect(err.details.errors).to.deep.equal([{ fieldName: '/cf/cf_partner_rank', errorType: 'invalid' }])
    expect(h.clock.sleeps).to.deep.equal([])
    expect(scope.isDone()).to.equal(true)
  })
})
