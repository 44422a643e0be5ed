// Compliance (issue #6): first-response and determination targets met or breached, for the
// tickets CREATED in a chosen period [from, to), by region, tier and severity. Each ticket is
// recomputed at `now` (working time, as the widget measures it); a target still running is
// counted as open, not as met.
import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'
import type { ServiceContext } from '../../pipeline/context.js'
import type { Installation } from '../../store/repos/installations.js'
import { buildTicketSlaView, hasComputableState, type TargetStatus } from '../ticket-sla-view.js'
import { ticketsUpdatedSince, TICKET_SCAN_LIMIT } from './queries.js'
import { AdminError } from './errors.js'

const DAY = 86_400_000
export const MAX_PERIOD_DAYS = 366

const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date, YYYY-MM-DD')

export const ComplianceQuery = z
  .object({
    from: DateOnly.optional(),
    to: DateOnly.optional(),
    installation: z.string().max(100).optional(),
  })
  .strip()

export interface CompliancePeriod {
  /** UTC midnight of the first day, inclusive */
  from: number
  /** UTC midnight after the last day, exclusive */
  to: number
  installation?: string
}

/** a from/to period that cannot be read; the routes answer it as ADMIN_BAD_REQUEST with this message */
export class ComplianceQueryError extends AdminError {
  override readonly name = 'ComplianceQueryError'
  constructor(message: string) {
    super('ADMIN_BAD_PERIOD', message)
  }
}

/** from/to are days (UTC), both inclusive; default: the last 30 days up to today */
export function parseCompliancePeriod(query: Record<string, unknown>, now: number): CompliancePeriod {
  const cleaned: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && v.trim() !== '') cleaned[k] = v.trim()
  const parsed = ComplianceQuery.safeParse(cleaned)
  if (!parsed.success) throw new ComplianceQueryError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const today = Math.floor(now / DAY) * DAY
  const to = parsed.data.to ? Date.parse(`${parsed.data.to}T00:00:00Z`) + DAY : today + DAY
  const from = parsed.data.from ? Date.parse(`${parsed.data.from}T00:00:00Z`) : to - 30 * DAY
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new ComplianceQueryError('not a calendar date')
  if (from >= to) throw new ComplianceQueryError('"from" must be on or before "to"')
  if (to - from > MAX_PERIOD_DAYS * DAY) throw new ComplianceQueryError(`a period is at most ${MAX_PERIOD_DAYS} days`)
  return { from, to, installation: parsed.data.installation }
}

export interface Tally {
  met: number
  breached: number
  /** still running (or stopped by a close before its due time): not decided yet */
  open: number
}

export interface ComplianceGroup {
  dimension: 'region' | 'tier' | 'severity'
  key: string
  tickets: number
  firstResponse: Tally
  determination: Tally
}

export interface ComplianceReport {
  from: string
  to: string
  computedAt: string
  tickets: number
  exempt: number
  totals: { firstResponse: Tally; determination: Tally }
  groups: ComplianceGroup[]
  truncated: boolean
}

const emptyTally = (): Tally => ({ met: 0, breached: 0, open: 0 })

function add(t: Tally, status: TargetStatus): void {
  if (status === 'met') t.met++
  else if (status === 'breached') t.breached++
  else t.open++
}

/** met / (met + breached), or null when nothing is decided */
export function compliancePercent(t: Tally): number | null {
  const decided = t.met + t.breached
  return decided === 0 ? null : Math.round((1000 * t.met) / decided) / 10
}

export async function complianceReport(ctx: ServiceContext, installations: Installation[], period: CompliancePeriod): Promise<ComplianceReport> {
  const now = ctx.now()
  const chosen = period.installation ? installations.filter((i) => i.id === period.installation) : installations
  const byId = new Map(chosen.map((i) => [i.id, i]))
  const rows = await ticketsUpdatedSince(ctx.db, chosen.map((i) => i.id), period.from)
  const groups = new Map<string, ComplianceGroup>()
  const totals = { firstResponse: emptyTally(), determination: emptyTally() }
  let tickets = 0
  let exempt = 0
  for (const row of rows) {
    if (!hasComputableState(row)) continue
    let view
    try {
      view = buildTicketSlaView(ctx.policyFor(byId.get(row.installationId)!), row, now)
    } catch {
      continue // the critical view lists tickets that cannot be recomputed
    }
    const created = view.targets?.firstResponse.start ? Date.parse(view.targets.firstResponse.start) : createdOf(row.state)
    if (created === null || created < period.from || created >= period.to) continue
    if (view.exempt || !view.targets) {
      exempt++
      continue
    }
    tickets++
    add(totals.firstResponse, view.targets.firstResponse.status)
    add(totals.determination, view.targets.determination.status)
    for (const [dimension, key] of [
      ['region', view.region],
      ['tier', view.tier],
      ['severity', String(view.severity)],
    ] as const) {
      const id = `${dimension}|${key}`
      let g = groups.get(id)
      if (!g) groups.set(id, (g = { dimension, key, tickets: 0, firstResponse: emptyTally(), determination: emptyTally() }))
      g.tickets++
      add(g.firstResponse, view.targets.firstResponse.status)
      add(g.determination, view.targets.determination.status)
    }
  }
  const order = { region: 0, tier: 1, severity: 2 }
  return {
    from: new Date(period.from).toISOString(),
    to: new Date(period.to).toISOString(),
    computedAt: new Date(now).toISOString(),
    tickets,
    exempt,
    totals,
    groups: [...groups.values()].sort((a, b) => order[a.dimension] - order[b.dimension] || a.key.localeCompare(b.key)),
    truncated: rows.length >= TICKET_SCAN_LIMIT,
  }
}

function createdOf(state: Record<string, unknown>): number | null {
  const raw = (state as { input?: { ticket?: { createdTime?: unknown } } }).input?.ticket?.createdTime
  if (typeof raw === 'number') return raw
  if (typeof raw === 'string') {
    const ms = Date.parse(raw)
    return Number.isFinite(ms) ? ms : null
  }
  return null
}

export const CSV_COLUMNS = [
  'dimension', 'group', 'tickets',
  'first_response_met', 'first_response_breached', 'first_response_open', 'first_response_compliance_percent',
  'determination_met', 'determination_breached', 'determination_open', 'determination_compliance_percent',
  'period_from', 'period_to',
] as const

/** one line per group, plus a "total" line; spreadsheet formulas in text are neutralised */
export function complianceCsv(report: ComplianceReport): string {
  const line = (dimension: string, key: string, tickets: number, fr: Tally, det: Tally) => [
    dimension, safeCell(key), tickets,
    fr.met, fr.breached, fr.open, compliancePercent(fr) ?? '',
    det.met, det.breached, det.open, compliancePercent(det) ?? '',
    report.from, report.to,
  ]
  const records = [
    line('total', 'all', report.tickets, report.totals.firstResponse, report.totals.determination),
    ...report.groups.map((g) => line(g.dimension, g.key, g.tickets, g.firstResponse, g.determination)),
  ]
  return stringify(records, { header: true, columns: [...CSV_COLUMNS] })
}

function safeCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
}
