// Epoch milliseconds to `YYYY-MM-DDTHH:MM:SS.sssZ` without a Date object: the engine formats
// five instants per computation, and this is several times cheaper than Date#toISOString.
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
  // civil-from-days (Howard Hinnant), proleptic Gregorian
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return `${pad(year, 4)}-${TWO[month]}-${TWO[day]}T`
}
