import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js'

// Test harness: a live sandbox on 127.0.0.1 with a hand-moved clock, plain fetch for HTTP,
// and a tiny webhook receiver. Nothing here sleeps on the real clock.

export const T0 = Date.parse('2026-03-02T09:00:00.000Z')

export class ManualClock {
  t = T0
  readonly now = (): number => this.t
  advanceMinutes(m: number): void { this.t += m * 60_000 }
}

export type HttpAnswer = { status: number; headers: Headers; body: any }

export type TestDesk = {
  sb: Sandbox
  clock: ManualClock
  mint(): Promise<HttpAnswer>
  token(): Promise<string>
  api(method: string, path: string, opts?: { body?: unknown; headers?: Record<string, string>; token?: string | null; orgId?: string | null }): Promise<HttpAnswer>
  control(method: string, path: string, body?: unknown): Promise<HttpAnswer>
  close(): Promise<void>
}

export async function startDesk(opts: SandboxOptions = {}): Promise<TestDesk> {
  const clock = new ManualClock()
  const sb = await createSandbox({
    ...opts,
    clock: clock.now,
    deliveries: { retryDelaysMs: [5], timeoutMs: 2_000, ...opts.deliveries },
  })
  let cached: string | undefined
  const desk: TestDesk = {
    sb, clock,
    mint: () => send('POST', `${sb.accountsUrl}/oauth/v2/token`, {
      form: { grant_type: 'refresh_token', client_id: sb.clientId, client_secret: sb.clientSecret, refresh_token: sb.refreshToken },
    }),
    async token() {
      if (!cached) {
        const res = await desk.mint()
        if (res.status !== 200) throw new Error(`mint failed: ${JSON.stringify(res.body)}`)
        cached = res.body.access_token as string
      }
      return cached
    },
    async api(method, path, o = {}) {
      const token = o.token === undefined ? await desk.token() : o.token
      const headers: Record<string, string> = { ...(o.headers ?? {}) }
      if (token !== null) headers.Authorization = `Zoho-oauthtoken ${token}`
      if (o.orgId !== null) headers.orgId = o.orgId ?? sb.orgId
      return send(method, `${sb.apiBase}${path}`, { json: o.body, headers })
    },
    control: (method, path, body) => send(method, `${sb.url}/sandbox${path}`, { json: body }),
    close: () => sb.close(),
  }
  return desk
}

export async function send(
  method: string,
  url: string,
  o: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) }
  let body: string | undefined
  if (o.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(o.form).toString()
  } else if (o.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(o.json)
  }
  const res = await fetch(url, { method, headers, body })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) }
}

export type Received = { method: string; url: string; headers: IncomingHttpHeaders; body: any }

export type Receiver = {
  url: string
  received: Received[]
  /** Status of the validation GET; default 200. */
  getStatus: number
  posts(): Received[]
  /** Status (and optional action) per POST; default 200. */
  answer: (req: Received, n: number) => number | Promise<number>
  close(): Promise<void>
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = []
  let posts = 0
  const receiver: Receiver = {
    url: '', received, getStatus: 200,
    posts: () => received.filter((r) => r.method === 'POST'),
    answer: () => 200,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections() }),
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : undefined }
      received.push(r)
      if (r.method !== 'POST') { res.statusCode = receiver.getStatus; res.end('ok'); return }
      void Promise.resolve(receiver.answer(r, ++posts)).then((status) => {
        res.statusCode = status
        res.end()
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/desk`
  return receiver
}

/** One account, contact and ticket to work on. */
export async function seedOne(desk: TestDesk, ticket: Record<string, unknown> = {}): Promise<string> {
  const res = await desk.control('POST', '/seed', {
    accounts: [{ id: '20001000002999001', accountName: 'Nordlicht Beratung GmbH', country: 'Deutschland', city: 'Köln', cf: { cf_partner_tier: 'Advanced', cf_user_licenses: 12 } }],
    contacts: [{ id: '20001000003999001', firstName: 'Lea', lastName: 'Fischer', email: 'lea@nordlicht.example.com', accountId: '20001000002999001' }],
    tickets: [{ id: '20001000004999001', subject: 'Sync fails', description: 'Art der Supportanfrage: Technischer Support', contactId: '20001000003999001', createdTime: '2026-03-02T08:00:00.000Z', ...ticket }],
  })
  if (res.status !== 200) throw new Error(`seed failed: ${JSON.stringify(res.body)}`)
  return '20001000004999001'
}
