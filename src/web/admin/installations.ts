// Installations (issue #6, "Installing and connecting an org … and the same through the admin page"):
// the list of connected orgs (never a secret), the "Connect an org" form that runs installOrg and then
// backfills in the background, a new widget token (shown once) and uninstall, each audited under the
// signed-in admin. The routes are declared on the admin router itself (registerInstallationRoutes), so
// its session and CSRF guards, and the signed-out test over its route table, cover them.
import type { Request, Response, Router } from 'express'
import type { DeskClientOptions } from '../../desk/client.js'
import type { Policy } from '../../engine/policy.js'
import {
  backfillInstallation,
  DEFAULT_BACKFILL_DAYS,
  INSTALL_ERROR_CODES,
  InstallError,
  installOrg,
  isInstallError,
  MAX_BACKFILL_DAYS,
  missingFieldLines,
  uninstallOrg,
  type BackfillOutcome,
  type InstallDeps,
  type InstallRequest,
  type InstallResult,
  type RequiredField,
  type UninstallResult,
} from '../../install/index.js'
import type { ServiceContext } from '../../pipeline/context.js'
import { appendAudit } from '../../store/repos/audit.js'
import { DataCenter, getInstallation, listInstallations, type Installation } from '../../store/repos/installations.js'
import { hasWidgetToken, setWidgetToken } from '../../store/repos/widget-tokens.js'
import { csrfField, esc, time } from './html.js'
import { errorBody, sendError } from '../../coded-error.js'
import { AdminError } from './errors.js'
import { installationHealth } from './queries.js'

/** what the admin page's installs may differ in from the service's defaults (tests: a Desk client that never sleeps) */
export interface AdminInstallOptions {
  /** Desk client options for the credential and field checks (the context's clients serve the rest) */
  desk?: Partial<DeskClientOptions>
  /** deliver the backfill's Desk writes itself (default false: the service's outbox worker delivers them) */
  deliver?: boolean
  /** told of every background backfill the page starts (tests await it; the page never does) */
  onBackfill?: (installationId: string, done: Promise<BackfillOutcome>) => void
}

export interface InstallationRoutesDeps {
  ctx: ServiceContext
  /** the service's PUBLIC_URL; without it the request's own origin is offered */
  publicUrl?: string
  basePolicy: () => Policy
  options?: AdminInstallOptions
  /** renders a page inside the dashboard layout */
  render: (res: Response, title: string, body: string, status?: number) => void
  actorOf: (res: Response) => string
  csrfOf: (res: Response) => string
}

/** a background backfill as the list shows it (kept in memory by this process) */
export interface BackfillState {
  status: 'running' | BackfillOutcome['status']
  days: number
  startedAt: string
  window: { index: number; total: number } | null
  seen: number
  message: string | null
}

export interface InstallationRow {
  id: string
  name: string
  orgId: string
  dataCenter: string
  status: Installation['status']
  statusReason: string | null
  webhooks: number
  departmentIds: string[]
  createdAt: string
  widgetToken: boolean
  lastSyncAt: string | null
  backfill: BackfillState | null
}

/** the form's values that may be shown again: never the client secret, refresh token or authorization code */
export interface ConnectFormValues {
  name: string
  dataCenter: string
  orgId: string
  clientId: string
  redirectUri: string
  departmentIds: string
  publicUrl: string
  apiBase: string
  accountsUrl: string
  backfillDays: string
  force: boolean
}

const SECRET_FIELDS = ['clientSecret', 'refreshToken', 'authorizationCode'] as const

function field(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v.trim() : ''
}

