import { expect } from 'chai'
import express from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { migrateDown, migrate } from '../../src/store/migrate.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { createInstallation, getInstallation, setInstallationStatus } from '../../src/store/repos/installations.js'
import { clearWidgetToken, hasWidgetToken, setWidgetToken, verifyWidgetToken } from '../../src/store/repos/widget-tokens.js'
import type { Db } from '../../src/store/db.js'
import { NotComputedView, TicketSlaView } from '../../src/web/ticket-sla-view.js'
import { createWidgetApiRouter } from '../../src/web/widget-api.js'
import { WIDGET_MESSAGES } from '../../src/web/widget-errors.js'
import type { Logger } from '../../src/logger.js'
import { forEachStore, installationInput, testBox } from '../store/helpers.js'
import { FEATURE_REQUEST, TEMPLATE_SEVERITY_2, useWidgetWorld, type WidgetWorld } from './widget-fixture.js'

const HOUR = 3_600_000

interface Answer {
  status: number
  headers: Headers
  body: Record<string, unknown>
  text: string
}

/** The router on a loopback port, with a logger that keeps every line it is given. */
function useApi(getDb: () => Db, world: () => WidgetWorld) {
  let server: Server | undefined
  let base = ''
  const logged: string[] = []
  const logger: Logger = {
    debug: (m, meta) => logged.push(`${m} ${JSON.stringify(meta ?? {})}`),
    info: (m, meta) => logged.push(`${m} ${JSON.stringify(meta ?? {})}`),
    warn: (m, meta) => logged.push(`${m} ${JSON.stringify(meta ?? {})}`),
    error: (m, meta) => logged.push(`${m} ${JSON.stringify(meta ?? {})}`),
  }
  before(async () => {
    const app = express()
    app.use(createWidgetApiRouter({ db: getDb(), policyFor: () => world().policy, now: () => world().now(), logger }))
    server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server!.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    await new Promise((resolve) => server?.close(resolve))
  })

  async function call(path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const res = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers: init.headers })
    const text = await res.text()
    let body: Record<string, unknown> = {}
    try {
      body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
    } catch {
      body = {}
    }
    return { status: res.status, headers: res.headers, body, text }
  }

  /** GET the ticket's view with an installation's credentials */
  function read(ticketId: string, who: { installation: { id: string }; token: string }, headers: Record<string, string> = {}) {
    return call(`/api/tickets/${ticketId}/sla`, {
      headers: { 'X-Installation-Id': who.installation.id, Authorization: `Bearer ${who.token}`, ...headers },
    })
  }
  return { call, read, logged }
}

