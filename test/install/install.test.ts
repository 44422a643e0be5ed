import { expect } from 'chai'
import type { Policy } from '../../src/engine/policy.js'
import { InstallError } from '../../src/install/errors.js'
import { installOrg, type InstallProgress } from '../../src/install/install.js'
import { uninstallOrg } from '../../src/install/uninstall.js'
import { webhookSubscriptions } from '../../src/install/webhooks.js'
import { DEFAULT_TICKET_FIELDS } from '../../src/sandbox/fields.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { SecretBox } from '../../src/store/crypto.js'
import { getInstallation, getInstallationSecrets, listInstallations, verifyWebhookSecret } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'
import { handClock, installDeps, mints, newBox, requestFor, startReceiver, startSandbox, type Clock, type Receiver } from './helpers.js'

async function rawRow(db: { query: (t: string, v?: unknown[]) => Promise<{ rows: unknown[] }> }, id: string): Promise<string> {
  const installation = (await db.query('SELECT * FROM installations WHERE id = $1', [id])).rows
  const tokens = (await db.query('SELECT * FROM oauth_tokens WHERE installation_id = $1', [id])).rows
  return JSON.stringify({ installation, tokens })
}

async function failure(p: Promise<unknown>): Promise<InstallError> {
  try {
    await p
  } catch (err) {
    if (err instanceof InstallError) return err
    throw err
  }
  throw new Error('expected the install to fail')
}

