import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installCommand, type Prompter } from '../../src/cli/install.js'
import { installationsCommand } from '../../src/cli/installations.js'
import { UsageError } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { ServiceOpener } from '../../src/service-context.js'
import { uninstallCommand } from '../../src/cli/uninstall.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import type { Policy } from '../../src/engine/policy.js'
import { createContext } from '../../src/pipeline/context.js'
import { DEFAULT_TICKET_FIELDS } from '../../src/sandbox/fields.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { SecretBox } from '../../src/store/crypto.js'
import { getInstallation, listInstallations } from '../../src/store/repos/installations.js'
import { shippedPolicy } from '../engine/helpers.js'
import { fakeIo } from '../cli/fake-io.js'
import { forEachStore } from '../store/helpers.js'
import { handClock, newBox, startEchoReceiver, startReceiver, startSandbox, type Clock, type Receiver } from './helpers.js'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

function flagsFor(sb: Sandbox, publicUrl: string): string[] {
  return [
    '--data-center', 'com',
    '--org-id', sb.orgId,
    '--client-id', sb.clientId,
    '--client-secret', sb.clientSecret,
    '--refresh-token', sb.refreshToken,
    '--public-url', publicUrl,
    '--api-base', sb.apiBase,
    '--accounts-url', sb.accountsUrl,
  ]
}

/** the secret in the path of the sandbox's hook URL */
function hookSecret(sb: Sandbox): string {
  return sb.webhooks.list()[0]!.url.split('/').pop()!
}

describe('cli: desk-sla install / installations / uninstall, from the environment', function () {
  this.timeout(60_000)
  let dir: string
  let sb: Sandbox
  let receiver: Receiver
  const now = Date.parse('2026-03-09T12:00:00Z') // fakeIo's clock

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-install-'))
    sb = await startSandbox({ now: () => now, advanceMinutes() {} }, { seed: { tickets: 5, seed: 9 } })
    receiver = await startEchoReceiver()
  })
  afterEach(async () => {
    await sb.deliveries.idle()
    await Promise.all([sb.close(), receiver.close()])
    await rm(dir, { recursive: true, force: true })
  })

  it('installs non-interactively, lists and uninstalls, never printing a secret', async () => {
    const env = { DATA_DIR: join(dir, 'data'), DESK_SLA_SECRET_KEY: randomBytes(32).toString('base64') }
    const io = fakeIo({ env })
    const code = await main(['install', ...flagsFor(sb, receiver.url), '--name', 'Acme EU', '--backfill-days', '7'], io)
    expect(code, io.err).to.equal(0)
    const id = io.out.match(UUID)?.[0]
    expect(id).to.be.a('string')
    expect(io.out).to.include(`installed org ${sb.orgId} (com) as installation ${id} "Acme EU"`)
    expect(io.out).to.include(`webhook ids: ${sb.webhooks.list()[0]!.id}`)
    expect(io.out).to.include(`${receiver.url}/hooks/desk/${id}/[secret]`)
    expect(io.out).to.match(/custom fields: all \d+ found/)
    expect(io.out).to.match(/backfill since 2026-03-02T12:00:00\.000Z: \d+ ticket\(s\) seen/)
    expect(io.err).to.match(/checking the credentials/)

    const list = fakeIo({ env })
    expect(await main(['installations'], list), list.err).to.equal(0)
    expect(list.out).to.match(/^ID\s+NAME\s+ORG\s+DC\s+STATUS\s+WEBHOOKS\s+CREATED/)
    expect(list.out).to.match(new RegExp(`${id}\\s+Acme EU\\s+${sb.orgId}\\s+com\\s+active\\s+1\\s+`))
    const json = fakeIo({ env })
    expect(await main(['installations', '--json'], json)).to.equal(0)
    expect(JSON.parse(json.out)).to.have.length(1)

    const secrets = [sb.clientSecret, sb.refreshToken, hookSecret(sb)]
    const gone = fakeIo({ env })
    expect(await main(['uninstall', id!, '--yes'], gone), gone.err).to.equal(0)
    expect(gone.out).to.include(`uninstalled installation ${id}`)
    expect(sb.webhooks.list()).to.have.length(0)

    for (const text of [io.out, io.err, list.out, list.err, json.out, gone.out, gone.err]) {
      for (const s of secrets) expect(text).to.not.include(s)
    }
    const empty = fakeIo({ env })
    expect(await main(['installations'], empty)).to.equal(0)
    expect(empty.out).to.match(/no installations/)
  })

  it('lists the commands in the help', async () => {
    const io = fakeIo()
    expect(await main(['help'], io)).to.equal(0)
    expect(io.out).to.match(/install \[/).and.to.match(/uninstall ID/).and.to.match(/installations/)
  })
})

