// The inbox worker under abuse (issue 17): a flood on one installation does not hold back another
// installation's ticket beyond one worker poll, and a ticket whose text holds characters PostgreSQL
// refuses (U+0000, a lone surrogate) is processed and gets its fields like any other.
import { expect } from 'chai'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import { runSyncJob } from '../../src/pipeline/jobs.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox, generateSecret } from '../../src/store/crypto.js'
import { inboxQueue, inboxEventKey, insertEvents, type InboxEventInput } from '../../src/store/repos/inbox.js'
import { createInstallation, deleteInstallation, type Installation } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { createApp } from '../../src/web/app.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'
import { fileSandboxTicket } from './jobs-helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z') // a Monday

forEachStore('inbox worker', (getDb) => {
  const box = createSecretBox(randomBytes(32))
  let clock = T0
  let ctx: ServiceContext
  const sandboxes: Sandbox[] = []
  const installations: Installation[] = []

  async function org(orgId: string, webhookSecret?: string): Promise<{ sb: Sandbox; inst: Installation }> {
    const sb = await createSandbox({ clock: () => clock, orgId, seed: { tickets: 2, seed: 5 } })
    sandboxes.push(sb)
    const inst = await createInstallation(getDb(), box, { ...sb.connection(), ...(webhookSecret ? { webhookSecret } : {}) })
    installations.push(inst)
    return { sb, inst }
  }

  const fileTicket = fileSandboxTicket

  function webhookEvent(ticketId: string, at: number): InboxEventInput {
    return {
      eventKey: inboxEventKey('Ticket_Add', ticketId, at),
      eventType: 'Ticket_Add',
      ticketId,
      eventTime: new Date(at),
      payload: { eventType: 'Ticket_Add', eventTime: String(at), payload: { id: ticketId } },
    }
  }

  before(async () => {
    ctx = createContext({
      db: getDb(),
      box,
      policy: await shippedPolicy(),
      now: () => clock,
      desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
    })
  })
  afterEach(async () => {
    for (const inst of installations.splice(0)) await deleteInstallation(getDb(), inst.id)
    for (const sb of sandboxes.splice(0)) await sb.close()
  })

  it("processes another installation's new ticket in the next poll while one installation is flooded (issue 17)", async () => {
    const flooded = await org('60001111')
    const calm = await org('60002222')
    // 300 invented tickets, dated 2000-01-01 as the attacker sent them, queued before the real one
    const forged = Date.parse('2000-01-01T00:00:00.000Z')
    const flood = Array.from({ length: 300 }, (_, i) => webhookEvent(`9${String(i).padStart(16, '0')}`, forged + i))
    await insertEvents(getDb(), flooded.inst.id, flood, new Date(clock))
    clock += 1_000
    const ticketId = fileTicket(calm.sb)
    await insertEvents(getDb(), calm.inst.id, [webhookEvent(ticketId, clock)], new Date(clock))

    const worker = createInboxWorker(ctx, { batchSize: 10 })
    expect(await worker.runOnce()).to.equal(10)

    expect((await inboxQueue.countByStatus(getDb(), calm.inst.id)).done).to.equal(1)
    expect(await getTicketSla(getDb(), calm.inst.id, ticketId)).to.not.equal(null)
    await createOutboxWorker(ctx).drain()
    const written = calm.sb.state.tickets.get(ticketId)!
    expect(written.cf.cf_region).to.be.a('string')
    expect(written.dueDate).to.be.a('string')
    expect((await inboxQueue.countByStatus(getDb(), flooded.inst.id)).pending).to.equal(291)
  })

  it('gives a ticket whose text holds U+0000 and a lone surrogate its fields, from the webhook through Desk and back (issue 17)', async () => {
    const secret = generateSecret()
    const { sb, inst } = await org('60003333', secret)
    const ticketId = fileTicket(sb, {
      subject: 'Export\u0000 fails \ud800 again',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the export returns incorrect results \udc00\u0000',
    })
    const server: Server = createApp({ db: getDb(), now: () => clock }).listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/desk/${inst.id}/${secret}`
      const ticket = { id: ticketId, subject: 'Export\u0000 fails \ud800 again', departmentId: [...sb.state.departments.keys()][0] }
      // another ticket's event in the same delivery must not fail with it
      const other = fileTicket(sb)
      const delivery = [
        { eventType: 'Ticket_Add', orgId: '60003333', eventTime: String(clock), payload: ticket },
        { eventType: 'Ticket_Add', orgId: '60003333', eventTime: String(clock), payload: { id: other } },
      ]
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(delivery) })
      expect(res.status).to.equal(200)
      expect(await res.json()).to.deep.equal({ received: 2, stored: 2, duplicates: 0, ignored: 0 })
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }

    const outcomes: string[] = []
    await createInboxWorker(ctx, { onProcessed: (_ev, result) => outcomes.push(result.status) }).drain()
    expect(outcomes).to.deep.equal(['done', 'done'])
    await createOutboxWorker(ctx).drain()
    const written = sb.state.tickets.get(ticketId)!
    expect(written.cf.cf_severity).to.match(/^[123]$/)
    expect(written.cf.cf_region).to.be.a('string')
    expect(written.dueDate).to.be.a('string')
    const state = (await getTicketSla(getDb(), inst.id, ticketId))!
    expect(JSON.stringify(state.state)).to.include('Export\ufffd fails \ufffd again')
  })

  it('lets the sync bring in a ticket whose text holds U+0000 and a lone surrogate (issue 17)', async () => {
    const { sb, inst } = await org('60004444')
    clock += 60_000
    const ticketId = fileTicket(sb, { subject: 'Sync\u0000 \ud83d broken' })
    clock += 60_000
    const synced = await runSyncJob(ctx, clock)
    expect(synced.installations.find((r) => r.installationId === inst.id)).to.include({ status: 'synced' })
    const outcomes: string[] = []
    await createInboxWorker(ctx, { onProcessed: (_ev, result) => outcomes.push(result.status) }).drain()
    expect(outcomes).to.not.include('error')
    await createOutboxWorker(ctx).drain()
    expect(sb.state.tickets.get(ticketId)!.cf.cf_region).to.be.a('string')
  })
})