forEachStore('install: connecting a Desk org', (getDb) => {
  let policy: Policy
  let clock: Clock
  let box: SecretBox
  let receiver: Receiver
  const sandboxes: Sandbox[] = []

  async function sandbox(opts: Parameters<typeof startSandbox>[1] = {}): Promise<Sandbox> {
    const sb = await startSandbox(clock, opts)
    sandboxes.push(sb)
    return sb
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
    for (const sb of sandboxes.splice(0)) {
      await sb.deliveries.idle()
      await sb.close()
    }
    await receiver.close()
    for (const inst of await listInstallations(getDb())) await getDb().query('DELETE FROM installations WHERE id = $1', [inst.id])
  })

  it('stores the installation with encrypted secrets, subscribes the webhook and backfills the open tickets', async () => {
    const sb = await sandbox()
    const steps: InstallProgress[] = []
    const logs: unknown[] = []
    const logger = { debug: (m: string, x?: unknown) => void logs.push([m, x]), info: (m: string, x?: unknown) => void logs.push([m, x]), warn: (m: string, x?: unknown) => void logs.push([m, x]), error: (m: string, x?: unknown) => void logs.push([m, x]) }
    const r = await installOrg({ ...installDeps(getDb(), box, policy, clock), logger }, { ...requestFor(sb, receiver.url), onProgress: (p) => steps.push(p) })

    expect(r.created).to.equal(true)
    expect(r.fields.status).to.equal('ok')
    const inst = r.installation
    expect(inst).to.include({ orgId: sb.orgId, dataCenter: 'com', name: `Org ${sb.orgId}`, status: 'active', hasWebhookSecret: true })
    expect((await listInstallations(getDb())).map((i) => i.id)).to.deep.equal([inst.id])

    // secrets: readable through the box, absent from the raw rows
    const secrets = (await getInstallationSecrets(getDb(), box, inst.id))!
    expect(secrets).to.include({ clientSecret: sb.clientSecret, refreshToken: sb.refreshToken })
    expect(secrets.webhookSecret).to.be.a('string').with.length.greaterThan(20)
    const raw = await rawRow(getDb(), inst.id)
    for (const plain of [sb.clientSecret, sb.refreshToken, secrets.webhookSecret!]) expect(raw).to.not.include(plain)
    expect(raw).to.include('v1:')

    // the webhook: one hook, this installation's URL and secret, every event, no echo of its own writes
    const hooks = sb.webhooks.list()
    expect(hooks).to.have.length(1)
    expect(hooks[0]).to.include({
      url: `${receiver.url}/hooks/desk/${inst.id}/${secrets.webhookSecret}`,
      ignoreSourceId: inst.id,
      isEnabled: true,
    })
    expect(hooks[0]!.subscriptions).to.deep.equal({
      Ticket_Add: null,
      Ticket_Update: { includePrevState: true },
      Ticket_Thread_Add: null,
      Ticket_Comment_Add: null,
      Account_Update: { includePrevState: true },
      Contact_Update: { includePrevState: true },
    })
    expect(r.webhooks).to.deep.equal({ status: 'registered', ids: [hooks[0]!.id] })
    expect(inst.webhookIds).to.deep.equal([hooks[0]!.id])

    // the backfill went through the pipeline and its writes reached Desk
    expect(r.backfill.status).to.equal('done')
    if (r.backfill.status !== 'done') return
    expect(r.backfill.result).to.include({ seen: sb.state.tickets.size, failed: 0 })
    const open = [...sb.state.tickets.values()].filter((t) => t.statusType !== 'Closed')
    expect(open.length).to.be.greaterThan(0)
    for (const t of open) {
      expect(t.cf.cf_region, `ticket ${t.id}`).to.be.a('string')
      expect(t.cf.cf_sla_status, `ticket ${t.id}`).to.be.a('string')
      expect(await getTicketSla(getDb(), inst.id, t.id), `ticket ${t.id}`).to.not.equal(null)
    }

    // nothing secret in the logs or the progress reports
    expect(logs.length).to.be.greaterThan(0)
    const said = JSON.stringify({ logs, steps })
    for (const plain of [sb.clientSecret, sb.refreshToken, secrets.webhookSecret!]) expect(said).to.not.include(plain)

    // one token minted for the whole install: the probe's token was handed on
    expect(mints(sb)).to.equal(1)
    expect(steps.map((s) => s.step).filter((s, i, all) => all.indexOf(s) === i)).to.deep.equal(['credentials', 'fields', 'store', 'webhooks', 'backfill'])
    expect(steps.filter((s) => s.window?.done)).to.have.length(30)
  })

  it('receives the org’s webhook deliveries at the registered URL', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { backfillDays: 0 }))
    const contact = [...sb.state.contacts.values()][0]!
    sb.ops.create({ subject: 'Printer on fire', contactId: contact.id, departmentId: [...sb.state.departments.keys()][0] }, { actor: { name: 'Customer', type: 'END_USER' } as never })
    await sb.deliveries.idle()
    const delivered = sb.deliveries.list()
    expect(delivered.length).to.be.greaterThan(0)
    expect(delivered.map((d) => d.status)).to.deep.equal(delivered.map(() => 200))
    const { rows } = await getDb().query<{ n: string }>('SELECT count(*)::text AS n FROM webhook_inbox WHERE installation_id = $1', [r.installation.id])
    expect(Number(rows[0]!.n)).to.be.greaterThan(0)
  })

  it('filters every subscription to the given departments', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    const dept = [...sb.state.departments.keys()][0]!
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { departmentIds: [dept], backfillDays: 0 }))
    expect(r.installation.departmentIds).to.deep.equal([dept])
    expect(sb.webhooks.list()[0]!.subscriptions).to.deep.equal(webhookSubscriptions([dept]))
    expect(sb.webhooks.list()[0]!.subscriptions.Ticket_Update).to.deep.equal({ departmentIds: [dept], includePrevState: true })
  })

  it('names exactly the missing custom fields, says how to add them, and stores nothing', async () => {
    const sb = await sandbox({ ticketFields: DEFAULT_TICKET_FIELDS.filter((f) => f.apiName !== 'cf_region') })
    const err = await failure(installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url)))
    expect(err.code).to.equal('INSTALL_FIELDS_MISSING')
    const missing = err.details.missing as Array<{ module: string; apiName: string; policyPaths: string[] }>
    expect(missing.map((m) => [m.module, m.apiName])).to.deep.equal([['tickets', 'cf_region']])
    expect(missing[0]!.policyPaths).to.deep.equal(['deskFields.ticket.region'])
    expect(err.message).to.match(/cf_region/).and.to.match(/--force/)
    expect(err.details.report).to.match(/Setup → Customization → Layouts and Fields → Tickets/).and.to.match(/API name is cf_region/).and.to.match(/Single Line/)
    expect(await listInstallations(getDb())).to.have.length(0)
    expect(sb.webhooks.list()).to.have.length(0)
  })

  it('installs anyway with force, reporting the missing fields', async () => {
    const sb = await sandbox({ ticketFields: DEFAULT_TICKET_FIELDS.filter((f) => f.apiName !== 'cf_region') })
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { force: true, backfillDays: 0 }))
    expect(r.fields.status).to.equal('missing')
    expect(r.fields.missing.map((m) => m.apiName)).to.deep.equal(['cf_region'])
    expect(r.webhooks.status).to.equal('registered')
    expect(r.backfill).to.deep.equal({ status: 'skipped' })
    expect(await listInstallations(getDb())).to.have.length(1)
  })

  it('refuses a wrong client secret with one clear error and stores nothing', async () => {
    const sb = await sandbox()
    const wrong = 'not-the-client-secret-42'
    const err = await failure(installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { clientSecret: wrong })))
    expect(err.code).to.equal('INSTALL_CREDENTIALS_REJECTED')
    expect(err.message).to.match(/client secret/).and.to.match(/invalid_client_secret/)
    expect(JSON.stringify({ m: err.message, d: err.details })).to.not.include(wrong).and.to.not.include(sb.refreshToken)
    expect(await listInstallations(getDb())).to.have.length(0)
    expect(sb.webhooks.list()).to.have.length(0)
    expect(sb.requests.list({ kind: 'api' })).to.have.length(0)
  })

  it('says which org is refused when the token belongs to another org', async () => {
    const sb = await sandbox()
    const err = await failure(installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { orgId: '70009999' })))
    expect(err.code).to.equal('INSTALL_ORG_REFUSED')
    expect(err.message).to.match(/70009999/).and.to.match(/OAUTH_ORG_MISMATCH/)
    expect(await listInstallations(getDb())).to.have.length(0)
  })

  it('validates the request before calling Desk, naming each bad field', async () => {
    const sb = await sandbox()
    const err = await failure(
      installOrg(installDeps(getDb(), box, policy, clock), { ...requestFor(sb, 'not a url'), refreshToken: undefined, orgId: 'abc', backfillDays: -1 } as never),
    )
    expect(err.code).to.equal('INSTALL_BAD_INPUT')
    const fields = (err.details.issues as Array<{ field: string }>).map((i) => i.field).sort()
    expect(fields).to.deep.equal(['backfillDays', 'orgId', 'publicUrl', 'refreshToken'])
    expect(err.message).to.not.include(sb.clientSecret)
    expect(sb.requests.list()).to.have.length(0)
  })

  it('keeps the installation when the edition has no webhooks, and says the search poll covers it', async () => {
    const sb = await sandbox({ edition: 'Standard', seed: { tickets: 0 } })
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { backfillDays: 0 }))
    expect(r.webhooks.status).to.equal('unavailable')
    expect(r.webhooks.status === 'unavailable' && r.webhooks.message).to.match(/LICENSE_ACCESS_LIMITED/).and.to.match(/search poll/)
    expect(r.installation.webhookIds).to.deep.equal([])
    expect(await getInstallation(getDb(), r.installation.id)).to.include({ status: 'active' })
  })

  it('registers the webhook again without ignoreSourceId when Desk refuses it with INVALID_DATA, and says so', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    sb.faults.set({ ignoreSourceId: 'refused' })
    const steps: InstallProgress[] = []
    const r = await installOrg(installDeps(getDb(), box, policy, clock), { ...requestFor(sb, receiver.url, { backfillDays: 0 }), onProgress: (p) => steps.push(p) })
    expect(r.webhooks).to.deep.include({ status: 'registered', ignoreSourceIdRefused: true })
    expect(sb.webhooks.list()).to.have.length(1)
    expect(sb.webhooks.list()[0]!.ignoreSourceId).to.equal(null)
    const posts = sb.requests.list({ method: 'POST', path: '/webhooks' })
    expect(posts.map((p) => typeof (p.body as { ignoreSourceId?: unknown }).ignoreSourceId)).to.deep.equal(['string', 'undefined'])
    expect(steps.map((p) => p.message).join('\n')).to.match(/refused the ignoreSourceId \(INVALID_DATA\); the webhook is registered without it/)
    expect(r.installation.webhookIds).to.deep.equal([sb.webhooks.list()[0]!.id])
  })

  it('checks the fields with the deprecated GET /organizationFields when GET /fields is missing, and reads the org\'s statuses', async () => {
    const sb = await sandbox({ seed: { tickets: 0 }, statuses: [
      { name: 'Open', type: 'Open' }, { name: 'Waiting on partner', type: 'On Hold' }, { name: 'Closed', type: 'Closed' }] })
    sb.faults.set({ fieldsApi: 'missing' })
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, receiver.url, { backfillDays: 0 }))
    expect(r.fields.status).to.equal('ok')
    expect(sb.requests.list({ path: '/organizationFields' }).length).to.be.greaterThan(0)
    expect(r.statuses).to.deep.include({ status: 'read', count: 3, onHold: ['Waiting on partner'], closed: ['Closed'] })
  })

  it('reports a public URL Desk cannot reach without losing the installation', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    const r = await installOrg(installDeps(getDb(), box, policy, clock), requestFor(sb, 'http://127.0.0.1:9/nowhere', { backfillDays: 0 }))
    expect(r.webhooks.status).to.equal('failed')
    const secret = (await getInstallationSecrets(getDb(), box, r.installation.id))!.webhookSecret!
    expect(r.webhooks.status === 'failed' && r.webhooks.message).to.match(/could not reach http:\/\/127\.0\.0\.1:9\/nowhere/).and.to.not.include(secret)
    expect(await listInstallations(getDb())).to.have.length(1)
  })

  it('updates the installation of an org installed again and re-registers its webhook', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    const deps = installDeps(getDb(), box, policy, clock)
    const first = await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0 }))
    const oldHook = sb.webhooks.list()[0]!.id
    const oldUrl = sb.webhooks.list()[0]!.url
    // an orphan from an interrupted install: same installation, not in the stored ids
    await sb.webhooks.create({ name: 'desk-sla', url: sb.webhooks.list()[0]!.url, subscriptions: { Ticket_Add: null }, ignoreSourceId: first.installation.id })
    clock.advanceMinutes(5)
    const dept = [...sb.state.departments.keys()][0]!
    const again = await installOrg(deps, requestFor(sb, receiver.url, { name: 'Renamed', departmentIds: [dept], backfillDays: 0 }))
    expect(again.created).to.equal(false)
    expect(again.installation.id).to.equal(first.installation.id)
    expect(again.installation).to.include({ name: 'Renamed' })
    expect(again.installation.departmentIds).to.deep.equal([dept])
    expect(await listInstallations(getDb())).to.have.length(1)
    const hooks = sb.webhooks.list()
    expect(hooks).to.have.length(1)
    expect(hooks[0]!.id).to.not.equal(oldHook)
    expect(again.replacedWebhooks!.deleted).to.have.length(2)
    expect(again.replacedWebhooks!.deleted).to.include(oldHook)
    expect(again.installation.webhookIds).to.deep.equal([hooks[0]!.id])
    // the same URL: the webhook secret did not change, so deliveries in flight are still accepted
    expect(hooks[0]!.url).to.equal(oldUrl)
  })

  it('gives the webhook a new secret on request, so the old hook URL stops working', async () => {
    const sb = await sandbox({ seed: { tickets: 0 } })
    const deps = installDeps(getDb(), box, policy, clock)
    const first = await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0 }))
    const oldSecret = (await getInstallationSecrets(getDb(), box, first.installation.id))!.webhookSecret!
    await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0, rotateWebhookSecret: true }))
    const newSecret = (await getInstallationSecrets(getDb(), box, first.installation.id))!.webhookSecret!
    expect(newSecret).to.not.equal(oldSecret)
    expect(sb.webhooks.list().map((h) => h.url)).to.deep.equal([`${receiver.url}/hooks/desk/${first.installation.id}/${newSecret}`])
    expect(await verifyWebhookSecret(getDb(), first.installation.id, oldSecret)).to.equal(false)
    expect(await verifyWebhookSecret(getDb(), first.installation.id, newSecret)).to.equal(true)
  })

  it('keeps two orgs side by side, each with its own installation, secret and webhook', async () => {
    const a = await sandbox({ orgId: '60001111', seed: { tickets: 3, seed: 1 } })
    const b = await sandbox({ orgId: '60002222', seed: { tickets: 4, seed: 2 } })
    const deps = installDeps(getDb(), box, policy, clock)
    const ra = await installOrg(deps, requestFor(a, receiver.url))
    const rb = await installOrg(deps, requestFor(b, receiver.url))
    expect(ra.installation.id).to.not.equal(rb.installation.id)
    expect((await listInstallations(getDb())).map((i) => i.orgId).sort()).to.deep.equal(['60001111', '60002222'])
    const sa = (await getInstallationSecrets(getDb(), box, ra.installation.id))!
    const sbb = (await getInstallationSecrets(getDb(), box, rb.installation.id))!
    expect(sa.webhookSecret).to.not.equal(sbb.webhookSecret)
    expect(a.webhooks.list().map((h) => h.ignoreSourceId)).to.deep.equal([ra.installation.id])
    expect(b.webhooks.list().map((h) => h.ignoreSourceId)).to.deep.equal([rb.installation.id])
    // each backfill read its own org only
    const counts = async (id: string) => Number((await getDb().query<{ n: string }>('SELECT count(*)::text AS n FROM ticket_sla WHERE installation_id = $1', [id])).rows[0]!.n)
    expect([await counts(ra.installation.id), await counts(rb.installation.id)]).to.deep.equal([3, 4])
    expect([mints(a), mints(b)]).to.deep.equal([1, 1])

    await uninstallOrg(deps, ra.installation.id)
    expect(a.webhooks.list()).to.have.length(0)
    expect(b.webhooks.list()).to.have.length(1)
    expect((await listInstallations(getDb())).map((i) => i.id)).to.deep.equal([rb.installation.id])
  })
})

