// What the agents' ticket widget shows about one ticket: the stored pipeline state recomputed at
// `now` with the installation's policy, each target measured in WORKING time (the region's
// calendar and the ticket's pauses). Pure: the row, the policy and `now` are arguments.
import { z } from 'zod'
import { workingTimeBetween, isWorkingInstant, type Calendar, type Pause } from '../engine/calendar.js'
import { compilePolicy } from '../engine/compiled-policy.js'
import { computeSlaDetail, parseComputeInput, type SlaDetail } from '../engine/compute.js'
import { ownerFor } from '../engine/escalation.js'
import type { Policy, RegionName } from '../engine/policy.js'
import { HOUR } from '../engine/targets.js'
import type { TicketSla } from '../store/repos/ticket-sla.js'

/**
 * running: the clock runs (or is paused on hold) and the due time has not passed;
 * met: answered / closed in time; breached: late, or answered late;
 * stopped: the ticket was closed before this target was met or breached;
 * idle: nothing owed (follow-up: no customer message waits for an answer).
 */
export const TargetStatus = z.enum(['running', 'met', 'breached', 'stopped', 'idle'])
export type TargetStatus = z.infer<typeof TargetStatus>

const Iso = z.string()

export const TargetView = z
  .object({
    goalHours: z.number(),
    start: Iso.nullable(),
    due: Iso.nullable(),
    /** when the target was met (reply / close), or null */
    metAt: Iso.nullable(),
    elapsedMs: z.number().int().min(0),
    remainingMs: z.number().int().min(0),
    overdueMs: z.number().int().min(0),
    /** share of the goal used, 0… (above 1 when late) */
    used: z.number().min(0),
    paused: z.boolean(),
    status: TargetStatus,
  })
  .strict()
export type TargetView = z.infer<typeof TargetView>

export const FollowUpView = TargetView.extend({
  completedCycles: z.number().int().min(0),
  breachedCycles: z.number().int().min(0),
  cycles: z.array(z.object({ start: Iso, end: Iso.nullable(), due: Iso, status: TargetStatus }).strict()),
}).strict()
export type FollowUpView = z.infer<typeof FollowUpView>

export const TicketState = z.enum(['open', 'on_hold', 'closed', 'exempt', 'not_computed'])
export type TicketState = z.infer<typeof TicketState>

export const TicketSlaView = z
  .object({
    ticketId: z.string(),
    state: TicketState,
    exempt: z.boolean(),
    onHold: z.boolean(),
    closed: z.boolean(),
    reopened: z.number().int().min(0),
    onHoldSince: Iso.nullable(),
    closedAt: Iso.nullable(),
    /** the SLA clock runs at `computedAt` (working time, not paused, not closed) */
    clockRunning: z.boolean(),
    slaStatus: z.string().nullable(),
    computedAt: Iso,
    lastProcessedAt: Iso,
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    severitySource: z.enum(['field', 'text', 'default']),
    ticketType: z.string(),
    team: z.enum(['Support', 'Operations']),
    tier: z.enum(['Authorized', 'Advanced', 'Premium']),
    priorityAccount: z.boolean(),
    region: z.string(),
    subRegion: z.string(),
    clock: z.enum(['24x5', '24x7']),
    timeZone: z.string(),
    escalation: z.object({ level: z.number().int().min(0).max(4), owner: z.string() }).strict(),
    targets: z
      .object({ firstResponse: TargetView, followUp: FollowUpView, determination: TargetView })
      .strict()
      .nullable(),
    reasons: z.array(z.string()),
  })
  .strict()
export type TicketSlaView = z.infer<typeof TicketSlaView>

export const NotComputedView = z.object({ ticketId: z.string(), state: z.literal('not_computed') }).strict()
export type NotComputedView = z.infer<typeof NotComputedView>

interface StoredInput {
  input?: Record<string, unknown>
  slaStatus?: string
}

/** The stored row has what a recomputation needs (the processor saved the engine's input). */
export function hasComputableState(row: TicketSla): boolean {
  const s = row.state as StoredInput
  return typeof s.input === 'object' && s.input !== null
}

