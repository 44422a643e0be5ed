import { expect } from 'chai'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { classifyReportCommand, CSV_COLUMNS } from '../../src/cli/classify-report.js'
import { main } from '../../src/cli/main.js'
import type { ServiceOpener } from '../../src/service-context.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { processTicket } from '../../src/pipeline/processor.js'
import { startHarness, type JobsHarness } from '../pipeline/jobs-helpers.js'
import { forEachStore } from '../store/helpers.js'
import { fakeIo } from './fake-io.js'

const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' } } as never

// the record shape the classifier corpus loader accepts (test/fixtures/classify/, strict: no other keys)
const CorpusRecord = z
  .object({
    id: z.string().min(1),
    split: z.enum(['dev', 'test']),
    language: z.enum(['en', 'de', 'fr']),
    subject: z.string(),
    description: z.string(),
    cf: z.record(z.string(), z.string()).optional(),
    expected: z.object({ severity: z.union([z.literal(1), z.literal(2), z.literal(3)]), ticketType: z.string(), clock: z.enum(['24x5', '24x7']), exempt: z.boolean().optional() }).strict(),
    note: z.string().optional(),
  })
  .strict()

function opener(h: JobsHarness): ServiceOpener {
  return async () => ({ ctx: h.ctx, db: h.ctx.db, policySource: 'test', close: async () => {} })
}

describe('cli: desk-sla classify-report, bad flags', () => {
  for (const [args, message] of [
    [['--format', 'xml'], 'desk-sla classify-report: --format must be jsonl or csv, not "xml"'],
    [['--since', 'last week'], 'desk-sla classify-report: --since "last week" is not a date (e.g. 2026-02-01 or 2026-02-01T08:00:00Z)'],
    [['--since', '2026-03-02', '--until', '2026-03-01'], 'desk-sla classify-report: --since (2026-03-02T00:00:00.000Z) must be before --until (2026-03-01T00:00:00.000Z)'],
    [['--color'], 'desk-sla classify-report: unknown option --color'],
    [['--installation'], 'desk-sla classify-report: --installation needs a value'],
    [['tickets.csv'], 'desk-sla classify-report: unexpected argument "tickets.csv" (try: desk-sla classify-report --help)'],
  ] as const) {
    it(`refuses ${args.join(' ')} with one line on stderr and exit status 2`, async () => {
      const io = fakeIo()
      expect(await main(['classify-report', ...args], io)).to.equal(2)
      expect(io.err).to.equal(`${message}\n`)
      expect(io.out).to.equal('')
    })
  }

  it('is listed in the help', async () => {
    const io = fakeIo()
    await main(['help'], io)
    expect(io.out).to.contain('classify-report [--since DATE] [--until DATE] [--installation ID] [--format jsonl|csv]')
  })
})

