// The escalation level and owner of a ticket at a given instant (DOMAIN.md §6). Levels rise
// with working time and never go down by themselves: a level once reached stays, even after
// the late reply is sent. Exempt tickets are never escalated by time (notEscalated); on hold,
// clocks stop.
import { addWorkingTime, type Calendar } from './calendar.js'
import { isoString } from './iso.js'
import type { Policy, RegionName } from './policy.js'
import { HOUR, type Targets, type Timeline } from './targets.js'
import { PerPolicy } from './per-policy.js'

/** why one level was reached: the level as data, so no reader parses it back out of the sentence */
export interface EscalationReason {
  level: number
  text: string
}

export interface Escalation {
  level: number
  owner: string
  /** why each level reached was reached, in order */
  reasons: EscalationReason[]
  /** the next instant at which the level may rise (null: never, or not while on hold) */
  nextCheckAt: number | null
}

export interface EscalationContext {
  policy: Policy
  region: RegionName
  subRegion: string
  calendar: Calendar
  determinationHours: number
}

export function ownerFor(policy: Policy, region: RegionName, subRegion: string, level: number): string {
  const r = policy.regions[region]
  const role = policy.escalation.levels[Math.max(level, 1) - 1]?.owner ?? 'escalationDesk'
  switch (role) {
    case 'supportLead':
      return r.supportLead
    case 'centralManager':
      return policy.escalation.centralManager
    case 'accountManager':
      return r.subRegions[subRegion]?.accountManager ?? r.subRegions[r.defaultSubRegion]!.accountManager
    default:
      return r.escalationDesk
  }
}

/**
 * What one walk from a ticket's creation must place (see workingTimeline), in ascending order
 * so the walk needs no sorting: the acknowledgement and determination targets, and the working
 * time at which each determination rule of the policy is reached (a breach: 1 ms past the target).
 */
export interface ClockPlan {
  durations: number[]
  /** which durations the walk may leave out: the rule limits (only the next one to be reached matters) */
  optional: boolean[]
  /** where the acknowledgement and the determination target are in `durations` */
  acknowledgement: number
  determination: number
  /** per rule of policy.escalation.levels: where its limit is in `durations`, -1 for reply rules */
  ofRule: number[]
}

const planMemo = new PerPolicy<Policy, Map<number, Map<number, ClockPlan>>>(() => new Map())

export function clockPlan(policy: Policy, acknowledgementHours: number, determinationHours: number): ClockPlan {
  const byDet = planMemo.get(policy)
  let byAck = byDet.get(determinationHours)
  if (!byAck) byDet.set(determinationHours, (byAck = new Map()))
  let plan = byAck.get(acknowledgementHours)
  if (!plan) {
    const detMs = determinationHours * HOUR
    // what each duration is: 'a' acknowledgement, 'd' determination, else the rule's index
    const entries: { ms: number; what: 'a' | 'd' | number }[] = [
      { ms: acknowledgementHours * HOUR, what: 'a' },
      { ms: detMs, what: 'd' },
    ]
    policy.escalation.levels.forEach((rule, r) => {
      if (rule.when !== 'replyOverdue') entries.push({ ms: rule.when === 'determinationBreached' ? detMs + 1 : rule.atLeast * detMs, what: r })
    })
    entries.sort((x, y) => x.ms - y.ms) // stable
    const ofRule = policy.escalation.levels.map((_, r) => entries.findIndex((e) => e.what === r))
    plan = {
      durations: entries.map((e) => e.ms),
      optional: entries.map((e) => typeof e.what === 'number'),
      acknowledgement: entries.findIndex((e) => e.what === 'a'),
      determination: entries.findIndex((e) => e.what === 'd'),
      ofRule,
    }
    byAck.set(acknowledgementHours, plan)
  }
  return plan
}

/** What one calendar walk from creation already measured (see workingTimeline): escalationAt then walks no more. */
export interface WalkedClock {
  /** working time on the determination clock up to now (or closing) */
  elapsed: number
  /** the instants the walk placed for clockPlan(…).durations: NaN where it did not need to */
  due: readonly number[]
  /** clockPlan(…).ofRule */
  ofRule: readonly number[]
}

/** An exempt ticket's escalation: none, ever (its owner is still named). */
export function notEscalated(policy: Policy, region: RegionName, subRegion: string): Escalation {
  return { level: 0, owner: ownerFor(policy, region, subRegion, 0), reasons: [], nextCheckAt: null }
}

