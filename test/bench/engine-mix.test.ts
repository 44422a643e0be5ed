// The benchmark's case mix and its peer adapter, checked for correctness only (no timing):
// the mix is deterministic and covers what issue #3 asks for, every ticket in it computes, and
// our calendar gives the same due dates as moment-business-time configured the same way.
import { expect } from 'chai'
import { addWorkingTime, compileCalendar, type Calendar, type CalendarSpecInput } from '../../src/engine/calendar.js'
import { computeSla, type SlaResult } from '../../src/engine/compute.js'
import { REGION_NAMES, type Policy } from '../../src/engine/policy.js'
import { buildComputeMix, buildDueDateMix, DST_CHANGES, regionOf, type ComputeCase, type DueDateMix } from '../../bench/engine-mix.js'
import {
  compareDueDates,
  currentPeerLocale,
  MIDNIGHT_STAND_IN,
  peerCalendar,
  peerConfig,
  restorePeerLocale,
  type PeerCalendar,
} from '../../bench/peer-moment.js'
import { shippedPolicy } from '../engine/helpers.js'

const MIN = 60_000
const HOUR = 60 * MIN

describe('the engine benchmark mix', () => {
  let policy: Policy
  let mix: ComputeCase[]
  let results: SlaResult[]

  before(async () => {
    policy = await shippedPolicy()
    mix = buildComputeMix({ count: 800 })
    results = mix.map((c) => computeSla(policy, c.input, c.now))
  })

  it('is the same mix for the same seed, and another mix for another seed', () => {
    const again = buildComputeMix({ count: 800 })
    expect(JSON.stringify(again)).to.equal(JSON.stringify(mix))
    const other = buildComputeMix({ seed: 7, count: 800 })
    expect(JSON.stringify(other)).to.not.equal(JSON.stringify(mix))
    const dd = (seed?: number) => JSON.stringify(buildDueDateMix(policy, { seed, count: 300 }))
    expect(dd()).to.equal(dd())
    expect(dd(7)).to.not.equal(dd())
  })

  it('puts every ticket in the region its country belongs to, and unknown countries in the fallback region', () => {
    mix.forEach((c, i) => {
      const expected = c.tags.expectedRegion === 'fallback' ? policy.fallbackRegion : c.tags.expectedRegion
      // A ticket whose account country is unknown may still be placed by its contact's country.
      if (c.tags.expectedRegion === 'fallback' && c.input.contact?.country) return
      expect(results[i]!.region, `case ${i} (${String(c.input.account?.country)})`).to.equal(expected)
    })
    expect(new Set(results.map((r) => r.region))).to.have.all.keys(...REGION_NAMES)
  })

  it('covers both clocks, both teams, every severity and tier, large accounts and exempt tickets', () => {
    expect(new Set(results.map((r) => r.clock))).to.have.all.keys('24x5', '24x7')
    expect(new Set(results.map((r) => r.team))).to.have.all.keys('Support', 'Operations')
    expect([...new Set(results.map((r) => r.severity))].sort()).to.deep.equal([1, 2, 3])
    expect(new Set(results.map((r) => r.severitySource))).to.have.all.keys('field', 'text', 'default')
    expect(new Set(results.map((r) => r.tier))).to.have.all.keys('Authorized', 'Advanced', 'Premium')
    expect(results.some((r) => r.priorityAccount)).to.equal(true)
    expect(results.some((r) => r.exempt)).to.equal(true)
    expect(new Set(results.map((r) => r.escalation.level)).size).to.be.at.least(4)
    // Only Support severity-1 tickets run on the 24x7 clock.
    for (const r of results.filter((x) => x.clock === '24x7')) {
      expect([r.team, r.severity]).to.deep.equal(['Support', 1])
    }
  })

  it('creates tickets on weekdays, at weekends and in every DST-change week, with pauses, closings and threads', () => {
    const whens = new Set(mix.map((c) => c.tags.when))
    expect(whens).to.have.all.keys('weekday', 'weekend', ...Object.keys(DST_CHANGES))
    expect(new Set(mix.map((c) => c.tags.onHold))).to.have.all.keys('none', 'past', 'ongoing')
    expect(new Set(mix.map((c) => c.tags.closed))).to.have.all.keys('no', 'reopened', 'closed')
    expect(new Set(mix.map((c) => c.tags.language))).to.have.all.keys('en', 'de', 'fr')
    expect(new Set(mix.map((c) => c.tags.description))).to.include.members(['template-text', 'template-html', 'free-text', 'free-html'])
    expect(mix.some((c) => c.tags.threads >= 3)).to.equal(true)
    // Weekend tickets really start on a Saturday or Sunday (UTC).
    for (const c of mix.filter((x) => x.tags.when === 'weekend')) {
      expect([0, 6]).to.include(new Date(String(c.input.ticket.createdTime)).getUTCDay())
    }
  })
})