function checked(body: unknown, key: string): boolean {
  const v = field(body, key)
  return v === 'on' || v === '1' || v === 'yes' || v === 'true'
}

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`
}

/** removes every submitted secret from a text (install errors carry none; this makes sure) */
function scrubber(secrets: string[]): (text: string) => string {
  const long = secrets.filter((s) => s.length >= 6)
  return (text) => long.reduce((t, s) => t.split(s).join('[redacted]'), text)
}

export function formValues(body: unknown, defaultPublicUrl: string): ConnectFormValues {
  return {
    name: field(body, 'name'),
    dataCenter: field(body, 'dataCenter') || 'com',
    orgId: field(body, 'orgId'),
    clientId: field(body, 'clientId'),
    redirectUri: field(body, 'redirectUri'),
    departmentIds: field(body, 'departmentIds'),
    publicUrl: field(body, 'publicUrl') || defaultPublicUrl,
    apiBase: field(body, 'apiBase'),
    accountsUrl: field(body, 'accountsUrl'),
    backfillDays: field(body, 'backfillDays') || String(DEFAULT_BACKFILL_DAYS),
    force: checked(body, 'force'),
  }
}

function parseBackfillDays(text: string): number {
  if (!/^\d{1,4}$/.test(text) || Number(text) > MAX_BACKFILL_DAYS) {
    throw new InstallError('INSTALL_BAD_INPUT', `invalid install request: backfillDays: a whole number of days from 0 to ${MAX_BACKFILL_DAYS}`, {
      issues: [{ field: 'backfillDays', message: `a whole number of days from 0 to ${MAX_BACKFILL_DAYS}` }],
    })
  }
  return Number(text)
}

/** the install request of a submitted form (the install itself validates it, naming fields, never values) */
export function requestOfForm(body: unknown, v: ConnectFormValues): InstallRequest {
  const secret = (k: (typeof SECRET_FIELDS)[number]) => field(body, k) || undefined
  const optional = (value: string) => (value === '' ? undefined : value)
  const refreshToken = secret('refreshToken')
  const authorizationCode = secret('authorizationCode')
  const request: Record<string, unknown> = {
    name: optional(v.name),
    dataCenter: v.dataCenter,
    orgId: v.orgId,
    clientId: v.clientId,
    clientSecret: secret('clientSecret') ?? '',
    refreshToken,
    authorizationCode,
    redirectUri: authorizationCode !== undefined || refreshToken === undefined ? optional(v.redirectUri) : undefined,
    apiBase: optional(v.apiBase),
    accountsUrl: optional(v.accountsUrl),
    departmentIds: v.departmentIds.split(/[\s,]+/).filter((d) => d !== ''),
    publicUrl: v.publicUrl,
    // the request answers at once: the backfill runs after it, in the background
    backfillDays: 0,
    force: v.force,
  }
  for (const [k, value] of Object.entries(request)) if (value === undefined) delete request[k]
  return request as InstallRequest
}

export async function installationRows(ctx: ServiceContext, backfills: ReadonlyMap<string, BackfillState> = new Map()): Promise<InstallationRow[]> {
  const [installations, health] = await Promise.all([listInstallations(ctx.db), installationHealth(ctx.db)])
  const lastSync = new Map(health.map((h) => [h.installationId, h.lastSyncAt]))
  return Promise.all(
    installations.map(async (i) => ({
      id: i.id,
      name: i.name,
      orgId: i.orgId,
      dataCenter: i.dataCenter,
      status: i.status,
      statusReason: i.statusReason,
      webhooks: i.webhookIds.length,
      departmentIds: i.departmentIds,
      createdAt: i.createdAt,
      widgetToken: await hasWidgetToken(ctx.db, i.id),
      lastSyncAt: lastSync.get(i.id) ?? null,
      backfill: backfills.get(i.id) ?? null,
    })),
  )
}

// ---- HTML ----

function backfillText(b: BackfillState | null): string {
  if (!b) return '—'
  const w = b.window ? ` (window ${Math.min(b.window.index + 1, b.window.total)}/${b.window.total})` : ''
  if (b.status === 'running') return `running${w}, ${b.seen} ticket(s) seen`
  if (b.status === 'failed') return `failed: ${b.message ?? ''}`
  if (b.status === 'deferred') return `paused (the org is low on API credits): ${b.seen} ticket(s) seen; the next sync continues`
  if (b.status === 'skipped') return 'skipped'
  return `done: ${b.seen} ticket(s) seen`
}

function listTable(rows: InstallationRow[]): string {
  const body = rows
    .map(
      (r) => `<tr data-installation="${esc(r.id)}"><td>${esc(r.name || r.orgId)}<br><small>${esc(r.id)}</small></td>
