import { expect } from 'chai'
import { loadCreditConfig, loadServiceConfig } from '../../src/config.js'

describe("config: the credit governor's settings", () => {
  it('defaults to what Desk reports, floors of 50, 25 and 5 % and a reserve of 20 credits, and a day-long account cache', () => {
    expect(loadCreditConfig({})).to.deep.equal({
      credits: { perDay: null, bulkFloor: 0.5, syncFloor: 0.25, readFloor: 0.05, reserve: 20 },
      recordTtlMs: 24 * 3_600_000,
    })
  })

  it('reads an allowance, floors in percent, a reserve and the cache hours', () => {
    const c = loadCreditConfig({ DESK_CREDITS_PER_DAY: '40000', DESK_CREDIT_FLOORS: ' 60, 30 ,10 ', DESK_CREDIT_RESERVE: '0', DESK_RECORD_CACHE_HOURS: '6' })
    expect(c).to.deep.equal({ credits: { perDay: 40_000, bulkFloor: 0.6, syncFloor: 0.3, readFloor: 0.1, reserve: 0 }, recordTtlMs: 6 * 3_600_000 })
  })

  it('refuses floors out of order, a zero allowance and words, naming each setting', () => {
    expect(() => loadCreditConfig({ DESK_CREDIT_FLOORS: '25,50,5' }))
      .to.throw(/DESK_CREDIT_FLOORS: expected bulk ≥ sync ≥ reads/)
      .with.property('code', 'PIPELINE_CONFIG')
    expect(() => loadCreditConfig({ DESK_CREDITS_PER_DAY: '0', DESK_RECORD_CACHE_HOURS: 'a day' })).to.throw(/DESK_CREDITS_PER_DAY: .*DESK_RECORD_CACHE_HOURS: /)
  })

  it('is part of the service settings, with Desk calls per minute that smooth bursts rather than ration the day', () => {
    const c = loadServiceConfig({ DESK_SLA_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') })
    expect(c.DESK_REQUESTS_PER_MINUTE).to.equal(900)
    expect(c.DESK_CREDIT_FLOORS).to.equal('50,25,5')
  })
})
