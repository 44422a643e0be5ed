// Each installation's daily Desk credit budget (issue 15), shared by every replica: a call is
// reserved in one statement that also checks the kind's floor, so two replicas cannot both take
// the last credits; Desk's answer then corrects the reservation (its weight header) and what is
// left (its remaining header). Usage is kept per kind, with the calls and sync ticks deferred.
import type { Db } from '../db.js'
import { isoOf, run, toIso, type Instant, type Sql } from './sql.js'

export interface CreditDay {
  installationId: string
  /** YYYY-MM-DD, UTC */
  day: string
  allowance: number | null
  used: number
  deskRemaining: number | null
  deskRemainingAt: string | null
  deskPeak: number | null
  syncSkips: number
  exhaustedUntil: string | null
}

export interface CreditUsage {
  installationId: string
  day: string
  kind: string
  calls: number
  credits: number
  deferred: number
}

interface DayRow {
  installation_id: string
  day: Date | string
  allowance: number | null
  used: number
  desk_remaining: number | null
  desk_remaining_at: Date | null
  desk_peak: number | null
  sync_skips: number
  exhausted_until: Date | null
}

/** the day as text: the adapters would hand a date column over as a Date at some midnight */
const DAY_COLUMNS = `installation_id, to_char(day, 'YYYY-MM-DD') AS day, allowance, used, desk_remaining, desk_remaining_at, desk_peak, sync_skips, exhausted_until`

function dayOf(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)
}

function toDay(r: DayRow): CreditDay {
  return {
    installationId: r.installation_id,
    day: dayOf(r.day),
    allowance: r.allowance,
    used: Number(r.used),
    deskRemaining: r.desk_remaining === null ? null : Number(r.desk_remaining),
    deskRemainingAt: isoOf(r.desk_remaining_at),
    deskPeak: r.desk_peak === null ? null : Number(r.desk_peak),
    syncSkips: Number(r.sync_skips),
    exhaustedUntil: isoOf(r.exhausted_until),
  }
}

/** the UTC day of an instant, YYYY-MM-DD */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10)
}

// ---- named SQL builders ----

export function ensureCreditDaySql(installationId: string, day: string, allowance: number | null): Sql {
  return {
    text: `INSERT INTO desk_credit_days (installation_id, day, allowance) VALUES ($1, $2::date, $3)
ON CONFLICT (installation_id, day) DO UPDATE SET allowance = EXCLUDED.allowance WHERE desk_credit_days.allowance IS DISTINCT FROM EXCLUDED.allowance`,
    values: [installationId, day, allowance],
  }
}

/**
 * Reserves `weight` credits for a call of `kind` when, after it, the headroom (the allowance less what
 * was used, and what Desk says is left, whichever is less) stays at or above `floor` × the day's
 * allowance + `reserve`. The allowance is the configured one, else the most Desk said was left today.
 * Nothing known yet (the day's first call): reserved. Returns a row when reserved, none when refused.
 */
export function reserveCreditsSql(o: { installationId: string; day: string; kind: string; weight: number; floor: number; reserve: number; now: string }): Sql {
  return {
    text: `WITH d AS (
  UPDATE desk_credit_days d
  SET used = d.used + $3, desk_remaining = d.desk_remaining - $3
  WHERE d.installation_id = $1 AND d.day = $2::date
    AND (d.exhausted_until IS NULL OR d.exhausted_until <= $6::timestamptz)
    AND (COALESCE(d.allowance, d.desk_peak) IS NULL
      OR LEAST(COALESCE(d.allowance - d.used, 2147483647), COALESCE(d.desk_remaining, 2147483647)) - $3
         >= $4::float8 * COALESCE(d.allowance, d.desk_peak) + $5)
  RETURNING d.installation_id, to_char(d.day, 'YYYY-MM-DD') AS day, d.allowance, d.used, d.desk_remaining, d.desk_remaining_at, d.desk_peak, d.sync_skips, d.exhausted_until
), u AS (
  INSERT INTO desk_credit_usage (installation_id, day, kind, calls, credits)
  SELECT $1, $2::date, $7, 1, $3 FROM d
  ON CONFLICT (installation_id, day, kind) DO UPDATE
    SET calls = desk_credit_usage.calls + 1, credits = desk_credit_usage.credits + EXCLUDED.credits
)
SELECT * FROM d`,
    values: [o.installationId, o.day, o.weight, o.floor, o.reserve, o.now, o.kind],
  }
}

/**
 * Corrects a reservation by what Desk charged (`delta` = charged − reserved) and records what Desk
 * says is left: never more than the local count (which also holds calls still in flight).
 */
export function settleCreditsSql(o: {
  installationId: string
  day: string
  kind: string
  delta: number
  remaining: number | null
  exhaustedUntil: string | null
  now: string
}): Sql {
  return {
    text: `WITH d AS (
  UPDATE desk_credit_days d
  SET used = d.used + $3,
      desk_remaining = CASE
        WHEN $5::timestamptz IS NOT NULL THEN 0
        WHEN $4::integer IS NULL THEN d.desk_remaining - $3
        ELSE LEAST(COALESCE(d.desk_remaining - $3, $4::integer), $4::integer) END,
      desk_remaining_at = CASE WHEN $4::integer IS NULL THEN d.desk_remaining_at ELSE $6::timestamptz END,
      desk_peak = GREATEST(COALESCE(d.desk_peak, 0), COALESCE($4::integer, 0)),
      exhausted_until = COALESCE($5::timestamptz, d.exhausted_until)
  WHERE d.installation_id = $1 AND d.day = $2::date
  RETURNING d.installation_id
)
UPDATE desk_credit_usage SET credits = credits + $3
WHERE installation_id = $1 AND day = $2::date AND kind = $7 AND $3 <> 0 AND EXISTS (SELECT 1 FROM d)`,
    values: [o.installationId, o.day, o.delta, o.remaining, o.exhaustedUntil, o.now, o.kind],
  }
}

