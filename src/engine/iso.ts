// Epoch milliseconds to `YYYY-MM-DDTHH:MM:SS.sssZ` without a Date object: the engine formats
// five instants per computation, and this is several times cheaper than Date#toISOString.
import { civilFromDays } from './calendar-spec.js'

const DAY_MS = 86_400_000

function pad(n: number, width: number): string {
  const s = String(n)
  return s.length >= width ? s : '0'.repeat(width - s.length) + s
}

// "00" … "99"; "HH:MM" of every minute of a day; ".sssZ" of every millisecond; the date part of
// days 1970–2149 once formatted (a ticket's instants fall on a few days, and days recur)
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)))
const HOUR_MINUTE = Array.from({ length: 1440 }, (_, m) => `${TWO[Math.floor(m / 60)]}:${TWO[m % 60]}`)
const MILLIS_Z = Array.from({ length: 1000 }, (_, ms) => `.${String(ms).padStart(3, '0')}Z`)
const DATES: string[] = []
const CACHED_DAYS = 65_536

export function isoString(ms: number): string {
  // Outside years 0000–9999 Date's own format (±YYYYYY) applies.
  if (!(ms >= -62_167_219_200_000 && ms < 253_402_300_800_000)) return new Date(ms).toISOString()
  const days = Math.floor(ms / DAY_MS)
  let rest = ms - days * DAY_MS
  let date: string | undefined
  if (days >= 0 && days < CACHED_DAYS) date = DATES[days] ??= dateOf(days)
  else date = dateOf(days)
  const minute = Math.floor(rest / 60_000)
  rest -= minute * 60_000
  const s = Math.floor(rest / 1000)
  return date + HOUR_MINUTE[minute]! + ':' + TWO[s]! + MILLIS_Z[rest - s * 1000]!
}

/** `YYYY-MM-DDT` of a day number (days since 1970-01-01). */
function dateOf(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${pad(year, 4)}-${TWO[month]}-${TWO[day]}T`
}
