import { expect } from 'chai'
import nock from 'nock'
import { inspect } from 'node:util'
import { isDeskError } from '../../src/desk/errors.js'
import {
  ACCOUNTS,
  API_HOST,
  API_ROOT,
  CLIENT_SECRET,
  desk,
  historyEvent,
  INSTALLATION,
  makeClient,
  mockTokenEndpoint,
  ORG,
  range,
  REFRESH_TOKEN,
  rejection,
  requestUrl,
  seedToken,
  thread,
  ticket,
} from './helpers.js'

describe('desk client: operations', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('lists one page of tickets with the paging, sort, filter and include parameters Desk documents', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const scope = desk(token)
      .get(`${API_ROOT}/tickets`)
      .query({ from: '100', limit: '50', sortBy: '-createdTime', status: 'Open', departmentId: '20001000000000907', include: 'contacts,assignee' })
      .reply(200, { data: [ticket(1), ticket(2)] })
    const page = await h.client.listTickets({
      from: 100,
      limit: 50,
      sortBy: '-createdTime',
      status: 'Open',
      departmentId: '20001000000000907',
      include: ['contacts', 'assignee'],
    })
    expect(page.map((t) => t.id)).to.deep.equal(['20001000000123001', '20001000000123002'])
    expect(scope.isDone()).to.equal(true)
  })

  it('keeps ids and counts as the strings Desk sent, and keeps fields it does not know', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token)
      .get(`${API_ROOT}/tickets/20001000000123457`)
      .query({ include: 'contacts' })
      .reply(200, { ...ticket(457), id: '20001000000123457', layoutId: '20001000000074011', contact: { id: '20001000000042032', lastName: 'Weber' } })
    const t = await h.client.getTicket('20001000000123457', { include: 'contacts' })
    expect(t.id).to.equal('20001000000123457')
    expect(t.threadCount).to.equal('3')
    expect((t as Record<string, unknown>).layoutId).to.equal('20001000000074011')
    expect(t.contact?.lastName).to.equal('Weber')
  })

  it('reads every page of a ticket\'s threads, 200 at a time, until a short page', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const id = '20001000000123457'
    desk(token).get(`${API_ROOT}/tickets/${id}/threads`).query({ from: '0', limit: '200' }).reply(200, { data: range(200).map((n) => thread(n)) })
    desk(token).get(`${API_ROOT}/tickets/${id}/threads`).query({ from: '200', limit: '200' }).reply(200, { data: range(3, 200).map((n) => thread(n, { direction: 'in' })) })
    const threads = await h.client.getThreads(id)
    expect(threads).to.have.length(203)
    expect(threads[202]!.direction).to.equal('in')
    expect(nock.pendingMocks()).to.deep.equal([])
  })

  it('reads a ticket\'s status history by the status field\'s API name, 50 events a page (History\'s maximum), until a short page', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const id = '20001000000123457'
    desk(token).get(`${API_ROOT}/tickets/${id}/History`).query({ from: '0', limit: '50', fieldName: 'status' }).reply(200, { data: range(50).map(historyEvent) })
    desk(token).get(`${API_ROOT}/tickets/${id}/History`).query({ from: '50', limit: '50', fieldName: 'status' }).reply(200, { data: range(2, 50).map(historyEvent) })
    const events = await h.client.getHistory(id, { fieldName: 'status' })
    expect(events).to.have.length(52)
    expect(events[0]).to.deep.include({ eventName: 'TicketUpdated', eventTime: '2026-03-02T10:00:00.000Z' })
    expect(events[0]!.eventInfo).to.deep.equal([
      { propertyName: 'Status', propertyType: 'ValueTransition', propertyValue: { previousValue: 'Open', updatedValue: 'Waiting on partner' }, systemProperty: true },
    ])
    expect(nock.pendingMocks()).to.deep.equal([])
  })

  it('reads History events whose times are epoch milliseconds and whose values are {id, name, type} objects, as Zoho\'s examples show', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const id = '20001000000123457'
    desk(token).get(`${API_ROOT}/tickets/${id}/History`).query({ from: '0', limit: '50', fieldName: 'status' }).reply(200, {
      data: [{
        eventName: 'TicketUpdated', eventTime: 1772445600000, actor: { id: 7000000025001, name: 'Alex', type: ['Agent'] }, source: null,
        eventInfo: [{ propertyName: 'Case Owner', propertyType: 'ValueTransition', systemProperty: true,
          propertyValue: { previousValue: null, updatedValue: { id: '7000000000059', name: 'Steve', type: 'Agent' } } }],
        actorInfo: [],
      }],
    })
    const [event] = await h.client.getHistory(id, { fieldName: 'status' })
    expect(event!.eventTime).to.equal('2026-03-02T10:00:00.000Z')
    expect(event!.actor).to.deep.include({ id: '7000000025001', type: 'Agent' })
  })

  it('treats an empty History (204) as no events', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/1/History`).query({ from: '0', limit: '50', fieldName: 'status' }).reply(204)
    expect(await h.client.getHistory('1', { fieldName: 'status' })).to.deep.equal([])
  })

  it('reads an account and a contact by id', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token)
      .get(`${API_ROOT}/accounts/20001000000052077`)
      .reply(200, { id: '20001000000052077', accountName: 'Müller GmbH', country: 'Germany', state: 'Bavaria', city: 'Munich', cf: { cf_tier: 'Gold' } })
    desk(token)
      .get(`${API_ROOT}/contacts/20001000000042032`)
      .reply(200, { id: '20001000000042032', firstName: 'Jana', lastName: 'Weber', email: 'jana@example.com', accountId: '20001000000052077' })
    const account = await h.client.getAccount('20001000000052077')
    const contact = await h.client.getContact('20001000000042032')
    expect(account).to.deep.include({ accountName: 'Müller GmbH', country: 'Germany' })
    expect(contact).to.deep.include({ lastName: 'Weber', accountId: '20001000000052077' })
  })

  it('patches only the given ticket fields and names the installation as the source of the write', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const patch = { cf: { cf_sla_ack_due: '2026-03-02T13:15:00.000Z', cf_response_due: '2026-03-02T13:15:00.000Z' }, dueDate: '2026-03-03T09:15:00.000Z' }
    const scope = nock(API_HOST, { reqheaders: { authorization: `Zoho-oauthtoken ${token}`, orgid: ORG, sourceid: INSTALLATION, 'content-type': /application\/json/ } })
      .patch(`${API_ROOT}/tickets/20001000000123457`, (body) => JSON.stringify(body) === JSON.stringify(patch))
      .reply(200, ticket(457, { id: '20001000000123457', ...patch }))
    const updated = await h.client.updateTicket('20001000000123457', patch)
    expect(updated.dueDate).to.equal('2026-03-03T09:15:00.000Z')
    expect(scope.isDone()).to.equal(true)
  })

  it('refuses to send a patch with a key desk-sla never writes, without calling Desk', async () => {
    const h = makeClient()
    await seedToken(h)
    const err = await rejection(h.client.updateTicket('20001000000123457', { subject: 'x' } as never))
    expect(err.code).to.equal('DESK_BAD_INPUT')
    // Desk computes responseDueDate and takes only null there (Ticket.json updateTicketRequest): desk-sla never sends it
    const due = await rejection(h.client.updateTicket('20001000000123457', { responseDueDate: '2026-03-02T13:15:00.000Z' } as never))
    expect(due.code).to.equal('DESK_BAD_INPUT')
  })

  it('adds a private plain-text comment', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const scope = nock(API_HOST, { reqheaders: { authorization: `Zoho-oauthtoken ${token}`, orgid: ORG, sourceid: INSTALLATION } })
      .post(`${API_ROOT}/tickets/20001000000123457/comments`, { content: 'SLA: first response due 13:15 UTC', isPublic: false, contentType: 'plainText' })
      .reply(200, { id: '20001000000400001', commentedTime: '2026-03-02T11:00:00.000Z', content: 'SLA: first response due 13:15 UTC', isPublic: false })
    const comment = await h.client.addPrivateComment('20001000000123457', 'SLA: first response due 13:15 UTC')
    expect(comment.id).to.equal('20001000000400001')
    expect(scope.isDone()).to.equal(true)
  })

  it("reads every page of a ticket's comments, oldest first, 100 at a time", async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const id = '20001000000123457'
    const comment = (n: number) => ({ id: String(20001000000400000 + n), commentedTime: '2026-03-02T11:00:00.000Z', content: `note ${n}`, isPublic: false })
    desk(token).get(`${API_ROOT}/tickets/${id}/comments`).query({ from: '0', limit: '100', sortBy: 'commentedTime' }).reply(200, { data: range(100).map(comment) })
    desk(token).get(`${API_ROOT}/tickets/${id}/comments`).query({ from: '100', limit: '100', sortBy: 'commentedTime' }).reply(200, { data: [comment(100)] })
    const comments = await h.client.getComments(id)
    expect(comments).to.have.length(101)
    expect(comments[100]!.content).to.equal('note 100')
    expect(nock.pendingMocks()).to.deep.equal([])
  })

  it('creates, lists and deletes webhook subscriptions, subscriptions keyed by event name', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const body = {
      name: 'desk-sla',
      url: `https://sla.example.com/hooks/desk/${INSTALLATION}/s3cr3t`,
      subscriptions: { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null },
      ignoreSourceId: INSTALLATION,
      isEnabled: true,
    }
    const created = { id: '20001000000500001', ...body, createdTime: '2026-03-02T09:00:00.000Z' }
    desk(token).post(`${API_ROOT}/webhooks`, body).reply(200, created)
    desk(token).get(`${API_ROOT}/webhooks`).reply(200, { data: [created] })
    const del = nock(API_HOST, { reqheaders: { authorization: `Zoho-oauthtoken ${token}`, orgid: ORG } })
      .delete(`${API_ROOT}/webhooks/20001000000500001`)
      .reply(204)
    const hook = await h.client.createWebhook(body)
    expect(hook.id).to.equal('20001000000500001')
    const hooks = await h.client.listWebhooks()
    expect(hooks.map((w) => w.id)).to.deep.equal(['20001000000500001'])
    expect(hooks[0]!.subscriptions.Ticket_Update).to.deep.equal({ includePrevState: true })
    await h.client.deleteWebhook('20001000000500001')
    expect(del.isDone()).to.equal(true)
  })

  it('reads an empty 204 answer as an empty list', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '0', limit: '100' }).reply(204)
    expect(await h.client.listTickets()).to.deep.equal([])
  })

  it('refuses ids that are not Desk id strings before calling Desk', async () => {
    const h = makeClient()
    await seedToken(h)
    const err = await rejection(h.client.getTicket('../accounts/1'))
    expect(err.code).to.equal('DESK_BAD_INPUT')
    const numeric = await rejection(h.client.getTicket(20001000000123457 as never))
    expect(numeric.code).to.equal('DESK_BAD_INPUT')
  })
})

