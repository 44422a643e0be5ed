// The benchmark's peer: moment-business-time (on moment-timezone) configured from one of our
// CalendarSpecs, so both libraries compute the same due dates from the same working hours.
//
// How the peer works (node_modules/moment-business-time/lib/business-hours.js):
// - working hours and holidays live in moment's *global* locale (`workinghours`: day 0 = Sunday,
//   a flat list of 'HH:MM:SS' open/close pairs; `holidays`: date globs on the local date);
// - it applies them in the zone of the moment it is given: a moment-timezone moment
//   (`moment.tz(ms, zone)`) gets the hours as local wall-clock times of that zone;
// - `addWorkingTime(n, 'minutes')` walks segment by segment in whole minutes (`'hours'` is
//   just n * 60 minutes), so durations must be whole minutes;
// - a segment end is inclusive and cannot be 24:00: '23:59:59' is the usual stand-in. It loses
//   a second a day, and worse: stepping in whole minutes, the walk overshoots 23:59:59 and, when
//   the next day starts at 00:00, counts the overshoot twice, so the seconds part x of its
//   position becomes 2x + 1 at every midnight into a working day. The 24x5 comparison is
//   therefore to one working minute, from starts on whole minutes (bench/engine-mix.ts).
// Each calendar gets its own locale; `addWorkingTime` switches the global locale when the
// calendar changes (cheap, and free when a run is grouped by calendar).
import { createRequire } from 'node:module'
import type momentTz from 'moment-timezone'
import { CalendarSpec, workingTimeBetween, type Calendar, type CalendarSpecInput, type Weekday } from '../src/engine/calendar.js'

const require = createRequire(import.meta.url)
// moment-business-time patches moment.fn; moment-timezone must decorate the very same moment.
const businessMoment = require('moment-business-time') as typeof momentTz
const moment = require('moment-timezone') as typeof momentTz
if (businessMoment !== moment || typeof (moment.fn as { addWorkingTime?: unknown }).addWorkingTime !== 'function') {
  throw new Error('moment-business-time and moment-timezone do not share one moment instance')
}

interface BusinessMoment extends momentTz.Moment {
  addWorkingTime(amount: number, unit: 'minutes'): BusinessMoment
}

/** moment's day() index (0 = Sunday) of our weekday names. */
const MOMENT_DAY: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }
/** The peer's stand-in for a working day ending at 24:00. */
export const MIDNIGHT_STAND_IN = '23:59:59'

export interface PeerConfig {
  /** moment's `workinghours`: day 0 = Sunday, null = closed */
  workinghours: Record<number, string[] | null>
  holidays: string[]
  /** true when some day ends at 24:00 and '23:59:59' stands in for it */
  midnightStandIn: boolean
}

/** The peer's locale data for one of our calendar specs; throws on what the peer cannot express. */
export function peerConfig(spec: CalendarSpecInput): PeerConfig {
  const s = CalendarSpec.parse(spec)
  if (Object.keys(s.specialDays).length > 0) throw new Error('moment-business-time has no date-specific hours (specialDays)')
  if (s.publicHolidays) throw new Error('moment-business-time has no public-holiday library (publicHolidays)')
  const weekend = new Set(s.weekendDays)
  const workinghours: Record<number, string[] | null> = {}
  let midnightStandIn = false
  for (const [day, index] of Object.entries(MOMENT_DAY) as [Weekday, number][]) {
    const ranges = s.hours?.[day] ?? (weekend.has(day) ? [] : ['00:00-24:00'])
    const flat: string[] = []
    for (const range of [...ranges].sort()) {
      const [from, to] = range.split('-') as [string, string]
      if (to !== '24:00' && to <= from) throw new Error(`moment-business-time cannot express a shift past midnight (${range})`)
      if (to === '24:00') midnightStandIn = true
      flat.push(`${from}:00`, to === '24:00' ? MIDNIGHT_STAND_IN : `${to}:00`)
    }
    workinghours[index] = flat.length > 0 ? flat : null
  }
  const holidays = s.holidays.map((h) => (typeof h === 'string' ? h : h.date))
  return { workinghours, holidays, midnightStandIn }
}

export interface PeerCalendar {
  readonly timeZone: string
  readonly locale: string
  readonly midnightStandIn: boolean
  /** The due instant (epoch ms) of `durationMs` (whole minutes) of working time from `startMs`. */
  addWorkingTime(startMs: number, durationMs: number): number
}

const definedLocales = new Map<string, string>() // config JSON -> locale name

/** A peer calendar with the same working hours, holidays and time zone as `spec`. */
export function peerCalendar(spec: CalendarSpecInput): PeerCalendar {
  const config = peerConfig(spec)
  const timeZone = CalendarSpec.parse(spec).timeZone
  if (moment.tz.zone(timeZone) === null) throw new Error(`moment-timezone does not know the zone ${timeZone}`)
  const key = JSON.stringify({ w: config.workinghours, h: config.holidays })
  let locale = definedLocales.get(key)
  if (locale === undefined) {
    locale = `desk-sla-peer-${definedLocales.size + 1}`
    const previous = moment.locale()
    // Unknown keys of a locale spec become locale data (`_workinghours`, `_holidays`), which is
    // where moment-business-time reads them.
    moment.defineLocale(locale, { parentLocale: 'en', workinghours: config.workinghours, holidays: config.holidays } as momentTz.LocaleSpecification)
    moment.locale(previous) // defineLocale also switches the global locale
    definedLocales.set(key, locale)
  }
  const name = locale
  return {
    timeZone,
    locale: name,
    midnightStandIn: config.midnightStandIn,
    addWorkingTime(startMs: number, durationMs: number): number {
      const minutes = durationMs / 60_000
      if (!Number.isInteger(minutes) || minutes < 0) throw new Error(`the peer adds whole minutes only, not ${durationMs} ms`)
      if (moment.locale() !== name) moment.locale(name)
      return (moment.tz(startMs, timeZone) as BusinessMoment).addWorkingTime(minutes, 'minutes').valueOf()
    },
  }
}

/** The global locale, to restore after using peers (they switch it). */
export function currentPeerLocale(): string {
  return moment.locale()
}

export function restorePeerLocale(locale: string): void {
  moment.locale(locale)
}

export interface DueDateComparison {
  agree: boolean
  /** peer minus ours, wall-clock ms */
  deltaMs: number
  /** working time (our calendar) between the two due dates, ms */
  workingDeltaMs: number
}

/** One working minute: how far a 24x5 peer result may be from ours ('23:59:59' loses a second a day). */
export const STAND_IN_TOLERANCE_MS = 60_000

/**
 * Do our due date and the peer's agree? Exactly (to the millisecond) on calendars the peer can
 * express; within one working minute of our calendar where '23:59:59' stands in for 24:00 (a
 * due date of Friday 24:00 then shows as the peer's Monday 00:00:01: one second of working
 * time apart, though two days on the wall clock).
 */
export function compareDueDates(cal: Calendar, midnightStandIn: boolean, oursMs: number, peerMs: number): DueDateComparison {
  const workingDeltaMs = workingTimeBetween(cal, Math.min(oursMs, peerMs), Math.max(oursMs, peerMs))
  const agree = midnightStandIn ? workingDeltaMs < STAND_IN_TOLERANCE_MS : oursMs === peerMs
  return { agree, deltaMs: peerMs - oursMs, workingDeltaMs }
}
