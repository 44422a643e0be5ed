// `npm run bench:cost [-- --json]` (issue 15): what desk-sla spends of an org's Desk API credits, and how
// long an agent waits between a change in Desk and desk-sla's write landing on the ticket.
//
// The in-repo Desk sandbox runs in this process; the service runs as `npm start` runs it (`node
// bin/desk-sla.js serve` from dist/, in its own process) on PostgreSQL (a fresh schema of
// BENCH_DATABASE_URL / TEST_DATABASE_URL, dropped at the end), subscribed to the sandbox's webhooks the
// way `desk-sla install` subscribes them. A scripted ticket-lifecycle mix is played at --rate events per
// second: creations, agents' private comments and replies, hold and resume (a customer's reply), an agent
// setting the severity by hand, priority changes desk-sla has nothing to do with, closes and re-opens
// (a customer writing to a closed ticket), and partner accounts whose tier changes. Some deliveries are
// duplicated, some dropped (the sync job has to catch those). The sync job ticks every --sync-seconds.
//
// Figures (the Desk calls are counted from the sandbox's request log):
//   events                   webhook events Desk emitted for the subscription (a duplicate counts once)
//   deskCallsPerEvent        every API call (reads, writes, the sync's searches) per event
//   readsPerEvent            GET calls per event
//   writesPerChangedTicket   PATCH /tickets/{id} per change that needed a write (an action after which the
//                            ticket had to show other desk-sla values; an account change counts once per
//                            open ticket of the account)
//   callsPerTicketLifecycle  calls per ticket, the sync's periodic searches left out (they cost per minute,
//                            not per ticket)
//   creditsPerDayAt1000TicketsPerDay  1,000 × the credits of one lifecycle (the sandbox's weights: 1 per
//                            record, 3 per list or search page) + the sync's searches of a day at the default
//                            schedule (every 2 minutes, one page each at that volume)
//   e2eP50Ms / e2eP99Ms      from the moment the sandbox emits an event to the moment desk-sla's write is in
//                            the sandbox, over the actions that needed a write (dropped events left out:
//                            their write waits for the sync, reported apart as droppedCaughtMs)
//   peakRssMb                the service process's peak resident memory (VmHWM)
//   wrongTickets             tickets whose fields differ, at the end, from a fresh evaluation that reads
//                            everything from Desk (a separate in-memory store): correctness, not cost
//   thresholdExceeded        calls Desk refused with THRESHOLD_EXCEEDED (credits gone for the day)
// `--daily-credits N` gives the sandbox org an allowance of N credits (default 1,000,000: no pressure).
// Not a test: nothing here asserts a figure. Options: --tickets 60 --rate 10 --seed 7 --sync-seconds 20
// --requests-per-minute N (passed to the service as DESK_REQUESTS_PER_MINUTE; default: the service's own)
// --drain-seconds 60 (how long to wait for the pipeline to finish after the mix) --database-url postgres://…
// BENCH_DEBUG=1 also prints the actions whose write took over 1.5 s, and the stored state of each wrong ticket
// beside the fresh evaluation's. The JSON also carries where the time goes (`stages`), what caused the writes
// (`writesByAction`) and the service's own account of its credits (`governor`).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { OrgLimiterRegistry } from '../src/desk/rate-limit.js'
import { registerWebhook } from '../src/install/webhooks.js'
import { createContext } from '../src/pipeline/context.js'
import { processTicket } from '../src/pipeline/processor.js'
import { loadPolicy } from '../src/policy/load.js'
import type { LoggedRequest } from '../src/sandbox/request-log.js'
import { requestWeight } from '../src/sandbox/rate-limit.js'
import { mulberry32 } from '../src/sandbox/seed.js'
import { createSandbox, type Sandbox } from '../src/sandbox/server.js'
import type { SeedData } from '../src/sandbox/model.js'
import { createSecretBox, parseSecretKey } from '../src/store/crypto.js'
import { openDb, type Db } from '../src/store/db.js'
import { migrate } from '../src/store/migrate.js'
import { inboxQueue } from '../src/store/repos/inbox.js'
import { createInstallation, updateInstallation, type Installation } from '../src/store/repos/installations.js'
import { outboxQueue } from '../src/store/repos/outbox.js'
import { benchOptions } from './args.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const opts = benchOptions('cost', {
  json: { type: 'boolean', default: false },
  tickets: { type: 'string', default: '60' },
  rate: { type: 'string', default: '10' },
  seed: { type: 'string', default: '7' },
  'sync-seconds': { type: 'string', default: '20' },
  'daily-credits': { type: 'string', default: '1000000' },
  'requests-per-minute': { type: 'string' },
  'drain-seconds': { type: 'string', default: '60' },
  'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' },
})

