import { expect } from 'chai'
import fc from 'fast-check'
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
