// `npm run bench:scale`: the service's memory with 100,000 open tickets tracked, and how fast its
// escalation sweep works through the due ones — against a baseline measured in the same run.
// One fresh PostgreSQL schema (dropped at the end, also on failure and Ctrl-C), a Desk sandbox on
// loopback, and the service as a separate `desk-sla serve` process, so the RSS read from
// /proc/<pid>/status (VmRSS, and VmHWM: the kernel's high-water mark) is the service's alone:
//   1. baseline: the service on the schema with no tickets, idle and through one sweep tick;
//   2. the schema gets --tickets open tickets: a few real sandbox tickets processed by
//      processTicket, copied in SQL (INSERT … SELECT generate_series) into the rest with other
//      ticket ids, created times, accounts/countries and severities; --due of them due now;
//   3. the service on the full schema: idle, then one sweep tick (a once-a-minute SWEEP_CRON at a
//      chosen second, as production's every-minute sweep), until the inbox has no sweep event left
//      and the Desk writes they queued are sent (tickets unknown to the sandbox answer 404: done).
// Printed: tickets tracked, sweep events processed per second, peak RSS of both runs, the ratio,
// and whether the 100k peak is under 200 MB (the "Speed" goal). Not a test: nothing here asserts.
// `--json` prints one line: {"tickets", "dueProcessed", "eventsPerSecond", "baselinePeakRssMb",
// "peakRssMb", "ratio", "under200Mb"}.
// Options: --tickets 100000 --due 10000 --runtime compiled|tsx|dist (compiled, the default: src/
// compiled by tsc into a temp dir first, so the figures are the current source as `npm start` runs
// it; tsx: `node --import tsx src/cli/run.ts serve` as the e2e tests run it, whose loader alone adds
// about 80 MB of RSS; dist: bin/desk-sla.js on whatever dist/ holds, possibly stale)
// --entry path/to/dist/cli/run.js (a candidate build, e.g. with a fix, instead of --runtime)
// --node-flags=--max-old-space-size=96 (the service's node flags; note the `=`) --worker-batch N
// --heap-snapshot DIR (after each run, once its peak is read: a heap snapshot of the service into
// DIR, which starts with a full GC, then the live heap is printed)
// --desk-rpm 1000000 (DESK_REQUESTS_PER_MINUTE) --timeout 240 (s for the due tickets)
// --database-url postgres://… (or BENCH_DATABASE_URL / TEST_DATABASE_URL).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { createContext } from '../src/pipeline/context.js'
import { processTicket } from '../src/pipeline/processor.js'
import { loadPolicy } from '../src/policy/load.js'
import { createSandbox, type Sandbox } from '../src/sandbox/server.js'
import { assertSchemaName, openDb, type Db } from '../src/store/db.js'
import { migrate } from '../src/store/migrate.js'
import type { Installation } from '../src/store/repos/installations.js'
import { DESCRIPTIONS, fileTicket, installFor, PARTNERS, partnerSeed, REPO_ROOT, schemaDatabaseUrl, secretKey, type PartnerKey } from '../test/e2e/helpers.js'
import { benchOptions } from './args.js'

const opts = benchOptions('scale', {
  json: { type: 'boolean', default: false },
  tickets: { type: 'string', default: '100000' },
  due: { type: 'string', default: '10000' },
  runtime: { type: 'string', default: 'compiled' },
  'node-flags': { type: 'string', default: '' },
  'worker-batch': { type: 'string' },
  // after each run, a heap snapshot of the service into this directory (a full GC first): the live heap
  'heap-snapshot': { type: 'string' },
  // a prebuilt CLI entry (dist/cli/run.js of a candidate build) instead of --runtime
  entry: { type: 'string' },
  'desk-rpm': { type: 'string', default: '1000000' },
  timeout: { type: 'string', default: '240' },
  'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' },
})

const TICKETS = Number(opts.tickets)
const DUE = Number(opts.due)
const TIMEOUT_MS = Number(opts.timeout) * 1000
const SAMPLE_MS = 100
const LIMIT_MB = 200
if (!Number.isInteger(TICKETS) || TICKETS < 100 || !Number.isInteger(DUE) || DUE < 1 || DUE > TICKETS) {
  throw new Error('--tickets must be an integer ≥ 100 and --due an integer between 1 and --tickets')
}
const RUNTIMES = ['compiled', 'tsx', 'dist'] as const
type Runtime = (typeof RUNTIMES)[number]
if (!RUNTIMES.includes(opts.runtime as Runtime)) throw new Error(`--runtime is one of ${RUNTIMES.join(', ')}`)
const RUNTIME = opts.runtime as Runtime

