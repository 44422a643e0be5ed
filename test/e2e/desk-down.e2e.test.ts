// Desk unavailable (issue 5, "Done means"): while the sandbox answers 503, events and writes wait
// in the store with their retry times; once Desk is back every write lands, once. A write Desk
// refuses for good (422) is dead-lettered at once and `desk-sla outbox retry` sends it again.
import { expect } from 'chai'
import { outboxCommand } from '../../src/cli/outbox.js'
import type { CliIo } from '../../src/cli/io.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { listAudit } from '../../src/store/repos/audit.js'
import type { Installation } from '../../src/store/repos/installations.js'
import {
  cleanup,
  createPgSchema,
  describeCounts,
  fastDesk,
  fileTicket,
  hookUrl,
  installFor,
  memoryLogger,
  NEVER_CRON,
  onCleanup,
  partnerSeed,
  patchesOf,
  secretKey,
  settle,
  slaFieldsOf,
  storeCounts,
  subscribe,
  testClock,
  waitFor,
} from './helpers.js'

interface OutboxRow {
  id: number
  ticket_id: string
  kind: string
  status: string
  attempts: number
  last_error: string | null
  next_attempt_at: Date
}

interface InboxRow {
  ticket_id: string
  event_type: string
  status: string
  attempts: number
  error: string | null
}

