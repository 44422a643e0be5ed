import { readFileSync } from 'node:fs'
import { expect } from 'chai'
import fc from 'fast-check'
import { parse } from 'yaml'
import { PartnerScorePolicy, unknownDevelopedNames } from '../../src/engine/score-policy.js'
import {
  developedFor, developmentOf, scorePartner, tierOf,
  type PartnerFiguresInput, type PartnerScore,
} from '../../src/engine/score.js'
import { EngineError } from '../../src/engine/errors.js'

// The shipped figures (config/policy.yaml, key partnerScore): the tests pin DOMAIN.md §7 through them.
const rawSection = (parse(readFileSync(new URL('../../config/policy.yaml', import.meta.url), 'utf8')) as {
  partnerScore: unknown
}).partnerScore
const policy = PartnerScorePolicy.parse(rawSection)
const copy = (): Record<string, any> => structuredClone(rawSection) as Record<string, any>

const developed = (f: PartnerFiguresInput): PartnerScore => scorePartner(f, { policy, developed: true })
const developing = (f: PartnerFiguresInput): PartnerScore => scorePartner(f, { policy, developed: false })
const badInput = (f: Record<string, unknown>, field: string): void => {
  let caught: unknown
  try { developed(f) } catch (e) { caught = e }
  expect(caught).to.be.instanceOf(EngineError)
  expect((caught as EngineError).code).to.equal('SLA_BAD_INPUT')
  expect((caught as EngineError).message).to.contain(field)
  expect((caught as EngineError).details.field).to.equal(field)
}

describe('partner score policy', () => {
  it('accepts the shipped partnerScore section', () => {
    expect(policy.tiers).to.deep.equal({ advancedAbove: 400, premiumAbove: 600 })
    expect(policy.revenueGrowth.benchmark).to.deep.equal({ developed: 200000, developing: 150000 })
  })

  it('refuses negative points', () => {
    const p = copy()
    p.csat.pointsPerRating = -5
    expect(PartnerScorePolicy.safeParse(p).success).to.equal(false)
  })

  it('refuses retention bands out of order', () => {
    const p = copy()
    p.retention.bands = [{ upTo: 50, points: 25 }, { upTo: 25, points: 0 }]
    const r = PartnerScorePolicy.safeParse(p)
    expect(r.success).to.equal(false)
    expect(r.error!.issues[0]!.path).to.deep.equal(['retention', 'bands', 1, 'upTo'])
  })

  it('refuses a practice band that earns fewer points than the one below it', () => {
    const p = copy()
    p.practiceSize.bands[1].points = 1
    expect(PartnerScorePolicy.safeParse(p).success).to.equal(false)
  })

  it('refuses a Premium threshold that is not above the Advanced one', () => {
    const p = copy()
    p.tiers.premiumAbove = 400
    const r = PartnerScorePolicy.safeParse(p)
    expect(r.success).to.equal(false)
    expect(r.error!.issues.map((i) => i.path.join('.'))).to.include('tiers.advancedAbove')
  })

  it('refuses a figure it does not know, so a typo is not silently ignored', () => {
    const p = copy()
    p.csat.pointsPerRatting = 5
    expect(PartnerScorePolicy.safeParse(p).success).to.equal(false)
  })

  it('names developed regions and sub-regions that the region table lacks', () => {
    expect(unknownDevelopedNames(policy, {
      'UK & EU': ['DACH'], ANZ: ['ANZ'], Americas: ['USA East', 'USA West', 'USA Central', 'Canada'], 'APAC & Japan': ['APAC'],
    })).to.deep.equal(['partnerScore.developed.subRegions: region "APAC & Japan" has no sub-region "Japan"'])
  })
})

