import { expect } from 'chai'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { parseInstant } from '../../src/engine/input.js'
import { isoString } from '../../src/engine/iso.js'

describe('engine: ISO formatting of instants', () => {
  it('formats exactly like Date#toISOString across years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoString(ms)).to.equal(new Date(ms).toISOString())
      }),
      { numRuns: 5000 },
    )
  })

  it('formats leap days, year ends and the epoch', () => {
    for (const s of ['2028-02-29T23:59:59.999Z', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2000-02-29T12:00:00.000Z']) {
      expect(isoString(Date.parse(s))).to.equal(s)
    }
  })
})

describe('engine: reading instants', () => {
  const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 })
  const pad = (n: number, w: number) => String(n).padStart(w, '0')
  function withOffset(ms: number, offsetMinutes: number, form: 'Z' | 'colon' | 'plain', fraction: number): string {
    const local = new Date(ms + offsetMinutes * 60_000).toISOString() // wall time at that offset
    const base = fraction === 3 ? local.slice(0, 23) : fraction === 0 ? local.slice(0, 19) : local.slice(0, 20 + fraction)
    if (form === 'Z') return `${base}Z`
    const sign = offsetMinutes < 0 ? '-' : '+'
    const a = Math.abs(offsetMinutes)
    return `${base}${sign}${pad(Math.floor(a / 60), 2)}${form === 'colon' ? ':' : ''}${pad(a % 60, 2)}`
  }

  it('reads Desk-shaped ISO-8601 (Z, ±hh:mm, ±hhmm, 0–3 fraction digits) to the same instant as luxon', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1, 0, 2), max: Date.UTC(9999, 11, 30) }),
        offsets,
        fc.constantFrom('Z' as const, 'colon' as const, 'plain' as const),
        fc.integer({ min: 0, max: 3 }),
        (ms, off, form, fraction) => {
          const text = withOffset(ms, form === 'Z' ? 0 : off, form, fraction)
          const expected = DateTime.fromISO(text, { zone: 'utc', setZone: true }).toMillis()
          expect(parseInstant(text), text).to.equal(expected)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('reads a Desk-shaped instant with any one character changed as luxon does (or refuses it)', () => {
    const luxonReading = (text: string): number | null => {
      if (/^\d{12,14}$/.test(text.trim())) return Number(text.trim())
      const dt = DateTime.fromISO(text.trim(), { zone: 'utc', setZone: true })
      return dt.isValid && /T|\s\d/.test(text.trim()) ? dt.toMillis() : null
    }
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 30) }),
        offsets,
        fc.constantFrom('Z' as const, 'colon' as const, 'plain' as const),
        fc.nat(40),
        fc.constantFrom('0', '5', '9', '/', ':', '-', '+', 'T', 'Z', '.', ' ', 'a', '\u0663', '\u0000'),
        (ms, off, form, at, ch) => {
          const text = withOffset(ms, form === 'Z' ? 0 : off, form, 3)
          const changed = text.slice(0, at % text.length) + ch + text.slice((at % text.length) + 1)
          expect(parseInstant(changed), changed).to.equal(luxonReading(changed))
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    )
  })

  it('refuses dates that do not exist and reads epoch milliseconds', () => {
    expect(parseInstant('2026-02-29T10:00:00Z')).to.equal(null)
    expect(parseInstant('2028-02-29T10:00:00Z')).to.equal(Date.UTC(2028, 1, 29, 10))
    expect(parseInstant('2026-04-31T10:00:00+02:00')).to.equal(null)
    expect(parseInstant('2026-13-01T10:00:00Z')).to.equal(null)
    expect(parseInstant('2026-03-09T10:15:23.5+05:30')).to.equal(Date.UTC(2026, 2, 9, 4, 45, 23, 500))
    expect(parseInstant('2026-03-09T10:15:23.1234Z')).to.equal(Date.UTC(2026, 2, 9, 10, 15, 23, 123))
    expect(parseInstant('2026-03-09T24:00:00Z')).to.equal(Date.UTC(2026, 2, 10))
    expect(parseInstant('1773051323000')).to.equal(1773051323000)
    expect(parseInstant('2026-03-09')).to.equal(null)
    expect(parseInstant('yesterday')).to.equal(null)
  })
})