function intOption(name: keyof typeof opts, min: number): number {
  const n = Number(opts[name])
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`bench:cost: --${name} must be a number ≥ ${min}, got "${String(opts[name])}"\n`)
    process.exit(2)
  }
  return n
}

const TICKETS = intOption('tickets', 1)
const RATE = intOption('rate', 0.1)
const SYNC_SECONDS = intOption('sync-seconds', 1)
const DAILY_CREDITS = intOption('daily-credits', 1)
const DRAIN_MS = intOption('drain-seconds', 1) * 1000
const say = (line: string) => {
  if (!opts.json) process.stderr.write(line + '\n')
}

// ---------------------------------------------------------------------------------------------
// the portal: partner accounts in several regions, one contact each
// ---------------------------------------------------------------------------------------------

const DEPARTMENT = '20001000000000901'
const PARTNERS: Array<{ country: string; state?: string; tier: string }> = [
  { country: 'United Kingdom', tier: 'Premium' },
  { country: 'Germany', tier: 'Advanced' },
  { country: 'United States', state: 'CA', tier: 'Authorized' },
  { country: 'India', tier: 'Premium' },
  { country: 'France', tier: 'Advanced' },
  { country: 'Australia', tier: 'Authorized' },
  { country: 'Japan', tier: 'Advanced' },
  { country: 'Brazil', tier: 'Premium' },
  { country: 'Spain', tier: 'Authorized' },
  { country: 'United Arab Emirates', tier: 'Advanced' },
]
const accountId = (i: number) => `200010000009${String(i + 1).padStart(5, '0')}`
const contactId = (i: number) => `200010000019${String(i + 1).padStart(5, '0')}`

const WARM_UP_ACCOUNT = accountId(99)
const WARM_UP_CONTACT = contactId(99)

function seed(): SeedData {
  return {
    departments: [{ id: DEPARTMENT, name: 'Partner Support' }],
    accounts: [
      ...PARTNERS.map((p, i) => ({ id: accountId(i), accountName: `Partner ${i + 1}`, country: p.country, state: p.state ?? null, cf: { cf_partner_tier: p.tier } })),
      { id: WARM_UP_ACCOUNT, accountName: 'Warm-up partner', country: 'Ireland', cf: { cf_partner_tier: 'Advanced' } },
    ],
    contacts: [
      ...PARTNERS.map((_, i) => ({ id: contactId(i), lastName: `Contact ${i + 1}`, email: `contact${i + 1}@partner${i + 1}.example.com`, accountId: accountId(i) })),
      { id: WARM_UP_CONTACT, lastName: 'Warm-up', email: 'warm-up@partner.example.com', accountId: WARM_UP_ACCOUNT },
    ],
  }
}

