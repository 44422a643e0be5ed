import { expect } from 'chai'
import type { SearchModifiedOptions, SearchOutcome } from '../../src/desk/client.js'
import type { Ticket } from '../../src/desk/schemas.js'
import { createContext } from '../../src/pipeline/context.js'
import { createScheduler, PRUNE_INBOX_JOB, runSweepJob, runSyncJob, SWEEP_JOB, SYNC_JOB, tickKeyOf } from '../../src/pipeline/jobs.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { SYNC_CURSOR, walkModified } from '../../src/pipeline/sync.js'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { getCursor } from '../../src/store/repos/cursors.js'
import { outboxQueue, type OutboxItem } from '../../src/store/repos/outbox.js'
import { inboxQueue, inboxEventKey, insertEvents } from '../../src/store/repos/inbox.js'
import { updateInstallation } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { forEachStore } from '../store/helpers.js'
import { startHarness, type JobsHarness } from './jobs-helpers.js'

/** processes everything in the inbox, then delivers every Desk write */
async function settle(h: JobsHarness): Promise<{ events: number; writes: number }> {
  const events = await createInboxWorker(h.ctx).drain()
  const writes = await createOutboxWorker(h.ctx).drain()
  return { events, writes }
}

forEachStore('scheduled jobs: incremental sync', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb())
  })
  afterEach(async () => {
    await h.close()
  })

  it('catches a ticket whose webhook never came on the next sync tick and writes its fields back to Desk', async () => {
    await runSyncJob(h.ctx) // first run: the last hour of the seeded portal
    await settle(h)
    h.advanceMinutes(5)
    const id = h.fileTicket() // no webhook is registered: Desk tells the service nothing
    h.advanceMinutes(1)

    const tick = await runSyncJob(h.ctx)
    expect(tick.enqueued).to.equal(1)
    expect((await settle(h)).writes).to.be.greaterThan(0)

    const desk = await h.ctx.deskFor(h.inst)
    const ticket = await desk.getTicket(id)
    expect(ticket.cf?.cf_region).to.equal((await getTicketSla(getDb(), h.inst.id, id))!.lastWritten.cf_region)
    expect(ticket.cf?.cf_severity).to.match(/^[123]$/)
    expect(ticket.cf?.cf_escalation_owner).to.match(/@example\.com$/)
    expect(ticket.dueDate).to.be.a('string')
  })

  it('keeps its claim on an event while Desk is slow to answer, so another replica does not take it', async () => {
    h.fileTicket()
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    h.sb.faults.set({ slow: { ms: 1500, count: 1, method: 'GET' } })
    const worker = createInboxWorker(h.ctx, { leaseMs: 60_000, heartbeatMs: 25 })
    const busy = worker.runOnce()
    while ((await inboxQueue.countByStatus(getDb(), h.inst.id)).processing === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    h.advanceMinutes(2) // past the lease the claim was given
    await new Promise((resolve) => setTimeout(resolve, 150)) // a renewal or more
    expect(await inboxQueue.claim(getDb(), 10, 60_000, new Date(h.now())), 'claims another replica gets').to.deep.equal([])
    expect(await busy).to.equal(1)
    expect((await inboxQueue.countByStatus(getDb(), h.inst.id)).done).to.equal(1)
  })

  it('moves the cursor to the newest modification seen, and a second tick with nothing new enqueues nothing', async () => {
    await runSyncJob(h.ctx)
    h.advanceMinutes(3)
    const id = h.fileTicket()
    const modified = h.sb.state.tickets.get(id)!.modifiedTime
    h.advanceMinutes(1)
    expect((await runSyncJob(h.ctx)).enqueued).to.equal(1)
    expect(await getCursor(getDb(), h.inst.id, SYNC_CURSOR)).to.equal(modified)

    h.advanceMinutes(2)
    const again = await runSyncJob(h.ctx)
    expect(again.enqueued).to.equal(0)
    expect(again.installations[0]!.seen).to.be.greaterThan(0) // the overlap re-read it; the key deduped it
    expect(await getCursor(getDb(), h.inst.id, SYNC_CURSOR)).to.equal(modified)
  })

  it("neither reads nor writes again when the sync sees the service's own update of a ticket", async () => {
    await runSyncJob(h.ctx)
    h.advanceMinutes(3)
    const id = h.fileTicket()
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    await settle(h)
    h.advanceMinutes(1) // the service's PATCH moved modifiedTime; Desk's answer to it was kept as the ticket's copy
    h.sb.requests.clear()
    const echo = await runSyncJob(h.ctx)
    expect(echo.enqueued).to.equal(0)
    expect((await settle(h)).writes).to.equal(0)
    expect(h.sb.requests.list({ kind: 'api' }).map((r) => `${r.method} ${r.path}`)).to.deep.equal(['GET /api/v1/tickets/search'])
    h.advanceMinutes(2)
    expect((await runSyncJob(h.ctx)).enqueued).to.equal(0)
    expect(h.sb.state.tickets.get(id)!.cf.cf_region).to.be.a('string')
  })

  it('only enqueues tickets of the departments the installation handles', async () => {
    const [first, second] = [...h.sb.state.departments.keys()]
    h.inst = await updateInstallation(getDb(), h.box, h.inst.id, { departmentIds: [second!] }, new Date(h.now()))
    await runSyncJob(h.ctx)
    await settle(h)
    h.advanceMinutes(3)
    h.fileTicket({ departmentId: first })
    const wanted = h.fileTicket({ departmentId: second })
    h.advanceMinutes(1)
    expect((await runSyncJob(h.ctx)).enqueued).to.equal(1)
    await createInboxWorker(h.ctx).drain()
    expect(await getTicketSla(getDb(), h.inst.id, wanted)).to.not.equal(null)
  })

  it('skips a tick while the org is low on API credits, and leaves the cursor where it was', async () => {
    await runSyncJob(h.ctx)
    h.sb.limiter.configure({ remaining: 500 }) // 0.5 % of the daily credits
    h.advanceMinutes(2)
    await runSyncJob(h.ctx) // learns the low figure from Desk's answer headers
    const cursor = await getCursor(getDb(), h.inst.id, SYNC_CURSOR)
    h.advanceMinutes(1)
    h.fileTicket()
    h.advanceMinutes(1)
    const tick = await runSyncJob(h.ctx)
    expect(tick.installations[0]!.status).to.equal('deferred')
    expect(tick.enqueued).to.equal(0)
    expect(await getCursor(getDb(), h.inst.id, SYNC_CURSOR)).to.equal(cursor)
  })

  it('reports a failing installation and goes on with the others', async () => {
    const other = await startHarness(getDb(), { seed: 12 })
    try {
      await other.sb.close() // this org's Desk is unreachable
      const tick = await runSyncJob(h.ctx)
      const byId = new Map(tick.installations.map((r) => [r.installationId, r]))
      expect(byId.get(other.inst.id)!.status).to.equal('failed')
      expect(byId.get(h.inst.id)!.status).to.equal('synced')
    } finally {
      await other.close().catch(() => {})
    }
  })
})

