// Issue 5, "Done means": kill the service (SIGKILL) in the middle of a stream of webhook
// deliveries and start it again on the same store: every event that got a 200 is processed exactly
// once in effect, nothing is lost, nothing is written twice. The service runs as a separate
// `desk-sla serve` process; the test plays Desk (it changes the sandbox tickets and POSTs the
// events, retrying what was not acknowledged, as Desk does).
import { expect } from 'chai'
import { join } from 'node:path'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { openDb, type Db } from '../../src/store/db.js'
import { migrate } from '../../src/store/migrate.js'
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
  lastEvaluatedAt,
  onCleanup,
  partnerSeed,
  quiet,
  referenceEvaluator,
  repeatedPatches,
  resendUnacknowledged,
  secretKey,
  sendStream,
  slaFieldsOf,
  spawnService,
  storeCounts,
  tempDir,
  ticketStream,
  waitFor,
  type OpenCounts,
  type PartnerKey,
  type Sent,
  type ServiceProcess,
} from './helpers.js'

const TICKETS = 10 // × 9 deliveries each = 90 deliveries
const KILL_AFTER = 35 // answered deliveries before the SIGKILL
const CONCURRENCY = 6

const CASES: Array<{ description: string; severity: string; type: string }> = [
  { description: DESCRIPTIONS.incorrectResults, severity: '2', type: 'Technical Support' },
  { description: DESCRIPTIONS.howTo, severity: '3', type: 'Technical Support' },
  { description: DESCRIPTIONS.invoice, severity: '2', type: 'Invoice changes' },
]
const PARTNER_KEYS: PartnerKey[] = ['ukPremium', 'dachAdvanced', 'usAuthorized', 'indiaPremium', 'franceAdvanced']

interface InboxRow {
  event_key: string
  event_type: string
  ticket_id: string
  status: string
  attempts: number
  error: string | null
}

for (const store of ['pglite', 'pg'] as const) {
  describe(`a service killed mid-stream and restarted on the same store [${store}]`, function () {
    this.timeout(180_000)
    let sb: Sandbox
    let inst: Installation
    let secret: string
    let env: Record<string, string>
    /** pg: a handle on the service's schema, open throughout; pglite: opened once the service has stopped */
    let pgDb: Db | undefined
    let dataDir: string | undefined
    const tickets: Array<{ id: string; severity: string; type: string }> = []
    const services: ServiceProcess[] = []

    before(async function () {
      sb = await createSandbox({ seed: partnerSeed() })
      onCleanup('sandbox', () => sb.close())
      for (let i = 0; i < TICKETS; i++) {
        const c = CASES[i % CASES.length]!
        tickets.push({ id: fileTicket(sb, PARTNER_KEYS[i % PARTNER_KEYS.length]!, c.description), severity: c.severity, type: c.type })
      }
      const key = secretKey()
      env = {
        DESK_SLA_SECRET_KEY: key.env,
        DISABLE_JOBS: 'true',
        LOG_LEVEL: 'warn',
        // a dead process's claims are taken over after 3 s rather than a minute
        WORKER_LEASE_MS: '3000',
        // the per-org budget would spread these ~300 Desk calls over minutes: not what this test is about
        DESK_REQUESTS_PER_MINUTE: '100000',
      }
      let db: Db
      if (store === 'pglite') {
        dataDir = join(await tempDir('crash'), 'data')
        db = await openDb({ dataDir })
        env.DATA_DIR = dataDir
      } else {
        const schema = await createPgSchema('crash')
        db = pgDb = await schema.open()
        env.DATABASE_URL = schema.databaseUrl
      }
      await migrate(db)
      ;({ inst, secret } = await installFor(db, key.box, sb))
      if (store === 'pglite') await db.close() // PGlite is one process's: the service opens it next
    })

    after(cleanup)

    afterEach(function () {
      if (this.currentTest?.state === 'failed') {
        for (const s of services) console.error(`--- output of ${s.label} ---\n${s.output()}`)
      }
    })

    it('processes every acknowledged event exactly once in effect, writes nothing twice and leaves every ticket right', async () => {
      let current = await spawnService(`${store} service #1`, env)
      services.push(current)
      const urlFor = () => hookUrl(current.url, inst.id, secret)

      // the stream; the service dies (SIGKILL) once KILL_AFTER deliveries were answered
      let killed: Promise<unknown> | undefined
      const first = current
      const sent: Sent[] = await sendStream(ticketStream(sb, tickets.map((t) => t.id)), urlFor, CONCURRENCY, (answered) => {
        if (answered === KILL_AFTER) killed = first.stop('SIGKILL')
      })
      expect(killed, 'the service was killed during the stream').to.not.equal(undefined)
      expect(await killed).to.deep.include({ signal: 'SIGKILL' })
      const ackedBeforeKill = sent.filter(acknowledged).length
      expect(ackedBeforeKill, 'some deliveries were acknowledged before the kill').to.be.at.least(KILL_AFTER - CONCURRENCY)
      expect(sent.length - ackedBeforeKill, 'some deliveries were refused while the service was down').to.be.greaterThan(0)

      // restart on the same store; Desk retries what was not acknowledged
      current = await spawnService(`${store} service #2`, env)
      services.push(current)
      await resendUnacknowledged(sent, urlFor, CONCURRENCY)
      const unacked = sent.filter((s) => !acknowledged(s))
      expect(unacked.map((s) => s.results), 'every delivery is acknowledged in the end').to.deep.equal([])

      let db: Db
      if (store === 'pg') {
        db = pgDb!
        await waitUntilDrained(db, inst.id)
      } else {
        // PGlite belongs to the running service: wait until it stops talking to Desk, stop it, then read its store
        // (longer than an event's first retry delay, 5 s ± 20 %)
        await waitForDeskQuiet(sb, 7_000)
        expect(await current.stop('SIGTERM')).to.deep.equal({ code: 0, signal: null })
        db = await openDb({ dataDir: dataDir! })
        onCleanup('pglite reader', () => db.close())
      }

      const counts = await storeCounts(db, inst.id)
      expect(quiet(counts), `${describeCounts(counts)}; unfinished: ${await unfinished(db)}`).to.equal(true)
      expect(counts.inbox.failed, describeCounts(counts)).to.equal(0)
      expect(counts.outbox.dead, describeCounts(counts)).to.equal(0)

      // every acknowledged delivery is in the inbox exactly once, and was processed
      const { rows } = await db.query<InboxRow>('SELECT event_key, event_type, ticket_id, status, attempts, error FROM webhook_inbox WHERE installation_id = $1', [inst.id])
      const byKey = new Map<string, InboxRow[]>()
      for (const r of rows) byKey.set(r.event_key, [...(byKey.get(r.event_key) ?? []), r])
      for (const s of sent) {
        const key = inboxEventKey(s.event.eventType, s.item.ticketId, new Date(Number(s.event.eventTime)))
        const found = byKey.get(key) ?? []
        expect(found, `inbox rows of delivery #${s.item.n} (${key})`).to.have.length(1)
        const expected = s.event.eventType === 'Ticket_Comment_Add' ? ['ignored'] : ['done', 'ignored']
        expect(expected, `status of delivery #${s.item.n} (${key}): ${found[0]!.error ?? ''}`).to.include(found[0]!.status)
      }
      expect(rows, 'nothing else in the inbox').to.have.length(sent.length)

      // nothing written twice in a row to any ticket
      expect(repeatedPatches(sb)).to.deep.equal([])

      // each ticket shows what an independent evaluation of it computes now
      const evaluate = await referenceEvaluator(sb)
      for (const t of tickets) {
        const fields = slaFieldsOf(sb, t.id)
        expect({ severity: fields.severity, type: fields.type }, `ticket ${t.id}`).to.deep.equal({ severity: t.severity, type: t.type })
        expect(fields.region, `ticket ${t.id}`).to.be.a('string')
        const outcome = await evaluate(t.id, await lastEvaluatedAt(db, inst.id, t.id))
        // The streamed events carry this test's own eventTime, a few ms off the sandbox's History
        // of the same status change; the service records the event's time, the reference reads
        // History, so a due date may differ by those ms (never by more than a second).
        const shown: Record<string, string | null> = { dueDate: fields.dueDate ?? null, cf_response_due: fields.responseDueDate ?? null }
        const stale = Object.entries(outcome.changes).filter(([key, value]) => !(key in shown && closeInstants(shown[key]!, value)))
        expect(Object.fromEntries(stale), `fields of ticket ${t.id} left stale: ${JSON.stringify(fields)}`).to.deep.equal({})
      }
    })
  })
}

