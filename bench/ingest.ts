// `npm run bench:ingest`: what durability costs the webhook endpoint, from one run on this machine.
// Four servers, each in its own child process (so the load generator does not share its core):
//   http     a bare node:http server that reads the body, parses the JSON and answers
//   express  a bare express 5 endpoint (express.json) doing the same
//   pglite   the real receiver (src/web/app.ts) storing into PGlite (a data dir in a temp folder)
//   pg       the real receiver storing into PostgreSQL (a fresh schema, dropped at the end)
// autocannon drives each on 127.0.0.1 with Desk-shaped deliveries of about 2 KB (one Ticket_Update
// event with its ticket payload and prevState; every request a new ticket id and eventTime, so every
// event is new): --connections at full speed for --duration s (events/s), then --rate requests/s for
// --rate-duration s (p99 latency). The servers take turns in --rounds rounds, so load from elsewhere
// on a shared machine hits them alike; rates and p99s are the medians of the rounds. Also printed:
// peak RSS and CPU per request of the server process (for pg, not PostgreSQL's), and, for the durable
// servers, a check that every request answered 200 was stored.
// PGlite's data directory is created first by a process of its own that opens it (initdb), migrates
// it and exits, as a first `npm start` or `desk-sla install` would; the server then opens it again,
// as every later start does. Both peaks are printed: initdb inside WebAssembly costs ~0.5 GB once.
// `--json` prints one line: {"durableEventsPerSecond", "expressPerSecond", "httpPerSecond",
// "ratioToExpress", "p99Ms", "peakRssMb", "store": "pg", "pglite": {…the same for PGlite, and
// "firstStartPeakRssMb"}}.
// Not a test: nothing here asserts a timing. Targets (issue #5): ≥ 2,000 events/s durable on
// PostgreSQL, ≥ 40 % of bare express, p99 < 50 ms at 500 events/s.
// Options: --duration 9 --connections 20 --rate 500 --rate-duration 6 --rounds 3 --pool-size 10
// --only http,express,pglite,pg --database-url postgres://… (or BENCH_DATABASE_URL) --profile DIR.
import { fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import { benchOptions } from './args.js'

const BENCH_FILE = fileURLToPath(import.meta.url)
const KINDS = ['http', 'express', 'pglite', 'pg'] as const
type Kind = (typeof KINDS)[number]
const DURABLE: readonly Kind[] = ['pglite', 'pg']

const opts = benchOptions('ingest', {
  json: { type: 'boolean', default: false },
  serve: { type: 'string' },
  // child modes: a PGlite data directory made by a first start, then served
  'first-start': { type: 'string' },
  'data-dir': { type: 'string' },
  duration: { type: 'string', default: '9' },
  connections: { type: 'string', default: '20' },
  rate: { type: 'string', default: '500' },
  'rate-duration': { type: 'string', default: '6' },
  rounds: { type: 'string', default: '3' },
  'pool-size': { type: 'string', default: '10' },
  only: { type: 'string', default: KINDS.join(',') },
  // write a V8 CPU profile of each server process into this directory
  profile: { type: 'string' },
  'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' },
})

// ---------------------------------------------------------------------------------------------
// The servers (child side)
// ---------------------------------------------------------------------------------------------

interface Ready {
  type: 'ready'
  port: number
  path: string
}
interface FirstStart {
  type: 'first-start'
  peakRssMb: number
}
interface Stats {
  type: 'stats'
  peakRssMb: number
  /** CPU time (user + system) the server process spent since it was ready, ms */
  cpuMs: number
  stored: number | null
}
type ToParent = Ready | Stats | FirstStart
type ToChild = { type: 'stats' } | { type: 'stop' }

const HOOK_PATH = '/hooks/desk/00000000-0000-4000-8000-000000000000/bench-secret-not-checked'

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

async function serveBareHttp(): Promise<{ port: number; path: string; stored(): Promise<number | null>; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      let status = 200
      let answer: string
      try {
        const events = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[]
        answer = JSON.stringify({ received: events.length })
      } catch {
        status = 400
        answer = '{"error":"bad json"}'
      }
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) })
      res.end(answer)
    })
  })
  const port = await listen(server)
  return { port, path: HOOK_PATH, stored: async () => null, close: () => new Promise((r) => server.close(() => r())) }
}

