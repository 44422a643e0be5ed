// The contract suite (issue 13): both sides of every Desk call desk-sla makes are held to what Zoho
// publishes (test/contract/zoho.ts, written from Zoho's OpenAPI files):
// 1. Zoho's own examples (test/fixtures/zoho) fit the contract, and the Desk client parses each of them;
// 2. the sandbox — the test double every other test trusts — answers in exactly those shapes;
// 3. what the client sends (captured by the sandbox's request log) is what the endpoints take.
import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { createDeskClient, type DeskClient } from '../../src/desk/client.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import * as client from '../../src/desk/schemas.js'
import { MemoryTokenStore } from '../../src/desk/token-store.js'
import { statusChanges } from '../../src/desk/status-history.js'
import { DEFAULT_STATUSES } from '../../src/sandbox/model.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import * as contract from './zoho.js'

const FIXTURES = new URL('../fixtures/zoho/', import.meta.url)
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'))

/** the first issue of a parse, as a readable line, or null */
function problem(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value)
  if (r.success) return null
  const i = r.error.issues[0]!
  return `${i.path.join('.') || '(root)'}: ${i.message}`
}

function fits(schema: z.ZodType, value: unknown, what: string): void {
  expect(problem(schema, value), `${what} does not fit the contract`).to.equal(null)
}

const INSTALLATION = '6b0f9d3e-2c41-4a8e-9f57-1d2e3c4b5a69'

describe('contract: Zoho\'s own examples fit the contract, and the Desk client parses each of them', () => {
  const cases: Array<[string, z.ZodType, z.ZodType]> = [
    ['history-ticket-created.json', contract.HistoryAnswer, client.listOf(client.HistoryEvent)],
    ['ticket.json', contract.Ticket, client.Ticket],
    ['tickets-list.json', contract.listOf(contract.TicketListItem), client.listOf(client.Ticket)],
    ['search-tickets.json', contract.SearchAnswer, client.listOf(client.Ticket)],
    ['threads-list.json', contract.listOf(contract.Thread), client.listOf(client.Thread)],
    ['comment.json', contract.Comment, client.Comment],
    ['comments-list.json', contract.listOf(contract.Comment), client.listOf(client.Comment)],
    ['fields-list.json', contract.listOf(contract.Field), client.listOf(client.DeskField)],
    ['webhooks-list.json', contract.listOf(contract.Webhook), client.listOf(client.Webhook)],
    ['account.json', contract.Account, client.Account],
    ['accounts-list.json', contract.listOf(contract.AccountListItem), client.listOf(client.Account)],
  ]
  for (const [file, zoho, ours] of cases) {
    it(`${file}: fits the contract and parses`, () => {
      const value = fixture(file)
      fits(zoho, value, file)
      expect(() => client.parseDesk(ours, value, file)).to.not.throw()
    })
  }

  it('normalises the examples\' epoch-millisecond times to ISO, keeps ids as strings and reads one-element enumerations', () => {
    const t = client.parseDesk(client.Ticket, fixture('ticket.json'), 'ticket')
    expect(t).to.include({ createdTime: '2013-11-04T11:21:07.000Z', modifiedTime: '2016-06-21T10:16:15.000Z', dueDate: '2016-06-21T16:16:16.000Z', id: '1892000000042034', ticketNumber: '101' })
    expect(t.webUrl).to.equal('https://desk.example.com/support/zylker/ShowHomePage.do#Cases/dv/d126330fb061247d9ebddaeb9d93ba74750b0284bc703b38')
    const [thread] = client.parseDesk(client.listOf(client.Thread), fixture('threads-list.json'), 'threads').data
    expect(thread!.author!.type).to.equal('END_USER')
    const h = client.parseDesk(client.listOf(client.HistoryEvent), fixture('history-ticket-created.json'), 'history').data
    expect(statusChanges(h)).to.deep.equal([{ at: '2020-06-03T11:14:52.000Z', from: null, to: 'Open' }])
  })

  for (const file of ['error-invalid-data.json', 'error-unprocessable.json', 'error-url-not-found.json', 'error-license.json']) {
    it(`${file}: is Desk's error body and the client reads its code`, () => {
      fits(contract.ErrorBody, fixture(file), file)
      expect(client.DeskErrorBody.safeParse(fixture(file)).success).to.equal(true)
    })
  }

  it('refuses what the contract must refuse: a History event with a made-up property type, a fieldChanges list, an error code Zoho does not have', () => {
    const event = (fixture('history-ticket-created.json') as { data: Array<Record<string, unknown>> }).data[0]!
    expect(problem(contract.HistoryEvent, { ...event, eventInfo: [{ propertyName: 'Status', propertyType: 'Change', propertyValue: 'x', systemProperty: true }] })).to.match(/propertyType/)
    expect(problem(contract.HistoryEvent, { ...event, fieldChanges: [] })).to.match(/fieldChanges|Unrecognized/)
    expect(problem(contract.ErrorBody, { errorCode: 'NOPE', message: 'x' })).to.match(/errorCode/)
    expect(problem(contract.HistoryAnswer, { data: [{ ...event, eventTime: 1 }, event] })).to.match(/newest first/)
  })
})

