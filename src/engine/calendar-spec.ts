// The calendar as configured: zod schemas for the edge, and the small parsers that
// turn "HH:MM-HH:MM" and "YYYY-MM-DD" into numbers the compiled calendar works with.
import { z } from 'zod'
import { IANAZone } from 'luxon'

const TIME_RANGE_RE = /^([01]\d|2[0-3]):([0-5]\d)-(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "HH:MM-HH:MM" local wall-clock; end may be "24:00"; end <= start crosses midnight ("22:00-06:00"). */
export const TimeRange: z.ZodType<string> = z
  .string()
  .regex(TIME_RANGE_RE, 'expected "HH:MM-HH:MM" (end may be 24:00; end <= start crosses midnight)')

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
export type Weekday = z.infer<typeof Weekday>

/** Weekday names in ISO order: index 0 is Monday, as luxon's weekday 1. */
export const WEEKDAYS: readonly Weekday[] = Weekday.options

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone)
}

/** Days since 1970-01-01 of a real Gregorian date "YYYY-MM-DD", or undefined when it is not one. */
export function parseLocalDate(text: string): number | undefined {
  const m = LOCAL_DATE_RE.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return daysFromCivil(year, month, day)
}

const LocalDate = z.string().refine((s) => parseLocalDate(s) !== undefined, {
  message: 'expected a real date "YYYY-MM-DD"',
})

export const CalendarSpec = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, { message: 'unknown IANA time zone' }),
    weekendDays: z.array(Weekday).default(['sat', 'sun']),
    // Partial: a weekday absent here is "00:00-24:00", unless it is a weekend day (then closed).
    hours: z.partialRecord(Weekday, z.array(TimeRange)).optional(),
    holidays: z
      .array(z.union([LocalDate, z.object({ date: LocalDate, name: z.string().optional() }).strict()]))
      .default([]),
    specialDays: z.record(LocalDate, z.array(TimeRange)).default({}),
    publicHolidays: z.object({ country: z.string().min(2), state: z.string().optional() }).strict().optional(),
  })
  .strict()
export type CalendarSpec = z.infer<typeof CalendarSpec>
export type CalendarSpecInput = z.input<typeof CalendarSpec>

/** A range as minutes after the local midnight of the day it starts: end in (start, start + 1440]. */
export interface MinuteRange {
  readonly start: number
  readonly end: number
}

export function parseTimeRange(text: string): MinuteRange {
  const m = TIME_RANGE_RE.exec(text)
  if (!m) throw new TypeError(`not a time range: ${text}`)
  const start = Number(m[1]) * 60 + Number(m[2])
  let end = m[5] === '24' ? 1440 : Number(m[3]) * 60 + Number(m[4])
  // end <= start: the shift crosses midnight and belongs to the day it starts.
  if (end <= start) end += 1440
  return { start, end }
}

/** Sorted, with overlapping or touching ranges merged. */
export function normaliseRanges(ranges: readonly MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const out: { start: number; end: number }[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ start: r.start, end: r.end })
  }
  return out
}

// Gregorian day arithmetic (H. Hinnant, "chrono-compatible low-level date algorithms").
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z0 = days + 719468
  const era = Math.floor(z0 / 146097)
  const doe = z0 - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** 0 = Monday … 6 = Sunday for a day count since 1970-01-01 (a Thursday). */
export function weekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
