import { expect } from 'chai'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { processTicket, reevaluateTicket } from '../../src/pipeline/processor.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox } from '../../src/store/crypto.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'
import { randomBytes } from 'node:crypto'

forEachStore('pipeline: processing a ticket against the Desk sandbox', (getDb) => {
  let sb: Sandbox
  let ctx: ServiceContext
  let inst: Installation
  let clock = Date.parse('2026-03-02T09:00:00.000Z') // a Monday

  before(async () => {
    sb = await createSandbox({ clock: () => clock, seed: { tickets: 12, seed: 3 } })
    const box = createSecretBox(randomBytes(32))
    inst = await createInstallation(getDb(), box, {
      ...sb.connection(),
    })
    ctx = createContext({ db: getDb(), box, policy: await shippedPolicy(), now: () => clock, desk: { sleep: async () => {}, random: () => 0.5 } })
  })
  after(async () => {
    await sb.close()
  })

  /** a new ticket filed now by a contact of a seeded account */
  function openTicketId(): string {
    const contact = [...sb.state.contacts.values()].find((c) => c.accountId)!
    const created = sb.ops.create(
      {
        subject: 'Sync fails',
        description: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly sync returns incorrect results',
        contactId: contact.id,
        departmentId: [...sb.state.departments.keys()][0],
      },
      { actor: { name: 'Customer', type: 'END_USER' } as never },
    )
    return String(created.id)
  }

  it('fills in the SLA fields and due dates of a ticket, then writes nothing more on a second pass', async () => {
    const id = openTicketId()
    const first = await processTicket(ctx, inst, id, { source: 'sync' })
    expect(first.status).to.equal('updated')
    expect(Object.keys(first.changes)).to.include.members(['cf_severity', 'cf_ticket_type', 'cf_region', 'cf_escalation_owner', 'dueDate'])
    const worker = createOutboxWorker(ctx)
    expect(await worker.drain()).to.be.greaterThan(0)
    const t = sb.state.tickets.get(id)!
    expect(t.cf.cf_region).to.be.a('string')
    expect(t.cf.cf_severity).to.match(/^[123]$/)
    expect(t.dueDate).to.equal(first.changes.dueDate)

    sb.requests.clear()
    const second = await processTicket(ctx, inst, id, { source: 'sync' })
    expect(second.status).to.equal('unchanged')
    expect(await worker.drain()).to.equal(0)
    expect(sb.requests.list().filter((r) => r.method === 'PATCH')).to.have.length(0)
    const audit = await listAudit(getDb(), { installationId: inst.id, ticketId: id })
    expect(audit.filter((a) => a.action === 'ticket.update')).to.have.length(1)
  })

  it('never overwrites a severity an agent set by hand, and recomputes from it', async () => {
    const id = openTicketId()
    await processTicket(ctx, inst, id, { source: 'sync' })
    await createOutboxWorker(ctx).drain()
    const written = sb.state.tickets.get(id)!.cf.cf_severity
    const human = written === '1' ? '3' : '1'
    sb.state.tickets.get(id)!.cf.cf_severity = human
    sb.state.tickets.get(id)!.modifiedTime = new Date(clock + 1000).toISOString()
    const out = await processTicket(ctx, inst, id, { source: 'webhook', eventType: 'Ticket_Update' })
    expect(out.changes).to.not.have.property('cf_severity')
    const row = await getTicketSla(getDb(), inst.id, id)
    expect((row!.state as { result: { severity: number; severitySource: string } }).result).to.include({ severity: Number(human), severitySource: 'field' })
  })

  it('raises the escalation level as working time passes, with one private comment, without calling Desk to decide', async () => {
    const id = openTicketId()
    await processTicket(ctx, inst, id, { source: 'sync' })
    await createOutboxWorker(ctx).drain()
    const before = await getTicketSla(getDb(), inst.id, id)
    clock += 10 * 24 * 3_600_000 // ten days later: every target long breached
    sb.requests.clear()
    const out = await reevaluateTicket(ctx, inst, id, { source: 'sweep' })
    expect(out.level).to.be.greaterThan(before!.escalationLevel)
    expect(out.raisedFrom).to.equal(before!.escalationLevel)
    expect(sb.requests.list()).to.have.length(0)
    await createOutboxWorker(ctx).drain()
    const comments = sb.state.commentsOf(id)
    expect(comments.map((c: { content?: string }) => c.content).join('\n')).to.match(/escalated from level \d to level \d/)
    expect(sb.state.tickets.get(id)!.cf.cf_escalation_level).to.equal(String(out.level))
  })
})
