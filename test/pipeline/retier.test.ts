import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { retierCommand } from '../../src/cli/retier.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { processTicket } from '../../src/pipeline/processor.js'
import { RETIER_DEFAULT_CRON, RETIER_JOB, retier, retierJob, scoredYearAt } from '../../src/pipeline/retier.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox } from '../../src/store/crypto.js'
import type { Db } from '../../src/store/db.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { createInstallation, deleteInstallation, type Installation } from '../../src/store/repos/installations.js'
import { getPartnerScore, listPartnerScores } from '../../src/store/repos/partner-scores.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { fakeIo } from '../cli/fake-io.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'

// The yearly retier against the Desk sandbox (issue 7, "In Desk" and "A sandbox run").

const T0 = Date.parse('2026-03-02T09:00:00.000Z') // a Monday
const NORDLICHT = '20001000002100001' // Germany, developed: figures worth 640 → Premium; holds Advanced 450 (up)
const SUNRISE = '20001000002100002' // India, developing: figures worth 405 → Advanced; holds Premium 700 (down)
const KIWI = '20001000002100003' // New Zealand: figures worth 115 → Authorized; holds Authorized 120 (score only)
const CUSTOMER = '20001000002100004' // no partner figure at all: not a partner
const NORDLICHT_CONTACT = '20001000003100001'

const PARTNERS = [
  {
    id: NORDLICHT, accountName: 'Nordlicht Beratung GmbH', country: 'Germany',
    cf: {
      cf_partner_tier: 'Advanced', cf_partner_score: 450,
      cf_partner_annual_revenue: 500000, cf_partner_revenue_growth: 200000, cf_partner_new_customers: 30,
      cf_partner_retention_rate: 80, cf_partner_csat_ratings: 20, cf_partner_certifications: 6,
    },
  },
  {
    id: SUNRISE, accountName: 'Sunrise Cloud Pvt Ltd', country: 'India',
    cf: {
      cf_partner_tier: 'Premium', cf_partner_score: 700,
      cf_partner_annual_revenue: 100000, cf_partner_revenue_growth: 75000, cf_partner_retention_rate: 60,
      cf_partner_csat_ratings: 10, cf_partner_certifications: 4, cf_partner_projects: 2, cf_partner_branding: 30,
      cf_partner_zoho_staff: 6, cf_partner_lead_gen_events: true, cf_partner_branded_events: 2, // a count of events: held
    },
  },
  {
    id: KIWI, accountName: 'Kiwi Apps Ltd', country: 'New Zealand',
    cf: {
      cf_partner_tier: 'Authorized', cf_partner_score: 120,
      cf_partner_annual_revenue: 4000, cf_partner_retention_rate: 80, cf_partner_csat_ratings: 4, cf_partner_certifications: 3,
    },
  },
  { id: CUSTOMER, accountName: 'Plain Customer AG', country: 'Austria', cf: { cf_user_licenses: 12 } },
]

interface Harness {
  sb: Sandbox
  ctx: ServiceContext
  inst: Installation
  now(): number
  setNow(t: number): void
  close(): Promise<void>
}

async function startHarness(db: Db): Promise<Harness> {
  let t = T0
  const sb = await createSandbox({ clock: () => t })
  sb.seed({
    accounts: PARTNERS,
    contacts: [{ id: NORDLICHT_CONTACT, firstName: 'Lea', lastName: 'Fischer', email: 'lea@nordlicht.example.com', accountId: NORDLICHT }],
  })
  const box = createSecretBox(randomBytes(32))
  const inst = await createInstallation(db, box, {
    ...sb.connection(),
  })
  const ctx = createContext({
    db, box, policy: await shippedPolicy(), now: () => t,
    desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
  })
  return {
    sb, ctx, inst,
    now: () => t,
    setNow: (v) => { t = v },
    close: async () => {
      await deleteInstallation(db, inst.id)
      await sb.close()
    },
  }
}

/** a ticket filed now by Nordlicht's contact, processed once so it has SLA state and due dates in Desk */
async function openNordlichtTicket(h: Harness): Promise<string> {
  const created = h.sb.ops.create(
    {
      subject: 'Sync fails',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly sync returns incorrect results',
      contactId: NORDLICHT_CONTACT,
      departmentId: h.sb.state.defaultDepartmentId(),
    },
    { actor: { name: 'Lea Fischer', type: 'END_USER' } },
  )
  const id = String(created.id)
  await processTicket(h.ctx, h.inst, id, { source: 'sync' })
  await createOutboxWorker(h.ctx).drain()
  return id
}

