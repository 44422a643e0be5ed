// End-to-end harness: the Desk sandbox, the service (in this process or as separate `serve`
// processes), the stores they share (PGlite in a temp dir, or a fresh PostgreSQL schema), and
// bounded waits. Every resource made here is tracked and released by `cleanup()`, also on failure.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { DeskClient } from '../../src/desk/client.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { createContext } from '../../src/pipeline/context.js'
import type { Logger } from '../../src/logger.js'
import { processTicket, type ProcessOutcome } from '../../src/pipeline/processor.js'
import { loadPolicy } from '../../src/policy/load.js'
import type { LoggedRequest } from '../../src/sandbox/request-log.js'
import type { SeedData } from '../../src/sandbox/model.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import { ticketView } from '../../src/sandbox/views.js'
import type { RunningService } from '../../src/service.js'
import { createSecretBox, parseSecretKey, type SecretBox } from '../../src/store/crypto.js'
import { openDb, type Db } from '../../src/store/db.js'
import { migrate } from '../../src/store/migrate.js'
import { inboxQueue, type InboxStatus } from '../../src/store/repos/inbox.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { outboxQueue, type OutboxStatus } from '../../src/store/repos/outbox.js'

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
/** a cron expression that does not fire while a test runs (1 January, 00:00): the test drives ticks itself */
export const NEVER_CRON = '0 0 1 1 *'

// ---------------------------------------------------------------------------------------------
// cleanup registry
// ---------------------------------------------------------------------------------------------

type Cleanup = { label: string; run: () => Promise<void> }
const cleanups: Cleanup[] = []

/** run `fn` in cleanup(), newest first */
export function onCleanup(label: string, fn: () => Promise<void>): void {
  cleanups.push({ label, run: fn })
}

/** releases everything registered, newest first; one failure does not stop the rest */
export async function cleanup(): Promise<void> {
  const errors: string[] = []
  while (cleanups.length > 0) {
    const c = cleanups.pop()!
    try {
      await withTimeout(c.run(), 30_000, `cleanup of ${c.label}`)
    } catch (error) {
      errors.push(`${c.label}: ${(error as Error).message}`)
    }
  }
  if (errors.length > 0) throw new Error(`cleanup failed: ${errors.join('; ')}`)
}

// ---------------------------------------------------------------------------------------------
// time and waiting
// ---------------------------------------------------------------------------------------------

/** a hand-moved clock shared by the sandbox and the service; it never goes backwards */
export interface TestClock {
  now(): number
  iso(): string
  set(iso: string): void
  advanceMinutes(minutes: number): void
}

