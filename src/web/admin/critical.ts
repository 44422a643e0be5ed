// The critical-issue view (issue #6): open tickets that breached a target or used at least 80 %
// of one. Each stored ticket is recomputed at `now` with its installation's policy, and each
// target is measured in WORKING time (the region's calendar, pauses on hold) by the widget's
// buildTicketSlaView, so the dashboard and the agents' widget agree.
import { z } from 'zod'
import type { ServiceContext } from '../../pipeline/context.js'
import type { Installation } from '../../store/repos/installations.js'
import { buildTicketSlaView, hasComputableState, type TargetView, type TicketSlaView } from '../ticket-sla-view.js'
import { deskTicketRef } from './desk-link.js'
import { openTickets, TICKET_SCAN_LIMIT } from './queries.js'

export const AT_RISK_FRACTION = 0.8

export const TARGET_NAMES = { firstResponse: 'First response', followUp: 'Follow-up', determination: 'Determination' } as const
export type TargetName = keyof typeof TARGET_NAMES

export const CriticalFilter = z
  .object({
    installation: z.string().max(100).optional(),
    region: z.string().max(100).optional(),
    subRegion: z.string().max(100).optional(),
    tier: z.string().max(40).optional(),
    severity: z.enum(['1', '2', '3']).optional(),
    team: z.string().max(40).optional(),
    level: z.enum(['0', '1', '2', '3', '4']).optional(),
    state: z.enum(['breached', 'at_risk']).optional(),
  })
  .strip()
export type CriticalFilter = z.infer<typeof CriticalFilter>

/** query string → filter; empty values are unset, unknown keys ignored, bad values refused */
export function parseCriticalFilter(query: Record<string, unknown>): CriticalFilter {
  const cleaned: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && v.trim() !== '') cleaned[k] = v.trim()
  return CriticalFilter.parse(cleaned)
}

export interface CriticalRow {
  installationId: string
  installationName: string
  ticketId: string
  /** the number agents know the ticket by (null: not read from Desk since it was kept) */
  ticketNumber: string | null
  subject: string | null
  /** Desk's own link to the ticket (webUrl), or null */
  deskUrl: string | null
  state: 'breached' | 'at_risk'
  /** the target that put it here: the breached one, else the most used */
  target: TargetName
  /** share of that target used, in working time (1 = 100 %) */
  used: number
  due: string | null
  overdueMs: number
  remainingMs: number
  paused: boolean
  severity: number
  team: string
  ticketType: string
  tier: string
  priorityAccount: boolean
  region: string
  subRegion: string
  level: number
  owner: string
  slaStatus: string | null
}

export interface CriticalReport {
  computedAt: string
  rows: CriticalRow[]
  /** open tickets looked at */
  scanned: number
  truncated: boolean
  /** values each filter can take, from every critical ticket before filtering */
  facets: Record<'installation' | 'region' | 'subRegion' | 'tier' | 'severity' | 'team' | 'level', { value: string; label: string }[]>
  /** tickets whose stored state could not be recomputed */
  failures: { installationId: string; ticketId: string; error: string }[]
}

function targetsOf(view: TicketSlaView): [TargetName, TargetView][] {
  if (!view.targets) return []
  return (Object.keys(TARGET_NAMES) as TargetName[]).map((k) => [k, view.targets![k]] as [TargetName, TargetView])
}

/** breached beats at risk; among equals the most used target is the one shown */
export function classifyView(view: TicketSlaView): Pick<CriticalRow, 'state' | 'target' | 'used' | 'due' | 'overdueMs' | 'remainingMs' | 'paused'> | null {
  if (view.exempt || view.closed) return null
  const targets = targetsOf(view)
  const breached = targets.filter(([, t]) => t.status === 'breached').sort((a, b) => b[1].used - a[1].used)
  const risky = targets.filter(([, t]) => t.status === 'running' && t.used >= AT_RISK_FRACTION).sort((a, b) => b[1].used - a[1].used)
  const pick = breached[0] ?? risky[0]
  if (!pick) return null
  const [name, t] = pick
  return { state: breached[0] ? 'breached' : 'at_risk', target: name, used: t.used, due: t.due, overdueMs: t.overdueMs, remainingMs: t.remainingMs, paused: t.paused }
}

function matches(row: CriticalRow, f: CriticalFilter): boolean {
  return (
    (f.installation === undefined || row.installationId === f.installation) &&
    (f.region === undefined || row.region === f.region) &&
    (f.subRegion === undefined || row.subRegion === f.subRegion) &&
    (f.tier === undefined || row.tier === f.tier) &&
    (f.severity === undefined || String(row.severity) === f.severity) &&
    (f.team === undefined || row.team === f.team) &&
    (f.level === undefined || String(row.level) === f.level) &&
    (f.state === undefined || row.state === f.state)
  )
}

function facet(rows: CriticalRow[], key: (r: CriticalRow) => string, label: (r: CriticalRow) => string = key): { value: string; label: string }[] {
  const seen = new Map<string, string>()
  for (const r of rows) if (!seen.has(key(r))) seen.set(key(r), label(r))
  return [...seen.entries()].map(([value, l]) => ({ value, label: l })).sort((a, b) => a.label.localeCompare(b.label))
}

export async function criticalReport(ctx: ServiceContext, installations: Installation[], filter: CriticalFilter): Promise<CriticalReport> {
  const now = ctx.now()
  const byId = new Map(installations.map((i) => [i.id, i]))
  const tickets = await openTickets(ctx.db, installations.map((i) => i.id))
  const all: CriticalRow[] = []
  const failures: CriticalReport['failures'] = []
  for (const row of tickets) {
    if (!hasComputableState(row)) continue
    const inst = byId.get(row.installationId)!
    let view: TicketSlaView
    try {
      view = buildTicketSlaView(ctx.policyFor(inst), row, now)
    } catch (err) {
      failures.push({ installationId: inst.id, ticketId: row.ticketId, error: (err as { code?: string }).code ?? 'COMPUTE_FAILED' })
      continue
    }
    const c = classifyView(view)
    if (!c) continue
    all.push({
      installationId: inst.id,
      installationName: inst.name || inst.orgId,
      ticketId: row.ticketId,
      ...(({ ticketNumber, subject, webUrl }) => ({ ticketNumber, subject, deskUrl: webUrl }))(deskTicketRef(row.state)),
      ...c,
      severity: view.severity,
      team: view.team,
      ticketType: view.ticketType,
      tier: view.tier,
      priorityAccount: view.priorityAccount,
      region: view.region,
      subRegion: view.subRegion,
      level: view.escalation.level,
      owner: view.escalation.owner,
      slaStatus: view.slaStatus,
    })
  }
  // breached first, then the most used target
  all.sort((a, b) => (a.state === b.state ? b.used - a.used : a.state === 'breached' ? -1 : 1))
  return {
    computedAt: new Date(now).toISOString(),
    rows: all.filter((r) => matches(r, filter)),
    scanned: tickets.length,
    truncated: tickets.length >= TICKET_SCAN_LIMIT,
    facets: {
      installation: facet(all, (r) => r.installationId, (r) => r.installationName),
      region: facet(all, (r) => r.region),
      subRegion: facet(all, (r) => r.subRegion),
      tier: facet(all, (r) => r.tier),
      severity: facet(all, (r) => String(r.severity)),
      team: facet(all, (r) => r.team),
      level: facet(all, (r) => String(r.level)),
    },
    failures,
  }
}