async function serveBareExpress(): Promise<{ port: number; path: string; stored(): Promise<number | null>; close(): Promise<void> }> {
  const app = express()
  app.post('/hooks/desk/:installationId/:secret', express.json({ limit: '1mb' }), (req, res) => {
    res.json({ received: (req.body as unknown[]).length })
  })
  const server = createServer(app)
  const port = await listen(server)
  return { port, path: HOOK_PATH, stored: async () => null, close: () => new Promise((r) => server.close(() => r())) }
}

/** a PGlite data directory's first start: initdb, migrations, close; reports the process's peak RSS */
async function firstStart(dataDir: string): Promise<void> {
  const { openDb } = await import('../src/store/db.js')
  const { migrate } = await import('../src/store/migrate.js')
  const db = await openDb({ dataDir })
  await migrate(db)
  await db.close()
  process.send!({ type: 'first-start', peakRssMb: process.resourceUsage().maxRSS / 1024 } satisfies FirstStart, () => process.exit(0))
}

async function serveDurable(kind: 'pglite' | 'pg'): Promise<{ port: number; path: string; stored(): Promise<number | null>; close(): Promise<void> }> {
  const { openDb } = await import('../src/store/db.js')
  const { migrate } = await import('../src/store/migrate.js')
  const { createSecretBox, generateSecret } = await import('../src/store/crypto.js')
  const { createInstallation } = await import('../src/store/repos/installations.js')
  const { createApp } = await import('../src/web/app.js')

  let dataDir: string | undefined
  const schema = `bench_ingest_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const db =
    kind === 'pg'
      ? await openDb({ databaseUrl: opts['database-url'], schema, poolSize: Number(opts['pool-size']) })
      : await openDb({ dataDir: (dataDir = opts['data-dir'] ?? (await mkdtemp(path.join(os.tmpdir(), 'desk-sla-bench-')))) })
  await migrate(db)
  const secret = generateSecret()
  const inst = await createInstallation(db, createSecretBox(randomBytes(32)), {
    orgId: '60001234',
    dataCenter: 'eu',
    clientId: '1000.BENCH',
    clientSecret: 'bench-client-secret',
    refreshToken: '1000.bench-refresh-token',
    webhookSecret: secret,
  })
  // one installation takes every delivery: its per-minute cap must not be what is measured
  const server = createServer(createApp({ db, eventsPerMinute: Number.MAX_SAFE_INTEGER }))
  const port = await listen(server)
  return {
    port,
    path: `/hooks/desk/${inst.id}/${secret}`,
    async stored() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_inbox WHERE installation_id = $1', [inst.id])
      return rows[0]?.n ?? 0
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()))
      if (kind === 'pg') await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await db.close()
      if (dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

async function serve(kind: Kind): Promise<void> {
  const send = (m: ToParent) => process.send!(m)
  const server = kind === 'http' ? await serveBareHttp() : kind === 'express' ? await serveBareExpress() : await serveDurable(kind)
  const cpuAtReady = process.cpuUsage()
  process.on('message', (m: ToChild) => {
    if (m.type === 'stats') {
      const cpu = process.cpuUsage(cpuAtReady)
      void server.stored().then((stored) =>
        send({ type: 'stats', peakRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (cpu.user + cpu.system) / 1000, stored }),
      )
    } else if (m.type === 'stop') {
      void server.close().finally(() => process.exit(0))
    }
  })
  send({ type: 'ready', port: server.port, path: server.path })
}

// ---------------------------------------------------------------------------------------------
// The load (parent side)
// ---------------------------------------------------------------------------------------------

interface AutocannonResult {
  duration: number
  '2xx': number
  non2xx: number
  errors: number
  timeouts: number
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; average: number; max: number }
}
type AutocannonRequest = { method: string; path: string; headers: Record<string, string>; setupRequest?: (req: any) => any }
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

/** one Desk Ticket_Update delivery of about 2 KB with placeholders for the ticket id and time */
function deliveryTemplate(): { head: string; parts: string[] } {
  const ticket = {
    id: '@ID@',
    ticketNumber: '48213',
    subject: 'Nightly sync returns incorrect totals for the EMEA ledger',
    description: 'Type of Support request: Technical Support\nDescription of the issue/question: since the upgrade the nightly sync returns wrong totals',
    status: 'Open',
    statusType: 'Open',
    priority: 'High',
    channel: 'Email',
    language: 'English',
    classification: 'Problem',
    category: 'Integrations',
    departmentId: '20001000000006907',
    contactId: '20001000003999001',
    accountId: '20001000002999001',
    assigneeId: '20001000000142001',
    email: 'lea.fischer@nordlicht.example.com',
    phone: '+49 221 5550123',
    createdTime: '2026-03-02T08:00:00.000Z',
    modifiedTime: '2026-03-02T09:00:00.000Z',
    dueDate: '2026-03-03T08:00:00.000Z',
    responseDueDate: '2026-03-02T12:00:00.000Z',
    onholdTime: null,
    closedTime: null,
    cf: {
      cf_severity: '2',
      cf_ticket_type: 'Technical',
      cf_region: 'DACH',
      cf_escalation_owner: 'Team Lead DACH',
      cf_escalation_level: '0',
      cf_sla_status: 'on track',
      cf_response_due: '2026-03-02T12:00:00.000Z',
      cf_partner_tier: 'Advanced',
    },
  }
  const event = {
    eventType: 'Ticket_Update',
    orgId: '60001234',
    eventTime: '@TIME@',
    payload: ticket,
    prevState: { ...ticket, status: 'On Hold', statusType: 'On Hold', modifiedTime: '2026-03-02T08:30:00.000Z' },
  }
  const text = JSON.stringify([event])
  // literal, marker, literal, marker, … : markers sit at the odd indexes
  return { head: text, parts: text.split(/(@ID@|@TIME@)/) }
}

const template = deliveryTemplate()
const BODY_BYTES = Buffer.byteLength(template.head)
const T0 = Date.parse('2026-03-02T09:00:00.000Z')
let sequence = 0

/** a new delivery: a new ticket id and a new eventTime, so its event key was never seen */
function nextBody(): string {
  const n = ++sequence
  const id = `2000100000${String(n).padStart(7, '0')}`
  const time = String(T0 + n)
  let body = ''
  for (const part of template.parts) body += part === '@ID@' ? id : part === '@TIME@' ? time : part
  return body
}

interface Measured {
  kind: Kind
  /** median of the full-speed rounds */
  eventsPerSecond: number
  roundRates: number[]
  /** median of the rounds held at --rate */
  p99Ms: number
  p99AtFullSpeedMs: number
  peakRssMb: number
  /** PGlite: the peak RSS of the process that created the data directory (initdb, migrations) */
  firstStartPeakRssMb: number | null
  /** the server process's CPU per request (µs): far steadier than rates on a shared machine */
  cpuUsPerRequest: number
  /** requests answered 200 over every run, warm-up included */
  ok: number
  failed: number
  stored: number | null
  /** requests the load generator abandoned when a run ended (they may still have been stored) */
  inFlightLimit: number
}

function request(pathName: string): AutocannonRequest {
  return {
    method: 'POST',
    path: pathName,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: { body?: string }) => {
      req.body = nextBody()
      return req
    },
  }
}

interface Running {
  kind: Kind
  firstStartPeakRssMb: number | null
  child: ChildProcess
  url: string
  path: string
  runs: AutocannonResult[]
  connectionsUsed: number
}

function forkBench(args: string[]): ChildProcess {
  return fork(BENCH_FILE, args, {
    execArgv: ['--import', 'tsx', ...(opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${opts.profile}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
}

/** PGlite: make the data directory in a process of its own; its peak RSS is the first start's */
function makePgliteDataDir(dataDir: string): Promise<number> {
  const child = forkBench(['--first-start', dataDir])
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the PGlite first start exited with ${code}`)))
    child.once('message', (m: ToParent) => {
      if (m.type !== 'first-start') return
      child.removeAllListeners('exit')
      resolve(m.peakRssMb)
    })
  })
}