describe('desk client: paging to the end', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('walks ticket pages until a short page and yields each page once', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '0', limit: '100', sortBy: 'createdTime' }).reply(200, { data: range(100).map((n) => ticket(n)) })
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '100', limit: '100', sortBy: 'createdTime' }).reply(200, { data: range(100, 100).map((n) => ticket(n)) })
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '200', limit: '100', sortBy: 'createdTime' }).reply(200, { data: range(37, 200).map((n) => ticket(n)) })
    const sizes: number[] = []
    for await (const page of h.client.iterateTickets({ sortBy: 'createdTime' })) sizes.push(page.length)
    expect(sizes).to.deep.equal([100, 100, 37])
    expect(nock.pendingMocks()).to.deep.equal([])
  })

  it('stops on an empty page after an exactly full one without yielding it', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '0', limit: '2' }).reply(200, { data: [ticket(1), ticket(2)] })
    desk(token).get(`${API_ROOT}/tickets`).query({ from: '2', limit: '2' }).reply(204)
    const pages = []
    for await (const page of h.client.iterateTickets({ limit: 2 })) pages.push(page)
    expect(pages).to.have.length(1)
  })
})

describe('desk client: modified-since search', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('searches a modified-time range sorted by modifiedTime, page by page to a short page', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const q = { modifiedTimeRange: '2026-03-02T09:00:00.000Z,2026-03-02T10:00:00.000Z', sortBy: 'modifiedTime', departmentId: '20001000000000907', limit: '100' }
    desk(token).get(`${API_ROOT}/tickets/search`).query({ ...q, from: '0' }).reply(200, { data: range(100).map((n) => ticket(n)) })
    desk(token).get(`${API_ROOT}/tickets/search`).query({ ...q, from: '100' }).reply(200, { data: range(5, 100).map((n) => ticket(n)) })
    const search = h.client.searchTicketsModifiedSince({ from: '2026-03-02T09:00:00Z', to: '2026-03-02T10:00:00.000Z', departmentId: '20001000000000907' })
    const ids: string[] = []
    let step = await search.next()
    while (!step.done) {
      ids.push(...step.value.map((t) => t.id))
      step = await search.next()
    }
    expect(ids).to.have.length(105)
    expect(step.value).to.deep.equal({ truncated: false })
  })

  it('stops at the search\'s offset ceiling of 999 (Search.json) and says the range was cut short', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const offsets: number[] = []
    desk(token)
      .get(`${API_ROOT}/tickets/search`)
      .query(true)
      .times(60)
      .reply(200, (req: unknown) => {
        const from = Number(requestUrl(req).searchParams.get('from'))
        offsets.push(from)
        return { data: range(100, from).map((n) => ticket(n)) }
      })
    const search = h.client.searchTicketsModifiedSince({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z' })
    let pages = 0
    let step = await search.next()
    while (!step.done) {
      pages++
      step = await search.next()
    }
    expect(pages).to.equal(10)
    expect(offsets.at(-1)).to.equal(900)
    expect(step.value).to.deep.equal({ truncated: true })
  })

  it('refuses a range bound that is not a date', async () => {
    const h = makeClient()
    await seedToken(h)
    const err = await rejection(h.client.searchTicketsModifiedSince({ from: 'yesterday', to: '2026-03-02T00:00:00.000Z' }).next())
    expect(err.code).to.equal('DESK_BAD_INPUT')
  })
})