forEachStore('widget API: GET /api/tickets/:ticketId/sla', (getDb) => {
  const world = useWidgetWorld(getDb)
  const api = useApi(getDb, world)

  /** a template ticket filed Monday 09:00 London, answered at 11:00, the customer writing back at 12:00 */
  async function answeredTicket(): Promise<string> {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T11:00:00.000Z')
    w.agentReply(id)
    w.at('2026-03-02T12:00:00.000Z')
    w.customerReply(id)
    w.at('2026-03-02T13:00:00.000Z')
    await w.process(id)
    return id
  }

  describe('authentication', () => {
    it('refuses a read without a widget token or installation id with 401 and a JSON error', async () => {
      const id = await answeredTicket()
      const none = await api.call(`/api/tickets/${id}/sla`)
      expect(none.status).to.equal(401)
      expect(none.body).to.deep.equal({ error: { code: 'WIDGET_AUTH_MISSING', message: WIDGET_MESSAGES.WIDGET_AUTH_MISSING } })
      const noToken = await api.call(`/api/tickets/${id}/sla`, { headers: { 'X-Installation-Id': world().main.installation.id } })
      expect(noToken.status).to.equal(401)
      const noInstallation = await api.call(`/api/tickets/${id}/sla`, { headers: { Authorization: `Bearer ${world().main.token}` } })
      expect(noInstallation.status).to.equal(401)
      expect(none.headers.get('content-type')).to.match(/^application\/json/)
    })

    it("says the settings are missing, not wrong, when Desk relays the {{widgettoken}} placeholder unfilled", async () => {
      const id = await answeredTicket()
      const w = world()
      const unfilledToken = await api.call(`/api/tickets/${id}/sla`, {
        headers: { 'X-Installation-Id': w.main.installation.id, Authorization: 'Bearer {{widgettoken}}' },
      })
      const unfilledInstallation = await api.call(`/api/tickets/${id}/sla`, {
        headers: { 'X-Installation-Id': '{{installationid}}', Authorization: `Bearer ${w.main.token}` },
      })
      const emptyBearer = await api.call(`/api/tickets/${id}/sla`, { headers: { 'X-Installation-Id': w.main.installation.id, Authorization: 'Bearer ' } })
      for (const answer of [unfilledToken, unfilledInstallation, emptyBearer]) {
        expect(answer.status).to.equal(401)
        expect(answer.body).to.deep.equal({ error: { code: 'WIDGET_AUTH_MISSING', message: WIDGET_MESSAGES.WIDGET_AUTH_MISSING } })
      }
    })

    it('answers a read relayed by Desk’s request proxy: no Origin, the token filled in', async () => {
      const id = await answeredTicket()
      const relayed = await api.read(id, world().main, { Accept: 'application/json', 'User-Agent': 'desk-proxy' })
      expect(relayed.status).to.equal(200)
      expect(relayed.headers.get('access-control-allow-origin')).to.equal(null)
      expect(TicketSlaView.parse(relayed.body).ticketId).to.equal(id)
    })

    it('refuses a wrong token with 401, and answers an unknown installation exactly the same way', async () => {
      const id = await answeredTicket()
      const wrong = await api.read(id, { installation: world().main.installation, token: 'not-the-widget-token' })
      const unknown = await api.read(id, { installation: { id: '00000000-0000-4000-8000-000000000000' }, token: world().main.token })
      const basic = await api.call(`/api/tickets/${id}/sla`, {
        headers: { 'X-Installation-Id': world().main.installation.id, Authorization: `Basic ${world().main.token}` },
      })
      for (const answer of [wrong, unknown, basic]) {
        expect(answer.status).to.equal(401)
        expect(answer.body).to.deep.equal({ error: { code: 'WIDGET_AUTH_INVALID', message: WIDGET_MESSAGES.WIDGET_AUTH_INVALID } })
      }
      expect(wrong.text).to.equal(unknown.text)
    })

    it("never lets one installation's token read another installation's ticket", async () => {
      const id = await answeredTicket()
      const w = world()
      // the other installation's token presented for main's installation id
      const crossed = await api.read(id, { installation: w.main.installation, token: w.other.token })
      expect(crossed.status).to.equal(401)
      // the other installation asking, with its own valid credentials, for main's ticket id
      const foreign = await api.read(id, w.other)
      expect(foreign.status).to.equal(404)
      expect(NotComputedView.parse({ ticketId: foreign.body.ticketId, state: foreign.body.state })).to.deep.equal({
        ticketId: id,
        state: 'not_computed',
      })
      expect(foreign.text).not.to.include('severity')
      // and main itself reads it
      expect((await api.read(id, w.main)).status).to.equal(200)
    })

    it('refuses a disabled installation as if the token were wrong', async () => {
      const id = await answeredTicket()
      const w = world()
      await setInstallationStatus(getDb(), w.main.installation.id, 'disabled', 'test')
      try {
        expect((await api.read(id, w.main)).status).to.equal(401)
      } finally {
        await setInstallationStatus(getDb(), w.main.installation.id, 'active', null)
      }
      expect((await api.read(id, w.main)).status).to.equal(200)
    })

    it('grants no writes: every other method answers 405 and the ticket state stays as it was', async () => {
      const id = await answeredTicket()
      const w = world()
      const before = await getTicketSla(getDb(), w.main.installation.id, id)
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const answer = await api.call(`/api/tickets/${id}/sla`, {
          method,
          headers: { 'X-Installation-Id': w.main.installation.id, Authorization: `Bearer ${w.main.token}` },
        })
        expect(answer.status, method).to.equal(405)
        expect((answer.body.error as { code: string }).code).to.equal('WIDGET_READ_ONLY')
        expect(answer.headers.get('allow')).to.equal('GET, OPTIONS')
      }
      const after = await getTicketSla(getDb(), w.main.installation.id, id)
      expect(after!.version).to.equal(before!.version)
    })

    it('answers 400 to a ticket id that is not a Desk id', async () => {
      expect((await api.read('1%20OR%201=1', world().main)).status).to.equal(400)
    })

    it('never puts a secret in an answer or a log line', async () => {
      const id = await answeredTicket()
      const w = world()
      const answers = [
        await api.read(id, w.main),
        await api.read(id, { installation: w.main.installation, token: w.other.token }),
        await api.read(id, { installation: w.main.installation, token: `${w.main.token}x` }),
        await api.read('20001000004999999', w.main),
      ]
      const everything = [...answers.map((a) => a.text), ...api.logged].join('\n')
      for (const secret of [w.main.token, w.other.token, w.sb.clientSecret, w.sb.refreshToken]) {
        expect(everything).not.to.include(secret)
      }
      expect(api.logged.some((l) => l.includes(w.main.installation.id))).to.equal(true)
    })
  })

  describe('the SLA view of a ticket', () => {
    it("answers a ticket's severity, type, tier, region, escalation owner, reasons and each target in working time", async () => {
      const id = await answeredTicket()
      const answer = await api.read(id, world().main)
      expect(answer.status).to.equal(200)
      expect(answer.headers.get('cache-control')).to.equal('no-store')
      const view = TicketSlaView.parse(answer.body)
      expect(view).to.include({
        ticketId: id,
        state: 'open',
        severity: 2,
        severitySource: 'field',
        ticketType: 'Technical Support',
        team: 'Support',
        tier: 'Premium',
        priorityAccount: false,
        region: 'UK & EU',
        subRegion: 'DACH',
        clock: '24x5',
        timeZone: 'Europe/London',
        exempt: false,
        onHold: false,
        closed: false,
        clockRunning: true,
        computedAt: '2026-03-02T13:00:00.000Z',
      })
      expect(view.escalation).to.deep.equal({ level: 0, owner: 'escalations-eu@example.com' })
      expect(view.reasons).to.include("severity 2 from the template field 'Severity'")
      expect(view.reasons).to.include('Premium: partner score 720')

      const t = view.targets!
      // Support/2/Premium: 6 h acknowledgement, met by the reply at 11:00 after 2 working hours
      expect(t.firstResponse).to.deep.include({
        goalHours: 6,
        start: '2026-03-02T09:00:00.000Z',
        due: '2026-03-02T15:00:00.000Z',
        metAt: '2026-03-02T11:00:00.000Z',
        elapsedMs: 2 * HOUR,
        remainingMs: 4 * HOUR,
        status: 'met',
        paused: false,
      })
      // the customer's message at 12:00 opens a follow-up of 24 working hours
      expect(t.followUp).to.deep.include({
        goalHours: 24,
        start: '2026-03-02T12:00:00.000Z',
        due: '2026-03-03T12:00:00.000Z',
        elapsedMs: 1 * HOUR,
        remainingMs: 23 * HOUR,
        status: 'running',
        completedCycles: 0,
      })
      expect(t.determination).to.deep.include({
        goalHours: 24,
        due: '2026-03-03T09:00:00.000Z',
        elapsedMs: 4 * HOUR,
        remainingMs: 20 * HOUR,
        status: 'running',
      })
    })

    it('counts only working time: a ticket filed Friday 20:00 London has used 5 h by Monday 01:00', async () => {
      const w = world()
      w.at('2026-03-06T20:00:00.000Z')
      const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
      w.at('2026-03-09T01:00:00.000Z')
      await w.process(id)
      const view = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(view.targets!.firstResponse).to.deep.include({
        due: '2026-03-09T02:00:00.000Z',
        elapsedMs: 5 * HOUR,
        remainingMs: 1 * HOUR,
        status: 'running',
      })
      expect(view.targets!.followUp.status).to.equal('idle')
    })

    it('marks a late first response breached, with the time overdue and the level-1 owner', async () => {
      const w = world()
      w.at('2026-03-02T09:00:00.000Z')
      const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
      w.at('2026-03-02T17:00:00.000Z')
      await w.process(id)
      const view = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(view.targets!.firstResponse).to.deep.include({ status: 'breached', overdueMs: 2 * HOUR, remainingMs: 0, elapsedMs: 8 * HOUR })
      expect(view.escalation).to.deep.equal({ level: 1, owner: 'escalations-eu@example.com' })
      expect(view.reasons.some((r) => r.startsWith('level 1: first response overdue'))).to.equal(true)
    })

    it('shows the stored escalation level when it is above what the clock gives today (levels never go down)', async () => {
      const id = await answeredTicket()
      const w = world()
      await getDb().query('UPDATE ticket_sla SET escalation_level = 3 WHERE installation_id = $1 AND ticket_id = $2', [w.main.installation.id, id])
      const view = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(view.escalation.level).to.equal(3)
      expect(view.escalation.owner).to.equal(w.policy.escalation.centralManager)
    })

    it('shows an exempt feature request with its severity and type but no targets', async () => {
      const w = world()
      w.at('2026-03-02T09:00:00.000Z')
      const id = w.fileTicket('Please add PDF export', FEATURE_REQUEST)
      w.at('2026-03-04T09:00:00.000Z')
      await w.process(id)
      const view = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(view).to.include({ state: 'exempt', exempt: true, ticketType: 'Product Management Related' })
      expect(view.targets).to.equal(null)
      expect(view.escalation.level).to.equal(0)
    })

    it('shows a ticket on hold as paused: the hold does not count and the due times move by it', async () => {
      const w = world()
      w.at('2026-03-02T09:00:00.000Z')
      const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
      w.at('2026-03-02T11:00:00.000Z')
      w.setStatus(id, 'On Hold')
      w.at('2026-03-02T14:00:00.000Z')
      await w.process(id)
      const view = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(view).to.include({ state: 'on_hold', onHold: true, clockRunning: false, onHoldSince: '2026-03-02T11:00:00.000Z' })
      // 2 h ran before the hold; the 3 h on hold move the 15:00 due time to 18:00
      expect(view.targets!.firstResponse).to.deep.include({ elapsedMs: 2 * HOUR, remainingMs: 4 * HOUR, due: '2026-03-02T18:00:00.000Z', paused: true, status: 'running' })
      expect(view.targets!.determination.paused).to.equal(true)
    })

    it('shows a closed ticket with its determination met, and a re-opened one with its completed follow-up cycles', async () => {
      const w = world()
      w.at('2026-03-02T09:00:00.000Z')
      const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
      w.at('2026-03-02T10:00:00.000Z')
      w.agentReply(id)
      w.at('2026-03-02T11:00:00.000Z')
      w.customerReply(id)
      w.at('2026-03-02T12:00:00.000Z')
      w.agentReply(id)
      w.at('2026-03-02T13:00:00.000Z')
      w.setStatus(id, 'Closed')
      w.at('2026-03-02T14:00:00.000Z')
      await w.process(id)
      const closed = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(closed).to.include({ state: 'closed', closed: true, closedAt: '2026-03-02T13:00:00.000Z', reopened: 0 })
      expect(closed.targets!.determination).to.deep.include({ status: 'met', metAt: '2026-03-02T13:00:00.000Z', elapsedMs: 4 * HOUR })
      expect(closed.targets!.followUp).to.deep.include({ status: 'idle', completedCycles: 1, breachedCycles: 0 })

      w.at('2026-03-02T15:00:00.000Z')
      w.customerReply(id) // re-opens the closed ticket
      w.at('2026-03-02T16:00:00.000Z')
      await w.process(id)
      const reopened = TicketSlaView.parse((await api.read(id, w.main)).body)
      expect(reopened).to.include({ state: 'open', closed: false, reopened: 1 })
      expect(reopened.targets!.followUp).to.deep.include({ status: 'running', completedCycles: 1, start: '2026-03-02T15:00:00.000Z' })
      // the 2 h it spent closed count like time on hold: 13:00–15:00 is not in the determination clock
      expect(reopened.targets!.determination).to.deep.include({ elapsedMs: 5 * HOUR, status: 'running' })
    })

    it("answers 404 with state 'not_computed' for a ticket the pipeline has not processed", async () => {
      const answer = await api.read('20001000004999999', world().main)
      expect(answer.status).to.equal(404)
      expect(answer.body).to.deep.include({ ticketId: '20001000004999999', state: 'not_computed' })
      expect((answer.body.error as { code: string }).code).to.equal('WIDGET_NOT_COMPUTED')
    })

    it('answers 500 WIDGET_COMPUTE_FAILED, without details, when the stored state no longer computes', async () => {
      const w = world()
      await getDb().query(
        `INSERT INTO ticket_sla (installation_id, ticket_id, state) VALUES ($1, '20001000004888888', $2::jsonb)`,
        [w.main.installation.id, JSON.stringify({ input: { ticket: { createdTime: 'not a date' } } })],
      )
      const answer = await api.read('20001000004888888', w.main)
      expect(answer.status).to.equal(500)
      expect(answer.body).to.deep.equal({ error: { code: 'WIDGET_COMPUTE_FAILED', message: WIDGET_MESSAGES.WIDGET_COMPUTE_FAILED } })
      expect(answer.text).not.to.match(/at .*\.ts:\d+/)
    })
  })

  describe('CORS', () => {
    it("gives CORS headers to Zoho Desk's origins only", async () => {
      const id = await answeredTicket()
      const w = world()
      for (const origin of ['https://desk.zoho.com', 'https://desk.zoho.eu', 'https://desk.zohocloud.ca', 'https://desk.zoho.com.cn', 'https://partners.zohodesk.com']) {
        const answer = await api.read(id, w.main, { Origin: origin })
        expect(answer.headers.get('access-control-allow-origin'), origin).to.equal(origin)
        expect(answer.headers.get('vary')).to.match(/Origin/)
      }
      for (const origin of ['https://evil.example.com', 'https://desk.zoho.com.evil.example', 'https://zohodesk.com.evil.example', 'http://desk.zoho.com', 'null']) {
        const answer = await api.read(id, w.main, { Origin: origin })
        expect(answer.status, origin).to.equal(200)
        expect(answer.headers.get('access-control-allow-origin'), origin).to.equal(null)
      }
    })

    it('answers a preflight from Desk with the method and headers the widget sends, and one from elsewhere without them', async () => {
      const preflight = (origin: string) =>
        api.call('/api/tickets/20001000004000001/sla', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-installation-id' },
        })
      const desk = await preflight('https://desk.zoho.eu')
      expect(desk.status).to.equal(204)
      expect(desk.headers.get('access-control-allow-origin')).to.equal('https://desk.zoho.eu')
      expect(desk.headers.get('access-control-allow-methods')).to.equal('GET')
      expect(desk.headers.get('access-control-allow-headers')).to.equal('Authorization, X-Installation-Id')
      const evil = await preflight('https://evil.example.com')
      expect(evil.status).to.equal(204)
      expect(evil.headers.get('access-control-allow-origin')).to.equal(null)
      expect(evil.headers.get('access-control-allow-methods')).to.equal(null)
    })
  })
})