describe('scheduled jobs: walking a modified-time range past the search ceiling', () => {
  /** a Desk search over `tickets` that, like Desk, stops after `ceiling` results sorted by modifiedTime */
  function fakeSearch(tickets: Ticket[], ceiling: number, calls: SearchModifiedOptions[]) {
    return async function* (o: SearchModifiedOptions): AsyncGenerator<Ticket[], SearchOutcome, undefined> {
      calls.push(o)
      const hits = tickets
        .filter((t) => t.modifiedTime! >= o.from && t.modifiedTime! <= o.to)
        .sort((a, b) => a.modifiedTime!.localeCompare(b.modifiedTime!))
      const limit = o.limit ?? 100
      for (let from = 0; from < Math.min(hits.length, ceiling); from += limit) {
        const page = hits.slice(from, Math.min(from + limit, ceiling))
        yield page
        if (page.length < limit) return { truncated: false }
      }
      return { truncated: hits.length >= ceiling }
    }
  }

  function ticketsAt(n: number, start: number, stepMs: number): Ticket[] {
    return Array.from({ length: n }, (_, i) => {
      const at = new Date(start + i * stepMs).toISOString()
      return { id: `2000100000${String(i).padStart(7, '0')}`, createdTime: at, modifiedTime: at } as Ticket
    })
  }

  it('continues from the newest modification seen when the search stops at its offset ceiling', async () => {
    const start = Date.parse('2026-03-01T00:00:00.000Z')
    const tickets = ticketsAt(250, start, 60_000)
    const calls: SearchModifiedOptions[] = []
    const ids = new Set<string>()
    const stats = await walkModified(fakeSearch(tickets, 100, calls), { from: new Date(start).toISOString(), to: new Date(start + 86_400_000).toISOString() }, [], async (page) => {
      for (const t of page) ids.add(t.id)
    }, 50)
    expect(ids.size).to.equal(250)
    expect(stats.narrowed).to.equal(2)
    expect(stats.newest).to.equal(tickets[249]!.modifiedTime)
    expect(calls[1]!.from).to.equal(tickets[99]!.modifiedTime)
  })

  it('splits the range in halves when every result of a search has the same modification time', async () => {
    const start = Date.parse('2026-03-01T00:00:00.000Z')
    const same = ticketsAt(120, start, 0)
    const later = ticketsAt(10, start + 3_600_000, 1000).map((t, i) => ({ ...t, id: `3000${i}` }))
    const ids = new Set<string>()
    const stats = await walkModified(fakeSearch([...same, ...later], 100, []), { from: new Date(start).toISOString(), to: new Date(start + 86_400_000).toISOString() }, [], async (page) => {
      for (const t of page) ids.add(t.id)
    }, 50)
    expect([...later].every((t) => ids.has(t.id))).to.equal(true)
    expect(stats.incomplete).to.have.length(1) // 120 tickets in one millisecond cannot be listed past 100
  })

  it('searches each department the installation handles', async () => {
    const calls: SearchModifiedOptions[] = []
    await walkModified(fakeSearch([], 100, calls), { from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' }, ['7001', '7002'], async () => {})
    expect(calls.map((c) => c.departmentId)).to.deep.equal(['7001', '7002'])
  })
})

forEachStore('scheduled jobs: escalation sweep', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 0 }) // accounts and contacts only
  })
  afterEach(async () => {
    await h.close()
  })

  async function processedTicket(): Promise<string> {
    const id = h.fileTicket()
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    await settle(h)
    return id
  }

  it('raises the escalation level once the next check time passes, and a private comment lands in Desk', async () => {
    const id = await processedTicket()
    const row = (await getTicketSla(getDb(), h.inst.id, id))!
    expect(row.nextCheckAt).to.be.a('string')
    expect(row.escalationLevel).to.equal(0)

    expect((await runSweepJob(h.ctx)).enqueued).to.equal(0) // nothing due yet
    h.advanceMinutes((Date.parse(row.nextCheckAt!) - h.now()) / 60_000 + 1)
    const sweep = await runSweepJob(h.ctx)
    expect(sweep.enqueued).to.equal(1)
    expect((await runSweepJob(h.ctx)).enqueued).to.equal(0) // the same check is enqueued once
    await settle(h)

    const after = (await getTicketSla(getDb(), h.inst.id, id))!
    expect(after.escalationLevel).to.be.greaterThan(0)
    expect(Date.parse(after.nextCheckAt ?? '9999-12-31T00:00:00Z')).to.be.greaterThan(h.now())
    const comments = h.sb.state.commentsOf(id)
    expect(comments).to.have.length(1)
    expect(comments[0]!.isPublic).to.equal(false)
    expect(String(comments[0]!.content)).to.match(/level/)
    const desk = await h.ctx.deskFor(h.inst)
    expect((await desk.getTicket(id)).cf?.cf_escalation_level).to.equal(String(after.escalationLevel))
  })

  it('does not post an escalation comment twice when its first delivery reached Desk but was never recorded', async () => {
    const id = await processedTicket()
    const row = (await getTicketSla(getDb(), h.inst.id, id))!
    h.advanceMinutes((Date.parse(row.nextCheckAt!) - h.now()) / 60_000 + 1)
    await runSweepJob(h.ctx)
    await createInboxWorker(h.ctx).drain()
    // A delivery claims the writes and the comment lands in Desk, then the process dies before
    // recording it: the claims lapse and another worker delivers the same items again.
    const desk = await h.ctx.deskFor(h.inst)
    let comment: OutboxItem | undefined
    for (let k = 0; k < 5 && !comment; k++) {
      // the ticket's field writes come first, one at a time
      const [item] = await outboxQueue.claim(getDb(), 1, 60_000, new Date(h.now()))
      if (!item) break
      if (item.kind === 'patch') {
        await desk.updateTicket(id, item.body)
        await outboxQueue.complete(getDb(), item, new Date(h.now()))
      } else comment = item
    }
    expect(comment, 'an escalation comment queued').to.not.equal(undefined)
    if (!comment) return
    await desk.addPrivateComment(id, String(comment.body.content))
    h.advanceMinutes(2)
    await createOutboxWorker(h.ctx).drain()

    expect(h.sb.state.commentsOf(id)).to.have.length(1)
    expect((await outboxQueue.get(getDb(), comment.id))!.status).to.equal('done')
  })

  it('reads due tickets in batches and enqueues each due ticket once', async () => {
    const ids = [h.fileTicket(), h.fileTicket(), h.fileTicket()]
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    await settle(h)
    const checks = await Promise.all(ids.map(async (id) => Date.parse((await getTicketSla(getDb(), h.inst.id, id))!.nextCheckAt!)))
    h.advanceMinutes((Math.max(...checks) - h.now()) / 60_000 + 1)
    const sweep = await runSweepJob(h.ctx, h.now(), { batchSize: 2 })
    expect(sweep).to.deep.equal({ due: 3, enqueued: 3 })
    expect((await inboxQueue.countByStatus(getDb(), h.inst.id)).pending).to.equal(3)
  })
})