describe('desk client: faults and retries', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  const id = '20001000000123457'

  it('waits the Retry-After Desk asks for on a 429, then succeeds', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(429, { errorCode: 'THRESHOLD_EXCEEDED', message: 'credits exhausted' }, { 'Retry-After': '7' })
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(200, ticket(457))
    await h.client.getTicket(id)
    expect(h.clock.sleeps).to.deep.equal([7000])
  })

  it('backs off exponentially on a 429 without Retry-After', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).times(3).reply(429, { errorCode: 'TOO_MANY_REQUESTS', message: 'too many parallel calls' })
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(200, ticket(457))
    await h.client.getTicket(id)
    expect(h.clock.sleeps).to.deep.equal([1000, 2000, 4000])
  })

  it('does not wait when Retry-After is beyond the configured cap, and reports the wait asked for', async () => {
    const h = makeClient({ maxRetryAfterMs: 60_000 })
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(429, { errorCode: 'THRESHOLD_EXCEEDED', message: 'credits exhausted' }, { 'Retry-After': '3600' })
    const err = await rejection(h.client.getTicket(id))
    expect(err.code).to.equal('DESK_RATE_LIMITED')
    expect(err.deskErrorCode).to.equal('THRESHOLD_EXCEEDED')
    expect(err.details.retryAfterMs).to.equal(3_600_000)
    expect(h.clock.sleeps).to.deep.equal([])
  })

  it('retries a 5xx and returns the answer that follows', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(503, 'Service Unavailable')
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(200, ticket(457))
    const t = await h.client.getTicket(id)
    expect(t.ticketNumber).to.equal('5157')
    expect(h.clock.sleeps).to.deep.equal([1000])
  })

  it('retries a request that timed out, then succeeds', async () => {
    const h = makeClient({ timeoutMs: 25 })
    const token = await seedToken(h)
    // the first answer comes after the client's 25 ms timeout
    desk(token)
      .get(`${API_ROOT}/tickets/${id}`)
      .reply(async () => {
        await new Promise((resolve) => setTimeout(resolve, 250))
        return [200, JSON.stringify(ticket(457))]
      })
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(200, ticket(457))
    const t = await h.client.getTicket(id)
    expect(t.id).to.equal(ticket(457).id)
    expect(h.clock.sleeps).to.deep.equal([1000])
  })

  it('gives up after 5 tries with a clear error naming the call and the attempts', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).times(5).reply(502, { errorCode: 'BAD_GATEWAY', message: 'upstream' })
    const err = await rejection(h.client.getTicket(id))
    expect(err.code).to.equal('DESK_HTTP_5XX')
    expect(err.message).to.equal('Desk answered 502 BAD_GATEWAY to GET /tickets/{id}: upstream')
    expect(err.details.attempts).to.equal(5)
    expect(h.clock.sleeps).to.deep.equal([1000, 2000, 4000, 8000])
    expect(nock.pendingMocks()).to.deep.equal([])
  })

  it('gives up on repeated network failures with DESK_NETWORK', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).times(5).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    const err = await rejection(h.client.getTicket(id))
    expect(err.code).to.equal('DESK_NETWORK')
    expect(err.details).to.deep.include({ errorCode: 'ECONNRESET', attempts: 5 })
  })

  it('does not repeat a comment whose request may have reached Desk', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).post(`${API_ROOT}/tickets/${id}/comments`).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    const err = await rejection(h.client.addPrivateComment(id, 'note'))
    expect(err.code).to.equal('DESK_NETWORK')
    expect(err.details.attempts).to.equal(1)
  })

  it('reports invalid JSON from Desk as DESK_BAD_RESPONSE', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/${id}`).reply(200, '{"id":"2000100', { 'Content-Type': 'application/json' })
    const err = await rejection(h.client.getTicket(id))
    expect(err.code).to.equal('DESK_BAD_RESPONSE')
    expect(err.message).to.contain('invalid JSON')
  })

  it('reports a missing required field with its path', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    const { statusType: _dropped, ...broken } = ticket(2)
    desk(token).get(`${API_ROOT}/tickets`).query(true).reply(200, { data: [ticket(1), broken] })
    const err = await rejection(h.client.listTickets())
    expect(err.code).to.equal('DESK_BAD_RESPONSE')
    expect(err.details.path).to.equal('data[1].statusType')
    expect(err.message).to.contain('data[1].statusType')
  })

  it('does not retry a 422 and reports Desk\'s error code, message and field errors', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token)
      .patch(`${API_ROOT}/tickets/${id}`)
      .reply(422, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The field cf_sla_tier is not valid', errors: [{ fieldName: '/cf/cf_sla_tier', errorType: 'invalid' }] })
    const err = await rejection(h.client.updateTicket(id, { cf: { cf_sla_tier: 'Gold' } }))
    expect(err.code).to.equal('DESK_INVALID_REQUEST')
    expect(err.status).to.equal(422)
    expect(err.deskErrorCode).to.equal('UNPROCESSABLE_ENTITY')
    expect(err.details.deskMessage).to.equal('The field cf_sla_tier is not valid')
    expect(err.details.errors).to.deep.equal([{ fieldName: '/cf/cf_sla_tier', errorType: 'invalid' }])
    expect(h.clock.sleeps).to.deep.equal([])
  })

  it('maps 403 and 404 to their own codes without retrying', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/accounts/1`).reply(403, { errorCode: 'SCOPE_MISMATCH', message: 'scope' })
    desk(token).get(`${API_ROOT}/contacts/2`).reply(404, { errorCode: 'URL_NOT_FOUND', message: 'nope' })
    expect((await rejection(h.client.getAccount('1'))).code).to.equal('DESK_FORBIDDEN')
    expect((await rejection(h.client.getContact('2'))).code).to.equal('DESK_NOT_FOUND')
    expect(h.clock.sleeps).to.deep.equal([])
  })
})

