// A world for the admin dashboard's API tests: a real store, one installation with known secrets,
// the admin router on loopback with a movable clock, a cookie-keeping client, and helpers that
// store tickets (as the processor saves them), dead letters and failed events.
import type { Router } from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import type { Db } from '../../src/store/db.js'
import { inboxQueue, inboxEventKey, insertEvents } from '../../src/store/repos/inbox.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { saveTicketSla } from '../../src/store/repos/ticket-sla.js'
import type { SecretVerifier } from '../../src/web/admin/auth.js'
import { createAdminRouter } from '../../src/web/admin/router.js'
import type { SignInBudgets } from '../../src/web/admin/sign-in-throttle.js'
import { createApp } from '../../src/web/app.js'
import { shippedPolicy } from '../engine/helpers.js'
import { testBox } from '../store/helpers.js'

export const ADMIN_TOKEN = 'admin-token-0123456789-abcdefghij'
export const SECRETS = {
  clientSecret: 'client-secret-7f3a9c1e5b',
  refreshToken: '1000.refresh-5d2e8b4c7a9f1e3d',
  webhookSecret: 'webhook-secret-3c8e1a7f9b2d4e6a',
}
export const MONDAY_14_UTC = Date.parse('2026-03-02T14:00:00.000Z')
export const SESSION_TTL_HOURS = 8

export interface AdminWorld {
  ctx: ServiceContext
  installation: Installation
  origin: string
  router: ReturnType<typeof createAdminRouter>
  clock: { now: number }
  /** a client that keeps cookies, like a browser */
  client(): Client
  /** a client already signed in, with its CSRF token */
  signedIn(): Promise<Client & { csrf: string }>
  /** `ref`: the ticket's number, subject and Desk link as the processor keeps them; null: a ticket kept before they were */
  saveTicket(ticketId: string, input: Record<string, unknown>, open?: boolean, ref?: Record<string, unknown> | null): Promise<void>
  deadLetter(ticketId: string, error?: string): Promise<number>
  failedEvent(ticketId: string): Promise<number>
}

