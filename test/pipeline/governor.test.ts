// The credit governor (issue 15): a daily budget per installation, shared by replicas, spent by
// kind; bulk work waits first, then the sync stretches, webhook-driven writes go last; never more
// than the allowance, never THRESHOLD_EXCEEDED.
import { expect } from 'chai'
import { runBackfill } from '../../src/pipeline/backfill.js'
import { createContext } from '../../src/pipeline/context.js'
import { creditStatus, DEFAULT_CREDIT_SETTINGS, type CreditSettings } from '../../src/pipeline/governor.js'
import { runSyncJob } from '../../src/pipeline/jobs.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { parseDelivery, planDelivery } from '../../src/pipeline/webhook-events.js'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { ticketView } from '../../src/sandbox/views.js'
import type { Db } from '../../src/store/db.js'
import { getCreditDay, listCreditUsage, utcDay, type CreditDay } from '../../src/store/repos/credits.js'
import { insertEvents } from '../../src/store/repos/inbox.js'
import { outboxQueue, enqueueOutbox } from '../../src/store/repos/outbox.js'
import { forEachStore } from '../store/helpers.js'
import { startHarness, type JobsHarness } from './jobs-helpers.js'

const DAY_MS = 24 * 3_600_000
const T = Date.parse('2026-03-02T12:00:00.000Z')

function day(over: Partial<CreditDay>): CreditDay {
  return { installationId: 'i', day: '2026-03-02', allowance: 1000, used: 0, deskRemaining: null, deskRemainingAt: null, deskPeak: null, syncSkips: 0, exhaustedUntil: null, ...over }
}

describe('credit governor: what the day allows', () => {
  const s: CreditSettings = { ...DEFAULT_CREDIT_SETTINGS, perDay: 1000 }
  const level = (used: number) => creditStatus(s, 'i', day({ used }), T).level

  it('degrades in a known order as the allowance is spent: bulk work, then the sync, then reads, then writes', () => {
    expect(level(0)).to.equal('normal')
    expect(level(500)).to.equal('normal') // exactly half left
    expect(level(501)).to.equal('bulk-deferred')
    expect(level(626)).to.equal('sync-stretched')
    expect(level(751)).to.equal('sync-deferred')
    expect(level(951)).to.equal('reads-deferred')
    expect(level(980)).to.equal('writes-deferred') // the reserve of 20 credits is never spent
  })

  it('stretches the sync to every 2nd tick below the bulk floor, every 4th below the midpoint, and stops it below the sync floor', () => {
    expect(creditStatus(s, 'i', day({ used: 400 }), T).syncFactor).to.equal(1)
    expect(creditStatus(s, 'i', day({ used: 600 }), T).syncFactor).to.equal(2)
    expect(creditStatus(s, 'i', day({ used: 700 }), T).syncFactor).to.equal(4)
    expect(creditStatus(s, 'i', day({ used: 800 }), T).syncFactor).to.equal(Number.POSITIVE_INFINITY)
  })

  it("takes the most Desk said was left today as the allowance when none is configured, and Desk's count when lower than its own", () => {
    const free = { ...DEFAULT_CREDIT_SETTINGS }
    const st = creditStatus(free, 'i', day({ allowance: null, used: 100, deskPeak: 10_000, deskRemaining: 4_000 }), T)
    expect(st.allowance).to.equal(10_000)
    expect(st.headroom).to.equal(4_000)
    expect(st.level).to.equal('bulk-deferred') // 40 % left
    // other integrations of the org spent what desk-sla's own allowance still had
    expect(creditStatus(s, 'i', day({ used: 100, deskRemaining: 30 }), T).headroom).to.equal(30)
  })

  it('projects the day at its pace so far, from a quarter of an hour on', () => {
    expect(creditStatus(s, 'i', day({ used: 250 }), T).projected).to.equal(500) // noon: half the day gone
    expect(creditStatus(s, 'i', day({ used: 10 }), Date.parse('2026-03-02T00:10:00.000Z')).projected).to.equal(null)
  })

  it('holds everything back until the time Desk named after THRESHOLD_EXCEEDED', () => {
    const st = creditStatus(s, 'i', day({ exhaustedUntil: new Date(T + 3_600_000).toISOString() }), T)
    expect(st.level).to.equal('writes-deferred')
    expect(creditStatus(s, 'i', day({ exhaustedUntil: new Date(T - 1).toISOString() }), T).level).to.equal('normal')
  })
})

