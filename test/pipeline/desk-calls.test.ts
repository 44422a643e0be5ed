// What an event costs in Desk calls (issue 15): the payload stands in for the ticket, the stored
// thread timeline for the threads, the cached account for the account; an account change reaches
// the tickets that depend on it; a duplicate costs nothing; a gap is read, and the sync still
// catches what a dropped webhook missed.
import { expect } from 'chai'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { runSyncJob } from '../../src/pipeline/jobs.js'
import { ticketView } from '../../src/sandbox/views.js'
import { accountView } from '../../src/sandbox/views.js'
import { getCachedRecord } from '../../src/store/repos/desk-records.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { forEachStore } from '../store/helpers.js'
import { deliverEvent, startHarness, type JobsHarness } from './jobs-helpers.js'
import { refreshStatusMap } from '../../src/pipeline/status-types.js'

const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' as const } }

forEachStore('pipeline: what an event costs in Desk calls', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb())
  })
  afterEach(async () => {
    await h.close()
  })

  /** the calls Desk received since the log was last cleared, as "GET /tickets/{id}/threads" */
  function calls(): string[] {
    return h.sb.requests.list({ kind: 'api' }).map((r) => `${r.method} ${r.path.replace(/^\/api\/v1/, '').replace(/\/\d{6,}/g, '/{id}')}`)
  }
  const reads = () => calls().filter((c) => c.startsWith('GET'))

  /** Desk's event as the receiver stores it, then the workers (processing, then the writes) */
  const deliver = (event: Record<string, unknown>): Promise<number> => deliverEvent(h, getDb(), event)
  const view = (id: string) => ticketView(h.sb.state, h.sb.state.tickets.get(id)!)
  const added = (id: string) => deliver({ eventType: 'Ticket_Add', payload: view(id) })
  function updated(id: string, patch: Record<string, unknown>): Record<string, unknown> {
    const before = view(id)
    const after = h.sb.ops.update(id, patch, AGENT)
    return { eventType: 'Ticket_Update', payload: after, prevState: before }
  }

  it('files a new ticket from the Ticket_Add payload alone: no ticket read, no thread read', async () => {
    const id = h.fileTicket()
    h.sb.requests.clear()
    await added(id)
    expect(reads()).to.not.include.members(['GET /tickets/{id}', 'GET /tickets/{id}/threads'])
    expect(calls().filter((c) => c === 'PATCH /tickets/{id}')).to.have.length(1)
    expect(h.sb.state.tickets.get(id)!.dueDate).to.be.a('string')
  })

  it('costs no Desk read at all for an update whose payload is complete once the account is cached, and no write when nothing changes', async () => {
    const id = h.fileTicket()
    await added(id)
    h.advanceMinutes(5)
    h.sb.requests.clear()
    await deliver(updated(id, { priority: 'High' }))
    expect(calls()).to.deep.equal([])
  })

  it('reads the ticket once when the payload lacks a field the engine needs', async () => {
    const id = h.fileTicket()
    await added(id)
    h.advanceMinutes(5)
    const event = updated(id, { priority: 'Low' })
    delete (event.payload as Record<string, unknown>).cf
    h.sb.requests.clear()
    await deliver(event)
    expect(reads()).to.deep.equal(['GET /tickets/{id}'])
  })

  it('costs no Desk call for a duplicated event', async () => {
    const id = h.fileTicket()
    const event = { eventType: 'Ticket_Add', eventTime: String(h.now()), payload: view(id) }
    expect(await deliver(event)).to.equal(1)
    h.sb.requests.clear()
    expect(await deliver(event)).to.equal(0)
    expect(calls()).to.deep.equal([])
  })

  it("meets the first response from the Ticket_Thread_Add's thread and the stored timeline, without a read", async () => {
    const id = h.fileTicket()
    await added(id)
    expect(h.sb.state.tickets.get(id)!.cf.cf_response_due).to.be.a('string')
    h.advanceMinutes(30)
    const thread = h.sb.ops.sendReply(id, { content: 'We are on it.' }, AGENT)
    h.sb.requests.clear()
    await deliver({ eventType: 'Ticket_Thread_Add', payload: { ...thread, ticketId: id } })
    expect(reads()).to.deep.equal([])
    expect(h.sb.state.tickets.get(id)!.cf.cf_response_due).to.equal(null)
  })

  it('reads the threads when an update counts a thread the store never heard of (its event was lost)', async () => {
    const id = h.fileTicket()
    await added(id)
    h.advanceMinutes(30)
    h.sb.ops.sendReply(id, { content: 'We are on it.' }, AGENT) // its Ticket_Thread_Add never arrives
    h.advanceMinutes(5)
    h.sb.requests.clear()
    await deliver(updated(id, { priority: 'High' }))
    expect(reads()).to.deep.equal(['GET /tickets/{id}/threads'])
    expect(h.sb.state.tickets.get(id)!.cf.cf_response_due).to.equal(null)
  })

  it("brings a partner's tier change to every open ticket of the account, from the stored inputs, and leaves a closed one as it closed", async () => {
    const first = h.fileTicket()
    const second = h.fileTicket()
    const closed = h.fileTicket()
    for (const id of [first, second, closed]) await added(id)
    h.advanceMinutes(10)
    await deliver(updated(closed, { status: 'Closed' }))
    const accountId = h.sb.state.tickets.get(first)!.accountId!
    const tier = h.sb.state.accounts.get(accountId)!.cf.cf_partner_tier
    const dueBefore = [first, second, closed].map((id) => h.sb.state.tickets.get(id)!.dueDate)
    h.advanceMinutes(1)
    const before = accountView(h.sb.state.accounts.get(accountId)!)
    const after = h.sb.ops.updateAccount(accountId, { cf: { cf_partner_tier: tier === 'Premium' ? 'Authorized' : 'Premium' } })
    h.sb.requests.clear()
    await deliver({ eventType: 'Account_Update', payload: after, prevState: before })
    expect(reads()).to.deep.equal([])
    const dueAfter = [first, second, closed].map((id) => h.sb.state.tickets.get(id)!.dueDate)
    expect(dueAfter[0]).to.not.equal(dueBefore[0])
    expect(dueAfter[1]).to.not.equal(dueBefore[1])
    expect(dueAfter[2]).to.equal(dueBefore[2])
    expect(calls().filter((c) => c === 'PATCH /tickets/{id}')).to.have.length(2)
    const cached = await getCachedRecord(getDb(), h.inst.id, 'account', accountId)
    expect((cached!.data.cf as Record<string, unknown>).cf_partner_tier).to.equal(after.cf && (after.cf as Record<string, unknown>).cf_partner_tier)
  })

  it('ignores an account change older than the copy it holds', async () => {
    const id = h.fileTicket()
    await added(id)
    const accountId = h.sb.state.tickets.get(id)!.accountId!
    const old = accountView(h.sb.state.accounts.get(accountId)!)
    h.advanceMinutes(1)
    const current = h.sb.ops.updateAccount(accountId, { city: 'Lyon' })
    await deliver({ eventType: 'Account_Update', payload: current })
    h.sb.requests.clear()
    await deliver({ eventType: 'Account_Update', eventTime: String(h.now() - 1), payload: old })
    expect(calls()).to.deep.equal([])
    expect((await getCachedRecord(getDb(), h.inst.id, 'account', accountId))!.data.city).to.equal('Lyon')
  })

  it('catches a dropped update with the next sync from the search result, reading only what has a gap', async () => {
    await runSyncJob(h.ctx)
    h.advanceMinutes(3)
    const id = h.fileTicket()
    await added(id)
    h.advanceMinutes(10)
    h.sb.ops.update(id, { status: 'Waiting on Customer' }, AGENT) // its Ticket_Update is lost
    h.advanceMinutes(1)
    // the install reads the org's status names once, up front (status-types.ts); so does this test
    await refreshStatusMap(h.ctx, h.inst, await h.ctx.deskFor(h.inst))
    h.sb.requests.clear()
    await runSyncJob(h.ctx)
    await createInboxWorker(h.ctx).drain()
    await createOutboxWorker(h.ctx).drain()
    // the search listed the ticket; only the status history (the hold's start) had to be read
    expect(reads()).to.deep.equal(['GET /tickets/search', 'GET /tickets/{id}/History'])
    expect(h.sb.state.tickets.get(id)!.cf.cf_sla_status).to.equal('Paused')
  })

  it("keeps Desk's answer to its own write as the ticket's copy, so the next sync does not fetch it", async () => {
    const id = h.fileTicket()
    await added(id)
    const row = await getTicketSla(getDb(), h.inst.id, id)
    expect(row!.ticketModifiedTime).to.equal(h.sb.state.tickets.get(id)!.modifiedTime)
  })
})
