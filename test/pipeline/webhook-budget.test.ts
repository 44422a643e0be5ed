import { expect } from 'chai'
import { ArrivalBudget } from '../../src/pipeline/webhook-budget.js'

describe('webhook receiver: events per installation and minute (issue 17)', () => {
  const T0 = Date.parse('2026-03-02T09:00:00.000Z')

  it('has room until the installation has delivered its events per minute', () => {
    let now = T0
    const budget = new ArrivalBudget(10, () => now)
    budget.record('a', 6)
    expect(budget.hasRoom('a')).to.equal(true)
    now += 30_000
    budget.record('a', 4)
    expect([budget.used('a'), budget.hasRoom('a')]).to.deep.equal([10, false])
  })

  it('forgets deliveries a minute after they arrived, second by second', () => {
    let now = T0
    const budget = new ArrivalBudget(10, () => now)
    budget.record('a', 6)
    now += 30_000
    budget.record('a', 4)
    now = T0 + 59_999
    expect(budget.used('a')).to.equal(10)
    now = T0 + 60_000
    expect([budget.used('a'), budget.hasRoom('a')]).to.deep.equal([4, true])
    now = T0 + 90_000
    expect(budget.used('a')).to.equal(0)
  })

  it("keeps each installation's budget apart and counts nothing for a delivery that stored nothing", () => {
    const budget = new ArrivalBudget(5, () => T0)
    budget.record('a', 5)
    budget.record('b', 0)
    expect([budget.hasRoom('a'), budget.hasRoom('b'), budget.used('b')]).to.deep.equal([false, true, 0])
  })

  it('reuses a second of the window once it is a minute old', () => {
    let now = T0
    const budget = new ArrivalBudget(100, () => now)
    budget.record('a', 7)
    now += 60_000 // the same slot of the ring, a minute later
    budget.record('a', 2)
    expect(budget.used('a')).to.equal(2)
  })
})
