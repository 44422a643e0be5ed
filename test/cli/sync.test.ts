import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inboxCommand } from '../../src/cli/inbox.js'
import { main } from '../../src/cli/main.js'
import { outboxCommand } from '../../src/cli/outbox.js'
import { recomputeCommand } from '../../src/cli/recompute.js'
import type { ServiceOpener } from '../../src/service-context.js'
import { syncCommand } from '../../src/cli/sync.js'
import { runSyncJob } from '../../src/pipeline/jobs.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { getCursor } from '../../src/store/repos/cursors.js'
import { inboxQueue, insertEvents } from '../../src/store/repos/inbox.js'
import { updateInstallation } from '../../src/store/repos/installations.js'
import { outboxQueue } from '../../src/store/repos/outbox.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { startHarness, T0, type JobsHarness } from '../pipeline/jobs-helpers.js'
import { forEachStore } from '../store/helpers.js'
import { fakeIo } from './fake-io.js'

const DAY = 24 * 3_600_000
const NO_RETRY = { maxAttempts: 1, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 0 }

/** the command opens the harness's own context instead of one built from the environment */
function opener(h: JobsHarness): ServiceOpener {
  return async () => ({ ctx: h.ctx, db: h.ctx.db, policySource: 'test', close: async () => {} })
}

function searchRanges(h: JobsHarness): string[] {
  return h.sb.requests
    .list()
    .filter((r) => r.path.includes('/tickets/search'))
    .map((r) => String((r as { query?: Record<string, unknown> }).query?.modifiedTimeRange ?? ''))
}

forEachStore('cli: desk-sla sync --since (backfill)', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 10, seed: 21 })
  })
  afterEach(async () => {
    await h.close()
  })
  const since = new Date(T0 - 22 * DAY).toISOString().slice(0, 10)

  it('processes every ticket modified since the date, one day per window, and prints a summary', async () => {
    const io = fakeIo()
    const code = await syncCommand({ open: opener(h), isTTY: () => false })(['--since', since], io)
    expect(code, io.err).to.equal(0)
    const windows = io.err.trim().split('\n')
    expect(windows).to.have.length(23) // 22 whole days and the 9 h of today
    expect(windows[0]).to.match(/window 1\/23 .*: \d+ ticket\(s\) seen, \d+ queued/)
    expect(io.out).to.match(/backfill .*: 10 ticket\(s\) seen, 10 updated, 0 unchanged, 0 failed/)
    for (const t of h.sb.state.tickets.values()) {
      expect(t.cf.cf_region, `ticket ${t.id}`).to.be.a('string')
      expect(await getTicketSla(getDb(), h.inst.id, t.id)).to.not.equal(null)
    }
  })

  it('continues after an interruption from the last finished window', async () => {
    let lines = 0
    const crashing = fakeIo()
    crashing.stderr = () => {
      if (++lines === 3) throw new Error('killed') // dies after the third window
    }
    let failed: unknown
    try {
      await syncCommand({ open: opener(h), isTTY: () => false })(['--since', since], crashing)
    } catch (err) {
      failed = err
    }
    expect((failed as Error).message).to.equal('killed')
    expect(await getCursor(getDb(), h.inst.id, `backfill:${since}T00:00:00.000Z`)).to.equal(new Date(T0 - 19 * DAY).toISOString().replace(/T.*/, 'T00:00:00.000Z'))

    h.sb.requests.clear()
    const io = fakeIo()
    expect(await syncCommand({ open: opener(h), isTTY: () => false })(['--since', since], io)).to.equal(0)
    expect(io.out).to.match(/resumed after 3 finished window\(s\)/)
    expect(io.err.trim().split('\n')[0]).to.match(/window 4\/23/)
    const ranges = searchRanges(h)
    expect(ranges.length).to.be.greaterThan(0)
    expect(ranges.every((r) => r.split(',')[0]! >= new Date(T0 - 19 * DAY).toISOString().slice(0, 10))).to.equal(true)
    for (const t of h.sb.state.tickets.values()) expect(t.cf.cf_region, `ticket ${t.id}`).to.be.a('string')

    const again = fakeIo()
    expect(await syncCommand({ open: opener(h), isTTY: () => false })(['--since', since, '--restart'], again)).to.equal(0)
    expect(again.err.split('\n')[0]).to.match(/window 1\/23/) // --restart walks every window again
    expect(again.out).to.not.match(/resumed/)
  })

  it('lists what it would fetch on a dry run and writes nothing', async () => {
    const io = fakeIo()
    expect(await syncCommand({ open: opener(h), isTTY: () => false })(['--since', since, '--dry-run'], io)).to.equal(0)
    expect(io.err).to.match(/would fetch \d+ ticket\(s\)/)
    expect(io.out).to.match(/dry run .*: 10 ticket\(s\) would be fetched in 23 window\(s\); nothing written/)
    const counts = await inboxQueue.countByStatus(getDb(), h.inst.id)
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).to.equal(0)
    expect(await getCursor(getDb(), h.inst.id, `backfill:${since}T00:00:00.000Z`)).to.equal(null)
    expect(h.sb.requests.list().filter((r) => r.method === 'PATCH')).to.have.length(0)
  })

  it('refuses a run without --since, or with a date that is not one', async () => {
    const io = fakeIo()
    expect(await main(['sync'], io)).to.equal(2)
    expect(io.err).to.match(/--since is required/)
    const bad = fakeIo()
    expect(await main(['sync', '--since', 'last tuesday'], bad)).to.equal(2)
    expect(bad.err).to.match(/not a date/)
  })
})