const log = (line: string) => process.stderr.write(`[bench:scale] ${line}\n`)
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
const mb = (kb: number) => kb / 1024
const round = (x: number, digits = 1) => Number(x.toFixed(digits))

// ---------------------------------------------------------------------------------------------
// cleanup: every resource is released once, newest first, also on SIGINT/SIGTERM
// ---------------------------------------------------------------------------------------------

const cleanups: Array<{ label: string; run: () => Promise<void> }> = []
async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const c = cleanups.pop()!
    await c.run().catch((err: Error) => log(`cleanup of ${c.label} failed: ${err.message}`))
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`)
    void cleanupAll().finally(() => process.exit(130))
  })
}

// ---------------------------------------------------------------------------------------------
// the service process and its memory
// ---------------------------------------------------------------------------------------------

interface Memory {
  rssKb: number
  hwmKb: number
}

/** VmRSS and VmHWM of a process (Linux /proc) */
async function memoryOf(pid: number): Promise<Memory> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN)
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') }
}

/**
 * src/ compiled by tsc (tsconfig.build.json) into a temp dir beside a package.json of type module
 * and links to config/ (the shipped policy) and node_modules/; returns the CLI entry. Type errors
 * elsewhere in the tree do not stop the emit.
 */
async function compileService(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-sla-bench-scale-'))
  cleanups.push({ label: `compiled service ${dir}`, run: () => rm(dir, { recursive: true, force: true }) })
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  await symlink(join(REPO_ROOT, 'config'), join(dir, 'config'))
  await symlink(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'))
  const t0 = Date.now()
  const tsc = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist'), '--sourceMap', 'false'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  tsc.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => tsc.once('exit', resolve))
  // as `npm run build` does: tsc compiles only TypeScript, the admin's stylesheet and script are copied
  await cp(join(REPO_ROOT, 'src/web/admin/assets'), join(dir, 'dist/web/admin/assets'), { recursive: true })
  const entry = join(dir, 'dist/cli/run.js')
  const built = await readFile(entry).then(() => true, () => false)
  if (!built) throw new Error(`tsc did not emit the service (exit ${code}):\n${out.slice(0, 4000)}`)
  log(`compiled src/ in ${((Date.now() - t0) / 1000).toFixed(1)} s${code === 0 ? '' : ` (tsc reported ${out.split('\n').filter((l) => l.includes('error TS')).length} type errors; emitted anyway)`}`)
  return entry
}

let compiledEntry: string | undefined

/** user + system CPU time of a process so far, seconds (Linux /proc; clock ticks of 1/100 s) */
async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // fields after the command name (which may hold spaces) start at the state, field 3
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

interface ServiceProcess {
  pid: number
  url: string
  metricsToken: string
  output(): string
  /** SIGUSR2 (with --heap-snapshot): writes a heap snapshot; resolves to its path once written */
  snapshot(): Promise<string>
  stop(): Promise<void>
}

/** starts `desk-sla serve` with exactly `env` (plus PATH/HOME), waits for GET /readyz 200 */
async function spawnService(label: string, env: Record<string, string>): Promise<ServiceProcess> {
  const entry = opts.entry
    ? [opts.entry, 'serve']
    : RUNTIME === 'dist' ? ['bin/desk-sla.js', 'serve'] : RUNTIME === 'tsx' ? ['--import', 'tsx', 'src/cli/run.ts', 'serve'] : [(compiledEntry ??= await compileService()), 'serve']
  const flags = opts['node-flags'].split(/\s+/).filter(Boolean)
  if (opts['heap-snapshot']) flags.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${resolve(opts['heap-snapshot'])}`)
  const metricsToken = randomBytes(24).toString('hex')
  const child: ChildProcess = spawn(process.execPath, [...flags, ...entry], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', METRICS_TOKEN: metricsToken, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let exited = false
  const append = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-65_536)
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())))
  const stop = async () => {
    if (exited) return
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exit
    clearTimeout(killer)
  }
  cleanups.push({ label: `service ${label}`, run: stop })
  const deadline = Date.now() + 90_000
  let url: string | undefined
  while (!url) {
    if (exited) throw new Error(`the ${label} service exited before listening:\n${out}`)
    if (Date.now() > deadline) throw new Error(`the ${label} service did not start in 90 s:\n${out}`)
    url = /desk-sla listening on (http:\/\/\S+)/.exec(out)?.[1]
    if (!url) await pause(50)
  }
  for (;;) {
    if (exited) throw new Error(`the ${label} service exited:\n${out}`)
    const ok = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status === 200, () => false)
    if (ok) break
    if (Date.now() > deadline) throw new Error(`the ${label} service was not ready in 90 s:\n${out}`)
    await pause(100)
  }
  const snapshot = async () => {
    const dir = resolve(opts['heap-snapshot'] ?? '.')
    const before = new Set(await readdir(dir))
    child.kill('SIGUSR2')
    const until = Date.now() + 120_000
    for (;;) {
      await pause(500)
      const file = (await readdir(dir)).find((f) => f.endsWith('.heapsnapshot') && !before.has(f))
      if (file) {
        // written when its size stops changing
        const a = (await stat(join(dir, file))).size
        await pause(1_000)
        if (a > 0 && (await stat(join(dir, file))).size === a) return join(dir, file)
      }
      if (Date.now() > until) throw new Error(`the ${label} service wrote no heap snapshot in 120 s`)
    }
  }
  return { pid: child.pid!, url, metricsToken, output: () => out, snapshot, stop }
}