export function noteDeferredSql(installationId: string, day: string, kind: string, n: number): Sql {
  return {
    text: `INSERT INTO desk_credit_usage (installation_id, day, kind, deferred) VALUES ($1, $2::date, $3, $4)
ON CONFLICT (installation_id, day, kind) DO UPDATE SET deferred = desk_credit_usage.deferred + EXCLUDED.deferred`,
    values: [installationId, day, kind, n],
  }
}

/** one more sync tick while the interval is stretched `factor` times: 0 back means this tick runs */
export function syncTickSql(installationId: string, day: string, factor: number): Sql {
  return {
    text: `UPDATE desk_credit_days SET sync_skips = CASE WHEN sync_skips + 1 >= $3 THEN 0 ELSE sync_skips + 1 END
WHERE installation_id = $1 AND day = $2::date RETURNING sync_skips`,
    values: [installationId, day, factor],
  }
}

export function selectCreditDaySql(installationId: string, day: string): Sql {
  return { text: `SELECT ${DAY_COLUMNS} FROM desk_credit_days WHERE installation_id = $1 AND day = $2::date`, values: [installationId, day] }
}

export function selectCreditUsageSql(day: string, installationId: string | null): Sql {
  return {
    text: `SELECT installation_id, to_char(day, 'YYYY-MM-DD') AS day, kind, calls, credits, deferred FROM desk_credit_usage
WHERE day = $1::date AND ($2::text IS NULL OR installation_id = $2) ORDER BY installation_id, kind`,
    values: [day, installationId],
  }
}

export function selectCreditDaysSql(day: string): Sql {
  return { text: `SELECT ${DAY_COLUMNS} FROM desk_credit_days WHERE day = $1::date ORDER BY installation_id`, values: [day] }
}

/** events and writes waiting because the governor deferred them, by installation */
export function deferredWorkSql(): Sql {
  return {
    text: `SELECT installation_id, 'events' AS what, count(*) AS n FROM webhook_inbox
  WHERE status = 'pending' AND error LIKE 'DESK_CREDITS_DEFERRED%' GROUP BY installation_id
UNION ALL
SELECT installation_id, 'writes' AS what, count(*) AS n FROM outbox
  WHERE status = 'pending' AND last_error LIKE 'DESK_CREDITS_DEFERRED%' GROUP BY installation_id`,
    values: [],
  }
}

// ---- repository ----

export async function ensureCreditDay(db: Db, installationId: string, day: string, allowance: number | null): Promise<void> {
  await run(db, ensureCreditDaySql(installationId, day, allowance))
}

export async function reserveCredits(db: Db, o: { installationId: string; day: string; kind: string; weight: number; floor: number; reserve: number; now: Instant }): Promise<CreditDay | null> {
  const { rows } = await run<DayRow>(db, reserveCreditsSql({ ...o, now: toIso(o.now) }))
  return rows[0] ? toDay(rows[0]) : null
}

export async function settleCredits(db: Db, o: { installationId: string; day: string; kind: string; delta: number; remaining: number | null; exhaustedUntil: Instant | null; now: Instant }): Promise<void> {
  await run(db, settleCreditsSql({ ...o, exhaustedUntil: o.exhaustedUntil === null ? null : toIso(o.exhaustedUntil), now: toIso(o.now) }))
}

export async function noteDeferred(db: Db, installationId: string, day: string, kind: string, n = 1): Promise<void> {
  await run(db, noteDeferredSql(installationId, day, kind, n))
}

/** true when this sync tick runs (the interval stretched `factor` times skips the others) */
export async function syncTickRuns(db: Db, installationId: string, day: string, factor: number): Promise<boolean> {
  if (factor <= 1) return true
  const { rows } = await run<{ sync_skips: number }>(db, syncTickSql(installationId, day, factor))
  return rows.length === 0 || Number(rows[0]!.sync_skips) === 0
}

export async function getCreditDay(db: Db, installationId: string, day: string): Promise<CreditDay | null> {
  const { rows } = await run<DayRow>(db, selectCreditDaySql(installationId, day))
  return rows[0] ? toDay(rows[0]) : null
}

export async function listCreditDays(db: Db, day: string): Promise<CreditDay[]> {
  const { rows } = await run<DayRow>(db, selectCreditDaysSql(day))
  return rows.map(toDay)
}

export async function listCreditUsage(db: Db, day: string, installationId: string | null = null): Promise<CreditUsage[]> {
  const { rows } = await run<{ installation_id: string; day: Date | string; kind: string; calls: number; credits: number; deferred: number }>(
    db,
    selectCreditUsageSql(day, installationId),
  )
  return rows.map((r) => ({ installationId: r.installation_id, day: dayOf(r.day), kind: r.kind, calls: Number(r.calls), credits: Number(r.credits), deferred: Number(r.deferred) }))
}

export async function deferredWork(db: Db): Promise<Map<string, { events: number; writes: number }>> {
  const { rows } = await run<{ installation_id: string; what: 'events' | 'writes'; n: number | string }>(db, deferredWorkSql())
  const out = new Map<string, { events: number; writes: number }>()
  for (const r of rows) {
    const entry = out.get(r.installation_id) ?? { events: 0, writes: 0 }
    entry[r.what] = Number(r.n)
    out.set(r.installation_id, entry)
  }
  return out
}
