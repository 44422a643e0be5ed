// Interval walkers over a compiled calendar. Each walks local days forward from the day
// before the start (a night shift of that day may still be running), clipping every
// working interval to what has not been counted yet and cutting the pauses out of it.
import { EngineError } from './errors.js'
import { DAY_MS, HORIZON_DAYS, type CompiledCalendar } from './calendar-days.js'
import { isPaused } from './calendar-pauses.js'

/**
 * The instant at which `duration` ms of unpaused working time, counted from `start`, is used up.
 * duration 0 gives the next working instant. When the time runs out exactly at the end of a
 * working period (or where a pause begins) that end is returned, not the next period's start:
 * a due date of "Friday 24:00" is met by work done on Friday, so it must not slide to Monday.
 * Returns +Infinity when an open-ended pause swallows the rest.
 */
export function walkAdd(c: CompiledCalendar, start: number, duration: number, P: readonly number[]): number {
  ONE[0] = duration
  walkMany(c, start, ONE, PLACED, start, P)
  return PLACED[0]!
}

// scratch for walkAdd's single duration (the walkers call out to nothing: no re-entry)
const ONE = [0]
const PLACED = [0]
const NOTHING: readonly number[] = []

/**
 * walkAdd for several durations and walkBetween(start, until) in one walk: due[j] is the instant
 * at which sorted[j] ms are used up (sorted ascending), and the return value is the unpaused
 * working time in [start, until). The walk ends once every duration is placed and `until` passed;
 * durations flagged in `optional` need not be: of those, only the first beyond the working time
 * up to `until` is sure to be placed, the others may come back NaN.
 */
export function walkMany(
  c: CompiledCalendar,
  start: number,
  sorted: readonly number[],
  due: number[],
  until: number,
  P: readonly number[],
  optional?: readonly boolean[],
): number {
  const nd = sorted.length
  let required = nd // durations [0, required) hold every one not flagged optional
  if (optional) while (required > 0 && optional[required - 1]) required--
  let end = nd // the walk may stop once durations [0, end) are placed and `until` passed
  let j = 0 // the next duration to place
  let used = 0 // working time counted from start up to pos
  let elapsed = -1 // -1 until `until` is passed
  if (until <= start) {
    elapsed = 0
    if (optional) end = wanted(optional, sorted, required, 0)
  }
  let pos = start
  let day = c.dayOf(start) - 1
  let k = 0
  let emptyDays = 0
  for (;;) {
    const rec = c.day(day)
    const iv = rec.iv
    if (iv.length === 0) {
      if (j < end && ++emptyDays > HORIZON_DAYS) throw emptyCalendar(c, start)
    } else {
      emptyDays = 0
      for (let i = 0; i < iv.length; i += 2) {
        const e = iv[i + 1]!
        if (e <= pos) continue
        let s = iv[i]! > pos ? iv[i]! : pos
        while (s < e) {
          while (k < P.length && P[k + 1]! <= s) k += 2
          if (k < P.length && P[k]! <= s) {
            s = P[k + 1]! // inside a pause: resume where it ends
            continue
          }
          const stop = k < P.length && P[k]! < e ? P[k]! : e
          const len = stop - s
          if (elapsed < 0 && until <= stop) {
            elapsed = used + (until > s ? until - s : 0)
            if (optional) end = wanted(optional, sorted, required, elapsed)
          }
          while (j < nd && sorted[j]! - used <= len) {
            due[j] = s + (sorted[j]! - used)
            j++
          }
          if (j >= end && elapsed >= 0) return finish(due, j, nd, elapsed)
          used += len
          s = stop
        }
        pos = s
      }
      if (pos === Infinity) {
        // an open-ended pause holds the clock: nothing more is placed or counted
        while (j < nd) due[j++] = Infinity
        return elapsed >= 0 ? elapsed : used
      }
    }
    // Past `until` with nothing counted in between (a gap in working time): the count is final.
    if (elapsed < 0 && rec.start >= until) {
      elapsed = used
      if (optional) end = wanted(optional, sorted, required, elapsed)
    }
    if (j >= end && elapsed >= 0) return finish(due, j, nd, elapsed)
    day++
    // A long pause may have carried pos far ahead: jump there instead of visiting every day.
    if (pos - rec.start > 3 * DAY_MS) day = Math.max(day, c.dayOf(pos) - 1)
  }
}

/** How many durations must be placed once the working time up to `until` is known: the required ones and the first optional one beyond it. */
function wanted(optional: readonly boolean[], sorted: readonly number[], required: number, elapsed: number): number {
  let f = 0
  while (f < sorted.length && !(optional[f] && sorted[f]! > elapsed)) f++
  return f < sorted.length ? Math.max(required, f + 1) : required
}

/** The walk's answer, durations it did not need to place marked NaN. */
function finish(due: number[], placed: number, nd: number, elapsed: number): number {
  for (let r = placed; r < nd; r++) due[r] = NaN
  return elapsed
}

/** Unpaused working time in [from, to). */
export function walkBetween(c: CompiledCalendar, from: number, to: number, P: readonly number[]): number {
  return walkMany(c, from, NOTHING, PLACED, to, P)
}

/** Whether t is inside a working interval and outside every pause. */
export function workingAt(c: CompiledCalendar, t: number, P: readonly number[]): boolean {
  if (P.length > 0 && isPaused(P, t)) return false
  if (c.allDay) return true
  const d = c.dayOf(t)
  return inDay(c.day(d - 1).iv, t) || inDay(c.day(d).iv, t)
}

function inDay(iv: readonly number[], t: number): boolean {
  for (let i = 0; i < iv.length; i += 2) {
    if (t < iv[i]!) return false
    if (t < iv[i + 1]!) return true
  }
  return false
}

function emptyCalendar(c: CompiledCalendar, from: number): EngineError {
  return new EngineError('SLA_EMPTY_CALENDAR', `no working time within ${HORIZON_DAYS} days of the start`, {
    timeZone: c.timeZone,
    from: new Date(from).toISOString(),
  })
}