export function testClock(startIso: string): TestClock {
  let t = Date.parse(startIso)
  return {
    now: () => t,
    iso: () => new Date(t).toISOString(),
    set(iso) {
      const next = Date.parse(iso)
      if (Number.isNaN(next) || next < t) throw new Error(`the test clock only moves forward (at ${new Date(t).toISOString()}, asked for ${iso})`)
      t = next
    },
    advanceMinutes(minutes) {
      t += Math.round(minutes * 60_000)
    },
  }
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

export interface WaitOptions {
  timeoutMs?: number
  intervalMs?: number
  /** extra context for the timeout message (e.g. the last state seen) */
  describe?: () => Promise<string> | string
}

/** polls `probe` every intervalMs until it returns something other than undefined/false */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, opts: WaitOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 20_000
  const intervalMs = opts.intervalMs ?? 50
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const v = await probe()
      if (v !== undefined && v !== false) return v as T
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) {
      const detail = opts.describe ? ` — ${await opts.describe()}` : ''
      const cause = lastError ? ` (last error: ${(lastError as Error).message})` : ''
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}${cause}`)
    }
    await pause(intervalMs)
  }
}

// ---------------------------------------------------------------------------------------------
// stores
// ---------------------------------------------------------------------------------------------

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `desk-sla-e2e-${prefix}-`))
  onCleanup(`temp dir ${dir}`, () => rm(dir, { recursive: true, force: true }))
  return dir
}

export interface PgSchema {
  schema: string
  /** DATABASE_URL that puts the schema first on every connection's search_path */
  databaseUrl: string
  open(poolSize?: number): Promise<Db>
}

/** DATABASE_URL for `schema`: libpq's `options` parameter carries `-c search_path=<schema>` */
export function schemaDatabaseUrl(schema: string, base = TEST_DATABASE_URL): string {
  const u = new URL(base)
  u.searchParams.set('options', `-c search_path=${schema}`)
  return u.toString()
}

/** a fresh PostgreSQL schema, dropped in cleanup() */
export async function createPgSchema(prefix: string): Promise<PgSchema> {
  const schema = `e2e_${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  try {
    await client.connect()
    await client.query(`CREATE SCHEMA ${schema}`)
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); start it or set TEST_DATABASE_URL`)
  } finally {
    await client.end().catch(() => {})
  }
  onCleanup(`schema ${schema}`, async () => {
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await c.connect()
    try {
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    } finally {
      await c.end()
    }
  })
  return {
    schema,
    databaseUrl: schemaDatabaseUrl(schema),
    open: async (poolSize = 4) => {
      const db = await openDb({ databaseUrl: TEST_DATABASE_URL, schema, poolSize })
      onCleanup(`pool on ${schema}`, () => db.close())
      return db
    },
  }
}

/** a random DESK_SLA_SECRET_KEY and the box it opens */
export function secretKey(): { env: string; box: SecretBox } {
  const env = randomBytes(32).toString('base64')
  return { env, box: createSecretBox(parseSecretKey(env)) }
}

export type OpenCounts = { inbox: Record<InboxStatus, number>; outbox: Record<OutboxStatus, number> }

export async function storeCounts(db: Db, installationId: string): Promise<OpenCounts> {
  return { inbox: await inboxQueue.countByStatus(db, installationId), outbox: await outboxQueue.countByStatus(db, installationId) }
}

export function describeCounts(c: OpenCounts): string {
  return `inbox ${JSON.stringify(c.inbox)}, outbox ${JSON.stringify(c.outbox)}`
}

/** no event waiting or being processed, no write waiting or being sent */
export function quiet(c: OpenCounts): boolean {
  return c.inbox.pending + c.inbox.processing + c.outbox.pending + c.outbox.sending === 0
}

// ---------------------------------------------------------------------------------------------
// the Desk side
// ---------------------------------------------------------------------------------------------

export const DEPARTMENT_SUPPORT = '20001000000000901'

/** Partner accounts with a known tier and country, one contact each (ids are fixed). */
export const PARTNERS = {
  ukPremium: { account: '20001000000900001', contact: '20001000000910001', accountName: 'Brightlane Partners Ltd', country: 'United Kingdom', tier: 'Premium' },
  dachAdvanced: { account: '20001000000900002', contact: '20001000000910002', accountName: 'Nordwerk GmbH', country: 'Germany', tier: 'Advanced' },
  usAuthorized: { account: '20001000000900003', contact: '20001000000910003', accountName: 'Redwood Apps Inc', country: 'United States', tier: 'Authorized' },
  indiaPremium: { account: '20001000000900004', contact: '20001000000910004', accountName: 'Sahyadri Cloud Pvt Ltd', country: 'India', tier: 'Premium' },
  franceAdvanced: { account: '20001000000900005', contact: '20001000000910005', accountName: 'Atelier Numérique SARL', country: 'France', tier: 'Advanced' },
} as const
export type PartnerKey = keyof typeof PARTNERS

export function partnerSeed(): SeedData {
  const partners = Object.values(PARTNERS)
  return {
    departments: [{ id: DEPARTMENT_SUPPORT, name: 'Partner Escalations' }],
    accounts: partners.map((p) => ({ id: p.account, accountName: p.accountName, country: p.country, state: p.country === 'United States' ? 'CA' : null, cf: { cf_partner_tier: p.tier } })),
    contacts: partners.map((p, i) => ({ id: p.contact, lastName: `Contact ${i + 1}`, email: `contact${i + 1}@partner${i + 1}.example.com`, accountId: p.account })),
  }
}

export const DESCRIPTIONS = {
  /** Support, severity 2 by the text ("returns incorrect results") */
  incorrectResults: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly export returns incorrect results',
  /** Support, severity 3 (a how-to about scripts) */
  howTo: 'Type of Support request: Technical Support\nDescription of the issue/question: how to write a deluge script for a custom function?',
  /** Operations (invoice changes), severity 2 by default */
  invoice: 'Type of Support request: Invoice changes\nDescription of the issue/question: the invoice shows the wrong amount',
} as const

/** a customer files a ticket in the sandbox (raises Ticket_Add for subscribed hooks) */
export function fileTicket(sb: Sandbox, partner: PartnerKey, description: string = DESCRIPTIONS.incorrectResults, subject = 'Export gives wrong totals'): string {
  const created = sb.ops.create(
    { subject, description, contactId: PARTNERS[partner].contact, departmentId: DEPARTMENT_SUPPORT },
    { actor: { name: 'Customer', type: 'END_USER' } },
  )
  return String(created.id)
}

export const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' as const } }

/** an installation pointing at the sandbox, with a webhook secret */
export async function installFor(db: Db, box: SecretBox, sb: Sandbox): Promise<{ inst: Installation; secret: string }> {
  const secret = randomBytes(24).toString('hex')
  const inst = await createInstallation(db, box, {
    name: 'E2E org',
    ...sb.connection(),
    webhookSecret: secret,
  })
  return { inst, secret }
}

export function hookUrl(serviceUrl: string, installationId: string, secret: string): string {
  return `${serviceUrl}/hooks/desk/${installationId}/${secret}`
}

/** the subscription the service needs (DESK_API.md), registered through the Desk client like an install does */
export async function subscribe(desk: DeskClient, url: string, installationId: string) {
  return desk.createWebhook({
    name: 'desk-sla',
    url,
    subscriptions: { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null },
    ignoreSourceId: installationId,
    isEnabled: true,
  })
}

/** Desk client options for tests on a hand-moved clock: no sleeping, no jitter, no shared budget */
export function fastDesk() {
  return { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 }
}

/** the PATCHes Desk received for one ticket, oldest first */
export function patchesOf(sb: Sandbox, ticketId: string): LoggedRequest[] {
  return sb.requests.list({ method: 'PATCH', kind: 'api' }).filter((r) => r.path === `/api/v1/tickets/${ticketId}`)
}

/** pairs of consecutive PATCHes of a ticket with the same body: the same write sent twice */
export function repeatedPatches(sb: Sandbox): Array<{ ticketId: string; body: unknown }> {
  const byTicket = new Map<string, LoggedRequest[]>()
  for (const r of sb.requests.list({ method: 'PATCH', kind: 'api' })) {
    const m = /^\/api\/v1\/tickets\/(\d+)$/.exec(r.path)
    if (!m) continue
    byTicket.set(m[1]!, [...(byTicket.get(m[1]!) ?? []), r])
  }
  const out: Array<{ ticketId: string; body: unknown }> = []
  for (const [ticketId, list] of byTicket) {
    for (let i = 1; i < list.length; i++) {
      if (JSON.stringify(list[i]!.body) === JSON.stringify(list[i - 1]!.body)) out.push({ ticketId, body: list[i]!.body })
    }
  }
  return out
}

/** the fields desk-sla writes, as the sandbox ticket holds them */
export function slaFieldsOf(sb: Sandbox, ticketId: string) {
  const t = sb.state.tickets.get(ticketId)
  if (!t) throw new Error(`no ticket ${ticketId} in the sandbox`)
  return {
    severity: t.cf.cf_severity ?? null,
    type: t.cf.cf_ticket_type ?? null,
    region: t.cf.cf_region ?? null,
    owner: t.cf.cf_escalation_owner ?? null,
    level: t.cf.cf_escalation_level ?? null,
    status: t.cf.cf_sla_status ?? null,
    dueDate: t.dueDate,
    /** the reply owed next (DOMAIN.md §5) in deskFields.ticket.responseDue: Desk's own responseDueDate takes only null (#13) */
    responseDueDate: t.cf.cf_response_due ?? null,
  }
}

// ---------------------------------------------------------------------------------------------
// webhook deliveries sent by the test itself
// ---------------------------------------------------------------------------------------------

export interface DeskEventBody {
  eventType: string
  orgId: string
  eventTime: string
  payload: Record<string, unknown>
  prevState?: Record<string, unknown>
}

export type PostResult = { status: number; body: unknown } | { status: null; error: string }

/** POST a delivery (an array of events); a connection failure is a result, not an exception */
export async function postDelivery(url: string, events: DeskEventBody[], timeoutMs = 10_000): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(events),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body }
  } catch (error) {
    return { status: null, error: (error as Error).message }
  }
}

// ---------------------------------------------------------------------------------------------
// the in-process service
// ---------------------------------------------------------------------------------------------

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error'
  message: string
  meta?: Record<string, unknown>
}

/** a logger that keeps warnings and errors for the test to read */
export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = []
  const keep = (level: LogEntry['level']) => (message: string, meta?: Record<string, unknown>) => {
    if (level === 'warn' || level === 'error') entries.push({ level, message, meta })
  }
  return { entries, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }
}

/**
 * Waits until the pipeline has nothing left to do: every webhook delivery finished, no inbox event
 * waiting or being processed, no Desk write waiting or being sent — twice in a row, so an echo
 * raised by the last write is seen too. Writes waiting for a later retry time count as busy.
 */
export async function settle(sb: Sandbox, service: RunningService, installationId: string, timeoutMs = 30_000): Promise<OpenCounts> {
  const deadline = Date.now() + timeoutMs
  let stableRounds = 0
  let last: OpenCounts | undefined
  for (;;) {
    const left = deadline - Date.now()
    if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for the pipeline to settle — ${last ? describeCounts(last) : 'no counts read'}`)
    await withTimeout(sb.deliveries.idle(), left, 'the sandbox webhook deliveries to finish')
    last = await storeCounts(service.ctx.db, installationId)
    if (quiet(last)) {
      if (++stableRounds >= 2) return last
    } else {
      stableRounds = 0
    }
    await pause(20)
  }
}