export interface Client {
  cookies: Map<string, string>
  fetch(path: string, init?: RequestInit): Promise<Response>
  form(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>
}

export interface AdminWorldOptions {
  cookieSecure?: boolean
  /** the service's TRUST_PROXY */
  trustProxy?: boolean | number | string[]
  /** ADMIN_PASSWORD_HASH */
  passwordHash?: string
  signInBudgets?: SignInBudgets
  verifier?: (creds: { token: string; passwordHash?: string }) => SecretVerifier
}

export function useAdminWorld(getDb: () => Db, opts: AdminWorldOptions = {}): () => AdminWorld {
  let world: AdminWorld | undefined
  let server: Server | undefined

  before(async () => {
    const db = getDb()
    const clock = { now: MONDAY_14_UTC }
    const ctx = createContext({ db, box: testBox, policy: await shippedPolicy(), now: () => clock.now })
    const installation = await createInstallation(db, testBox, {
      name: 'Partner Desk EU',
      orgId: '60001234',
      dataCenter: 'eu',
      clientId: '1000.ADMINTEST',
      ...SECRETS,
    })
    const router = createAdminRouter({
      ctx,
      config: { ADMIN_TOKEN, ADMIN_PASSWORD_HASH: opts.passwordHash, SESSION_TTL_HOURS, COOKIE_SECURE: opts.cookieSecure ?? false },
      signInBudgets: opts.signInBudgets,
      verifier: opts.verifier?.({ token: ADMIN_TOKEN, passwordHash: opts.passwordHash }),
    })
    // the service's own app: the webhook receiver beside the admin pages, proxy trust as configured
    const app = createApp({ db, now: () => clock.now, trustProxy: opts.trustProxy, routers: [router] })
    server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server!.once('listening', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

    const client = (): Client => {
      const cookies = new Map<string, string>()
      const send = async (path: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers)
        if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
        const res = await fetch(origin + path, { ...init, headers, redirect: 'manual' })
        for (const line of res.headers.getSetCookie()) {
          const [pair] = line.split(';')
          const eq = pair!.indexOf('=')
          const name = pair!.slice(0, eq)
          const value = pair!.slice(eq + 1)
          if (value === '' || /Max-Age=0/.test(line)) cookies.delete(name)
          else cookies.set(name, value)
        }
        return res
      }
      return {
        cookies,
        fetch: send,
        form: (path, fields, headers = {}) =>
          send(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() }),
      }
    }

    world = {
      ctx,
      installation,
      origin,
      router,
      clock,
      client,
      async signedIn() {
        const c = client()
        const page = await (await c.fetch('/admin/login')).text()
        const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!
        const res = await c.form('/admin/login', { _csrf: loginCsrf, secret: ADMIN_TOKEN, next: '/admin' })
        if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`)
        const session = (await (await c.fetch('/admin/api/session')).json()) as { csrfToken: string }
        return Object.assign(c, { csrf: session.csrfToken })
      },
      async saveTicket(ticketId, input, open = true, ref = defaultRef(ticketId)) {
        await saveTicketSla(
          db,
          {
            installationId: installation.id,
            ticketId,
            state: { input, statusType: open ? 'Open' : 'Closed', slaStatus: 'On track', ...(ref ? { ref } : {}) },
            lastWritten: {},
            escalationLevel: 0,
            nextCheckAt: null,
            lastEventTime: null,
            ticketModifiedTime: null,
            statusIntervals: [],
            open,
          },
          null,
          new Date(clock.now),
        )
      },
      async deadLetter(ticketId, error = 'DESK_UNPROCESSABLE: 422 cf_region is not a picklist value') {
        // stored dead directly: claiming would wait behind the ticket's other queued writes
        const { rows } = await db.query<{ id: number | string }>(
          `INSERT INTO outbox (installation_id, ticket_id, kind, body, status, attempts, last_error, created_at, next_attempt_at, done_at)
           VALUES ($1, $2, 'patch', $3::jsonb, 'dead', 8, $4, $5, $5, $5) RETURNING id`,
          [installation.id, ticketId, JSON.stringify({ cf: { cf_region: 'UK & EU' } }), error, new Date(clock.now).toISOString()],
        )
        return Number(rows[0]!.id)
      },
      async failedEvent(ticketId) {
        const at = new Date(clock.now)
        const time = new Date(clock.now - 60_000)
        await insertEvents(db, installation.id, [{ eventKey: inboxEventKey('Ticket_Update', ticketId, time), eventType: 'Ticket_Update', ticketId, eventTime: time, payload: {} }], at)
        const claimed = (await inboxQueue.claim(db, 100, 60_000, at)).find((e) => e.ticketId === ticketId)!
        await inboxQueue.deadLetter(db, claimed, 'DESK_SERVER_ERROR: 500', at)
        return claimed.id
      },
    }
  })

  after(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  })

  return () => {
    if (!world) throw new Error('the admin world is not ready (before() failed)')
    return world
  }
}

/** the sign-in form's CSRF token, as the page hands it out (its cookie is kept by the client) */
export async function loginCsrf(c: Client): Promise<string> {
  const page = await (await c.fetch('/admin/login')).text()
  return /name="_csrf" value="([^"]+)"/.exec(page)![1]!
}

/** after each test: a day on (every sign-in wait this process remembers is over), and no budgets in the store */
export function forgetSignInsAfterEach(world: () => AdminWorld, getDb: () => Db): void {
  afterEach(async () => {
    world().clock.now += 24 * 3_600_000
    await getDb().query('DELETE FROM admin_login_failures')
  })
}

/** what the processor keeps of a ticket for the dashboard: its number, subject and Desk's own webUrl */
export function defaultRef(ticketId: string): Record<string, unknown> {
  return { ticketNumber: `4${ticketId.slice(-3)}`, subject: 'Sync totals wrong', webUrl: `https://support.partnerdesk.example.com/support/partnerdesk/ShowHomePage.do#Cases/dv/${ticketId}` }
}

/** the engine input of a ticket filed from a partner account (as the processor stores it) */
export function ticketInput(o: {
  id: string
  created: string
  severity?: '1' | '2' | '3'
  country?: string
  state?: string
  tier?: string
  threads?: { direction: 'in' | 'out'; createdTime: string }[]
  closedTime?: string
}): Record<string, unknown> {
  return {
    ticket: {
      id: o.id,
      subject: 'Sync totals wrong',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the sync returns incorrect totals',
      createdTime: o.created,
      statusType: o.closedTime ? 'Closed' : 'Open',
      closedTime: o.closedTime ?? null,
      cf: o.severity ? { cf_severity: o.severity } : {},
    },
    account: { country: o.country ?? 'Germany', state: o.state ?? null, cf: { cf_partner_tier: o.tier ?? 'Premium' } },
    threads: (o.threads ?? []).map((t) => ({ ...t, visibility: 'public', status: 'SUCCESS' })),
    statusHistory: o.closedTime ? [{ statusType: 'Closed', from: o.closedTime, to: null }] : [],
  }
}

interface RouteInfo {
  method: string
  path: string
}

/** every route the router declares, read from express's own route table */
export function declaredRoutes(router: Router): RouteInfo[] {
  const out: RouteInfo[] = []
  for (const layer of (router as unknown as { stack: { route?: { path: string | string[]; methods: Record<string, boolean> } }[] }).stack) {
    if (!layer.route) continue
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path]
    for (const path of paths) for (const [method, on] of Object.entries(layer.route.methods)) if (on) out.push({ method: method.toUpperCase(), path })
  }
  return out
}

