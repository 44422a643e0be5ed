// The installations page: the list of connected orgs with each backfill's progress, the
// "Connect an org" form (secrets never given back), the widget settings shown once, and the
// confirmations of a new widget token and of an uninstall.
import { missingFieldLines, type InstallResult, type UninstallResult } from '../../install/index.js'
import { DataCenter, type Installation } from '../../store/repos/installations.js'
import { csrfField, esc, time } from './html.js'
import type { BackfillState, ConnectFormValues, FormError, InstallationRow } from './installations.js'

function backfillText(b: BackfillState | null): string {
  if (!b) return '—'
  const w = b.window ? ` (window ${Math.min(b.window.index + 1, b.window.total)}/${b.window.total})` : ''
  if (b.status === 'running') return `running${w}, ${b.seen} ticket(s) seen`
  if (b.status === 'failed') return `failed: ${b.message ?? ''}`
  if (b.status === 'deferred') return `paused (the org is low on API credits): ${b.seen} ticket(s) seen; the next sync continues`
  if (b.status === 'skipped') return 'skipped'
  return `done: ${b.seen} ticket(s) seen`
}

export function listTable(rows: InstallationRow[]): string {
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

export function widgetSettings(serviceUrl: string, installationId: string, token: string): string {
  return `<section id="widget-settings"><h2>Widget settings</h2>
<p class="warn" role="status">Copy the widget token now: it is shown this once, and only its hash is stored.</p>
<table class="kv"><tr><th scope="row">Service URL</th><td data-field="service-url"><code>${esc(serviceUrl)}</code></td></tr>
<tr><th scope="row">Installation id</th><td data-field="installation-id"><code>${esc(installationId)}</code></td></tr>
<tr><th scope="row">Widget token</th><td data-field="widget-token"><code id="widget-token">${esc(token)}</code></td></tr></table>
<p>Enter these in the extension's settings in Desk (Marketplace → the desk-sla extension → Settings).</p></section>`
}

export function resultBody(r: InstallResult, o: { publicUrl: string; token: string | null; backfillDays: number }): string {
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

export function confirmPage(kind: 'uninstall' | 'widget-token', inst: Installation, csrf: string, error: string | null): string {
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

export function uninstallBody(r: UninstallResult): string {
  const inst = r.installation
  return `<section id="uninstall-result"><h2>Uninstalled: ${esc(inst.name || inst.orgId)}</h2>
<p>Webhooks deleted from Desk: <span id="deleted-webhooks">${r.deletedWebhooks.length ? esc(r.deletedWebhooks.join(', ')) : 'none'}</span>${r.alreadyGone.length ? ` (already gone: ${esc(r.alreadyGone.join(', '))})` : ''}.</p>
${r.webhookCleanupError ? `<p class="warn">Desk could not be asked to delete the hooks (${esc(r.webhookCleanupError)}): delete them in Desk (Setup → Developer Space → Webhooks).</p>` : ''}
<p>${r.keptData ? 'The secrets are removed; the installation is disabled and its data kept.' : 'The installation and everything stored for it are removed.'}</p>
<p><a href="/admin/installations">Back to the installations</a></p></section>`
}