describe('partner score: developed regions', () => {
  it('counts UK & EU, ANZ, the USA, Canada and Japan as developed', () => {
    expect(developedFor(policy, 'UK & EU', 'DACH')).to.equal(true)
    expect(developedFor(policy, 'ANZ', 'ANZ')).to.equal(true)
    expect(developedFor(policy, 'Americas', 'USA West')).to.equal(true)
    expect(developedFor(policy, 'Americas', 'Canada')).to.equal(true)
    expect(developedFor(policy, 'APAC & Japan', 'Japan')).to.equal(true)
  })

  it('counts LATAM, Brazil, the rest of APAC, India and MEA as developing', () => {
    expect(developedFor(policy, 'Americas', 'LATAM')).to.equal(false)
    expect(developedFor(policy, 'Americas', 'Brazil')).to.equal(false)
    expect(developedFor(policy, 'APAC & Japan', 'APAC')).to.equal(false)
    expect(developedFor(policy, 'India', 'India')).to.equal(false)
    expect(developedFor(policy, 'MEA', 'MEA')).to.equal(false)
  })

  it('scores a partner with no country as developing and says so', () => {
    expect(developmentOf(policy, null, null)).to.deep.equal(
      { developed: false, reason: 'no country given → developing-region benchmark' })
  })

  it('scores a partner whose country falls back to the default region as developing', () => {
    const d = developmentOf(policy, 'Atlantis', { region: 'UK & EU', subRegion: 'United Kingdom', fallback: true })
    expect(d.developed).to.equal(false)
    expect(d.reason).to.contain('"Atlantis" is not known')
  })

  it('explains the region a known country resolves to', () => {
    expect(developmentOf(policy, 'Germany', { region: 'UK & EU', subRegion: 'DACH', fallback: false }).reason)
      .to.equal('Germany → UK & EU / DACH: developed region')
  })
})

describe('partner score: revenue growth', () => {
  const atBenchmark = { revenueGrowth: 200000 }

  it('earns nothing at exactly 5,000 USD annual revenue', () => {
    expect(developed({ ...atBenchmark, annualRevenue: 5000 }).breakdown.revenueGrowth).to.equal(0)
  })

  it('counts from 5,001 USD annual revenue', () => {
    expect(developed({ ...atBenchmark, annualRevenue: 5001 }).breakdown.revenueGrowth).to.equal(400)
  })

  it('gives 400 at, 200 at half of, and 400 above the 200k developed benchmark', () => {
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 200000 }).breakdown.revenueGrowth).to.equal(400)
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 100000 }).breakdown.revenueGrowth).to.equal(200)
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 199999 }).breakdown.revenueGrowth).to.equal(400)
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 300000 }).breakdown.revenueGrowth).to.equal(400)
  })

  it('gives 400 at, 200 at half of, and 400 above the 150k developing benchmark', () => {
    expect(developing({ annualRevenue: 1e6, revenueGrowth: 150000 }).breakdown.revenueGrowth).to.equal(400)
    expect(developing({ annualRevenue: 1e6, revenueGrowth: 75000 }).breakdown.revenueGrowth).to.equal(200)
    expect(developing({ annualRevenue: 1e6, revenueGrowth: 100000 }).breakdown.revenueGrowth).to.equal(267)
    expect(developing({ annualRevenue: 1e6, revenueGrowth: 200000 }).breakdown.revenueGrowth).to.equal(400)
  })

  it('rounds proportional points to the nearest whole point, halves up', () => {
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 249 }).breakdown.revenueGrowth).to.equal(0)
    expect(developed({ annualRevenue: 1e6, revenueGrowth: 250 }).breakdown.revenueGrowth).to.equal(1)
  })

  it('gives nothing for negative growth', () => {
    const s = developed({ annualRevenue: 1e6, revenueGrowth: -5000 })
    expect(s.breakdown.revenueGrowth).to.equal(0)
    expect(s.reasons[0]).to.equal('revenue growth −5,000 USD (no growth) → 0 points')
  })

  it('explains the benchmark it measured against', () => {
    expect(developing({ annualRevenue: 1e6, revenueGrowth: 75000 }).reasons[0]).to.equal(
      'revenue growth 75,000 USD is 50 % of the developing-region benchmark 150,000 USD → 200 points')
  })
})