forEachStore('scheduled jobs: one run per tick across replicas', (getDb, env) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb())
  })
  afterEach(async () => {
    await h.close()
  })

  it('runs a tick claimed by two replicas at the same moment only once', async () => {
    const peerDb = await env().openPeer()
    const peerCtx = createContext({
      db: peerDb,
      box: h.box,
      policy: h.policy,
      now: h.now,
      desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
    })
    const a = createScheduler(h.ctx, { owner: 'replica-a' })
    const b = createScheduler(peerCtx, { owner: 'replica-b' })
    const at = new Date(h.now() + 37_000)
    const outcomes = await Promise.all([a.runTick(SYNC_JOB, at), b.runTick(SYNC_JOB, at), a.runTick(SWEEP_JOB, at), b.runTick(SWEEP_JOB, at)])
    expect(outcomes.filter((o, i) => i < 2 && o.ran)).to.have.length(1)
    expect(outcomes.filter((o, i) => i >= 2 && o.ran)).to.have.length(1)
    expect(outcomes.every((o) => o.tickKey === tickKeyOf(at))).to.equal(true)

    const next = await b.runTick(SYNC_JOB, new Date(at.getTime() + 120_000))
    expect(next.ran).to.equal(true)
    const { rows } = await getDb().query<{ job: string; owner: string; outcome: string }>('SELECT job, owner, outcome FROM job_runs ORDER BY claimed_at, job')
    expect(rows.filter((r) => r.job === SYNC_JOB)).to.have.length(2)
    expect(rows.every((r) => r.outcome === 'ok')).to.equal(true)
  })

  it('prunes finished inbox events past retention once per tick across replicas, and keeps the recent ones', async () => {
    const HOUR = 3_600_000
    const events = ['20001000004000001', '20001000004000002'].map((ticketId) => ({
      eventKey: inboxEventKey('Ticket_Add', ticketId, h.now()),
      eventType: 'Ticket_Add',
      ticketId,
      eventTime: new Date(h.now()),
      payload: {},
    }))
    await insertEvents(getDb(), h.inst.id, events, new Date(h.now()))
    const [old, recent] = await inboxQueue.claim(getDb(), 2, 60_000, h.now())
    await inboxQueue.complete(getDb(), old!, h.now())
    await inboxQueue.complete(getDb(), recent!, h.now() + 2 * HOUR)

    const peerCtx = createContext({ db: await env().openPeer(), box: h.box, policy: h.policy, now: () => h.now() + 3 * HOUR })
    const retention = { inboxRetentionMs: 2 * HOUR }
    const a = createScheduler({ ...h.ctx, now: () => h.now() + 3 * HOUR }, { owner: 'replica-a', ...retention })
    const b = createScheduler(peerCtx, { owner: 'replica-b', ...retention })
    const at = new Date(h.now() + 3 * HOUR)
    const outcomes = await Promise.all([a.runTick(PRUNE_INBOX_JOB, at), b.runTick(PRUNE_INBOX_JOB, at)])
    expect(outcomes.filter((o) => o.ran).map((o) => (o as { result: unknown }).result)).to.deep.equal([{ deleted: 1 }])
    expect(await inboxQueue.countByStatus(getDb(), h.inst.id)).to.include({ done: 1 })
  })

  it('refuses a cron expression that does not parse, naming the setting', () => {
    expect(() => createScheduler(h.ctx, { owner: 'x', syncCron: 'every two minutes' })).to.throw(/syncCron/)
    expect(() => createScheduler(h.ctx, { owner: 'x', pruneInboxCron: 'hourly' })).to.throw(/pruneInboxCron/)
  })

  it('starts and stops its cron tasks without running a tick early', async () => {
    const s = createScheduler(h.ctx, { owner: 'replica-c', syncCron: '0 0 1 1 *', sweepCron: '0 0 1 1 *', pruneInboxCron: '0 0 1 1 *' })
    s.start()
    await s.stop()
    const { rows } = await getDb().query("SELECT 1 FROM job_runs WHERE owner = 'replica-c'")
    expect(rows).to.have.length(0)
  })
})