// ---------------------------------------------------------------------------------------------
// service processes (`desk-sla serve`)
// ---------------------------------------------------------------------------------------------

export interface ServiceProcess {
  readonly label: string
  readonly url: string
  readonly pid: number
  /** stdout and stderr so far (the newest 64 KiB) */
  output(): string
  readonly exited: boolean
  /** send a signal and wait for the process to end */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const live = new Set<ChildProcess>()
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL')
})

/** starts `node --import tsx src/cli/run.ts serve` with exactly `env` (plus PATH/HOME), waits for /readyz 200 */
export async function spawnService(label: string, env: Record<string, string>, readyTimeoutMs = 90_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), TMPDIR: tmpdir(), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  live.add(child)
  let out = ''
  let exited = false
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null }
  const append = (chunk: Buffer) => {
    out += chunk.toString('utf8')
    if (out.length > 65_536) out = out.slice(-65_536)
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const exitP = new Promise<void>((resolveExit) => {
    child.once('exit', (code, signal) => {
      exited = true
      exitInfo = { code, signal }
      live.delete(child)
      resolveExit()
    })
  })
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000) => {
    if (!exited) {
      child.kill(signal)
      try {
        await withTimeout(exitP, timeoutMs, `${label} to exit after ${signal}`)
      } catch (error) {
        child.kill('SIGKILL')
        await exitP
        throw error
      }
    }
    return exitInfo
  }
  onCleanup(`service process ${label}`, async () => {
    if (!exited) await stop('SIGKILL')
  })

  const url = await waitFor(
    `${label} to print its address`,
    () => {
      if (exited) throw new Error(`${label} exited (${JSON.stringify(exitInfo)}) before listening:\n${out}`)
      return /desk-sla listening on (http:\/\/\S+)/.exec(out)?.[1]
    },
    { timeoutMs: readyTimeoutMs, intervalMs: 50, describe: () => `output so far:\n${out}` },
  ).catch(async (error: Error) => {
    await stop('SIGKILL').catch(() => {})
    throw error
  })
  await waitFor(
    `${label} to be ready (GET /readyz 200)`,
    async () => {
      if (exited) throw new Error(`${label} exited:\n${out}`)
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) })
      return res.status === 200
    },
    { timeoutMs: 30_000, intervalMs: 100, describe: () => `output so far:\n${out}` },
  )
  return {
    label,
    url,
    pid: child.pid!,
    output: () => out,
    get exited() {
      return exited
    },
    stop,
  }
}