describe('desk client: expired access token', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('answers a 401 INVALID_OAUTH with exactly one refresh and one retry', async () => {
    const h = makeClient()
    const stale = await seedToken(h, '1000.revoked-early')
    const calls = { n: 0 }
    mockTokenEndpoint('1000.fresh-access', { calls })
    desk(stale).get(`${API_ROOT}/tickets/1`).reply(401, { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' })
    desk('1000.fresh-access').get(`${API_ROOT}/tickets/1`).reply(200, ticket(1))
    const t = await h.client.getTicket('1')
    expect(t.id).to.equal(ticket(1).id)
    expect(calls.n).to.equal(1)
    expect((await h.store.get(INSTALLATION))?.accessToken).to.equal('1000.fresh-access')
  })

  it('fails with DESK_UNAUTHORIZED when the fresh token is refused too, after one refresh only', async () => {
    const h = makeClient()
    const stale = await seedToken(h, '1000.revoked-early')
    const calls = { n: 0 }
    mockTokenEndpoint('1000.fresh-access', { calls, times: 3 })
    desk(stale).get(`${API_ROOT}/tickets/1`).reply(401, { errorCode: 'INVALID_OAUTH', message: 'invalid' })
    desk('1000.fresh-access').get(`${API_ROOT}/tickets/1`).reply(401, { errorCode: 'INVALID_OAUTH', message: 'invalid' })
    const err = await rejection(h.client.getTicket('1'))
    expect(err.code).to.equal('DESK_UNAUTHORIZED')
    expect(calls.n).to.equal(1)
  })
})

describe('desk client: concurrency and credits', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('never has more than 2 calls in flight to one org', async () => {
    const h = makeClient()
    const token = await seedToken(h)
    let inFlight = 0
    let peak = 0
    desk(token)
      .get(/\/api\/v1\/tickets\/\d+$/)
      .times(8)
      .reply(async (req: unknown) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise((resolve) => setImmediate(resolve))
        await new Promise((resolve) => setTimeout(resolve, 5))
        inFlight--
        return [200, JSON.stringify(ticket(Number(requestUrl(req).pathname.split('/').at(-1))))]
      })
    const got = await Promise.all(range(8, 1).map((n) => h.client.getTicket(String(n))))
    expect(got).to.have.length(8)
    expect(peak).to.equal(2)
  })

  it('shares the 2-call cap between clients of the same org in one process', async () => {
    const a = makeClient()
    const token = await seedToken(a)
    const b = makeClient({ tokenStore: a.store, limiters: a.limiters, clock: a.clock })
    let inFlight = 0
    let peak = 0
    desk(token)
      .get(/\/api\/v1\/tickets\/\d+$/)
      .times(6)
      .reply(async () => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 5))
        inFlight--
        return [200, JSON.stringify(ticket(1))]
      })
    await Promise.all([...range(3).map(() => a.client.getTicket('1')), ...range(3).map(() => b.client.getTicket('1'))])
    expect(peak).to.equal(2)
  })

  it('tracks the remaining credits header and asks to defer non-urgent reads below 10 %', async () => {
    const h = makeClient({ dailyCredits: 5000 })
    const token = await seedToken(h)
    expect(h.client.remainingFraction()).to.equal(null)
    desk(token).get(`${API_ROOT}/tickets/1`).reply(200, ticket(1), { 'X-Rate-Limit-Remaining-v3': '4000', 'X-Rate-Limit-Request-Weight-v3': '1' })
    desk(token).get(`${API_ROOT}/tickets/1`).reply(200, ticket(1), { 'X-Rate-Limit-Remaining-v3': '499', 'X-Rate-Limit-Request-Weight-v3': '1' })
    await h.client.getTicket('1')
    expect(h.client.remainingFraction()).to.equal(0.8)
    expect(h.client.shouldDeferNonUrgentReads()).to.equal(false)
    await h.client.getTicket('1')
    expect(h.client.remainingFraction()).to.be.closeTo(0.0998, 1e-9)
    expect(h.client.shouldDeferNonUrgentReads()).to.equal(true)
  })

  it('waits for the per-minute budget instead of exceeding it', async () => {
    const h = makeClient({ requestsPerMinute: 2 })
    const token = await seedToken(h)
    desk(token).get(`${API_ROOT}/tickets/1`).times(3).reply(200, ticket(1))
    await h.client.getTicket('1')
    h.clock.advance(10_000)
    await h.client.getTicket('1')
    await h.client.getTicket('1')
    // the third call starts when the first leaves the 60 s window
    expect(h.clock.sleeps).to.deep.equal([50_000])
  })
})