async function start(kind: Kind): Promise<Running> {
  const dataDir = kind === 'pglite' ? await mkdtemp(path.join(os.tmpdir(), 'desk-sla-bench-')) : null
  const firstStartPeakRssMb = dataDir ? await makePgliteDataDir(dataDir).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true })
    throw error
  }) : null
  const child = forkBench(['--serve', kind, '--pool-size', opts['pool-size'], '--database-url', opts['database-url'], ...(dataDir ? ['--data-dir', dataDir] : [])])
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited with ${code} before it was ready`)))
    child.once('message', (m: ToParent) => {
      if (m.type === 'ready') resolve({ kind, firstStartPeakRssMb, child, url: `http://127.0.0.1:${m.port}`, path: m.path, runs: [], connectionsUsed: 0 })
    })
  })
}

function ask(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    const onMessage = (m: ToParent) => {
      if (m.type !== 'stats') return
      child.off('message', onMessage)
      resolve(m)
    }
    child.on('message', onMessage)
    child.send({ type: 'stats' } satisfies ToChild)
  })
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.send({ type: 'stop' } satisfies ToChild)
  })
}

async function drive(server: Running, o: { connections: number; seconds: number; rate?: number }): Promise<AutocannonResult> {
  const result = await autocannon({
    url: server.url,
    connections: o.connections,
    duration: o.seconds,
    ...(o.rate ? { overallRate: o.rate } : {}),
    requests: [request(server.path)],
  })
  server.runs.push(result)
  server.connectionsUsed += o.connections
  return result
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const log = (line: string) => {
  if (!opts.json) console.log(line)
}

/**
 * Every server runs side by side in time: round after round, each gets a slice of the same
 * minute, so a neighbour's load on a shared machine hits them all alike and the ratios hold.
 */
async function measureAll(kinds: Kind[]): Promise<Map<Kind, Measured>> {
  const connections = Number(opts.connections)
  const rounds = Number(opts.rounds)
  const fullSeconds = Number(opts.duration) / rounds
  const heldSeconds = Number(opts['rate-duration']) / rounds
  const servers: Running[] = []
  try {
    for (const kind of kinds) servers.push(await start(kind))
    // warm-up: JIT, connection pools, the table's first pages
    for (const server of servers) await drive(server, { connections, seconds: 2 })
    const full = new Map<Kind, AutocannonResult[]>(kinds.map((k) => [k, []]))
    const held = new Map<Kind, AutocannonResult[]>(kinds.map((k) => [k, []]))
    for (let round = 0; round < rounds; round++) {
      for (const server of servers) full.get(server.kind)!.push(await drive(server, { connections, seconds: fullSeconds }))
      for (const server of servers) held.get(server.kind)!.push(await drive(server, { connections: 10, seconds: heldSeconds, rate: Number(opts.rate) }))
    }
    const results = new Map<Kind, Measured>()
    for (const server of servers) {
      const stats = await ask(server.child)
      // one event per delivery: events/s = requests answered 200 per second
      const roundRates = full.get(server.kind)!.map((r) => r['2xx'] / r.duration)
      results.set(server.kind, {
        kind: server.kind,
        eventsPerSecond: median(roundRates),
        roundRates,
        p99Ms: median(held.get(server.kind)!.map((r) => r.latency.p99)),
        p99AtFullSpeedMs: median(full.get(server.kind)!.map((r) => r.latency.p99)),
        peakRssMb: stats.peakRssMb,
        firstStartPeakRssMb: server.firstStartPeakRssMb,
        cpuUsPerRequest: (stats.cpuMs * 1000) / Math.max(1, server.runs.reduce((s, r) => s + r.requests.total, 0)),
        ok: server.runs.reduce((s, r) => s + r['2xx'], 0),
        failed: server.runs.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0),
        stored: stats.stored,
        inFlightLimit: server.connectionsUsed,
      })
    }
    return results
  } finally {
    for (const server of servers) await stop(server.child)
  }
}

