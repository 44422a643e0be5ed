import { expect } from 'chai'
import { sla } from './helpers.js'

// DOMAIN.md §1, written out by hand: [low, high] working hours.
const MATRIX = {
  Support: {
    1: { ack: [1, 3], det: [2, 8] },
    2: { ack: [6, 12], det: [24, 48] },
    3: { ack: [16, 24], det: [48, 72] },
  },
  Operations: {
    1: { ack: [6, 12], det: [8, 16] },
    2: { ack: [12, 18], det: [24, 48] },
    3: { ack: [18, 24], det: [48, 72] },
  },
} as const
const TYPE = { Support: 'Technical Support', Operations: 'Payments Renewal' } as const
const POINT = { Premium: 0, Advanced: 0.5, Authorized: 1 } as const

// Monday 5 January 2026, 00:00 in London (UTC in winter): the week is all working time,
// so a target of h hours under 120 falls h hours later.
const MONDAY = Date.parse('2026-01-05T00:00:00.000Z')
const at = (hours: number) => new Date(MONDAY + hours * 3_600_000).toISOString()

describe('commitments: every cell of both matrices for the three tiers', () => {
  for (const team of ['Support', 'Operations'] as const) {
    for (const sev of [1, 2, 3] as const) {
      for (const tier of ['Premium', 'Advanced', 'Authorized'] as const) {
        const cell = MATRIX[team][sev]
        const ack = cell.ack[0] + (cell.ack[1] - cell.ack[0]) * POINT[tier]
        const det = cell.det[0] + (cell.det[1] - cell.det[0]) * POINT[tier]
        it(`gives a ${tier} ${team} severity-${sev} ticket ${ack} h to acknowledge and ${det} h to determine`, async () => {
          const r = await sla({
            createdTime: at(0),
            cf: { cf_severity: String(sev), cf_ticket_type: TYPE[team] },
            tier,
            now: at(0.5),
          })
          expect(r.team).to.equal(team)
          expect(r.severity).to.equal(sev)
          expect(r.severitySource).to.equal('field')
          expect(r.tier).to.equal(tier)
          expect(r.acknowledgementHours).to.equal(ack)
          expect(r.determinationHours).to.equal(det)
          expect(r.firstResponseDue).to.equal(at(ack))
          expect(r.determinationDue).to.equal(at(det))
          expect(r.responseDueDate).to.equal(at(ack))
          expect(r.dueDate).to.equal(at(det))
        })
      }
    }
  }

  it('gives Support/2/Advanced 9 h acknowledgement and 36 h determination (DOMAIN.md example)', async () => {
    const r = await sla({ createdTime: at(0), cf: { cf_severity: '2', cf_ticket_type: 'Technical Support' }, tier: 'Advanced', now: at(1) })
    expect([r.acknowledgementHours, r.determinationHours]).to.deep.equal([9, 36])
  })

  it('gives Support/3/Advanced 20 h and 60 h (DOMAIN.md example)', async () => {
    const r = await sla({ createdTime: at(0), cf: { cf_severity: '3', cf_ticket_type: 'Technical Support' }, tier: 'Advanced', now: at(1) })
    expect([r.acknowledgementHours, r.determinationHours]).to.deep.equal([20, 60])
  })

  it('serves an account without tier or score at the high end, as Authorized', async () => {
    const r = await sla({ createdTime: at(0), cf: { cf_severity: '2', cf_ticket_type: 'Technical Support' }, now: at(1) })
    expect(r.tier).to.equal('Authorized')
    expect([r.acknowledgementHours, r.determinationHours]).to.deep.equal([12, 48])
  })
})

describe('tiers from a partner value score', () => {
  const cases: [number, string][] = [[0, 'Authorized'], [400, 'Authorized'], [401, 'Advanced'], [600, 'Advanced'], [601, 'Premium'], [1000, 'Premium']]
  for (const [score, tier] of cases) {
    it(`makes a partner scoring ${score} ${tier}`, async () => {
      const r = await sla({ createdTime: at(0), score, now: at(1) })
      expect(r.tier).to.equal(tier)
      expect(r.reasons.join('\n')).to.include(`partner score ${score}`)
    })
  }

  it('prefers a tier name over a score', async () => {
    const r = await sla({ createdTime: at(0), tier: 'Advanced', score: 720, now: at(1) })
    expect(r.tier).to.equal('Advanced')
  })

  it('reads tier names case- and accent-insensitively, in German and French too', async () => {
    expect((await sla({ createdTime: at(0), tier: 'PREMIUM', now: at(1) })).tier).to.equal('Premium')
    expect((await sla({ createdTime: at(0), tier: 'Autorisé', now: at(1) })).tier).to.equal('Authorized')
    expect((await sla({ createdTime: at(0), tier: 'fortgeschritten', now: at(1) })).tier).to.equal('Advanced')
  })

  it('reads a tier named with more words ("Premium Partner"), but not one naming two tiers', async () => {
    for (const [name, tier] of [['Premium Partner', 'Premium'], ['Zoho Advanced Partner', 'Advanced'], ['Partenaire Premium', 'Premium'], ['Authorized-Partner', 'Authorized']]) {
      const r = await sla({ createdTime: at(0), tier: name, now: at(1) })
      expect(r.tier, name).to.equal(tier)
      expect(r.reasons.join('\n')).to.include(`${tier}: partner tier "${name}" on the account`)
    }
    const two = await sla({ createdTime: at(0), tier: 'Advanced or Premium', now: at(1) })
    expect(two.tier).to.equal('Authorized')
    expect(two.reasons.join('\n')).to.include('is not a known tier')
    expect((await sla({ createdTime: at(0), tier: 'Gold Partner', now: at(1) })).tier).to.equal('Authorized')
  })
})

describe('large accounts', () => {
  const base = { createdTime: at(0), cf: { cf_severity: '2', cf_ticket_type: 'Technical Support' }, tier: 'Authorized', now: at(1) }

  it('serves a UK account with 60 licenses at the Premium point and flags it', async () => {
    const r = await sla({ ...base, licenses: 60 })
    expect(r.priorityAccount).to.equal(true)
    expect(r.tier).to.equal('Authorized')
    expect([r.acknowledgementHours, r.determinationHours]).to.deep.equal([6, 24])
  })

  it('does not treat a UK account with 59 licenses as large', async () => {
    const r = await sla({ ...base, licenses: 59 })
    expect(r.priorityAccount).to.equal(false)
    expect([r.acknowledgementHours, r.determinationHours]).to.deep.equal([12, 48])
  })

  const thresholds: [string, string | undefined, number][] = [
    ['Australia', undefined, 50], ['Japan', undefined, 50], ['Singapore', undefined, 50], ['India', undefined, 100],
    ['United Arab Emirates', undefined, 60], ['Germany', undefined, 60], ['United States', 'CA', 70], ['Mexico', undefined, 70],
    ['Canada', undefined, 50], ['Brazil', undefined, 50],
  ]
  for (const [country, state, n] of thresholds) {
    it(`makes ${country} large from ${n} licenses, not ${n - 1}`, async () => {
      expect((await sla({ ...base, country, state, licenses: n })).priorityAccount).to.equal(true)
      expect((await sla({ ...base, country, state, licenses: n - 1 })).priorityAccount).to.equal(false)
    })
  }
})