forEachStore('widget tokens', (getDb) => {
  async function fresh(): Promise<string> {
    return (await createInstallation(getDb(), testBox, installationInput())).id
  }

  it('returns a new token once, stores only its hash, and verifies it', async () => {
    const id = await fresh()
    expect(await hasWidgetToken(getDb(), id)).to.equal(false)
    const token = await setWidgetToken(getDb(), id)
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/)
    expect(await hasWidgetToken(getDb(), id)).to.equal(true)
    expect(await verifyWidgetToken(getDb(), id, token)).to.equal(true)
    expect(await verifyWidgetToken(getDb(), id, token.slice(0, -1))).to.equal(false)
    const { rows } = await getDb().query<Record<string, unknown>>('SELECT * FROM installations WHERE id = $1', [id])
    expect(JSON.stringify(rows[0])).not.to.include(token)
    expect(JSON.stringify(await getInstallation(getDb(), id))).not.to.include('widget')
  })

  it('stops accepting the old token when a new one is set, and every token once cleared', async () => {
    const id = await fresh()
    const first = await setWidgetToken(getDb(), id)
    const second = await setWidgetToken(getDb(), id)
    expect(second).not.to.equal(first)
    expect(await verifyWidgetToken(getDb(), id, first)).to.equal(false)
    expect(await verifyWidgetToken(getDb(), id, second)).to.equal(true)
    expect(await clearWidgetToken(getDb(), id)).to.equal(true)
    expect(await verifyWidgetToken(getDb(), id, second)).to.equal(false)
  })

  it('refuses to set a token for an installation that does not exist', async () => {
    const error = await setWidgetToken(getDb(), 'no-such-installation').catch((e: unknown) => e)
    expect((error as { code: string }).code).to.equal('STORE_UNKNOWN_INSTALLATION')
  })

  it('adds and removes the widget_token_hash column with migration 004', async () => {
    const column = async () =>
      (
        await getDb().query(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'installations' AND column_name = 'widget_token_hash'`,
        )
      ).rowCount
    expect(await column()).to.equal(1)
    await migrateDown(getDb(), 3)
    expect(await column()).to.equal(0)
    await migrate(getDb())
    expect(await column()).to.equal(1)
  })
})
