import { expect } from 'chai'
import fc from 'fast-check'
import { buildComputeMix } from '../../bench/engine-mix.js'
import { ComputeInput, fastComputeInput } from '../../src/engine/input.js'

// Values a field may hold, right or wrong, so that random inputs cross every branch.
const instant = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('2026-03-09T10:15:23.000Z', '2026-03-09T10:15:23+05:30', 1773051323000) },
  fc.constantFrom('2026-03-09T10:15:23.000Z', '2026-03-09T10:15:23+05:30', '2026-03-09T10:15Z', '2026-02-30T10:00:00Z', '2026-03-09', 'soon', '1773051323000', ''),
  fc.integer({ min: 0, max: 2_000_000_000_000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5),
)
const anyValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}))
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: arb }, { weight: 1, arbitrary: anyValue })
const status = fc.constantFrom('Open', 'On Hold', 'Closed', 'ON_HOLD', 'on-hold', 'closed', 'Open', 'On Hold', 'Escalated', '')
const cf = fc.oneof(fc.dictionary(fc.constantFrom('cf_severity', 'cf_partner_tier', 'cf_x'), anyValue, { maxKeys: 3 }), fc.constant(null))
const extra = fc.dictionary(fc.constantFrom('extra', 'webUrl', 'channel'), anyValue, { maxKeys: 2 })

const ticket = fc
  .record(
    {
      id: maybe(fc.oneof(fc.string({ maxLength: 6 }), fc.integer())),
      subject: maybe(fc.string({ maxLength: 8 })),
      description: maybe(fc.string({ maxLength: 8 })),
      createdTime: maybe(instant),
      statusType: maybe(status),
      onholdTime: maybe(instant),
      closedTime: maybe(instant),
      cf: maybe(cf),
    },
    { requiredKeys: ['createdTime'] },
  )
  .chain((t) => extra.map((e) => ({ ...e, ...t })))
const party = fc.record({ country: maybe(fc.constantFrom('Germany', 'IN', 'Atlantis')), state: maybe(fc.constantFrom('NY', 'Texas')), cf: maybe(cf) }, { requiredKeys: [] })
const thread = fc.record(
  {
    direction: maybe(fc.constantFrom('in', 'out', 'sideways')),
    createdTime: maybe(instant),
    visibility: maybe(fc.constantFrom('public', 'private')),
    status: maybe(fc.constantFrom('SUCCESS', 'PENDING')),
    isDescriptionThread: maybe(fc.boolean()),
  },
  { requiredKeys: ['direction', 'createdTime'] },
)
const interval = fc.record({ statusType: maybe(status), from: maybe(instant), to: maybe(instant) }, { requiredKeys: ['statusType', 'from'] })
const input = fc.record(
  {
    ticket: maybe(ticket),
    account: maybe(party),
    contact: maybe(party),
    threads: maybe(fc.array(maybe(thread), { maxLength: 3 })),
    statusHistory: maybe(fc.array(maybe(interval), { maxLength: 3 })),
    now: maybe(instant),
  },
  { requiredKeys: ['ticket'] },
)

describe('engine: reading compute input', () => {
  it('the hand-checked fast path gives exactly what the zod schema gives, or leaves the input to zod', () => {
    let fast = 0
    fc.assert(
      fc.property(input, (raw) => {
        const quick = fastComputeInput(raw)
        const parsed = ComputeInput.safeParse(raw)
        if (quick === undefined) return
        fast++
        expect(parsed.success, JSON.stringify(raw)).to.equal(true)
        expect(quick).to.deep.equal(parsed.data)
      }),
      { numRuns: 5000 },
    )
    expect(fast, 'inputs the fast path took').to.be.greaterThan(100)
  })

  it('takes the fast path for every ticket of the benchmark mix', () => {
    for (const c of buildComputeMix({ count: 500 })) {
      const quick = fastComputeInput(c.input)
      expect(quick).to.not.equal(undefined)
      expect(quick).to.deep.equal(ComputeInput.parse(c.input))
    }
  })

  it('leaves anything unusual to zod, which names the problem', () => {
    expect(fastComputeInput({ ticket: { createdTime: '2026-02-30T10:00:00Z' } })).to.equal(undefined)
    expect(fastComputeInput({ ticket: { createdTime: '2026-03-09T10:00:00Z', statusType: 'Escalated' } })).to.equal(undefined)
    expect(fastComputeInput({ ticket: { createdTime: '2026-03-09T10:00:00Z' }, threads: {} })).to.equal(undefined)
    expect(fastComputeInput([])).to.equal(undefined)
  })
})
