// Issue 5: several replicas sharing one PostgreSQL run each scheduled job once per tick and process
// each event once. Two `desk-sla serve` processes on one schema, both receiving deliveries and both
// running the sync and sweep every second (6-field cron expressions).
import { expect } from 'chai'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import type { Db } from '../../src/store/db.js'
import { migrate } from '../../src/store/migrate.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { inboxEventKey } from '../../src/store/repos/inbox.js'
import type { Installation } from '../../src/store/repos/installations.js'
import {
  acknowledged,
  cleanup,
  createPgSchema,
  describeCounts,
  DESCRIPTIONS,
  fileTicket,
  hookUrl,
  installFor,
  onCleanup,
  partnerSeed,
  patchesOf,
  quiet,
  repeatedPatches,
  secretKey,
  sendStream,
  spawnService,
  storeCounts,
  ticketStream,
  waitFor,
  type OpenCounts,
  type PartnerKey,
  type ServiceProcess,
} from './helpers.js'

const TICKETS = 8 // × 9 deliveries = 72
const PARTNER_KEYS: PartnerKey[] = ['ukPremium', 'dachAdvanced', 'usAuthorized', 'indiaPremium', 'franceAdvanced']
const DESCRIPTION_CYCLE = [DESCRIPTIONS.incorrectResults, DESCRIPTIONS.howTo, DESCRIPTIONS.invoice]

interface InboxRow {
  event_key: string
  status: string
  attempts: number
  error: string | null
}

interface JobRunRow {
  job: string
  tick_key: string
  owner: string
  finished_at: Date | null
  outcome: string | null
}

