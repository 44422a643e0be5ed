// The main job end to end (issue 5): the Desk sandbox delivers real webhooks to the service's
// receiver; the inbox worker, the engine and the outbox worker write the ticket's fields back to
// the sandbox; the sync and sweep ticks are run by hand on the clock the sandbox and service share.
import { expect } from 'chai'
import { join } from 'node:path'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { listAudit } from '../../src/store/repos/audit.js'
import type { Installation } from '../../src/store/repos/installations.js'
import {
  AGENT,
  cleanup,
  DESCRIPTIONS,
  fastDesk,
  fileTicket,
  hookUrl,
  installFor,
  memoryLogger,
  NEVER_CRON,
  onCleanup,
  partnerSeed,
  patchesOf,
  postDelivery,
  secretKey,
  settle,
  slaFieldsOf,
  subscribe,
  tempDir,
  testClock,
  type DeskEventBody,
} from './helpers.js'

interface InboxRow {
  event_type: string
  status: string
  error: string | null
  attempts: number
  payload: DeskEventBody
}

describe('the sync pipeline end to end: Desk sandbox → webhook → engine → Desk fields (in-process service, PGlite on disk)', function () {
  this.timeout(120_000)
  // Friday 6 March 2026, 22:00 in London (GMT): two working hours left in the week
  const clock = testClock('2026-03-06T22:00:00.000Z')
  const logger = memoryLogger()
  let sb: Sandbox
  let service: RunningService
  let inst: Installation
  let secret: string
  let hookId: string
  /** tickets filed by earlier tests, with the number of PATCHes each has received */
  const written = new Map<string, number>()

  before(async function () {
    const dir = await tempDir('pipeline')
    sb = await createSandbox({ clock: clock.now, seed: partnerSeed() })
    onCleanup('sandbox', () => sb.close())
    service = await startService(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        DESK_SLA_SECRET_KEY: secretKey().env,
        SYNC_CRON: NEVER_CRON,
        SWEEP_CRON: NEVER_CRON,
        REPLICA_ID: 'e2e-pipeline',
        LOG_LEVEL: 'error',
      },
      { now: clock.now, logger, desk: fastDesk() },
    )
    onCleanup('service', () => service.close())
    ;({ inst, secret } = await installFor(service.ctx.db, service.ctx.box, sb))
    const hook = await subscribe(await service.ctx.deskFor(inst), hookUrl(service.url, inst.id, secret), inst.id)
    hookId = hook.id
  })

  after(cleanup)

  afterEach(function () {
    sb?.faults.clear()
    const errors = logger.entries.filter((e) => e.level === 'error')
    if (errors.length > 0) throw new Error(`the service logged errors: ${JSON.stringify(errors)}`)
  })

  async function inboxRows(ticketId: string): Promise<InboxRow[]> {
    const { rows } = await service.ctx.db.query<InboxRow>(
      'SELECT event_type, status, error, attempts, payload FROM webhook_inbox WHERE installation_id = $1 AND ticket_id = $2 ORDER BY id',
      [inst.id, ticketId],
    )
    return rows
  }

  /** earlier tickets received no further write */
  function expectEarlierTicketsUntouched(): void {
    for (const [id, n] of written) expect(patchesOf(sb, id), `PATCHes of earlier ticket ${id}`).to.have.length(n)
  }

  it("fills in a new ticket's fields: a Premium UK partner's severity-2 technical ticket filed Friday 22:00 London owes its first reply Monday 04:00", async () => {
    const id = fileTicket(sb, 'ukPremium', DESCRIPTIONS.incorrectResults)
    await settle(sb, service, inst.id)

    expect(slaFieldsOf(sb, id)).to.deep.equal({
      severity: '2',
      type: 'Technical Support',
      region: 'UK & EU',
      owner: 'escalations-eu@example.com',
      level: '0',
      status: 'On track',
      // 6 working hours (Premium: low end of 6–12 h): Friday 22:00–24:00, then Monday 00:00–04:00
      responseDueDate: '2026-03-09T04:00:00.000Z',
      // 24 working hours: 2 on Friday, 22 on Monday
      dueDate: '2026-03-09T22:00:00.000Z',
    })
    const patches = patchesOf(sb, id)
    expect(patches, 'one write, and no second one after it').to.have.length(1)
    expect(patches[0]!.headers.sourceid, 'the write names its source').to.equal(inst.id)
    // Desk raised no webhook for the service's own write: the source id matched the hook's ignoreSourceId
    expect(sb.deliveries.list().filter((d) => d.ticketId === id).map((d) => d.eventType)).to.deep.equal(['Ticket_Add'])
    expect((await inboxRows(id)).map((r) => [r.event_type, r.status])).to.deep.equal([['Ticket_Add', 'done']])
    written.set(id, 1)
  })

  it('recognises its own write when Desk echoes it back as a webhook anyway, and writes nothing more', async () => {
    clock.set('2026-03-06T22:01:00.000Z')
    const hook = sb.webhooks.hooks.get(hookId)!
    hook.ignoreSourceId = null // a Desk that does not honour the source id: every write comes back
    try {
      const id = fileTicket(sb, 'ukPremium')
      await settle(sb, service, inst.id)

      const deliveries = sb.deliveries.list().filter((d) => d.ticketId === id)
      expect(deliveries.map((d) => [d.eventType, d.status])).to.deep.equal([
        ['Ticket_Add', 200],
        ['Ticket_Update', 200], // the echo of the service's own PATCH
      ])
      const rows = await inboxRows(id)
      expect(rows.map((r) => [r.event_type, r.status])).to.deep.equal([
        ['Ticket_Add', 'done'],
        ['Ticket_Update', 'ignored'],
      ])
      expect(rows[1]!.error).to.match(/own write/)
      expect(patchesOf(sb, id), 'the echo caused no second write').to.have.length(1)
      expect(slaFieldsOf(sb, id).responseDueDate).to.equal('2026-03-09T04:01:00.000Z')
      written.set(id, 1)
    } finally {
      hook.ignoreSourceId = inst.id
    }
    expectEarlierTicketsUntouched()
  })

  it('acknowledges a duplicate webhook delivery and does nothing with it', async () => {
    clock.set('2026-03-06T22:02:00.000Z')
    sb.faults.set({ webhooks: { duplicate: 1 } })
    const id = fileTicket(sb, 'ukPremium')
    await settle(sb, service, inst.id)

    const adds = sb.deliveries.list().filter((d) => d.ticketId === id && d.eventType === 'Ticket_Add')
    expect(adds.map((d) => [d.status, d.fault]), 'Desk sent the event twice, both acknowledged').to.deep.equal([
      [200, null],
      [200, 'duplicate'],
    ])
    let rows = await inboxRows(id)
    expect(rows.map((r) => [r.event_type, r.status, r.attempts])).to.deep.equal([['Ticket_Add', 'done', 1]])
    expect(patchesOf(sb, id)).to.have.length(1)

    // Desk retries the same delivery once more, much later: 200, nothing stored, nothing written
    clock.set('2026-03-06T22:04:00.000Z')
    const again = await postDelivery(hookUrl(service.url, inst.id, secret), [rows[0]!.payload])
    expect(again).to.deep.equal({ status: 200, body: { received: 1, stored: 0, duplicates: 1, ignored: 0 } })
    await settle(sb, service, inst.id)
    rows = await inboxRows(id)
    expect(rows).to.have.length(1)
    expect(patchesOf(sb, id)).to.have.length(1)
    written.set(id, 1)
    expectEarlierTicketsUntouched()
  })

  it('catches a ticket whose webhook never arrived with the next incremental sync', async () => {
    clock.set('2026-03-06T22:05:00.000Z')
    sb.faults.set({ webhooks: { drop: 1 } })
    const id = fileTicket(sb, 'ukPremium')
    await settle(sb, service, inst.id)
    expect(sb.deliveries.list().filter((d) => d.ticketId === id).map((d) => d.fault)).to.deep.equal(['dropped'])
    expect(await inboxRows(id)).to.have.length(0)
    expect(slaFieldsOf(sb, id).region, 'nothing is known of the ticket yet').to.equal(null)

    clock.set('2026-03-06T22:08:00.000Z')
    const tick = await service.scheduler!.runTick('sync', clock.now())
    expect(tick).to.include({ ran: true })
    expect(tick).to.not.have.property('error')
    await settle(sb, service, inst.id)

    expect(slaFieldsOf(sb, id)).to.include({ severity: '2', region: 'UK & EU', responseDueDate: '2026-03-09T04:05:00.000Z', dueDate: '2026-03-09T22:05:00.000Z' })
    expect(patchesOf(sb, id)).to.have.length(1)
    expect((await inboxRows(id)).map((r) => [r.event_type, r.status])).to.deep.equal([['Ticket_Sync', 'done']])
    // the same tick again is not run twice; a later tick finds nothing new to write
    expect(await service.scheduler!.runTick('sync', clock.now())).to.deep.equal({ ran: false, tickKey: tick.tickKey })
    clock.set('2026-03-06T22:10:00.000Z')
    await service.scheduler!.runTick('sync', clock.now())
    await settle(sb, service, inst.id)
    expect(patchesOf(sb, id)).to.have.length(1)
    written.set(id, 1)
    expectEarlierTicketsUntouched()
  })

  it("never overwrites a severity an agent set by hand, and recomputes the due dates from it", async () => {
    clock.set('2026-03-06T22:10:00.000Z')
    const id = fileTicket(sb, 'ukPremium')
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '2', responseDueDate: '2026-03-09T04:10:00.000Z' })

    clock.set('2026-03-06T22:12:00.000Z')
    sb.ops.update(id, { cf: { cf_severity: '1' } }, AGENT)
    await settle(sb, service, inst.id)

    // severity 1, Premium: acknowledgement 1 h, determination 2 working hours (Friday 22:10–24:00, Monday 00:00–00:10)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '1', responseDueDate: '2026-03-06T23:10:00.000Z', dueDate: '2026-03-09T00:10:00.000Z' })
    const patches = patchesOf(sb, id)
    expect(patches).to.have.length(2)
    const second = patches[1]!.body as { cf?: Record<string, unknown> }
    expect(second.cf ?? {}, "the agent's severity is not written over").to.not.have.property('cf_severity')

    // a later sync reads the ticket again: the agent's value still stands, nothing is written
    clock.set('2026-03-06T22:20:00.000Z')
    await service.scheduler!.runTick('sync', clock.now())
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id).severity).to.equal('1')
    expect(patchesOf(sb, id)).to.have.length(2)
    written.set(id, 2)
    expectEarlierTicketsUntouched()
  })

  it("meets the first response with the agent's reply and starts the follow-up when the customer writes back", async () => {
    clock.set('2026-03-06T22:20:00.000Z')
    const id = fileTicket(sb, 'ukPremium')
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ responseDueDate: '2026-03-09T04:20:00.000Z', dueDate: '2026-03-09T22:20:00.000Z' })

    clock.set('2026-03-09T01:00:00.000Z')
    sb.ops.sendReply(id, { content: 'Thanks, we are looking into the export.' }, AGENT)
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id), 'no reply is owed after the first response').to.include({ responseDueDate: null, dueDate: '2026-03-09T22:20:00.000Z' })

    clock.set('2026-03-09T02:00:00.000Z')
    sb.ops.customerReply(id, { content: 'Any news? The totals are still wrong.' })
    await settle(sb, service, inst.id)
    // follow-up due: the customer's message + the determination target (24 working hours)
    expect(slaFieldsOf(sb, id)).to.include({ responseDueDate: '2026-03-10T02:00:00.000Z', dueDate: '2026-03-09T22:20:00.000Z' })
    expect(patchesOf(sb, id)).to.have.length(3)
    written.set(id, 3)
    expectEarlierTicketsUntouched()
  })

  it('escalates as working time passes: a private comment names the new owner at each new level', async () => {
    clock.set('2026-03-09T05:00:00.000Z') // Monday
    const id = fileTicket(sb, 'ukPremium')
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ level: '0', owner: 'escalations-eu@example.com', responseDueDate: '2026-03-09T11:00:00.000Z' })
    expect(sb.state.commentsOf(id)).to.have.length(0)

    // the first response is 30 minutes late: level 1, the region's escalation desk
    clock.set('2026-03-09T11:30:00.000Z')
    const first = await service.scheduler!.runTick('sweep', clock.now())
    expect(first).to.include({ ran: true })
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ level: '1', owner: 'escalations-eu@example.com', status: 'Breached' })
    let comments = sb.state.commentsOf(id)
    expect(comments).to.have.length(1)
    expect(comments[0]!.isPublic).to.equal(false)
    expect(comments[0]!.content).to.contain('escalated from level 0 to level 1').and.to.contain('Owner now: escalations-eu@example.com')

    // 20 of the 24 working hours of the determination target gone (≥ 80 %): level 2, the regional support lead
    clock.set('2026-03-10T01:00:00.000Z')
    await service.scheduler!.runTick('sweep', clock.now())
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ level: '2', owner: 'support-lead-eu@example.com' })
    comments = sb.state.commentsOf(id)
    expect(comments).to.have.length(2)
    expect(comments[1]!.content).to.contain('escalated from level 1 to level 2').and.to.contain('Owner now: support-lead-eu@example.com')

    // the next sweep finds nothing new: no comment, no write
    const patches = patchesOf(sb, id).length
    clock.set('2026-03-10T01:01:00.000Z')
    await service.scheduler!.runTick('sweep', clock.now())
    await settle(sb, service, inst.id)
    expect(sb.state.commentsOf(id)).to.have.length(2)
    expect(patchesOf(sb, id)).to.have.length(patches)

    const raises = (await listAudit(service.ctx.db, { installationId: inst.id, ticketId: id })).filter((a) => a.action === 'escalation.raise')
    expect(raises.map((a) => a.changes.level)).to.deep.equal([
      { from: 1, to: 2 },
      { from: 0, to: 1 },
    ])
  })
})
