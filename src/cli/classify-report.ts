// `desk-sla classify-report`: the tickets where agents changed the severity or type desk-sla wrote
// (issue 14), as labelled examples in the classifier corpus's format, so an admin can add words to
// the policy and a developer can grow the corpus (test/fixtures/classify/).
import { stringify } from 'csv-stringify/sync'
import { computeSlaDetail, parseComputeInput } from '../engine/compute.js'
import type { Policy } from '../engine/policy.js'
import { classifierEvidence } from '../pipeline/classifier-evidence.js'
import { overriddenTickets, type FeedbackRow } from '../store/repos/classifier-feedback.js'
import { getInstallation, listInstallations, type Installation } from '../store/repos/installations.js'
import { PipelineError } from '../pipeline/errors.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { openServiceContext, type ServiceOpener } from '../service-context.js'
import { parseDate } from './sync.js'

const USAGE = `usage: desk-sla classify-report [--since DATE] [--until DATE] [--installation ID] [--format jsonl|csv]

Prints every ticket where an agent changed the severity or ticket type desk-sla wrote, as a labelled
example of the classifier corpus (test/fixtures/classify/): the ticket's subject and description, and
as labels the agent's values (the service's value for a field the agent left alone). --since/--until
bound when the agent made the change ([since, until), dates or instants). --format jsonl (default):
one corpus record a line, ready for a *.jsonl file of the corpus (split "dev"); csv: the same with
the team, what the engine said, its rule and words, and the ticket's number and Desk address.
A summary goes to stderr.`

export type ReportFormat = 'jsonl' | 'csv'

/** One record of the labelled corpus (test/fixtures/classify/, issue 14): exactly its fields. */
export interface CorpusExample {
  id: string
  /** new examples go to the half that is tuned on; the test half stays as it was split */
  split: 'dev'
  /** absent when the engine could not tell: add it by hand before the corpus takes the record */
  language?: string
  subject: string
  description: string
  expected: { severity: 1 | 2 | 3; ticketType: string; clock: '24x5' | '24x7' }
  /** where the example came from and what the engine had said */
  note: string
}

/** What the CSV shows beside the example. */
export interface ExampleDetails {
  team: 'Support' | 'Operations'
  html: boolean
  /** "rule": no words decide it (Operations, or a severity other than 1); "engine": the engine's reading of the words */
  clockFrom: 'rule' | 'engine'
  installationId: string
  ticketId: string
  ticketNumber: string | null
  webUrl: string | null
  changedAt: string
  engine: { severity: string | null; type: string | null; severityRule: string | null; typeRule: string | null; words: string[] }
  agent: { severity: string | null; type: string | null }
}

export type ExampleOutcome = { example: CorpusExample; details: ExampleDetails } | { skipped: string }

const READ_AT = Date.parse('2026-03-09T09:00:00.000Z')

/**
 * The labelled example of one corrected ticket: the latest record of each of its fields (severity,
 * type), the agent's value where an agent changed it, else the service's. The values are read as
 * the service reads a custom field ("Sev 1", "Hoch" → 1; "Shop" → Store Related); the clock is the
 * 24x5 rule where no words decide it, else the engine's reading of the ticket with those labels.
 */
export function corpusExample(rows: readonly FeedbackRow[], policy: Policy): ExampleOutcome {
  const first = rows[0]!
  const severityRow = rows.find((r) => r.field === 'severity')
  const typeRow = rows.find((r) => r.field === 'type')
  const fromEvidence = (field: 'severity' | 'type') => {
    for (const r of rows) {
      const v = (r.evidence as Record<string, { value?: unknown } | undefined>)[field]?.value
      if (typeof v === 'string') return v
    }
    return null
  }
  const severity = severityRow ? (severityRow.humanValue ?? severityRow.engineValue) : fromEvidence('severity')
  const type = typeRow ? (typeRow.humanValue ?? typeRow.engineValue) : fromEvidence('type')
  const name = first.ticketNumber ? `#${first.ticketNumber}` : `ticket ${first.ticketId}`
  if (severity === null || type === null) return { skipped: `${name}: its ${severity === null ? 'severity' : 'type'} is not known` }

  // the service's own reading of the ticket with the two values as its fields
  const f = policy.deskFields.ticket
  const read = classifierEvidence(
    computeSlaDetail(
      policy,
      parseComputeInput({
        ticket: { createdTime: new Date(READ_AT).toISOString(), subject: first.subject, description: first.description, cf: { [f.severity]: severity, [f.ticketType]: type } },
      }),
      READ_AT,
    ),
    policy,
  )
  if (read.severity.source !== 'custom-field') return { skipped: `${name}: the severity "${severity}" is not 1, 2 or 3` }
  if (read.type.source !== 'custom-field') return { skipped: `${name}: the type "${type}" is not a ticket type of the policy` }
  const sev = Number(read.severity.value) as 1 | 2 | 3
  const clockFrom = read.team === 'Operations' || sev !== 1 ? 'rule' : 'engine'
  const changed = rows.map((r) => r.overriddenAt).filter((t): t is string => t !== null).sort()
  const changedAt = changed[changed.length - 1] ?? first.writtenAt
  const engine = {
    severity: severityRow?.engineValue ?? null,
    type: typeRow?.engineValue ?? null,
    severityRule: severityRow?.rule ?? null,
    typeRule: typeRow?.rule ?? null,
    words: severityRow?.words ?? typeRow?.words ?? [],
  }
  const agent = { severity: severityRow?.humanValue ?? null, type: typeRow?.humanValue ?? null }
  const said = [
    agent.severity !== null ? `severity ${engine.severity} → ${agent.severity}${engine.severityRule ? ` (${engine.severityRule}${engine.words.length ? `: ${engine.words.map((w) => `"${w}"`).join(', ')}` : ''})` : ''}` : null,
    agent.type !== null ? `type ${engine.type} → ${agent.type}${engine.typeRule ? ` (${engine.typeRule})` : ''}` : null,
  ].filter(Boolean)
  const note =
    `agent's correction of Desk ticket ${name} on ${changedAt.slice(0, 10)}: ${said.join('; ')}` +
    (clockFrom === 'engine' ? `; clock ${read.clock} as the engine reads the words: check it` : '')

  return {
    example: {
      id: `desk-${first.ticketId}`,
      split: 'dev',
      ...(first.language ? { language: first.language } : {}),
      subject: first.subject,
      description: first.description,
      expected: { severity: sev, ticketType: read.type.value, clock: read.clock },
      note,
    },
    details: {
      team: read.team,
      html: /<\/?[a-z][^>]*>/i.test(first.description),
      clockFrom,
      installationId: first.installationId,
      ticketId: first.ticketId,
      ticketNumber: first.ticketNumber,
      webUrl: first.webUrl,
      changedAt,
      engine,
      agent,
    },
  }
}