describe('partner score: customer success and market readiness', () => {
  const points = (f: PartnerFiguresInput, k: keyof PartnerScore['breakdown']): number => developed(f).breakdown[k]

  it('gives nothing for 10 new customers, 10 for 11, 10 for 19, 20 for 20 and at most 100', () => {
    expect([10, 11, 19, 20, 150].map((c) => points({ newCustomers: c }, 'customerAcquisition')))
      .to.deep.equal([0, 10, 10, 20, 100])
  })

  it('bands retention 25/26/50/51/75/76/100 as 0/25/25/50/50/76/100', () => {
    expect([25, 26, 50, 51, 75, 76, 100].map((r) => points({ retentionRate: r }, 'retention')))
      .to.deep.equal([0, 25, 25, 50, 50, 76, 100])
  })

  it('bands fractional retention exactly: 25.5 earns 25 and 75.5 earns 76', () => {
    expect([25.5, 50.5, 75.4, 75.5].map((r) => points({ retentionRate: r }, 'retention')))
      .to.deep.equal([25, 50, 75, 76])
  })

  it('gives 5 per good CSAT rating up to 100', () => {
    expect([0, 19, 20, 30].map((c) => points({ csatRatings: c }, 'csat'))).to.deep.equal([0, 95, 100, 100])
  })

  it('deducts nothing for 1 escalation, 20 for 2 and no more than 100 for 11', () => {
    expect([0, 1, 2, 10, 11].map((e) => points({ validatedEscalations: e }, 'escalations')))
      .to.deep.equal([0, 0, -20, -100, -100])
  })

  it('gives nothing for 2 certifications, 15 for 3 and at most 100 for 21', () => {
    expect([2, 3, 20, 21].map((c) => points({ certifications: c }, 'certifications'))).to.deep.equal([0, 15, 100, 100])
  })

  it('gives 10 per project and per case study, up to 50 each', () => {
    expect([1, 5, 6].map((p) => points({ projects: p }, 'projects'))).to.deep.equal([10, 50, 50])
    expect([1, 5, 6].map((c) => points({ caseStudies: c }, 'caseStudies'))).to.deep.equal([10, 50, 50])
  })
})

describe('partner score: Zoho engagement', () => {
  it('bands practice size 2/3/5/6/10/11/25/26 as 0/5/5/10/10/20/20/25', () => {
    expect([2, 3, 5, 6, 10, 11, 25, 26].map((s) => developed({ zohoStaff: s }).breakdown.practice))
      .to.deep.equal([0, 5, 5, 10, 10, 20, 20, 25])
  })

  it('adds lead-generation (10) and branded events (15) up to the cap of 25', () => {
    expect(developed({ leadGenEvents: true }).breakdown.campaigns).to.equal(10)
    expect(developed({ brandedEvents: true }).breakdown.campaigns).to.equal(15)
    expect(developed({ leadGenEvents: true, brandedEvents: true }).breakdown.campaigns).to.equal(25)
  })

  it('takes branding as assessed, up to 50', () => {
    expect(developed({ branding: 50 }).breakdown.branding).to.equal(50)
  })
})