forEachStore('uninstall: disconnecting a Desk org', (getDb) => {
  let policy: Policy
  let clock: Clock
  let box: SecretBox
  let receiver: Receiver
  let sb: Sandbox

  before(async () => {
    policy = await shippedPolicy()
  })
  beforeEach(async () => {
    clock = handClock()
    box = newBox()
    receiver = await startReceiver(getDb(), clock)
    sb = await startSandbox(clock, { seed: { tickets: 3, seed: 3 } })
  })
  afterEach(async () => {
    await sb.deliveries.idle()
    await sb.close()
    await receiver.close()
    for (const inst of await listInstallations(getDb())) await getDb().query('DELETE FROM installations WHERE id = $1', [inst.id])
  })

  it('deletes the webhooks from Desk, then the installation with its secrets and data', async () => {
    const deps = installDeps(getDb(), box, policy, clock)
    const { installation } = await installOrg(deps, requestFor(sb, receiver.url))
    const hookId = sb.webhooks.list()[0]!.id
    const r = await uninstallOrg(deps, installation.id)
    expect(r.deletedWebhooks).to.deep.equal([hookId])
    expect(r.keptData).to.equal(false)
    expect(sb.webhooks.list()).to.have.length(0)
    expect(await getInstallation(getDb(), installation.id)).to.equal(null)
    expect(await getInstallationSecrets(getDb(), box, installation.id)).to.equal(null)
    const { rows } = await getDb().query('SELECT 1 FROM oauth_tokens WHERE installation_id = $1', [installation.id])
    expect(rows).to.have.length(0)
  })

  it('tolerates a webhook Desk no longer has', async () => {
    const deps = installDeps(getDb(), box, policy, clock)
    const { installation } = await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0 }))
    const hookId = installation.webhookIds[0]!
    sb.webhooks.delete(hookId)
    await getDb().query(`UPDATE installations SET webhook_ids = $2::jsonb WHERE id = $1`, [installation.id, JSON.stringify([hookId])])
    const r = await uninstallOrg(deps, installation.id)
    expect(r.alreadyGone).to.deep.equal([hookId])
    expect(await getInstallation(getDb(), installation.id)).to.equal(null)
  })

  it('with keepData keeps a disabled installation and its SLA data but no secret', async () => {
    const deps = installDeps(getDb(), box, policy, clock)
    const { installation } = await installOrg(deps, requestFor(sb, receiver.url))
    const ticketId = [...sb.state.tickets.keys()][0]!
    expect(await getTicketSla(getDb(), installation.id, ticketId)).to.not.equal(null)
    const secrets = (await getInstallationSecrets(getDb(), box, installation.id))!

    const r = await uninstallOrg(deps, installation.id, { keepData: true })
    expect(r.keptData).to.equal(true)
    expect(sb.webhooks.list()).to.have.length(0)
    const kept = (await getInstallation(getDb(), installation.id))!
    expect(kept).to.include({ status: 'disabled', hasWebhookSecret: false })
    expect(kept.webhookIds).to.deep.equal([])
    expect(await getTicketSla(getDb(), installation.id, ticketId)).to.not.equal(null)
    const raw = await rawRow(getDb(), installation.id)
    expect(raw).to.not.include('v1:')
    for (const plain of [secrets.clientSecret, secrets.refreshToken, secrets.webhookSecret!]) expect(raw).to.not.include(plain)
    let readError: unknown
    try {
      await getInstallationSecrets(getDb(), box, installation.id)
    } catch (err) {
      readError = err
    }
    expect(readError).to.be.instanceOf(Error)

    // installing the org again brings it back with new secrets
    const again = await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0 }))
    expect(again.installation.id).to.equal(installation.id)
    expect(again.installation).to.include({ status: 'active', hasWebhookSecret: true })
    expect(sb.webhooks.list()).to.have.length(1)
    // and uninstalling the kept one needs no Desk call
    await uninstallOrg(deps, installation.id, { keepData: true })
    sb.requests.clear()
    await uninstallOrg(deps, installation.id)
    expect(sb.requests.list()).to.have.length(0)
    expect(await getInstallation(getDb(), installation.id)).to.equal(null)
  })

  it('refuses to forget an installation whose webhooks Desk cannot delete, unless forced', async () => {
    const deps = installDeps(getDb(), box, policy, clock)
    const { installation } = await installOrg(deps, requestFor(sb, receiver.url, { backfillDays: 0 }))
    await sb.close()
    const err = await failure(uninstallOrg(deps, installation.id))
    expect(err.code).to.equal('INSTALL_WEBHOOK_CLEANUP_FAILED')
    expect(await getInstallation(getDb(), installation.id)).to.not.equal(null)
    const r = await uninstallOrg(deps, installation.id, { force: true })
    expect(r.webhookCleanupError).to.be.a('string')
    expect(await getInstallation(getDb(), installation.id)).to.equal(null)
    sb = await startSandbox(clock) // afterEach closes it
  })

  it('names an unknown installation', async () => {
    const err = await failure(uninstallOrg(installDeps(getDb(), box, policy, clock), '00000000-0000-4000-8000-000000000000'))
    expect(err.code).to.equal('INSTALL_UNKNOWN_INSTALLATION')
  })
})
