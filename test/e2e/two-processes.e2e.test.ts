// Two processes on the embedded database (issue #17, item 9): `npm start` holds its PGlite data
// directory; `desk-sla install` in a second terminal goes through the running service's admin API,
// so the webhook Desk registers points at an installation the service knows. Commands that cannot go
// through it refuse with one line naming the fix; once the service stops, they work directly.
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { cleanup, onCleanup, REPO_ROOT, secretKey, spawnService, tempDir, withTimeout, type ServiceProcess } from './helpers.js'

const ADMIN_TOKEN = 'admin-token-0123456789-abcdefghij'

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** `desk-sla <args>` as a second terminal runs it: its own process, the same data directory */
async function cli(args: string[], env: Record<string, string>): Promise<Ran> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  onCleanup(`desk-sla ${args[0]}`, async () => void child.kill('SIGKILL'))
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
  const code = await withTimeout(new Promise<number | null>((resolve) => child.once('exit', resolve)), 90_000, `desk-sla ${args[0]} to finish`)
  return { code, stdout, stderr }
}

describe('two processes on one embedded data directory: npm start, then desk-sla install', function () {
  this.timeout(300_000)
  let sb: Sandbox
  let service: ServiceProcess
  let env: Record<string, string>

  before(async () => {
    sb = await createSandbox({ seed: { tickets: 3, seed: 7 } })
    onCleanup('sandbox', () => sb.close())
    env = { DATA_DIR: await tempDir('two-processes'), DESK_SLA_SECRET_KEY: secretKey().env }
    service = await spawnService('service', { ...env, ADMIN_TOKEN, DISABLE_JOBS: 'true' })
  })
  after(cleanup)

  const installArgs = () => [
    'install',
    '--data-center', 'com',
    '--org-id', sb.orgId,
    '--client-id', sb.clientId,
    '--client-secret', sb.clientSecret,
    '--refresh-token', sb.refreshToken,
    '--public-url', service.url,
    '--api-base', sb.apiBase,
    '--accounts-url', sb.accountsUrl,
    '--backfill-days', '1',
  ]

  it('installs through the running service, whose receiver answers the hook URL Desk registered', async () => {
    const ran = await cli(installArgs(), { ...env, ADMIN_TOKEN })
    expect(ran.code, ran.stderr).to.equal(0)
    expect(ran.stderr).to.match(new RegExp(`the running service \\(pid ${service.pid} on .*\\) holds the data directory: installing through it at ${service.url}`))
    const id = /as installation ([0-9a-f-]{36})/.exec(ran.stdout)?.[1]
    expect(id, ran.stdout).to.be.a('string')
    expect(ran.stdout).to.contain(`webhook ids: ${sb.webhooks.list()[0]!.id} → ${service.url}/hooks/desk/${id}/[secret]`)
    expect(ran.stdout).to.contain('backfill: the last 1 day(s) are being backfilled by the service')
    expect(ran.stdout).to.match(/widget token {5}\S{20,}/)
    const hooks = sb.webhooks.list()
    expect(hooks).to.have.length(1)
    expect(hooks[0]!.url.startsWith(`${service.url}/hooks/desk/${id}/`)).to.equal(true)
    expect((await fetch(hooks[0]!.url)).status).to.equal(200)
  })

  it('installs through the running service from a terminal that has only ADMIN_TOKEN: the key stays with the service', async () => {
    const ran = await cli(installArgs(), { DATA_DIR: env.DATA_DIR!, ADMIN_TOKEN })
    expect(ran.code, ran.stderr).to.equal(0)
    expect(ran.stderr).to.match(/holds the data directory: installing through it at /)
    expect(ran.stdout).to.match(/^updated org \S+ \(com\) as installation [0-9a-f-]{36}/)
  })

  it('refuses in one line, naming the fix, to install without the admin token or to run a command that needs the store itself', async () => {
    const noToken = await cli(installArgs(), env)
    expect(noToken.code).to.equal(1)
    expect(noToken.stderr.trim().split('\n'), noToken.stderr).to.have.length(1)
    expect(noToken.stderr).to.match(/^desk-sla install: the running service \(pid \d+ on .*\) holds the data directory: set ADMIN_TOKEN .* \[STORE_DATA_DIR_LOCKED\]\n$/)
    const list = await cli(['installations'], env)
    expect(list.code).to.equal(1)
    expect(list.stderr.trim().split('\n'), list.stderr).to.have.length(1)
    expect(list.stderr).to.contain(`stop it first, or do this from its admin page (${service.url}/admin)`)
    expect(list.stderr).to.match(/\[STORE_DATA_DIR_LOCKED\]\n$/)
  })

  it('lets commands open the data directory once the service has stopped, and finds the installation made through it', async () => {
    const stopped = await service.stop('SIGTERM')
    expect(stopped.code).to.equal(0)
    const list = await cli(['installations'], env)
    expect(list.code, list.stderr).to.equal(0)
    expect(list.stdout).to.match(new RegExp(`\\s${sb.orgId}\\s+com\\s+active\\s+1\\s`))
  })
})
