// `npm run bench:engine` as the README gives it: it builds, runs and prints its one JSON line.
// No figure is asserted (timings belong to the benchmark, not to tests): only that every field is
// there and that our due dates agree with moment-business-time's on the whole mix.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect } from 'chai'

const run = promisify(execFile)

describe('npm run bench:engine', () => {
  it('prints one JSON line with every figure, and both calendars agree on every due date', async function () {
    this.timeout(120_000)
    const { stdout } = await run('npm', ['run', '-s', 'bench:engine', '--', '--quick', '--json', '--cases', '300', '--due-dates', '400'], {
      cwd: process.cwd(),
      maxBuffer: 1 << 20,
    })
    const lines = stdout.trim().split('\n')
    expect(lines).to.have.length(1)
    const report = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(report)).to.include.members(['computesPerSecond', 'dueDatesPerSecond', 'peerDueDatesPerSecond', 'ratio', 'agree', 'cases'])
    for (const key of ['computesPerSecond', 'dueDatesPerSecond', 'peerDueDatesPerSecond', 'ratio']) expect(report[key]).to.be.a('number').greaterThan(0)
    expect(report.agree).to.equal(true)
    expect(report.cases).to.equal(300)
  })
})
