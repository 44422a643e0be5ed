// Operations: queues, dead letters and failed events with retry buttons (POST + CSRF), installations.
import { refKey, ticketLink } from './desk-link.js'
import { csrfField, html, joinHtml, seconds, time, type Html } from './html.js'
import type { OperationsReport } from './operations.js'
import type { InstallationCredits } from '../../pipeline/governor.js'

const HEALTH_TEXT: Record<string, string> = {
  ok: 'OK',
  expired: 'access token expired (the next call mints one)',
  mint_paused: 'token minting paused (Zoho limit)',
  reauth_required: 're-authorization required: install again with a new refresh token',
  disabled: 'disabled',
  no_token: 'no access token yet',
}

function counts(byStatus: Record<string, number>): Html[] {
  return Object.entries(byStatus).map(([k, v]) => html`<div><dt>${k}</dt><dd data-status="${k}">${v}</dd></div>`)
}

export function operationsBody(r: OperationsReport, csrf: string, names: Map<string, string>): Html {
  const name = (id: string) => names.get(id) ?? id
  const dead = r.deadLetters
    .map(
      (d) => html`<tr data-outbox-id="${d.id}"><td>${d.id}</td><td>${name(d.installationId)}</td><td>${ticketLink(r.tickets[refKey(d.installationId, d.ticketId)], d.ticketId)}</td><td>${d.kind}${d.fields.length ? html`<br><small>${d.fields.join(', ')}</small>` : ''}</td>
<td>${d.attempts}</td><td>${time(d.failedAt)}</td><td class="error">${d.lastError ?? ''}</td>
<td><form method="post" action="/admin/operations/outbox/retry">${csrfField(csrf)}<input type="hidden" name="id" value="${d.id}"><button type="submit" aria-label="Retry write ${d.id}">Retry</button></form></td></tr>`,
    )
  const failed = r.failedEvents
    .map(
      (e) => html`<tr data-event-id="${e.id}"><td>${e.id}</td><td>${name(e.installationId)}</td><td>${e.eventType}</td><td>${e.ticketId ? ticketLink(r.tickets[refKey(e.installationId, e.ticketId)], e.ticketId) : '—'}</td>
<td>${e.attempts}</td><td>${time(e.receivedAt)}</td><td class="error">${e.error ?? ''}</td>
<td><form method="post" action="/admin/operations/inbox/retry">${csrfField(csrf)}<input type="hidden" name="id" value="${e.id}"><button type="submit" aria-label="Retry event ${e.id}">Retry</button></form></td></tr>`,
    )
  const installs = r.installations
    .map(
      (i) => html`<tr data-installation="${i.installationId}"><td>${i.name || i.orgId}<br><small>${i.installationId}</small></td><td>${i.orgId} (${i.dataCenter})</td>
<td>${i.status}${i.statusReason ? html`<br><small>${i.statusReason}</small>` : ''}</td><td>${time(i.lastSyncAt)}</td>
<td><span class="badge ${i.tokenHealth === 'ok' || i.tokenHealth === 'expired' ? 'ok' : 'breached'}" data-token-health="${i.tokenHealth}">${HEALTH_TEXT[i.tokenHealth] ?? i.tokenHealth}</span>
${i.tokenExpiresAt ? html`<br><small>expires ${time(i.tokenExpiresAt)}</small>` : ''}${i.mintPausedUntil ? html`<br><small>paused until ${time(i.mintPausedUntil)}</small>` : ''}</td></tr>`,
    )
  return html`<div class="cards">
<section class="card"><h2>Webhook inbox</h2>
<p>Oldest waiting event: <strong id="inbox-oldest">${r.inbox.oldestPendingAgeSeconds === null ? 'none waiting' : seconds(r.inbox.oldestPendingAgeSeconds)}</strong></p>
<p>Processing lag, last hour: average ${seconds(r.inbox.avgLagSeconds)}, longest ${seconds(r.inbox.maxLagSeconds)}</p>
<dl class="counts">${counts(r.inbox.byStatus)}</dl></section>
<section class="card"><h2>Outbox (Desk writes)</h2>
<p>Waiting to be sent: <strong id="outbox-depth">${r.outbox.depth}</strong></p>
<dl class="counts">${counts(r.outbox.byStatus)}</dl></section>
</div>
<section><h2>Dead-lettered Desk writes (<span id="dead-count">${r.deadLetters.length}</span>)</h2>
${r.deadLetters.length ? html`<form method="post" action="/admin/operations/outbox/retry">${csrfField(csrf)}<input type="hidden" name="all" value="1"><button type="submit">Retry all</button></form>` : ''}
<table id="dead-letters"><thead><tr><th scope="col">Id</th><th scope="col">Installation</th><th scope="col">Ticket</th><th scope="col">Write</th><th scope="col">Attempts</th><th scope="col">Failed</th><th scope="col">Last error</th><th scope="col"><span class="sr-only">Action</span></th></tr></thead>
<tbody>${dead.length ? joinHtml(dead, '\n') : html`<tr class="empty"><td colspan="8">No dead letters.</td></tr>`}</tbody></table></section>
<section><h2>Failed webhook events (<span id="failed-count">${r.failedEvents.length}</span>)</h2>
<table id="failed-events"><thead><tr><th scope="col">Id</th><th scope="col">Installation</th><th scope="col">Event</th><th scope="col">Ticket</th><th scope="col">Attempts</th><th scope="col">Received</th><th scope="col">Error</th><th scope="col"><span class="sr-only">Action</span></th></tr></thead>
<tbody>${failed.length ? joinHtml(failed, '\n') : html`<tr class="empty"><td colspan="8">No failed events.</td></tr>`}</tbody></table></section>
${creditsSection(r.credits, name)}
<section><h2>Installations</h2>
<table id="installations"><thead><tr><th scope="col">Installation</th><th scope="col">Org</th><th scope="col">Status</th><th scope="col">Last sync</th><th scope="col">Token</th></tr></thead>
<tbody>${installs.length ? joinHtml(installs, '\n') : html`<tr class="empty"><td colspan="5">No installations.</td></tr>`}</tbody></table></section>`
}

