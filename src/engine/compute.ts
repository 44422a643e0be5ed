// One ticket in, its SLA state out: classify, compute targets, escalate. Pure: the policy and
// `now` are arguments; the same input always gives the same output.
import { z } from 'zod'
import { classify, type Classification } from './classify.js'
import { compilePolicy } from './compiled-policy.js'
import { EngineError } from './errors.js'
import { clockPlan, escalationAt, escalationReasonText, notEscalated, type Escalation } from './escalation.js'
import { workingTimeline, type Calendar } from './calendar.js'
import { ComputeInput, fastComputeInput, type ComputeInputRaw } from './input.js'
import type { Policy } from './policy.js'
import { isoString } from './iso.js'
import { buildTimeline, targetsWith, type Targets, type Timeline } from './targets.js'

/** The answer of `desk-sla compute`: these fields exactly (issue #3's CLI contract). */
export interface SlaResult {
  severity: 1 | 2 | 3
  severitySource: 'field' | 'text' | 'default'
  ticketType: string
  team: 'Support' | 'Operations'
  exempt: boolean
  tier: 'Authorized' | 'Advanced' | 'Premium'
  priorityAccount: boolean
  region: string
  subRegion: string
  clock: '24x5' | '24x7'
  timeZone: string
  acknowledgementHours: number
  determinationHours: number
  firstResponseDue: string | null
  followUpDue: string | null
  determinationDue: string | null
  responseDueDate: string | null
  dueDate: string | null
  escalation: { level: number; owner: string }
  reasons: string[]
}

/** Everything the engine worked out, for the pipeline and the widget. */
export interface SlaDetail {
  result: SlaResult
  classification: Classification
  timeline: Timeline
  targets: Targets | null
  escalation: Escalation
  now: number
}

export function parseComputeInput(raw: unknown): ComputeInput {
  const fast = fastComputeInput(raw)
  if (fast !== undefined) return fast
  const parsed = ComputeInput.safeParse(raw, { reportInput: true })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const path = issue.path.join('.') || '(input)'
    const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')
    throw new EngineError(
      missing ? 'SLA_BAD_INPUT' : issue.message.startsWith('not a valid date') ? 'SLA_BAD_DATE' : 'SLA_BAD_INPUT',
      missing ? `${path} is required` : `${path}: ${issue.message}`,
      { path, issues: parsed.error.issues.length },
    )
  }
  return parsed.data
}

export function computeSlaDetail(policy: Policy, input: ComputeInput, defaultNow: number): SlaDetail {
  const cp = compilePolicy(policy)
  const now = input.now ?? defaultNow
  const c = classify(cp, input.ticket, input.account, input.contact)
  const calendars = cp.calendars.get(c.region)!
  const calendar = c.clock === '24x7' ? calendars.allDay : calendars.workweek
  const timeline = buildTimeline(input.ticket, input.threads ?? [], input.statusHistory ?? [], now)
  const { targets, escalation } = targetsAndEscalation(policy, c, calendar, timeline, now)
  const reasons = c.reasons.concat(escalation.reasons.map(escalationReasonText))
  if (timeline.onHoldSince !== null) reasons.push(`on hold since ${iso(timeline.onHoldSince)}: clocks paused, due dates as if it resumed now`)
  if (timeline.closedAt !== null) reasons.push(`closed at ${iso(timeline.closedAt)}: clocks stopped`)
  if (timeline.reopened > 0) reasons.push(`re-opened ${timeline.reopened} time(s): time spent closed counts like time on hold`)
  if (escalation.level === 0 && !c.exempt) reasons.push('not escalated')

  const firstResponseDue = isoOrNull(targets?.firstResponseDue)
  const followUpDue = isoOrNull(targets?.followUpDue)
  const determinationDue = isoOrNull(targets?.determinationDue)
  const result: SlaResult = {
    severity: c.severity,
    severitySource: c.severitySource,
    ticketType: c.ticketType,
    team: c.team,
    exempt: c.exempt,
    tier: c.tier,
    priorityAccount: c.priorityAccount,
    region: c.region,
    subRegion: c.subRegion,
    clock: c.clock,
    timeZone: c.timeZone,
    acknowledgementHours: c.acknowledgementHours,
    determinationHours: c.determinationHours,
    firstResponseDue,
    followUpDue,
    determinationDue,
    // Desk's own two fields repeat one of the three targets: formatted once
    responseDueDate: targets?.responseDueDate === targets?.firstResponseDue ? firstResponseDue : followUpDue,
    dueDate: determinationDue,
    escalation: { level: escalation.level, owner: escalation.owner },
    reasons,
  }
  return { result, classification: c, timeline, targets, escalation, now }
}

/**
 * A classified ticket's due dates and escalation at `now`, from one calendar walk from its
 * creation: both due dates, the escalation limits (only as far as the next one to be reached) and
 * the working time so far. Exempt tickets have no targets.
 */
export function targetsAndEscalation(
  policy: Policy,
  c: Classification,
  calendar: Calendar,
  timeline: Timeline,
  now: number,
): { targets: Targets | null; escalation: Escalation } {
  if (c.exempt) return { targets: null, escalation: notEscalated(policy, c.region, c.subRegion) }
  const plan = clockPlan(policy, c.acknowledgementHours, c.determinationHours)
  const walk = workingTimeline(calendar, timeline.created, plan.durations, timeline.closedAt ?? now, timeline.pauses, plan.optional)
  const targets = targetsWith(calendar, timeline, walk.due[plan.acknowledgement]!, walk.due[plan.determination]!, c.determinationHours)
  const escalation = escalationAt(
    { policy, region: c.region, subRegion: c.subRegion, calendar, determinationHours: c.determinationHours },
    timeline,
    targets,
    now,
    { elapsed: walk.elapsed, due: walk.due, ofRule: plan.ofRule },
  )
  return { targets, escalation }
}

/** Parse raw input (as `desk-sla compute` reads it) and compute. Throws EngineError on bad input. */
export function computeSla(policy: Policy, raw: ComputeInputRaw | unknown, defaultNow: number): SlaResult {
  return computeSlaDetail(policy, parseComputeInput(raw), defaultNow).result
}

function iso(ms: number): string {
  return isoString(ms)
}

function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : iso(ms)
}

export const SlaResultSchema = z
  .object({
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    severitySource: z.enum(['field', 'text', 'default']),
    ticketType: z.string(),
    team: z.enum(['Support', 'Operations']),
    exempt: z.boolean(),
    tier: z.enum(['Authorized', 'Advanced', 'Premium']),
    priorityAccount: z.boolean(),
    region: z.enum(['ANZ', 'APAC & Japan', 'India', 'MEA', 'Americas', 'UK & EU']),
    subRegion: z.string(),
    clock: z.enum(['24x5', '24x7']),
    timeZone: z.string(),
    acknowledgementHours: z.number(),
    determinationHours: z.number(),
    firstResponseDue: z.string().nullable(),
    followUpDue: z.string().nullable(),
    determinationDue: z.string().nullable(),
    responseDueDate: z.string().nullable(),
    dueDate: z.string().nullable(),
    escalation: z.object({ level: z.number().int().min(0).max(4), owner: z.string() }).strict(),
    reasons: z.array(z.string()),
  })
  .strict()
