import { expect } from 'chai'
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTVerifyGetKey } from 'jose'
import type { Logger } from '../../src/logger.js'
import { DEFAULT_INSTALLATION_CACHE_MS, type WebhookRouterOptions } from '../../src/pipeline/webhook.js'
import { WEBHOOK_ERROR_CODES } from '../../src/pipeline/webhook-errors.js'
import { eventTimeToIso, isDeskId } from '../../src/pipeline/webhook-events.js'
import { jwksUrlFor } from '../../src/pipeline/webhook-jwt.js'
import { createApp } from '../../src/web/app.js'
import { generateSecret } from '../../src/store/crypto.js'
import type { Db } from '../../src/store/db.js'
import { createInstallation, deleteInstallation, setInstallationStatus, updateInstallation } from '../../src/store/repos/installations.js'
import { startDesk, seedOne, type TestDesk } from '../sandbox/helpers.js'
import { forEachStore, installationInput, testBox } from '../store/helpers.js'
import { rawExchange } from '../support/raw-http-client.js'

const NOW = Date.parse('2026-03-02T09:00:00.000Z')
const ORG = '60001234'
const TICKET = '20001000004999001'

interface Answer {
  status: number
  body: any
  text: string
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init)
  const text = await res.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: res.status, body, text }
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return call(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

function ticketEvent(overrides: Record<string, unknown> = {}, payload: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventType: 'Ticket_Update',
    orgId: ORG,
    eventTime: '1772442000000',
    payload: { id: TICKET, subject: 'Sync fails', status: 'Open', departmentId: '20001000000006907', ...payload },
    prevState: { id: TICKET, status: 'On Hold' },
    ...overrides,
  }
}

interface Listening {
  url: string
  close(): Promise<void>
}

async function listen(options: WebhookRouterOptions): Promise<Listening> {
  const server: Server = createApp(options).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

interface RecordedLog {
  level: string
  message: string
  meta?: Record<string, unknown>
}

function recordingLogger(into: RecordedLog[]): Logger {
  const at = (level: string) => (message: string, meta?: Record<string, unknown>) => into.push({ level, message, meta })
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

/** a test signer standing in for Desk's data-center key */
async function testSigner(): Promise<{ keys: JWTVerifyGetKey; sign(claims?: { iss?: string; aud?: string; iat?: number; exp?: number }): Promise<string> }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'desk-test-key', alg: 'RS256', use: 'sig' }
  const keys = createLocalJWKSet({ keys: [jwk] })
  return {
    keys,
    async sign(c = {}) {
      const iat = c.iat ?? Math.floor(NOW / 1000)
      return new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: 'desk-test-key', typ: 'JWT' })
        .setIssuer(c.iss ?? `orgId:${ORG}`)
        .setAudience(c.aud ?? 'webhookId:20001000000123001')
        .setIssuedAt(iat)
        .setExpirationTime(c.exp ?? iat + 300)
        .sign(privateKey)
    },
  }
}

interface InboxRow {
  event_key: string
  event_type: string
  ticket_id: string
  event_time: Date
  source: string
  payload: any
  received_at: Date
}

async function inbox(db: Db, installationId: string): Promise<InboxRow[]> {
  const { rows } = await db.query<InboxRow>(
    'SELECT event_key, event_type, ticket_id, event_time, source, payload, received_at FROM webhook_inbox WHERE installation_id = $1 ORDER BY id',
    [installationId],
  )
  return rows
}

describe('webhook receiver: event times, key location and error codes', () => {
  it('reads epoch milliseconds given as a string or a number and ISO 8601 with a zone as the same instant', () => {
    expect(eventTimeToIso('1772442000000')).to.equal('2026-03-02T09:00:00.000Z')
    expect(eventTimeToIso(1772442000000)).to.equal('2026-03-02T09:00:00.000Z')
    expect(eventTimeToIso('2026-03-02T10:00:00.000+01:00')).to.equal('2026-03-02T09:00:00.000Z')
  })

  it('refuses epoch seconds, local times without a zone, fractions and words', () => {
    expect(eventTimeToIso('1772442000')).to.equal(null)
    expect(eventTimeToIso('2026-03-02T09:00:00')).to.equal(null)
    expect(eventTimeToIso(1772442000000.5)).to.equal(null)
    expect(eventTimeToIso('yesterday')).to.equal(null)
  })

  it('finds the JWKS on the data center host, or on the api_base origin when one is configured', () => {
    expect(jwksUrlFor({ dataCenter: 'eu', apiBase: null })).to.equal('https://desk.zoho.eu/.well-known/jwks.json')
    expect(jwksUrlFor({ dataCenter: 'com', apiBase: 'http://127.0.0.1:4010/api/v1' })).to.equal('http://127.0.0.1:4010/.well-known/jwks.json')
  })

  it('gives every error code a status other than 410 and a hint on how to solve it', () => {
    for (const [code, entry] of Object.entries(WEBHOOK_ERROR_CODES)) {
      expect(code).to.match(/^WEBHOOK_[A-Z_]+$/)
      expect(entry.status, code).to.not.equal(410)
      expect(entry.fix.length, code).to.be.greaterThan(20)
    }
  })
})