// ---------------------------------------------------------------------------------------------
// a stream of Desk-shaped deliveries for tickets that exist in the sandbox
// ---------------------------------------------------------------------------------------------

export interface StreamItem {
  /** position in the stream, from 0 */
  n: number
  ticketId: string
  eventType: string
  /** makes the change in the sandbox (as an agent or customer would) and returns the event Desk would send */
  make(): DeskEventBody
}

const PRIORITIES = ['High', 'Medium', 'Low', 'High']

/**
 * Nine deliveries per ticket — created, two priority changes, a reply, a private comment, a third
 * priority change, an On Hold (every third ticket) or subject change, another reply, a last
 * priority change — interleaved across tickets so every ticket has events throughout the stream.
 * Event times are strictly increasing per ticket (Desk's dedupe key includes them).
 */
export function ticketStream(sb: Sandbox, ticketIds: string[]): StreamItem[] {
  const lastTime = new Map<string, number>()
  const nextTime = (id: string) => {
    const t = Math.max(sb.clock.now(), (lastTime.get(id) ?? 0) + 1)
    lastTime.set(id, t)
    return String(t)
  }
  const view = (id: string) => ticketViewOf(sb, id)
  const event = (eventType: string, id: string, payload: Record<string, unknown>, prevState?: Record<string, unknown>): DeskEventBody => ({
    eventType,
    orgId: sb.orgId,
    eventTime: nextTime(id),
    payload,
    ...(prevState ? { prevState } : {}),
  })
  const update = (id: string, patch: Record<string, unknown>) => () => {
    const before = view(id)
    const after = sb.ops.update(id, patch, AGENT)
    return event('Ticket_Update', id, after, before)
  }
  const agentReply = (id: string) => () => {
    const th = sb.ops.sendReply(id, { content: 'We are on it.' }, AGENT)
    return event('Ticket_Thread_Add', id, { ...th, ticketId: id })
  }
  const customerReply = (id: string) => () => {
    const th = sb.ops.customerReply(id, { content: 'Any news?' })
    return event('Ticket_Thread_Add', id, { ...th, ticketId: id })
  }
  const steps = (id: string, i: number): Array<[string, () => DeskEventBody]> => [
    ['Ticket_Add', () => event('Ticket_Add', id, view(id))],
    ['Ticket_Update', update(id, { priority: PRIORITIES[i % 4] })],
    ['Ticket_Update', update(id, { priority: PRIORITIES[(i + 1) % 4] })],
    ['Ticket_Thread_Add', i % 2 === 0 ? agentReply(id) : customerReply(id)],
    ['Ticket_Comment_Add', () => {
      const c = sb.ops.addComment(id, { content: 'internal note', isPublic: false }, AGENT)
      return event('Ticket_Comment_Add', id, { ...c, ticketId: id })
    }],
    ['Ticket_Update', update(id, { priority: PRIORITIES[(i + 2) % 4] })],
    // (a renamed subject names no severity of its own: "wrong totals" would make a how-to a 2, DOMAIN.md §4)
    ['Ticket_Update', update(id, i % 3 === 0 ? { status: 'Waiting on Customer' } : { subject: `Nightly export (#${i})` })],
    ['Ticket_Thread_Add', i % 2 === 0 ? customerReply(id) : agentReply(id)],
    ['Ticket_Update', update(id, { priority: PRIORITIES[(i + 3) % 4] })],
  ]
  const perTicket = ticketIds.map((id, i) => steps(id, i))
  const out: StreamItem[] = []
  for (let k = 0; k < perTicket[0]!.length; k++) {
    perTicket.forEach((list, i) => {
      const [eventType, make] = list[k]!
      out.push({ n: out.length, ticketId: ticketIds[i]!, eventType, make })
    })
  }
  return out
}

