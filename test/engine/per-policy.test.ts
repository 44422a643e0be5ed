import { expect } from 'chai'
import { LONGEST_KEPT_VALUE, PerPolicy, PerValue } from '../../src/engine/per-policy.js'

describe('engine: memo tables per policy', () => {
  it('keeps one table per policy object, whichever was asked for last', () => {
    let made = 0
    const tables = new PerPolicy<object, { n: number }>(() => ({ n: ++made }))
    const a = {}
    const b = {}
    expect(tables.get(a).n).to.equal(1)
    expect(tables.get(b).n).to.equal(2)
    expect(tables.get(a).n).to.equal(1) // from the WeakMap, not made again
    expect(tables.get(a)).to.equal(tables.get(a))
    expect(made).to.equal(2)
  })

  it('works an answer out once per value and policy, undefined answers included, and starts again when full', () => {
    const asked: string[] = []
    const answers = new PerValue<object, string | undefined>((_, value) => {
      asked.push(value)
      return value === 'none' ? undefined : value.toUpperCase()
    }, 3)
    const p = {}
    const q = {}
    expect([answers.get(p, 'a'), answers.get(p, 'a'), answers.get(p, 'none'), answers.get(p, 'none')]).to.deep.equal(['A', 'A', undefined, undefined])
    expect(answers.get(q, 'a')).to.equal('A')
    expect(asked).to.deep.equal(['a', 'none', 'a'])
    answers.get(p, 'b') // the third value of p: the table holds a, none, b
    answers.get(p, 'c') // full: p's table starts again with c
    answers.get(p, 'a')
    expect(asked).to.deep.equal(['a', 'none', 'a', 'b', 'c', 'a'])
  })

  it('answers a long value every time without keeping it', () => {
    let made = 0
    const answers = new PerValue<object, number>((_, value) => (made++, value.length))
    const p = {}
    const long = 'x'.repeat(LONGEST_KEPT_VALUE + 1)
    expect([answers.get(p, long), answers.get(p, long)]).to.deep.equal([long.length, long.length])
    expect(made).to.equal(2)
    const short = 'x'.repeat(LONGEST_KEPT_VALUE)
    answers.get(p, short)
    answers.get(p, short)
    expect(made).to.equal(3)
  })
})