const KIND_TEXT: Record<string, string> = {
  webhook: 'webhook reads',
  write: 'writes',
  sync: 'sync',
  backfill: 'backfill',
  recompute: 'recompute',
  retier: 'retier',
  other: 'other',
}

const LEVEL_TEXT: Record<string, string> = {
  normal: 'normal: nothing held back',
  'bulk-deferred': 'backfill, recompute and retier wait; the sync runs every 2nd tick',
  'sync-stretched': 'backfill, recompute and retier wait; the sync runs every 4th tick',
  'sync-deferred': 'only webhook work runs (the sync waits)',
  'reads-deferred': 'only writes run (webhook events that need a read wait)',
  'writes-deferred': 'nothing runs until the credits renew',
}

/** Desk API credits (issue 15): today's use by kind, the projection, the governor's level and what it holds back. */
function creditsSection(credits: InstallationCredits[], name: (id: string) => string): Html {
  const kinds = Object.keys(KIND_TEXT)
  const rows = credits
    .map((c) => {
      const s = c.status
      const cells = kinds.map((k) => {
        const u = c.byKind[k as keyof typeof c.byKind]
        return html`<td data-kind="${k}" data-credits="${u.credits}">${u.credits}${u.calls ? html`<br><small>${u.calls} call(s)</small>` : ''}${u.deferred ? html`<br><small class="error">${u.deferred} deferred</small>` : ''}</td>`
      })
      const badge = s.level === 'normal' ? 'ok' : s.level === 'bulk-deferred' || s.level === 'sync-stretched' ? 'at_risk' : 'breached'
      return html`<tr data-installation="${c.installationId}"><td>${name(c.installationId)}</td>${cells}
<td data-used="${s.used}"><strong>${s.used}</strong>${s.allowance !== null ? ` of ${s.allowance}` : ''}</td>
<td data-projected="${s.projected ?? ''}">${s.projected ?? '—'}</td>
<td><span class="badge ${badge}" data-level="${s.level}">${LEVEL_TEXT[s.level] ?? s.level}</span>${s.deskRemaining !== null ? html`<br><small>Desk says ${s.deskRemaining} left</small>` : ''}${c.waiting.events || c.waiting.writes ? html`<br><small>waiting: ${c.waiting.events} event(s), ${c.waiting.writes} write(s)</small>` : ''}</td></tr>`
    })
  return html`<section><h2>Desk API credits today (UTC)</h2>
<table id="credits"><thead><tr><th scope="col">Installation</th>${kinds.map((k) => html`<th scope="col">${KIND_TEXT[k]}</th>`)}<th scope="col">Used</th><th scope="col">Projected for the day</th><th scope="col">Governor</th></tr></thead>
<tbody>${rows.length ? joinHtml(rows, '\n') : html`<tr class="empty"><td colspan="${kinds.length + 4}">No installations.</td></tr>`}</tbody></table></section>`
}
