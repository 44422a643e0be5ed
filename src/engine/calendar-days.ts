// The compiled calendar: a week of local working ranges plus date exceptions, turned
// day by day into sorted UTC intervals and memoised, so the hot path never touches luxon.
import { DateTime, IANAZone } from 'luxon'
import { EngineError } from './errors.js'
import { civilFromDays, weekdayIndex, type MinuteRange } from './calendar-spec.js'
import { publicHolidayDays, type PublicHolidayRegion } from './calendar-public-holidays.js'

export const DAY_MS = 86_400_000
/** The empty-calendar guard: this many consecutive local days without working time is "never". */
export const HORIZON_DAYS = 3 * 366
/** Memoised days per calendar outside 1970–2149 (about 22 years); that cache is dropped whole when full. */
const MAX_CACHED_DAYS = 8192
/** Days 0 … 65,535 (1970–2149) are memoised in an array by number (at most MAX_CACHED_DAYS of them too). */
const INDEXED_DAYS = 65_536

/** One local day: its midnight in UTC, and its working intervals as flat [start0, end0, start1, end1, …] epoch ms. */
export interface DayRecord {
  readonly start: number
  readonly iv: readonly number[]
}

export interface Calendar {
  readonly timeZone: string
}

export interface CompiledParts {
  readonly timeZone: string
  /** Index 0 = Monday; ranges normalised (sorted, merged). */
  readonly weekly: readonly (readonly MinuteRange[])[]
  readonly holidays: ReadonlySet<number>
  readonly specialDays: ReadonlyMap<number, readonly MinuteRange[]>
  readonly publicHolidays?: PublicHolidayRegion
}

export class CompiledCalendar implements Calendar {
  readonly timeZone: string
  /** Every day 00:00-24:00 and no exceptions: working time is plain elapsed time. */
  readonly allDay: boolean
  readonly #zone: IANAZone
  readonly #parts: CompiledParts
  readonly #days = new Map<number, DayRecord>()
  #byNumber: (DayRecord | undefined)[] | undefined
  #indexed = 0 // records in #byNumber
  // Last seen UTC offset, only a starting guess for dayOf(); always corrected against real midnights.
  #offsetGuess = 0

  constructor(parts: CompiledParts) {
    this.timeZone = parts.timeZone
    this.#zone = IANAZone.create(parts.timeZone)
    this.#parts = parts
    this.allDay =
      parts.holidays.size === 0 &&
      parts.specialDays.size === 0 &&
      parts.publicHolidays === undefined &&
      parts.weekly.every((day) => day.length === 1 && day[0]!.start === 0 && day[0]!.end >= 1440)
    Object.freeze(this)
  }

  /** The memoised record of local day `d` (days since 1970-01-01 in local wall-clock terms). */
  day(d: number): DayRecord {
    // Days of 1970–2149 sit in an array by number (a walk reads several per ticket); others in the map.
    if (d >= 0 && d < INDEXED_DAYS) {
      let byNumber = (this.#byNumber ??= new Array<DayRecord | undefined>(INDEXED_DAYS))
      const hit = byNumber[d]
      if (hit !== undefined) return hit
      if (++this.#indexed > MAX_CACHED_DAYS) {
        // full: start again, as the map does
        this.#byNumber = byNumber = new Array<DayRecord | undefined>(INDEXED_DAYS)
        this.#indexed = 1
      }
      return (byNumber[d] = this.#computeDay(d))
    }
    const hit = this.#days.get(d)
    if (hit !== undefined) return hit
    const rec = this.#computeDay(d)
    if (this.#days.size >= MAX_CACHED_DAYS) this.#days.clear()
    this.#days.set(d, rec)
    return rec
  }

  /** The local day whose [midnight, next midnight) holds instant t. */
  dayOf(t: number): number {
    let d = Math.floor((t + this.#offsetGuess) / DAY_MS)
    let rec = this.day(d)
    while (t < rec.start) rec = this.day(--d)
    for (;;) {
      const next = this.day(d + 1)
      if (t < next.start) break
      d++
      rec = next
    }
    this.#offsetGuess = d * DAY_MS - rec.start
    return d
  }

  #computeDay(d: number): DayRecord {
    const start = this.#localToUtc(d, 0)
    const ranges = this.#rangesOf(d)
    const pairs: [number, number][] = []
    for (const r of ranges) {
      const s = this.#localToUtc(d, r.start)
      const e = this.#localToUtc(d, r.end)
      if (e > s) pairs.push([s, e])
    }
    // A DST gap can map two local ranges onto touching UTC intervals: merge again after conversion.
    pairs.sort((a, b) => a[0] - b[0])
    const iv: number[] = []
    for (const [s, e] of pairs) {
      const n = iv.length
      if (n > 0 && s <= iv[n - 1]!) iv[n - 1] = Math.max(iv[n - 1]!, e)
      else iv.push(s, e)
    }
    return Object.freeze({ start, iv: Object.freeze(iv) })
  }

  // specialDays win over holidays: they are the admin's explicit hours for that date
  // (e.g. a short day opened on a public holiday).
  #rangesOf(d: number): readonly MinuteRange[] {
    const p = this.#parts
    const special = p.specialDays.get(d)
    if (special !== undefined) return special
    if (p.holidays.has(d)) return []
    if (p.publicHolidays !== undefined && publicHolidayDays(p.publicHolidays, civilFromDays(d).year).has(d)) return []
    return p.weekly[weekdayIndex(d)]!
  }

  // Local wall-clock minute of day d (may be >= 1440: the next day) to epoch ms.
  // Non-existent local times (spring-forward gap) move forward, as luxon does.
  #localToUtc(d: number, minute: number): number {
    const day = d + Math.floor(minute / 1440)
    const m = minute % 1440
    const { year, month, day: dom } = civilFromDays(day)
    const dt = DateTime.fromObject(
      { year, month, day: dom, hour: Math.floor(m / 60), minute: m % 60 },
      { zone: this.#zone },
    )
    const ms = dt.toMillis()
    if (!Number.isFinite(ms)) {
      throw new EngineError('SLA_BAD_DATE', `local date ${year}-${month}-${dom} is outside the supported range`, {
        timeZone: this.timeZone,
        year,
      })
    }
    return ms
  }
}