describe('desk client: secrets', () => {
  before(() => nock.disableNetConnect())
  after(() => nock.enableNetConnect())
  afterEach(() => nock.cleanAll())

  it('keeps tokens and secrets out of errors and log lines', async () => {
    const lines: string[] = []
    const capture = (level: string) => (message: string, meta?: Record<string, unknown>) => lines.push(`${level} ${message} ${JSON.stringify(meta)}`)
    const logger = { debug: capture('debug'), info: capture('info'), warn: capture('warn'), error: capture('error') }
    const h = makeClient({ logger })
    const calls = { n: 0 }
    mockTokenEndpoint('1000.minted-secret-access', { calls })
    // Desk echoing the token back in a message must not carry it into the error
    desk('1000.minted-secret-access')
      .get(`${API_ROOT}/tickets/1`)
      .times(5)
      .reply(500, { errorCode: 'INTERNAL', message: 'failed for token 1000.minted-secret-access' })
    nock(ACCOUNTS).post('/oauth/v2/token').reply(200, { error: 'invalid_client' })
    const errors = [await rejection(h.client.getTicket('1'))]
    const other = makeClient({ logger })
    errors.push(await rejection(other.client.getTicket('2')))
    for (const err of errors) {
      expect(isDeskError(err)).to.equal(true)
      const shown = [err.message, JSON.stringify(err), inspect(err, { depth: 8 }), ...lines].join('\n')
      for (const secret of ['1000.minted-secret-access', CLIENT_SECRET, REFRESH_TOKEN]) expect(shown).not.to.contain(secret)
    }
    expect(errors.map((e) => e.code)).to.deep.equal(['DESK_HTTP_5XX', 'DESK_OAUTH_CLIENT_INVALID'])
    expect(lines.length).to.be.greaterThan(0)
  })
})
