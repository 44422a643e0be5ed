// The credit governor (issue 15): every Desk call desk-sla makes is reserved from the installation's
// daily credit budget in the store (shared by all replicas) before it goes out, and corrected by
// what Desk answers. Before the allowance runs out the service degrades in a known order:
//
//   remaining share of the day's allowance   what waits
//   ≥ bulk floor (50 %)                     nothing
//   < bulk floor                            backfill, recompute and retier calls (their writes too);
//                                           the sync runs every 2nd tick, below the midpoint every 4th
//   < sync floor (25 %)                     the sync as well
//   < read floor (5 %)                      reads for webhook events (events whose payload is enough
//                                           still write)
//   ≤ the reserve (20 credits) left         writes: webhook-driven writes go last
//
// The allowance is DESK_CREDITS_PER_DAY when set, else the most Desk said was left today
// (X-Rate-Limit-Remaining-v3): the org's credits, less what others spent before desk-sla's first call.
// A deferred call throws DESK_CREDITS_DEFERRED; the workers put its event or write back without
// spending an attempt, the jobs skip their run. Deferrals are counted by kind, logged, and shown on the
// Operations page and in /metrics, with the credits used today by kind and the projected day's total.
import { DeskError } from '../desk/errors.js'
import type { CreditAnswer, CreditCall, CreditGate, CreditGrant, CreditKind } from '../desk/credits.js'
import type { Db } from '../store/db.js'
import { CREDIT_KINDS } from '../desk/credits.js'
import {
  deferredWork,
  ensureCreditDay,
  getCreditDay,
  listCreditDays,
  listCreditUsage,
  noteDeferred,
  reserveCredits,
  settleCredits,
  syncTickRuns,
  utcDay,
  type CreditDay,
} from '../store/repos/credits.js'
import type { Logger } from '../logger.js'

export interface CreditSettings {
  /** credits per installation and UTC day desk-sla may spend; null: what Desk reports is left */
  perDay: number | null
  /** share of the day's allowance kept back from backfill, recompute and retier */
  bulkFloor: number
  /** share kept back from the sync */
  syncFloor: number
  /** share kept back from reads for webhook events */
  readFloor: number
  /** credits never spent, whatever the work */
  reserve: number
}

export const DEFAULT_CREDIT_SETTINGS: Readonly<CreditSettings> = Object.freeze({
  perDay: null,
  bulkFloor: 0.5,
  syncFloor: 0.25,
  readFloor: 0.05,
  reserve: 20,
})

/** the degradation steps, in the order they are reached */
export const GOVERNOR_LEVELS = ['normal', 'bulk-deferred', 'sync-stretched', 'sync-deferred', 'reads-deferred', 'writes-deferred'] as const
export type GovernorLevel = (typeof GOVERNOR_LEVELS)[number]

/** a deferred event or write is tried again after this long at most (ms): a raised allowance is seen */
export const DEFER_RECHECK_MS = 10 * 60_000
const DAY_MS = 24 * 3_600_000
/** the projected day is not extrapolated from less than this much of it (ms) */
const MIN_ELAPSED_FOR_PROJECTION_MS = 15 * 60_000

export interface CreditStatus {
  installationId: string
  day: string
  /** the day's allowance: configured, else the most Desk said was left today; null before any answer */
  allowance: number | null
  used: number
  /** what may still be spent: the allowance less what was used, or what Desk says is left, whichever is less */
  headroom: number | null
  /** headroom over allowance (1 while unknown) */
  share: number
  /** the day's total at today's pace, null in its first 15 minutes */
  projected: number | null
  deskRemaining: number | null
  level: GovernorLevel
  /** the sync runs every `syncFactor`-th tick (Infinity: not at all) */
  syncFactor: number
  exhaustedUntil: string | null
}

export interface CreditGovernor extends CreditGate {
  readonly settings: Readonly<CreditSettings>
  status(installationId: string): Promise<CreditStatus>
  /** whether work of `kind` may call Desk now (the jobs ask before they start) */
  allows(installationId: string, kind: CreditKind): Promise<boolean>
  /** whether this sync tick runs (the interval stretches below the bulk floor); a skipped tick counts as deferred */
  syncTick(installationId: string): Promise<{ run: boolean; status: CreditStatus }>
  /** when deferred work of `kind` should be tried again */
  retryAt(installationId: string, kind: CreditKind): Promise<number>
}

