import { expect } from 'chai'
import { allCountryCodes } from '../../src/engine/countries.js'
import { REGION_NAMES } from '../../src/engine/policy.js'
import { shippedPolicy } from './helpers.js'

describe('shipped policy', () => {
  it('puts every ISO country in exactly one region', async () => {
    const policy = await shippedPolicy()
    const seen = new Map<string, string>()
    for (const region of REGION_NAMES) {
      const r = policy.regions[region]
      for (const [sub, s] of Object.entries(r.subRegions)) for (const c of s.countries) seen.set(c, `${region}/${sub}`)
      for (const c of Object.keys(r.bySubdivision ?? {})) seen.set(c, region)
    }
    const missing = allCountryCodes().filter((c) => !seen.has(c))
    expect(missing, `countries in no region: ${missing.join(', ')}`).to.deep.equal([])
  })

  it('lists no holidays: the commitments are plain 24x5', async () => {
    const policy = await shippedPolicy()
    for (const region of REGION_NAMES) {
      expect(policy.regions[region].calendar.holidays, region).to.deep.equal([])
      expect(policy.regions[region].calendar.publicHolidays, region).to.equal(undefined)
    }
  })

  it('names only role addresses on example.com as owners', async () => {
    const policy = await shippedPolicy()
    const owners = [policy.escalation.centralManager]
    for (const region of REGION_NAMES) {
      const r = policy.regions[region]
      owners.push(r.escalationDesk, r.supportLead, ...Object.values(r.subRegions).map((s) => s.accountManager))
    }
    for (const o of owners) expect(o).to.match(/^[a-z0-9.-]+@example\.com$/)
  })

  it('uses the default Desk field names the issue lists', async () => {
    const f = (await shippedPolicy()).deskFields
    expect(f.ticket).to.include({ severity: 'cf_severity', ticketType: 'cf_ticket_type', region: 'cf_region', escalationOwner: 'cf_escalation_owner', escalationLevel: 'cf_escalation_level', slaStatus: 'cf_sla_status', responseDue: 'cf_response_due' })
    expect(f.account).to.include({ partnerTier: 'cf_partner_tier', partnerScore: 'cf_partner_score', userLicenses: 'cf_user_licenses', country: 'country', state: 'state' })
  })

  it('names no word or phrase twice in one list: a second copy is a second entry that reads nothing more', async () => {
    const twice: string[] = []
    const walk = (x: unknown, path: string): void => {
      if (Array.isArray(x)) {
        if (x.every((i) => typeof i === 'string')) x.forEach((item, k) => x.indexOf(item) !== k && twice.push(`${path}: ${item}`))
        else x.forEach((item, k) => walk(item, `${path}/${k}`))
      } else if (x !== null && typeof x === 'object') for (const [key, value] of Object.entries(x)) walk(value, `${path}/${key}`)
    }
    walk(await shippedPolicy(), '')
    expect(twice).to.deep.equal([])
  })

  it('is frozen after loading: nothing can change a loaded policy by accident', async () => {
    const policy = await shippedPolicy()
    expect(Object.isFrozen(policy.commitments.Support[1].acknowledgement)).to.equal(true)
  })
})
