// Issue 13, "Done means": an org with a custom On Hold status ("Waiting on partner"); a ticket is put
// on hold and resumed while the service is down, so no webhook reaches it; after a restart on the
// same store, the incremental sync finds the ticket, the service reads its History (status names in
// Zoho's ValueTransition shape), types the names with the org's status map from GET /fields, and
// every due date moves by exactly the working time the ticket spent on hold.
import { expect } from 'chai'
import { join } from 'node:path'
import { DEFAULT_STATUSES } from '../../src/sandbox/model.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { getStatusMap } from '../../src/store/repos/desk-statuses.js'
import type { Installation } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
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
  secretKey,
  settle,
  slaFieldsOf,
  subscribe,
  tempDir,
  testClock,
} from './helpers.js'

const HOUR = 60 * 60_000

describe('a ticket held under a custom On Hold status while the service was down (in-process service, PGlite on disk)', function () {
  this.timeout(120_000)
  // Monday 2 March 2026, 08:00 in London (GMT): the UK & EU 24x5 calendar counts every hour of the day
  const clock = testClock('2026-03-02T08:00:00.000Z')
  const logger = memoryLogger()
  const key = secretKey().env
  let dir: string
  let sb: Sandbox
  let inst: Installation

  async function start(label: string): Promise<RunningService> {
    const service = await startService(
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), DESK_SLA_SECRET_KEY: key, SYNC_CRON: NEVER_CRON, SWEEP_CRON: NEVER_CRON, REPLICA_ID: label, LOG_LEVEL: 'error' },
      { now: clock.now, logger, desk: fastDesk() },
    )
    onCleanup(label, () => service.close())
    return service
  }

  before(async function () {
    dir = await tempDir('custom-hold')
    sb = await createSandbox({
      clock: clock.now,
      seed: partnerSeed(),
      // the org calls its On Hold status "Waiting on partner"; Desk's own "On Hold" is renamed away
      statuses: [...DEFAULT_STATUSES.filter((s) => s.name !== 'On Hold'), { name: 'Waiting on partner', type: 'On Hold' }],
      // a delivery the service cannot take is not retried: the changes made while it is down reach it only by the sync
      deliveries: { maxAttempts: 1 },
    })
    onCleanup('sandbox', () => sb.close())
  })

  after(cleanup)

  it('moves every due date by exactly the three working hours the ticket spent "Waiting on partner"', async () => {
    // 08:00: the service is up, the ticket is filed and gets its due dates
    const first = await start('before')
    let secret: string
    ;({ inst, secret } = await installFor(first.ctx.db, first.ctx.box, sb))
    await subscribe(await first.ctx.deskFor(inst), hookUrl(first.url, inst.id, secret), inst.id)
    const id = fileTicket(sb, 'ukPremium', DESCRIPTIONS.incorrectResults)
    await settle(sb, first, inst.id)
    const before = slaFieldsOf(sb, id)
    // Premium UK, severity 2: first response in 6 working hours, determination in 24
    expect(before).to.include({ severity: '2', region: 'UK & EU', responseDueDate: '2026-03-02T14:00:00.000Z', dueDate: '2026-03-03T08:00:00.000Z' })
    await first.close()

    // 09:00–12:00 while the service is down: an agent puts the ticket on hold and resumes it
    clock.set('2026-03-02T09:00:00.000Z')
    sb.ops.update(id, { status: 'Waiting on partner' }, AGENT)
    clock.set('2026-03-02T12:00:00.000Z')
    sb.ops.update(id, { status: 'In Progress' }, AGENT)
    await sb.deliveries.idle()
    expect(sb.deliveries.list().filter((d) => d.ticketId === id && d.eventType === 'Ticket_Update' && d.status === 200)).to.have.length(0)
    expect(sb.state.tickets.get(id)!.statusType, 'the status type reads Open before and after the hold').to.equal('Open')

    // 12:05: the service starts again on the same store; the sync finds the ticket
    clock.set('2026-03-02T12:05:00.000Z')
    const again = await start('after')
    sb.requests.clear()
    const tick = await again.scheduler!.runTick('sync', clock.now())
    expect(tick).to.include({ ran: true })
    expect(tick).to.not.have.property('error')
    await settle(sb, again, inst.id)

    const after = slaFieldsOf(sb, id)
    const moved = (a: string | null, b: string | null) => Date.parse(b!) - Date.parse(a!)
    expect(moved(before.responseDueDate, after.responseDueDate)).to.equal(3 * HOUR)
    expect(moved(before.dueDate, after.dueDate)).to.equal(3 * HOUR)
    expect(after).to.include({ responseDueDate: '2026-03-02T17:00:00.000Z', dueDate: '2026-03-03T11:00:00.000Z', severity: '2' })

    // how it knew: the status History by the field's API name, and the org's status map from the fields API
    const reads = sb.requests.list({ method: 'GET', kind: 'api' }).map((r) => `${r.path}?${new URLSearchParams(r.query as Record<string, string>)}`)
    expect(reads.some((r) => r.startsWith(`/api/v1/tickets/${id}/History?`) && r.includes('fieldName=status'))).to.equal(true)
    const map = await getStatusMap(again.ctx.db, inst.id)
    expect(map!.statuses).to.deep.include({ name: 'Waiting on partner', statusType: 'On Hold' })
    const row = await getTicketSla(again.ctx.db, inst.id, id)
    expect(row!.statusIntervals).to.deep.equal([{ statusType: 'On Hold', from: '2026-03-02T09:00:00.000Z', to: '2026-03-02T12:00:00.000Z' }])
    expect((row!.state as { ref?: unknown }).ref).to.deep.equal({
      ticketNumber: sb.state.tickets.get(id)!.ticketNumber, subject: 'Export gives wrong totals',
      webUrl: `https://desk.zoho.com/support/desksla/ShowHomePage.do#Cases/dv/${id}`,
    })
    expect(logger.entries.filter((e) => e.level === 'error'), JSON.stringify(logger.entries)).to.deep.equal([])
  })
})
