import { expect } from 'chai'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { DAY_MS, HORIZON_DAYS, type CompiledCalendar } from '../../src/engine/calendar-days.js'
import { normalisePauses } from '../../src/engine/calendar-pauses.js'
import {
  addWorkingTime,
  allDayCalendar,
  compileCalendar,
  isWorkingInstant,
  nextWorkingInstant,
  workingTimeBetween,
  workingTimeline,
  type Calendar,
  type Pause,
} from '../../src/engine/calendar.js'

const MIN = 60_000
const H = 60 * MIN
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Singapore', 'Asia/Kolkata', 'Asia/Dubai']
const FROM = Date.UTC(2024, 0, 1)
const TO = Date.UTC(2030, 11, 31)

const weekdays = (ranges: string[]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges })

// The kinds of calendar the service ships or admins configure, with an independent
// wall-clock oracle for "is this local time working?" (weekday 1 = Monday, minute of day).
interface Kind {
  readonly name: string
  readonly build: (zone: string) => Calendar
  readonly oracle?: (weekday: number, minute: number) => boolean
}
const KINDS: readonly Kind[] = [
  { name: '24x5', build: (timeZone) => compileCalendar({ timeZone }), oracle: (wd) => wd <= 5 },
  { name: '24x7', build: (timeZone) => allDayCalendar(timeZone), oracle: () => true },
  {
    name: '24x7 walked day by day',
    build: (timeZone) => compileCalendar({ timeZone, weekendDays: [], holidays: ['2099-01-01'] }),
    oracle: () => true,
  },
  {
    name: '09:00-17:30',
    build: (timeZone) => compileCalendar({ timeZone, hours: weekdays(['09:00-17:30']) }),
    oracle: (wd, m) => wd <= 5 && m >= 540 && m < 1050,
  },
  {
    name: '09:00-12:00 + 13:00-17:00',
    build: (timeZone) => compileCalendar({ timeZone, hours: weekdays(['09:00-12:00', '13:00-17:00']) }),
    oracle: (wd, m) => wd <= 5 && ((m >= 540 && m < 720) || (m >= 780 && m < 1020)),
  },
  {
    name: 'night shift 22:00-06:00',
    build: (timeZone) => compileCalendar({ timeZone, hours: weekdays(['22:00-06:00']) }),
    oracle: (wd, m) => (wd <= 5 && m >= 1320) || (wd >= 2 && wd <= 6 && m < 360),
  },
  {
    name: '24x5 with holidays and a short day',
    build: (timeZone) =>
      compileCalendar({
        timeZone,
        holidays: ['2024-12-25', '2026-12-25', '2028-02-29', '2030-01-01'],
        specialDays: { '2026-12-24': ['09:00-13:00'], '2027-03-06': ['10:00-12:00'] },
      }),
  },
]
const calendars = new Map<string, Calendar>()
function calendarOf(kind: number, zone: number): Calendar {
  const key = `${kind}/${zone}`
  let cal = calendars.get(key)
  if (!cal) {
    cal = KINDS[kind]!.build(ZONES[zone]!)
    calendars.set(key, cal)
  }
  return cal
}

const arbCalendar = fc.record({ kind: fc.nat(KINDS.length - 1), zone: fc.nat(ZONES.length - 1) })
// Random milliseconds, plus instants on the half hour so period boundaries are hit exactly.
const arbInstant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.integer({ min: FROM / (30 * MIN), max: TO / (30 * MIN) }).map((n) => n * 30 * MIN),
)
const arbDuration = fc.oneof(
  fc.integer({ min: 0, max: 80 * H }),
  fc.integer({ min: 0, max: 160 }).map((n) => n * 30 * MIN),
)
const arbPauses = (around: number) =>
  fc.array(
    fc.record({ offset: fc.integer({ min: -24 * H, max: 96 * H }), length: fc.integer({ min: 0, max: 72 * H }) }),
    { maxLength: 4 },
  ).map((ps): Pause[] => ps.map(({ offset, length }) => ({ start: around + offset, end: around + offset + length })))

const arbCase = fc
  .record({ cal: arbCalendar, start: arbInstant, duration: arbDuration })
  .chain((c) => arbPauses(c.start).map((pauses) => ({ ...c, pauses })))

const RUNS = { numRuns: 400 }