<td>${esc(r.orgId)}</td><td>${esc(r.dataCenter)}</td>
<td><span class="badge ${r.status === 'active' ? 'ok' : 'breached'}" data-status="${esc(r.status)}">${esc(r.status)}</span>${r.statusReason ? `<br><small>${esc(r.statusReason)}</small>` : ''}</td>
<td data-field="webhooks">${r.webhooks}</td><td>${r.departmentIds.length ? esc(r.departmentIds.join(', ')) : 'all'}</td>
<td>${time(r.createdAt)}</td><td data-field="widget-token">${r.widgetToken ? 'set' : 'not set'}</td><td>${time(r.lastSyncAt)}</td>
<td data-field="backfill">${esc(backfillText(r.backfill))}</td>
<td>${r.status !== 'disabled' ? `<a href="/admin/installations/${encodeURIComponent(r.id)}/widget-token">New widget token…</a><br>` : ''}<a href="/admin/installations/${encodeURIComponent(r.id)}/uninstall">Uninstall…</a></td></tr>`,
    )
    .join('\n')
  return `<table id="installations"><thead><tr><th scope="col">Installation</th><th scope="col">Org</th><th scope="col">Data center</th><th scope="col">Status</th>
<th scope="col">Webhooks</th><th scope="col">Departments</th><th scope="col">Created</th><th scope="col">Widget token</th><th scope="col">Last sync</th><th scope="col">Backfill</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
<tbody>${body || '<tr class="empty"><td colspan="11">No installations yet: connect an org below.</td></tr>'}</tbody></table>`
}

function input(label: string, name: string, value: string, attrs = ''): string {
  return `<label>${esc(label)} <input name="${name}" value="${esc(value)}" ${attrs}></label>`
}

/** a secret input: never given a value */
function secretInput(label: string, name: string, attrs = ''): string {
  return `<label>${esc(label)} <input type="password" name="${name}" autocomplete="off" spellcheck="false" ${attrs}></label>`
}

export interface FormError {
  code: string
  message: string
  fix: string
  missing: RequiredField[]
}

function errorBox(e: FormError): string {
  const lines = e.missing.length ? `<ul id="missing-fields">${missingFieldLines(e.missing).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''
  return `<div class="warn" id="install-error" role="alert"><p><strong data-code="${esc(e.code)}">${esc(e.code)}</strong>: ${esc(e.message)}</p>${lines}
<p>What to do: ${esc(e.fix)}</p><p>The client secret and the refresh token (or code) were not kept: enter them again.</p></div>`
}

export function connectForm(csrf: string, v: ConnectFormValues, error: FormError | null): string {
  const dcs = DataCenter.options.map((dc) => `<option value="${esc(dc)}"${dc === v.dataCenter ? ' selected' : ''}>${esc(dc)}</option>`).join('')
  return `<section id="connect"><h2>Connect an org</h2>
${error ? errorBox(error) : ''}
<p class="lead">The credentials are checked against Desk, the policy's custom fields are looked up, the secrets are stored encrypted, the webhook is subscribed, and the recent tickets are backfilled in the background.</p>
<form method="post" action="/admin/installations" class="try" id="connect-form" autocomplete="off">${csrfField(csrf)}
${input('Name (optional)', 'name', v.name, 'maxlength="200"')}
<label>Data center <select name="dataCenter">${dcs}</select></label>
${input('Desk org id', 'orgId', v.orgId, 'inputmode="numeric" required placeholder="Setup → Developer Space → API"')}
${input('OAuth client id', 'clientId', v.clientId, 'required spellcheck="false"')}
${secretInput('OAuth client secret', 'clientSecret', 'required')}
${secretInput('Refresh token', 'refreshToken')}
${secretInput('or an authorization code', 'authorizationCode')}
${input('Redirect URI of the code', 'redirectUri', v.redirectUri, 'type="url"')}
${input('Department ids (comma-separated; empty: all)', 'departmentIds', v.departmentIds)}
${input('Public URL of this service (Desk calls it)', 'publicUrl', v.publicUrl, 'type="url" required')}
${input('Backfill days', 'backfillDays', v.backfillDays, `inputmode="numeric" pattern="\\d{1,4}"`)}
<label><span><input type="checkbox" name="force" value="on"${v.force ? ' checked' : ''}> install even if custom fields are missing</span></label>
<details class="wide"><summary>Advanced: API hosts (a Desk sandbox or a proxy)</summary>
${input('Desk API base URL', 'apiBase', v.apiBase, 'type="url"')}
${input('Accounts server URL', 'accountsUrl', v.accountsUrl, 'type="url"')}
</details>
<button type="submit">Connect</button>
</form></section>`
}