forEachStore('cli: desk-sla recompute', (getDb) => {
  let h: JobsHarness
  let ids: string[]
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 0 })
    ids = [h.fileTicket(), h.fileTicket({ subject: 'Question about reports' })]
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    await createInboxWorker(h.ctx).drain()
    await createOutboxWorker(h.ctx).drain()
  })
  afterEach(async () => {
    await h.close()
  })

  /** longer determination targets for every Support severity */
  async function changeCommitments(): Promise<void> {
    h.inst = await updateInstallation(getDb(), h.box, h.inst.id, {
      policyOverrides: {
        commitments: {
          Support: {
            1: { acknowledgement: [1, 3], determination: [3, 9] },
            2: { acknowledgement: [6, 12], determination: [30, 54] },
            3: { acknowledgement: [16, 24], determination: [54, 78] },
          },
        },
      },
    }, new Date(h.now()))
  }

  it('writes only the due dates a commitment change moves, and audits each change as cli:recompute', async () => {
    await changeCommitments()
    const before = new Map(await Promise.all(ids.map(async (id) => [id, h.sb.state.tickets.get(id)!.dueDate] as const)))
    h.sb.requests.clear()
    const io = fakeIo()
    expect(await recomputeCommand({ open: opener(h), isTTY: () => false })([], io), io.err).to.equal(0)
    expect(io.out).to.match(/recompute .*: 2 open ticket\(s\), 2 changed, 0 unchanged, 0 failed/)
    expect(io.out).to.match(/changed ticket \d+: dueDate: 2026-\S+ → 2026-\S+/)

    const patches = h.sb.requests.list().filter((r) => r.method === 'PATCH')
    expect(patches).to.have.length(2)
    for (const p of patches) expect(Object.keys((p as { body?: Record<string, unknown> }).body ?? {})).to.deep.equal(['dueDate'])
    for (const id of ids) {
      const t = h.sb.state.tickets.get(id)!
      expect(Date.parse(t.dueDate!)).to.be.greaterThan(Date.parse(before.get(id)!))
      const audit = await listAudit(getDb(), { installationId: h.inst.id, ticketId: id })
      const mine = audit.filter((a) => a.actor === 'cli:recompute')
      expect(mine).to.have.length(1)
      expect(Object.keys(mine[0]!.changes)).to.deep.equal(['dueDate'])
      expect(mine[0]!.reason).to.match(/^recompute/)
    }

    const again = fakeIo()
    await recomputeCommand({ open: opener(h), isTTY: () => false })([], again)
    expect(again.out).to.match(/0 changed, 2 unchanged/)
  })

  it('prints what would change on a dry run and writes nothing', async () => {
    await changeCommitments()
    const versions = await Promise.all(ids.map(async (id) => (await getTicketSla(getDb(), h.inst.id, id))!.version))
    const outboxBefore = await outboxQueue.countByStatus(getDb(), h.inst.id)
    const io = fakeIo()
    expect(await recomputeCommand({ open: opener(h), isTTY: () => false })(['--dry-run'], io)).to.equal(0)
    expect(io.out).to.match(/would change ticket \d+: dueDate/)
    expect(io.out).to.match(/dry run recompute .*: 2 open ticket\(s\), 2 would change, 0 unchanged, 0 failed; nothing written/)
    expect(io.err).to.match(/2\/2 open ticket\(s\) re-evaluated/)
    expect(await outboxQueue.countByStatus(getDb(), h.inst.id)).to.deep.equal(outboxBefore)
    expect(await Promise.all(ids.map(async (id) => (await getTicketSla(getDb(), h.inst.id, id))!.version))).to.deep.equal(versions)
    const audit = await listAudit(getDb(), { installationId: h.inst.id })
    expect(audit.filter((a) => a.actor === 'cli:recompute')).to.have.length(0)
  })

  it('changes nothing when the policy did not change', async () => {
    const io = fakeIo()
    await recomputeCommand({ open: opener(h), isTTY: () => false })([], io)
    expect(io.out).to.match(/2 open ticket\(s\), 0 changed, 2 unchanged, 0 failed/)
  })
})