export const CSV_COLUMNS = [
  'id', 'split', 'language', 'team', 'subject', 'description', 'html', 'severity', 'ticket_type', 'clock', 'clock_from',
  'engine_severity', 'engine_type', 'engine_rule', 'words', 'agent_severity', 'agent_type',
  'ticket_number', 'ticket_id', 'web_url', 'installation_id', 'changed_at',
] as const

/** one line per example; text that a spreadsheet would run as a formula starts with a quote */
export function examplesCsv(examples: readonly { example: CorpusExample; details: ExampleDetails }[]): string {
  const records = examples.map(({ example: e, details: d }) => [
    e.id, e.split, e.language ?? '', d.team, safeCell(e.subject), safeCell(e.description), String(d.html),
    e.expected.severity, e.expected.ticketType, e.expected.clock, d.clockFrom,
    d.engine.severity ?? '', d.engine.type ?? '', safeCell([d.engine.severityRule, d.engine.typeRule].filter(Boolean).join('; ')),
    safeCell(d.engine.words.join(' | ')), safeCell(d.agent.severity ?? ''), safeCell(d.agent.type ?? ''),
    d.ticketNumber ?? '', d.ticketId, d.webUrl ?? '', d.installationId, d.changedAt,
  ])
  return stringify(records, { header: true, columns: [...CSV_COLUMNS] })
}

function safeCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
}

export interface ClassifyReportDeps {
  open?: ServiceOpener
}

/** `desk-sla classify-report …` */
export function classifyReportCommand(deps: ClassifyReportDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { values: ['since', 'until', 'installation', 'format'], booleans: ['help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}" (try: desk-sla classify-report --help)`)
    const format = flagString(a, 'format') ?? 'jsonl'
    if (format !== 'jsonl' && format !== 'csv') throw new UsageError(`--format must be jsonl or csv, not "${format}"`)
    const sinceFlag = flagString(a, 'since')
    const untilFlag = flagString(a, 'until')
    const since = sinceFlag === undefined ? null : parseDate(sinceFlag, 'since')
    const until = untilFlag === undefined ? null : parseDate(untilFlag, 'until')
    if (since !== null && until !== null && since >= until) {
      throw new UsageError(`--since (${new Date(since).toISOString()}) must be before --until (${new Date(until).toISOString()})`)
    }

    const { ctx, close } = await open(io.env, { now: io.now })
    try {
      const id = flagString(a, 'installation')
      const installations = id === undefined ? await listInstallations(ctx.db) : [await installationNamed(ctx.db, id)]
      const byId = new Map<string, Installation>(installations.map((i) => [i.id, i]))
      const tickets = await overriddenTickets(ctx.db, { installationIds: installations.map((i) => i.id), since, until })
      const examples: { example: CorpusExample; details: ExampleDetails }[] = []
      for (const rows of tickets) {
        const out = corpusExample(rows, ctx.policyFor(byId.get(rows[0]!.installationId)!))
        if ('skipped' in out) io.stderr(`skipped ${out.skipped}\n`)
        else examples.push(out)
      }
      const unknown = examples.filter((e) => e.example.language === undefined).length
      if (unknown > 0) io.stderr(`${unknown} example(s) without a language: add "language" by hand before the corpus takes them\n`)
      io.stdout(format === 'csv' ? examplesCsv(examples) : examples.map((e) => `${JSON.stringify(e.example)}\n`).join(''))
      io.stderr(`${examples.length} labelled example(s) from ${tickets.length} ticket(s) agents corrected\n`)
      return 0
    } finally {
      await close()
    }
  }
}

async function installationNamed(db: Parameters<typeof getInstallation>[0], id: string): Promise<Installation> {
  const inst = await getInstallation(db, id)
  if (!inst) throw new PipelineError('PIPELINE_UNKNOWN_INSTALLATION', `no installation ${id} (list them with: desk-sla installations)`, { installationId: id })
  return inst
}

export const runClassifyReport: Command = (args, io) => classifyReportCommand()(args, io)