function widgetSettings(serviceUrl: string, installationId: string, token: string): string {
  return `<section id="widget-settings"><h2>Widget settings</h2>
<p class="warn" role="status">Copy the widget token now: it is shown this once, and only its hash is stored.</p>
<table class="kv"><tr><th scope="row">Service URL</th><td data-field="service-url"><code>${esc(serviceUrl)}</code></td></tr>
<tr><th scope="row">Installation id</th><td data-field="installation-id"><code>${esc(installationId)}</code></td></tr>
<tr><th scope="row">Widget token</th><td data-field="widget-token"><code id="widget-token">${esc(token)}</code></td></tr></table>
<p>Enter these in the extension's settings in Desk (Marketplace → the desk-sla extension → Settings).</p></section>`
}

function resultBody(r: InstallResult, o: { publicUrl: string; token: string | null; backfillDays: number }): string {
  const inst = r.installation
  const hooks =
    r.webhooks.status === 'registered'
      ? `<p id="webhooks">Webhook registered: <code>${esc(r.webhooks.ids.join(', '))}</code> (Desk calls ${esc(o.publicUrl)}/hooks/desk/${esc(inst.id)}/…)${r.webhooks.message ? ` — ${esc(r.webhooks.message)}` : ''}</p>`
      : `<p class="warn" id="webhooks">Webhook ${esc(r.webhooks.status)}: ${esc(r.webhooks.message)}</p>`
  const fields =
    r.fields.status === 'ok'
      ? `<p id="fields" data-status="ok">All ${r.fields.required.length} custom fields the policy names exist in the org.</p>`
      : r.fields.status === 'unverified'
        ? `<p class="warn" id="fields" data-status="unverified">The custom fields were not checked (${esc(r.fields.reason ?? '')}): make sure the ${r.fields.required.length} cf_ fields of the policy exist.</p>`
        : `<div class="warn" id="fields" data-status="missing"><p>Installed although ${r.fields.missing.length} custom field(s) the policy names are missing: Desk refuses writes to them until they exist.</p>
<ul id="missing-fields">${missingFieldLines(r.fields.missing).map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div>`
  const backfill =
    o.backfillDays > 0
      ? `<p id="backfill">The tickets modified in the last ${o.backfillDays} day(s) are being backfilled in the background: the list below shows its progress.</p>`
      : '<p id="backfill">No backfill (0 days): the incremental sync picks up tickets as they change.</p>'
  const widget = o.token
    ? widgetSettings(o.publicUrl, inst.id, o.token)
    : `<p id="widget-settings">The widget token is unchanged (installation id <code>${esc(inst.id)}</code>); make a new one from the list if it was lost.</p>`
  return `<section id="install-result"><h2>${r.created ? 'Installed' : 'Updated'}: ${esc(inst.name || inst.orgId)}</h2>
<table class="kv"><tr><th scope="row">Installation id</th><td data-field="installation-id"><code>${esc(inst.id)}</code></td></tr>
<tr><th scope="row">Org</th><td>${esc(inst.orgId)} (${esc(inst.dataCenter)})</td></tr>
<tr><th scope="row">Departments</th><td>${inst.departmentIds.length ? esc(inst.departmentIds.join(', ')) : 'all'}</td></tr></table>
${hooks}
${fields}
${backfill}
</section>
${widget}
<p><a href="/admin/installations">Back to the installations</a></p>`
}

function confirmPage(kind: 'uninstall' | 'widget-token', inst: Installation, csrf: string, error: string | null): string {
  const name = esc(inst.name || inst.orgId)
  const action = `/admin/installations/${encodeURIComponent(inst.id)}/${kind}`
  const warn = error ? `<p class="warn" id="confirm-error" role="alert">${esc(error)}</p>` : ''
  if (kind === 'widget-token') {
    return `${warn}<form method="post" action="${action}" id="confirm-form">${csrfField(csrf)}
<p>Make a new widget token for <strong>${name}</strong> (org ${esc(inst.orgId)})? The current token stops working at once: every agent's widget is refused until the new one is entered in the extension's settings.</p>
<p><label><input type="checkbox" name="confirm" value="yes" required> Yes, replace the widget token</label></p>
<button type="submit">New widget token</button> <a href="/admin/installations">Cancel</a></form>`
  }
  return `${warn}<form method="post" action="${action}" id="confirm-form">${csrfField(csrf)}
<p>Uninstall <strong>${name}</strong> (org ${esc(inst.orgId)}, ${esc(inst.dataCenter)})? Its webhook subscriptions are deleted from Desk and its stored secrets are removed.</p>
<p><label><input type="checkbox" name="keepData" value="on"> Keep its data (SLA history and audit stay readable; the installation is disabled)</label></p>
<p><label><input type="checkbox" name="force" value="on"> Remove it even if Desk cannot be reached (then delete the hooks in Desk: Setup → Developer Space → Webhooks)</label></p>
<p><label><input type="checkbox" name="confirm" value="yes" required> Yes, uninstall this org</label></p>
<button type="submit">Uninstall</button> <a href="/admin/installations">Cancel</a></form>`
}

