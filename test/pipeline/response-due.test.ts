// The reply owed next (DOMAIN.md §5) lives in desk-sla's own field, deskFields.ticket.responseDue
// (cf_response_due). Desk's native responseDueDate is Desk's to compute: Ticket.json's updateTicketRequest
// takes it only as "null", so desk-sla never sends it (issue #13).
import { expect } from 'chai'
import { ticketView } from '../../src/sandbox/views.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { forEachStore } from '../store/helpers.js'
import { deliverEvent, startHarness, type JobsHarness } from './jobs-helpers.js'

const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' as const } }

forEachStore('pipeline: the reply owed next in cf_response_due, never in Desk’s responseDueDate', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb())
  })
  afterEach(async () => {
    await h.close()
  })

  const deliver = (event: Record<string, unknown>) => deliverEvent(h, getDb(), event)
  const view = (id: string) => ticketView(h.sb.state, h.sb.state.tickets.get(id)!)
  const ticket = (id: string) => h.sb.state.tickets.get(id)!
  /** the engine's targets for the ticket at its last evaluation */
  async function targets(id: string): Promise<{ firstResponseDue: string | null; followUpDue: string | null }> {
    const row = await getTicketSla(getDb(), h.inst.id, id)
    return (row!.state as { result: { firstResponseDue: string | null; followUpDue: string | null } }).result
  }
  /** every ticket PATCH desk-sla sent, by body */
  const patches = () => h.sb.requests.list({ kind: 'api' }).filter((r) => r.method === 'PATCH' && r.path.startsWith('/api/v1/tickets/'))
    .map((r) => r.body as Record<string, unknown>)

  it('shows the first response due, then nothing after the agent’s reply, then the follow-up due after the customer writes back', async () => {
    const id = h.fileTicket()
    await deliver({ eventType: 'Ticket_Add', payload: view(id) })
    const first = await targets(id)
    expect(first.firstResponseDue).to.be.a('string')
    expect(ticket(id).cf.cf_response_due, 'first response owed').to.equal(first.firstResponseDue)
    expect(Date.parse(ticket(id).cf.cf_response_due!)).to.be.greaterThan(Date.parse(ticket(id).createdTime))

    h.advanceMinutes(30)
    const reply = h.sb.ops.sendReply(id, { content: 'We are on it.' }, AGENT)
    await deliver({ eventType: 'Ticket_Thread_Add', payload: { ...reply, ticketId: id } })
    expect(ticket(id).cf.cf_response_due, 'nothing owed after the first response').to.equal(null)

    h.advanceMinutes(60)
    const message = h.sb.ops.customerReply(id, { content: 'Any news? The sync still fails.' })
    const writtenAt = h.now()
    await deliver({ eventType: 'Ticket_Thread_Add', payload: { ...message, ticketId: id } })
    const followUp = (await targets(id)).followUpDue
    expect(followUp).to.be.a('string')
    expect(ticket(id).cf.cf_response_due, 'the follow-up owed').to.equal(followUp)
    expect(Date.parse(followUp!)).to.be.greaterThan(writtenAt)
    expect(followUp).to.not.equal(first.firstResponseDue)

    expect(patches().length).to.be.greaterThan(0)
    for (const body of patches()) expect(body.responseDueDate ?? null, JSON.stringify(body)).to.equal(null)
    expect(ticket(id).responseDueDate, 'Desk’s own field untouched').to.equal(null)
  })

  it('clears cf_response_due while the ticket is on hold and writes it again when it resumes', async () => {
    const id = h.fileTicket()
    await deliver({ eventType: 'Ticket_Add', payload: view(id) })
    expect(ticket(id).cf.cf_response_due).to.be.a('string')

    h.advanceMinutes(10)
    const before = view(id)
    const held = h.sb.ops.update(id, { status: 'On Hold' }, AGENT)
    await deliver({ eventType: 'Ticket_Update', payload: held, prevState: before })
    expect(ticket(id).cf).to.include({ cf_response_due: null, cf_sla_status: 'Paused' })

    h.advanceMinutes(10)
    const paused = view(id)
    const resumed = h.sb.ops.update(id, { status: 'Open' }, AGENT)
    await deliver({ eventType: 'Ticket_Update', payload: resumed, prevState: paused })
    expect(ticket(id).cf.cf_response_due).to.equal((await targets(id)).firstResponseDue)
    expect(ticket(id).cf.cf_response_due).to.be.a('string')
    for (const body of patches()) expect(body).to.not.have.property('responseDueDate')
  })
})
