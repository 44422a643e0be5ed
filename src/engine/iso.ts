// Epoch milliseconds to `YYYY-MM-DDTHH:MM:SS.sssZ` without a Date object: the engine formats
// five instants per computation, and this is several times cheaper than Date#toISOString.
import { civilFromDays } from './calendar-spec.js'

const DAY_MS = 86_400_000

function pad(n: number, width: number): string {
  const s = String(n)
  return s.length >= width ? s : '0'.repeat(width - s.length) + s
}

// "00" … "99", and the date part of the last day formatted (instants of one ticket share days)
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)))
let lastDay = NaN
let lastDate = ''

export function isoString(ms: number): string {
  // Outside years 0000–9999 Date's own format (±YYYYYY) applies.
  if (!(ms >= -62_167_219_200_000 && ms < 253_402_300_800_000)) return new Date(ms).toISOString()
  const days = Math.floor(ms / DAY_MS)
  let rest = ms - days * DAY_MS
  if (days !== lastDay) {
    lastDate = dateOf(days)
    lastDay = days
  }
  const h = Math.floor(rest / 3_600_000)
  rest -= h * 3_600_000
  const m = Math.floor(rest / 60_000)
  rest -= m * 60_000
  const s = Math.floor(rest / 1000)
  const msPart = rest - s * 1000
  return `${lastDate}${TWO[h]}:${TWO[m]}:${TWO[s]}.${msPart < 10 ? '00' : msPart < 100 ? '0' : ''}${msPart}Z`
}

/** `YYYY-MM-DDT` of a day number (days since 1970-01-01). */
function dateOf(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${pad(year, 4)}-${TWO[month]}-${TWO[day]}T`
}