export function floorOf(s: Readonly<CreditSettings>, kind: CreditKind): number {
  if (kind === 'backfill' || kind === 'recompute' || kind === 'retier') return s.bulkFloor
  if (kind === 'sync') return s.syncFloor
  if (kind === 'webhook') return s.readFloor
  return 0
}

/** the kinds that wait first, as the Operations page lists them */
export const BULK_KINDS: readonly CreditKind[] = ['backfill', 'recompute', 'retier']

/** What the governor makes of a day's row: pure, so the page, the metrics and the jobs agree. */
export function creditStatus(s: Readonly<CreditSettings>, installationId: string, row: CreditDay | null, now: number): CreditStatus {
  const day = utcDay(now)
  const used = row?.used ?? 0
  const configured = s.perDay ?? row?.allowance ?? null
  const allowance = configured ?? row?.deskPeak ?? null
  const own = configured !== null ? configured - used : null
  const desk = row?.deskRemaining ?? null
  const headroom = own === null ? desk : desk === null ? own : Math.min(own, desk)
  const share = allowance && headroom !== null ? Math.max(0, headroom) / allowance : 1
  const exhausted = row?.exhaustedUntil && Date.parse(row.exhaustedUntil) > now ? row.exhaustedUntil : null
  const elapsed = now - Date.parse(`${day}T00:00:00.000Z`)
  const projected = elapsed >= MIN_ELAPSED_FOR_PROJECTION_MS ? Math.round((used * DAY_MS) / elapsed) : null
  const mid = (s.bulkFloor + s.syncFloor) / 2
  let level: GovernorLevel
  if (exhausted || (headroom !== null && headroom <= s.reserve)) level = 'writes-deferred'
  else if (share < s.readFloor) level = 'reads-deferred'
  else if (share < s.syncFloor) level = 'sync-deferred'
  else if (share < mid) level = 'sync-stretched'
  else if (share < s.bulkFloor) level = 'bulk-deferred'
  else level = 'normal'
  const syncFactor = level === 'normal' ? 1 : level === 'bulk-deferred' ? 2 : level === 'sync-stretched' ? 4 : Number.POSITIVE_INFINITY
  return { installationId, day, allowance, used, headroom, share, projected, deskRemaining: desk, level, syncFactor, exhaustedUntil: exhausted }
}