forEachStore('webhook receiver', (getDb) => {
  let signer: Awaited<ReturnType<typeof testSigner>>
  let app: Listening
  let strictApp: Listening
  const logs: RecordedLog[] = []
  const storedCalls: Array<[string, number]> = []
  let installationId: string
  let secret: string

  before(async () => {
    signer = await testSigner()
    const common = { db: getDb(), now: () => NOW, jwks: () => signer.keys, logger: recordingLogger(logs) }
    app = await listen({ ...common, onStored: (id, n) => storedCalls.push([id, n]) })
    strictApp = await listen({ ...common, strictJwt: true })
  })
  after(async () => {
    await app?.close()
    await strictApp?.close()
  })

  beforeEach(async () => {
    secret = generateSecret()
    installationId = (await createInstallation(getDb(), testBox, installationInput({ orgId: ORG, webhookSecret: secret }))).id
    logs.length = 0
    storedCalls.length = 0
  })
  afterEach(async () => {
    await deleteInstallation(getDb(), installationId)
  })

  const hookUrl = (base = app.url, id = installationId, s = secret) => `${base}/hooks/desk/${id}/${s}`

  describe('storing deliveries', () => {
    it('stores a Desk delivery once in the inbox, as delivered, and answers 200 with the counts', async () => {
      const event = ticketEvent()
      const res = await postJson(hookUrl(), [event])
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.equal({ received: 1, stored: 1, duplicates: 0, ignored: 0 })
      const rows = await inbox(getDb(), installationId)
      expect(rows).to.have.length(1)
      expect(rows[0]).to.include({ event_key: `Ticket_Update:${TICKET}:1772442000000`, event_type: 'Ticket_Update', ticket_id: TICKET, source: 'webhook' })
      expect(rows[0]!.event_time.toISOString()).to.equal('2026-03-02T09:00:00.000Z')
      expect(rows[0]!.received_at.toISOString()).to.equal(new Date(NOW).toISOString())
      expect(rows[0]!.payload).to.deep.equal(event)
      expect(storedCalls).to.deep.equal([[installationId, 1]])
    })

    it('acknowledges a repeated delivery and stores nothing the second time', async () => {
      const body = [ticketEvent(), ticketEvent({ eventType: 'Ticket_Thread_Add', prevState: undefined }, { id: '20001000009000001', ticketId: TICKET })]
      expect((await postJson(hookUrl(), body)).body).to.deep.equal({ received: 2, stored: 2, duplicates: 0, ignored: 0 })
      const again = await postJson(hookUrl(), body)
      expect(again.status).to.equal(200)
      expect(again.body).to.deep.equal({ received: 2, stored: 0, duplicates: 2, ignored: 0 })
      expect(await inbox(getDb(), installationId)).to.have.length(2)
      expect(storedCalls).to.have.length(1)
    })

    it('counts an event repeated inside one delivery as a duplicate', async () => {
      const res = await postJson(hookUrl(), [ticketEvent(), ticketEvent()])
      expect(res.body).to.deep.equal({ received: 2, stored: 1, duplicates: 1, ignored: 0 })
    })

    it('takes the ticket id of thread and comment events from payload.ticketId', async () => {
      const body = [
        { eventType: 'Ticket_Thread_Add', orgId: ORG, eventTime: '1772442000000', payload: { id: '20001000009000001', ticketId: TICKET, direction: 'in' } },
        { eventType: 'Ticket_Comment_Add', orgId: ORG, eventTime: '1772442060000', payload: { id: '20001000009000002', ticketId: TICKET } },
      ]
      expect((await postJson(hookUrl(), body)).body.stored).to.equal(2)
      const rows = await inbox(getDb(), installationId)
      expect(rows.map((r) => [r.event_type, r.ticket_id])).to.deep.equal([
        ['Ticket_Thread_Add', TICKET],
        ['Ticket_Comment_Add', TICKET],
      ])
    })

    it('accepts a single event object as a delivery of one', async () => {
      const res = await postJson(hookUrl(), ticketEvent())
      expect(res.body).to.deep.equal({ received: 1, stored: 1, duplicates: 0, ignored: 0 })
    })

    it('accepts eventTime as epoch milliseconds (string or number) and as ISO 8601', async () => {
      const res = await postJson(hookUrl(), [
        ticketEvent({ eventTime: '1772442000000' }),
        ticketEvent({ eventTime: 1772442060000 }),
        ticketEvent({ eventTime: '2026-03-02T09:02:00.000Z' }),
        ticketEvent({ eventTime: '2026-03-02T10:03:00+01:00' }),
      ])
      expect(res.status).to.equal(200)
      expect(res.body.stored).to.equal(4)
      const times = (await inbox(getDb(), installationId)).map((r) => r.event_time.toISOString())
      expect(times).to.deep.equal(['2026-03-02T09:00:00.000Z', '2026-03-02T09:01:00.000Z', '2026-03-02T09:02:00.000Z', '2026-03-02T09:03:00.000Z'])
    })

    it('treats the same instant in epoch milliseconds and in ISO as the same event', async () => {
      await postJson(hookUrl(), [ticketEvent({ eventTime: '1772442000000' })])
      const iso = await postJson(hookUrl(), [ticketEvent({ eventTime: '2026-03-02T09:00:00.000Z' })])
      expect(iso.body).to.deep.equal({ received: 1, stored: 0, duplicates: 1, ignored: 0 })
    })

    it('acknowledges event types the service does not handle and stores none of them', async () => {
      const res = await postJson(hookUrl(), [
        { eventType: 'Contact_Add', orgId: ORG, eventTime: '1772442000000', payload: { id: '20001000003000009' } },
        ticketEvent(),
      ])
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.equal({ received: 2, stored: 1, duplicates: 0, ignored: 1 })
      expect((await inbox(getDb(), installationId)).map((r) => r.event_type)).to.deep.equal(['Ticket_Update'])
    })

    it("acknowledges events of another org without storing them, and logs them", async () => {
      const res = await postJson(hookUrl(), [ticketEvent({ orgId: '99999999' }), ticketEvent({ orgId: Number(ORG), eventTime: '1772442060000' })])
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.equal({ received: 2, stored: 1, duplicates: 0, ignored: 1 })
      expect(logs.some((l) => l.level === 'warn' && l.message.includes('another org'))).to.equal(true)
    })

    it('answers an empty array with 200 and stores nothing', async () => {
      const res = await postJson(hookUrl(), [])
      expect(res.body).to.deep.equal({ received: 0, stored: 0, duplicates: 0, ignored: 0 })
      expect(storedCalls).to.deep.equal([])
    })
  })

  describe('authenticating the URL', () => {
    it("answers Desk's GET check of the URL with 200", async () => {
      const res = await call(hookUrl())
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.equal({ ok: true })
    })

    it('answers the GET check of a URL with a wrong secret with 404', async () => {
      const res = await call(hookUrl(app.url, installationId, generateSecret()))
      expect(res.status).to.equal(404)
      expect(res.body.error.code).to.equal('WEBHOOK_NOT_FOUND')
    })

    it('refuses a wrong secret and an unknown installation with the same 404 and stores nothing', async () => {
      const wrongSecret = await postJson(hookUrl(app.url, installationId, generateSecret()), [ticketEvent()])
      const unknown = await postJson(hookUrl(app.url, '0b8f1a3e-1111-4222-8333-944445555666', secret), [ticketEvent()])
      const absurd = await postJson(hookUrl(app.url, 'x'.repeat(500), secret), [ticketEvent()])
      expect(wrongSecret.status).to.equal(404)
      expect(wrongSecret.body).to.deep.equal({ error: { code: 'WEBHOOK_NOT_FOUND', message: 'no webhook receiver at this address' } })
      expect(unknown.status).to.equal(404)
      expect(unknown.text).to.equal(wrongSecret.text)
      expect(absurd.text).to.equal(wrongSecret.text)
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('refuses the secret of one installation on the URL of another', async () => {
      const otherSecret = generateSecret()
      const other = await createInstallation(getDb(), testBox, installationInput({ orgId: ORG, webhookSecret: otherSecret }))
      try {
        const res = await postJson(hookUrl(app.url, installationId, otherSecret), [ticketEvent()])
        expect(res.status).to.equal(404)
      } finally {
        await deleteInstallation(getDb(), other.id)
      }
    })

    it('takes a new secret at once and refuses the old one once the remembered installation expires', async () => {
      let t = NOW
      const clocked = await listen({ db: getDb(), now: () => t })
      try {
        expect((await postJson(hookUrl(clocked.url), [ticketEvent()])).status).to.equal(200)
        const rotated = generateSecret()
        await updateInstallation(getDb(), testBox, installationId, { webhookSecret: rotated })
        const fresh = await postJson(hookUrl(clocked.url, installationId, rotated), [ticketEvent({ eventTime: '1772442060000' })])
        expect(fresh.status).to.equal(200)
        t += DEFAULT_INSTALLATION_CACHE_MS
        const stale = await postJson(hookUrl(clocked.url), [ticketEvent({ eventTime: '1772442120000' })])
        expect(stale.status).to.equal(404)
        expect(await inbox(getDb(), installationId)).to.have.length(2)
      } finally {
        await clocked.close()
      }
    })

    it('refuses deliveries for a disabled installation', async () => {
      let t = NOW
      const clocked = await listen({ db: getDb(), now: () => t })
      try {
        expect((await call(hookUrl(clocked.url))).status).to.equal(200)
        await setInstallationStatus(getDb(), installationId, 'disabled', 'uninstalled')
        t += DEFAULT_INSTALLATION_CACHE_MS
        expect((await call(hookUrl(clocked.url))).status).to.equal(404)
        expect((await postJson(hookUrl(clocked.url), [ticketEvent()])).status).to.equal(404)
        expect(await inbox(getDb(), installationId)).to.have.length(0)
      } finally {
        await clocked.close()
      }
    })

    it('never writes the secret from the URL to the log', async () => {
      await postJson(hookUrl(app.url, installationId, `${secret}x`), [ticketEvent()])
      await postJson(hookUrl(), '{"not json')
      await postJson(hookUrl(), [ticketEvent({ orgId: '1' })])
      await postJson(hookUrl(), [ticketEvent()])
      expect(logs.length).to.be.greaterThan(0)
      const text = JSON.stringify(logs)
      expect(text).to.not.include(secret)
      expect(text).to.include(`/hooks/desk/${installationId}/[redacted]`)
    })
  })

  describe('refusing bad input', () => {
    it('answers malformed JSON with 400 and stores nothing', async () => {
      const res = await postJson(hookUrl(), '[{"eventType": "Ticket_Add",')
      expect(res.status).to.equal(400)
      expect(res.body.error.code).to.equal('WEBHOOK_BAD_JSON')
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('answers an empty body with 400', async () => {
      const res = await call(hookUrl(), { method: 'POST' })
      expect(res.status).to.equal(400)
      expect(res.body.error.code).to.equal('WEBHOOK_BAD_JSON')
    })

    it('answers a body over 1 MiB with 413 and stores nothing', async () => {
      const padding = 'x'.repeat(1024 * 1024)
      const res = await postJson(hookUrl(), [ticketEvent({}, { description: padding })])
      expect(res.status).to.equal(413)
      expect(res.body.error.code).to.equal('WEBHOOK_BODY_TOO_LARGE')
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('cuts off a streamed body without a length once it passes 1 MiB', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 2 * 1024 * 1024) return controller.close()
          sent += chunk.length
          controller.enqueue(chunk)
        },
      })
      const res = await call(hookUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
      expect(res.status).to.equal(413)
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('answers a delivery whose only event has an eventTime that is no instant with 400 naming the path', async () => {
      const res = await postJson(hookUrl(), [ticketEvent({ eventTime: 'last Tuesday' })])
      expect(res.status).to.equal(400)
      expect(res.body.error.code).to.equal('WEBHOOK_BAD_EVENT')
      expect(res.body.error.message).to.include('[0].eventTime')
      expect(res.body.error.issues[0].path).to.equal('[0].eventTime')
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('stores the valid events of a delivery and counts the invalid one, naming its path', async () => {
      const res = await postJson(hookUrl(), [ticketEvent(), ticketEvent({ eventTime: 'last Tuesday' })])
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.include({ received: 2, stored: 1, duplicates: 0, ignored: 0, invalid: 1 })
      expect(res.body.issues[0].path).to.equal('[1].eventTime')
      expect(await inbox(getDb(), installationId)).to.have.length(1)
    })

    it('answers epoch seconds in eventTime with 400 rather than storing a 1970 event', async () => {
      const res = await postJson(hookUrl(), [ticketEvent({ eventTime: '1772442000' })])
      expect(res.status).to.equal(400)
      expect(res.body.error.issues[0].path).to.equal('[0].eventTime')
    })

    it('answers a ticket event without a ticket id with 400 naming payload.id', async () => {
      const res = await postJson(hookUrl(), [ticketEvent({}, { id: undefined })])
      expect(res.status).to.equal(400)
      expect(res.body.error.issues[0].path).to.equal('[0].payload.id')
    })

    it('answers a ticket id sent as a JSON number with 400, since digits would be lost', async () => {
      const res = await postJson(hookUrl(), [{ eventType: 'Ticket_Thread_Add', eventTime: '1772442000000', payload: { ticketId: 20001000004999001 } }])
      expect(res.status).to.equal(400)
      expect(res.body.error.issues[0].path).to.equal('[0].payload.ticketId')
    })

    it('answers events without eventType or with a non-object payload with 400', async () => {
      const res = await postJson(hookUrl(), [{ eventTime: '1772442000000', payload: [] }])
      expect(res.status).to.equal(400)
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).to.include.members(['[0].eventType', '[0].payload'])
    })

    it('answers 500 without details when the store fails, so Desk delivers again', async () => {
      const failing: Db = {
        ...getDb(),
        query: (text: string, values?: unknown[]) =>
          text.includes('INSERT INTO webhook_inbox') ? Promise.reject(new Error('connection terminated at /srv/app/store.js:12')) : getDb().query(text, values),
      } as Db
      const broken = await listen({ db: failing, now: () => NOW, logger: recordingLogger(logs) })
      try {
        const res = await postJson(hookUrl(broken.url), [ticketEvent()])
        expect(res.status).to.equal(500)
        expect(res.body).to.deep.equal({ error: { code: 'WEBHOOK_INTERNAL', message: 'the delivery could not be stored; it was not acknowledged' } })
        expect(res.text).to.not.include('store.js')
        expect(logs.some((l) => l.level === 'error')).to.equal(true)
      } finally {
        await broken.close()
      }
    })
  })

  describe('holding up under abuse (issue 17)', () => {
    it('refuses a delivery of more events than the per-delivery cap with 429 and stores nothing', async () => {
      const capped = await listen({ db: getDb(), now: () => NOW, maxEventsPerDelivery: 3 })
      try {
        const events = Array.from({ length: 4 }, (_, i) => ticketEvent({ eventTime: String(1772442000000 + i) }))
        const res = await postJson(hookUrl(capped.url), events)
        expect(res.status).to.equal(429)
        expect(res.body.error.code).to.equal('WEBHOOK_TOO_MANY_EVENTS')
        expect(await inbox(getDb(), installationId)).to.have.length(0)
        expect((await postJson(hookUrl(capped.url), events.slice(0, 3))).status).to.equal(200)
      } finally {
        await capped.close()
      }
    })

    it('answers 429 once an installation has delivered its events per minute, stores nothing more, and takes deliveries again a minute later', async () => {
      let clock = NOW
      const capped = await listen({ db: getDb(), now: () => clock, eventsPerMinute: 3 })
      try {
        const at = (ms: number) => ticketEvent({ eventTime: String(1772442000000 + ms) })
        expect((await postJson(hookUrl(capped.url), [at(0), at(1)])).body.stored).to.equal(2)
        // a redelivery of stored events uses up nothing
        expect((await postJson(hookUrl(capped.url), [at(0), at(1)])).body).to.deep.equal({ received: 2, stored: 0, duplicates: 2, ignored: 0 })
        // under the budget, a delivery is taken whole (the store alone knows how many of its events are new)
        expect((await postJson(hookUrl(capped.url), [at(2), at(3)])).body.stored).to.equal(2)
        clock += 59_000
        const over = await postJson(hookUrl(capped.url), [at(4)])
        expect(over.status).to.equal(429)
        expect(over.body.error).to.deep.include({ code: 'WEBHOOK_RATE_LIMITED' })
        expect(await inbox(getDb(), installationId)).to.have.length(4)
        clock += 1_000
        expect((await postJson(hookUrl(capped.url), [at(4)])).body.stored).to.equal(1)
      } finally {
        await capped.close()
      }
    })

    it('sends Retry-After with the 429 of the per-minute cap', async () => {
      const capped = await listen({ db: getDb(), now: () => NOW, eventsPerMinute: 1 })
      try {
        await postJson(hookUrl(capped.url), [ticketEvent()])
        const res = await fetch(hookUrl(capped.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([ticketEvent({ eventTime: '1772442000001' })]) })
        expect(res.status).to.equal(429)
        expect(res.headers.get('retry-after')).to.equal('60')
        expect(res.headers.get('content-type')).to.match(/^application\/json/)
        await res.text()
      } finally {
        await capped.close()
      }
    })

    it("accepts only ticket ids shaped like Desk's: 12 to 19 digits, no leading zero, within int64", () => {
      for (const id of ['20001000004999001', '100000000000', '9223372036854775807']) expect(isDeskId(id), id).to.equal(true)
      for (const id of ['', '1', '12345678901', '02000100000499900', '9223372036854775808', '20001000004999001x', '20001000004999001234', 'x'.repeat(17)]) {
        expect(isDeskId(id), id).to.equal(false)
      }
    })

    it('leaves out an event whose ticket id is not a Desk id, naming its path, and stores the others', async () => {
      const res = await postJson(hookUrl(), [ticketEvent({}, { id: '../../etc' }), ticketEvent({ eventTime: '1772442000001' })])
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.include({ stored: 1, invalid: 1 })
      expect(res.body.issues[0].path).to.equal('[0].payload.id')
    })

    it('stores a ticket whose text holds U+0000 and a lone surrogate, with U+FFFD in their place', async () => {
      const subject = 'Sync\u0000 fails \ud800 on \udc00 import \ud83d\ude00'
      const res = await postJson(hookUrl(), JSON.stringify([ticketEvent({}, { subject, description: 'a backslash \\u0000 stays' })]))
      expect(res.status).to.equal(200)
      expect(res.body.stored).to.equal(1)
      const [row] = await inbox(getDb(), installationId)
      expect(row!.payload.payload.subject).to.equal('Sync\ufffd fails \ufffd on \ufffd import \ud83d\ude00')
      expect(row!.payload.payload.description).to.equal('a backslash \\u0000 stays')
    })

    it('leaves out an event nested thousands of levels deep and stores the others', async () => {
      // built as text: JSON.stringify itself runs out of stack at this depth
      const deep = `${'['.repeat(50_000)}"bottom"${']'.repeat(50_000)}`
      const first = JSON.stringify(ticketEvent({}, { cf: { cf_note: '@DEEP@' } })).replace('"@DEEP@"', deep)
      const res = await postJson(hookUrl(), `[${first},${JSON.stringify(ticketEvent({ eventTime: '1772442000001' }))}]`)
      expect(res.status).to.equal(200)
      expect(res.body).to.deep.include({ received: 2, stored: 1, invalid: 1 })
      expect(res.body.issues[0]).to.deep.equal({ path: '[0]', message: 'nested deeper than 32 levels' })
    })

    it('stores the other events of a delivery when the store refuses what one of them holds', async () => {
      const refusing: Db = {
        ...getDb(),
        query: (text: string, values?: unknown[]) =>
          text.includes('INSERT INTO webhook_inbox') && String(values?.[1]).includes('unstorable')
            ? Promise.reject(Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }))
            : getDb().query(text, values),
      } as Db
      const app2 = await listen({ db: refusing, now: () => NOW, logger: recordingLogger(logs) })
      try {
        const res = await postJson(hookUrl(app2.url), [ticketEvent({}, { subject: 'unstorable' }), ticketEvent({ eventTime: '1772442000001' })])
        expect(res.status).to.equal(200)
        expect(res.body).to.deep.include({ received: 2, stored: 1, duplicates: 0, invalid: 1 })
        expect(res.body.issues[0].message).to.include('the store refused the Ticket_Update event')
        expect(await inbox(getDb(), installationId)).to.have.length(1)
        // alone in its delivery, it is acknowledged and reported too: a 500 would bring it back forever
        const alone = await postJson(hookUrl(app2.url), [ticketEvent({ eventTime: '1772442000002' }, { subject: 'unstorable' })])
        expect(alone.status).to.equal(200)
        expect(alone.body).to.deep.include({ received: 1, stored: 0, invalid: 1 })
      } finally {
        await app2.close()
      }
    })

    it('answers a %00 or malformed percent-encoding in the hook URL with a JSON 4xx, never 500', async () => {
      const body = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([ticketEvent()]) }
      for (const path of [`/hooks/desk/%00/${secret}`, `/hooks/desk/${installationId}%00/${secret}`, `/hooks/desk/${installationId}/${secret}%00`]) {
        const res = await call(`${app.url}${path}`, body)
        expect(res.status, path).to.equal(404)
        expect(res.body.error.code, path).to.equal('WEBHOOK_NOT_FOUND')
        expect((await call(`${app.url}${path}`)).status, `GET ${path}`).to.equal(404)
      }
      for (const path of ['/hooks/desk/%E0%A4%A/secret', `/hooks/desk/${installationId}/%ZZ`]) {
        const res = await call(`${app.url}${path}`, body)
        expect(res.status, path).to.equal(400)
        expect(res.body.error.code, path).to.equal('WEBHOOK_BAD_URL')
      }
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('closes an unauthenticated slow upload without reading its body', async () => {
      const declared = 1024 * 1024
      // a slow sender: 1 KiB every 20 ms, which would take 20 s for the whole megabyte
      const exchange = await rawExchange({
        port: Number(new URL(app.url).port),
        head: `POST /hooks/desk/${randomUUID()}/${secret} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n[`,
        trickle: { bytes: 1024, everyMs: 20, upTo: declared },
        waitMs: 5_000,
      })
      expect(exchange.serverClosed, 'the server hung up').to.equal(true)
      expect(exchange.received).to.match(/^HTTP\/1\.1 404 /)
      expect(exchange.received.toLowerCase()).to.include('connection: close')
      expect(exchange.received).to.include('"WEBHOOK_NOT_FOUND"')
      expect(exchange.sent).to.be.lessThan(declared / 4)
    })

    it('keeps a slow but valid delivery working within the body limit', async () => {
      const text = JSON.stringify([ticketEvent({}, { description: 'd'.repeat(8 * 1024) })])
      const bytes = new TextEncoder().encode(text)
      let offset = 0
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (offset >= bytes.length) return controller.close()
          await new Promise((r) => setTimeout(r, 5))
          controller.enqueue(bytes.slice(offset, offset + 1024))
          offset += 1024
        },
      })
      const res = await call(hookUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
      expect(res.status).to.equal(200)
      expect(res.body.stored).to.equal(1)
    })
  })

  describe('checking X-ZDesk-JWT', () => {
    it('stores a delivery whose token verifies against the data center keys', async () => {
      const res = await postJson(hookUrl(), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign() })
      expect(res.status).to.equal(200)
      expect(res.body.stored).to.equal(1)
    })

    it('refuses a token issued for another org with 401 and stores nothing', async () => {
      const res = await postJson(hookUrl(), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign({ iss: 'orgId:99999999' }) })
      expect(res.status).to.equal(401)
      expect(res.body.error.code).to.equal('WEBHOOK_BAD_TOKEN')
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('refuses a token whose signature does not verify with 401', async () => {
      // Desk's header and signature around claims the key never signed
      const [head, , sig] = (await signer.sign()).split('.')
      const claims = { iss: `orgId:${ORG}`, aud: 'webhookId:1', iat: NOW / 1000, exp: NOW / 1000 + 300 }
      const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`
      const res = await postJson(hookUrl(), [ticketEvent()], { 'x-zdesk-jwt': forged })
      expect(res.status).to.equal(401)
      const otherKey = await testSigner() // same kid, other key
      const res2 = await postJson(hookUrl(), [ticketEvent()], { 'x-zdesk-jwt': await otherKey.sign() })
      expect(res2.status).to.equal(401)
      expect(await inbox(getDb(), installationId)).to.have.length(0)
    })

    it('refuses an expired token with 401', async () => {
      const iat = Math.floor(NOW / 1000) - 3600
      const res = await postJson(hookUrl(), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign({ iat, exp: iat + 300 }) })
      expect(res.status).to.equal(401)
    })

    it('refuses a token for a webhook the installation did not register, once its hook ids are known', async () => {
      await updateInstallation(getDb(), testBox, installationId, { webhookIds: ['20001000000123001'] })
      const uncached = await listen({ db: getDb(), now: () => NOW, jwks: () => signer.keys, installationCacheMs: 0 })
      try {
        const ours = await postJson(hookUrl(uncached.url), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign({ aud: 'webhookId:20001000000123001' }) })
        expect(ours.status).to.equal(200)
        const theirs = await postJson(hookUrl(uncached.url), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign({ aud: 'webhookId:20001000000999999' }) })
        expect(theirs.status).to.equal(401)
      } finally {
        await uncached.close()
      }
    })

    it('refuses a delivery without a token in strict mode with 401, and stores one that carries a valid token', async () => {
      expect((await call(hookUrl(strictApp.url))).status, 'the GET check carries no token').to.equal(200)
      const bare = await postJson(hookUrl(strictApp.url), [ticketEvent()])
      expect(bare.status).to.equal(401)
      expect(bare.body.error.code).to.equal('WEBHOOK_TOKEN_REQUIRED')
      expect(await inbox(getDb(), installationId)).to.have.length(0)
      const signed = await postJson(hookUrl(strictApp.url), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign() })
      expect(signed.status).to.equal(200)
    })

    it('answers 503 when the signing keys cannot be fetched, so Desk delivers again', async () => {
      const offline = await listen({
        db: getDb(),
        now: () => NOW,
        jwks: () => async () => {
          throw new TypeError('fetch failed')
        },
      })
      try {
        const res = await postJson(hookUrl(offline.url), [ticketEvent()], { 'x-zdesk-jwt': await signer.sign() })
        expect(res.status).to.equal(503)
        expect(res.body.error.code).to.equal('WEBHOOK_JWKS_UNAVAILABLE')
        expect(await inbox(getDb(), installationId)).to.have.length(0)
      } finally {
        await offline.close()
      }
    })
  })

  describe('probes', () => {
    it('answers /healthz with 200 while the process runs', async () => {
      const res = await call(`${app.url}/healthz`)
      expect(res.status).to.equal(200)
      expect(res.body.status).to.equal('ok')
    })

    it('answers /readyz with 200 when the schema is fully migrated', async () => {
      const res = await call(`${app.url}/readyz`)
      expect(res.status).to.equal(200)
      expect(res.body).to.include({ status: 'ready' })
      expect(res.body.schemaVersion).to.be.greaterThan(0)
    })

    it('answers /readyz with 503 while migrations are pending or the database is down', async () => {
      const unmigrated = { ...getDb(), query: async () => ({ rows: [{ exists: false }], rowCount: 1 }) } as unknown as Db
      const down = { ...getDb(), query: async () => Promise.reject(new Error('ECONNREFUSED')) } as unknown as Db
      const a = await listen({ db: unmigrated })
      const b = await listen({ db: down })
      try {
        const pending = await call(`${a.url}/readyz`)
        expect(pending.status).to.equal(503)
        expect(pending.body.error.code).to.equal('READY_MIGRATIONS_PENDING')
        const unreachable = await call(`${b.url}/readyz`)
        expect(unreachable.status).to.equal(503)
        expect(unreachable.body.error.code).to.equal('READY_DATABASE_UNREACHABLE')
      } finally {
        await a.close()
        await b.close()
      }
    })

    it('answers other paths with a JSON 404', async () => {
      const res = await call(`${app.url}/hooks/desk/${installationId}`, { method: 'POST' })
      expect(res.status).to.equal(404)
      expect(res.body.error.code).to.equal('NOT_FOUND')
    })
  })

  describe('against the live Desk sandbox', () => {
    let desk: TestDesk
    let receiver: Listening
    let sandboxInstallation: string

    beforeEach(async () => {
      desk = await startDesk()
      const sandboxSecret = generateSecret()
      sandboxInstallation = (
        await createInstallation(getDb(), testBox, {
          ...installationInput({ orgId: desk.sb.orgId, dataCenter: 'com', webhookSecret: sandboxSecret }),
          apiBase: desk.sb.apiBase,
          accountsUrl: desk.sb.accountsUrl,
        })
      ).id
      // strict: a stored event proves its token verified against the sandbox's real JWKS URL
      receiver = await listen({ db: getDb(), now: desk.clock.now, strictJwt: true, installationCacheMs: 0 })
      hookPath = `/hooks/desk/${sandboxInstallation}/${sandboxSecret}`
    })
    let hookPath: string
    afterEach(async () => {
      await receiver?.close()
      await desk?.close()
      if (sandboxInstallation) await deleteInstallation(getDb(), sandboxInstallation)
    })

    it('receives the ticket a customer files in Desk, with a token verified against the sandbox JWKS', async () => {
      const contactTicket = await seedOne(desk)
      const contactId = desk.sb.state.tickets.get(contactTicket)!.contactId
      const hook = await desk.api('POST', '/webhooks', {
        body: {
          name: 'desk-sla',
          url: `${receiver.url}${hookPath}`,
          subscriptions: { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null },
          ignoreSourceId: sandboxInstallation,
        },
      })
      expect(hook.status, JSON.stringify(hook.body)).to.equal(200)
      await updateInstallation(getDb(), testBox, sandboxInstallation, { webhookIds: [hook.body.id] })

      const departments = await desk.api('GET', '/departments')
      const created = await desk.api('POST', '/tickets', {
        body: { subject: 'Export hangs', contactId, departmentId: departments.body.data[0].id, description: 'Type of Support request: Technical Support' },
      })
      expect(created.status).to.equal(200)
      await desk.sb.deliveries.idle()

      const deliveries = desk.sb.deliveries.list()
      expect(deliveries.map((d) => [d.eventType, d.status])).to.deep.equal([['Ticket_Add', 200]])
      const rows = await inbox(getDb(), sandboxInstallation)
      expect(rows).to.have.length(1)
      expect(rows[0]).to.include({ event_type: 'Ticket_Add', ticket_id: created.body.id, source: 'webhook' })
      expect(rows[0]!.payload.payload.subject).to.equal('Export hangs')
      expect(rows[0]!.payload.orgId).to.equal(desk.sb.orgId)

      // the same URL without Desk's token, or with a forged one, is refused
      const forged = await postJson(`${receiver.url}${hookPath}`, [ticketEvent({ orgId: desk.sb.orgId })], { 'x-zdesk-jwt': await signer.sign({ iss: `orgId:${desk.sb.orgId}` }) })
      expect(forged.status).to.equal(401)
      expect(await inbox(getDb(), sandboxInstallation)).to.have.length(1)
    })
  })
})
