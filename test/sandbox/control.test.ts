import { expect } from 'chai'
import { seedOne, startDesk, startReceiver, type TestDesk } from './helpers.js'

describe('sandbox: control API', () => {
  let desk: TestDesk
  beforeEach(async () => { desk = await startDesk() })
  afterEach(async () => { await desk.close() })

  it('brings a customer reply in as an incoming thread, reopens an On Hold ticket and raises both events', async () => {
    const id = await seedOne(desk, { status: 'On Hold', onholdTime: '2026-03-02T08:30:00.000Z' })
    const rx = await startReceiver()
    try {
      await desk.api('POST', '/webhooks', { body: { name: 'h', url: rx.url,
        subscriptions: { Ticket_Thread_Add: null, Ticket_Update: { includePrevState: true } } } })
      desk.clock.advanceMinutes(30)
      const reply = await desk.control('POST', `/tickets/${id}/customer-reply`, { content: 'Here are the logs.' })
      expect(reply.status).to.equal(200)
      expect(reply.body).to.include({ direction: 'in', visibility: 'public', createdTime: '2026-03-02T09:30:00.000Z' })
      expect(reply.body.author).to.deep.equal({ name: 'Lea Fischer', type: 'END_USER', email: 'lea@nordlicht.example.com' })
      const t = (await desk.api('GET', `/tickets/${id}`)).body
      expect(t).to.include({ status: 'Open', statusType: 'Open', onholdTime: null, modifiedTime: '2026-03-02T09:30:00.000Z' })
      // History lists the newest event first: the customer's email reopened it
      const history = (await desk.api('GET', `/tickets/${id}/History?fieldName=status`)).body.data
      expect(history[0]).to.deep.include({ eventName: 'TicketUpdated', actor: { id: null, name: 'Lea Fischer', type: 'Contact' }, source: 'Email' })
      expect(history[0].eventInfo).to.deep.equal([
        { propertyName: 'Status', propertyType: 'ValueTransition', propertyValue: { previousValue: 'On Hold', updatedValue: 'Open' }, systemProperty: true },
      ])
      await desk.control('POST', '/deliveries/idle')
      const events = rx.posts().map((p) => p.body[0])
      expect(events.map((e) => e.eventType)).to.deep.equal(['Ticket_Thread_Add', 'Ticket_Update'])
      expect(events[1].prevState.statusType).to.equal('On Hold')
    } finally {
      await rx.close()
    }
  })

  it('leaves an Open ticket\'s status alone on a customer reply', async () => {
    const id = await seedOne(desk, { status: 'In Progress' })
    await desk.control('POST', `/tickets/${id}/customer-reply`, { content: 'ping' })
    expect((await desk.api('GET', `/tickets/${id}`)).body.status).to.equal('In Progress')
  })

  it('logs every API request without its Authorization header, so a test can assert there was no second write', async () => {
    const id = await seedOne(desk)
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' }, headers: { sourceId: 'inst-1' } })
    await desk.api('GET', `/tickets/${id}`)
    const patches = (await desk.control('GET', '/requests?method=PATCH')).body.data
    expect(patches).to.have.length(1)
    expect(patches[0]).to.deep.include({ kind: 'api', method: 'PATCH', path: `/api/v1/tickets/${id}`, body: { priority: 'Low' } })
    expect(patches[0].headers).to.not.have.property('authorization')
    expect(patches[0].headers.sourceid).to.equal('inst-1')
    expect(patches[0].headers.orgid).to.equal(desk.sb.orgId)
    const mints = (await desk.control('GET', '/requests?kind=oauth')).body.data
    expect(mints).to.have.length(1)
    expect(mints[0].body.client_secret).to.equal('[redacted]')
    expect(mints[0].body.refresh_token).to.equal('[redacted]')
    expect((await desk.control('DELETE', '/requests')).status).to.equal(204)
    expect((await desk.control('GET', '/requests')).body.data).to.deep.equal([])
  })

  it('moves every sandbox time by the clock offset', async () => {
    const id = await seedOne(desk)
    const moved = await desk.control('POST', '/clock/advance', { minutes: 90 })
    expect(moved.body).to.deep.equal({ now: '2026-03-02T10:30:00.000Z', offsetMinutes: 90 })
    const t = await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    expect(t.body.modifiedTime).to.equal('2026-03-02T10:30:00.000Z')
  })

  it('resets to an empty portal and seeds from the generator over HTTP', async () => {
    await seedOne(desk)
    await desk.control('POST', '/faults', { serverError: { count: 5 } })
    const reset = await desk.control('POST', '/reset', { seed: { tickets: 12, seed: 7 } })
    expect(reset.status).to.equal(200)
    expect(reset.body.tickets).to.equal(12)
    expect(desk.sb.state.tickets.has('20001000004999001')).to.equal(false)
    expect((await desk.control('GET', '/faults')).body.serverError).to.equal(null)
    expect((await desk.api('GET', '/tickets?limit=100')).body.data).to.have.length(12)
  })

  it('refuses a malformed control request with a coded error', async () => {
    const res = await desk.control('POST', '/clock/advance', { minutes: 'soon' })
    expect(res.status).to.equal(400)
    expect(res.body.error).to.equal('SANDBOX_BAD_INPUT')
    const seed = await desk.control('POST', '/seed', { threads: [{ ticketId: '1', direction: 'in', content: 'x' }] })
    expect(seed.status).to.equal(404)
  })
})