describe('Desk down: writes wait in the outbox and all land after recovery (in-process service, PostgreSQL)', function () {
  this.timeout(120_000)
  const clock = testClock('2026-03-02T09:00:00.000Z') // Monday 09:00 London
  const logger = memoryLogger()
  let sb: Sandbox
  let service: RunningService
  let inst: Installation
  let env: Record<string, string>

  before(async function () {
    const schema = await createPgSchema('down')
    sb = await createSandbox({ clock: clock.now, seed: partnerSeed() })
    onCleanup('sandbox', () => sb.close())
    env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: schema.databaseUrl,
      DESK_SLA_SECRET_KEY: secretKey().env,
      SYNC_CRON: NEVER_CRON,
      SWEEP_CRON: NEVER_CRON,
      REPLICA_ID: 'e2e-down',
      LOG_LEVEL: 'error',
    }
    service = await startService(env, { now: clock.now, logger, desk: fastDesk() })
    onCleanup('service', () => service.close())
    let secret: string
    ;({ inst, secret } = await installFor(service.ctx.db, service.ctx.box, sb))
    await subscribe(await service.ctx.deskFor(inst), hookUrl(service.url, inst.id, secret), inst.id)
  })

  after(cleanup)
  afterEach(() => sb?.faults.clear())

  async function outboxRows(ticketIds: string[]): Promise<OutboxRow[]> {
    const { rows } = await service.ctx.db.query<OutboxRow>(
      'SELECT id, ticket_id, kind, status, attempts, last_error, next_attempt_at FROM outbox WHERE installation_id = $1 AND ticket_id = ANY($2::text[]) ORDER BY id',
      [inst.id, ticketIds],
    )
    return rows
  }

  async function inboxRows(ticketIds: string[]): Promise<InboxRow[]> {
    const { rows } = await service.ctx.db.query<InboxRow>(
      'SELECT ticket_id, event_type, status, attempts, error FROM webhook_inbox WHERE installation_id = $1 AND ticket_id = ANY($2::text[]) ORDER BY id',
      [inst.id, ticketIds],
    )
    return rows
  }

  const dumpOutbox = (ids: string[]) => async () => JSON.stringify(await outboxRows(ids))

  it('keeps every write while Desk refuses writes with 503, retries on schedule, and delivers each one once after Desk recovers', async () => {
    sb.faults.set({ serverError: { count: 1_000_000, status: 503, method: 'PATCH' } })
    const ids = [fileTicket(sb, 'ukPremium'), fileTicket(sb, 'dachAdvanced'), fileTicket(sb, 'usAuthorized'), fileTicket(sb, 'indiaPremium')]

    const waiting = await waitFor(
      'a write per ticket waiting in the outbox after a failed try',
      async () => {
        await sb.deliveries.idle()
        const rows = await outboxRows(ids)
        return rows.length === ids.length && rows.every((r) => r.status === 'pending' && r.attempts === 1) ? rows : undefined
      },
      { describe: dumpOutbox(ids) },
    )
    for (const r of waiting) {
      expect(r.kind).to.equal('patch')
      expect(r.last_error).to.match(/DESK_HTTP_5XX.*503/)
      expect(r.next_attempt_at.getTime(), 'the next try waits for its backoff').to.be.greaterThan(clock.now())
    }
    expect((await inboxRows(ids)).map((r) => r.status), 'the events themselves were processed').to.deep.equal(['done', 'done', 'done', 'done'])
    for (const id of ids) expect(slaFieldsOf(sb, id).region, `ticket ${id} has nothing written yet`).to.equal(null)

    // Desk stays down past three more retry times: the writes keep waiting, none is given up
    for (let attempt = 2; attempt <= 4; attempt++) {
      clock.advanceMinutes(10)
      await waitFor(
        `every write tried ${attempt} times`,
        async () => {
          const rows = await outboxRows(ids)
          return rows.every((r) => r.status === 'pending' && r.attempts === attempt)
        },
        { describe: dumpOutbox(ids) },
      )
    }
    const counts = await storeCounts(service.ctx.db, inst.id)
    expect(counts.outbox, describeCounts(counts)).to.include({ pending: ids.length, dead: 0, done: 0 })

    // Desk is back; the retry time comes
    sb.faults.clear()
    const seqAtRecovery = sb.requests.list().at(-1)!.seq
    clock.advanceMinutes(30)
    await settle(sb, service, inst.id)

    expect((await outboxRows(ids)).map((r) => r.status)).to.deep.equal(['done', 'done', 'done', 'done'])
    for (const id of ids) {
      const landed = patchesOf(sb, id).filter((r) => r.seq > seqAtRecovery)
      expect(landed, `writes of ticket ${id} after recovery`).to.have.length(1)
    }
    // filed Monday 09:00: the Premium UK ticket owes its first reply at 15:00, its determination Tuesday 09:00
    expect(slaFieldsOf(sb, ids[0]!)).to.include({ severity: '2', region: 'UK & EU', responseDueDate: '2026-03-02T15:00:00.000Z', dueDate: '2026-03-03T09:00:00.000Z' })
    for (const id of ids.slice(1)) expect(slaFieldsOf(sb, id).region, `ticket ${id}`).to.be.a('string')
  })

  it('keeps an event that needs a read while all of Desk answers 503, writes the one that needs none once Desk is back, and lands each after recovery', async () => {
    clock.set('2026-03-02T12:00:00.000Z')
    sb.faults.set({ serverError: { count: 1_000_000, status: 503 } })
    // the French partner's account was never read; the UK partner's is in the store since the test before (issue 15)
    const needsRead = fileTicket(sb, 'franceAdvanced')
    const fromStore = fileTicket(sb, 'ukPremium')
    const ids = [needsRead, fromStore]

    await waitFor(
      'the event that needs a read tried once, the other processed with its write waiting',
      async () => {
        await sb.deliveries.idle()
        const [read, stored] = await inboxRows(ids)
        const writes = await outboxRows([fromStore])
        return (
          read?.status === 'pending' && read.attempts === 1 && stored?.status === 'done' && writes.length === 1 && writes[0]!.status === 'pending' && writes[0]!.attempts >= 1
        )
      },
      { describe: async () => JSON.stringify({ inbox: await inboxRows(ids), outbox: await outboxRows(ids) }) },
    )
    expect((await inboxRows([needsRead]))[0]!.error).to.match(/503/)
    expect(await outboxRows([needsRead]), 'nothing to write while its account cannot be read').to.have.length(0)

    sb.faults.clear()
    clock.advanceMinutes(5)
    await settle(sb, service, inst.id)
    expect((await inboxRows(ids)).map((r) => [r.status, r.attempts])).to.deep.equal([
      ['done', 2],
      ['done', 1],
    ])
    for (const id of ids) {
      expect(patchesOf(sb, id).filter((r) => r.status === 200), `writes of ticket ${id} that landed`).to.have.length(1)
      expect(slaFieldsOf(sb, id).region).to.be.a('string')
    }
    expect(slaFieldsOf(sb, fromStore)).to.include({ responseDueDate: '2026-03-02T18:00:00.000Z' })
  })

  it('dead-letters a write Desk refuses with 422 at once, and `desk-sla outbox retry` delivers it once the cause is fixed', async () => {
    clock.set('2026-03-02T14:00:00.000Z')
    // the portal has lost the SLA status field: Desk refuses every write that names it
    const fields = sb.state.config.ticketFields
    const at = fields.findIndex((f) => f.apiName === 'cf_sla_status')
    const [removed] = fields.splice(at, 1)
    let id: string
    try {
      id = fileTicket(sb, 'ukPremium')
      const [dead] = await waitFor(
        'the refused write in the dead letters',
        async () => {
          await sb.deliveries.idle()
          const rows = await outboxRows([id])
          return rows.length === 1 && rows[0]!.status === 'dead' ? rows : undefined
        },
        { describe: dumpOutbox([id]) },
      )
      expect(dead!.attempts, 'no retry of a refused write').to.equal(1)
      expect(dead!.last_error).to.match(/422 INVALID_DATA/)
      expect(patchesOf(sb, id)).to.have.length(1)
      expect(slaFieldsOf(sb, id).region).to.equal(null)
      const audit = await listAudit(service.ctx.db, { installationId: inst.id, ticketId: id })
      expect(audit.map((a) => a.action)).to.include('outbox.dead')

      const list = cliIo(env, clock.now)
      expect(await outboxCommand()(['list-dead'], list)).to.equal(0)
      expect(list.out).to.contain(`ticket ${id}`).and.to.contain('422')
    } finally {
      fields.splice(at, 0, removed!)
    }

    // the admin creates the field again and retries the dead letters
    const retry = cliIo(env, clock.now)
    expect(await outboxCommand()(['retry', '--all'], retry), retry.err).to.equal(0)
    expect(retry.out).to.contain('1 dead letter(s) queued again')
    await settle(sb, service, inst.id)
    expect((await outboxRows([id])).map((r) => r.status)).to.deep.equal(['done'])
    expect(patchesOf(sb, id)).to.have.length(2)
    expect(slaFieldsOf(sb, id)).to.include({ region: 'UK & EU', status: 'On track', responseDueDate: '2026-03-02T20:00:00.000Z' })
  })
})

/** a CliIo on the service's own settings, capturing output */
function cliIo(env: Record<string, string>, now: () => number): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readStdin: async () => '',
    readFile: async () => {
      throw new Error('no files in this test')
    },
    writeFile: async () => {},
    stdout: (t: string) => {
      io.out += t
    },
    stderr: (t: string) => {
      io.err += t
    },
    env,
    now,
  }
  return io
}