forEachStore('cli: desk-sla install on a service store', (getDb) => {
  let policy: Policy
  let clock: Clock
  let box: SecretBox
  let receiver: Receiver
  let sb: Sandbox

  const opener: ServiceOpener = async () => {
    const ctx = createContext({
      db: getDb(),
      box,
      policy,
      now: clock.now,
      desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
    })
    return { ctx, db: getDb(), policySource: 'test', close: async () => {} }
  }

  before(async () => {
    policy = await shippedPolicy()
  })
  beforeEach(async () => {
    clock = handClock()
    box = newBox()
    receiver = await startReceiver(getDb(), clock)
  })
  afterEach(async () => {
    await sb.deliveries.idle()
    await Promise.all([sb.close(), receiver.close()])
    for (const inst of await listInstallations(getDb())) await getDb().query('DELETE FROM installations WHERE id = $1', [inst.id])
  })

  it('names every missing value when stdin is not a terminal, and asks nothing', async () => {
    sb = await startSandbox(clock)
    let asked = false
    const cmd = installCommand({ open: opener, stdinIsTTY: () => false, prompter: () => ({ ask: async () => ((asked = true), ''), close() {} }) })
    const err = await cmd(['--data-center', 'eu', '--client-id', 'abc'], fakeIo()).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).to.be.instanceOf(UsageError)
    expect((err as Error).message).to.match(/^missing --org-id, --client-secret, --refresh-token \(or --auth-code\), --public-url \(stdin is not a terminal/)
    expect(asked).to.equal(false)
    expect(await listInstallations(getDb())).to.have.length(0)
  })

  it('asks for what is missing on a terminal, reading the secrets without echo', async () => {
    sb = await startSandbox(clock, { seed: { tickets: 2, seed: 5 } })
    const dept = [...sb.state.departments.keys()][0]!
    const asked: Array<{ question: string; secret: boolean }> = []
    const answers: Array<[RegExp, string]> = [
      [/data center/, 'com'],
      [/org id/, sb.orgId],
      [/client id/, sb.clientId],
      [/client secret/, sb.clientSecret],
      [/Refresh token/, sb.refreshToken],
      [/Public URL/, receiver.url],
      [/Name/, 'Prompted org'],
      [/Department/, dept],
    ]
    const prompter: Prompter = {
      async ask(question, o = {}) {
        asked.push({ question, secret: o.secret === true })
        return answers.find(([re]) => re.test(question))?.[1] ?? ''
      },
      close() {},
    }
    const io = fakeIo()
    const cmd = installCommand({ open: opener, stdinIsTTY: () => true, stderrIsTTY: () => false, prompter: () => prompter })
    const code = await cmd(['--api-base', sb.apiBase, '--accounts-url', sb.accountsUrl, '--backfill-days', '0'], io)
    expect(code, io.err).to.equal(0)
    expect(asked.filter((a) => a.secret).map((a) => a.question)).to.have.length(2)
    expect(asked.filter((a) => a.secret).every((a) => /client secret|Refresh token/.test(a.question))).to.equal(true)
    const [inst] = await listInstallations(getDb())
    expect(inst).to.include({ name: 'Prompted org', orgId: sb.orgId })
    expect(inst!.departmentIds).to.deep.equal([dept])
    expect(io.out).to.include(`departments: ${dept}`).and.to.include('backfill: skipped')
    for (const s of [sb.clientSecret, sb.refreshToken, hookSecret(sb)]) expect(io.out + io.err).to.not.include(s)
  })

  it('prints the missing-field report and refuses, then installs with --force', async () => {
    sb = await startSandbox(clock, { ticketFields: DEFAULT_TICKET_FIELDS.filter((f) => f.apiName !== 'cf_region') })
    const io = fakeIo()
    const cmd = installCommand({ open: opener, stdinIsTTY: () => false, stderrIsTTY: () => false })
    const err = await cmd([...flagsFor(sb, receiver.url)], io).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    )
    expect(err!.code).to.equal('INSTALL_FIELDS_MISSING')
    expect(io.err).to.match(/1 of the \d+ named in the policy are missing/)
    expect(io.err).to.match(/Tickets: cf_region \(named by deskFields\.ticket\.region\) — add it in Desk: Setup → Customization → Layouts and Fields → Tickets/)
    expect(await listInstallations(getDb())).to.have.length(0)

    const forced = fakeIo()
    expect(await cmd([...flagsFor(sb, receiver.url), '--force', '--backfill-days', '0'], forced), forced.err).to.equal(0)
    expect(forced.out).to.match(/custom fields: MISSING cf_region/)
  })

  it('takes repeated and comma-separated departments, and secrets from the environment', async () => {
    sb = await startSandbox(clock, { seed: { tickets: 0 } })
    const [d1, d2] = [...sb.state.departments.keys()]
    const flags = flagsFor(sb, receiver.url).filter((f, i, all) => !['--client-secret', '--refresh-token'].includes(f) && !['--client-secret', '--refresh-token'].includes(all[i - 1]!))
    const io = fakeIo({ env: { DESK_SLA_CLIENT_SECRET: sb.clientSecret, DESK_SLA_REFRESH_TOKEN: sb.refreshToken } })
    const cmd = installCommand({ open: opener, stdinIsTTY: () => false, stderrIsTTY: () => false })
    expect(await cmd([...flags, '--department', d1!, `--department=${d2},${d1}`, '--backfill-days', '0'], io), io.err).to.equal(0)
    expect((await listInstallations(getDb()))[0]!.departmentIds).to.deep.equal([d1, d2])
  })

  it('asks before uninstalling on a terminal and does nothing without a yes', async () => {
    sb = await startSandbox(clock, { seed: { tickets: 0 } })
    const io = fakeIo()
    expect(await installCommand({ open: opener, stdinIsTTY: () => false, stderrIsTTY: () => false })([...flagsFor(sb, receiver.url), '--backfill-days', '0'], io)).to.equal(0)
    const id = io.out.match(UUID)![0]
    const answering = (answer: string) => () => ({ ask: async () => answer, close() {} })

    const no = fakeIo()
    expect(await uninstallCommand({ open: opener, stdinIsTTY: () => true, prompter: answering('n') })([id], no)).to.equal(1)
    expect(no.err).to.match(/not uninstalled/)
    expect(await getInstallation(getDb(), id)).to.not.equal(null)
    expect(sb.webhooks.list()).to.have.length(1)

    const yes = fakeIo()
    expect(await uninstallCommand({ open: opener, stdinIsTTY: () => true, prompter: answering('yes') })([id, '--keep-data'], yes), yes.err).to.equal(0)
    expect(yes.out).to.match(/kept, disabled/)
    expect(await getInstallation(getDb(), id)).to.include({ status: 'disabled' })
    expect(sb.webhooks.list()).to.have.length(0)

    const listed = fakeIo()
    expect(await installationsCommand({ open: opener })([], listed)).to.equal(0)
    expect(listed.out).to.match(new RegExp(`${id}\\s+\\S.*\\s+disabled\\s+0\\s+`))
  })
})
