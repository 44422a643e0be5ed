// The installations page: the list of connected orgs with each backfill's progress, the
// "Connect an org" form (secrets never given back), the widget settings shown once, and the
// confirmations of a new widget token and of an uninstall.
import { missingFieldLines, type InstallResult, type UninstallResult } from '../../install/index.js'
import { DataCenter, type Installation } from '../../store/repos/installations.js'
import { csrfField, html, joinHtml, time, type Html } from './html.js'
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

export function listTable(rows: InstallationRow[]): Html {
  const body = rows
    .map(
      (r) => html`<tr data-installation="${r.id}"><td>${r.name || r.orgId}<br><small>${r.id}</small></td>
<td>${r.orgId}</td><td>${r.dataCenter}</td>
<td><span class="badge ${r.status === 'active' ? 'ok' : 'breached'}" data-status="${r.status}">${r.status}</span>${r.statusReason ? html`<br><small>${r.statusReason}</small>` : ''}</td>
<td data-field="webhooks">${r.webhooks}</td><td>${r.departmentIds.length ? r.departmentIds.join(', ') : 'all'}</td>
<td>${time(r.createdAt)}</td><td data-field="widget-token">${r.widgetToken ? 'set' : 'not set'}</td><td>${time(r.lastSyncAt)}</td>
<td data-field="backfill">${backfillText(r.backfill)}</td>
<td>${r.status !== 'disabled' ? html`<a href="/admin/installations/${encodeURIComponent(r.id)}/widget-token">New widget token…</a><br>` : ''}<a href="/admin/installations/${encodeURIComponent(r.id)}/uninstall">Uninstall…</a></td></tr>`,
    )
  return html`<table id="installations"><thead><tr><th scope="col">Installation</th><th scope="col">Org</th><th scope="col">Data center</th><th scope="col">Status</th>
<th scope="col">Webhooks</th><th scope="col">Departments</th><th scope="col">Created</th><th scope="col">Widget token</th><th scope="col">Last sync</th><th scope="col">Backfill</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
<tbody>${body.length ? joinHtml(body, '\n') : html`<tr class="empty"><td colspan="11">No installations yet: connect an org below.</td></tr>`}</tbody></table>`
}

function input(label: string, name: string, value: string, attrs: Html = html``): Html {
  return html`<label>${label} <input name="${name}" value="${value}" ${attrs}></label>`
}

/** a secret input: never given a value */
function secretInput(label: string, name: string, attrs: Html = html``): Html {
  return html`<label>${label} <input type="password" name="${name}" autocomplete="off" spellcheck="false" ${attrs}></label>`
}

function errorBox(e: FormError): Html {
  const lines = e.missing.length ? html`<ul id="missing-fields">${missingFieldLines(e.missing).map((l) => html`<li>${l}</li>`)}</ul>` : ''
  return html`<div class="warn" id="install-error" role="alert"><p><strong data-code="${e.code}">${e.code}</strong>: ${e.message}</p>${lines}
<p>What to do: ${e.fix}</p><p>The client secret and the refresh token (or code) were not kept: enter them again.</p></div>`
}

export function connectForm(csrf: string, v: ConnectFormValues, error: FormError | null): Html {
  const dcs = DataCenter.options.map((dc) => html`<option value="${dc}"${dc === v.dataCenter ? html` selected` : ''}>${dc}</option>`)
  return html`<section id="connect"><h2>Connect an org</h2>
${error ? errorBox(error) : ''}
<p class="lead">The credentials are checked against Desk, the policy's custom fields are looked up, the secrets are stored encrypted, the webhook is subscribed, and the recent tickets are backfilled in the background.</p>
<form method="post" action="/admin/installations" class="try" id="connect-form" autocomplete="off">${csrfField(csrf)}
${input('Name (optional)', 'name', v.name, html`maxlength="200"`)}
<label>Data center <select name="dataCenter">${dcs}</select></label>
${input('Desk org id', 'orgId', v.orgId, html`inputmode="numeric" required placeholder="Setup → Developer Space → API"`)}
${input('OAuth client id', 'clientId', v.clientId, html`required spellcheck="false"`)}
${secretInput('OAuth client secret', 'clientSecret', html`required`)}
${secretInput('Refresh token', 'refreshToken')}
${secretInput('or an authorization code', 'authorizationCode')}
${input('Redirect URI of the code', 'redirectUri', v.redirectUri, html`type="url"`)}
${input('Department ids (comma-separated; empty: all)', 'departmentIds', v.departmentIds)}
${input('Public URL of this service (Desk calls it)', 'publicUrl', v.publicUrl, html`type="url" required`)}
${input('Backfill days', 'backfillDays', v.backfillDays, html`inputmode="numeric" pattern="\\d{1,4}"`)}
<label><span><input type="checkbox" name="force" value="on"${v.force ? html` checked` : ''}> install even if custom fields are missing</span></label>
<details class="wide"><summary>Advanced: API hosts (a Desk sandbox or a proxy)</summary>
${input('Desk API base URL', 'apiBase', v.apiBase, html`type="url"`)}
${input('Accounts server URL', 'accountsUrl', v.accountsUrl, html`type="url"`)}
</details>
<button type="submit">Connect</button>
</form></section>`
}

