// A benchmark's command line as a newcomer types it: `--help` prints the usage, and an unknown option or a missing
// value is one line on stderr with exit 2, never parseArgs' stack trace.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect } from 'chai'

const run = promisify(execFile)

async function bench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bench/classify.ts', ...args], { cwd: process.cwd() })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('a benchmark\'s command line', function () {
  this.timeout(60_000)

  it('prints its usage for --help', async () => {
    const r = await bench(['--help'])
    expect(r.code).to.equal(0)
    expect(r.stdout.trim()).to.equal('usage: npm run -s bench:classify -- [--json] [--quick] [--errors] [--split test]')
  })

  it('refuses an unknown option with one line and exit 2', async () => {
    const r = await bench(['--bogus'])
    expect(r.code).to.equal(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).to.have.length(1)
    expect(lines[0]).to.match(/^bench:classify: Unknown option '--bogus' \(usage: /)
    expect(r.stderr).not.to.include('    at ')
  })

  it('refuses an option without its value with one line and exit 2', async () => {
    const r = await bench(['--split'])
    expect(r.code).to.equal(2)
    expect(r.stderr.trim().split('\n')).to.have.length(1)
    expect(r.stderr).to.include("bench:classify: Option '--split <value>' argument missing")
  })
})