function ticketViewOf(sb: Sandbox, id: string): Record<string, unknown> {
  const t = sb.state.tickets.get(id)
  if (!t) throw new Error(`no ticket ${id} in the sandbox`)
  return ticketView(sb.state, t)
}

export interface Sent {
  item: StreamItem
  event: DeskEventBody
  /** every POST of this delivery (Desk retries what was not acknowledged) */
  results: PostResult[]
}

export function acknowledged(s: Sent): boolean {
  return s.results.some((r) => r.status === 200)
}

/**
 * Sends the deliveries with `concurrency` POSTs in flight, each made (sandbox change + event)
 * just before it is sent; `afterAnswer` runs after each answer with the number answered so far.
 */
export async function sendStream(
  items: StreamItem[],
  urlFor: (item: StreamItem) => string,
  concurrency: number,
  afterAnswer?: (answered: number) => void,
): Promise<Sent[]> {
  const sent: Sent[] = []
  let next = 0
  let answered = 0
  const worker = async () => {
    for (;;) {
      const item = items[next++]
      if (!item) return
      const event = item.make()
      const s: Sent = { item, event, results: [] }
      sent.push(s)
      s.results.push(await postDelivery(urlFor(item), [event]))
      afterAnswer?.(++answered)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return sent.sort((a, b) => a.item.n - b.item.n)
}

/** Desk's retry of every delivery that was not acknowledged */
export async function resendUnacknowledged(sent: Sent[], urlFor: (item: StreamItem) => string, concurrency: number): Promise<void> {
  const todo = sent.filter((s) => !acknowledged(s))
  let next = 0
  const worker = async () => {
    for (;;) {
      const s = todo[next++]
      if (!s) return
      s.results.push(await postDelivery(urlFor(s.item), [s.event]))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/**
 * An independent evaluation of a ticket as Desk shows it now, on a store of its own (a fresh
 * PostgreSQL schema), at a given instant (due dates of a ticket On Hold move with time): the
 * changes it would write are what the service left wrong. It reads the service's severity and
 * type as set by someone else, so check those two separately.
 */
export async function referenceEvaluator(sb: Sandbox): Promise<(ticketId: string, at: number) => Promise<ProcessOutcome>> {
  const schema = await createPgSchema('ref')
  const db = await schema.open(2)
  await migrate(db)
  const { box } = secretKey()
  const { inst } = await installFor(db, box, sb)
  const { policy } = await loadPolicy({})
  let now = Date.now()
  const ctx = createContext({ db, box, policy, now: () => now, desk: fastDesk() })
  return (ticketId, at) => {
    now = at
    return processTicket(ctx, inst, ticketId, { source: 'sync' })
  }
}

/** when the service last evaluated the ticket (its stored engine input's `now`) */
export async function lastEvaluatedAt(db: Db, installationId: string, ticketId: string): Promise<number> {
  const { rows } = await db.query<{ at: string | null }>(
    "SELECT state->'input'->>'now' AS at FROM ticket_sla WHERE installation_id = $1 AND ticket_id = $2",
    [installationId, ticketId],
  )
  const at = rows[0]?.at
  if (!at) throw new Error(`the service holds no state for ticket ${ticketId}`)
  return Date.parse(at)
}