/** samples VmRSS every SAMPLE_MS; VmHWM is the kernel's own peak, so short spikes are not missed */
function rssSampler(pid: number) {
  let maxRssKb = 0
  let last: Memory = { rssKb: 0, hwmKb: 0 }
  let samples = 0
  const timer = setInterval(() => {
    memoryOf(pid).then(
      (m) => {
        last = m
        samples++
        maxRssKb = Math.max(maxRssKb, m.rssKb)
      },
      () => {},
    )
  }, SAMPLE_MS)
  return {
    now: () => last,
    maxRssKb: () => maxRssKb,
    samples: () => samples,
    stop: () => clearInterval(timer),
  }
}

/** V8 heap and external memory as the service's own /metrics reports them (prom-client defaults) */
async function heapOf(s: ServiceProcess): Promise<{ heapUsedMb: number; heapTotalMb: number; externalMb: number } | null> {
  try {
    const res = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${s.metricsToken}` }, signal: AbortSignal.timeout(5_000) })
    if (res.status !== 200) return null
    const text = await res.text()
    const metric = (name: string) => Number(new RegExp(`^desk_sla_${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text)?.[1] ?? NaN) / 1_048_576
    return { heapUsedMb: metric('nodejs_heap_size_used_bytes'), heapTotalMb: metric('nodejs_heap_size_total_bytes'), externalMb: metric('nodejs_external_memory_bytes') }
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------
// the store: one schema, one installation, realistic ticket_sla rows
// ---------------------------------------------------------------------------------------------

const SEVERITY_1 = 'Type of Support request: Technical Support\nDescription of the issue/question: the portal is down for all users since this morning'
const DESCRIPTION_MIX = [DESCRIPTIONS.incorrectResults, DESCRIPTIONS.howTo, DESCRIPTIONS.invoice, SEVERITY_1]

/**
 * One real ticket per (partner account, description) filed in the sandbox and processed by
 * processTicket: ticket_sla rows exactly as the pipeline stores them, across regions, tiers,
 * teams and severities 1–3. Their Desk writes stay in the outbox for the service to send.
 */
async function realTemplates(db: Db, sb: Sandbox, inst: Installation, box: ReturnType<typeof secretKey>['box']): Promise<Array<{ state: unknown; lastWritten: unknown }>> {
  const { policy } = await loadPolicy({})
  const ctx = createContext({ db, box, policy, desk: { sleep: async () => {}, random: () => 0.5, requestsPerMinute: 1_000_000 } })
  const ids: string[] = []
  for (const partner of Object.keys(PARTNERS) as PartnerKey[]) {
    for (const description of DESCRIPTION_MIX) {
      const id = fileTicket(sb, partner, description)
      await processTicket(ctx, inst, id, { source: 'sync' })
      ids.push(id)
    }
  }
  const { rows } = await db.query<{ state: unknown; last_written: unknown }>('SELECT state, last_written FROM ticket_sla WHERE installation_id = $1 AND ticket_id = ANY($2) ORDER BY ticket_id', [inst.id, ids])
  return rows.map((r) => ({ state: r.state, lastWritten: r.last_written }))
}

/**
 * Rows g in [from, to) copied from the templates: ticket ids from 30001000000000000, created up
 * to 14 days ago, last evaluated halfway since; rows g < due are due in the last hour, the rest
 * in 1–73 hours. Template, created time and check time come from hashes of g (deterministic).
 */
function bulkInsertSql(installationId: string, templates: unknown, now: string, due: number, from: number, to: number) {
  return {
    text: `WITH tpl AS (
  SELECT (o - 1)::int AS n, e->'state' AS state, e->'lastWritten' AS last_written
  FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(e, o)
), r AS (
  SELECT g, (30001000000000000 + g)::text AS ticket_id,
    abs(hashint4(g)::bigint) % (SELECT count(*) FROM tpl) AS n,
    $3::timestamptz - (abs(hashint4(g + 1000003)::bigint) % 1209600) * interval '1 second' AS created,
    CASE WHEN g < $4 THEN $3::timestamptz - (abs(hashint4(g + 7)::bigint) % 3600) * interval '1 second'
         ELSE $3::timestamptz + (3600 + abs(hashint4(g + 11)::bigint) % 259200) * interval '1 second' END AS next_check
  FROM generate_series($5::int, $6::int - 1) AS g
), v AS (
  SELECT r.*, r.created + ($3::timestamptz - r.created) / 2 AS evaluated, tpl.state, tpl.last_written
  FROM r JOIN tpl USING (n)
)
INSERT INTO ticket_sla (installation_id, ticket_id, state, last_written, escalation_level, next_check_at,
  last_event_time, ticket_modified_time, status_intervals, open, version, created_at, updated_at)
SELECT $1, ticket_id,
  jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(state,
    '{input,ticket,id}', to_jsonb(ticket_id)),
    '{input,ticket,createdTime}', to_jsonb(created)),
    '{input,threads,0,createdTime}', to_jsonb(created)),
    '{input,now}', to_jsonb(evaluated)),
    '{modifiedTime}', to_jsonb(created)),
  last_written, 0, next_check, NULL, created, '[]'::jsonb, true, 1, evaluated, evaluated
FROM v`,
    values: [installationId, JSON.stringify(templates), now, due, from, to],
  }
}

async function fillTickets(db: Db, sb: Sandbox, inst: Installation, box: ReturnType<typeof secretKey>['box']): Promise<number> {
  const templates = await realTemplates(db, sb, inst, box)
  const bulk = TICKETS - templates.length
  // the real tickets were evaluated just now: not due, so exactly DUE bulk rows are due
  const now = new Date().toISOString()
  const t0 = Date.now()
  const chunk = 10_000
  for (let from = 0; from < bulk; from += chunk) {
    const q = bulkInsertSql(inst.id, templates, now, Math.min(DUE, bulk), from, Math.min(bulk, from + chunk))
    await db.query(q.text, q.values)
  }
  await db.exec('ANALYZE ticket_sla')
  const { rows } = await db.query<{ n: number; due: number; bytes: number }>(
    "SELECT count(*)::int AS n, count(*) FILTER (WHERE next_check_at <= now())::int AS due, pg_total_relation_size('ticket_sla')::bigint AS bytes FROM ticket_sla WHERE open",
  )
  log(`${rows[0]!.n} open tickets (${templates.length} processed for real, the rest copied) in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${rows[0]!.due} due; ticket_sla ${(Number(rows[0]!.bytes) / 1_048_576).toFixed(0)} MB on disk`)
  return rows[0]!.n
}

// ---------------------------------------------------------------------------------------------
// one run of the service: idle, one sweep tick, work until quiet
// ---------------------------------------------------------------------------------------------

interface Counts {
  sweepEvents: number
  sweepOpen: number
  sweepFinished: number
  sweepFailed: number
  retrying: number
  outboxOpen: number
  outboxDone: number
  outboxDead: number
  tickFinished: boolean
}

async function countsOf(db: Db): Promise<Counts> {
  const { rows } = await db.query<Record<string, number | boolean>>(`SELECT
  (SELECT count(*) FROM webhook_inbox WHERE source = 'sweep')::int AS sweep_events,
  (SELECT count(*) FROM webhook_inbox WHERE source = 'sweep' AND status IN ('pending','processing'))::int AS sweep_open,
  (SELECT count(*) FROM webhook_inbox WHERE source = 'sweep' AND status IN ('done','ignored'))::int AS sweep_finished,
  (SELECT count(*) FROM webhook_inbox WHERE source = 'sweep' AND status = 'failed')::int AS sweep_failed,
  (SELECT count(*) FROM webhook_inbox WHERE status = 'pending' AND attempts > 0)::int AS retrying,
  (SELECT count(*) FROM outbox WHERE status IN ('pending','sending'))::int AS outbox_open,
  (SELECT count(*) FROM outbox WHERE status = 'done')::int AS outbox_done,
  (SELECT count(*) FROM outbox WHERE status = 'dead')::int AS outbox_dead,
  EXISTS (SELECT 1 FROM job_runs WHERE job = 'sweep' AND finished_at IS NOT NULL) AS tick_finished`)
  const r = rows[0]!
  return {
    sweepEvents: r.sweep_events as number,
    sweepOpen: r.sweep_open as number,
    sweepFinished: r.sweep_finished as number,
    sweepFailed: r.sweep_failed as number,
    retrying: r.retrying as number,
    outboxOpen: r.outbox_open as number,
    outboxDone: r.outbox_done as number,
    outboxDead: r.outbox_dead as number,
    tickFinished: r.tick_finished as boolean,
  }
}

interface RunResult {
  idleRssMb: number
  idleHwmMb: number
  peakRssMb: number
  maxSampledRssMb: number
  samples: number
  sweepEvents: number
  processed: number
  failed: number
  eventsPerSecond: number
  drainSeconds: number
  /** the service's CPU time from the end of the idle phase until quiet, s */
  cpuSeconds: number
  tickSeconds: number | null
  outboxDone: number
  outboxOpen: number
  outboxDead: number
  heapIdle: Awaited<ReturnType<typeof heapOf>>
  heapEnd: Awaited<ReturnType<typeof heapOf>>
  /** after the heap snapshot's full GC (--heap-snapshot) */
  live: { file: string; heap: Awaited<ReturnType<typeof heapOf>>; rssMb: number } | null
  stillDue: number
  errorLines: number
  timedOut: boolean
}

/** a 6-field cron that fires once a minute at the second `delayMs` from now */
function sweepCronIn(delayMs: number): { cron: string; at: number } {
  const at = Math.ceil((Date.now() + delayMs) / 1000) * 1000
  return { cron: `${new Date(at).getUTCSeconds()} * * * * *`, at }
}

async function runService(label: string, db: Db, env: Record<string, string>): Promise<RunResult> {
  // room for a cold start (tsx compiles on the fly) before the tick, and some idle time to sample
  const sweep = sweepCronIn(RUNTIME === 'tsx' ? 15_000 : 10_000)
  const service = await spawnService(label, {
    ...env,
    SWEEP_CRON: sweep.cron,
    SYNC_CRON: '0 0 1 1 *', // never during the run: the sandbox knows only the real tickets
  })
  const sampler = rssSampler(service.pid)
  try {
    log(`${label}: service pid ${service.pid} ready; sweep at ${new Date(sweep.at).toISOString().slice(11, 19)}Z (${sweep.cron})`)
    // idle: until a second before the tick (or at least 2 s, when the start was slow)
    await pause(Math.max(2_000, sweep.at - Date.now() - 1_000))
    const idle = await memoryOf(service.pid)
    const cpuBefore = await cpuSecondsOf(service.pid)
    const heapIdle = await heapOf(service)
    const started = Date.now()
    let last = await countsOf(db)
    let lastLog = 0
    let timedOut = false
    // quiet: the tick ran, no sweep event is waiting or being processed, no Desk write queued
    while (!(last.tickFinished && last.sweepOpen === 0 && last.outboxOpen === 0)) {
      if (Date.now() - started > TIMEOUT_MS) {
        timedOut = true
        break
      }
      await pause(250)
      last = await countsOf(db)
      if (Date.now() - lastLog > 5_000) {
        lastLog = Date.now()
        const m = sampler.now()
        log(`${label}: sweep events ${last.sweepFinished}/${last.sweepEvents} done (${last.sweepFailed} failed, ${last.retrying} retrying), outbox ${last.outboxDone} sent ${last.outboxOpen} queued, RSS ${mb(m.rssKb).toFixed(0)} MB, peak ${mb(m.hwmKb).toFixed(0)} MB`)
      }
    }
    const end = await memoryOf(service.pid)
    const cpuSeconds = (await cpuSecondsOf(service.pid)) - cpuBefore
    const heapEnd = await heapOf(service)
    const { rows } = await db.query<{ first: Date | null; done: Date | null; n: number; tick: Date | null; tick_end: Date | null }>(`SELECT
  min(received_at) AS first, max(processed_at) AS done, count(*)::int AS n,
  (SELECT min(claimed_at) FROM job_runs WHERE job = 'sweep') AS tick, (SELECT min(finished_at) FROM job_runs WHERE job = 'sweep') AS tick_end
FROM webhook_inbox WHERE source = 'sweep' AND status IN ('done','ignored')`)
    const t = rows[0]!
    const drainSeconds = t.first && t.done ? (t.done.getTime() - t.first.getTime()) / 1000 : 0
    const { rows: due } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ticket_sla WHERE open AND next_check_at <= now()')
    // the snapshot below allocates a lot itself: the sampled figures end here
    sampler.stop()
    let live: RunResult['live'] = null
    if (opts['heap-snapshot']) {
      const file = await service.snapshot()
      live = { file, heap: await heapOf(service), rssMb: mb((await memoryOf(service.pid)).rssKb) }
    }
    return {
      idleRssMb: mb(idle.rssKb),
      idleHwmMb: mb(idle.hwmKb),
      peakRssMb: mb(end.hwmKb),
      maxSampledRssMb: mb(sampler.maxRssKb()),
      samples: sampler.samples(),
      sweepEvents: last.sweepEvents,
      processed: t.n,
      failed: last.sweepFailed,
      eventsPerSecond: drainSeconds > 0 ? t.n / drainSeconds : 0,
      drainSeconds,
      cpuSeconds,
      tickSeconds: t.tick && t.tick_end ? (t.tick_end.getTime() - t.tick.getTime()) / 1000 : null,
      outboxDone: last.outboxDone,
      outboxOpen: last.outboxOpen,
      outboxDead: last.outboxDead,
      heapIdle,
      heapEnd,
      live,
      stillDue: due[0]!.n,
      errorLines: service.output().split('\n').filter((l) => /error/i.test(l)).length,
      timedOut,
    }
  } finally {
    sampler.stop()
    await service.stop()
  }
}

// ---------------------------------------------------------------------------------------------
// the run
// ---------------------------------------------------------------------------------------------

const RUNTIME_LABEL: Record<Runtime, string> = {
  compiled: 'src/ compiled by tsc (as npm start)',
  tsx: 'node --import tsx src/cli/run.ts',
  dist: 'bin/desk-sla.js (dist/ as built)',
}

async function main(): Promise<void> {
  const schema = assertSchemaName(`bench_scale_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`)
  const base = opts['database-url']
  const admin = new pg.Client({ connectionString: base })
  await admin.connect().catch((err: Error) => {
    throw new Error(`PostgreSQL is not reachable at ${base.replace(/:[^:@/]*@/, ':***@')} (${err.message}); start it or pass --database-url`)
  })
  await admin.end()
  cleanups.push({
    label: `schema ${schema}`,
    run: async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      } finally {
        await c.end()
      }
    },
  })
  const db = await openDb({ databaseUrl: base, schema, poolSize: 4 })
  cleanups.push({ label: 'bench pool', run: () => db.close() })
  await migrate(db)

  // a Desk for the outbox: no credit or concurrency limit in the way of the service's writes
  const sb = await createSandbox({ seed: partnerSeed(), rateLimit: { dailyCredits: 100_000_000, maxConcurrent: 1_000 } })
  cleanups.push({ label: 'sandbox', run: () => sb.close() })
  const key = secretKey()
  const { inst } = await installFor(db, key.box, sb)
  const env: Record<string, string> = {
    DATABASE_URL: schemaDatabaseUrl(schema, base),
    DESK_SLA_SECRET_KEY: key.env,
    DESK_REQUESTS_PER_MINUTE: opts['desk-rpm'],
    ...(opts['worker-batch'] ? { WORKER_BATCH: opts['worker-batch'] } : {}),
  }

  if (opts['heap-snapshot']) await mkdir(opts['heap-snapshot'], { recursive: true })
  if (RUNTIME === 'compiled' && !opts.entry) compiledEntry = await compileService()
  log(`baseline: the service on an empty schema (${schema}), runtime ${RUNTIME}${opts['node-flags'] ? `, node ${opts['node-flags']}` : ''}`)
  const baseline = await runService('baseline', db, env)
  await db.exec('DELETE FROM job_runs')

  log(`filling ${TICKETS.toLocaleString('en-US')} open tickets, ${DUE.toLocaleString('en-US')} due`)
  const tickets = await fillTickets(db, sb, inst, key.box)
  const full = await runService(`${Math.round(TICKETS / 1000)}k`, db, env)

  const ratio = full.peakRssMb / baseline.peakRssMb
  const under = full.peakRssMb < LIMIT_MB
  if (opts.json) {
    console.log(
      JSON.stringify({
        tickets,
        dueProcessed: full.processed,
        eventsPerSecond: round(full.eventsPerSecond, 0),
        baselinePeakRssMb: round(baseline.peakRssMb),
        peakRssMb: round(full.peakRssMb),
        ratio: round(ratio, 2),
        under200Mb: under,
      }),
    )
    return
  }
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US')
  const heap = (h: RunResult['heapIdle']) => (h ? `heap used ${h.heapUsedMb.toFixed(0)} of ${h.heapTotalMb.toFixed(0)} MB, external ${h.externalMb.toFixed(0)} MB` : 'heap n/a')
  const describeRun = (r: RunResult) => [
    `  idle:  RSS ${r.idleRssMb.toFixed(1)} MB (peak so far ${r.idleHwmMb.toFixed(1)} MB); ${heap(r.heapIdle)}`,
    `  sweep: tick took ${r.tickSeconds === null ? 'n/a' : `${r.tickSeconds.toFixed(2)} s`}, ${fmt(r.sweepEvents)} events; ${fmt(r.processed)} processed in ${r.drainSeconds.toFixed(1)} s = ${fmt(r.eventsPerSecond)} events/s` +
      ` (service CPU ${r.cpuSeconds.toFixed(1)} s${r.processed ? `, ${((r.cpuSeconds * 1000) / r.processed).toFixed(1)} ms per event incl. its Desk writes` : ''})` +
      `${r.failed ? `, ${r.failed} FAILED` : ''}; Desk writes ${fmt(r.outboxDone)} sent, ${r.outboxOpen} left, ${r.outboxDead} dead`,
    `  after: ${heap(r.heapEnd)}; still due: ${r.stillDue}${r.timedOut ? '; TIMED OUT before the pipeline was quiet' : ''}${r.errorLines ? `; ${r.errorLines} error lines in the service log` : ''}`,
    ...(r.live ? [`  live:  after a full GC (heap snapshot ${r.live.file}): ${heap(r.live.heap)}; RSS ${r.live.rssMb.toFixed(1)} MB`] : []),
    `  peak RSS (VmHWM) ${r.peakRssMb.toFixed(1)} MB; highest VmRSS sampled every ${SAMPLE_MS} ms: ${r.maxSampledRssMb.toFixed(1)} MB (${r.samples} samples)`,
  ]
  console.log(
    [
      `desk-sla scale benchmark — node ${process.version}, service via ${opts.entry ?? RUNTIME_LABEL[RUNTIME]}${opts['node-flags'] ? ` ${opts['node-flags']}` : ''}, WORKER_BATCH ${opts['worker-batch'] ?? 'default'}`,
      '',
      'baseline: no tickets',
      ...describeRun(baseline),
      '',
      `${fmt(tickets)} open tickets tracked, ${fmt(DUE)} due`,
      ...describeRun(full),
      '',
      `peak RSS ${full.peakRssMb.toFixed(1)} MB with ${fmt(tickets)} tickets vs ${baseline.peakRssMb.toFixed(1)} MB with none: ratio ${ratio.toFixed(2)}x`,
      `under ${LIMIT_MB} MB: ${under ? 'yes' : 'NO'}`,
    ].join('\n'),
  )
}

try {
  await main()
} catch (err) {
  process.exitCode = 1
  log(`failed: ${(err as Error).message}`)
} finally {
  await cleanupAll()
}
