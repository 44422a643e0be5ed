// The admin dashboard's installations page (issue #6, "Installing and connecting an org … and the same
// through the admin page") against a real store and a live Desk sandbox: the service's own app serves
// both the dashboard and the webhook receiver, so the sandbox's GET check of the hook URL reaches it.
import { expect } from 'chai'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import type { Policy } from '../../src/engine/policy.js'
import type { BackfillOutcome } from '../../src/install/index.js'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import { DEFAULT_TICKET_FIELDS } from '../../src/sandbox/fields.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { SecretBox } from '../../src/store/crypto.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { getInstallation, getInstallationSecrets, listInstallations } from '../../src/store/repos/installations.js'
import { getTicketSla } from '../../src/store/repos/ticket-sla.js'
import { verifyWidgetToken } from '../../src/store/repos/widget-tokens.js'
import { createAdminRouter } from '../../src/web/admin/router.js'
import { createApp } from '../../src/web/app.js'
import { shippedPolicy } from '../engine/helpers.js'
import { handClock, newBox, startSandbox, type Clock } from '../install/helpers.js'
import { forEachStore } from '../store/helpers.js'
import { ADMIN_TOKEN, declaredRoutes } from './admin-fixture.js'

interface Client {
  fetch(path: string, init?: RequestInit): Promise<Response>
  form(path: string, fields: Record<string, string>): Promise<Response>
}

const DESK_OPTIONS = { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000, timeoutMs: 5_000 }

function errorCode(html: string): string | undefined {
  return /id="install-error"[\s\S]*?data-code="([A-Z_]+)"/.exec(html)?.[1]
}

function shownToken(html: string): string | undefined {
  return /<code id="widget-token">([^<]+)<\/code>/.exec(html)?.[1]
}

function shownInstallationId(html: string): string {
  return /data-field="installation-id"><code>([^<]+)<\/code>/.exec(html)![1]!
}