export function escalationAt(ctx: EscalationContext, tl: Timeline, targets: Targets, now: number, walked: WalkedClock): Escalation {
  const { policy } = ctx
  const stop = tl.closedAt ?? now
  const detMs = ctx.determinationHours * HOUR
  const { elapsed, ofRule } = walked
  const late = lateReply(tl, targets, stop)
  let level = 0
  const reasons: EscalationReason[] = []
  // The next instant a level may rise: the earliest of the reply owed and the smallest
  // working-time limit not reached yet (a larger limit is always reached later).
  let replyNext = Infinity
  let limitNext = Infinity // working time from creation at which the next level is reached
  let limitNextAt = NaN // …and the instant the walk placed for it (NaN: not placed)

  const rules = policy.escalation.levels
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!
    let reached = false
    let why = ''
    if (rule.when === 'replyOverdue') {
      if (late) {
        reached = true
        why = `${late.what} overdue since ${isoString(late.due)} (${lateness((late.answered ?? stop) - late.due)} late${late.answered ? ', answered since' : ''})`
      } else if (late === null) {
        const next = nextReplyDue(tl, targets)
        if (next !== null) replyNext = Math.min(replyNext, next + 1)
      }
    } else {
      const breach = rule.when === 'determinationBreached'
      const fraction = breach ? 1 : rule.atLeast
      const limit = fraction * detMs
      reached = breach ? elapsed > limit : elapsed >= limit
      if (reached) {
        why = breach
          ? `determination target of ${ctx.determinationHours} h breached (${hours(elapsed)} h elapsed)`
          : `${Math.round(fraction * 100)} % of the determination target elapsed (${elapsed <= detMs ? `${hours(elapsed)} of ${ctx.determinationHours} h` : `${hours(elapsed)} h, past the ${ctx.determinationHours} h target`})`
      } else {
        // a breach is reached with the first working millisecond past the target
        const next = breach ? limit + 1 : limit
        if (next < limitNext) {
          limitNext = next
          limitNextAt = walked.due[ofRule[r]!]!
        }
      }
    }
    if (reached) {
      level = Math.max(level, rule.level)
      reasons.push({ level: rule.level, text: why })
    }
  }

  // Nothing rises while the clocks are stopped: on hold (until it resumes) or closed.
  const frozen = tl.closedAt !== null || tl.onHoldSince !== null
  let nextCheckAt: number | null = null
  if (!frozen) {
    let earliest = replyNext > now ? replyNext : Infinity
    if (limitNext !== Infinity) {
      // (the walk may have stopped short of it: then it is walked to here)
      const at = Number.isNaN(limitNextAt) ? addWorkingTime(ctx.calendar, tl.created, limitNext, tl.pauses) : limitNextAt
      if (at > now && at < earliest) earliest = at
    }
    if (earliest !== Infinity) nextCheckAt = earliest
  }
  return { level, owner: ownerFor(policy, ctx.region, ctx.subRegion, level), reasons, nextCheckAt }
}

/** The first reply that was (or is) owed past its due instant, up to `stop`; null when none. */
function lateReply(tl: Timeline, t: Targets, stop: number): { what: string; due: number; answered: number | null } | null {
  const firstAnswer = tl.firstReply ?? stop
  if (firstAnswer > t.firstResponseDue && (tl.firstReply !== null || stop > t.firstResponseDue)) {
    return { what: 'first response', due: t.firstResponseDue, answered: tl.firstReply }
  }
  for (const c of t.followUps) {
    if ((c.end ?? stop) > c.due) return { what: 'follow-up', due: c.due, answered: c.end }
  }
  return null
}

/** "2 h 05 min" / "45 min" / "3 d 4 h" of real time. */
function lateness(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 60) return `${minutes} min`
  const h = Math.floor(minutes / 60)
  if (h < 48) return `${h} h ${String(minutes % 60).padStart(2, '0')} min`
  return `${Math.floor(h / 24)} d ${h % 24} h`
}

/** A reason as one sentence ("level 2: determination target of 36 h breached (…)"), as the result's reasons list it. */
export function escalationReasonText(reason: EscalationReason): string {
  return `level ${reason.level}: ${reason.text}`
}

/** The due instant of the reply owed now, if any (to know when level 1 may be reached). */
function nextReplyDue(tl: Timeline, t: Targets): number | null {
  if (tl.firstReply === null) return t.firstResponseDue
  return t.followUpDue
}

/** Hours to at most two decimals, as Number#toString writes them ("36", "19.2", "0.05"), without a float to format. */
export function hours(ms: number): string {
  const hundredths = Math.round((ms / HOUR) * 100)
  if (!(hundredths >= 0 && hundredths < 1e15)) return (hundredths / 100).toString()
  const whole = Math.floor(hundredths / 100)
  const rest = hundredths - whole * 100
  if (rest === 0) return String(whole)
  return rest % 10 === 0 ? `${whole}.${rest / 10}` : `${whole}.${rest < 10 ? '0' : ''}${rest}`
}