async function main(): Promise<void> {
  const kinds = opts.only.split(',').map((k) => k.trim()) as Kind[]
  for (const k of kinds) {
    if (!KINDS.includes(k)) {
      console.error(`bench:ingest: --only takes ${KINDS.join(', ')}; got "${k}"`)
      process.exit(2)
    }
  }
  for (const name of ['duration', 'connections', 'rate', 'rate-duration', 'pool-size', 'rounds'] as const) {
    if (!(Number(opts[name]) > 0)) {
      console.error(`bench:ingest: --${name} must be a positive number; got "${opts[name]}"`)
      process.exit(2)
    }
  }
  log(
    `bench:ingest: ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(1)}, node ${process.version}; ${BODY_BYTES}-byte deliveries of 1 event; ` +
      `${opts.connections} connections for ${opts.duration} s and ${opts.rate} req/s for ${opts['rate-duration']} s per server, ` +
      `interleaved in ${opts.rounds} rounds; pg pool ${opts['pool-size']}`,
  )
  const results = await measureAll(kinds)
  for (const m of results.values()) {
    // a run that ends abandons its requests in flight: those may be stored without a counted 200
    const integrity =
      m.stored === null
        ? ''
        : m.stored >= m.ok && m.stored - m.ok <= m.inFlightLimit
          ? `   every 200 stored (${m.stored} events)`
          : `   STORED ${m.stored} events for ${m.ok} answers 200`
    log(
      `  ${m.kind.padEnd(8)} ${m.eventsPerSecond.toFixed(0).padStart(7)} events/s (rounds ${m.roundRates.map((r) => r.toFixed(0)).join(', ')})` +
        `   p99 ${m.p99Ms.toFixed(1)} ms at ${opts.rate}/s, ${m.p99AtFullSpeedMs.toFixed(1)} ms at full speed` +
        `   server CPU ${m.cpuUsPerRequest.toFixed(0)} µs/request   peak RSS ${m.peakRssMb.toFixed(0)} MB` +
        `${m.firstStartPeakRssMb === null ? '' : ` (first start, initdb: ${m.firstStartPeakRssMb.toFixed(0)} MB)`}` +
        `${m.failed ? `   ${m.failed} FAILED requests` : ''}${integrity}`,
    )
    if (m.failed > 0 || (m.stored !== null && (m.stored < m.ok || m.stored - m.ok > m.inFlightLimit))) process.exitCode = 1
  }
  const expressRate = results.get('express')?.eventsPerSecond ?? null
  const ratio = (kind: Kind) => {
    const m = results.get(kind)
    return m && expressRate ? m.eventsPerSecond / expressRate : null
  }
  for (const kind of DURABLE) {
    const r = ratio(kind)
    if (r !== null) log(`  ${kind} durable / bare express: ${(r * 100).toFixed(0)} %`)
  }
  if (opts.json) {
    const round = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? null : Number(n.toFixed(digits)))
    const figures = (kind: Kind) => {
      const m = results.get(kind)
      return {
        durableEventsPerSecond: round(m?.eventsPerSecond, 0),
        ratioToExpress: round(ratio(kind), 3),
        p99Ms: round(m?.p99Ms),
        peakRssMb: round(m?.peakRssMb),
      }
    }
    const pglite = results.get('pglite')
    const pg = figures('pg')
    console.log(
      JSON.stringify({
        durableEventsPerSecond: pg.durableEventsPerSecond,
        expressPerSecond: round(expressRate, 0),
        httpPerSecond: round(results.get('http')?.eventsPerSecond, 0),
        ratioToExpress: pg.ratioToExpress,
        p99Ms: pg.p99Ms,
        peakRssMb: pg.peakRssMb,
        store: 'pg',
        pglite: { ...figures('pglite'), firstStartPeakRssMb: round(pglite?.firstStartPeakRssMb), store: 'pglite' },
      }),
    )
  }
}

if (opts['first-start']) {
  void firstStart(opts['first-start']).catch((error: unknown) => {
    console.error(`bench:ingest: the PGlite first start failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
} else if (opts.serve) {
  void serve(opts.serve as Kind).catch((error: unknown) => {
    console.error(`bench:ingest: the ${opts.serve} server failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
} else {
  main().catch((error: unknown) => {
    console.error(`bench:ingest: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