const accountCf = (h: Harness, id: string) => h.sb.state.accounts.get(id)!.cf

forEachStore('pipeline: the yearly partner retier against the Desk sandbox', (getDb, env) => {
  let h: Harness
  beforeEach(async () => { h = await startHarness(getDb()) })
  afterEach(async () => { await h.close() })

  it('plans every partner\'s new score and tier in a dry run without writing anything', async () => {
    h.sb.requests.clear()
    const r = await retier(h.ctx, h.inst, { apply: false })
    expect(r.year).to.equal(2025)
    expect(r.accountsRead).to.equal(4)
    expect(r.notPartners).to.equal(1)
    const byId = Object.fromEntries(r.entries.map((e) => [e.accountId, e]))
    expect(Object.keys(byId)).to.have.members([NORDLICHT, SUNRISE, KIWI])
    expect(byId[NORDLICHT]).to.deep.include({ oldTier: 'Advanced', oldScore: 450, newTier: 'Premium', newScore: 640, direction: 'up', status: 'planned', developedRegion: true })
    expect(byId[SUNRISE]).to.deep.include({ oldTier: 'Premium', oldScore: 700, newTier: 'Advanced', newScore: 405, direction: 'down', developedRegion: false })
    expect(byId[KIWI]).to.deep.include({ oldTier: 'Authorized', oldScore: 120, newTier: 'Authorized', newScore: 115, direction: 'unchanged' })
    expect(byId[KIWI]!.write).to.deep.equal({ cf_partner_score: 115 })
    expect(byId[NORDLICHT]!.write).to.deep.equal({ cf_partner_score: 640, cf_partner_tier: 'Premium' })
    expect(r.summary).to.deep.include({ up: 1, down: 1, unchanged: 1, changed: 3, failed: 0 })
    expect(r.summary.byTier).to.deep.equal({
      Premium: { up: 1, down: 0, unchanged: 0 },
      Advanced: { up: 0, down: 1, unchanged: 0 },
      Authorized: { up: 0, down: 0, unchanged: 1 },
    })

    expect(h.sb.requests.list({ method: 'PATCH' })).to.have.length(0)
    expect(accountCf(h, NORDLICHT)).to.include({ cf_partner_tier: 'Advanced', cf_partner_score: '450' })
    expect(await listPartnerScores(getDb(), h.inst.id, 2025)).to.have.length(0)
    expect(await listAudit(getDb(), { installationId: h.inst.id })).to.have.length(0)
  })

  it('writes the changed scores and tiers to the accounts with --apply, records every score and audits each change', async () => {
    const r = await retier(h.ctx, h.inst, { apply: true, year: 2025, actor: 'cli:retier' })
    expect(r.summary).to.deep.include({ changed: 3, failed: 0 })
    expect(accountCf(h, NORDLICHT)).to.include({ cf_partner_tier: 'Premium', cf_partner_score: '640' })
    expect(accountCf(h, SUNRISE)).to.include({ cf_partner_tier: 'Advanced', cf_partner_score: '405' })
    expect(accountCf(h, KIWI)).to.include({ cf_partner_tier: 'Authorized', cf_partner_score: '115' })
    expect(accountCf(h, CUSTOMER)).to.not.have.property('cf_partner_tier')

    // only the fields that differ are sent
    const patches = h.sb.requests.list({ method: 'PATCH', path: '/accounts/' })
    expect(patches.map((p) => p.path).sort()).to.deep.equal([`/api/v1/accounts/${NORDLICHT}`, `/api/v1/accounts/${SUNRISE}`, `/api/v1/accounts/${KIWI}`].sort())
    expect(patches.find((p) => p.path.endsWith(KIWI))!.body).to.deep.equal({ cf: { cf_partner_score: 115 } })

    const stored = await getPartnerScore(getDb(), h.inst.id, NORDLICHT, 2025)
    expect(stored).to.deep.include({ score: 640, tier: 'Premium', region: 'global' })
    expect(stored!.breakdown).to.deep.include({ revenueGrowth: 400, customerAcquisition: 30, retention: 80, csat: 100, certifications: 30 })
    expect(await listPartnerScores(getDb(), h.inst.id, 2025)).to.have.length(3)

    const audit = (await listAudit(getDb(), { installationId: h.inst.id })).filter((a) => a.action === 'account.retier')
    expect(audit).to.have.length(3)
    const up = audit.find((a) => a.changes.accountId === NORDLICHT)!
    expect(up.actor).to.equal('cli:retier')
    expect(up.changes).to.deep.include({ cf_partner_tier: { from: 'Advanced', to: 'Premium' }, cf_partner_score: { from: 450, to: 640 }, direction: 'up' })
    expect(up.reason).to.contain('640 → Premium')
  })

  it('changes nothing on a second run: no account write, no audit, no ticket recomputed', async () => {
    await retier(h.ctx, h.inst, { apply: true })
    const audits = (await listAudit(getDb(), { installationId: h.inst.id })).length
    h.sb.requests.clear()
    const again = await retier(h.ctx, h.inst, { apply: true })
    expect(again.entries.map((e) => e.status)).to.deep.equal(['unchanged', 'unchanged', 'unchanged'])
    expect(again.summary).to.deep.include({ up: 0, down: 0, unchanged: 3, changed: 0 })
    expect(h.sb.requests.list({ method: 'PATCH' })).to.have.length(0)
    expect(await listAudit(getDb(), { installationId: h.inst.id })).to.have.length(audits)
  })

  it('recomputes the open ticket of a partner that moved up and writes its earlier due dates back to Desk, audited', async () => {
    const ticketId = await openNordlichtTicket(h)
    const before = h.sb.state.tickets.get(ticketId)!
    const dueBefore = before.dueDate!
    expect(dueBefore).to.be.a('string')
    expect((await getTicketSla(getDb(), h.inst.id, ticketId))!.state).to.have.nested.property('result.tier', 'Advanced')

    h.setNow(T0 + 30 * 60_000) // half an hour later
    const dry = await retier(h.ctx, h.inst, { apply: false })
    expect(dry.entries.find((e) => e.accountId === NORDLICHT)!.openTickets).to.deep.equal([ticketId])
    expect(h.sb.state.tickets.get(ticketId)!.dueDate).to.equal(dueBefore)

    const r = await retier(h.ctx, h.inst, { apply: true, deliver: true, actor: 'cli:retier' })
    const entry = r.entries.find((e) => e.accountId === NORDLICHT)!
    expect(entry).to.deep.include({ ticketsRecomputed: 1, ticketsUpdated: 1, errors: [] })
    expect(r.delivered).to.be.greaterThan(0)

    const dueAfter = h.sb.state.tickets.get(ticketId)!.dueDate!
    expect(Date.parse(dueAfter)).to.be.below(Date.parse(dueBefore))
    const state = (await getTicketSla(getDb(), h.inst.id, ticketId))!.state as { result: { tier: string; dueDate: string } }
    expect(state.result.tier).to.equal('Premium')
    expect(state.result.dueDate).to.equal(dueAfter)

    const ticketAudit = await listAudit(getDb(), { installationId: h.inst.id, ticketId })
    const recompute = ticketAudit.find((a) => a.actor === 'cli:retier' && a.action === 'ticket.update')!
    expect(recompute.reason).to.match(/^recompute/)
    expect(recompute.changes).to.deep.include({ dueDate: { from: dueBefore, to: dueAfter } })
  })

  it('reports an account whose figures cannot be read and still retiers the others', async () => {
    h.sb.state.accounts.get(KIWI)!.cf.cf_partner_certifications = 'lots'
    const r = await retier(h.ctx, h.inst, { apply: true })
    expect(r.invalid).to.have.length(1)
    expect(r.invalid[0]).to.deep.include({ accountId: KIWI, accountName: 'Kiwi Apps Ltd' })
    expect(r.invalid[0]!.error).to.contain('certifications')
    expect(r.entries.map((e) => e.accountId)).to.have.members([NORDLICHT, SUNRISE])
    expect(accountCf(h, NORDLICHT).cf_partner_tier).to.equal('Premium')
    expect(accountCf(h, KIWI).cf_partner_score).to.equal('120')
  })

  it('keeps going when Desk keeps failing one account\'s write, and reports that account as failed', async () => {
    h.sb.faults.set({ serverError: { count: 10, status: 503, method: 'PATCH', path: `/accounts/${SUNRISE}` } })
    const r = await retier(h.ctx, h.inst, { apply: true })
    const failed = r.entries.filter((e) => e.status === 'failed')
    expect(failed.map((e) => e.accountId)).to.deep.equal([SUNRISE])
    expect(failed[0]!.errors[0]).to.match(/^account not updated: DESK_HTTP_5XX/)
    expect(r.summary).to.deep.include({ failed: 1, changed: 2 })
    expect(await getPartnerScore(getDb(), h.inst.id, SUNRISE, 2025)).to.equal(null)
    expect(accountCf(h, SUNRISE).cf_partner_tier).to.equal('Premium')
    expect(accountCf(h, NORDLICHT).cf_partner_tier).to.equal('Premium')
    const audited = (await listAudit(getDb(), { installationId: h.inst.id })).map((a) => a.changes.accountId)
    expect(audited).to.have.members([NORDLICHT, KIWI])
  })

  it('runs the yearly job once for two replicas claiming the same year, and again the next year', async () => {
    expect(RETIER_DEFAULT_CRON).to.equal('0 3 1 1 *')
    const peer = await env().openPeer()
    const ctx2 = createContext({ db: peer, box: h.ctx.box, policy: await shippedPolicy(), now: h.now, desk: { sleep: async () => {}, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 } })
    const jan1 = Date.parse('2027-01-01T03:00:00.000Z')
    h.setNow(jan1)
    const [a, b] = await Promise.all([retierJob(h.ctx, jan1, { owner: 'replica-a' }), retierJob(ctx2, jan1, { owner: 'replica-b' })])
    expect([a.ran, b.ran].filter(Boolean)).to.have.length(1)
    const ran = a.ran ? a : b
    expect(ran.year).to.equal(2026)
    expect(ran.installations).to.have.length(1)
    expect(ran.installations[0]!.result!.summary).to.deep.include({ up: 1, down: 1, unchanged: 1, failed: 0 })
    expect(h.sb.requests.list({ method: 'PATCH', path: '/accounts/' })).to.have.length(3)
    expect(accountCf(h, NORDLICHT).cf_partner_tier).to.equal('Premium')
    const audit = (await listAudit(getDb(), { installationId: h.inst.id })).filter((x) => x.action === 'account.retier')
    expect(audit.map((x) => x.actor)).to.deep.equal(['job:retier', 'job:retier', 'job:retier'])
    expect(await listPartnerScores(getDb(), h.inst.id, 2026)).to.have.length(3)
    const { rows } = await getDb().query<{ outcome: string }>('SELECT outcome FROM job_runs WHERE job = $1 AND tick_key = $2', [RETIER_JOB, '2026'])
    expect(rows[0]!.outcome).to.equal('ok')

    // a later tick of the same year (another replica, or the cron firing again) does nothing
    expect((await retierJob(ctx2, jan1 + 3_600_000)).ran).to.equal(false)
    // the next year runs again
    const next = Date.parse('2028-01-01T03:00:00.000Z')
    h.setNow(next)
    const later = await retierJob(h.ctx, next)
    expect(later).to.deep.include({ ran: true, year: 2027 })
  })

  it('prints a dry-run summary by tier and a table of changes, and writes with --apply', async () => {
    const open = async () => ({ ctx: h.ctx, db: getDb(), policySource: 'test', close: async () => {} })
    const cmd = retierCommand({ open, isTTY: () => false })
    const io = fakeIo({ now: h.now() })
    expect(await cmd(['--installation', h.inst.id], io)).to.equal(0)
    expect(io.out).to.contain('figures of 2025 (dry run): 3 partner account(s) of 4 read')
    expect(io.out).to.match(/Premium\s+1\s+0\s+0/)
    expect(io.out).to.match(/Advanced\s+0\s+1\s+0/)
    expect(io.out).to.match(/total\s+1\s+1\s+1/)
    expect(io.out).to.match(new RegExp(`${NORDLICHT}\\s+Nordlicht Beratung GmbH\\s+Advanced → Premium \\(up\\)\\s+450 → 640`))
    expect(io.out).to.contain('nothing written')
    expect(h.sb.requests.list({ method: 'PATCH' })).to.have.length(0)

    const json = fakeIo({ now: h.now() })
    expect(await cmd(['--installation', h.inst.id, '--json', '--year', '2024'], json)).to.equal(0)
    const parsed = JSON.parse(json.out)
    expect(parsed).to.deep.include({ year: 2024, apply: false })
    expect(parsed.installations[0].entries).to.have.length(3)

    const applied = fakeIo({ now: h.now() })
    expect(await cmd(['--installation', h.inst.id, '--apply'], applied)).to.equal(0)
    expect(applied.out).to.contain('3 account(s) written, 0 failed')
    expect(accountCf(h, SUNRISE).cf_partner_tier).to.equal('Advanced')

    const bad = fakeIo()
    let err: unknown
    try { await cmd(['--year', 'next'], bad) } catch (e) { err = e }
    expect((err as Error).name).to.equal('UsageError')
  })
})

describe('pipeline: the retier year', () => {
  it('scores the calendar year before the run, so the January run sets this year\'s tiers from last year\'s figures', () => {
    expect(scoredYearAt(Date.parse('2027-01-01T03:00:00.000Z'))).to.equal(2026)
    expect(scoredYearAt(Date.parse('2026-12-31T23:59:59.000Z'))).to.equal(2025)
  })
})
