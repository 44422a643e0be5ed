import { expect } from 'chai'
import { startDesk, type TestDesk } from './helpers.js'

// GET /accounts (paged) and PATCH /accounts/{id}: what the yearly retier reads and writes (issue 7).

const ACCOUNT = '20001000002999001'

describe('sandbox: accounts API', () => {
  let desk: TestDesk
  beforeEach(async () => { desk = await startDesk() })
  afterEach(async () => { await desk.close() })

  async function seedAccounts(n: number): Promise<void> {
    const accounts = Array.from({ length: n }, (_, i) => ({
      id: String(20001000002999001n + BigInt(i)),
      accountName: `Partner ${i + 1}`,
      country: 'Germany',
      cf: { cf_partner_tier: 'Advanced', cf_partner_score: 450, cf_partner_certifications: 4 },
    }))
    const res = await desk.control('POST', '/seed', { accounts })
    expect(res.status).to.equal(200)
  }

  it('pages the account list with from/limit, ends on a short page and answers 204 past the end', async () => {
    await seedAccounts(5)
    const p1 = await desk.api('GET', '/accounts?from=0&limit=3')
    expect(p1.body.data.map((a: any) => a.accountName)).to.deep.equal(['Partner 1', 'Partner 2', 'Partner 3'])
    // Account.json: the list carries the basic fields; others only when named in `fields`
    expect(p1.body.data[0]).to.not.have.any.keys('cf', 'country')
    const p2 = await desk.api('GET', '/accounts?from=3&limit=3&fields=country,cf_partner_tier,cf_partner_score')
    expect(p2.body.data).to.have.length(2)
    expect(p2.body.data[0]).to.include({ country: 'Germany' })
    expect(p2.body.data[0].cf).to.deep.equal({ cf_partner_tier: 'Advanced', cf_partner_score: '450' })
    expect((await desk.api('GET', '/accounts?from=5&limit=3')).status).to.equal(204)
    expect((await desk.api('GET', '/accounts?limit=101')).status).to.equal(422)
  })

  it('changes only the custom fields a PATCH sends, stores them as strings and moves modifiedTime', async () => {
    await seedAccounts(1)
    desk.clock.advanceMinutes(60)
    const res = await desk.api('PATCH', `/accounts/${ACCOUNT}`, { body: { cf: { cf_partner_tier: 'Premium', cf_partner_score: 640 } } })
    expect(res.status).to.equal(200)
    expect(res.body.cf).to.deep.include({ cf_partner_tier: 'Premium', cf_partner_score: '640', cf_partner_certifications: '4' })
    expect(res.body.accountName).to.equal('Partner 1')
    expect(res.body.modifiedTime).to.equal('2026-03-02T10:00:00.000Z')
    const stored = desk.sb.state.accounts.get(ACCOUNT)!
    expect(stored.cf.cf_partner_tier).to.equal('Premium')
    expect(stored.country).to.equal('Germany')
  })

  it('leaves modifiedTime alone when a PATCH changes nothing', async () => {
    await seedAccounts(1)
    const before = desk.sb.state.accounts.get(ACCOUNT)!.modifiedTime
    desk.clock.advanceMinutes(60)
    const res = await desk.api('PATCH', `/accounts/${ACCOUNT}`, { body: { cf: { cf_partner_tier: 'Advanced' } } })
    expect(res.status).to.equal(200)
    expect(res.body.modifiedTime).to.equal(before)
  })

  it('refuses unknown custom fields and unknown keys with 422 in Desk\'s error shape, changing nothing', async () => {
    await seedAccounts(1)
    const res = await desk.api('PATCH', `/accounts/${ACCOUNT}`, { body: { cf: { cf_partner_tier: 'Premium', cf_partner_rank: '1' }, id: 'x' } })
    expect(res.status).to.equal(422)
    expect(res.body.errorCode).to.equal('INVALID_DATA')
    expect(res.body.errors.map((e: any) => [e.fieldName, e.errorType])).to.deep.include.members([
      ['/cf/cf_partner_rank', 'invalid'],
      ['/id', 'invalid'],
    ])
    expect(desk.sb.state.accounts.get(ACCOUNT)!.cf.cf_partner_tier).to.equal('Advanced')
    const notObject = await desk.api('PATCH', `/accounts/${ACCOUNT}`, { body: [1] })
    expect(notObject.status).to.equal(422)
    const badValue = await desk.api('PATCH', `/accounts/${ACCOUNT}`, { body: { cf: { cf_partner_score: { n: 1 } } } })
    expect(badValue.body.errors.map((e: any) => [e.fieldName, e.errorType])).to.deep.equal([['/cf/cf_partner_score', 'invalid']])
  })

  it('answers 404 URL_NOT_FOUND for an account that does not exist', async () => {
    const res = await desk.api('PATCH', '/accounts/20001000002999999', { body: { cf: { cf_partner_tier: 'Premium' } } })
    expect(res.status).to.equal(404)
    expect(res.body.errorCode).to.equal('URL_NOT_FOUND')
  })
})
