import { expect } from 'chai'
import { seedOne, startDesk, type TestDesk } from './helpers.js'

const ticket = (id: string, createdTime: string, extra: Record<string, unknown> = {}) => ({
  id, subject: `Ticket ${id.slice(-3)}`, contactId: '20001000003999001', createdTime, ...extra,
})

describe('sandbox: tickets API', () => {
  let desk: TestDesk
  beforeEach(async () => { desk = await startDesk() })
  afterEach(async () => { await desk.close() })

  async function seedMany(): Promise<void> {
    await seedOne(desk)
    const res = await desk.control('POST', '/seed', {
      tickets: [
        ticket('20001000004999002', '2026-03-01T08:00:00.000Z', { modifiedTime: '2026-03-01T12:00:00.000Z' }),
        ticket('20001000004999003', '2026-02-27T08:00:00.000Z', { modifiedTime: '2026-03-02T07:00:00.000Z', status: 'On Hold', onholdTime: '2026-03-02T07:00:00.000Z' }),
        ticket('20001000004999004', '2026-02-28T08:00:00.000Z', { modifiedTime: '2026-02-28T09:00:00.000Z', status: 'Closed', closedTime: '2026-02-28T09:00:00.000Z' }),
      ],
    })
    expect(res.status).to.equal(200)
  }

  it('pages the ticket list with from/limit and ends on a short page, ids and counts as strings', async () => {
    await seedMany()
    const p1 = await desk.api('GET', '/tickets?from=0&limit=3&sortBy=createdTime')
    expect(p1.status).to.equal(200)
    expect(p1.body.data.map((t: any) => t.id)).to.deep.equal(['20001000004999003', '20001000004999004', '20001000004999002'])
    const p2 = await desk.api('GET', '/tickets?from=3&limit=3&sortBy=createdTime')
    expect(p2.body.data.map((t: any) => t.id)).to.deep.equal(['20001000004999001'])
    const t = p2.body.data[0]
    expect(t.threadCount).to.equal('1')
    expect(t.ticketNumber).to.be.a('string')
    expect(t).to.not.have.property('description')
  })

  it('sorts newest first with -createdTime and by modifiedTime, and filters by status type', async () => {
    await seedMany()
    const newest = await desk.api('GET', '/tickets?sortBy=-createdTime&limit=2')
    expect(newest.body.data.map((t: any) => t.id)).to.deep.equal(['20001000004999001', '20001000004999002'])
    const modified = await desk.api('GET', '/tickets?sortBy=modifiedTime')
    expect(modified.body.data.map((t: any) => t.id)).to.deep.equal(['20001000004999004', '20001000004999002', '20001000004999003', '20001000004999001'])
    const onHold = await desk.api('GET', '/tickets?status=On%20Hold')
    expect(onHold.body.data.map((t: any) => t.statusType)).to.deep.equal(['On Hold'])
    expect((await desk.api('GET', '/tickets?sortBy=subject')).status).to.equal(422)
  })

  it('refuses a page larger than 100 tickets with 422 UNPROCESSABLE_ENTITY, Desk\'s answer to a bad query parameter', async () => {
    const res = await desk.api('GET', '/tickets?limit=101')
    expect(res.status).to.equal(422)
    expect(res.body.errorCode).to.equal('UNPROCESSABLE_ENTITY')
  })

  it('includes the contact and the assignee when asked', async () => {
    await seedOne(desk, { assigneeId: [...desk.sb.state.agents.keys()][1] })
    const res = await desk.api('GET', '/tickets?include=contacts,assignee')
    expect(res.body.data[0].contact.email).to.equal('lea@nordlicht.example.com')
    expect(res.body.data[0].assignee.firstName).to.equal('Ana')
  })

  it('finds tickets modified within a range (both ends inclusive) with a string count', async () => {
    await seedMany()
    const range = encodeURIComponent('2026-03-01T12:00:00.000Z,2026-03-02T07:00:00.000Z')
    const res = await desk.api('GET', `/tickets/search?modifiedTimeRange=${range}&sortBy=modifiedTime`)
    expect(res.status).to.equal(200)
    expect(res.body.data.map((t: any) => t.id)).to.deep.equal(['20001000004999002', '20001000004999003'])
    expect(res.body.count).to.equal('2')
  })

  it('searches by custom field and refuses a from beyond 999 (Search.json)', async () => {
    await seedOne(desk, { cf: { cf_severity: '1' } })
    const hit = await desk.api('GET', '/tickets/search?customField1=cf_severity:1')
    expect(hit.body.data).to.have.length(1)
    expect((await desk.api('GET', '/tickets/search?customField1=cf_severity:1&from=999')).status).to.equal(204)
    expect((await desk.api('GET', '/tickets/search?from=1000')).status).to.equal(422)
  })

  it('gives every ticket the agents\' address on the portal as webUrl', async () => {
    const id = await seedOne(desk)
    const t = (await desk.api('GET', `/tickets/${id}`)).body
    expect(t.webUrl).to.equal(`https://desk.zoho.com/support/desksla/ShowHomePage.do#Cases/dv/${id}`)
    expect(t).to.include({ ticketNumber: '1001', subject: 'Sync fails' })
  })

  it('answers an empty list with 204 and no body', async () => {
    const res = await desk.api('GET', '/tickets')
    expect(res.status).to.equal(204)
    expect(res.body).to.equal(undefined)
  })

  it('changes only the sent fields on PATCH, merges cf keys, moves modifiedTime and returns the full ticket', async () => {
    const id = await seedOne(desk, { cf: { cf_severity: '2' }, priority: 'High' })
    const before = (await desk.api('GET', `/tickets/${id}`)).body
    desk.clock.advanceMinutes(5)
    const res = await desk.api('PATCH', `/tickets/${id}`, { body: { dueDate: '2026-03-03T09:15:00Z', cf: { cf_sla_ack_due: '2026-03-02T12:00:00.000Z' } } })
    expect(res.status).to.equal(200)
    expect(res.body.dueDate).to.equal('2026-03-03T09:15:00.000Z')
    expect(res.body.cf.cf_sla_ack_due).to.equal('2026-03-02T12:00:00.000Z')
    expect(res.body.cf.cf_severity).to.equal('2')
    expect(res.body.priority).to.equal('High')
    expect(res.body.description).to.equal(before.description)
    expect(res.body.modifiedTime).to.equal('2026-03-02T09:05:00.000Z')
    expect(res.body.modifiedTime).to.not.equal(before.modifiedTime)
  })

  it('refuses an unknown custom field with Desk\'s 422 body and changes nothing', async () => {
    const id = await seedOne(desk)
    const res = await desk.api('PATCH', `/tickets/${id}`, { body: { priority: 'Low', cf: { cf_sla_tier: 'x' } } })
    expect(res.status).to.equal(422)
    expect(res.body.errorCode).to.equal('INVALID_DATA')
    expect(res.body.errors).to.deep.equal([{ fieldName: '/cf/cf_sla_tier', errorType: 'invalid', errorMessage: '/cf/cf_sla_tier is invalid' }])
    expect((await desk.api('GET', `/tickets/${id}`)).body.priority).to.equal(null)
  })

  it('records status changes in History as Zoho publishes it: newest first, status names in ValueTransitions; sets onholdTime and closedTime', async () => {
    const id = await seedOne(desk)
    desk.clock.advanceMinutes(60)
    const held = await desk.api('PATCH', `/tickets/${id}`, { body: { status: 'Waiting on Customer' } })
    expect(held.body).to.include({ status: 'Waiting on Customer', statusType: 'On Hold', onholdTime: '2026-03-02T10:00:00.000Z' })
    desk.clock.advanceMinutes(30)
    const closed = await desk.api('PATCH', `/tickets/${id}`, { body: { status: 'Closed', priority: 'Low' } })
    expect(closed.body.closedTime).to.equal('2026-03-02T10:30:00.000Z')
    expect(closed.body.onholdTime).to.equal(null)
    const history = await desk.api('GET', `/tickets/${id}/History?fieldName=status`)
    const agent = { id: desk.sb.state.apiUser.id, name: 'Sandbox Admin', type: 'Agent' }
    expect(history.body.data.map((e: any) => [e.eventName, e.eventTime])).to.deep.equal([
      ['TicketUpdated', '2026-03-02T10:30:00.000Z'],
      ['TicketUpdated', '2026-03-02T10:00:00.000Z'],
      ['TicketCreated', '2026-03-02T08:00:00.000Z'],
    ])
    expect(history.body.data[0]).to.deep.include({ actor: agent, source: null, actorInfo: [] })
    expect(history.body.data[0].eventInfo).to.deep.equal([
      { propertyName: 'Status', propertyType: 'ValueTransition', propertyValue: { previousValue: 'Waiting on Customer', updatedValue: 'Closed' }, systemProperty: true },
      { propertyName: 'Priority', propertyType: 'ValueTransition', propertyValue: { previousValue: null, updatedValue: 'Low' }, systemProperty: true },
    ])
    expect(history.body.data[2]).to.deep.include({ actor: { id: null, name: 'Lea Fischer', type: 'Contact' }, source: 'Email' })
    expect(history.body.data[2].eventInfo).to.deep.include({ propertyName: 'Status', propertyType: 'Text', propertyValue: 'Open', systemProperty: true })
    // from/limit page the newest-first list; limit is 1–50
    const second = await desk.api('GET', `/tickets/${id}/History?fieldName=status&from=1&limit=1`)
    expect(second.body.data[0].eventInfo[0].propertyValue).to.deep.equal({ previousValue: 'Open', updatedValue: 'Waiting on Customer' })
    expect((await desk.api('GET', `/tickets/${id}/History?limit=51`)).status).to.equal(422)
    // a field no event touched: nothing
    expect((await desk.api('GET', `/tickets/${id}/History?fieldName=dueDate`)).status).to.equal(204)
  })

  it('records a seeded On Hold ticket\'s hold in its history', async () => {
    const id = await seedOne(desk, { status: 'On Hold', onholdTime: '2026-03-02T08:30:00.000Z' })
    const history = await desk.api('GET', `/tickets/${id}/History?fieldName=status`)
    expect(history.body.data[0].eventTime).to.equal('2026-03-02T08:30:00.000Z')
    expect(history.body.data[0].eventInfo[0].propertyValue).to.deep.equal({ previousValue: 'Open', updatedValue: 'On Hold' })
  })

  it('records the seeded status changes of a ticket, then the change to its status', async () => {
    const id = await seedOne(desk, {
      status: 'Closed', closedTime: '2026-03-02T08:50:00.000Z',
      history: [{ eventTime: '2026-03-02T08:10:00.000Z', status: 'Waiting on Customer' }, { eventTime: '2026-03-02T08:40:00.000Z', status: 'Open' }],
    })
    const history = await desk.api('GET', `/tickets/${id}/History?fieldName=status`)
    const status = (e: any) => e.eventInfo.find((p: any) => p.propertyName === 'Status').propertyValue
    expect(history.body.data.map((e: any) => [e.eventTime, status(e)])).to.deep.equal([
      ['2026-03-02T08:50:00.000Z', { previousValue: 'Open', updatedValue: 'Closed' }],
      ['2026-03-02T08:40:00.000Z', { previousValue: 'Waiting on Customer', updatedValue: 'Open' }],
      ['2026-03-02T08:10:00.000Z', { previousValue: 'Open', updatedValue: 'Waiting on Customer' }],
      ['2026-03-02T08:00:00.000Z', 'Open'],
    ])
  })

  it('creates a ticket with its description thread and refuses one without a subject', async () => {
    await seedOne(desk)
    const created = await desk.api('POST', '/tickets', { body: {
      subject: 'Login failure', departmentId: desk.sb.state.defaultDepartmentId(), contactId: '20001000003999001',
      description: 'Type of Support request: Technical Support', cf: { cf_severity: '1' },
    } })
    expect(created.status).to.equal(200)
    expect(created.body.id).to.match(/^\d{17}$/)
    expect(created.body.accountId).to.equal('20001000002999001')
    expect(created.body.createdTime).to.equal('2026-03-02T09:00:00.000Z')
    const threads = await desk.api('GET', `/tickets/${created.body.id}/threads`)
    expect(threads.body.data).to.have.length(1)
    expect(threads.body.data[0]).to.include({ isDescriptionThread: true, direction: 'in' })
    const missing = await desk.api('POST', '/tickets', { body: { departmentId: desk.sb.state.defaultDepartmentId(), contactId: '20001000003999001' } })
    expect(missing.status).to.equal(422)
    expect(missing.body.errors.map((e: any) => [e.fieldName, e.errorType])).to.deep.equal([['/subject', 'missing']])
  })

  it('records an agent reply as a public, successful outgoing thread and leaves the status alone', async () => {
    const id = await seedOne(desk, { status: 'On Hold' })
    desk.clock.advanceMinutes(20)
    const reply = await desk.api('POST', `/tickets/${id}/sendReply`, { body: { channel: 'EMAIL', content: 'We are on it.', contentType: 'plainText' } })
    expect(reply.status).to.equal(200)
    expect(reply.body).to.include({ direction: 'out', visibility: 'public', status: 'SUCCESS', isDescriptionThread: false, createdTime: '2026-03-02T09:20:00.000Z' })
    expect(reply.body.author.type).to.equal('AGENT')
    const t = (await desk.api('GET', `/tickets/${id}`)).body
    expect(t.status).to.equal('On Hold')
    expect(t.threadCount).to.equal('2')
  })

  it('pages threads up to 200, newest first unless sortBy=sendDateTime (Thread.json), and refuses more', async () => {
    const id = await seedOne(desk)
    await desk.control('POST', '/seed', { threads: Array.from({ length: 4 }, (_, i) => ({
      ticketId: id, direction: i % 2 ? 'in' : 'out', content: `m${i}`, createdTime: `2026-03-02T08:1${i}:00.000Z` })) })
    const page = await desk.api('GET', `/tickets/${id}/threads?from=1&limit=2`)
    expect(page.body.data.map((t: any) => t.summary)).to.deep.equal(['m2', 'm1'])
    const oldest = await desk.api('GET', `/tickets/${id}/threads?from=1&limit=2&sortBy=sendDateTime`)
    expect(oldest.body.data.map((t: any) => t.summary)).to.deep.equal(['m0', 'm1'])
    expect((await desk.api('GET', `/tickets/${id}/threads?limit=201`)).status).to.equal(422)
  })

  it('adds private comments that are listed on the ticket', async () => {
    const id = await seedOne(desk)
    const c = await desk.api('POST', `/tickets/${id}/comments`, { body: { content: 'SLA computed', isPublic: false, contentType: 'plainText' } })
    expect(c.status).to.equal(200)
    expect(c.body).to.include({ isPublic: false, commentedTime: '2026-03-02T09:00:00.000Z' })
    expect(c.body.id).to.match(/^\d{17}$/)
    const list = await desk.api('GET', `/tickets/${id}/comments`)
    expect(list.body.data.map((x: any) => x.content)).to.deep.equal(['SLA computed'])
  })

  it('serves accounts and contacts by id, pages accounts, and answers 404 for unknown ids and routes', async () => {
    await seedOne(desk)
    const a = await desk.api('GET', '/accounts/20001000002999001')
    expect(a.body).to.include({ accountName: 'Nordlicht Beratung GmbH', country: 'Deutschland', city: 'Köln' })
    expect(a.body.cf.cf_user_licenses).to.equal('12')
    const c = await desk.api('GET', '/contacts/20001000003999001')
    expect(c.body).to.include({ firstName: 'Lea', lastName: 'Fischer', accountId: '20001000002999001' })
    expect((await desk.api('GET', '/accounts?from=0&limit=10')).body.data).to.have.length(1)
    const missing = await desk.api('GET', '/tickets/20001000004000999')
    expect(missing.status).to.equal(404)
    const route = await desk.api('GET', '/nothing/here')
    expect(route.status).to.equal(404)
    expect(route.body.errorCode).to.equal('URL_NOT_FOUND')
  })

  it('lists the portal\'s fields with GET /fields (Field.json) and the deprecated GET /organizationFields (FieldOld.json)', async () => {
    for (const path of ['/fields', '/organizationFields']) {
      const res = await desk.api('GET', `${path}?module=tickets`)
      const cf = res.body.data.filter((f: any) => f.isCustomField).map((f: any) => f.apiName)
      expect(cf).to.include.members(['cf_severity', 'cf_sla_ack_due', 'cf_partner_tier'])
      const acc = await desk.api('GET', `${path}?module=accounts`)
      expect(acc.body.data.map((f: any) => f.apiName)).to.include.members(['cf_user_licenses', 'cf_partner_annual_revenue', 'cf_partner_branding'])
    }
  })

  it('gives the status field\'s values with their status types: pickListValues from GET /fields/{id}, allowedValues in the old listing', async () => {
    const list = (await desk.api('GET', '/fields?module=tickets')).body.data
    const status = list.find((f: any) => f.apiName === 'status')
    expect(status).to.include({ type: 'Picklist', isCustomField: false })
    expect(status).to.not.have.property('pickListValues')
    const full = (await desk.api('GET', `/fields/${status.id}`)).body
    expect(full.pickListValues).to.deep.include.members([{ value: 'Waiting on Customer', statusType: 'On Hold' }, { value: 'Closed', statusType: 'Closed' }])
    const old = (await desk.api('GET', '/organizationFields?module=tickets')).body.data.find((f: any) => f.apiName === 'status')
    expect(old.allowedValues).to.deep.equal(full.pickListValues)
  })

  it('answers 404 URL_NOT_FOUND on GET /fields while the fieldsApi fault says the org has only the old listing', async () => {
    await desk.control('POST', '/faults', { fieldsApi: 'missing' })
    const res = await desk.api('GET', '/fields?module=tickets')
    expect(res.status).to.equal(404)
    expect(res.body.errorCode).to.equal('URL_NOT_FOUND')
    expect((await desk.api('GET', '/organizationFields?module=tickets')).status).to.equal(200)
  })

  it('knows only the custom fields it was configured with', async () => {
    await desk.close()
    desk = await startDesk({ ticketFields: ['cf_severity'] })
    const id = await seedOne(desk)
    const res = await desk.api('PATCH', `/tickets/${id}`, { body: { cf: { cf_sla_ack_due: null } } })
    expect(res.status).to.equal(422)
  })
})