forEachStore('credit governor: a tiny allowance against the Desk sandbox', (getDb) => {
  let h: JobsHarness
  afterEach(async () => {
    await h?.close()
  })

  async function deliver(event: Record<string, unknown>): Promise<void> {
    const parsed = parseDelivery([{ orgId: h.sb.orgId, eventTime: String(h.now()), ...event }])
    if (parsed.invalid > 0) throw new Error(JSON.stringify(parsed.issues))
    await insertEvents(getDb(), h.inst.id, planDelivery(parsed.events, parsed.raw, h.inst.orgId).toStore, new Date(h.now()))
    await createInboxWorker(h.ctx).drain()
    await createOutboxWorker(h.ctx).drain()
  }
  const ticketAdded = (id: string) => deliver({ eventType: 'Ticket_Add', payload: ticketView(h.sb.state, h.sb.state.tickets.get(id)!) })
  const patches = () => h.sb.requests.list({ method: 'PATCH', kind: 'api' }).length
  const usage = async () => Object.fromEntries((await listCreditUsage(getDb(), utcDay(h.now()), h.inst.id)).map((u) => [u.kind, u]))

  /** webhook tickets until writes are held back too; returns the PATCHes that landed */
  async function webhookTicketsUntilWritesWait(max: number): Promise<number> {
    const before = patches()
    for (let i = 0; i < max; i++) {
      h.advanceMinutes(1)
      await ticketAdded(h.fileTicket())
      if ((await outboxQueue.countByStatus(getDb(), h.inst.id)).pending > 0) break
    }
    return patches() - before
  }

  async function scenario(label: string, allowance: () => number): Promise<void> {
    // webhook work first: a new ticket costs its account read and its write
    await ticketAdded(h.fileTicket())
    expect(patches(), label).to.equal(1)
    // a month's backfill needs far more than the allowance: it is the first to wait
    const backfill = await runBackfill(h.ctx, h.inst, { since: h.now() - 30 * DAY_MS, until: h.now() })
    const atBackfill = await usage()
    expect(backfill.status === 'deferred' || backfill.deferred > 0, label).to.equal(true)
    expect(atBackfill.backfill!.deferred, label).to.be.greaterThan(0)
    expect(atBackfill.write?.deferred ?? 0, label).to.equal(0)
    expect(atBackfill.webhook?.deferred ?? 0, label).to.equal(0)
    // webhook-driven writes go on after the backfill stopped, and stop last
    const landed = await webhookTicketsUntilWritesWait(60)
    expect(landed, label).to.be.greaterThan(2)
    const end = await usage()
    expect(end.write!.deferred, label).to.be.greaterThan(0)
    const row = (await getCreditDay(getDb(), h.inst.id, utcDay(h.now())))!
    const charged = h.sb.limiter.dailyCredits - h.sb.limiter.current()
    expect(row.used, label).to.be.at.most(allowance())
    expect(charged, label).to.be.at.most(allowance())
    expect(charged, `${label}: the governor counts what Desk charged`).to.equal(row.used)
    expect(h.sb.limiter.exceeded, label).to.equal(0)
  }

  it('with a configured allowance smaller than the need: defers the backfill before webhook writes and never spends more than the allowance', async () => {
    h = await startHarness(getDb(), { tickets: 12, credits: { perDay: 60, reserve: 2 } })
    await scenario('configured 60', () => 60)
  })

  it("with an org whose own credits are fewer than the need: the same order, and Desk never answers THRESHOLD_EXCEEDED", async () => {
    h = await startHarness(getDb(), { tickets: 12, dailyCredits: 70, credits: { reserve: 2 } })
    await scenario('Desk allows 70', () => 70)
  })

  it('keeps two replicas sharing one budget within it', async () => {
    h = await startHarness(getDb(), { tickets: 2, credits: { perDay: 25, reserve: 0 } })
    const second = createContext({
      db: getDb(),
      box: h.box,
      policy: h.policy,
      now: h.now,
      desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
      credits: { perDay: 25, reserve: 0 },
    })
    const ids = Array.from({ length: 30 }, () => h.fileTicket())
    const reads = (ctx: typeof second, list: string[]) =>
      Promise.all(list.map(async (id) => (await ctx.deskFor(h.inst)).getTicket(id).then(() => 1, () => 0)))
    const [a, b] = await Promise.all([reads(h.ctx, ids.slice(0, 15)), reads(second, ids.slice(15))])
    const landed = [...a, ...b].reduce<number>((n, x) => n + x, 0)
    expect(landed).to.be.within(1, 25)
    expect(h.sb.limiter.dailyCredits - h.sb.limiter.current()).to.equal(landed)
    expect((await getCreditDay(getDb(), h.inst.id, utcDay(h.now())))!.used).to.be.at.most(25)
  })

  it("holds a recompute's write back below the bulk floor while a webhook's write to the same kind of field goes out", async () => {
    h = await startHarness(getDb(), { tickets: 2, credits: { perDay: 1000 } })
    const [recomputed, changed] = [h.fileTicket(), h.fileTicket()]
    await ticketAdded(recomputed)
    await ticketAdded(changed)
    await setUsed(getDb(), h.inst.id, utcDay(h.now()), 600) // 40 % left
    const sent = patches()
    await enqueueOutbox(getDb(), { installationId: h.inst.id, ticketId: recomputed, kind: 'patch', body: { cf: { cf_sla_status: 'At risk' } }, origin: 'recompute' }, new Date(h.now()))
    await enqueueOutbox(getDb(), { installationId: h.inst.id, ticketId: changed, kind: 'patch', body: { cf: { cf_sla_status: 'At risk' } }, origin: 'webhook' }, new Date(h.now()))
    await createOutboxWorker(h.ctx).drain()
    expect(h.sb.requests.list({ method: 'PATCH', kind: 'api' }).slice(sent).map((r) => r.path)).to.deep.equal([`/api/v1/tickets/${changed}`])
    const waiting = await getDb().query<{ status: string; attempts: number; last_error: string }>(`SELECT status, attempts, last_error FROM outbox WHERE ticket_id = $1 AND origin = 'recompute'`, [recomputed])
    expect(waiting.rows[0]).to.include({ status: 'pending', attempts: 0 })
    expect(waiting.rows[0]!.last_error).to.match(/^DESK_CREDITS_DEFERRED/)
    expect((await usage()).recompute!.deferred).to.equal(1)
  })

  it('stretches the sync interval once half the allowance is spent, and stops it below a quarter', async () => {
    h = await startHarness(getDb(), { tickets: 2, credits: { perDay: 1000 } })
    await runSyncJob(h.ctx)
    const spend = (used: number) => setUsed(getDb(), h.inst.id, utcDay(h.now()), used)
    await spend(600) // 40 % left: every 2nd tick
    const ticks: string[] = []
    for (let i = 0; i < 4; i++) {
      h.advanceMinutes(2)
      ticks.push((await runSyncJob(h.ctx)).installations[0]!.status)
    }
    expect(ticks).to.deep.equal(['deferred', 'synced', 'deferred', 'synced'])
    await spend(800) // 20 % left: no sync
    h.advanceMinutes(2)
    expect((await runSyncJob(h.ctx)).installations[0]!.status).to.equal('deferred')
    expect((await usage()).sync!.deferred).to.equal(3)
  })
})

/** the day's budget shows `used` credits spent */
async function setUsed(db: Db, installationId: string, d: string, used: number): Promise<void> {
  await db.query('UPDATE desk_credit_days SET used = $3 WHERE installation_id = $1 AND day = $2::date', [installationId, d, used])
}