function uninstallBody(r: UninstallResult): string {
  const inst = r.installation
  return `<section id="uninstall-result"><h2>Uninstalled: ${esc(inst.name || inst.orgId)}</h2>
<p>Webhooks deleted from Desk: <span id="deleted-webhooks">${r.deletedWebhooks.length ? esc(r.deletedWebhooks.join(', ')) : 'none'}</span>${r.alreadyGone.length ? ` (already gone: ${esc(r.alreadyGone.join(', '))})` : ''}.</p>
${r.webhookCleanupError ? `<p class="warn">Desk could not be asked to delete the hooks (${esc(r.webhookCleanupError)}): delete them in Desk (Setup → Developer Space → Webhooks).</p>` : ''}
<p>${r.keptData ? 'The secrets are removed; the installation is disabled and its data kept.' : 'The installation and everything stored for it are removed.'}</p>
<p><a href="/admin/installations">Back to the installations</a></p></section>`
}

// ---- routes ----

export function registerInstallationRoutes(router: Router, deps: InstallationRoutesDeps): void {
  const { ctx, render } = deps
  const opts = deps.options ?? {}
  const backfills = new Map<string, BackfillState>()
  const defaultPublicUrl = (req: Request) => (deps.publicUrl ?? originOf(req)).replace(/\/+$/, '')
  const installDeps = (): InstallDeps => ({
    db: ctx.db,
    box: ctx.box,
    policy: deps.basePolicy(),
    ctx,
    now: ctx.now,
    logger: ctx.logger,
    deliver: opts.deliver ?? false,
    ...(opts.desk ? { desk: opts.desk } : {}),
  })

  const listPage = async (res: Response, req: Request, o: { values?: ConnectFormValues; error?: FormError | null; status?: number; notice?: string } = {}) => {
    const rows = await installationRows(ctx, backfills)
    const body = `${o.notice ? `<p class="notice" role="status">${esc(o.notice)}</p>` : ''}<section><h2>Connected orgs (${rows.length})</h2>${listTable(rows)}</section>
${connectForm(deps.csrfOf(res), o.values ?? formValues({}, defaultPublicUrl(req)), o.error ?? null)}`
    render(res, 'Installations', body, o.status)
  }

  const startBackfill = (inst: Installation, days: number) => {
    const state: BackfillState = { status: 'running', days, startedAt: new Date(ctx.now()).toISOString(), window: null, seen: 0, message: null }
    backfills.set(inst.id, state)
    const done = backfillInstallation(installDeps(), ctx, inst, days, (p) => {
      if (!p.window) return
      state.window = { index: p.window.index, total: p.window.total }
      if (p.window.done) state.seen += p.window.seen ?? 0
    })
      .catch((err: unknown): BackfillOutcome => ({ status: 'failed', since: '', message: err instanceof Error ? err.message.split('\n')[0]! : String(err) }))
      .then((outcome) => {
        state.status = outcome.status
        if (outcome.status === 'failed') {
          state.message = outcome.message
          ctx.logger.warn('admin: backfill failed', { installationId: inst.id, message: outcome.message })
        } else if (outcome.status !== 'skipped') {
          state.seen = outcome.result.seen
          ctx.logger.info('admin: backfill finished', { installationId: inst.id, status: outcome.status, seen: outcome.result.seen, failed: outcome.result.failed })
        }
        return outcome
      })
    opts.onBackfill?.(inst.id, done)
  }

  router.get('/admin/installations', async (req, res) => {
    await listPage(res, req, { notice: req.query.notice === 'uninstalled' ? 'The installation was uninstalled.' : undefined })
  })

  router.get('/admin/api/installations', async (_req, res) => {
    res.json({ installations: await installationRows(ctx, backfills) })
  })

  router.post('/admin/installations', async (req, res) => {
    const values = formValues(req.body, defaultPublicUrl(req))
    const scrub = scrubber(SECRET_FIELDS.map((k) => field(req.body, k)))
    const actor = deps.actorOf(res)
    let result: InstallResult
    let days: number
    try {
      days = parseBackfillDays(values.backfillDays)
      result = await installOrg(installDeps(), requestOfForm(req.body, values))
    } catch (err) {
      if (!isInstallError(err)) {
        ctx.logger.error('admin: install failed', { orgId: values.orgId, error: scrub(err instanceof Error ? err.message : String(err)) })
        return listPage(res, req, {
          values,
          status: 500,
          error: { code: 'ADMIN_INTERNAL', message: 'the install stopped on an internal error', fix: 'look at the service log, then try again', missing: [] },
        })
      }
      ctx.logger.warn('admin: install refused', { orgId: values.orgId, code: err.code })
      const missing = err.code === 'INSTALL_FIELDS_MISSING' && Array.isArray(err.details.missing) ? (err.details.missing as RequiredField[]) : []
      return listPage(res, req, {
        values,
        status: err.status,
        error: {
          code: err.code,
          message: scrub(err.message),
          // the form's wording: a checkbox, not the CLI's --force
          fix: INSTALL_ERROR_CODES[err.code].fix.replace('--force installs anyway', 'tick "install even if custom fields are missing" to install anyway'),
          missing,
        },
      })
    }
    const token = await afterInstall(result, { actor, force: values.force, days, newWidgetToken: false, reason: 'org connected from the admin dashboard' })
    render(res, 'Installations', resultBody(result, { publicUrl: values.publicUrl.replace(/\/+$/, ''), token, backfillDays: days }))
  })

  /** the widget token (a new one, or null when it is unchanged), the audit entry, the background backfill */
  const afterInstall = async (result: InstallResult, o: { actor: string; force: boolean; days: number; newWidgetToken: boolean; reason: string }) => {
    const inst = result.installation
    const token = !o.newWidgetToken && (await hasWidgetToken(ctx.db, inst.id)) ? null : await setWidgetToken(ctx.db, inst.id, new Date(ctx.now()))
    await appendAudit(ctx.db, {
      installationId: inst.id,
      ticketId: null,
      actor: o.actor,
      action: result.created ? 'installation.install' : 'installation.reinstall',
      changes: {
        orgId: inst.orgId,
        dataCenter: inst.dataCenter,
        name: inst.name,
        departmentIds: inst.departmentIds,
        webhooks: { status: result.webhooks.status, ids: result.webhooks.ids },
        fields: { status: result.fields.status, missing: result.fields.missing.map((m) => m.apiName) },
        force: o.force,
        backfillDays: o.days,
        widgetToken: token ? 'created' : 'unchanged',
      },
      reason: o.reason,
      at: new Date(ctx.now()),
    })
    if (o.days > 0) startBackfill(inst, o.days)
    return token
  }

  // The same install as JSON, for `desk-sla install` while this service holds the embedded store
  // (issue #17): the body is the install request (InstallInput) plus `newWidgetToken`; the backfill
  // runs here, in the background, as the page's does.
  router.post('/admin/api/installations', async (req, res) => {
    const { newWidgetToken, backfillDays, ...request } = (req.body ?? {}) as Record<string, unknown>
    const secrets = [request.clientSecret, request.refreshToken, request.authorizationCode].filter((v): v is string => typeof v === 'string')
    const scrub = scrubber(secrets)
    let result: InstallResult
    let days: number
    try {
      days = backfillDays === undefined ? DEFAULT_BACKFILL_DAYS : parseBackfillDays(typeof backfillDays === 'number' ? String(backfillDays) : '')
      result = await installOrg(installDeps(), { ...(request as InstallRequest), backfillDays: 0 })
    } catch (err) {
      if (!isInstallError(err)) {
        ctx.logger.error('admin: install failed', { error: scrub(err instanceof Error ? err.message : String(err)) })
        return sendError(res, new AdminError('ADMIN_INTERNAL', 'the install stopped on an internal error: look at the service log'))
      }
      ctx.logger.warn('admin: install refused', { code: err.code })
      const report = typeof err.details.report === 'string' ? { report: err.details.report } : {}
      return res.status(err.status).json(errorBody(err.code, scrub(err.message), { fix: INSTALL_ERROR_CODES[err.code].fix, ...report }))
    }
    const token = await afterInstall(result, {
      actor: deps.actorOf(res),
      force: request.force === true,
      days,
      newWidgetToken: newWidgetToken === true,
      reason: 'org connected through the admin API (desk-sla install)',
    })
    const inst = result.installation
    res.json({
      created: result.created,
      installation: { id: inst.id, name: inst.name, orgId: inst.orgId, dataCenter: inst.dataCenter, departmentIds: inst.departmentIds },
      fields: { status: result.fields.status, required: result.fields.required.length, missing: result.fields.missing.map((m) => m.apiName), reason: result.fields.reason ?? null },
      webhooks: { status: result.webhooks.status, ids: result.webhooks.ids, message: result.webhooks.status === 'registered' ? null : result.webhooks.message },
      replacedWebhooks: result.replacedWebhooks?.deleted ?? [],
      backfill: { status: days > 0 ? 'running' : 'skipped', days },
      widgetToken: token,
    })
  })

  const found = async (req: Request, res: Response): Promise<Installation | null> => {
    const id = String(req.params.id ?? '')
    const inst = /^[A-Za-z0-9_-]{1,100}$/.test(id) ? await getInstallation(ctx.db, id) : null
    if (!inst) render(res, 'Installations', `<p class="warn" role="alert">No installation ${esc(id)}.</p><p><a href="/admin/installations">Back to the installations</a></p>`, 404)
    return inst
  }

  router.get('/admin/installations/:id/widget-token', async (req, res) => {
    const inst = await found(req, res)
    if (inst) render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), inst.status === 'disabled' ? 'This installation is uninstalled: connect the org again first.' : null))
  })

  router.post('/admin/installations/:id/widget-token', async (req, res) => {
    const inst = await found(req, res)
    if (!inst) return
    if (inst.status === 'disabled') return render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), 'This installation is uninstalled: connect the org again first.'), 409)
    if (field(req.body, 'confirm') !== 'yes') return render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), 'Tick the box to confirm.'), 400)
    const had = await hasWidgetToken(ctx.db, inst.id)
    const token = await setWidgetToken(ctx.db, inst.id, new Date(ctx.now()))
    await appendAudit(ctx.db, {
      installationId: inst.id,
      ticketId: null,
      actor: deps.actorOf(res),
      action: 'widget-token.new',
      changes: { widgetToken: had ? 'replaced' : 'created' },
      reason: 'widget token made from the admin dashboard',
      at: new Date(ctx.now()),
    })
    render(res, 'New widget token', `${widgetSettings(defaultPublicUrl(req), inst.id, token)}<p><a href="/admin/installations">Back to the installations</a></p>`)
  })

  router.get('/admin/installations/:id/uninstall', async (req, res) => {
    const inst = await found(req, res)
    if (inst) render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), null))
  })

  router.post('/admin/installations/:id/uninstall', async (req, res) => {
    const inst = await found(req, res)
    if (!inst) return
    if (field(req.body, 'confirm') !== 'yes') return render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), 'Tick the box to confirm.'), 400)
    const keepData = checked(req.body, 'keepData')
    const actor = deps.actorOf(res)
    let result: UninstallResult
    try {
      result = await uninstallOrg({ db: ctx.db, box: ctx.box, ctx, now: ctx.now, logger: ctx.logger, ...(opts.desk ? { desk: opts.desk } : {}) }, inst.id, {
        keepData,
        force: checked(req.body, 'force'),
      })
    } catch (err) {
      if (!isInstallError(err)) throw err
      return render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), `${err.code}: ${err.message} — ${INSTALL_ERROR_CODES[err.code].fix}`), err.status)
    }
    backfills.delete(inst.id)
    const changes = { orgId: inst.orgId, dataCenter: inst.dataCenter, keptData: result.keptData, deletedWebhooks: result.deletedWebhooks, webhookCleanupError: result.webhookCleanupError }
    if (result.keptData) {
      await appendAudit(ctx.db, { installationId: inst.id, ticketId: null, actor, action: 'installation.uninstall', changes, reason: 'org uninstalled from the admin dashboard (data kept)', at: new Date(ctx.now()) })
    } else {
      // the installation's audit log went with it: the service log keeps the record
      ctx.logger.info('admin: installation uninstalled', { installationId: inst.id, actor, ...changes })
    }
    render(res, 'Uninstall', uninstallBody(result))
  })
}