/** descriptions and the severity the policy gives each (an agent's hand-set severity differs from it) */
const DESCRIPTIONS: Array<{ text: string; severity: string }> = [
  { text: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly export returns incorrect results', severity: '2' },
  { text: 'Type of Support request: Technical Support\nDescription of the issue/question: how to write a deluge script for a custom function?', severity: '3' },
  { text: 'Type of Support request: Invoice changes\nDescription of the issue/question: the invoice shows the wrong amount', severity: '2' },
  { text: 'Type of Support request: Technical Support\nDescription of the issue/question: outage since this morning, nobody can log in', severity: '1' },
]

// ---------------------------------------------------------------------------------------------
// the mix: each ticket's lifecycle, interleaved across tickets
// ---------------------------------------------------------------------------------------------

type ActionKind = 'create' | 'priority' | 'comment' | 'agentReply' | 'hold' | 'customerReply' | 'severity' | 'close' | 'reopen' | 'tier'
/** events each action makes Desk emit (a customer's reply to a ticket on hold or closed: the thread and the reopening) */
const EVENTS_OF: Record<ActionKind, number> = { create: 1, priority: 1, comment: 1, agentReply: 1, hold: 1, customerReply: 2, severity: 1, close: 1, reopen: 2, tier: 1 }
/** actions after which desk-sla has something to write (an account's tier: for each of its open tickets) */
const NEEDS_WRITE: ReadonlySet<ActionKind> = new Set(['create', 'agentReply', 'hold', 'customerReply', 'severity', 'close', 'reopen'])

interface Action {
  kind: ActionKind
  /** the ticket's index in the mix (the account's for 'tier') */
  index: number
  /** the webhook fault switched on just before the action */
  fault?: 'drop' | 'duplicate'
}

function lifecycle(i: number): ActionKind[] {
  const steps: ActionKind[] = ['create']
  if (i % 2 === 0) steps.push('priority')
  steps.push('comment', 'agentReply', 'hold', 'customerReply')
  if (i % 3 === 0) steps.push('severity')
  steps.push('agentReply', 'close')
  if (i % 4 === 0) steps.push('reopen', 'close')
  return steps
}

/**
 * The schedule: tickets open in a staggered way (a ticket joins once the one before it has made a
 * few steps), each ticket's steps stay in order, a random open ticket moves at each step; accounts
 * change tier at a third and at two thirds of the way; some deliveries are duplicated or dropped.
 */
function schedule(tickets: number, seedValue: number): Action[] {
  const random = mulberry32(seedValue) // seeded: every run plays the same mix
  const pending = Array.from({ length: tickets }, (_, i) => lifecycle(i))
  const next = new Array<number>(tickets).fill(0)
  const out: Action[] = []
  let joined = Math.min(tickets, 8)
  const total = pending.reduce((n, l) => n + l.length, 0)
  while (out.length < total) {
    const live = Array.from({ length: joined }, (_, i) => i).filter((i) => next[i]! < pending[i]!.length)
    if (live.length === 0 || (joined < tickets && random() < 0.2)) {
      joined = Math.min(tickets, joined + 1)
      continue
    }
    const i = live[Math.floor(random() * live.length)]!
    out.push({ kind: pending[i]![next[i]!]!, index: i })
    next[i]!++
  }
  // later position first, so the earlier one still points where it should
  const third = Math.floor(out.length / 3)
  out.splice(2 * third, 0, { kind: 'tier', index: 3 }, { kind: 'tier', index: 4 })
  out.splice(third, 0, { kind: 'tier', index: 0 }, { kind: 'tier', index: 1 })
  out.forEach((a, n) => {
    if (n % 23 === 11) a.fault = 'duplicate'
    else if (n % 37 === 20) a.fault = 'drop'
  })
  return out
}

const NEXT_TIER: Record<string, string> = { Premium: 'Authorized', Authorized: 'Premium', Advanced: 'Premium' }
const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' as const } }

interface Played {
  action: Action
  /** the ticket(s) whose write the action should bring */
  expect: string[]
  at: number
}

/** Runs one action in the sandbox as an agent, a customer or an admin would; returns the tickets that now need a write. */
function play(sb: Sandbox, a: Action, ticketIds: string[]): string[] {
  if (a.kind === 'create') {
    const d = DESCRIPTIONS[a.index % DESCRIPTIONS.length]!
    const created = sb.ops.create(
      { subject: `Partner request #${a.index}`, description: d.text, contactId: contactId(a.index % PARTNERS.length), departmentId: DEPARTMENT },
      { actor: { name: 'Customer', type: 'END_USER' } },
    )
    ticketIds[a.index] = String(created.id)
    return [String(created.id)]
  }
  if (a.kind === 'tier') {
    const id = accountId(a.index)
    const current = sb.state.accounts.get(id)!.cf.cf_partner_tier ?? 'Authorized'
    // open tickets of the account, not on hold or closed: their due dates move with the tier
    const open = [...sb.state.tickets.values()].filter((t) => t.accountId === id && t.statusType === 'Open').map((t) => t.id)
    sb.ops.updateAccount(id, { cf: { cf_partner_tier: NEXT_TIER[current] ?? 'Premium' } })
    return open
  }
  const id = ticketIds[a.index]!
  switch (a.kind) {
    case 'priority':
      sb.ops.update(id, { priority: ['High', 'Low', 'Medium'][a.index % 3] }, AGENT)
      break
    case 'comment':
      sb.ops.addComment(id, { content: 'internal note: asked the product team', isPublic: false }, AGENT)
      break
    case 'agentReply':
      sb.ops.sendReply(id, { content: 'We are looking into it.' }, AGENT)
      break
    case 'hold':
      sb.ops.update(id, { status: 'Waiting on Customer' }, AGENT)
      break
    case 'customerReply':
    case 'reopen':
      sb.ops.customerReply(id, { content: 'Here is the information you asked for.' })
      break
    case 'severity': {
      const computed = DESCRIPTIONS[a.index % DESCRIPTIONS.length]!.severity
      sb.ops.update(id, { cf: { cf_severity: computed === '1' ? '3' : '1' } }, AGENT)
      break
    }
    case 'close':
      sb.ops.update(id, { status: 'Closed' }, AGENT)
      break
  }
  return NEEDS_WRITE.has(a.kind) ? [id] : []
}

// ---------------------------------------------------------------------------------------------
// the service process
// ---------------------------------------------------------------------------------------------

interface ServiceProcess {
  url: string
  pid: number
  child: ChildProcess
  output(): string
}

async function startService(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/desk-sla.js'), 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const append = (c: Buffer) => {
    out = (out + c.toString('utf8')).slice(-65_536)
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const deadline = Date.now() + 60_000
  for (;;) {
    const m = /desk-sla listening on (http:\/\/\S+)/.exec(out)
    if (m) return { url: m[1]!, pid: child.pid!, child, output: () => out }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the service did not start:\n${out}`)
    await sleep(50)
  }
}

function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch {
    return null
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// counting
// ---------------------------------------------------------------------------------------------

/** "GET /tickets/{id}/threads": the call without its ids */
function callName(r: LoggedRequest): string {
  return `${r.method} ${r.path.replace(/^\/api\/v1/, '').replace(/\/\d{6,}/g, '/{id}')}`
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

async function quiet(db: Db, installationId: string): Promise<boolean> {
  const [inbox, outbox] = await Promise.all([inboxQueue.countByStatus(db, installationId), outboxQueue.countByStatus(db, installationId)])
  return inbox.pending + inbox.processing + outbox.pending + outbox.sending === 0
}

/** p50 / p99 (ms) of each stage of the webhook events: Desk's event to the inbox, the inbox to done, a write queued to sent */
async function stageTimes(db: Db, installationId: string): Promise<Record<string, { p50: number | null; p99: number | null }>> {
  const inbox = await db.query<{ deliver: number; process: number }>(
    `SELECT extract(epoch FROM received_at - event_time) * 1000 AS deliver, extract(epoch FROM processed_at - received_at) * 1000 AS process
       FROM webhook_inbox WHERE installation_id = $1 AND source = 'webhook' AND processed_at IS NOT NULL`,
    [installationId],
  )
  const outbox = await db.query<{ send: number }>(
    `SELECT extract(epoch FROM done_at - created_at) * 1000 AS send FROM outbox WHERE installation_id = $1 AND done_at IS NOT NULL`,
    [installationId],
  )
  const stat = (xs: number[]) => {
    const sorted = xs.map(Number).sort((a, b) => a - b)
    const r = (v: number | null) => (v === null ? null : Math.round(v))
    return { p50: r(percentile(sorted, 50)), p99: r(percentile(sorted, 99)) }
  }
  return {
    deliveredToInbox: stat(inbox.rows.map((r) => r.deliver)),
    inboxToDone: stat(inbox.rows.map((r) => r.process)),
    writeQueuedToSent: stat(outbox.rows.map((r) => r.send)),
  }
}

/** credits used and calls deferred by kind, as the service's budget in the store has them (empty before issue 15's governor) */
async function governorView(db: Db, installationId: string): Promise<Record<string, { credits: number; deferred: number }>> {
  const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('desk_credit_usage')::text AS t`)
  if (!exists.rows[0]?.t) return {}
  const { rows } = await db.query<{ kind: string; credits: number; deferred: number }>(
    `SELECT kind, sum(credits)::int AS credits, sum(deferred)::int AS deferred FROM desk_credit_usage WHERE installation_id = $1 GROUP BY kind ORDER BY kind`,
    [installationId],
  )
  return Object.fromEntries(rows.map((r) => [r.kind, { credits: Number(r.credits), deferred: Number(r.deferred) }]))
}

async function syncFinishedSince(db: Db, since: number): Promise<boolean> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM job_runs WHERE job = 'sync' AND finished_at IS NOT NULL AND claimed_at >= $1`, [new Date(since).toISOString()])
  return Number(rows[0]?.n ?? 0) > 0
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const base = opts['database-url']!
  const schema = `bench_cost_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const cleanups: Array<() => Promise<unknown>> = [
    async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.end()
    },
  ]
  try {
    await run(base, schema, cleanups)
  } finally {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => process.stderr.write(`cleanup: ${(e as Error).message}\n`))
  }
}

