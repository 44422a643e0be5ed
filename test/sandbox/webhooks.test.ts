import { expect } from 'chai'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { seedOne, startDesk, startReceiver, type Receiver, type TestDesk } from './helpers.js'

const INSTALLATION = '4f1c2a8e-0b5d-4e3a-9c7f-2d6b8a1e5c30'
const ALL_EVENTS = { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null }

describe('sandbox: webhook subscriptions and deliveries', () => {
  let desk: TestDesk
  let rx: Receiver
  beforeEach(async () => {
    desk = await startDesk()
    rx = await startReceiver()
  })
  afterEach(async () => {
    await desk.close()
    await rx.close()
  })

  async function hook(body: Record<string, unknown> = {}): Promise<any> {
    const res = await desk.api('POST', '/webhooks', { body: { name: 'desk-sla', url: rx.url, subscriptions: ALL_EVENTS, isEnabled: true, ...body } })
    expect(res.status, JSON.stringify(res.body)).to.equal(200)
    return res.body
  }

  it('checks the URL with a GET on creation and stores the subscription as sent, answering with its id, times and type', async () => {
    const created = await hook({ ignoreSourceId: INSTALLATION })
    expect(rx.received.map((r) => r.method)).to.deep.equal(['GET'])
    expect(created.id).to.match(/^\d{17}$/)
    expect(created.subscriptions).to.deep.equal(ALL_EVENTS)
    expect(created).to.include({ ignoreSourceId: INSTALLATION, type: 'CUSTOMER_WEBHOOK', createdTime: '2026-03-02T09:00:00.000Z' })
    const list = await desk.api('GET', '/webhooks')
    expect(list.body.data.map((h: any) => h.id)).to.deep.equal([created.id])
  })

  it('refuses a URL whose validation GET and then POST do not answer 200 (Webhook.json)', async () => {
    rx.getStatus = 404
    rx.answer = () => 404
    const res = await desk.api('POST', '/webhooks', { body: { name: 'x', url: rx.url, subscriptions: ALL_EVENTS } })
    expect(res.status).to.equal(422)
    expect(res.body).to.deep.include({ errorCode: 'INVALID_DATA' })
    expect(res.body.errors.map((e: any) => e.fieldName)).to.deep.equal(['/url'])
    expect(rx.received.map((r) => r.method)).to.deep.equal(['GET', 'POST'])
    expect(desk.sb.webhooks.hooks.size).to.equal(0)
  })

  it('takes a URL whose validation GET fails but whose validation POST answers 200', async () => {
    rx.getStatus = 405
    await hook()
    expect(rx.received.map((r) => r.method)).to.deep.equal(['GET', 'POST'])
  })

  it('refuses an ignoreSourceId that is not a UUID, a name over 100 characters and unknown keys, as Webhook.json allows none', async () => {
    const bad = await desk.api('POST', '/webhooks', { body: { name: 'x'.repeat(101), url: rx.url, subscriptions: ALL_EVENTS, ignoreSourceId: 'inst-1', secret: 'x' } })
    expect(bad.status).to.equal(422)
    expect(bad.body.errors.map((e: any) => e.fieldName)).to.have.members(['/secret', '/name', '/ignoreSourceId'])
    expect(bad.body.errors.every((e: any) => typeof e.errorMessage === 'string')).to.equal(true)
  })

  it('refuses any ignoreSourceId with 422 INVALID_DATA while the fault switch says so, and takes the hook without one', async () => {
    await desk.control('POST', '/faults', { ignoreSourceId: 'refused' })
    const refused = await desk.api('POST', '/webhooks', { body: { name: 'desk-sla', url: rx.url, subscriptions: ALL_EVENTS, ignoreSourceId: INSTALLATION } })
    expect(refused.status).to.equal(422)
    expect(refused.body).to.deep.include({ errorCode: 'INVALID_DATA' })
    expect(refused.body.errors[0]).to.include({ fieldName: '/ignoreSourceId', errorType: 'invalid' })
    const created = await hook()
    expect(created.ignoreSourceId).to.equal(null)
  })

  it('refuses subscriptions given as an array, unknown events and more than five fields', async () => {
    const arr = await desk.api('POST', '/webhooks', { body: { name: 'x', url: rx.url, subscriptions: ['Ticket_Add'] } })
    expect(arr.status).to.equal(422)
    const unknown = await desk.api('POST', '/webhooks', { body: { name: 'x', url: rx.url, subscriptions: { Ticket_Delete: null } } })
    expect(unknown.body.errors.map((e: any) => [e.fieldName, e.errorType])).to.deep.equal([['/subscriptions/Ticket_Delete', 'invalid']])
    const six = await desk.api('POST', '/webhooks', { body: { name: 'x', url: rx.url, subscriptions: { Ticket_Update: { fields: ['a', 'b', 'c', 'd', 'e', 'f'] } } } })
    expect(six.body.errors.map((e: any) => [e.fieldName, e.errorType])).to.deep.equal([['/subscriptions/Ticket_Update/fields', 'invalid']])
  })

  it('allows five enabled hooks on Professional and none on Standard', async () => {
    await desk.control('POST', '/edition', { edition: 'Professional' })
    for (let i = 0; i < 5; i++) await hook({ name: `h${i}` })
    const sixth = await desk.api('POST', '/webhooks', { body: { name: 'h6', url: rx.url, subscriptions: ALL_EVENTS } })
    expect(sixth.status).to.equal(422)
    const disabled = await desk.api('POST', '/webhooks', { body: { name: 'off', url: rx.url, subscriptions: ALL_EVENTS, isEnabled: false } })
    expect(disabled.status).to.equal(200)
    await desk.control('POST', '/edition', { edition: 'Standard' })
    const std = await desk.api('POST', '/webhooks', { body: { name: 'h7', url: rx.url, subscriptions: ALL_EVENTS } })
    expect(std.status).to.equal(403)
    expect(std.body.errorCode).to.equal('LICENSE_ACCESS_LIMITED')
  })

  it('delivers a Desk-shaped event array with an X-ZDesk-JWT that verifies against the sandbox JWKS', async () => {
    const id = await seedOne(desk)
    const h = await hook()
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'High' } })
    await desk.sb.deliveries.idle()
    const [post] = rx.posts()
    expect(post).to.not.equal(undefined)
    expect(post!.body).to.have.length(1)
    const event = post!.body[0]
    expect(event.eventType).to.equal('Ticket_Update')
    expect(event.orgId).to.equal(desk.sb.orgId)
    expect(event.eventTime).to.equal(String(Date.parse('2026-03-02T09:00:00.000Z')))
    expect(event.payload.id).to.equal(id)
    expect(event.payload.priority).to.equal('High')
    const jwks = createRemoteJWKSet(new URL(`${desk.sb.url}/.well-known/jwks.json`))
    const { payload, protectedHeader } = await jwtVerify(post!.headers['x-zdesk-jwt'] as string, jwks, {
      issuer: `orgId:${desk.sb.orgId}`, audience: `webhookId:${h.id}`, currentDate: new Date(desk.clock.t),
    })
    expect(protectedHeader.alg).to.equal('RS256')
    expect(payload.iss).to.equal(`orgId:${desk.sb.orgId}`)
  })

  it('sends prevState only to a Ticket_Update subscription with includePrevState', async () => {
    const id = await seedOne(desk)
    const other = await startReceiver()
    try {
      await hook()
      const plain = await desk.api('POST', '/webhooks', { body: { name: 'plain', url: other.url, subscriptions: { Ticket_Update: null } } })
      expect(plain.status).to.equal(200)
      await desk.api('PATCH', `/tickets/${id}`, { body: { status: 'On Hold' } })
      await desk.sb.deliveries.idle()
      const withPrev = rx.posts()[0]!.body[0]
      expect(withPrev.prevState.status).to.equal('Open')
      expect(withPrev.payload.status).to.equal('On Hold')
      expect(other.posts()[0]!.body[0]).to.not.have.property('prevState')
    } finally {
      await other.close()
    }
  })

  it('does not echo a write carrying the hook\'s ignoreSourceId back to it, but echoes other writes', async () => {
    const id = await seedOne(desk)
    await hook({ ignoreSourceId: INSTALLATION })
    await desk.api('PATCH', `/tickets/${id}`, { body: { cf: { cf_sla_status: 'on track' } }, headers: { sourceId: INSTALLATION } })
    await desk.sb.deliveries.idle()
    expect(rx.posts()).to.have.length(0)
    await desk.api('PATCH', `/tickets/${id}`, { body: { cf: { cf_severity: '1' } } })
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' }, headers: { sourceId: 'someone-else' } })
    await desk.sb.deliveries.idle()
    expect(rx.posts().map((p) => p.body[0].payload.cf.cf_severity)).to.deep.equal(['1', '1'])
  })

  it('deletes the subscription of a receiver that answers 410 and stops delivering to it', async () => {
    const id = await seedOne(desk)
    const h = await hook()
    rx.answer = () => 410
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    await desk.sb.deliveries.idle()
    expect((await desk.api('GET', `/webhooks/${h.id}`)).status).to.equal(404)
    const [rec] = desk.sb.deliveries.list()
    expect(rec).to.include({ status: 410, subscriptionDeleted: true, attempt: 1 })
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'High' } })
    await desk.sb.deliveries.idle()
    expect(rx.posts()).to.have.length(1)
  })

  it('retries a failed delivery and records every attempt', async () => {
    const id = await seedOne(desk)
    await hook()
    rx.answer = (_r, n) => (n === 1 ? 500 : 200)
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    await desk.sb.deliveries.idle()
    expect(rx.posts()).to.have.length(2)
    expect(desk.sb.deliveries.list().map((d) => [d.attempt, d.status, d.ok])).to.deep.equal([[1, 500, false], [2, 200, true]])
  })

  it('retries a delivery that timed out', async () => {
    await desk.close()
    desk = await startDesk({ deliveries: { timeoutMs: 100, retryDelaysMs: [1] } })
    const id = await seedOne(desk)
    await hook()
    rx.answer = (_r, n) => (n === 1 ? new Promise((resolve) => setTimeout(() => resolve(200), 300)) : 200)
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    await desk.sb.deliveries.idle()
    const records = desk.sb.deliveries.list()
    expect(records.map((d) => [d.attempt, d.error, d.ok])).to.deep.equal([[1, 'timeout', false], [2, null, true]])
  })

  it('flags a delivery slower than Desk\'s 5 s deadline', async () => {
    const id = await seedOne(desk)
    await hook()
    // The receiver "takes" 6 s on the sandbox clock.
    rx.answer = () => { desk.clock.t += 6_000; return 200 }
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    await desk.sb.deliveries.idle()
    const [rec] = desk.sb.deliveries.list()
    expect(rec!.slow).to.equal(true)
    expect(rec!.durationMs).to.be.at.least(6_000)
    const viaControl = await desk.control('GET', '/deliveries')
    expect(viaControl.body.data[0].slow).to.equal(true)
  })

  it('drops and duplicates deliveries on the fault switches', async () => {
    const id = await seedOne(desk)
    await hook()
    await desk.control('POST', '/faults', { webhooks: { drop: 1, duplicate: 1 } })
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'High' } })
    await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Medium' } })
    await desk.sb.deliveries.idle()
    expect(rx.posts().map((p) => p.body[0].payload.priority)).to.deep.equal(['High', 'High', 'Medium'])
    expect(desk.sb.deliveries.list().map((d) => d.fault)).to.deep.equal(['dropped', null, 'duplicate', null])
  })

  it('delivers a held batch newest first on the reorder switch', async () => {
    const id = await seedOne(desk)
    await hook()
    await desk.control('POST', '/faults', { webhooks: { reorder: 3 } })
    for (const p of ['Low', 'Medium', 'High']) await desk.api('PATCH', `/tickets/${id}`, { body: { priority: p } })
    await desk.sb.deliveries.idle()
    expect(rx.posts().map((p) => p.body[0].payload.priority)).to.deep.equal(['High', 'Medium', 'Low'])
  })

  it('filters by department, thread direction and changed fields', async () => {
    const id = await seedOne(desk)
    const [, opsDept] = [...desk.sb.state.departments.keys()]
    await hook({ subscriptions: { Ticket_Update: { fields: ['cf_severity', 'status'] }, Ticket_Thread_Add: { direction: 'in' } } })
    const otherDept = await startReceiver()
    try {
      await desk.api('POST', '/webhooks', { body: { name: 'ops', url: otherDept.url, subscriptions: { Ticket_Update: { departmentIds: [opsDept] } } } })
      await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low' } })
      await desk.api('POST', `/tickets/${id}/sendReply`, { body: { channel: 'EMAIL', content: 'hi' } })
      await desk.control('POST', `/tickets/${id}/customer-reply`, { content: 'thanks' })
      await desk.api('PATCH', `/tickets/${id}`, { body: { cf: { cf_severity: '2' } } })
      await desk.sb.deliveries.idle()
      expect(rx.posts().map((p) => p.body[0].eventType)).to.deep.equal(['Ticket_Thread_Add', 'Ticket_Update'])
      expect(rx.posts()[0]!.body[0].payload).to.include({ direction: 'in', ticketId: id })
      expect(otherDept.posts()).to.have.length(0)
    } finally {
      await otherDept.close()
    }
  })

  it('raises Ticket_Add, Ticket_Thread_Add and Ticket_Comment_Add with the thread or comment and its ticketId', async () => {
    await seedOne(desk)
    await hook()
    const created = await desk.api('POST', '/tickets', { body: { subject: 'New', departmentId: desk.sb.state.defaultDepartmentId(), contactId: '20001000003999001' } })
    await desk.api('POST', `/tickets/${created.body.id}/sendReply`, { body: { content: 'Hello' } })
    await desk.api('POST', `/tickets/${created.body.id}/comments`, { body: { content: 'note', isPublic: false } })
    await desk.sb.deliveries.idle()
    const events = rx.posts().map((p) => p.body[0])
    expect(events.map((e) => e.eventType)).to.deep.equal(['Ticket_Add', 'Ticket_Thread_Add', 'Ticket_Comment_Add'])
    expect(events[1].payload).to.include({ ticketId: created.body.id, direction: 'out', content: 'Hello' })
    expect(events[2].payload).to.include({ ticketId: created.body.id, isPublic: false })
  })

  it('raises Account_Update and Contact_Update with the record and its prevState, once per real change', async () => {
    const id = await seedOne(desk)
    const ticket = desk.sb.state.tickets.get(id)!
    await hook({ subscriptions: { Account_Update: { includePrevState: true }, Contact_Update: null } })
    const account = ticket.accountId!
    const changed = await desk.api('PATCH', `/accounts/${account}`, { body: { cf: { cf_partner_tier: 'Premium' } } })
    expect(changed.status).to.equal(200)
    await desk.api('PATCH', `/accounts/${account}`, { body: { cf: { cf_partner_tier: 'Premium' } } }) // no change: no event
    await desk.control('POST', `/contacts/${ticket.contactId}`, { country: 'France' })
    await desk.sb.deliveries.idle()
    const events = rx.posts().map((p) => p.body[0])
    expect(events.map((e) => e.eventType)).to.deep.equal(['Account_Update', 'Contact_Update'])
    expect(events[0].payload).to.include({ id: account })
    expect(events[0].payload.cf.cf_partner_tier).to.equal('Premium')
    expect(events[0].prevState.cf.cf_partner_tier).to.not.equal('Premium')
    expect(events[1].payload).to.include({ id: ticket.contactId, country: 'France' })
    expect(events[1]).to.not.have.property('prevState')
  })

  it('takes only includePrevState as the filter of an account or contact subscription, as Webhook.json has it', async () => {
    const res = await desk.api('POST', '/webhooks', {
      body: { name: 'x', url: rx.url, subscriptions: { Account_Update: { departmentIds: [desk.sb.state.defaultDepartmentId()] } } },
    })
    expect(res.status).to.equal(422)
    expect(res.body.errors).to.have.length(1)
    expect(res.body.errors[0]).to.deep.include({ fieldName: '/subscriptions/Account_Update/departmentIds', errorType: 'invalid' })
  })

  it('updates and deletes subscriptions', async () => {
    const h = await hook()
    const patched = await desk.api('PATCH', `/webhooks/${h.id}`, { body: { isEnabled: false } })
    expect(patched.body.isEnabled).to.equal(false)
    // Webhook.json: a delete answers 200 with no content
    expect((await desk.api('DELETE', `/webhooks/${h.id}`)).status).to.equal(200)
    expect((await desk.api('GET', '/webhooks')).status).to.equal(204)
  })
})
