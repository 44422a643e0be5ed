// The working-time calendar: which instants count as working time in a region, and
// how to add or measure working time. Pure: no clock, no env, no I/O.
// Working periods are local wall-clock ranges of the calendar's time zone; working time is
// the real time elapsed inside them, so a DST change moves period boundaries in UTC but
// never moves a target by a stray hour. All instants are epoch ms; intervals are half-open.
import { DateTime } from 'luxon'
import { EngineError } from './errors.js'
import {
  CalendarSpec,
  normaliseRanges,
  parseLocalDate,
  parseTimeRange,
  WEEKDAYS,
  type CalendarSpecInput,
  type MinuteRange,
} from './calendar-spec.js'
import { CompiledCalendar, type Calendar } from './calendar-days.js'
import { checkPublicHolidayRegion } from './calendar-public-holidays.js'
import { normalisePauses, type Pause } from './calendar-pauses.js'
import { walkAdd, walkBetween, walkMany, workingAt } from './calendar-walk.js'

export { CalendarSpec, TimeRange, Weekday, type CalendarSpecInput } from './calendar-spec.js'
export type { Calendar } from './calendar-days.js'
export type { Pause } from './calendar-pauses.js'

const FULL_DAY: readonly MinuteRange[] = Object.freeze([{ start: 0, end: 1440 }])
// Date's own range; luxon and the day arithmetic are exact inside it.
const MAX_INSTANT = 8.64e15

/** Validates (zone, dates, ranges, public-holiday region) and compiles a calendar; throws EngineError. */
export function compileCalendar(spec: CalendarSpecInput): Calendar {
  const parsed = CalendarSpec.safeParse(spec)
  if (!parsed.success) throw specError(spec, parsed.error.issues)
  const s = parsed.data
  const weekend = new Set(s.weekendDays)
  const weekly = WEEKDAYS.map((wd) => {
    const listed = s.hours?.[wd]
    if (listed !== undefined) return Object.freeze(normaliseRanges(listed.map(parseTimeRange)))
    return weekend.has(wd) ? Object.freeze([]) : FULL_DAY
  })
  const holidays = new Set<number>()
  for (const h of s.holidays) holidays.add(parseLocalDate(typeof h === 'string' ? h : h.date)!)
  const specialDays = new Map<number, readonly MinuteRange[]>()
  for (const [date, ranges] of Object.entries(s.specialDays)) {
    specialDays.set(parseLocalDate(date)!, Object.freeze(normaliseRanges(ranges.map(parseTimeRange))))
  }
  if (weekly.every((d) => d.length === 0) && [...specialDays.values()].every((d) => d.length === 0)) {
    throw new EngineError('SLA_EMPTY_CALENDAR', `calendar for ${s.timeZone} has no working hours on any day`, {
      timeZone: s.timeZone,
    })
  }
  const publicHolidays = s.publicHolidays && checkPublicHolidayRegion(s.publicHolidays)
  return new CompiledCalendar({ timeZone: s.timeZone, weekly, holidays, specialDays, publicHolidays })
}

const allDayByZone = new Map<string, Calendar>()

/** The 24x7 clock of a zone: every day 00:00-24:00, no holidays; working time is plain elapsed time. */
export function allDayCalendar(timeZone: string): Calendar {
  let cal = allDayByZone.get(timeZone)
  if (cal === undefined) {
    cal = compileCalendar({ timeZone, weekendDays: [] })
    allDayByZone.set(timeZone, cal)
  }
  return cal
}

/**
 * The instant at which `durationMs` of working time (outside pauses) counted from `start` is used up.
 * A start outside working time begins at the next working instant; durationMs 0 returns that instant.
 * Time running out exactly at the end of a working period returns that end (24x5 London,
 * Fri 20:00 + 4 h = Sat 00:00 local), not the next period's start: the work fits in Friday.
 */
export function addWorkingTime(cal: Calendar, start: number, durationMs: number, pauses?: readonly Pause[]): number {
  const c = compiled(cal)
  checkInstant(start, 'start')
  checkDuration(durationMs)
  const P = normalisePauses(pauses)
  if (c.allDay && P.length === 0) return start + durationMs
  return walkAdd(c, start, durationMs, P)
}

/** Working time (outside pauses) in [from, to); 0 if to <= from. */
export function workingTimeBetween(cal: Calendar, from: number, to: number, pauses?: readonly Pause[]): number {
  const c = compiled(cal)
  checkInstant(from, 'from')
  checkInstant(to, 'to')
  if (to <= from) return 0
  const P = normalisePauses(pauses)
  if (c.allDay && P.length === 0) return to - from
  return walkBetween(c, from, to, P)
}

/**
 * Several due instants from one start and the working time up to `until`, in one walk:
 * `due[j]` is addWorkingTime(cal, start, durationsMs[j], pauses) and `elapsed` is
 * workingTimeBetween(cal, start, until, pauses). A ticket's targets and escalation limits all
 * count from its creation: one walk serves them all. Durations flagged in `optional` (escalation
 * limits: only the next one to be reached matters) need not be placed: of those, only the first
 * beyond `elapsed` is sure to be, the others may come back NaN.
 */