async function run(base: string, schema: string, cleanups: Array<() => Promise<unknown>>): Promise<void> {
  const secretKey = randomBytes(32).toString('base64')
  const box = createSecretBox(parseSecretKey(secretKey))
  const db = await openDb({ databaseUrl: base, schema, poolSize: 4 })
  cleanups.push(() => db.close())
  await migrate(db)

  const sb = await createSandbox({ seed: seed(), rateLimit: { dailyCredits: DAILY_CREDITS }, requestLogSize: 1_000_000 })
  cleanups.push(() => sb.close())
  const databaseUrl = new URL(base)
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`)
  const service = await startService({
    DESK_SLA_SECRET_KEY: secretKey,
    DATABASE_URL: databaseUrl.toString(),
    PORT: '0',
    HOST: '127.0.0.1',
    SYNC_CRON: `*/${SYNC_SECONDS} * * * * *`,
    REPLICA_ID: 'bench-cost',
    LOG_LEVEL: 'warn',
    ...(opts['requests-per-minute'] ? { DESK_REQUESTS_PER_MINUTE: opts['requests-per-minute'] } : {}),
  })
  cleanups.push(async () => {
    if (service.child.exitCode !== null) return
    service.child.kill('SIGTERM')
    await new Promise((r) => service.child.once('exit', r))
  })

  // install as `desk-sla install` does: the installation, then the webhook subscription
  const secret = randomBytes(24).toString('hex')
  let inst: Installation = await createInstallation(db, box, { name: 'bench', ...sb.connection(), departmentIds: [], webhookSecret: secret })
  const { policy } = await loadPolicy({})
  const ctx = createContext({ db, box, policy, desk: { limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 } })
  const hook = await registerWebhook(await ctx.deskFor(inst), inst, { publicUrl: service.url, secret })
  if (hook.status !== 'registered') throw new Error(`registering the webhook failed: ${hook.status}`)
  inst = await updateInstallation(db, box, inst.id, { webhookIds: hook.ids })
  const subscribed = Object.keys(sb.webhooks.get(hook.ids[0]!).subscriptions)

  // warm up (first token, first connections, compiled code) on a ticket of an account the mix never uses
  const warm = sb.ops.create(
    { subject: 'Warm-up', description: DESCRIPTIONS[0]!.text, contactId: WARM_UP_CONTACT, departmentId: DEPARTMENT },
    { actor: { name: 'Customer', type: 'END_USER' } },
  )
  for (let i = 0; i < 200 && !((await quiet(db, inst.id)) && sb.state.tickets.get(String(warm.id))!.cf.cf_region); i++) await sleep(100)
  await sb.deliveries.idle()
  sb.requests.clear()
  sb.deliveries.clearRecords()
  const creditsAtStart = sb.limiter.current()

  const actions = schedule(TICKETS, Number(opts.seed))
  const plannedEvents = actions.reduce((n, a) => n + EVENTS_OF[a.kind], 0)
  say(`bench:cost — ${TICKETS} tickets, ${actions.length} actions (~${plannedEvents} events) at ${RATE} events/s; sync every ${SYNC_SECONDS} s; subscribed: ${subscribed.join(', ')}`)

  const ticketIds: string[] = []
  const played: Played[] = []
  const t0 = Date.now()
  let eventsSoFar = 0
  for (const a of actions) {
    const due = t0 + (eventsSoFar / RATE) * 1000
    const wait = due - Date.now()
    if (wait > 0) await sleep(wait)
    if (a.fault === 'drop') sb.faults.set({ webhooks: { drop: 1 } })
    if (a.fault === 'duplicate') sb.faults.set({ webhooks: { duplicate: 1 } })
    const at = Date.now()
    const expect = play(sb, a, ticketIds)
    played.push({ action: a, expect, at })
    eventsSoFar += EVENTS_OF[a.kind]
  }
  const mixEnd = Date.now()
  say(`mix played in ${((mixEnd - t0) / 1000).toFixed(1)} s; waiting for the pipeline and a sync tick…`)

  // settle: deliveries done, a sync tick started after the mix finished, nothing waiting, twice in a row
  const drainDeadline = Date.now() + Math.max(DRAIN_MS, SYNC_SECONDS * 2000)
  let settled = false
  let stable = 0
  while (Date.now() < drainDeadline) {
    await sb.deliveries.idle()
    if ((await syncFinishedSince(db, mixEnd)) && (await quiet(db, inst.id))) {
      if (++stable >= 2) {
        settled = true
        break
      }
    } else stable = 0
    await sleep(250)
  }
  const rssMb = peakRssMb(service.pid)
  const creditsUsed = creditsAtStart - sb.limiter.current()
  const log = sb.requests.list({ kind: 'api' })

  // ---- counting ----
  const deliveries = sb.deliveries.list()
  const firstAttempts = deliveries.filter((d) => d.attempt === 1 && d.fault !== 'duplicate')
  const events = firstAttempts.length
  const dropped = deliveries.filter((d) => d.fault === 'dropped').length
  const duplicated = deliveries.filter((d) => d.fault === 'duplicate').length
  const isSearch = (r: LoggedRequest) => r.method === 'GET' && r.path === '/api/v1/tickets/search'
  const ticketPatch = /^\/api\/v1\/tickets\/\d+$/
  const reads = log.filter((r) => r.method === 'GET')
  const patches = log.filter((r) => r.method === 'PATCH' && ticketPatch.test(r.path))
  const searches = log.filter(isSearch)
  const byCall: Record<string, number> = {}
  for (const r of log) byCall[callName(r)] = (byCall[callName(r)] ?? 0) + 1
  const searchCredits = searches.reduce((n, r) => n + requestWeight(r.method, r.path.replace(/^\/api\/v1/, '')), 0)
  const perLifecycleCredits = (creditsUsed - searchCredits) / TICKETS
  const syncTicksPerDay = 24 * 30 // the default SYNC_CRON: every 2 minutes
  const searchCreditsPerTick = 3

  // e2e: from each action to the first PATCH of its ticket at or after it; a dropped event's write is the sync's
  const patchTimes = new Map<string, number[]>()
  for (const r of patches) {
    const id = r.path.slice('/api/v1/tickets/'.length)
    patchTimes.set(id, [...(patchTimes.get(id) ?? []), Date.parse(r.time)])
  }
  const e2e: number[] = []
  const caught: number[] = []
  let changes = 0
  let neverWritten = 0
  for (const p of played) {
    for (const id of p.expect) {
      changes++
      const landed = (patchTimes.get(id) ?? []).find((t) => t >= p.at)
      if (landed === undefined) {
        neverWritten++
        continue
      }
      ;(p.action.fault === 'drop' ? caught : e2e).push(landed - p.at)
      if (process.env.BENCH_DEBUG && p.action.fault !== 'drop' && landed - p.at > 1500) {
        process.stderr.write(`slow: ${p.action.kind} #${p.action.index} at +${p.at - t0} ms: ${landed - p.at} ms\n`)
      }
    }
  }
  e2e.sort((a, b) => a - b)
  caught.sort((a, b) => a - b)

  // each ticket write, put down to the last action on its ticket before it: what caused writes
  const writesByAction: Record<string, number> = {}
  const actionsByTicket = new Map<string, Played[]>()
  for (const p of played) {
    const ids = p.action.kind === 'tier' ? p.expect : p.action.kind === 'create' ? p.expect : [ticketIds[p.action.index]!]
    for (const id of ids) actionsByTicket.set(id, [...(actionsByTicket.get(id) ?? []), p])
  }
  for (const [id, times] of patchTimes) {
    for (const t of times) {
      const cause = (actionsByTicket.get(id) ?? []).filter((p) => p.at <= t).at(-1)
      const name = cause ? cause.action.kind : 'none'
      writesByAction[name] = (writesByAction[name] ?? 0) + 1
    }
  }

  // where an event's time goes: Desk's delivery, the inbox, the outbox
  const stages = await stageTimes(db, inst.id)
  // the credit governor's own account of the day, by kind (credits used, calls deferred)
  const governor = await governorView(db, inst.id)

  // correctness: every ticket against a fresh evaluation that reads everything (its Desk calls are not counted above;
  // the org gets fresh credits for it, as if the day had turned)
  const thresholdExceeded = sb.limiter.exceeded
  sb.limiter.configure({ dailyCredits: 1_000_000_000, remaining: 1_000_000_000 })
  const refDb = await openDb({ dataDir: 'memory://' })
  cleanups.push(() => refDb.close())
  await migrate(refDb)
  const refInst = await createInstallation(refDb, box, { name: 'reference', ...sb.connection() })
  const refCtx = createContext({ db: refDb, box, policy, desk: { limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000, sleep: async () => {} } })
  const wrong: Array<{ ticketId: string; statusType: string | null; fields: Record<string, string | null> }> = []
  // a closed ticket's figures are frozen at its closing (DOMAIN.md §5): a tier change after it is not
  // applied, where the fresh evaluation would apply it
  const tierChangedAfterClosing = (id: string) => {
    const t = sb.state.tickets.get(id)
    if (!t || t.statusType !== 'Closed' || !t.closedTime) return false
    return played.some((p) => p.action.kind === 'tier' && accountId(p.action.index) === t.accountId && p.at > Date.parse(t.closedTime!))
  }
  let frozenAtClosing = 0
  for (const id of ticketIds.filter(Boolean)) {
    const out = await processTicket(refCtx, refInst, id, { source: 'sync' })
    const onlyDueDates = Object.keys(out.changes).every((k) => k === 'dueDate' || k === 'cf_response_due')
    if (Object.keys(out.changes).length > 0 && onlyDueDates && tierChangedAfterClosing(id)) frozenAtClosing++
    else if (Object.keys(out.changes).length > 0) {
      wrong.push({ ticketId: id, statusType: sb.state.tickets.get(id)?.statusType ?? null, fields: out.changes })
      if (process.env.BENCH_DEBUG) {
        const mine = await db.query(`SELECT status_intervals, state->'input' AS input, last_written FROM ticket_sla WHERE installation_id = $1 AND ticket_id = $2`, [inst.id, id])
        const ref = await refDb.query(`SELECT status_intervals, state->'input' AS input FROM ticket_sla WHERE ticket_id = $1`, [id])
        process.stderr.write(`wrong ${id}:\n service ${JSON.stringify(mine.rows[0])}\n reference ${JSON.stringify(ref.rows[0])}\n`)
      }
    }
  }

  const result = {
    events,
    deskCallsPerEvent: round(log.length / events, 3),
    readsPerEvent: round(reads.length / events, 3),
    writesPerChangedTicket: round(patches.length / changes, 3),
    callsPerTicketLifecycle: round((log.length - searches.length) / TICKETS, 2),
    creditsPerDayAt1000TicketsPerDay: Math.round(1000 * perLifecycleCredits + syncTicksPerDay * searchCreditsPerTick),
    e2eP50Ms: percentile(e2e, 50),
    e2eP99Ms: percentile(e2e, 99),
    peakRssMb: rssMb,
    tickets: TICKETS,
    ratePerSecond: RATE,
    calls: log.length,
    reads: reads.length,
    ticketWrites: patches.length,
    changesNeedingAWrite: changes,
    changesNeverWritten: neverWritten,
    creditsUsed,
    e2eSamples: e2e.length,
    e2eMaxMs: e2e.length ? e2e[e2e.length - 1] : null,
    droppedEvents: dropped,
    deliveriesRetried: deliveries.filter((d) => d.attempt > 1).length,
    duplicatedEvents: duplicated,
    droppedCaughtMs: percentile(caught, 50),
    wrongTickets: wrong.length,
    closedBeforeTheirTierChanged: frozenAtClosing,
    stages,
    writesByAction,
    thresholdExceeded,
    dailyCredits: DAILY_CREDITS,
    governor,
    settled,
    subscribed,
    callsByKind: Object.fromEntries(Object.entries(byCall).sort((a, b) => b[1] - a[1])),
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify(result) + '\n')
    return
  }
  const rows: Array<[string, unknown]> = Object.entries(result).filter(([k]) => k !== 'callsByKind' && k !== 'subscribed')
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(34)} ${v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? '—')}\n`)
  process.stdout.write('calls by kind:\n')
  for (const [k, v] of Object.entries(result.callsByKind)) process.stdout.write(`  ${k.padEnd(40)} ${v}\n`)
  if (wrong.length > 0) process.stdout.write(`first wrong tickets: ${JSON.stringify(wrong.slice(0, 3))}\n`)
  if (!settled) process.stdout.write(`the pipeline had not settled after ${DRAIN_MS / 1000} s: figures count what was done by then\n`)
}

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:cost failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