/** the events and writes not finished, with their errors */
async function unfinished(db: Db): Promise<string> {
  const inbox = await db.query("SELECT id, ticket_id, event_type, status, attempts, error FROM webhook_inbox WHERE status NOT IN ('done', 'ignored') ORDER BY id")
  const outbox = await db.query("SELECT id, ticket_id, kind, status, attempts, last_error FROM outbox WHERE status <> 'done' ORDER BY id")
  return JSON.stringify({ inbox: inbox.rows, outbox: outbox.rows })
}

/** pg: the service's store has no event waiting or being processed and no write waiting or being sent, twice in a row */
async function waitUntilDrained(db: Db, installationId: string): Promise<void> {
  let last: OpenCounts | undefined
  let stable = 0
  await waitFor(
    'the restarted service to drain its inbox and outbox',
    async () => {
      last = await storeCounts(db, installationId)
      stable = quiet(last) ? stable + 1 : 0
      return stable >= 3
    },
    { timeoutMs: 120_000, intervalMs: 200, describe: () => (last ? describeCounts(last) : 'no counts read') },
  )
}

/** no Desk API call for `quietMs`: every event that needs Desk has been processed and every write sent */
async function waitForDeskQuiet(sb: Sandbox, quietMs: number): Promise<void> {
  let lastSeq = -1
  let since = Date.now()
  await waitFor(
    `the service to stop calling Desk for ${quietMs} ms`,
    () => {
      const seq = sb.requests.list().at(-1)?.seq ?? 0
      if (seq !== lastSeq) {
        lastSeq = seq
        since = Date.now()
      }
      return Date.now() - since >= quietMs
    },
    { timeoutMs: 120_000, intervalMs: 100 },
  )
}

/** two instants within a second of each other (both null counts as equal) */
function closeInstants(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const da = Date.parse(a)
  const db = Date.parse(b)
  return Number.isFinite(da) && Number.isFinite(db) && Math.abs(da - db) <= 1000
}