// The two separate walkers the single walk replaced (one per due date, one for the time so
// far): kept here as the oracle it must agree with.
function referenceAdd(c: CompiledCalendar, start: number, duration: number, P: readonly number[]): number {
  let remaining = duration
  let pos = start
  let day = c.dayOf(start) - 1
  let k = 0
  let emptyDays = 0
  for (;;) {
    const rec = c.day(day)
    const iv = rec.iv
    if (iv.length === 0) {
      if (++emptyDays > HORIZON_DAYS) throw new Error('empty calendar')
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
          if (remaining <= len) return s + remaining
          remaining -= len
          s = stop
        }
        pos = s
      }
      if (pos === Infinity) return Infinity
    }
    day++
    // A long pause may have carried pos far ahead: jump there instead of visiting every day.
    if (pos - rec.start > 3 * DAY_MS) day = Math.max(day, c.dayOf(pos) - 1)
  }
}
function referenceBetween(c: CompiledCalendar, from: number, to: number, P: readonly number[]): number {
  let total = 0
  let pos = from
  let day = c.dayOf(from) - 1
  let k = 0
  for (;;) {
    const rec = c.day(day)
    if (rec.start >= to) return total
    const iv = rec.iv
    for (let i = 0; i < iv.length; i += 2) {
      if (iv[i]! >= to) return total
      const e = iv[i + 1]! < to ? iv[i + 1]! : to
      if (e <= pos) continue
      let s = iv[i]! > pos ? iv[i]! : pos
      while (s < e) {
        while (k < P.length && P[k + 1]! <= s) k += 2
        if (k < P.length && P[k]! <= s) {
          s = P[k + 1]!
          continue
        }
        const stop = k < P.length && P[k]! < e ? P[k]! : e
        total += stop - s
        s = stop
      }
      pos = s
    }
    if (pos >= to) return total
    day++
    if (pos - rec.start > 3 * DAY_MS) day = Math.max(day, c.dayOf(pos) - 1)
  }
}