/** Recomputes the ticket at `now` and measures each target. Throws EngineError on a state the policy cannot read. */
export function buildTicketSlaView(policy: Policy, row: TicketSla, now: number): TicketSlaView {
  const stored = row.state as StoredInput
  const input = parseComputeInput({ ...stored.input, now: new Date(now).toISOString() })
  const detail = computeSlaDetail(policy, input, now)
  const r = detail.result
  const c = detail.classification
  const tl = detail.timeline
  const cal = calendarOf(policy, detail)

  // The level never goes down by itself (DOMAIN.md §6): the stored level may be above today's figure.
  const level = Math.max(row.escalationLevel, r.escalation.level)
  const owner = ownerFor(policy, c.region as RegionName, c.subRegion, level)
  const onHold = tl.onHoldSince !== null
  const closed = tl.closedAt !== null
  const state: TicketState = r.exempt ? 'exempt' : closed ? 'closed' : onHold ? 'on_hold' : 'open'

  return {
    ticketId: row.ticketId,
    state,
    exempt: r.exempt,
    onHold,
    closed,
    reopened: tl.reopened,
    onHoldSince: isoOrNull(tl.onHoldSince),
    closedAt: isoOrNull(tl.closedAt),
    clockRunning: !closed && !onHold && isWorkingInstant(cal, now, tl.pauses),
    slaStatus: typeof stored.slaStatus === 'string' ? stored.slaStatus : null,
    computedAt: iso(now),
    lastProcessedAt: row.updatedAt,
    severity: r.severity,
    severitySource: r.severitySource,
    ticketType: r.ticketType,
    team: r.team,
    tier: r.tier,
    priorityAccount: r.priorityAccount,
    region: r.region,
    subRegion: r.subRegion,
    clock: r.clock,
    timeZone: r.timeZone,
    escalation: { level, owner },
    targets: detail.targets === null ? null : targetViews(cal, detail, now),
    reasons: r.reasons,
  }
}

function calendarOf(policy: Policy, detail: SlaDetail): Calendar {
  const calendars = compilePolicy(policy).calendars.get(detail.classification.region as RegionName)!
  return detail.classification.clock === '24x7' ? calendars.allDay : calendars.workweek
}

function targetViews(cal: Calendar, detail: SlaDetail, now: number): NonNullable<TicketSlaView['targets']> {
  const { timeline: tl, targets: t, classification: c } = detail
  const stop = tl.closedAt ?? now
  const onHold = tl.onHoldSince !== null
  const ackMs = c.acknowledgementHours * HOUR
  const detMs = c.determinationHours * HOUR

  const firstResponse = measure(cal, tl.pauses, {
    goalMs: ackMs,
    start: tl.created,
    due: t!.firstResponseDue,
    metAt: tl.firstReply,
    closedAt: tl.closedAt,
    now,
    paused: onHold,
  })
  const determination = measure(cal, tl.pauses, {
    goalMs: detMs,
    start: tl.created,
    due: t!.determinationDue,
    metAt: tl.closedAt,
    closedAt: null,
    now,
    paused: onHold,
  })

  const cycles = t!.followUps.map((f) => ({
    start: iso(f.start),
    end: isoOrNull(f.end),
    due: iso(f.due),
    status: cycleStatus(f, stop, tl.closedAt),
  }))
  const waiting = t!.followUps.find((f) => f.end === null)
  const counts = {
    completedCycles: t!.followUps.filter((f) => f.end !== null).length,
    breachedCycles: cycles.filter((f) => f.status === 'breached').length,
    cycles,
  }
  const followUp: FollowUpView = waiting
    ? {
        ...measure(cal, tl.pauses, { goalMs: detMs, start: waiting.start, due: waiting.due, metAt: null, closedAt: tl.closedAt, now, paused: onHold }),
        ...counts,
      }
    : {
        goalHours: c.determinationHours,
        start: null,
        due: null,
        metAt: null,
        elapsedMs: 0,
        remainingMs: detMs,
        overdueMs: 0,
        used: 0,
        paused: false,
        status: 'idle',
        ...counts,
      }
  return { firstResponse, followUp, determination }
}

interface Measure {
  goalMs: number
  start: number
  due: number
  /** the instant the target was met, or null */
  metAt: number | null
  /** a close stops this target's clock without meeting it */
  closedAt: number | null
  now: number
  paused: boolean
}

function measure(cal: Calendar, pauses: readonly Pause[], m: Measure): TargetView {
  const stop = m.metAt ?? m.closedAt ?? m.now
  const elapsed = Math.round(workingTimeBetween(cal, m.start, stop, pauses))
  let status: TargetStatus
  if (m.metAt !== null) status = m.metAt <= m.due ? 'met' : 'breached'
  else if (stop > m.due) status = 'breached'
  else status = m.closedAt !== null ? 'stopped' : 'running'
  return {
    goalHours: m.goalMs / HOUR,
    start: iso(m.start),
    due: iso(m.due),
    metAt: isoOrNull(m.metAt),
    elapsedMs: elapsed,
    remainingMs: Math.max(0, m.goalMs - elapsed),
    overdueMs: Math.max(0, elapsed - m.goalMs),
    used: m.goalMs > 0 ? round3(elapsed / m.goalMs) : 1,
    paused: m.paused && status === 'running',
    status,
  }
}

function cycleStatus(f: { end: number | null; due: number }, stop: number, closedAt: number | null): TargetStatus {
  if (f.end !== null) return f.end <= f.due ? 'met' : 'breached'
  if (stop > f.due) return 'breached'
  return closedAt !== null ? 'stopped' : 'running'
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : iso(ms)
}