export function createCreditGovernor(o: { db: Db; now: () => number; logger: Logger; settings?: Partial<CreditSettings> }): CreditGovernor {
  const settings: Readonly<CreditSettings> = Object.freeze({ ...DEFAULT_CREDIT_SETTINGS, ...o.settings })
  const ensured = new Set<string>()
  // one log line per installation and kind a minute at most; every level change is logged
  const lastLog = new Map<string, number>()
  const lastLevel = new Map<string, GovernorLevel>()

  async function ensure(installationId: string, day: string): Promise<void> {
    const key = `${installationId}/${day}`
    if (ensured.has(key)) return
    await ensureCreditDay(o.db, installationId, day, settings.perDay)
    ensured.add(key)
  }

  async function status(installationId: string): Promise<CreditStatus> {
    const now = o.now()
    return creditStatus(settings, installationId, await getCreditDay(o.db, installationId, utcDay(now)), now)
  }

  function noteLevel(s: CreditStatus): void {
    const before = lastLevel.get(s.installationId) ?? 'normal'
    if (before === s.level) return
    lastLevel.set(s.installationId, s.level)
    const line = GOVERNOR_LEVELS.indexOf(s.level) > GOVERNOR_LEVELS.indexOf(before) ? 'warn' : 'info'
    o.logger[line]('credit governor: the day’s Desk credits now allow less', {
      installationId: s.installationId,
      from: before,
      level: s.level,
      used: s.used,
      headroom: s.headroom,
      allowance: s.allowance,
      syncEveryNthTick: Number.isFinite(s.syncFactor) ? s.syncFactor : null,
    })
  }

  async function retryAt(installationId: string, _kind: CreditKind): Promise<number> {
    const now = o.now()
    const s = await status(installationId)
    if (s.exhaustedUntil) return Date.parse(s.exhaustedUntil)
    const midnight = Date.parse(`${s.day}T00:00:00.000Z`) + DAY_MS
    return Math.min(midnight, now + DEFER_RECHECK_MS)
  }

  return {
    settings,
    status,
    retryAt,

    async admit(call: CreditCall): Promise<CreditGrant> {
      const now = o.now()
      const day = utcDay(now)
      await ensure(call.installationId, day)
      const reserved = await reserveCredits(o.db, {
        installationId: call.installationId,
        day,
        kind: call.kind,
        weight: call.weight,
        floor: floorOf(settings, call.kind),
        reserve: settings.reserve,
        now,
      })
      if (reserved) {
        noteLevel(creditStatus(settings, call.installationId, reserved, now))
        return { call, day }
      }
      await noteDeferred(o.db, call.installationId, day, call.kind)
      const s = await status(call.installationId)
      noteLevel(s)
      const at = await retryAt(call.installationId, call.kind)
      const key = `${call.installationId}/${call.kind}`
      if (now - (lastLog.get(key) ?? -Infinity) >= 60_000) {
        lastLog.set(key, now)
        o.logger.info('credit governor deferred a Desk call', {
          installationId: call.installationId,
          kind: call.kind,
          call: `${call.method} ${call.path.replace(/\/\d{6,}/g, '/{id}')}`,
          level: s.level,
          headroom: s.headroom,
          allowance: s.allowance,
          retryAt: new Date(at).toISOString(),
        })
      }
      throw new DeskError('DESK_CREDITS_DEFERRED', `the day's Desk credits are kept for other work (${s.level}): this ${call.kind} call waits`, {
        kind: call.kind,
        level: s.level,
        headroom: s.headroom,
        allowance: s.allowance,
        retryAt: new Date(at).toISOString(),
      })
    },

    async settle(grant: CreditGrant, answer: CreditAnswer): Promise<void> {
      const delta = answer.weight === null ? 0 : answer.weight - grant.call.weight
      if (delta === 0 && answer.remaining === null && answer.exhaustedUntil === undefined) return
      await settleCredits(o.db, {
        installationId: grant.call.installationId,
        day: grant.day,
        kind: grant.call.kind,
        delta,
        remaining: answer.remaining,
        exhaustedUntil: answer.exhaustedUntil === undefined ? null : answer.exhaustedUntil,
        now: o.now(),
      })
      if (answer.exhaustedUntil !== undefined) {
        o.logger.warn('Desk answered THRESHOLD_EXCEEDED: the org has no credits left today', {
          installationId: grant.call.installationId,
          kind: grant.call.kind,
          until: new Date(answer.exhaustedUntil).toISOString(),
        })
      }
    },

    async allows(installationId: string, kind: CreditKind): Promise<boolean> {
      await ensure(installationId, utcDay(o.now()))
      const s = await status(installationId)
      noteLevel(s)
      if (s.exhaustedUntil) return false
      const ok = s.headroom === null || s.allowance === null || s.headroom - 3 >= floorOf(settings, kind) * s.allowance + settings.reserve
      if (!ok) await noteDeferred(o.db, installationId, s.day, kind)
      return ok
    },

    async syncTick(installationId: string): Promise<{ run: boolean; status: CreditStatus }> {
      const day = utcDay(o.now())
      await ensure(installationId, day)
      const s = await status(installationId)
      noteLevel(s)
      const run = Number.isFinite(s.syncFactor) && (await syncTickRuns(o.db, installationId, day, s.syncFactor))
      if (!run) await noteDeferred(o.db, installationId, day, 'sync')
      return { run, status: s }
    },
  }
}

export interface InstallationCredits {
  installationId: string
  status: CreditStatus
  /** today's calls, credits and deferrals by kind (every kind listed, zeros included) */
  byKind: Record<CreditKind, { calls: number; credits: number; deferred: number }>
  /** events and writes waiting now because the governor held their Desk call back */
  waiting: { events: number; writes: number }
}

/** Today's credits of the given installations, as the Operations page and /metrics show them. */
export async function creditsToday(db: Db, governor: CreditGovernor, installationIds: readonly string[], now: number): Promise<InstallationCredits[]> {
  const day = utcDay(now)
  const [days, usage, waiting] = await Promise.all([listCreditDays(db, day), listCreditUsage(db, day), deferredWork(db)])
  const byId = new Map(days.map((d) => [d.installationId, d]))
  return installationIds.map((installationId) => {
    const byKind = Object.fromEntries(CREDIT_KINDS.map((k) => [k, { calls: 0, credits: 0, deferred: 0 }])) as InstallationCredits['byKind']
    for (const u of usage) {
      if (u.installationId !== installationId || !(u.kind in byKind)) continue
      byKind[u.kind as CreditKind] = { calls: u.calls, credits: u.credits, deferred: u.deferred }
    }
    return {
      installationId,
      status: creditStatus(governor.settings, installationId, byId.get(installationId) ?? null, now),
      byKind,
      waiting: waiting.get(installationId) ?? { events: 0, writes: 0 },
    }
  })
}
