import { expect } from 'chai'
import fc from 'fast-check'
import { hours } from '../../src/engine/escalation.js'
import { mkdtemp, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { computeSla } from '../../src/engine/compute.js'
import { loadPolicy } from '../../src/policy/load.js'
import { sla, slaDetail } from './helpers.js'

const SEV2 = { cf_severity: '2', cf_ticket_type: 'Technical Support' }
const SEV3 = { cf_severity: '3', cf_ticket_type: 'Technical Support' }

describe('targets: working time in each region', () => {
  it('gives a Premium severity-2 ticket filed Friday at 22:00 in London its first reply due Monday 04:00', async () => {
    const r = await sla({ cf: SEV2, tier: 'Premium', createdTime: '2026-03-06T22:00:00Z', now: '2026-03-06T22:30:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-09T04:00:00.000Z')
    expect(r.determinationDue).to.equal('2026-03-09T22:00:00.000Z')
  })

  it('starts a ticket filed on Saturday at Monday 00:00 local', async () => {
    const r = await sla({ cf: SEV2, tier: 'Premium', createdTime: '2026-03-07T10:00:00Z', now: '2026-03-07T11:00:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-09T06:00:00.000Z')
  })

  it('carries an Advanced 9 h acknowledgement over the weekend when London springs forward', async () => {
    // Friday 27 March 20:00 GMT: 4 h on Friday, 5 h from Monday 00:00 BST (Sunday 23:00 UTC)
    const r = await sla({ cf: SEV2, tier: 'Advanced', createdTime: '2026-03-27T20:00:00Z', now: '2026-03-27T21:00:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-30T04:00:00.000Z')
  })

  it('carries an Authorized 12 h acknowledgement over the US spring-forward weekend in New York', async () => {
    // Friday 6 March 18:00 EST: 6 h on Friday, 6 h from Monday 00:00 EDT (04:00 UTC)
    const r = await sla({ cf: SEV2, country: 'United States', state: 'NY', createdTime: '2026-03-06T23:00:00Z', now: '2026-03-07T00:00:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-09T10:00:00.000Z')
  })

  it('carries an Advanced 9 h acknowledgement over the weekend Sydney leaves daylight saving', async () => {
    // Friday 3 April 20:00 AEDT: 4 h on Friday, 5 h from Monday 00:00 AEST (Sunday 14:00 UTC)
    const r = await sla({ cf: SEV2, tier: 'Advanced', country: 'Australia', createdTime: '2026-04-03T09:00:00Z', now: '2026-04-03T10:00:00Z' })
    expect(r.firstResponseDue).to.equal('2026-04-05T19:00:00.000Z')
  })

  it('keeps India half an hour off the hour: Friday 22:30 IST + 6 h is Monday 04:30 IST', async () => {
    const r = await sla({ cf: SEV2, tier: 'Premium', country: 'India', createdTime: '2026-03-06T17:00:00Z', now: '2026-03-06T18:00:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-08T23:00:00.000Z')
  })

  it('works a 24x5 week in Dubai and Singapore from Monday 00:00 local', async () => {
    const dubai = await sla({ cf: SEV2, tier: 'Premium', country: 'AE', createdTime: '2026-03-07T08:00:00Z', now: '2026-03-07T09:00:00Z' })
    expect(dubai.firstResponseDue).to.equal('2026-03-09T02:00:00.000Z') // Mon 00:00 +04 = Sun 20:00Z, + 6 h
    const sg = await sla({ cf: SEV2, tier: 'Premium', country: 'SG', createdTime: '2026-03-07T08:00:00Z', now: '2026-03-07T09:00:00Z' })
    expect(sg.firstResponseDue).to.equal('2026-03-08T22:00:00.000Z') // Mon 00:00 +08 = Sun 16:00Z, + 6 h
  })
})

describe('targets: the 24x7 clock', () => {
  it('runs a Support severity-1 outage through the weekend', async () => {
    const r = await sla({ subject: 'Outage: the CRM is down', tier: 'Premium', createdTime: '2026-03-07T23:30:00Z', now: '2026-03-07T23:45:00Z' })
    expect([r.severity, r.clock]).to.deep.equal([1, '24x7'])
    expect(r.firstResponseDue).to.equal('2026-03-08T00:30:00.000Z')
    expect(r.determinationDue).to.equal('2026-03-08T01:30:00.000Z')
  })

  it('does not lose a minute at midnight', async () => {
    const r = await sla({ subject: 'Login failure for all users', tier: 'Authorized', createdTime: '2026-01-07T23:59:00Z', now: '2026-01-08T00:00:00Z' })
    expect(r.clock).to.equal('24x7')
    expect(r.firstResponseDue).to.equal('2026-01-08T02:59:00.000Z')
  })

  it('counts real hours across the night London springs forward', async () => {
    const r = await sla({ subject: 'Downtime of the portal', tier: 'Authorized', createdTime: '2026-03-28T23:30:00Z', now: '2026-03-28T23:40:00Z' })
    expect(r.firstResponseDue).to.equal('2026-03-29T02:30:00.000Z')
  })

  it('keeps a severity-1 data integrity problem (not downtime or login) on 24x5', async () => {
    const r = await sla({ subject: 'Data integrity problem in reports', createdTime: '2026-03-07T10:00:00Z', now: '2026-03-07T11:00:00Z' })
    expect([r.severity, r.clock]).to.deep.equal([1, '24x5'])
  })

  it('keeps an explicit severity-1 ticket without downtime words on 24x5', async () => {
    const r = await sla({ cf: { cf_severity: '1' }, subject: 'Reports are wrong', createdTime: '2026-03-07T10:00:00Z', now: '2026-03-07T11:00:00Z' })
    expect(r.clock).to.equal('24x5')
  })
})

describe('targets: holidays from an admin policy file', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-policy-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('skips Christmas Day when the admin adds it to the UK & EU calendar', async () => {
    const file = join(dir, 'christmas.yaml')
    await writeFile(file, 'regions:\n  UK & EU:\n    calendar:\n      holidays: ["2026-12-25"]\n')
    const { policy } = await loadPolicy({ file, env: {} })
    const r = computeSla(
      policy,
      { ticket: { subject: 'x', createdTime: '2026-12-24T20:00:00Z', cf: SEV2 }, account: { country: 'GB', cf: { cf_partner_tier: 'Premium' } }, now: '2026-12-24T21:00:00Z' },
      0,
    )
    // 4 h on Thursday, Friday is a holiday, then the weekend: 2 h on Monday 28th
    expect(r.firstResponseDue).to.equal('2026-12-28T02:00:00.000Z')
    // the other regions keep their calendars
    expect(policy.regions.Americas.calendar.holidays).to.deep.equal([])
  })
})

describe('targets: pauses while on hold or closed', () => {
  const created = '2026-01-05T09:00:00Z' // Monday, London winter (UTC)

  it('moves every open due date by the working time spent on hold', async () => {
    const r = await sla({
      cf: SEV2, tier: 'Premium', createdTime: created,
      statusHistory: [{ statusType: 'On Hold', from: '2026-01-05T10:00:00Z', to: '2026-01-05T14:00:00Z' }],
      now: '2026-01-05T15:00:00Z',
    })
    expect(r.firstResponseDue).to.equal('2026-01-05T19:00:00.000Z')
    expect(r.determinationDue).to.equal('2026-01-06T13:00:00.000Z')
  })

  it('keeps paused time when the severity changes: targets recomputed from the original start', async () => {
    const r = await sla({
      cf: SEV3, tier: 'Premium', createdTime: created,
      statusHistory: [{ statusType: 'On Hold', from: '2026-01-05T10:00:00Z', to: '2026-01-05T14:00:00Z' }],
      now: '2026-01-05T15:00:00Z',
    })
    // 16 h: 1 h before the hold, 15 h after 14:00
    expect(r.firstResponseDue).to.equal('2026-01-06T05:00:00.000Z')
  })

  it('shows due dates as if a ticket still on hold resumed now, and does not escalate it', async () => {
    const r = await sla({
      cf: SEV2, tier: 'Premium', createdTime: created, statusType: 'On Hold',
      statusHistory: [{ statusType: 'On Hold', from: '2026-01-05T10:00:00Z', to: null }],
      now: '2026-01-07T12:00:00Z',
    })
    expect(r.firstResponseDue).to.equal('2026-01-07T17:00:00.000Z')
    expect(r.escalation.level).to.equal(0)
  })

  it('continues the clocks of a re-opened ticket: time closed counts like time on hold', async () => {
    const r = await sla({
      cf: SEV2, tier: 'Premium', createdTime: created,
      statusHistory: [{ statusType: 'Closed', from: '2026-01-05T10:00:00Z', to: '2026-01-06T10:00:00Z' }],
      now: '2026-01-06T11:00:00Z',
    })
    expect(r.firstResponseDue).to.equal('2026-01-06T15:00:00.000Z')
    expect(r.determinationDue).to.equal('2026-01-07T09:00:00.000Z')
    expect(r.reasons.join('\n')).to.include('re-opened')
  })

  it('freezes the due dates of a closed ticket at its closing', async () => {
    const r = await sla({
      cf: SEV2, tier: 'Premium', createdTime: created, statusType: 'Closed',
      threads: [{ direction: 'out', createdTime: '2026-01-05T10:00:00Z' }],
      statusHistory: [{ statusType: 'Closed', from: '2026-01-05T12:00:00Z', to: null }],
      now: '2026-01-20T12:00:00Z',
    })
    expect(r.determinationDue).to.equal('2026-01-06T09:00:00.000Z')
    expect(r.escalation.level).to.equal(0)
  })
})

describe('targets: replies (first response and follow-up)', () => {
  const created = '2026-01-05T09:00:00Z'
  const base = { cf: SEV2, tier: 'Premium', createdTime: created }

  it('reads threads and status history in any order the caller lists them', async () => {
    const policy = (await loadPolicy({ env: {} })).policy
    const at = (h: number) => new Date(Date.parse(created) + h * 3_600_000).toISOString()
    const thread = fc.record({ direction: fc.constantFrom('in' as const, 'out' as const), createdTime: fc.integer({ min: 0, max: 60 }).map(at) })
    const hold = fc.integer({ min: 0, max: 50 }).chain((from) => fc.integer({ min: 1, max: 10 }).map((len) => ({ statusType: 'On Hold', from: at(from), to: at(from + len) })))
    fc.assert(
      fc.property(fc.array(thread, { maxLength: 20 }), fc.array(hold, { maxLength: 3 }), fc.integer({ min: 0, max: 1000 }), (threads, history, seed) => {
        const shuffled = <T>(items: T[]) => items.map((x, i) => [x, (i * 7919 + seed) % 1009] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x)
        const input = (t: typeof threads, h: typeof history) => ({ ticket: { createdTime: created, cf: SEV2 }, account: { cf: { cf_partner_tier: 'Premium' } }, threads: t, statusHistory: h, now: at(70) })
        const byTime = [...threads].sort((a, b) => a.createdTime.localeCompare(b.createdTime))
        expect(computeSla(policy, input(shuffled(threads), shuffled(history)), 0)).to.deep.equal(computeSla(policy, input(byTime, history), 0))
      }),
      { numRuns: 300 },
    )
  })

  it('shows the first response due until the first agent reply, even if the customer writes again', async () => {
    const r = await sla({ ...base, threads: [{ direction: 'in', createdTime: '2026-01-05T10:00:00Z' }], now: '2026-01-05T11:00:00Z' })
    expect(r.followUpDue).to.equal(null)
    expect(r.responseDueDate).to.equal(r.firstResponseDue)
    expect(r.responseDueDate).to.equal('2026-01-05T15:00:00.000Z')
  })

  it('owes nothing after the agent answered and no customer message waits', async () => {
    const r = await sla({
      ...base,
      threads: [
        { direction: 'out', createdTime: '2026-01-05T10:00:00Z' },
        { direction: 'in', createdTime: '2026-01-05T11:00:00Z' },
        { direction: 'out', createdTime: '2026-01-05T12:00:00Z' },
      ],
      now: '2026-01-05T13:00:00Z',
    })
    expect(r.followUpDue).to.equal(null)
    expect(r.responseDueDate).to.equal(null)
    expect(r.dueDate).to.equal('2026-01-06T09:00:00.000Z')
  })

  it('counts the follow-up from the oldest customer message still unanswered', async () => {
    const r = await sla({
      ...base,
      threads: [
        { direction: 'out', createdTime: '2026-01-05T10:00:00Z' },
        { direction: 'in', createdTime: '2026-01-05T11:00:00Z' },
        { direction: 'in', createdTime: '2026-01-05T13:00:00Z' },
      ],
      now: '2026-01-05T14:00:00Z',
    })
    expect(r.followUpDue).to.equal('2026-01-06T11:00:00.000Z')
    expect(r.responseDueDate).to.equal('2026-01-06T11:00:00.000Z')
  })
})

describe('escalation: levels rise with working time', () => {
  const created = '2026-01-05T09:00:00Z' // Premium severity 2: 6 h / 24 h
  const base = { cf: SEV2, tier: 'Premium', createdTime: created }

  it('shows the level-1 owner at level 0 from arrival', async () => {
    expect((await sla({ ...base, now: '2026-01-05T09:01:00Z' })).escalation).to.deep.equal({ level: 0, owner: 'escalations-eu@example.com' })
  })

  it('reaches level 1 when the first response is overdue', async () => {
    expect((await sla({ ...base, now: '2026-01-05T15:00:00Z' })).escalation.level).to.equal(0)
    expect((await sla({ ...base, now: '2026-01-05T15:00:01Z' })).escalation).to.deep.equal({ level: 1, owner: 'escalations-eu@example.com' })
  })

  it('keeps level 1 after the late reply is sent: the level never goes down by itself', async () => {
    const r = await sla({ ...base, threads: [{ direction: 'out', createdTime: '2026-01-05T16:00:00Z' }], now: '2026-01-05T17:00:00Z' })
    expect(r.escalation.level).to.equal(1)
  })

  it('reaches level 2 at 80 % of the determination target, owned by the regional lead', async () => {
    const answered = { ...base, threads: [{ direction: 'out' as const, createdTime: '2026-01-05T10:00:00Z' }] }
    expect((await sla({ ...answered, now: '2026-01-06T04:11:59Z' })).escalation.level).to.equal(0)
    expect((await sla({ ...answered, now: '2026-01-06T04:12:00Z' })).escalation).to.deep.equal({ level: 2, owner: 'support-lead-eu@example.com' })
  })

  it('reaches level 3 when the determination target is breached, owned by the central manager', async () => {
    expect((await sla({ ...base, now: '2026-01-06T09:00:00Z' })).escalation.level).to.equal(2)
    expect((await sla({ ...base, now: '2026-01-06T09:00:01Z' })).escalation).to.deep.equal({ level: 3, owner: 'support-manager@example.com' })
  })

  it("reaches level 4 at 150 %, owned by the sub-region's partner account manager", async () => {
    const de = { ...base, country: 'Germany' }
    expect((await sla({ ...de, now: '2026-01-06T20:59:59Z' })).escalation.level).to.equal(3)
    expect((await sla({ ...de, now: '2026-01-06T21:00:00Z' })).escalation).to.deep.equal({ level: 4, owner: 'pam-dach@example.com' })
  })

  it('gives each level reached its reason as data, and the same sentences in the result', async () => {
    const d = await slaDetail({ ...base, now: '2026-01-06T09:00:01Z' })
    expect(d.escalation.reasons.map((r) => r.level)).to.deep.equal([1, 2, 3])
    expect(d.escalation.reasons[2]!.text).to.match(/^determination target of 24 h breached/)
    expect(d.result.reasons).to.include(`level 3: ${d.escalation.reasons[2]!.text}`)
  })

  it('says the 80 % step of a ticket already past its target as past it, not "36 of 24 h"', async () => {
    const d = await slaDetail({ ...base, country: 'Germany', now: '2026-01-06T21:00:00Z' })
    expect(d.escalation.level).to.equal(4)
    expect(d.escalation.reasons[1]!.text).to.equal('80 % of the determination target elapsed (36 h, past the 24 h target)')
  })

  it('uses the shared escalation desk outside UK & EU', async () => {
    const r = await sla({ ...base, country: 'Japan', now: '2026-01-05T09:01:00Z' })
    expect(r.escalation.owner).to.equal('escalations@example.com')
  })

  it('does not count the weekend toward escalation on a 24x5 clock', async () => {
    // Friday 9 January 20:00 created: 4 h of Friday, so at Monday 00:00 nothing is overdue yet
    const r = await sla({ ...base, createdTime: '2026-01-09T20:00:00Z', now: '2026-01-12T00:00:00Z' })
    expect(r.escalation.level).to.equal(0)
  })
})

describe('escalation: when the sweep must look again', () => {
  const base = { cf: SEV2, tier: 'Premium', createdTime: '2026-01-05T09:00:00Z' } // 6 h / 24 h, London 24x5
  const answered = { ...base, threads: [{ direction: 'out' as const, createdTime: '2026-01-05T10:00:00Z' }] }
  const nextCheck = async (c: Parameters<typeof slaDetail>[0]) => {
    const at = (await slaDetail(c)).escalation.nextCheckAt
    return at === null ? null : new Date(at).toISOString()
  }

  it('comes back just after the first response falls due', async () => {
    expect(await nextCheck({ ...base, now: '2026-01-05T09:01:00Z' })).to.equal('2026-01-05T15:00:00.001Z')
  })

  it('comes back at 80 % of the determination target once the reply is sent', async () => {
    expect(await nextCheck({ ...answered, now: '2026-01-05T11:00:00Z' })).to.equal('2026-01-06T04:12:00.000Z')
  })

  it('comes back with the first working millisecond past the determination target', async () => {
    expect(await nextCheck({ ...answered, now: '2026-01-06T05:00:00Z' })).to.equal('2026-01-06T09:00:00.001Z')
  })

  it('comes back on Monday morning for a target used up exactly at Friday 24:00, not at 150 %', async () => {
    const friday = { ...answered, createdTime: '2026-01-09T00:00:00Z', threads: [{ direction: 'out' as const, createdTime: '2026-01-09T01:00:00Z' }] }
    const r = await slaDetail({ ...friday, now: '2026-01-10T12:00:00Z' })
    expect(r.escalation.level).to.equal(2)
    expect(await nextCheck({ ...friday, now: '2026-01-10T12:00:00Z' })).to.equal('2026-01-12T00:00:00.001Z')
  })

  it('does not come back while the ticket is on hold, nor once every level is reached', async () => {
    const held = { ...answered, statusType: 'On Hold', statusHistory: [{ statusType: 'On Hold', from: '2026-01-05T12:00:00Z', to: null }] }
    expect(await nextCheck({ ...held, now: '2026-01-05T13:00:00Z' })).to.equal(null)
    expect(await nextCheck({ ...base, now: '2026-01-09T12:00:00Z' })).to.equal(null)
  })
})

const HOUR_MS = 3_600_000

describe('escalation: hours in reasons', () => {
  it('writes working hours to two decimals as Number#toString would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 * HOUR_MS }), (ms) => {
        expect(hours(ms)).to.equal((Math.round((ms / HOUR_MS) * 100) / 100).toString())
      }),
      { numRuns: 5000 },
    )
    expect([hours(36 * HOUR_MS), hours(19.2 * HOUR_MS), hours(180_000), hours(0)]).to.deep.equal(['36', '19.2', '0.05', '0'])
  })
})