export function workingTimeline(
  cal: Calendar,
  start: number,
  durationsMs: readonly number[],
  until: number,
  pauses?: readonly Pause[],
  optional?: readonly boolean[],
): { due: number[]; elapsed: number } {
  const c = compiled(cal)
  checkInstant(start, 'start')
  checkInstant(until, 'until')
  for (const d of durationsMs) checkDuration(d)
  const P = normalisePauses(pauses)
  const n = durationsMs.length
  const due: number[] = new Array(n)
  if (c.allDay && P.length === 0) {
    for (let j = 0; j < n; j++) due[j] = start + durationsMs[j]!
    return { due, elapsed: until > start ? until - start : 0 }
  }
  // the walk places durations in ascending order: sorted already, they need no index
  let ascending = true
  for (let j = 1; j < n; j++) if (durationsMs[j]! < durationsMs[j - 1]!) ascending = false
  if (ascending) return { due, elapsed: walkMany(c, start, durationsMs, due, until, P, optional) }
  // else the walk goes through them sorted (indices in duration order; the sort is stable)
  const order = durationsMs.map((_, j) => j).sort((x, y) => durationsMs[x]! - durationsMs[y]!)
  const placed: number[] = new Array(n)
  const elapsed = walkMany(c, start, order.map((j) => durationsMs[j]!), placed, until, P, optional && order.map((j) => optional[j] === true))
  for (let r = 0; r < n; r++) due[order[r]!] = placed[r]!
  return { due, elapsed }
}

/** `at` itself if it is working and not paused, else the first instant after it that is. */
export function nextWorkingInstant(cal: Calendar, at: number, pauses?: readonly Pause[]): number {
  const c = compiled(cal)
  checkInstant(at, 'at')
  const P = normalisePauses(pauses)
  if (c.allDay && P.length === 0) return at
  return walkAdd(c, at, 0, P)
}

export function isWorkingInstant(cal: Calendar, at: number, pauses?: readonly Pause[]): boolean {
  const c = compiled(cal)
  checkInstant(at, 'at')
  return workingAt(c, at, normalisePauses(pauses))
}

/**
 * addWorkingTime with ISO text in and out. An ISO string without an offset is read as local
 * time of the calendar's zone; the result is UTC with millis (2026-03-09T02:00:00.000Z).
 */
export function addWorkingMinutes(cal: Calendar, startIso: string, minutes: number, pauses?: readonly Pause[]): string {
  const c = compiled(cal)
  const dt = DateTime.fromISO(startIso, { zone: c.timeZone })
  if (!dt.isValid) {
    throw new EngineError('SLA_BAD_DATE', `not an ISO 8601 instant: "${startIso}"`, { value: startIso })
  }
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new EngineError('SLA_BAD_INPUT', 'minutes must be a finite number >= 0', { minutes })
  }
  const due = addWorkingTime(c, dt.toMillis(), minutes * 60_000, pauses)
  if (!Number.isFinite(due)) {
    throw new EngineError('SLA_BAD_INPUT', 'no due instant: an open-ended pause holds the clock', { startIso, minutes })
  }
  if (Math.abs(due) > MAX_INSTANT) {
    throw new EngineError('SLA_BAD_DATE', 'the due instant lies beyond the representable dates', { startIso, minutes })
  }
  return new Date(due).toISOString()
}

function compiled(cal: Calendar): CompiledCalendar {
  if (cal instanceof CompiledCalendar) return cal
  throw new EngineError('SLA_BAD_INPUT', 'not a compiled calendar: build it with compileCalendar()', {})
}

function checkInstant(t: number, name: string): void {
  if (typeof t !== 'number' || !(Math.abs(t) <= MAX_INSTANT)) {
    throw new EngineError('SLA_BAD_DATE', `${name} is not a valid instant (epoch ms)`, { [name]: t })
  }
}

function checkDuration(ms: number): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new EngineError('SLA_BAD_INPUT', 'a duration must be a finite number of ms >= 0', { durationMs: ms })
  }
}

interface Issue {
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly code: string
}

// One code for the whole spec, the most specific its issues allow; every issue travels in the details.
function specError(spec: unknown, issues: readonly Issue[]): EngineError {
  const all = issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }))
  const zone = issues.find((i) => i.path[0] === 'timeZone' && i.code === 'custom')
  if (zone) {
    const timeZone = (spec as { timeZone?: unknown }).timeZone
    return new EngineError('SLA_UNKNOWN_TIME_ZONE', `unknown time zone "${String(timeZone)}"`, { timeZone, issues: all })
  }
  const date = issues.findIndex((i) => (i.path[0] === 'holidays' || i.path[0] === 'specialDays') && (/date/.test(i.message) || i.code === 'invalid_key'))
  if (date >= 0) return new EngineError('SLA_BAD_DATE', `calendar ${all[date]!.path}: ${all[date]!.message}`, { issues: all })
  return new EngineError('SLA_BAD_INPUT', `calendar ${all[0]!.path}: ${all[0]!.message}`, { issues: all })
}