export function widgetSettings(serviceUrl: string, installationId: string, token: string): Html {
  return html`<section id="widget-settings"><h2>Widget settings</h2>
<p class="warn" role="status">Copy the widget token now: it is shown this once, and only its hash is stored.</p>
<table class="kv"><tr><th scope="row">Service URL</th><td data-field="service-url"><code>${serviceUrl}</code></td></tr>
<tr><th scope="row">Installation id</th><td data-field="installation-id"><code>${installationId}</code></td></tr>
<tr><th scope="row">Widget token</th><td data-field="widget-token"><code id="widget-token">${token}</code></td></tr></table>
<p>Enter these in the extension's settings in Desk (Marketplace → the desk-sla extension → Settings).</p></section>`
}

export function resultBody(r: InstallResult, o: { publicUrl: string; token: string | null; backfillDays: number }): Html {
  const inst = r.installation
  const hooks =
    r.webhooks.status === 'registered'
      ? html`<p id="webhooks">Webhook registered: <code>${r.webhooks.ids.join(', ')}</code> (Desk calls ${o.publicUrl}/hooks/desk/${inst.id}/…)${r.webhooks.message ? ` — ${r.webhooks.message}` : ''}</p>`
      : html`<p class="warn" id="webhooks">Webhook ${r.webhooks.status}: ${r.webhooks.message}</p>`
  const fields =
    r.fields.status === 'ok'
      ? html`<p id="fields" data-status="ok">All ${r.fields.required.length} custom fields the policy names exist in the org.</p>`
      : r.fields.status === 'unverified'
        ? html`<p class="warn" id="fields" data-status="unverified">The custom fields were not checked (${r.fields.reason ?? ''}): make sure the ${r.fields.required.length} cf_ fields of the policy exist.</p>`
        : html`<div class="warn" id="fields" data-status="missing"><p>Installed although ${r.fields.missing.length} custom field(s) the policy names are missing: Desk refuses writes to them until they exist.</p>
<ul id="missing-fields">${missingFieldLines(r.fields.missing).map((l) => html`<li>${l}</li>`)}</ul></div>`
  const backfill =
    o.backfillDays > 0
      ? html`<p id="backfill">The tickets modified in the last ${o.backfillDays} day(s) are being backfilled in the background: the list below shows its progress.</p>`
      : html`<p id="backfill">No backfill (0 days): the incremental sync picks up tickets as they change.</p>`
  const widget = o.token
    ? widgetSettings(o.publicUrl, inst.id, o.token)
    : html`<p id="widget-settings">The widget token is unchanged (installation id <code>${inst.id}</code>); make a new one from the list if it was lost.</p>`
  return html`<section id="install-result"><h2>${r.created ? 'Installed' : 'Updated'}: ${inst.name || inst.orgId}</h2>
<table class="kv"><tr><th scope="row">Installation id</th><td data-field="installation-id"><code>${inst.id}</code></td></tr>
<tr><th scope="row">Org</th><td>${inst.orgId} (${inst.dataCenter})</td></tr>
<tr><th scope="row">Departments</th><td>${inst.departmentIds.length ? inst.departmentIds.join(', ') : 'all'}</td></tr></table>
${hooks}
${fields}
${backfill}
</section>
${widget}
<p><a href="/admin/installations">Back to the installations</a></p>`
}

export function confirmPage(kind: 'uninstall' | 'widget-token', inst: Installation, csrf: string, error: string | null): Html {
  const name = inst.name || inst.orgId
  const action = `/admin/installations/${encodeURIComponent(inst.id)}/${kind}`
  const warn = error ? html`<p class="warn" id="confirm-error" role="alert">${error}</p>` : ''
  if (kind === 'widget-token') {
    return html`${warn}<form method="post" action="${action}" id="confirm-form">${csrfField(csrf)}
<p>Make a new widget token for <strong>${name}</strong> (org ${inst.orgId})? The current token stops working at once: every agent's widget is refused until the new one is entered in the extension's settings.</p>
<p><label><input type="checkbox" name="confirm" value="yes" required> Yes, replace the widget token</label></p>
<button type="submit">New widget token</button> <a href="/admin/installations">Cancel</a></form>`
  }
  return html`${warn}<form method="post" action="${action}" id="confirm-form">${csrfField(csrf)}
<p>Uninstall <strong>${name}</strong> (org ${inst.orgId}, ${inst.dataCenter})? Its webhook subscriptions are deleted from Desk and its stored secrets are removed.</p>
<p><label><input type="checkbox" name="keepData" value="on"> Keep its data (SLA history and audit stay readable; the installation is disabled)</label></p>
<p><label><input type="checkbox" name="force" value="on"> Remove it even if Desk cannot be reached (then delete the hooks in Desk: Setup → Developer Space → Webhooks)</label></p>
<p><label><input type="checkbox" name="confirm" value="yes" required> Yes, uninstall this org</label></p>
<button type="submit">Uninstall</button> <a href="/admin/installations">Cancel</a></form>`
}

export function uninstallBody(r: UninstallResult): Html {
  const inst = r.installation
  return html`<section id="uninstall-result"><h2>Uninstalled: ${inst.name || inst.orgId}</h2>
<p>Webhooks deleted from Desk: <span id="deleted-webhooks">${r.deletedWebhooks.length ? r.deletedWebhooks.join(', ') : 'none'}</span>${r.alreadyGone.length ? ` (already gone: ${r.alreadyGone.join(', ')})` : ''}.</p>
${r.webhookCleanupError ? html`<p class="warn">Desk could not be asked to delete the hooks (${r.webhookCleanupError}): delete them in Desk (Setup → Developer Space → Webhooks).</p>` : ''}
<p>${r.keptData ? 'The secrets are removed; the installation is disabled and its data kept.' : 'The installation and everything stored for it are removed.'}</p>
<p><a href="/admin/installations">Back to the installations</a></p></section>`
}