forEachStore('cli: desk-sla classify-report (agents’ changes in the Desk sandbox)', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 2, seed: 5 })
  })
  afterEach(async () => {
    await h.close()
  })

  /** the service fills in a new ticket, then an agent changes fields by hand and Desk's webhook is processed */
  async function agentChanges(fields: Record<string, string>, ticket: Record<string, unknown> = {}): Promise<string> {
    const id = h.fileTicket(ticket)
    await processTicket(h.ctx, h.inst, id, { source: 'sync' })
    await createOutboxWorker(h.ctx).drain()
    h.advanceMinutes(5)
    h.sb.ops.update(id, { cf: fields }, AGENT)
    await processTicket(h.ctx, h.inst, id, { source: 'webhook', eventType: 'Ticket_Update', eventTime: h.now() })
    await createOutboxWorker(h.ctx).drain()
    h.advanceMinutes(5)
    return id
  }

  async function report(args: string[] = []) {
    const io = fakeIo()
    const code = await classifyReportCommand({ open: opener(h) })(args, io)
    return { code, io }
  }

  it('exports an agent’s change of the severity as a labelled example, one corpus record a line', async () => {
    const id = await agentChanges({ cf_severity: '1' })
    const t = h.sb.state.tickets.get(id)!
    const { code, io } = await report()
    expect(code, io.err).to.equal(0)
    const lines = io.out.trim().split('\n')
    expect(lines).to.have.length(1)
    const e = CorpusRecord.parse(JSON.parse(lines[0]!))
    expect(e).to.deep.equal({
      id: `desk-${id}`,
      split: 'dev',
      language: 'en',
      subject: 'Sync fails',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly sync returns incorrect results',
      // severity 1 on Support: the clock is the engine's reading of the words, flagged in the note
      expected: { severity: 1, ticketType: 'Technical Support', clock: '24x5' },
      note:
        `agent's correction of Desk ticket #${t.ticketNumber} on 2026-03-02: severity 2 → 1 (Support severity 2: wrong results: "incorrect"); ` +
        'clock 24x5 as the engine reads the words: check it',
    })
    expect(io.err).to.equal('1 labelled example(s) from 1 ticket(s) agents corrected\n')
  })

  it('exports the same example as CSV, and reads an agent’s German type name as the policy’s type', async () => {
    const id = await agentChanges({ cf_ticket_type: 'Shop' })
    const { code, io } = await report(['--format', 'csv'])
    expect(code, io.err).to.equal(0)
    const rows = parse(io.out, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0]!)).to.deep.equal([...CSV_COLUMNS])
    expect(rows).to.have.length(1)
    expect(rows[0]).to.deep.include({
      id: `desk-${id}`,
      split: 'dev',
      language: 'en',
      team: 'Operations',
      subject: 'Sync fails',
      html: 'false',
      severity: '2',
      ticket_type: 'Store Related',
      clock: '24x5',
      clock_from: 'rule',
      engine_type: 'Technical Support',
      engine_rule: 'Support severity 2: wrong results; template field',
      words: 'incorrect',
      agent_type: 'Shop',
      agent_severity: '',
      ticket_number: String(h.sb.state.tickets.get(id)!.ticketNumber),
      ticket_id: id,
      web_url: `${h.sb.state.config.portalUrl}/ShowHomePage.do#Cases/dv/${id}`,
      installation_id: h.inst.id,
      changed_at: '2026-03-02T09:05:00.000Z',
    })
    expect(rows[0]!.description).to.contain('returns incorrect results')
  })

  it('exports only the changes made in the period, and none the service’s values agents left alone', async () => {
    await agentChanges({ cf_severity: '3' }) // changed 09:05
    const untouched = h.fileTicket()
    await processTicket(h.ctx, h.inst, untouched, { source: 'sync' })
    h.advanceMinutes(60)
    await agentChanges({ cf_severity: '1' }) // changed 10:15

    const ids = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => CorpusRecord.parse(JSON.parse(l)).expected.severity)
    expect(ids((await report()).io.out)).to.deep.equal([3, 1])
    expect(ids((await report(['--since', '2026-03-02T10:00:00Z'])).io.out)).to.deep.equal([1])
    expect(ids((await report(['--until', '2026-03-02T10:00:00Z'])).io.out)).to.deep.equal([3])
    const none = await report(['--since', '2026-03-03'])
    expect(none.io.out).to.equal('')
    expect(none.io.err).to.equal('0 labelled example(s) from 0 ticket(s) agents corrected\n')
  })

  it('skips, with a line on stderr, a change to a value that is not a severity', async () => {
    await agentChanges({ cf_severity: 'urgent!!' })
    const { code, io } = await report()
    expect(code).to.equal(0)
    expect(io.out).to.equal('')
    expect(io.err).to.match(/^skipped #\d+: the severity "urgent!!" is not 1, 2 or 3\n0 labelled example\(s\) from 1 ticket\(s\) agents corrected\n$/)
  })

  it('refuses an installation it does not know', async () => {
    const err = await report(['--installation', 'nope']).catch((e: unknown) => e)
    expect((err as { code?: string }).code).to.equal('PIPELINE_UNKNOWN_INSTALLATION')
  })
})