describe('our calendar against moment-business-time', () => {
  let policy: Policy
  let dueMix: DueDateMix
  let localeBefore: string
  let oursOf: Calendar[]
  let peersOf: PeerCalendar[]

  before(async () => {
    policy = await shippedPolicy()
    dueMix = buildDueDateMix(policy, { count: 1600 })
    localeBefore = currentPeerLocale()
    oursOf = dueMix.calendars.map((c) => compileCalendar(c.spec))
    peersOf = dueMix.calendars.map((c) => peerCalendar(c.spec))
  })

  after(() => restorePeerLocale(localeBefore))

  it('uses the six region calendars of the policy and business-hours calendars in several zones', () => {
    const regions = dueMix.calendars.map(regionOf).filter((r) => r !== undefined)
    expect(regions).to.have.members([...REGION_NAMES])
    const business = dueMix.calendars.filter((c) => c.kind === 'business')
    expect(new Set(business.map((c) => c.spec.timeZone)).size).to.be.at.least(5)
    expect(business.map((c) => c.name)).to.include.members(['09:00–17:30 Europe/London', '08:00–12:00+13:00–17:00 Europe/Paris'])
  })

  it('applies the peer working hours in the calendar’s own zone, across the US DST change', () => {
    const spec: CalendarSpecInput = { timeZone: 'America/New_York', hours: { mon: ['09:00-17:30'], tue: ['09:00-17:30'], wed: ['09:00-17:30'], thu: ['09:00-17:30'], fri: ['09:00-17:30'] } }
    // Friday 6 March 2026 15:00 EST + 36 working hours = Thursday 12 March 17:00 EDT.
    const start = Date.parse('2026-03-06T15:00:00-05:00')
    const expected = Date.parse('2026-03-12T17:00:00-04:00')
    expect(peerCalendar(spec).addWorkingTime(start, 36 * HOUR)).to.equal(expected)
    expect(addWorkingTime(compileCalendar(spec), start, 36 * HOUR)).to.equal(expected)
  })

  it('agrees to the millisecond on every business-hours due date of the mix', () => {
    let checked = 0
    const wrong: string[] = []
    for (const c of dueMix.cases) {
      const cal = dueMix.calendars[c.calendar]!
      if (cal.kind !== 'business') continue
      const ours = addWorkingTime(oursOf[c.calendar]!, c.start, c.durationMs)
      const peer = peersOf[c.calendar]!.addWorkingTime(c.start, c.durationMs)
      checked++
      if (ours !== peer) wrong.push(`${cal.name} ${new Date(c.start).toISOString()} + ${c.durationMs / MIN} min: ours ${new Date(ours).toISOString()}, peer ${new Date(peer).toISOString()}`)
    }
    expect(checked).to.be.greaterThan(900)
    expect(wrong.slice(0, 5)).to.deep.equal([])
  })

  it('agrees within one working minute on every 24x5 due date of the mix, where the peer ends days at 23:59:59', () => {
    let checked = 0
    const wrong: string[] = []
    for (const c of dueMix.cases) {
      const cal = dueMix.calendars[c.calendar]!
      if (cal.kind !== '24x5') continue
      const ours = oursOf[c.calendar]!
      const peer = peersOf[c.calendar]!
      expect(peer.midnightStandIn).to.equal(true)
      const a = addWorkingTime(ours, c.start, c.durationMs)
      const b = peer.addWorkingTime(c.start, c.durationMs)
      checked++
      const cmp = compareDueDates(ours, true, a, b)
      if (!cmp.agree) wrong.push(`${cal.name} ${new Date(c.start).toISOString()} + ${c.durationMs / MIN} min: Δ ${cmp.workingDeltaMs} ms working`)
    }
    expect(checked).to.be.greaterThan(500)
    expect(wrong.slice(0, 5)).to.deep.equal([])
  })

  it('counts a due date of Friday 24:00 and the peer’s Monday 00:00:01 as one working second apart, and a minute’s gap as a disagreement', () => {
    const london = compileCalendar({ timeZone: 'Europe/London' })
    const friday24 = Date.parse('2026-06-13T00:00:00+01:00')
    const monday = Date.parse('2026-06-15T00:00:01+01:00')
    expect(compareDueDates(london, true, friday24, monday)).to.deep.include({ agree: true, workingDeltaMs: 1000 })
    expect(compareDueDates(london, true, friday24, monday + MIN).agree).to.equal(false)
    const office = compileCalendar({ timeZone: 'Europe/London', hours: { mon: ['09:00-17:30'] } })
    expect(compareDueDates(office, false, friday24, friday24 + 1).agree).to.equal(false)
  })

  it('configures the peer with 23:59:59 for a day ending at 24:00 and refuses what it cannot express', () => {
    const c = peerConfig({ timeZone: 'Asia/Kolkata', weekendDays: ['sat', 'sun'], holidays: ['2026-01-26'] })
    expect(c.workinghours[1]).to.deep.equal(['00:00:00', MIDNIGHT_STAND_IN])
    expect(c.workinghours[0]).to.equal(null)
    expect(c.workinghours[6]).to.equal(null)
    expect(c.holidays).to.deep.equal(['2026-01-26'])
    expect(c.midnightStandIn).to.equal(true)
    const split = peerConfig({ timeZone: 'Europe/Paris', hours: { mon: ['13:00-17:00', '08:00-12:00'] } })
    expect(split.workinghours[1]).to.deep.equal(['08:00:00', '12:00:00', '13:00:00', '17:00:00'])
    expect(split.midnightStandIn).to.equal(true) // Tuesday to Friday default to 00:00-24:00
    expect(() => peerConfig({ timeZone: 'Europe/Paris', hours: { mon: ['22:00-06:00'] } })).to.throw(/past midnight/)
    expect(() => peerConfig({ timeZone: 'Europe/Paris', specialDays: { '2026-12-24': ['09:00-12:00'] } })).to.throw(/specialDays/)
    expect(() => peerCalendar({ timeZone: 'Europe/Paris' }).addWorkingTime(0, 1.5 * MIN)).to.throw(/whole minutes/)
  })
})