describe('contract: the sandbox answers as Zoho documents, and the client sends only what Desk takes', function () {
  this.timeout(60_000)
  let sb: Sandbox
  let desk: DeskClient
  let ticketId: string
  let token: string
  const clock = { now: Date.parse('2026-03-02T09:00:00.000Z') }

  before(async () => {
    sb = await createSandbox({ clock: () => clock.now, statuses: [...DEFAULT_STATUSES, { name: 'Waiting on partner', type: 'On Hold' }], checkWebhookUrl: async () => true })
    sb.seed({
      accounts: [{ id: '20001000002999001', accountName: 'Nordwerk GmbH', country: 'Germany', state: 'Bavaria', city: 'München', cf: { cf_partner_tier: 'Advanced' } }],
      contacts: [{ id: '20001000003999001', firstName: 'Jana', lastName: 'Weber', email: 'jana@nordwerk.example.com', accountId: '20001000002999001', country: 'Germany' }],
    })
    const t = sb.ops.create({ subject: 'Sync fails', description: 'It fails.', contactId: '20001000003999001', departmentId: sb.state.defaultDepartmentId() },
      { actor: { name: 'Jana Weber', type: 'END_USER' } })
    ticketId = String(t.id)
    clock.now += 30 * 60_000
    sb.ops.sendReply(ticketId, { content: 'Looking into it.' }, { actor: { name: 'Sandbox Admin', type: 'AGENT' } })
    clock.now += 30 * 60_000
    sb.ops.update(ticketId, { status: 'Waiting on partner', priority: 'High', cf: { cf_severity: '2' }, assigneeId: [...sb.state.agents.keys()][1] },
      { actor: { name: 'Ana Silva', type: 'AGENT' } })
    sb.ops.addComment(ticketId, { content: 'internal', isPublic: false }, { actor: { name: 'Ana Silva', type: 'AGENT' } })
    desk = createDeskClient({
      ...sb.connection(), installationId: INSTALLATION, tokenStore: new MemoryTokenStore(), now: () => clock.now,
      sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000,
    })
    const mint = await fetch(`${sb.accountsUrl}/oauth/v2/token`, { method: 'POST', body: new URLSearchParams({
      grant_type: 'refresh_token', client_id: sb.clientId, client_secret: sb.clientSecret, refresh_token: sb.refreshToken }) })
    token = ((await mint.json()) as { access_token: string }).access_token
  })
  after(async () => {
    await sb.close()
  })

  async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${sb.apiBase}${path}`, {
      method,
      headers: { Authorization: `Zoho-oauthtoken ${token}`, orgId: sb.orgId, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const text = await res.text()
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  async function answers(path: string, schema: z.ZodType): Promise<unknown> {
    const res = await api('GET', path)
    expect(res.status, `GET ${path}: ${JSON.stringify(res.body)}`).to.equal(200)
    fits(schema, res.body, `the sandbox's GET ${path}`)
    return res.body
  }

  it('answers the OAuth token request in Zoho Accounts\' shape', async () => {
    const res = await fetch(`${sb.accountsUrl}/oauth/v2/token`, { method: 'POST', body: new URLSearchParams({
      grant_type: 'refresh_token', client_id: sb.clientId, client_secret: sb.clientSecret, refresh_token: sb.refreshToken }) })
    fits(contract.TokenAnswer, await res.json(), 'the token answer')
  })

  it('answers tickets, search and one ticket in Ticket.json\'s and Search.json\'s shapes', async () => {
    await answers('/tickets?from=0&limit=10', contract.listOf(contract.TicketListItem))
    await answers(`/tickets/${ticketId}`, contract.Ticket)
    const range = encodeURIComponent('2026-03-02T00:00:00.000Z,2026-03-03T00:00:00.000Z')
    await answers(`/tickets/search?modifiedTimeRange=${range}&sortBy=modifiedTime&from=0&limit=100`, contract.SearchAnswer)
    const patched = await api('PATCH', `/tickets/${ticketId}`, { cf: { cf_sla_status: 'On track' } })
    fits(contract.Ticket, patched.body, 'the PATCH answer')
  })

  it('answers History in TicketHistory.json\'s shape, newest first, status changes as ValueTransitions of status names', async () => {
    const h = (await answers(`/tickets/${ticketId}/History?fieldName=status&from=0&limit=50`, contract.HistoryAnswer)) as { data: Array<{ eventName: string; eventInfo: unknown[] }> }
    expect(h.data.map((e) => e.eventName)).to.deep.equal(['TicketUpdated', 'TicketCreated'])
    expect(h.data[0]!.eventInfo).to.deep.include({ propertyName: 'Status', propertyType: 'ValueTransition', propertyValue: { previousValue: 'Open', updatedValue: 'Waiting on partner' }, systemProperty: true })
    const all = (await answers(`/tickets/${ticketId}/History`, contract.HistoryAnswer)) as { data: Array<{ eventInfo: Array<{ propertyName: string; propertyValue: unknown }> }> }
    const owner = all.data.flatMap((e) => e.eventInfo).find((p) => p.propertyName === 'Case Owner')
    expect((owner!.propertyValue as { updatedValue: unknown }).updatedValue).to.deep.include({ type: 'Agent' })
  })

  it('answers threads and comments in Thread.json\'s and TicketComment.json\'s shapes', async () => {
    await answers(`/tickets/${ticketId}/threads?from=0&limit=200`, contract.listOf(contract.Thread))
    await answers(`/tickets/${ticketId}/comments?from=0&limit=100&sortBy=commentedTime`, contract.listOf(contract.Comment))
    const created = await api('POST', `/tickets/${ticketId}/comments`, { content: 'SLA computed', isPublic: false, contentType: 'plainText' })
    fits(contract.Comment, created.body, 'the comment answer')
  })

  it('answers accounts and contacts in Account.json\'s and Contact.json\'s shapes', async () => {
    await answers('/accounts?from=0&limit=100', contract.listOf(contract.AccountListItem))
    await answers('/accounts/20001000002999001', contract.Account)
    await answers('/contacts/20001000003999001', contract.Contact)
    const patched = await api('PATCH', '/accounts/20001000002999001', { cf: { cf_partner_score: 512 } })
    fits(contract.Account, patched.body, 'the account PATCH answer')
  })

  it('answers the fields listings in Field.json\'s and FieldOld.json\'s shapes, the status field with its status types', async () => {
    const list = (await answers('/fields?module=tickets', contract.listOf(contract.Field))) as { data: Array<{ id: string; apiName: string }> }
    const status = list.data.find((f) => f.apiName === 'status')!
    const full = (await answers(`/fields/${status.id}`, contract.Field)) as { pickListValues: unknown[] }
    expect(full.pickListValues).to.deep.include({ value: 'Waiting on partner', statusType: 'On Hold' })
    await answers('/organizationFields?module=tickets', contract.listOf(contract.FieldOld))
    await answers('/organizationFields?module=accounts', contract.listOf(contract.FieldOld))
  })

  it('answers webhooks in Webhook.json\'s shape and deletes with 200 and no content', async () => {
    const created = await api('POST', '/webhooks', { name: 'contract', url: 'https://sla.example.com/hooks/desk/x/y', subscriptions: { Ticket_Add: null }, ignoreSourceId: INSTALLATION })
    fits(contract.Webhook, created.body, 'the webhook answer')
    await answers('/webhooks', contract.listOf(contract.Webhook))
    const gone = await api('DELETE', `/webhooks/${(created.body as { id: string }).id}`)
    expect([gone.status, gone.body]).to.deep.equal([200, undefined])
  })

  it('answers errors in Common.json\'s shape: INVALID_DATA for a bad body, UNPROCESSABLE_ENTITY for a bad parameter, URL_NOT_FOUND', async () => {
    const bad = await api('PATCH', `/tickets/${ticketId}`, { cf: { cf_nope: 'x' } })
    expect(bad.status).to.equal(422)
    fits(contract.ErrorBody, bad.body, 'the 422 body')
    expect(bad.body).to.include({ errorCode: 'INVALID_DATA' })
    const param = await api('GET', `/tickets/${ticketId}/History?limit=51`)
    fits(contract.ErrorBody, param.body, 'the bad-parameter body')
    expect(param.body).to.include({ errorCode: 'UNPROCESSABLE_ENTITY' })
    const missing = await api('GET', '/tickets/20001000009999999')
    fits(contract.ErrorBody, missing.body, 'the 404 body')
  })

  it('refuses a date in responseDueDate on create and update with 422 INVALID_DATA, as Ticket.json allows only "null" there', async () => {
    const patched = await api('PATCH', `/tickets/${ticketId}`, { responseDueDate: '2026-03-02T13:00:00.000Z' })
    expect(patched.status).to.equal(422)
    fits(contract.ErrorBody, patched.body, 'the 422 body')
    expect(patched.body).to.deep.include({ errorCode: 'INVALID_DATA' })
    expect((patched.body as { errors: Array<{ fieldName: string }> }).errors.map((e) => e.fieldName)).to.deep.equal(['/responseDueDate'])
    const created = await api('POST', '/tickets', { subject: 'Due by us', departmentId: sb.state.defaultDepartmentId(),
      contactId: '20001000003999001', responseDueDate: '2026-03-02T13:00:00.000Z' })
    expect([created.status, (created.body as { errorCode?: string }).errorCode]).to.deep.equal([422, 'INVALID_DATA'])
    const cleared = await api('PATCH', `/tickets/${ticketId}`, { responseDueDate: null })
    expect(cleared.status).to.equal(200)
    expect((cleared.body as { responseDueDate: unknown }).responseDueDate).to.equal(null)
  })

  it('the client sends only what each endpoint takes: every method of the Desk client, captured', async () => {
    sb.requests.clear()
    await desk.listTickets({ limit: 10, include: ['contacts', 'assignee'] })
    for await (const page of desk.iterateTickets({ limit: 100 })) expect(page.length).to.be.greaterThan(0)
    const search = desk.searchTicketsModifiedSince({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' })
    while (!(await search.next()).done) { /* every page */ }
    await desk.getTicket(ticketId, { include: 'contacts' })
    await desk.getThreads(ticketId)
    await desk.getHistory(ticketId, { fieldName: 'status' })
    await desk.getComments(ticketId)
    await desk.getAccount('20001000002999001')
    for await (const page of desk.iterateAccounts({ fields: ['country', 'cf_partner_tier'] })) expect(page[0]!.cf).to.deep.equal({ cf_partner_tier: 'Advanced' })
    await desk.updateAccount('20001000002999001', { cf: { cf_partner_score: 640 } })
    await desk.getContact('20001000003999001')
    await desk.updateTicket(ticketId, { cf: { cf_sla_status: 'At risk', cf_response_due: '2026-03-02T13:00:00.000Z' }, dueDate: '2026-03-03T09:00:00.000Z' })
    await desk.addPrivateComment(ticketId, 'Escalated to level 1')
    const statuses = await desk.getTicketStatuses()
    expect(statuses.statuses).to.deep.include({ name: 'Waiting on partner', statusType: 'On Hold' })
    sb.faults.set({ fieldsApi: 'missing' })
    expect((await desk.listFields('accounts')).source).to.equal('organizationFields')
    sb.faults.set({ fieldsApi: 'available' })
    const hook = await desk.createWebhook({
      name: 'desk-sla', url: 'https://sla.example.com/hooks/desk/6b0f9d3e-2c41-4a8e-9f57-1d2e3c4b5a69/s3cr3t_-x',
      description: `desk-sla installation ${INSTALLATION}`,
      subscriptions: { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null },
      ignoreSourceId: INSTALLATION, isEnabled: true,
    })
    await desk.listWebhooks()
    await desk.deleteWebhook(hook.id)

    const sent = sb.requests.list({ kind: 'api' })
    const seen = new Set<string>()
    for (const r of sent) {
      const c = contract.REQUESTS.find((x) => x.method === r.method && x.path.test(r.path))
      expect(c, `${r.method} ${r.path} is not an endpoint of the contract`).to.not.equal(undefined)
      seen.add(c!.name)
      fits(c!.query, r.query, `the query of ${c!.name}`)
      if (c!.body) fits(c!.body, r.body, `the body of ${c!.name}`)
      else expect(r.body, `${c!.name} sends no body`).to.equal(null)
      fits(contract.RequestHeaders, r.headers, `the headers of ${c!.name}`)
      expect(r.headers.orgid ?? r.query.orgId, `${c!.name} names the org`).to.equal(sb.orgId)
    }
    // every endpoint of the contract was called, so none of it is dead text
    expect([...seen].sort()).to.deep.equal(contract.REQUESTS.map((c) => c.name).sort())
    // the token request, too
    for (const r of sb.requests.list({ kind: 'oauth' })) {
      fits(contract.TokenRequest, { ...(r.body as object), client_secret: 'x', refresh_token: 'x' }, 'the token request')
    }
  })
})
