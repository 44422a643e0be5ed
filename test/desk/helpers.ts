// Shared fixtures for the Desk client tests: a fake clock, a client wired to nock hosts, Desk-shaped records.
import nock from 'nock'
import { createDeskClient, type DeskClientOptions } from '../../src/desk/client.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { MemoryTokenStore, type TokenStore } from '../../src/desk/token-store.js'
import '../support/promise-with-resolvers.js'

export const API_HOST = 'https://desk.zoho.test'
export const API_ROOT = '/api/v1'
export const API_BASE = `${API_HOST}${API_ROOT}`
export const ACCOUNTS = 'https://accounts.zoho.test'
export const INSTALLATION = '5b0f4c2e-8d1a-4c7e-9f3b-2a6d1e0c9b71'
export const ORG = '60001234'
export const CLIENT_ID = '1000.CLIENTIDABCDEF'
export const CLIENT_SECRET = 'cs-9f8e7d6c5b4a39281706'
export const REFRESH_TOKEN = '1000.rt-0123456789abcdef.fedcba9876543210'
export const START = Date.parse('2026-03-02T09:00:00.000Z')

export interface FakeClock {
  now: () => number
  sleep: (ms: number) => Promise<void>
  advance: (ms: number) => void
  /** every wait the code under test asked for, in order */
  sleeps: number[]
}

/** sleeping advances the clock instead of waiting */
export function fakeClock(start = START): FakeClock {
  let t = start
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    advance: (ms: number) => {
      t += ms
    },
    sleeps,
  }
}

export interface Harness {
  clock: FakeClock
  store: TokenStore
  limiters: OrgLimiterRegistry
  client: ReturnType<typeof createDeskClient>
  options: DeskClientOptions
}

/** a client against the nock hosts; random 0.5 makes backoff exact (1 s, 2 s, 4 s…) */
export function makeClient(over: Partial<DeskClientOptions> & { clock?: FakeClock } = {}): Harness {
  const { clock = fakeClock(), ...rest } = over
  const store = rest.tokenStore ?? new MemoryTokenStore()
  const limiters = rest.limiters ?? new OrgLimiterRegistry()
  const options: DeskClientOptions = {
    installationId: INSTALLATION,
    orgId: ORG,
    dataCenter: 'eu',
    apiBase: API_BASE,
    accountsUrl: ACCOUNTS,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: REFRESH_TOKEN,
    tokenStore: store,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    limiters,
    ...rest,
  }
  return { clock, store, limiters, client: createDeskClient(options), options }
}

/** a valid access token already in the store, so a test can focus on the API call */
export async function seedToken(h: Harness, accessToken = '1000.seeded-access-token', lifetimeMs = 3_600_000): Promise<string> {
  await h.store.save(INSTALLATION, { accessToken, expiresAt: h.clock.now() + lifetimeMs })
  return accessToken
}

export const TOKEN_FORM = {
  grant_type: 'refresh_token',
  client_id: CLIENT_ID,
  client_secret: CLIENT_SECRET,
  refresh_token: REFRESH_TOKEN,
}

/** the accounts server minting `accessToken`; counts calls in `calls.n` */
export function mockTokenEndpoint(accessToken: string, opts: { times?: number; expiresIn?: number; calls?: { n: number } } = {}) {
  return nock(ACCOUNTS)
    .post('/oauth/v2/token', TOKEN_FORM)
    .times(opts.times ?? 1)
    .reply(200, () => {
      if (opts.calls) opts.calls.n++
      return { access_token: accessToken, expires_in: opts.expiresIn ?? 3600, api_domain: 'https://www.zohoapis.eu', token_type: 'Bearer' }
    })
}

export function desk(token: string) {
  return nock(API_HOST, { reqheaders: { authorization: `Zoho-oauthtoken ${token}`, orgid: ORG } })
}

export function ticket(n: number, over: Record<string, unknown> = {}) {
  const id = String(20001000000123000n + BigInt(n))
  return {
    id,
    ticketNumber: String(4700 + n),
    subject: `Sync fails #${n}`,
    status: 'Open',
    statusType: 'Open',
    priority: 'High',
    channel: 'Email',
    createdTime: '2026-03-02T09:15:00.000Z',
    modifiedTime: '2026-03-02T10:00:00.000Z',
    closedTime: null,
    onholdTime: null,
    dueDate: '2026-03-03T09:15:00.000Z',
    responseDueDate: null,
    departmentId: '20001000000000907',
    contactId: '20001000000042032',
    accountId: '20001000000052077',
    assigneeId: '20001000000042001',
    isOverDue: false,
    threadCount: '3',
    cf: { cf_partner_tier: 'Advanced', cf_sla_ack_due: null },
    ...over,
  }
}

export function thread(n: number, over: Record<string, unknown> = {}) {
  return {
    id: String(20001000000200000n + BigInt(n)),
    channel: 'EMAIL',
    direction: 'out',
    visibility: 'public',
    status: 'SUCCESS',
    isDescriptionThread: false,
    isForward: false,
    createdTime: '2026-03-02T11:02:00.000Z',
    author: { name: 'Ana', type: 'AGENT' },
    ...over,
  }
}

/** a History event as Zoho documents it (TicketHistory.json): a status change from Open to "Waiting on partner" */
export function historyEvent(n: number) {
  return {
    eventName: 'TicketUpdated',
    eventTime: new Date(Date.parse('2026-03-02T10:00:00.000Z') - n * 60_000).toISOString(),
    actor: { id: '20001000000042001', name: 'Ana Silva', type: 'Agent' },
    source: null,
    eventInfo: [
      { propertyName: 'Status', propertyType: 'ValueTransition', propertyValue: { previousValue: 'Open', updatedValue: 'Waiting on partner' }, systemProperty: true },
    ],
    actorInfo: [],
  }
}

export function range(n: number, from = 0): number[] {
  return Array.from({ length: n }, (_, i) => from + i)
}

/** await a promise that must reject; returns the rejection */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error('expected the call to fail, it succeeded')
}

/** the URL a nock reply function was called for (nock 15 hands it a fetch Request; older versions a path) */
export function requestUrl(req: unknown): URL {
  return typeof req === 'string' ? new URL(req, API_HOST) : new URL((req as { url: string }).url)
}
