import { expect } from 'chai'
import {
  addWorkingMinutes,
  addWorkingTime,
  allDayCalendar,
  CalendarSpec,
  compileCalendar,
  isWorkingInstant,
  nextWorkingInstant,
  workingTimeBetween,
  type Calendar,
  type CalendarSpecInput,
} from '../../src/engine/calendar.js'
import { EngineError, type EngineErrorCode } from '../../src/engine/errors.js'

const MIN = 60_000
const H = 60 * MIN
const ms = (iso: string): number => {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`)
  return t
}
const iso = (t: number): string => new Date(t).toISOString()

function expectEngineError(fn: () => unknown, code: EngineErrorCode): EngineError {
  try {
    fn()
  } catch (e) {
    expect(e).to.be.instanceOf(EngineError)
    expect((e as EngineError).code).to.equal(code)
    return e as EngineError
  }
  expect.fail(`expected EngineError ${code}`)
}

const weekdays = (ranges: string[]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges })
const london = compileCalendar({ timeZone: 'Europe/London' })
const newYork = compileCalendar({ timeZone: 'America/New_York' })
const sydney = compileCalendar({ timeZone: 'Australia/Sydney' })
const singapore = compileCalendar({ timeZone: 'Asia/Singapore' })
const kolkata = compileCalendar({ timeZone: 'Asia/Kolkata' })
const dubai = compileCalendar({ timeZone: 'Asia/Dubai' })
// 24x7 through the day-by-day walker (a holiday far away disables the plain-addition shortcut).
const walked24x7 = (timeZone: string): Calendar =>
  compileCalendar({ timeZone, weekendDays: [], holidays: ['2099-01-01'] })

describe('calendar: 24x5 across the weekend in every region', () => {
  const cases: [string, Calendar, string, string][] = [
    ['London', london, '2026-03-06T22:00:00Z', '2026-03-09T02:00:00.000Z'],
    ['London in summer time', london, '2026-06-05T22:00:00+01:00', '2026-06-08T01:00:00.000Z'],
    ['New York', newYork, '2026-01-09T22:00:00-05:00', '2026-01-12T07:00:00.000Z'],
    ['Sydney', sydney, '2026-02-06T22:00:00+11:00', '2026-02-08T15:00:00.000Z'],
    ['Singapore', singapore, '2026-03-06T22:00:00+08:00', '2026-03-08T18:00:00.000Z'],
    ['Kolkata (+05:30)', kolkata, '2026-03-06T22:00:00+05:30', '2026-03-08T20:30:00.000Z'],
    ['Dubai', dubai, '2026-03-06T22:00:00+04:00', '2026-03-08T22:00:00.000Z'],
  ]
  for (const [region, cal, start, due] of cases) {
    it(`carries 4 h started Friday 22:00 ${region} over the weekend to Monday 02:00 local`, () => {
      expect(addWorkingMinutes(cal, start, 240)).to.equal(due)
    })
  }

  it('carries 4 h started Friday 22:00 London over the weekend to Monday 02:00', () => {
    expect(addWorkingMinutes(london, '2026-03-06T22:00:00Z', 240)).to.equal('2026-03-09T02:00:00.000Z')
  })

  it('ends 4 h started Friday 20:00 London at Friday 24:00, not Monday 00:00', () => {
    expect(addWorkingMinutes(london, '2026-03-06T20:00:00Z', 240)).to.equal('2026-03-07T00:00:00.000Z')
  })

  it('begins a ticket created on Saturday at Monday 00:00', () => {
    expect(addWorkingMinutes(london, '2026-03-07T10:00:00Z', 0)).to.equal('2026-03-09T00:00:00.000Z')
    expect(addWorkingMinutes(london, '2026-03-07T10:00:00Z', 60)).to.equal('2026-03-09T01:00:00.000Z')
    expect(nextWorkingInstant(london, ms('2026-03-08T23:59:59.999Z'))).to.equal(ms('2026-03-09T00:00:00Z'))
  })

  it('treats Friday 24:00 as outside and Monday 00:00 as inside working time', () => {
    expect(isWorkingInstant(london, ms('2026-03-06T23:59:59.999Z'))).to.equal(true)
    expect(isWorkingInstant(london, ms('2026-03-07T00:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(london, ms('2026-03-08T23:59:59.999Z'))).to.equal(false)
    expect(isWorkingInstant(london, ms('2026-03-09T00:00:00Z'))).to.equal(true)
  })

  it('keeps a working instant as its own next working instant', () => {
    const t = ms('2026-03-04T12:34:56.789Z')
    expect(nextWorkingInstant(london, t)).to.equal(t)
  })

  it('adds three working days from Wednesday noon to the next Monday noon', () => {
    expect(addWorkingMinutes(london, '2026-03-04T12:00:00Z', 72 * 60)).to.equal('2026-03-09T12:00:00.000Z')
  })

  it('measures Friday 22:00 to Monday 02:00 as 4 working hours', () => {
    expect(workingTimeBetween(london, ms('2026-03-06T22:00:00Z'), ms('2026-03-09T02:00:00Z'))).to.equal(4 * H)
  })

  it('measures nothing when the end is not after the start', () => {
    const t = ms('2026-03-04T12:00:00Z')
    expect(workingTimeBetween(london, t, t)).to.equal(0)
    expect(workingTimeBetween(london, t, t - H)).to.equal(0)
  })

  it('reads an ISO start without an offset as local time of the calendar', () => {
    expect(addWorkingMinutes(newYork, '2026-01-09T22:00:00', 240)).to.equal('2026-01-12T07:00:00.000Z')
  })
})

describe('calendar: daylight saving time', () => {
  it('moves Monday 00:00 London to 23:00 UTC after the March spring-forward weekend', () => {
    // last Sunday of March 2026 is the 29th; Friday is GMT, Monday BST
    expect(addWorkingMinutes(london, '2026-03-27T22:00:00Z', 240)).to.equal('2026-03-30T01:00:00.000Z')
  })

  it('moves Monday 00:00 London back to 00:00 UTC after the October fall-back weekend', () => {
    expect(addWorkingMinutes(london, '2026-10-23T22:00:00+01:00', 240)).to.equal('2026-10-26T02:00:00.000Z')
  })

  it('keeps 09:00-17:30 London hours at 09:00 local across the spring-forward weekend', () => {
    // 30 min on Friday (GMT), 30 min from Monday 09:00 BST
    expect(addWorkingMinutes(compileCalendar({ timeZone: 'Europe/London', hours: weekdays(['09:00-17:30']) }), '2026-03-27T17:00:00Z', 60))
      .to.equal('2026-03-30T08:30:00.000Z')
  })

  it('carries 4 h over the US spring-forward weekend in New York to Monday 02:00 EDT', () => {
    // second Sunday of March 2026 is the 8th
    expect(addWorkingMinutes(newYork, '2026-03-06T22:00:00-05:00', 240)).to.equal('2026-03-09T06:00:00.000Z')
  })

  it('carries 4 h over the US fall-back weekend in New York to Monday 02:00 EST', () => {
    // first Sunday of November 2026 is the 1st
    expect(addWorkingMinutes(newYork, '2026-10-30T22:00:00-04:00', 240)).to.equal('2026-11-02T07:00:00.000Z')
  })

  it('carries 4 h over the Sydney autumn weekend (DST ends first Sunday of April) to Monday 02:00 AEST', () => {
    expect(addWorkingMinutes(sydney, '2026-04-03T22:00:00+11:00', 240)).to.equal('2026-04-05T16:00:00.000Z')
  })

  it('carries 4 h over the Sydney spring weekend (DST starts first Sunday of October) to Monday 02:00 AEDT', () => {
    expect(addWorkingMinutes(sydney, '2026-10-02T22:00:00+10:00', 240)).to.equal('2026-10-04T15:00:00.000Z')
  })

  const shortAndLongDays: [string, string, string, number][] = [
    ['Europe/London', '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z', 23],
    ['Europe/London', '2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z', 25],
    ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', 23],
    ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z', 25],
    ['Australia/Sydney', '2026-10-03T14:00:00Z', '2026-10-04T13:00:00Z', 23],
    ['Australia/Sydney', '2026-04-04T13:00:00Z', '2026-04-05T14:00:00Z', 25],
  ]
  for (const [zone, from, to, hours] of shortAndLongDays) {
    it(`counts ${hours} real hours in the local day of a DST change on a 24x7 clock in ${zone}`, () => {
      for (const cal of [allDayCalendar(zone), walked24x7(zone)]) {
        expect(workingTimeBetween(cal, ms(from), ms(to))).to.equal(hours * H)
        expect(addWorkingTime(cal, ms(from), hours * H)).to.equal(ms(to))
      }
    })
  }

  it('adds 24 h on a 24x7 clock across the New York spring-forward night as 24 real hours', () => {
    const start = ms('2026-03-07T17:00:00Z') // Saturday 12:00 EST
    expect(addWorkingTime(walked24x7('America/New_York'), start, 24 * H)).to.equal(start + 24 * H)
  })

  it('begins a shift that starts inside the spring-forward gap when the clocks have jumped', () => {
    // 01:30 does not exist in London on 2026-03-29; luxon maps it to 02:30 BST (01:30 UTC).
    const cal = compileCalendar({ timeZone: 'Europe/London', weekendDays: [], hours: { ...weekdays([]), sat: [], sun: ['01:30-03:30'] } })
    expect(nextWorkingInstant(cal, ms('2026-03-29T00:00:00Z'))).to.equal(ms('2026-03-29T01:30:00Z'))
    expect(workingTimeBetween(cal, ms('2026-03-29T00:00:00Z'), ms('2026-03-30T00:00:00Z'))).to.equal(1 * H)
  })

  it('holds the repeated hour in a shift across the October fall-back', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', hours: { ...weekdays([]), sun: ['00:00-03:00'] } })
    // 00:00 BST (23:00 UTC Saturday) to 03:00 GMT: 4 real hours
    expect(workingTimeBetween(cal, ms('2026-10-24T12:00:00Z'), ms('2026-10-26T12:00:00Z'))).to.equal(4 * H)
  })
})

describe('calendar: 24x7', () => {
  it('does not lose a minute at midnight', () => {
    for (const cal of [allDayCalendar('Europe/London'), walked24x7('Europe/London')]) {
      expect(addWorkingMinutes(cal, '2026-03-04T23:30:00Z', 60)).to.equal('2026-03-05T00:30:00.000Z')
      expect(workingTimeBetween(cal, ms('2026-03-04T23:59:00Z'), ms('2026-03-05T00:01:00Z'))).to.equal(2 * MIN)
      expect(isWorkingInstant(cal, ms('2026-03-05T00:00:00Z'))).to.equal(true)
    }
  })

  it('counts a Saturday as working time', () => {
    const cal = allDayCalendar('Asia/Kolkata')
    expect(addWorkingMinutes(cal, '2026-03-07T10:00:00Z', 90)).to.equal('2026-03-07T11:30:00.000Z')
  })

  it('returns the same calendar for the same zone', () => {
    expect(allDayCalendar('Asia/Dubai')).to.equal(allDayCalendar('Asia/Dubai'))
    expect(allDayCalendar('Asia/Dubai').timeZone).to.equal('Asia/Dubai')
  })
})

describe('calendar: year end and leap day', () => {
  it('carries 4 h started Friday 31 December 22:00 into Monday 3 January', () => {
    expect(addWorkingMinutes(london, '2027-12-31T22:00:00Z', 240)).to.equal('2028-01-03T02:00:00.000Z')
  })

  it('counts 29 February 2028 as a working Tuesday', () => {
    expect(addWorkingMinutes(london, '2028-02-28T22:00:00Z', 240)).to.equal('2028-02-29T02:00:00.000Z')
    expect(workingTimeBetween(london, ms('2028-02-29T00:00:00Z'), ms('2028-03-01T00:00:00Z'))).to.equal(24 * H)
  })

  it('skips 29 February 2028 when it is a holiday', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', holidays: ['2028-02-29'] })
    expect(addWorkingMinutes(cal, '2028-02-28T22:00:00Z', 240)).to.equal('2028-03-01T02:00:00.000Z')
  })
})

describe('calendar: holidays and special days', () => {
  it('skips a Christmas holiday on Friday and carries the time to Monday', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', holidays: [{ date: '2026-12-25', name: 'Christmas Day' }] })
    expect(addWorkingMinutes(cal, '2026-12-24T22:00:00Z', 240)).to.equal('2026-12-28T02:00:00.000Z')
    expect(isWorkingInstant(cal, ms('2026-12-25T12:00:00Z'))).to.equal(false)
  })

  it('takes holidays as the local date of the calendar zone', () => {
    // 2026-12-25 in Sydney is 2026-12-24T13:00Z to 2026-12-25T13:00Z
    const cal = compileCalendar({ timeZone: 'Australia/Sydney', holidays: ['2026-12-25'] })
    expect(isWorkingInstant(cal, ms('2026-12-24T12:59:59.999Z'))).to.equal(true)
    expect(isWorkingInstant(cal, ms('2026-12-24T13:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(cal, ms('2026-12-25T13:00:00Z'))).to.equal(false) // Saturday
  })

  it('closes a special short day at 13:00 and resumes after the holiday', () => {
    const cal = compileCalendar({
      timeZone: 'Europe/London',
      hours: weekdays(['09:00-17:30']),
      holidays: ['2026-12-25'],
      specialDays: { '2026-12-24': ['09:00-13:00'] },
    })
    expect(addWorkingMinutes(cal, '2026-12-24T12:00:00Z', 120)).to.equal('2026-12-28T10:00:00.000Z')
    expect(isWorkingInstant(cal, ms('2026-12-24T13:00:00Z'))).to.equal(false)
  })

  it('closes a normal weekday listed as a special day with no hours', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', specialDays: { '2026-03-04': [] } })
    expect(addWorkingMinutes(cal, '2026-03-03T23:00:00Z', 120)).to.equal('2026-03-05T01:00:00.000Z')
  })

  it('opens a Saturday listed as a special day', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', specialDays: { '2026-03-07': ['10:00-12:00'] } })
    expect(addWorkingMinutes(cal, '2026-03-06T23:00:00Z', 120)).to.equal('2026-03-07T11:00:00.000Z')
  })

  it('lets a special day open a date that is also a holiday', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', holidays: ['2026-12-24'], specialDays: { '2026-12-24': ['09:00-13:00'] } })
    expect(isWorkingInstant(cal, ms('2026-12-24T10:00:00Z'))).to.equal(true)
    expect(isWorkingInstant(cal, ms('2026-12-24T14:00:00Z'))).to.equal(false)
  })

  it('skips English public holidays only when they are opted in', () => {
    const plain = london
    const withPublic = compileCalendar({ timeZone: 'Europe/London', publicHolidays: { country: 'GB', state: 'ENG' } })
    expect(addWorkingMinutes(plain, '2026-12-24T22:00:00Z', 240)).to.equal('2026-12-25T02:00:00.000Z')
    // Christmas Day (Fri 25) and the Boxing Day substitute (Mon 28) are public holidays in 2026
    expect(addWorkingMinutes(withPublic, '2026-12-24T22:00:00Z', 240)).to.equal('2026-12-29T02:00:00.000Z')
    expect(isWorkingInstant(withPublic, ms('2026-12-25T12:00:00Z'))).to.equal(false)
  })

  it('does not skip observances such as Mother\'s Day', () => {
    const cal = compileCalendar({
      timeZone: 'Europe/London',
      weekendDays: [],
      publicHolidays: { country: 'GB' },
    })
    // 2026-03-15 (Sunday) is an observance in GB, not a public holiday
    expect(isWorkingInstant(cal, ms('2026-03-15T12:00:00Z'))).to.equal(true)
  })

  it('rejects a public-holiday country the holiday data does not know', () => {
    expectEngineError(() => compileCalendar({ timeZone: 'Europe/London', publicHolidays: { country: 'XX' } }), 'SLA_BAD_INPUT')
    expectEngineError(
      () => compileCalendar({ timeZone: 'Europe/London', publicHolidays: { country: 'GB', state: 'ZZZ' } }),
      'SLA_BAD_INPUT',
    )
  })
})

describe('calendar: business hours', () => {
  const officeLondon = compileCalendar({ timeZone: 'Europe/London', hours: weekdays(['09:00-17:30']) })
  const splitNewYork = compileCalendar({ timeZone: 'America/New_York', hours: weekdays(['09:00-12:00', '13:00-17:00']) })

  it('carries an hour started at 17:00 to 09:30 the next morning', () => {
    expect(addWorkingMinutes(officeLondon, '2026-03-02T17:00:00Z', 60)).to.equal('2026-03-03T09:30:00.000Z')
  })

  it('ends a full week of 8.5 h days at Friday 17:30, not Monday 09:00', () => {
    expect(addWorkingMinutes(officeLondon, '2026-03-02T09:00:00Z', 5 * 8.5 * 60)).to.equal('2026-03-06T17:30:00.000Z')
  })

  it('begins a ticket created before opening at 09:00', () => {
    expect(addWorkingMinutes(officeLondon, '2026-03-03T06:15:00Z', 0)).to.equal('2026-03-03T09:00:00.000Z')
  })

  it('skips the lunch break between two intervals of the same day', () => {
    expect(addWorkingMinutes(splitNewYork, '2026-03-02T11:00:00-05:00', 120)).to.equal('2026-03-02T19:00:00.000Z')
    expect(workingTimeBetween(splitNewYork, ms('2026-03-02T14:00:00Z'), ms('2026-03-03T00:00:00Z'))).to.equal(7 * H)
  })

  it('ends at 12:00 when the time runs out at the start of lunch', () => {
    expect(addWorkingMinutes(splitNewYork, '2026-03-02T11:00:00-05:00', 60)).to.equal('2026-03-02T17:00:00.000Z')
  })

  it('begins a ticket created at lunch at 13:00', () => {
    expect(addWorkingMinutes(splitNewYork, '2026-03-02T12:30:00-05:00', 0)).to.equal('2026-03-02T18:00:00.000Z')
    expect(isWorkingInstant(splitNewYork, ms('2026-03-02T17:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(splitNewYork, ms('2026-03-02T18:00:00Z'))).to.equal(true)
  })

  it('gives a weekend day hours when it is listed explicitly', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', hours: { sat: ['10:00-14:00'] } })
    expect(isWorkingInstant(cal, ms('2026-03-07T10:00:00Z'))).to.equal(true)
    expect(isWorkingInstant(cal, ms('2026-03-07T14:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(cal, ms('2026-03-08T12:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(cal, ms('2026-03-09T03:00:00Z'))).to.equal(true) // Monday, absent from hours: all day
  })

  it('treats overlapping ranges of one day as one period', () => {
    const cal = compileCalendar({ timeZone: 'UTC', hours: weekdays(['09:00-13:00', '12:00-17:00']) })
    expect(workingTimeBetween(cal, ms('2026-03-02T00:00:00Z'), ms('2026-03-03T00:00:00Z'))).to.equal(8 * H)
  })

  it('merges Monday 00:00-24:00 and Tuesday 00:00-24:00 into one continuous period', () => {
    expect(addWorkingMinutes(london, '2026-03-02T23:00:00Z', 120)).to.equal('2026-03-03T01:00:00.000Z')
  })
})

describe('calendar: night shift 22:00-06:00', () => {
  const night = compileCalendar({ timeZone: 'Europe/London', hours: weekdays(['22:00-06:00']) })

  it('counts Saturday 03:00 as part of the shift that started Friday night', () => {
    expect(isWorkingInstant(night, ms('2026-03-07T03:00:00Z'))).to.equal(true)
    expect(isWorkingInstant(night, ms('2026-03-07T06:00:00Z'))).to.equal(false)
  })

  it('has no shift on Monday morning, since no shift starts on Sunday', () => {
    expect(isWorkingInstant(night, ms('2026-03-08T23:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(night, ms('2026-03-09T03:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(night, ms('2026-03-09T22:00:00Z'))).to.equal(true)
  })

  it('carries 8 h started Friday 23:00 to Monday 23:00', () => {
    expect(addWorkingMinutes(night, '2026-03-06T23:00:00Z', 8 * 60)).to.equal('2026-03-09T23:00:00.000Z')
  })

  it('removes only the shift that starts on a holiday', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', hours: weekdays(['22:00-06:00']), holidays: ['2026-03-06'] })
    expect(isWorkingInstant(cal, ms('2026-03-06T03:00:00Z'))).to.equal(true) // Thursday's shift
    expect(isWorkingInstant(cal, ms('2026-03-06T23:00:00Z'))).to.equal(false)
    expect(isWorkingInstant(cal, ms('2026-03-07T03:00:00Z'))).to.equal(false)
  })

  it('measures a whole week of night shifts as 40 hours', () => {
    expect(workingTimeBetween(night, ms('2026-03-02T00:00:00Z'), ms('2026-03-09T00:00:00Z'))).to.equal(40 * H)
  })

  it('does not count twice where a night shift overlaps the next day\'s hours', () => {
    const cal = compileCalendar({ timeZone: 'UTC', hours: { mon: ['20:00-04:00'], tue: ['00:00-10:00'], wed: [], thu: [], fri: [] } })
    expect(workingTimeBetween(cal, ms('2026-03-02T00:00:00Z'), ms('2026-03-04T00:00:00Z'))).to.equal(14 * H)
    expect(addWorkingMinutes(cal, '2026-03-02T20:00:00Z', 14 * 60)).to.equal('2026-03-03T10:00:00.000Z')
  })
})

describe('calendar: pauses', () => {
  it('moves the due date by the on-hold time across a weekend', () => {
    const pauses = [{ start: ms('2026-03-06T22:00:00Z'), end: ms('2026-03-09T04:00:00Z') }]
    expect(addWorkingMinutes(london, '2026-03-06T20:00:00Z', 8 * 60)).to.equal('2026-03-09T04:00:00.000Z')
    expect(addWorkingMinutes(london, '2026-03-06T20:00:00Z', 8 * 60, pauses)).to.equal('2026-03-09T10:00:00.000Z')
  })

  it('ignores a pause that lies wholly inside the weekend', () => {
    const pauses = [{ start: ms('2026-03-07T10:00:00Z'), end: ms('2026-03-08T10:00:00Z') }]
    expect(addWorkingMinutes(london, '2026-03-06T22:00:00Z', 240, pauses)).to.equal('2026-03-09T02:00:00.000Z')
  })

  it('counts overlapping, unsorted pauses once', () => {
    const pauses = [
      { start: ms('2026-03-09T01:00:00Z'), end: ms('2026-03-09T02:00:00Z') },
      { start: ms('2026-03-09T00:30:00Z'), end: ms('2026-03-09T01:30:00Z') },
      { start: ms('2026-03-09T01:10:00Z'), end: ms('2026-03-09T01:20:00Z') },
    ]
    expect(addWorkingMinutes(london, '2026-03-09T00:00:00Z', 120, pauses)).to.equal('2026-03-09T03:30:00.000Z')
    expect(workingTimeBetween(london, ms('2026-03-09T00:00:00Z'), ms('2026-03-09T03:30:00Z'), pauses)).to.equal(2 * H)
  })

  it('ends at the start of a pause when the time runs out there', () => {
    const pauses = [{ start: ms('2026-03-09T01:00:00Z'), end: ms('2026-03-09T05:00:00Z') }]
    expect(addWorkingMinutes(london, '2026-03-09T00:00:00Z', 60, pauses)).to.equal('2026-03-09T01:00:00.000Z')
  })

  it('begins a ticket created on hold when the hold ends', () => {
    const pauses = [{ start: ms('2026-03-09T01:00:00Z'), end: ms('2026-03-09T05:00:00Z') }]
    expect(nextWorkingInstant(london, ms('2026-03-09T02:00:00Z'), pauses)).to.equal(ms('2026-03-09T05:00:00Z'))
    expect(isWorkingInstant(london, ms('2026-03-09T04:59:59.999Z'), pauses)).to.equal(false)
    expect(isWorkingInstant(london, ms('2026-03-09T05:00:00Z'), pauses)).to.equal(true)
  })

  it('jumps over a hold of several months without losing working time', () => {
    // Monday 01:00 GMT to Monday 00:00 BST: one hour before, one hour after
    const pauses = [{ start: ms('2026-03-09T01:00:00Z'), end: ms('2026-09-06T23:00:00Z') }]
    expect(addWorkingMinutes(london, '2026-03-09T00:00:00Z', 120, pauses)).to.equal('2026-09-07T00:00:00.000Z')
    expect(workingTimeBetween(london, ms('2026-03-07T00:00:00Z'), ms('2026-09-08T00:00:00Z'), pauses)).to.equal(1 * H + 25 * H)
  })

  it('pauses a 24x7 clock as well', () => {
    const cal = allDayCalendar('Europe/London')
    const pauses = [{ start: ms('2026-03-07T10:00:00Z'), end: ms('2026-03-07T12:00:00Z') }]
    expect(addWorkingMinutes(cal, '2026-03-07T09:00:00Z', 120, pauses)).to.equal('2026-03-07T13:00:00.000Z')
    expect(workingTimeBetween(cal, ms('2026-03-07T09:00:00Z'), ms('2026-03-07T13:00:00Z'), pauses)).to.equal(2 * H)
  })

  it('holds the clock for good while a pause has no end', () => {
    const pauses = [{ start: ms('2026-03-09T01:00:00Z'), end: Infinity }]
    expect(addWorkingTime(london, ms('2026-03-09T00:00:00Z'), 2 * H, pauses)).to.equal(Infinity)
    expect(addWorkingTime(london, ms('2026-03-09T00:00:00Z'), 1 * H, pauses)).to.equal(ms('2026-03-09T01:00:00Z'))
    expectEngineError(() => addWorkingMinutes(london, '2026-03-09T00:00:00Z', 120, pauses), 'SLA_BAD_INPUT')
  })

  it('ignores an empty pause and rejects one that is not a number', () => {
    const t = ms('2026-03-09T00:00:00Z')
    expect(addWorkingTime(london, t, H, [{ start: t + 1, end: t + 1 }])).to.equal(t + H)
    expectEngineError(() => addWorkingTime(london, t, H, [{ start: Number.NaN, end: t }]), 'SLA_BAD_INPUT')
  })
})

describe('calendar: validation and errors', () => {
  it('rejects a time zone the IANA database does not know', () => {
    const e = expectEngineError(() => compileCalendar({ timeZone: 'Europe/Atlantis' }), 'SLA_UNKNOWN_TIME_ZONE')
    expect(e.details.timeZone).to.equal('Europe/Atlantis')
    expectEngineError(() => allDayCalendar('Nowhere/Nothing'), 'SLA_UNKNOWN_TIME_ZONE')
  })

  it('rejects a calendar with no working hours on any day', () => {
    expectEngineError(
      () => compileCalendar({ timeZone: 'Europe/London', weekendDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }),
      'SLA_EMPTY_CALENDAR',
    )
    expectEngineError(
      () => compileCalendar({ timeZone: 'Europe/London', hours: { ...weekdays([]), sat: [], sun: [] } }),
      'SLA_EMPTY_CALENDAR',
    )
  })

  it('gives up when no working time exists within three years of the start', () => {
    const cal = compileCalendar({ timeZone: 'Europe/London', weekendDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], specialDays: { '2026-06-01': ['09:00-10:00'] } })
    expect(addWorkingMinutes(cal, '2025-01-01T00:00:00Z', 30)).to.equal('2026-06-01T08:30:00.000Z')
    expectEngineError(() => addWorkingMinutes(cal, '2026-06-02T00:00:00Z', 30), 'SLA_EMPTY_CALENDAR')
    expectEngineError(() => nextWorkingInstant(cal, ms('2026-06-02T00:00:00Z')), 'SLA_EMPTY_CALENDAR')
  })

  it('rejects holidays and special days that are not real dates', () => {
    expectEngineError(() => compileCalendar({ timeZone: 'UTC', holidays: ['2026-02-30'] }), 'SLA_BAD_DATE')
    expectEngineError(() => compileCalendar({ timeZone: 'UTC', holidays: [{ date: '25/12/2026' }] }), 'SLA_BAD_DATE')
    expectEngineError(() => compileCalendar({ timeZone: 'UTC', specialDays: { 'Christmas Eve': [] } }), 'SLA_BAD_DATE')
  })

  it('rejects hours that are not HH:MM-HH:MM, and unknown keys', () => {
    for (const range of ['9-17', '09:00-24:30', '24:00-06:00', '09:60-10:00', '09:00 - 17:00']) {
      expectEngineError(() => compileCalendar({ timeZone: 'UTC', hours: { mon: [range] } }), 'SLA_BAD_INPUT')
    }
    expectEngineError(() => compileCalendar({ timeZone: 'UTC', region: 'UK' } as CalendarSpecInput), 'SLA_BAD_INPUT')
  })

  it('rejects instants that are not dates and negative durations', () => {
    expectEngineError(() => addWorkingMinutes(london, 'next Tuesday', 60), 'SLA_BAD_DATE')
    expectEngineError(() => addWorkingTime(london, Number.NaN, H), 'SLA_BAD_DATE')
    expectEngineError(() => workingTimeBetween(london, 0, Infinity), 'SLA_BAD_DATE')
    expectEngineError(() => addWorkingTime(london, 0, -1), 'SLA_BAD_INPUT')
    expectEngineError(() => addWorkingMinutes(london, '2026-03-09T00:00:00Z', Number.NaN), 'SLA_BAD_INPUT')
    expectEngineError(() => addWorkingMinutes(allDayCalendar('UTC'), '2026-03-09T00:00:00Z', 1e12), 'SLA_BAD_DATE')
  })

  it('rejects a calendar that was not compiled', () => {
    expectEngineError(() => addWorkingTime({ timeZone: 'Europe/London' }, 0, H), 'SLA_BAD_INPUT')
  })

  it('fills the documented defaults when a spec is parsed', () => {
    const spec = CalendarSpec.parse({ timeZone: 'Asia/Dubai' })
    expect(spec).to.deep.equal({ timeZone: 'Asia/Dubai', weekendDays: ['sat', 'sun'], holidays: [], specialDays: {} })
    expect(iso(addWorkingTime(compileCalendar(spec), ms('2026-03-06T18:00:00Z'), 4 * H))).to.equal('2026-03-08T22:00:00.000Z')
  })
})
