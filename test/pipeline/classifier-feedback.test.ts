// Learning from the agents (issue 14), through the whole pipeline: the Desk sandbox delivers real
// webhooks to the in-process service; what the service writes is recorded with the engine's
// evidence, and an agent's change of the severity by hand is recorded once — with the engine's
// answer and the agent's value — while the agent's value keeps winning.
import { expect } from 'chai'
import { join } from 'node:path'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { feedbackOf } from '../../src/store/repos/classifier-feedback.js'
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
} from '../e2e/helpers.js'

describe('pipeline: what agents do with the severity and type the service wrote (sandbox webhooks)', function () {
  this.timeout(120_000)
  // Monday 2 March 2026, 09:00 London
  const clock = testClock('2026-03-02T09:00:00.000Z')
  const logger = memoryLogger()
  let sb: Sandbox
  let service: RunningService
  let inst: Installation
  let secret: string

  before(async () => {
    const dir = await tempDir('feedback')
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
        REPLICA_ID: 'feedback',
        LOG_LEVEL: 'error',
      },
      { now: clock.now, logger, desk: fastDesk() },
    )
    onCleanup('service', () => service.close())
    ;({ inst, secret } = await installFor(service.ctx.db, service.ctx.box, sb))
    await subscribe(await service.ctx.deskFor(inst), hookUrl(service.url, inst.id, secret), inst.id)
  })

  after(cleanup)

  afterEach(function () {
    sb?.faults.clear()
    const errors = logger.entries.filter((e) => e.level === 'error')
    if (errors.length > 0) throw new Error(`the service logged errors: ${JSON.stringify(errors)}`)
  })

  const feedback = (id: string) => feedbackOf(service.ctx.db, inst.id, id)

  it('records the severity and type it writes to a new ticket, with the rule and words behind each, awaiting a verdict', async () => {
    clock.set('2026-03-02T09:00:00.000Z')
    const id = fileTicket(sb, 'ukPremium', DESCRIPTIONS.incorrectResults)
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '2', type: 'Technical Support' })

    const rows = await feedback(id)
    const t = sb.state.tickets.get(id)!
    expect(rows.map((r) => [r.field, r.engineValue, r.source, r.rule, r.humanValue])).to.deep.equal([
      ['severity', '2', 'text', 'Support severity 2: wrong results', null],
      ['type', 'Technical Support', 'template', 'template field', null],
    ])
    expect(rows[0]).to.deep.include({
      ticketNumber: String(t.ticketNumber),
      subject: 'Export gives wrong totals',
      description: DESCRIPTIONS.incorrectResults,
      webUrl: `${sb.state.config.portalUrl}/ShowHomePage.do#Cases/dv/${id}`,
      language: 'en',
      team: 'Support',
      writtenAt: '2026-03-02T09:00:00.000Z',
    })
    expect(rows[0]!.words).to.include('wrong')
  })

  it("records an agent's change of the severity once, with the engine's answer and the agent's value, and the agent's value wins", async () => {
    clock.set('2026-03-02T10:00:00.000Z')
    const id = fileTicket(sb, 'ukPremium', DESCRIPTIONS.incorrectResults)
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '2', responseDueDate: '2026-03-02T16:00:00.000Z' })

    // the agent raises the severity by hand; Desk delivers the update twice
    clock.set('2026-03-02T10:05:00.000Z')
    sb.faults.set({ webhooks: { duplicate: 1 } })
    sb.ops.update(id, { cf: { cf_severity: '1' } }, AGENT)
    await settle(sb, service, inst.id)
    const update = sb.deliveries.list().filter((d) => d.ticketId === id && d.eventType === 'Ticket_Update')
    expect(update.map((d) => d.fault)).to.deep.equal([null, 'duplicate'])

    // severity 1, Premium: first response 1 working hour after 10:00
    expect(slaFieldsOf(sb, id)).to.include({ severity: '1', responseDueDate: '2026-03-02T11:00:00.000Z' })
    expect(patchesOf(sb, id).map((p) => (p.body as { cf?: Record<string, unknown> }).cf ?? {}).slice(1)).to.satisfy((cfs: Record<string, unknown>[]) =>
      cfs.every((cf) => !('cf_severity' in cf)),
    )
    const changed = () => feedback(id).then((rows) => rows.filter((r) => r.field === 'severity'))
    const expected = [{ engineValue: '2', source: 'text', rule: 'Support severity 2: wrong results', humanValue: '1', overriddenAt: '2026-03-02T10:05:00.000Z' }]
    const pick = (rows: Awaited<ReturnType<typeof changed>>) => rows.map((r) => ({ engineValue: r.engineValue, source: r.source, rule: r.rule, humanValue: r.humanValue, overriddenAt: r.overriddenAt }))
    expect(pick(await changed())).to.deep.equal(expected)

    // Desk sends the same delivery again later, the agent changes something else, the sync reads the ticket:
    // still one record, the agent's value still stands
    const [first] = (await service.ctx.db.query<{ payload: DeskEventBody }>(
      "SELECT payload FROM webhook_inbox WHERE installation_id = $1 AND ticket_id = $2 AND event_type = 'Ticket_Update' ORDER BY id LIMIT 1",
      [inst.id, id],
    )).rows
    clock.set('2026-03-02T10:10:00.000Z')
    expect(await postDelivery(hookUrl(service.url, inst.id, secret), [first!.payload])).to.deep.include({ status: 200 })
    sb.ops.update(id, { priority: 'High' }, AGENT)
    await settle(sb, service, inst.id)
    clock.set('2026-03-02T10:15:00.000Z')
    await service.scheduler!.runTick('sync', clock.now())
    await settle(sb, service, inst.id)
    expect(pick(await changed())).to.deep.equal(expected)
    expect(slaFieldsOf(sb, id).severity).to.equal('1')

    // the escalation sweep re-evaluates from the stored state: it never writes over the agent's value either
    clock.set('2026-03-02T11:30:00.000Z')
    await service.scheduler!.runTick('sweep', clock.now())
    await settle(sb, service, inst.id)
    clock.set('2026-03-02T11:35:00.000Z')
    sb.ops.update(id, { priority: 'Low' }, AGENT)
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '1', level: '1' })
    expect(pick(await changed())).to.deep.equal(expected)
  })

  it("records an agent's change of the ticket type, leaving the service's severity awaiting a verdict", async () => {
    clock.set('2026-03-02T12:00:00.000Z')
    const id = fileTicket(sb, 'dachAdvanced', DESCRIPTIONS.howTo, 'Deluge question')
    await settle(sb, service, inst.id)
    expect(slaFieldsOf(sb, id)).to.include({ severity: '3', type: 'Technical Support' })

    clock.set('2026-03-02T12:05:00.000Z')
    sb.ops.update(id, { cf: { cf_ticket_type: 'Store Related' } }, AGENT)
    await settle(sb, service, inst.id)

    expect(slaFieldsOf(sb, id).type).to.equal('Store Related')
    const rows = await feedback(id)
    const type = rows.filter((r) => r.field === 'type')
    expect(type.map((r) => [r.engineValue, r.humanValue, r.overriddenAt])).to.deep.equal([['Technical Support', 'Store Related', '2026-03-02T12:05:00.000Z']])
    // the severity is still the service's (re-decided for Operations) and still waiting for a verdict
    const severity = rows.filter((r) => r.field === 'severity')
    expect(severity.map((r) => [r.engineValue, r.humanValue])).to.deep.equal([[slaFieldsOf(sb, id).severity, null]])
  })
})
