import { expect } from 'chai'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

describe('cli: a reader that stops early (`desk-sla policy show | head -c 10`)', () => {
  it('ends the command quietly: no stack trace for the closed pipe, exit status 0', async () => {
    // the effective policy is ~90 KB, more than a pipe holds: head leaves while the command still writes
    const script = "import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['policy', 'show']) })"
    const cmd = `"${process.execPath}" --import tsx -e "${script}" | head -c 10 >/dev/null; exit "\${PIPESTATUS[0]}"`
    const { stderr } = await run('bash', ['-c', cmd])
    expect(stderr).to.equal('')
  })
})