describe('partner score: total and tier', () => {
  // 400 (growth at benchmark) + retention 76 + CSAT 100 + branding n = 576 + n
  const scoring = (target: number): PartnerFiguresInput => target <= 400
    ? { annualRevenue: 1e6, revenueGrowth: 200000 * (target / 400) }
    : { annualRevenue: 1e6, revenueGrowth: 200000, retentionRate: target >= 576 ? 76 : 0, csatRatings: target >= 576 ? 20 : 0, branding: target >= 576 ? target - 576 : target - 400 }

  it('keeps 400 Authorized and makes 401 Advanced', () => {
    expect(developed(scoring(400))).to.include({ score: 400, tier: 'Authorized' })
    expect(developed(scoring(401))).to.include({ score: 401, tier: 'Advanced' })
  })

  it('keeps 600 Advanced and makes 601 Premium', () => {
    expect(developed(scoring(600))).to.include({ score: 600, tier: 'Advanced' })
    expect(developed(scoring(601))).to.include({ score: 601, tier: 'Premium' })
  })

  it('needs one more point from 600 to Premium and from 400 to Advanced', () => {
    expect(developed(scoring(600)).nextTier).to.deep.equal({ tier: 'Premium', pointsNeeded: 1 })
    expect(developed(scoring(400)).nextTier).to.deep.equal({ tier: 'Advanced', pointsNeeded: 1 })
  })

  it('has no next tier for a Premium partner', () => {
    const s = developed(scoring(601))
    expect(s.nextTier).to.equal(null)
    expect(s.steps).to.deep.equal([])
  })

  it('reads tiers from the score alone', () => {
    expect([0, 400, 401, 600, 601, 1000].map((s) => tierOf(policy, s)))
      .to.deep.equal(['Authorized', 'Authorized', 'Advanced', 'Advanced', 'Premium', 'Premium'])
  })

  it('reaches exactly 1000 when every parameter is at its cap', () => {
    const s = developed({
      annualRevenue: 1e6, revenueGrowth: 1e6, newCustomers: 500, retentionRate: 100, csatRatings: 100,
      certifications: 50, projects: 9, caseStudies: 9, zohoStaff: 100, leadGenEvents: true, brandedEvents: true, branding: 50,
    })
    expect(s.score).to.equal(1000)
    expect(s.tier).to.equal('Premium')
  })

  it('never goes above 1000 even when an admin raises the caps', () => {
    const p = copy()
    p.projects.maxPoints = 500
    const s = scorePartner({ annualRevenue: 1e6, revenueGrowth: 1e6, csatRatings: 20, retentionRate: 100, projects: 50 },
      { policy: PartnerScorePolicy.parse(p), developed: true })
    expect(s.breakdown.projects).to.equal(500)
    expect(s.score).to.equal(1000)
    expect(s.reasons).to.include('total 1,100 kept within 0–1,000 → 1,000')
  })

  it('never goes below 0 when escalations are all a partner has', () => {
    const s = developed({ validatedEscalations: 11 })
    expect(s.breakdown.escalations).to.equal(-100)
    expect(s.score).to.equal(0)
    expect(s.nextTier).to.deep.equal({ tier: 'Advanced', pointsNeeded: 401 })
  })

  it('counts every missing figure as zero or false', () => {
    const s = developing({})
    expect(s.score).to.equal(0)
    expect(s.tier).to.equal('Authorized')
    expect(Object.values(s.breakdown).every((v) => Object.is(v, 0))).to.equal(true)
  })

  it('explains each parameter in words', () => {
    const s = developed({ retentionRate: 68, validatedEscalations: 2, certifications: 3 })
    expect(s.reasons).to.include('retention 68 % → 50 points')
    expect(s.reasons).to.include('2 validated escalations → −20')
    expect(s.reasons).to.include('3 certifications → 15 points')
    expect(s.reasons).to.include('score 45 is not above 400 → Authorized')
  })

  it('flags a partner below the Authorized baseline of revenue and certifications', () => {
    expect(developed({ annualRevenue: 5000, certifications: 3 }).meetsAuthorizedBaseline).to.equal(false)
    expect(developed({ annualRevenue: 5001, certifications: 2 }).meetsAuthorizedBaseline).to.equal(false)
    expect(developed({ annualRevenue: 5001, certifications: 3 }).meetsAuthorizedBaseline).to.equal(true)
  })
})

describe('partner score: input', () => {
  it('reads spreadsheet-style text: "68 %", "12", "yes"', () => {
    const s = developed({ retentionRate: '68 %', newCustomers: '12', leadGenEvents: 'yes', brandedEvents: '0' } as Record<string, unknown>)
    expect(s.breakdown).to.include({ retention: 50, customerAcquisition: 10, campaigns: 10 })
  })

  it('refuses negative counts, naming the figure', () => {
    badInput({ newCustomers: -1 }, 'newCustomers')
    badInput({ validatedEscalations: -2 }, 'validatedEscalations')
  })

  it('refuses a branding assessment above the policy cap of 50', () => {
    badInput({ branding: 51 }, 'branding')
  })

  it('refuses fractional counts and retention above 100 %', () => {
    badInput({ certifications: 2.5 }, 'certifications')
    badInput({ retentionRate: 101 }, 'retentionRate')
  })

  it('refuses a yes/no figure it cannot read', () => {
    badInput({ leadGenEvents: 'maybe' }, 'leadGenEvents')
  })
})

