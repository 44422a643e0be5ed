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
import { openServiceContext, type ServiceOpener } from './service-context.js'
import { parseDate } from './sync.js'

const USAGE = `usage: desk-sla classify-report [--since DATE] [--until DATE] [--installation ID] [--format jsonl|csv]

Prints every ticket where an agent changed the severity or ticket type desk-sla wrote, as a labelled
example: the ticket's subject and description, and as labels the agent's values (the service's value
for a field the agent left alone). --since/--until bound when the agent made the change ([since, until),
dates or instants); --format jsonl (default: one JSON object a line) or csv. A summary goes to stderr.`

export type ReportFormat = 'jsonl' | 'csv'

/** One labelled example, in the corpus format of test/fixtures/classify/ (issue 14). */
export interface CorpusExample {
  id: string
  lang?: string
  team: 'Support' | 'Operations'
  subject: string
  description: string
  html: boolean
  labels: { severity: 1 | 2 | 3; type: string; clock?: '24x5' | '24x7' }
  /** where the example came from and what the engine had said: not a label */
  origin: {
    installationId: string
    ticketId: string
    ticketNumber: string | null
    webUrl: string | null
    changedAt: string
    engine: { severity: string | null; type: string | null; severityRule: string | null; typeRule: string | null; words: string[] }
    agent: { severity?: string; type?: string }
  }
}

export type ExampleOutcome = { example: CorpusExample } | { skipped: string }

/**
 * The labelled example of one corrected ticket: the latest record of each of its fields (severity,
 * type), the agent's value where an agent changed it, else the service's. The agent's values are
 * read as the service reads a custom field (so "Sev 1", "Hoch" or "Shop" become 1 and Store Related).
 * The clock is a label only where no words decide it (Operations, or a severity other than 1).
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

  // the service's own reading of the two values as field values
  const read = classifierEvidence(
    computeSlaDetail(
      policy,
      parseComputeInput({
        ticket: { createdTime: '2026-01-05T00:00:00.000Z', subject: '', description: '', cf: { [policy.deskFields.ticket.severity]: severity, [policy.deskFields.ticket.ticketType]: type } },
      }),
      Date.parse('2026-01-05T00:00:00.000Z'),
    ),
    policy,
  )
  if (read.severity.source !== 'custom-field') return { skipped: `${name}: the severity "${severity}" is not 1, 2 or 3` }
  if (read.type.source !== 'custom-field') return { skipped: `${name}: the type "${type}" is not a ticket type of the policy` }
  const sev = Number(read.severity.value) as 1 | 2 | 3
  const changed = rows.map((r) => r.overriddenAt).filter((t): t is string => t !== null).sort()

  return {
    example: {
      id: `desk-${first.ticketId}`,
      ...(first.language ? { lang: first.language } : {}),
      team: read.team,
      subject: first.subject,
      description: first.description,
      html: /<\/?[a-z][^>]*>/i.test(first.description),
      labels: { severity: sev, type: read.type.value, ...(read.team === 'Operations' || sev !== 1 ? { clock: '24x5' as const } : {}) },
      origin: {
        installationId: first.installationId,
        ticketId: first.ticketId,
        ticketNumber: first.ticketNumber,
        webUrl: first.webUrl,
        changedAt: changed[changed.length - 1] ?? first.writtenAt,
        engine: {
          severity: severityRow?.engineValue ?? null,
          type: typeRow?.engineValue ?? null,
          severityRule: severityRow?.rule ?? null,
          typeRule: typeRow?.rule ?? null,
          words: severityRow?.words ?? typeRow?.words ?? [],
        },
        agent: {
          ...(severityRow?.humanValue != null ? { severity: severityRow.humanValue } : {}),
          ...(typeRow?.humanValue != null ? { type: typeRow.humanValue } : {}),
        },
      },
    },
  }
}

export const CSV_COLUMNS = [
  'id', 'lang', 'team', 'subject', 'description', 'html', 'severity', 'type', 'clock',
  'engine_severity', 'engine_type', 'engine_rule', 'words', 'agent_severity', 'agent_type',
  'ticket_number', 'ticket_id', 'web_url', 'installation_id', 'changed_at',
] as const

/** one line per example; text that a spreadsheet would run as a formula starts with a quote */
export function examplesCsv(examples: readonly CorpusExample[]): string {
  const records = examples.map((e) => [
    e.id, e.lang ?? '', e.team, safeCell(e.subject), safeCell(e.description), String(e.html), e.labels.severity, e.labels.type, e.labels.clock ?? '',
    e.origin.engine.severity ?? '', e.origin.engine.type ?? '', safeCell([e.origin.engine.severityRule, e.origin.engine.typeRule].filter(Boolean).join('; ')),
    safeCell(e.origin.engine.words.join(' | ')), safeCell(e.origin.agent.severity ?? ''), safeCell(e.origin.agent.type ?? ''),
    e.origin.ticketNumber ?? '', e.origin.ticketId, e.origin.webUrl ?? '', e.origin.installationId, e.origin.changedAt,
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
      const examples: CorpusExample[] = []
      for (const rows of tickets) {
        const out = corpusExample(rows, ctx.policyFor(byId.get(rows[0]!.installationId)!))
        if ('skipped' in out) io.stderr(`skipped ${out.skipped}\n`)
        else examples.push(out.example)
      }
      io.stdout(format === 'csv' ? examplesCsv(examples) : examples.map((e) => `${JSON.stringify(e)}\n`).join(''))
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