describe('calendar properties', () => {
  it('measures back exactly the working time it added, from the next working instant', () => {
    fc.assert(
      fc.property(arbCase, ({ cal, start, duration, pauses }) => {
        const c = calendarOf(cal.kind, cal.zone)
        for (const P of [[], pauses]) {
          const due = addWorkingTime(c, start, duration, P)
          const begin = nextWorkingInstant(c, start, P)
          expect(begin).to.be.at.least(start)
          expect(due).to.be.at.least(begin)
          expect(workingTimeBetween(c, begin, due, P)).to.equal(duration)
          expect(workingTimeBetween(c, start, due, P)).to.equal(duration)
        }
      }),
      RUNS,
    )
  })

  it('never gives an earlier due date for a longer duration', () => {
    fc.assert(
      fc.property(arbCase, arbDuration, ({ cal, start, duration, pauses }, extra) => {
        const c = calendarOf(cal.kind, cal.zone)
        expect(addWorkingTime(c, start, duration + extra, pauses)).to.be.at.least(addWorkingTime(c, start, duration, pauses))
      }),
      RUNS,
    )
  })

  it('never lands inside non-working time: the due instant, or the millisecond before it, is working', () => {
    fc.assert(
      fc.property(arbCase, ({ cal, start, duration, pauses }) => {
        const c = calendarOf(cal.kind, cal.zone)
        const due = addWorkingTime(c, start, duration, pauses)
        if (duration === 0) expect(isWorkingInstant(c, due, pauses)).to.equal(true)
        else expect(isWorkingInstant(c, due - 1, pauses)).to.equal(true)
      }),
      RUNS,
    )
  })

  it('splits an addition anywhere: adding a then b lands where adding a + b does', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 40 * H }), ({ cal, start, duration, pauses }, more) => {
        const c = calendarOf(cal.kind, cal.zone)
        const halfway = addWorkingTime(c, start, duration, pauses)
        expect(addWorkingTime(c, halfway, more, pauses)).to.equal(addWorkingTime(c, start, duration + more, pauses))
      }),
      RUNS,
    )
  })

  it('runs the 24x7 clock as plain addition, in every zone and across DST', () => {
    fc.assert(
      fc.property(fc.nat(ZONES.length - 1), arbInstant, arbDuration, (zone, start, duration) => {
        for (const kind of [1, 2]) {
          const c = calendarOf(kind, zone)
          expect(addWorkingTime(c, start, duration)).to.equal(start + duration)
          expect(workingTimeBetween(c, start, start + duration)).to.equal(duration)
          expect(isWorkingInstant(c, start)).to.equal(true)
        }
      }),
      RUNS,
    )
  })

  it('only ever delays a due date with pauses, by exactly the working time they swallow', () => {
    fc.assert(
      fc.property(arbCase, ({ cal, start, duration, pauses }) => {
        const c = calendarOf(cal.kind, cal.zone)
        const plain = addWorkingTime(c, start, duration)
        const paused = addWorkingTime(c, start, duration, pauses)
        expect(paused).to.be.at.least(plain)
        // The working time the pauses swallowed is exactly what the paused due date had to make up.
        const swallowed = workingTimeBetween(c, start, paused) - workingTimeBetween(c, start, paused, pauses)
        expect(workingTimeBetween(c, plain, paused)).to.equal(swallowed)
      }),
      RUNS,
    )
  })

  it('places several durations and measures up to an instant in one walk, as the separate walkers it replaced did', () => {
    // pauses may be open-ended (on hold now) and `until` may fall anywhere, before the start too
    const arbOpenPauses = (around: number) =>
      arbPauses(around).chain((ps) => fc.boolean().map((open) => (open && ps.length > 0 ? [...ps.slice(1), { start: ps[0]!.start, end: Infinity }] : ps)))
    const arbWalk = fc
      .record({
        cal: arbCalendar,
        start: arbInstant,
        durations: fc.array(arbDuration, { maxLength: 6 }),
        untilOffset: fc.integer({ min: -48 * H, max: 400 * H }),
        optional: fc.option(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })),
      })
      .chain((w) => arbOpenPauses(w.start).map((pauses) => ({ ...w, pauses })))
    fc.assert(
      fc.property(arbWalk, ({ cal, start, durations, untilOffset, optional, pauses }) => {
        const c = calendarOf(cal.kind, cal.zone)
        for (const P of [[], pauses]) {
          const until = start + untilOffset
          const one = workingTimeline(c, start, durations, until, P, optional ?? undefined)
          const flat = normalisePauses(P)
          const cc = c as CompiledCalendar
          const expected = durations.map((d) => (cc.allDay && flat.length === 0 ? start + d : referenceAdd(cc, start, d, flat)))
          expect(one.elapsed).to.equal(until <= start ? 0 : cc.allDay && flat.length === 0 ? until - start : referenceBetween(cc, start, until, flat))
          // optional durations may be left out (NaN), but not the first one beyond the time so far
          const opt = (j: number) => optional?.[j] === true
          const next = durations.map((d, j) => [d, j] as const).filter(([d, j]) => opt(j) && d > one.elapsed).sort((a, b) => a[0] - b[0])[0]
          durations.forEach((_, j) => {
            if (!opt(j) || (next && durations[j] === next[0])) expect(one.due[j], `duration ${j}`).to.equal(expected[j])
            else if (!Number.isNaN(one.due[j])) expect(one.due[j], `duration ${j}`).to.equal(expected[j])
          })
          // and each on its own, as addWorkingTime and workingTimeBetween answer
          if (!optional) expect(durations.map((d) => addWorkingTime(c, start, d, P))).to.deep.equal(one.due)
          expect(workingTimeBetween(c, start, until, P)).to.equal(one.elapsed)
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 1000) },
    )
  })

  it('agrees with the local wall clock about which instants are working', () => {
    const kinds = KINDS.map((k, i) => [k, i] as const).filter(([k]) => k.oracle)
    fc.assert(
      fc.property(fc.nat(kinds.length - 1), fc.nat(ZONES.length - 1), arbInstant, (k, zone, t) => {
        const [kind, index] = kinds[k]!
        const local = DateTime.fromMillis(t, { zone: ZONES[zone]! })
        const expected = kind.oracle!(local.weekday, local.hour * 60 + local.minute)
        const c = calendarOf(index, zone)
        expect(isWorkingInstant(c, t), `${kind.name} ${ZONES[zone]} ${local.toISO()}`).to.equal(expected)
        expect(workingTimeBetween(c, t, t + 1)).to.equal(expected ? 1 : 0)
      }),
      { numRuns: 1000 },
    )
  })
})