describe('partner score: steps to the next tier', () => {
  it('closes a small gap with one concrete step', () => {
    // 396 points: growth 198,000 of 200,000; 5 more points reach Advanced
    const s = developed({ annualRevenue: 1e6, revenueGrowth: 198000 })
    expect(s.nextTier).to.deep.equal({ tier: 'Advanced', pointsNeeded: 5 })
    expect(s.steps).to.have.length(1)
    expect(s.steps[0]!.points).to.be.at.least(5)
  })

  it('asks for the first three certifications together when the minimum unlocks them', () => {
    // 136 (growth 68,000 of 200,000) + 450 from capped parameters = 586; 15 more reach Premium,
    // and only certifications (nothing below 3) and branding are left to move
    const s = developed({ annualRevenue: 1e6, revenueGrowth: 68000, newCustomers: 100, retentionRate: 100, csatRatings: 20,
      projects: 5, caseStudies: 5, zohoStaff: 26, leadGenEvents: true, brandedEvents: true })
    expect(s.nextTier).to.deep.equal({ tier: 'Premium', pointsNeeded: 15 })
    expect(s.steps).to.deep.equal([{
      parameter: 'certifications', change: '+3 certifications', set: { certifications: 3 }, points: 15,
      text: '+3 certifications → +15',
    }])
  })

  it('asks for revenue growth last, sized to what is still missing', () => {
    const s = developed({ annualRevenue: 1e6, revenueGrowth: 0, newCustomers: 100, retentionRate: 100, csatRatings: 20,
      certifications: 20, projects: 5, caseStudies: 5, zohoStaff: 26, leadGenEvents: true, brandedEvents: true, branding: 50 })
    expect(s.score).to.equal(600)
    expect(s.steps).to.deep.equal([{
      parameter: 'revenueGrowth', change: 'revenue growth of 250 USD (now 0 USD)', set: { revenueGrowth: 250 },
      points: 1, text: 'revenue growth of 250 USD (now 0 USD) → +1',
    }])
  })

  it('asks for annual revenue above the minimum when growth is locked behind it', () => {
    const s = developing({ annualRevenue: 4000, revenueGrowth: 150000, newCustomers: 100, retentionRate: 100, csatRatings: 20,
      certifications: 20, projects: 5, caseStudies: 5, zohoStaff: 26, leadGenEvents: true, brandedEvents: true, branding: 50 })
    expect(s.steps).to.have.length(1)
    expect(s.steps[0]).to.include({ parameter: 'revenueGrowth', change: 'annual revenue above 5,000 USD (now 4,000 USD)' })
    expect(s.steps[0]!.set).to.deep.equal({ annualRevenue: 5001 })
  })

  it('always plans steps that, applied, reach the next tier', () => {
    const figures = fc.record({
      annualRevenue: fc.integer({ min: 0, max: 300000 }),
      revenueGrowth: fc.integer({ min: -50000, max: 250000 }),
      newCustomers: fc.nat(150),
      retentionRate: fc.integer({ min: 0, max: 100 }),
      csatRatings: fc.nat(30),
      validatedEscalations: fc.nat(15),
      certifications: fc.nat(25),
      projects: fc.nat(8),
      caseStudies: fc.nat(8),
      zohoStaff: fc.nat(40),
      leadGenEvents: fc.boolean(),
      brandedEvents: fc.boolean(),
      branding: fc.nat(50),
    })
    fc.assert(fc.property(figures, fc.boolean(), (f, dev) => {
      const s = scorePartner(f, { policy, developed: dev })
      if (!s.nextTier) return s.steps.length === 0
      const after: Record<string, unknown> = s.steps.reduce<Record<string, unknown>>((acc, st) => ({ ...acc, ...st.set }), { ...f })
      const rescored = scorePartner(after, { policy, developed: dev })
      const gained = s.steps.reduce((sum, st) => sum + st.points, 0)
      return rescored.tier === s.nextTier.tier || rescored.tier === 'Premium'
        ? s.steps.every((st) => st.points > 0) && rescored.score >= s.score + Math.min(gained, s.nextTier.pointsNeeded)
        : false
    }), { numRuns: 300 })
  })
})