forEachStore('cli: dead letters (desk-sla outbox, desk-sla inbox)', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 0 })
  })
  afterEach(async () => {
    await h.close()
  })

  it('lists a Desk write that ran out of retries and delivers it after `outbox retry`', async () => {
    const id = h.fileTicket()
    h.advanceMinutes(1)
    await runSyncJob(h.ctx)
    await createInboxWorker(h.ctx).drain()
    h.sb.faults.set({ serverError: { count: 5, status: 503, method: 'PATCH' } }) // Desk down for every try of one write
    await createOutboxWorker(h.ctx, { retry: NO_RETRY }).drain()
    const dead = await outboxQueue.listDead(getDb(), { installationId: h.inst.id })
    expect(dead).to.have.length(1)
    expect(h.sb.state.tickets.get(id)!.cf.cf_region).to.equal(null)

    const list = fakeIo()
    expect(await outboxCommand({ open: opener(h) })(['list-dead'], list)).to.equal(0)
    expect(list.out).to.match(new RegExp(`^${dead[0]!.id}\\t${h.inst.id}\\tticket ${id}\\tpatch\\t`, 'm'))
    expect(list.out).to.match(/DESK_HTTP_5XX/)

    const retry = fakeIo()
    expect(await outboxCommand({ open: opener(h) })(['retry', String(dead[0]!.id)], retry)).to.equal(0)
    expect(retry.out).to.equal('1 dead letter(s) queued again\n')
    expect(await createOutboxWorker(h.ctx).drain()).to.be.greaterThan(0)
    expect(h.sb.state.tickets.get(id)!.cf.cf_region).to.be.a('string')
    expect(await outboxQueue.listDead(getDb(), { installationId: h.inst.id })).to.have.length(0)
  })

  it('says so when asked to retry an id that is not a dead letter', async () => {
    const io = fakeIo()
    expect(await outboxCommand({ open: opener(h) })(['retry', '999999'], io)).to.equal(1)
    expect(io.err).to.match(/1 of the given id\(s\) are not dead letters/)
    expect(await main(['outbox', 'retry'], fakeIo())).to.equal(2)
  })

  it('lists an event whose processing failed and processes it after `inbox retry --all`', async () => {
    const id = h.fileTicket()
    await insertEvents(getDb(), h.inst.id, [{ eventKey: `test:${id}`, eventType: 'Ticket_Update', ticketId: id, eventTime: new Date(h.now()), payload: {}, source: 'webhook' }], new Date(h.now()))
    h.sb.faults.set({ serverError: { count: 5, status: 503, method: 'GET' } })
    await createInboxWorker(h.ctx, { retry: NO_RETRY }).drain()
    h.sb.faults.clear()

    const list = fakeIo()
    expect(await inboxCommand({ open: opener(h) })(['list-failed', '--installation', h.inst.id], list)).to.equal(0)
    expect(list.out).to.match(new RegExp(`\\tticket ${id}\\tTicket_Update\\twebhook\\t1 attempt\\(s\\)\\tDESK_HTTP_5XX`))

    const retry = fakeIo()
    expect(await inboxCommand({ open: opener(h) })(['retry', '--all'], retry)).to.equal(0)
    expect(retry.out).to.equal('1 failed event(s) queued again\n')
    expect(await createInboxWorker(h.ctx).drain()).to.equal(1)
    expect(await getTicketSla(getDb(), h.inst.id, id)).to.not.equal(null)
    expect((await inboxQueue.countByStatus(getDb(), h.inst.id)).failed).to.equal(0)
  })
})

describe('cli: commands open the store and the policy from the environment', function () {
  this.timeout(60_000)
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-cli-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('opens and migrates an embedded store in DATA_DIR and reports no dead letters', async () => {
    const io = fakeIo({ env: { DATA_DIR: join(dir, 'data'), DESK_SLA_SECRET_KEY: randomBytes(32).toString('base64') } })
    expect(await main(['outbox', 'list-dead'], io), io.err).to.equal(0)
    expect(io.out).to.equal('no dead letters\n')
  })

  it('stops with the name of the missing secret key setting', async () => {
    const io = fakeIo({ env: { DATA_DIR: join(dir, 'data') } })
    expect(await main(['recompute'], io)).to.equal(1)
    expect(io.err).to.match(/DESK_SLA_SECRET_KEY is not set/)
  })
})