forEachStore('admin dashboard: installations (connect an org, widget token, uninstall)', (getDb) => {
  let policy: Policy
  let clock: Clock
  let box: SecretBox
  let ctx: ServiceContext
  let server: Server
  let origin: string
  let router: ReturnType<typeof createAdminRouter>
  const backfills: Promise<BackfillOutcome>[] = []
  const sandboxes: Sandbox[] = []

  before(async () => {
    policy = await shippedPolicy()
    clock = handClock()
    box = newBox()
    ctx = createContext({ db: getDb(), box, policy, now: () => clock.now(), desk: DESK_OPTIONS })
    router = createAdminRouter({
      ctx,
      config: { ADMIN_TOKEN, SESSION_TTL_HOURS: 8, COOKIE_SECURE: false },
      install: { desk: DESK_OPTIONS, onBackfill: (_id, done) => void backfills.push(done) },
    })
    const app = createApp({ db: getDb(), now: () => clock.now(), installationCacheMs: 0, routers: [router] })
    server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve())
      server.once('error', reject)
    })
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  after(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  })

  afterEach(async () => {
    await Promise.all(backfills.splice(0))
    for (const sb of sandboxes.splice(0)) {
      await sb.deliveries.idle()
      await sb.close()
    }
    for (const inst of await listInstallations(getDb())) await getDb().query('DELETE FROM installations WHERE id = $1', [inst.id])
  })

  async function sandbox(opts: Parameters<typeof startSandbox>[1] = {}): Promise<Sandbox> {
    const sb = await startSandbox(clock, { seed: { tickets: 4, seed: 11 }, ...opts })
    sandboxes.push(sb)
    return sb
  }

  function client(): Client {
    const cookies = new Map<string, string>()
    const send = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers)
      if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
      const res = await fetch(origin + path, { ...init, headers, redirect: 'manual' })
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';')
        const eq = pair!.indexOf('=')
        if (pair!.slice(eq + 1) === '' || /Max-Age=0/.test(line)) cookies.delete(pair!.slice(0, eq))
        else cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1))
      }
      return res
    }
    return {
      fetch: send,
      form: (path, fields) =>
        send(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }),
    }
  }

  async function signedIn(): Promise<Client & { csrf: string }> {
    const c = client()
    const login = await (await c.fetch('/admin/login')).text()
    const res = await c.form('/admin/login', { _csrf: /name="_csrf" value="([^"]+)"/.exec(login)![1]!, secret: ADMIN_TOKEN, next: '/admin/installations' })
    expect(res.status).to.equal(303)
    const page = await (await c.fetch('/admin/installations')).text()
    return Object.assign(c, { csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! })
  }

  function connectFields(sb: Sandbox, csrf: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      _csrf: csrf,
      name: 'Partner Support',
      dataCenter: 'com',
      orgId: sb.orgId,
      clientId: sb.clientId,
      clientSecret: sb.clientSecret,
      refreshToken: sb.refreshToken,
      departmentIds: '',
      publicUrl: origin,
      apiBase: sb.apiBase,
      accountsUrl: sb.accountsUrl,
      backfillDays: '0',
      ...extra,
    }
  }

  async function connect(c: Client & { csrf: string }, sb: Sandbox, extra: Record<string, string> = {}): Promise<{ id: string; html: string }> {
    const res = await c.form('/admin/installations', connectFields(sb, c.csrf, extra))
    const html = await res.text()
    expect(res.status, errorCode(html)).to.equal(200)
    return { id: shownInstallationId(html), html }
  }

  it('declares its pages and actions on the admin router, so signed-out requests to them are refused', async () => {
    const routes = declaredRoutes(router).map((r) => `${r.method} ${r.path}`)
    expect(routes).to.include.members([
      'GET /admin/installations',
      'POST /admin/installations',
      'GET /admin/api/installations',
      'GET /admin/installations/:id/widget-token',
      'POST /admin/installations/:id/widget-token',
      'GET /admin/installations/:id/uninstall',
      'POST /admin/installations/:id/uninstall',
    ])
    const c = client()
    const page = await c.fetch('/admin/installations')
    expect(page.status).to.equal(303)
    expect(page.headers.get('location')).to.equal('/admin/login?next=%2Fadmin%2Finstallations')
    expect((await c.fetch('/admin/api/installations')).status).to.equal(401)
    const sb = await sandbox()
    const post = await c.form('/admin/installations', connectFields(sb, 'no-session'))
    expect(post.status).to.equal(401)
    expect(sb.webhooks.list()).to.have.length(0)
    expect(sb.requests.list({ kind: 'oauth' })).to.have.length(0)
    expect(await listInstallations(getDb())).to.have.length(0)
  })

  it('refuses a connect form without the session CSRF token and installs nothing', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const { _csrf, ...fields } = connectFields(sb, c.csrf)
    void _csrf
    const missing = await c.form('/admin/installations', fields)
    expect(missing.status).to.equal(403)
    expect(((await missing.json()) as { error: { code: string } }).error.code).to.equal('ADMIN_CSRF')
    expect((await c.form('/admin/installations', { ...fields, _csrf: `${c.csrf}x` })).status).to.equal(403)
    expect(await listInstallations(getDb())).to.have.length(0)
    expect(sb.webhooks.list()).to.have.length(0)
    expect(sb.requests.list({ kind: 'oauth' })).to.have.length(0)
  })

  it('offers the connect form with the request origin as public URL, every data center, and empty secret inputs', async () => {
    const c = await signedIn()
    const html = await (await c.fetch('/admin/installations')).text()
    expect(html).to.contain('<a href="/admin/installations" aria-current="page">Installations</a>')
    expect(html).to.contain('No installations yet')
    expect(html).to.contain(`name="publicUrl" value="${origin}"`)
    for (const dc of ['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'sa', 'uk', 'com.cn']) expect(html).to.contain(`<option value="${dc}"`)
    expect(html).to.match(/<input type="password" name="clientSecret" autocomplete="off" spellcheck="false" required>/)
    expect(html).to.match(/<input type="password" name="refreshToken" autocomplete="off" spellcheck="false" >/)
    expect(html).to.contain('name="force"')
  })

  it('connects an org through the form: stored, hook registered, widget settings shown once, backfill in the background, audited, no secret on any page', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const { id, html } = await connect(c, sb, { backfillDays: '30', departmentIds: '' })

    // stored, with the secrets encrypted and readable through the box
    const inst = (await getInstallation(getDb(), id))!
    expect(inst).to.include({ orgId: sb.orgId, dataCenter: 'com', name: 'Partner Support', status: 'active' })
    const secrets = (await getInstallationSecrets(getDb(), box, id))!
    expect(secrets).to.include({ clientSecret: sb.clientSecret, refreshToken: sb.refreshToken })

    // the sandbox holds one hook pointing at this service, and the page names it
    const hooks = sb.webhooks.list()
    expect(hooks).to.have.length(1)
    expect(hooks[0]!.url).to.equal(`${origin}/hooks/desk/${id}/${secrets.webhookSecret}`)
    expect(inst.webhookIds).to.deep.equal([hooks[0]!.id])
    expect(html).to.contain(hooks[0]!.id)
    expect(html).to.contain('id="fields" data-status="ok"')

    // the widget settings, once: service URL, installation id, a token that verifies
    expect(html).to.contain(`data-field="service-url"><code>${origin}</code>`)
    const token = shownToken(html)!
    expect(token).to.be.a('string').with.length.greaterThan(20)
    expect(await verifyWidgetToken(getDb(), id, token)).to.equal(true)

    // the page answered before the backfill ran; it then walks the org's tickets through the pipeline
    expect(html).to.contain('being backfilled in the background')
    expect(backfills).to.have.length(1)
    const outcome = await backfills[0]!
    expect(outcome.status).to.equal('done')
    if (outcome.status !== 'done') return
    expect(outcome.result).to.include({ seen: sb.state.tickets.size, failed: 0 })
    for (const t of sb.state.tickets.values()) expect(await getTicketSla(getDb(), id, t.id), `ticket ${t.id}`).to.not.equal(null)

    // audited under the signed-in admin
    const audit = await listAudit(getDb(), { installationId: id })
    expect(audit.map((a) => [a.actor, a.action])).to.deep.include(['admin:token', 'installation.install'])
    const entry = audit.find((a) => a.action === 'installation.install')!
    expect(entry.changes).to.deep.include({ orgId: sb.orgId, backfillDays: 30, widgetToken: 'created' })

    // the list and its API show the installation, its hook, token and backfill — and no secret
    const list = await (await c.fetch('/admin/installations')).text()
    const row = new RegExp(`<tr data-installation="${id}">[\\s\\S]*?</tr>`).exec(list)![0]
    expect(row).to.contain('Partner Support').and.to.contain(sb.orgId).and.to.contain('data-status="active"')
    expect(row).to.contain('<td data-field="webhooks">1</td>').and.to.contain('<td data-field="widget-token">set</td>')
    expect(row).to.match(/<td data-field="backfill">done: \d+ ticket\(s\) seen<\/td>/)
    const api = await (await c.fetch('/admin/api/installations')).text()
    expect(JSON.parse(api).installations[0]).to.include({ id, orgId: sb.orgId, webhooks: 1, widgetToken: true, status: 'active' })
    for (const said of [html, list, api]) {
      for (const secret of [sb.clientSecret, sb.refreshToken, secrets.webhookSecret!]) expect(said).to.not.include(secret)
    }
    expect(list).to.not.include(token)
    expect(api).to.not.include(token)
  })

  it('shows the widget token only once: connecting the same org again keeps the token and says so', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const first = await connect(c, sb)
    const token = shownToken(first.html)!
    const again = await connect(c, sb, { name: 'Partner Support (renamed)' })
    expect(again.id).to.equal(first.id)
    expect(again.html).to.contain('Updated: Partner Support (renamed)')
    expect(shownToken(again.html)).to.equal(undefined)
    expect(again.html).to.contain('The widget token is unchanged')
    expect(await verifyWidgetToken(getDb(), first.id, token)).to.equal(true)
    // the re-install replaced the hook: still exactly one
    expect(sb.webhooks.list()).to.have.length(1)
    expect(backfills).to.have.length(0)
  })

  it('re-renders the form with the error code, message and fix when Desk refuses the credentials, never echoing the secrets', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const wrong = 'not-the-client-secret-4242'
    const res = await c.form('/admin/installations', connectFields(sb, c.csrf, { clientSecret: wrong, departmentIds: '4000000012345' }))
    const html = await res.text()
    expect(res.status).to.equal(422)
    expect(errorCode(html)).to.equal('INSTALL_CREDENTIALS_REJECTED')
    expect(html).to.match(/invalid_client_secret/)
    expect(html).to.contain('check them against the Zoho API console entry')
    // what was typed comes back, except the secrets
    expect(html).to.contain(`name="orgId" value="${sb.orgId}"`)
    expect(html).to.contain(`name="clientId" value="${sb.clientId}"`)
    expect(html).to.contain('name="departmentIds" value="4000000012345"')
    expect(html).to.not.include(wrong)
    expect(html).to.not.include(sb.refreshToken)
    expect(html).to.not.match(/type="password"[^>]*value=/)
    expect(await listInstallations(getDb())).to.have.length(0)
    expect(sb.webhooks.list()).to.have.length(0)
  })

  it('names each missing custom field with how to add it, then installs with the "install even if missing" box ticked', async () => {
    const sb = await sandbox({ ticketFields: DEFAULT_TICKET_FIELDS.filter((f) => f.apiName !== 'cf_region') })
    const c = await signedIn()
    const refused = await c.form('/admin/installations', connectFields(sb, c.csrf))
    const html = await refused.text()
    expect(refused.status).to.equal(422)
    expect(errorCode(html)).to.equal('INSTALL_FIELDS_MISSING')
    const missing = /<ul id="missing-fields">([\s\S]*?)<\/ul>/.exec(html)![1]!
    expect(missing).to.contain('cf_region').and.to.contain('Setup → Customization → Layouts and Fields → Tickets').and.to.contain('Single Line')
    expect(html).to.contain('tick &quot;install even if custom fields are missing&quot;')
    expect(html).to.not.include(sb.clientSecret).and.to.not.include(sb.refreshToken)
    expect(await listInstallations(getDb())).to.have.length(0)

    const forced = await connect(c, sb, { force: 'on' })
    expect(forced.html).to.contain('data-status="missing"')
    expect(/<ul id="missing-fields">([\s\S]*?)<\/ul>/.exec(forced.html)![1]).to.contain('cf_region')
    expect(sb.webhooks.list()).to.have.length(1)
  })

  it('refuses a malformed form (bad org id, bad backfill days) with INSTALL_BAD_INPUT naming the fields, before calling Desk', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const badOrg = await c.form('/admin/installations', connectFields(sb, c.csrf, { orgId: 'my-org', refreshToken: '' }))
    const html = await badOrg.text()
    expect(badOrg.status).to.equal(400)
    expect(errorCode(html)).to.equal('INSTALL_BAD_INPUT')
    expect(html).to.contain('orgId:').and.to.contain('refreshToken:')
    const badDays = await c.form('/admin/installations', connectFields(sb, c.csrf, { backfillDays: 'lots' }))
    expect(badDays.status).to.equal(400)
    expect(await badDays.text()).to.contain('backfillDays')
    expect(sb.requests.list()).to.have.length(0)
    expect(await listInstallations(getDb())).to.have.length(0)
  })

  it('makes a new widget token after confirmation: shown once, the old one refused at once, audited', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const { id, html } = await connect(c, sb)
    const old = shownToken(html)!

    const confirm = await (await c.fetch(`/admin/installations/${id}/widget-token`)).text()
    expect(confirm).to.contain(`action="/admin/installations/${id}/widget-token"`).and.to.contain('name="confirm"')
    expect((await c.form(`/admin/installations/${id}/widget-token`, { confirm: 'yes' })).status).to.equal(403)
    const unconfirmed = await c.form(`/admin/installations/${id}/widget-token`, { _csrf: c.csrf })
    expect(unconfirmed.status).to.equal(400)
    expect(await verifyWidgetToken(getDb(), id, old)).to.equal(true)

    const res = await c.form(`/admin/installations/${id}/widget-token`, { _csrf: c.csrf, confirm: 'yes' })
    expect(res.status).to.equal(200)
    const page = await res.text()
    const fresh = shownToken(page)!
    expect(fresh).to.not.equal(old)
    expect(page).to.contain(`data-field="installation-id"><code>${id}</code>`)
    expect(await verifyWidgetToken(getDb(), id, fresh)).to.equal(true)
    expect(await verifyWidgetToken(getDb(), id, old)).to.equal(false)
    expect((await listAudit(getDb(), { installationId: id })).find((a) => a.action === 'widget-token.new')).to.deep.include({ actor: 'admin:token', changes: { widgetToken: 'replaced' } })
    expect(await (await c.fetch('/admin/installations')).text()).to.not.include(fresh)
    expect((await c.form('/admin/installations/no-such-installation/widget-token', { _csrf: c.csrf, confirm: 'yes' })).status).to.equal(404)
  })

  it('uninstalls after confirmation: the sandbox hooks are deleted and the installation with its secrets is gone', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const { id } = await connect(c, sb)
    expect(sb.webhooks.list()).to.have.length(1)

    const confirm = await (await c.fetch(`/admin/installations/${id}/uninstall`)).text()
    expect(confirm).to.contain('name="keepData"').and.to.contain('name="confirm"')
    expect((await c.form(`/admin/installations/${id}/uninstall`, { confirm: 'yes' })).status).to.equal(403)
    expect((await c.form(`/admin/installations/${id}/uninstall`, { _csrf: c.csrf })).status).to.equal(400)
    expect(sb.webhooks.list()).to.have.length(1)

    const res = await c.form(`/admin/installations/${id}/uninstall`, { _csrf: c.csrf, confirm: 'yes' })
    expect(res.status).to.equal(200)
    const page = await res.text()
    expect(page).to.contain('The installation and everything stored for it are removed.')
    expect(sb.webhooks.list()).to.have.length(0)
    expect(await getInstallation(getDb(), id)).to.equal(null)
    expect(await (await c.fetch('/admin/installations')).text()).to.contain('No installations yet')
  })

  it('uninstalls keeping the data: hooks and secrets gone, the installation disabled, its audit kept', async () => {
    const sb = await sandbox()
    const c = await signedIn()
    const { id, html } = await connect(c, sb)
    const token = shownToken(html)!
    const res = await c.form(`/admin/installations/${id}/uninstall`, { _csrf: c.csrf, confirm: 'yes', keepData: 'on' })
    expect(res.status).to.equal(200)
    expect(await res.text()).to.contain('the installation is disabled and its data kept')
    expect(sb.webhooks.list()).to.have.length(0)
    const inst = (await getInstallation(getDb(), id))!
    expect(inst.status).to.equal('disabled')
    expect(inst.hasWebhookSecret).to.equal(false)
    expect(await verifyWidgetToken(getDb(), id, token)).to.equal(false)
    const actions = (await listAudit(getDb(), { installationId: id })).map((a) => a.action)
    expect(actions).to.include.members(['installation.install', 'installation.uninstall'])
    const row = new RegExp(`<tr data-installation="${id}">[\\s\\S]*?</tr>`).exec(await (await c.fetch('/admin/installations')).text())![0]
    expect(row).to.contain('data-status="disabled"').and.to.not.contain('New widget token')
  })
})