describe('two service processes sharing one PostgreSQL schema', function () {
  this.timeout(180_000)
  let sb: Sandbox
  let db: Db
  let inst: Installation
  let secret: string
  const ticketIds: string[] = []
  const replicas: ServiceProcess[] = []

  before(async function () {
    sb = await createSandbox({ seed: partnerSeed() })
    onCleanup('sandbox', () => sb.close())
    for (let i = 0; i < TICKETS; i++) ticketIds.push(fileTicket(sb, PARTNER_KEYS[i % PARTNER_KEYS.length]!, DESCRIPTION_CYCLE[i % DESCRIPTION_CYCLE.length]))
    const schema = await createPgSchema('replicas')
    db = await schema.open()
    await migrate(db)
    const key = secretKey()
    ;({ inst, secret } = await installFor(db, key.box, sb))
    const env = {
      DATABASE_URL: schema.databaseUrl,
      DESK_SLA_SECRET_KEY: key.env,
      // every second, on both replicas: each tick must still run once
      SYNC_CRON: '* * * * * *',
      SWEEP_CRON: '* * * * * *',
      DESK_REQUESTS_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
    }
    const [a, b] = await Promise.all([
      spawnService('replica A', { ...env, REPLICA_ID: 'replica-a' }),
      spawnService('replica B', { ...env, REPLICA_ID: 'replica-b' }),
    ])
    replicas.push(a, b)
  })

  after(cleanup)

  afterEach(function () {
    if (this.currentTest?.state === 'failed') {
      for (const r of replicas) console.error(`--- output of ${r.label} ---\n${r.output()}`)
    }
  })

  it('processes each event once and runs each scheduled tick once, whichever replica gets it', async () => {
    const [a, b] = replicas as [ServiceProcess, ServiceProcess]
    const sent = await sendStream(ticketStream(sb, ticketIds), (item) => hookUrl((item.n % 2 === 0 ? a : b).url, inst.id, secret), 6)
    expect(sent.filter((s) => !acknowledged(s)).map((s) => s.results), 'every delivery acknowledged').to.deep.equal([])

    // both replicas drain the inbox; a few sync ticks pass so the jobs race each other
    let last: OpenCounts | undefined
    let stable = 0
    await waitFor(
      'the replicas to drain the inbox and outbox, with three sync ticks and three sweep ticks run',
      async () => {
        last = await storeCounts(db, inst.id)
        stable = quiet(last) ? stable + 1 : 0
        // (both jobs: the assertions below count each, and on a loaded machine a sweep may trail the syncs by a tick)
        const { rows } = await db.query<{ job: string; n: number }>("SELECT job, count(*) AS n FROM job_runs WHERE job IN ('sync', 'sweep') AND finished_at IS NOT NULL GROUP BY job")
        const done = (job: string) => Number(rows.find((r) => r.job === job)?.n ?? 0)
        return stable >= 3 && done('sync') >= 3 && done('sweep') >= 3
      },
      { timeoutMs: 90_000, intervalMs: 200, describe: () => (last ? describeCounts(last) : 'no counts read') },
    )
    // stop both (graceful: a tick in progress finishes), then read what they did
    const exits = await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')])
    expect(exits).to.deep.equal([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ])

    // each delivered event: stored once, claimed once, finished
    const { rows: inbox } = await db.query<InboxRow>("SELECT event_key, status, attempts, error FROM webhook_inbox WHERE installation_id = $1 AND source = 'webhook'", [inst.id])
    const byKey = new Map(inbox.map((r) => [r.event_key, r]))
    for (const s of sent) {
      const key = inboxEventKey(s.event.eventType, s.item.ticketId, new Date(Number(s.event.eventTime)))
      const row = byKey.get(key)
      expect(row, `delivery #${s.item.n} (${key}) stored`).to.not.equal(undefined)
      expect(['done', 'ignored'], `delivery #${s.item.n}: ${row!.error ?? ''}`).to.include(row!.status)
      expect(row!.attempts, `delivery #${s.item.n} claimed once`).to.equal(1)
    }
    expect(inbox).to.have.length(sent.length)
    const { rows: all } = await db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM webhook_inbox WHERE installation_id = $1', [inst.id])
    expect(all.filter((r) => r.attempts !== 1 || !['done', 'ignored'].includes(r.status)), 'every event, sync ones included, processed once').to.deep.equal([])

    // each change written and audited once
    expect(repeatedPatches(sb)).to.deep.equal([])
    for (const id of ticketIds) {
      const audits = (await listAudit(db, { installationId: inst.id, ticketId: id })).filter((e) => e.action === 'ticket.update')
      // every write audited; changes decided while an earlier one still waited went out with it (issue 15)
      expect(patchesOf(sb, id).length, `writes of ticket ${id} against its audit entries`).to.be.within(1, audits.length)
    }
    const counts = await storeCounts(db, inst.id)
    expect(counts.outbox, describeCounts(counts)).to.deep.equal({ pending: 0, sending: 0, done: counts.outbox.done, dead: 0 })

    // each tick claimed by one replica and run to its end; the sync ran exactly once per claimed tick
    const { rows: runs } = await db.query<JobRunRow>('SELECT job, tick_key, owner, finished_at, outcome FROM job_runs ORDER BY job, tick_key')
    const sync = runs.filter((r) => r.job === 'sync')
    const sweep = runs.filter((r) => r.job === 'sweep')
    expect(sync.length).to.be.at.least(3)
    expect(sweep.length).to.be.at.least(3)
    for (const r of runs) {
      expect(['replica-a', 'replica-b'], `owner of ${r.job} ${r.tick_key}`).to.include(r.owner)
      expect(r.outcome, `${r.job} ${r.tick_key}`).to.equal('ok')
      expect(r.tick_key, 'ticks of a seconds cron are keyed by the second').to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/)
    }
    const searches = sb.requests.list({ method: 'GET', kind: 'api' }).filter((r) => r.path === '/api/v1/tickets/search')
    expect(searches.length, `Desk searches against ${sync.length} sync ticks (owners ${JSON.stringify(ownerCounts(sync))})`).to.equal(sync.length)
  })
})

function ownerCounts(runs: JobRunRow[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const r of runs) out[r.owner] = (out[r.owner] ?? 0) + 1
  return out
}
