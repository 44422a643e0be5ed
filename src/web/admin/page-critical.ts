// The critical-issue view: filters (a GET form; the script submits it on change) and a sortable table.
import type { CriticalFilter, CriticalReport, CriticalRow } from './critical.js'
import { TARGET_NAMES } from './critical.js'
import { ticketLink } from './desk-link.js'
import { duration, html, joinHtml, options, time, type Html } from './html.js'

const FILTERS: { key: keyof CriticalReport['facets']; label: string }[] = [
  { key: 'installation', label: 'Installation' },
  { key: 'region', label: 'Region' },
  { key: 'subRegion', label: 'Sub-region' },
  { key: 'tier', label: 'Tier' },
  { key: 'severity', label: 'Severity' },
  { key: 'team', label: 'Team' },
  { key: 'level', label: 'Escalation level' },
]

function th(key: string, label: string, type: 'text' | 'number' = 'text'): Html {
  return html`<th scope="col" aria-sort="none" data-sort-type="${type}"><button type="button" data-sort="${key}">${label}</button></th>`
}

function row(r: CriticalRow): Html {
  const pct = Math.round(r.used * 100)
  const when = r.state === 'breached' ? `${duration(r.overdueMs)} over` : `${duration(r.remainingMs)} left`
  return html`<tr data-state="${r.state}" data-installation="${r.installationId}" data-ticket="${r.ticketId}">
<td data-value="${r.ticketNumber ?? r.ticketId}">${ticketLink({ ticketNumber: r.ticketNumber, subject: r.subject, webUrl: r.deskUrl }, r.ticketId)}</td>
<td>${r.installationName}</td>
<td data-value="${r.state === 'breached' ? 0 : 1}"><span class="badge ${r.state}">${r.state === 'breached' ? 'Breached' : 'At risk'}</span>${r.paused ? html` <span class="badge paused">paused</span>` : ''}</td>
<td>${TARGET_NAMES[r.target]}</td>
<td data-value="${r.used}"><meter min="0" max="1.5" low="0.8" high="1" optimum="0" value="${Math.min(1.5, r.used)}" aria-label="${pct} % used"></meter> ${pct} %<br><small>${when}</small></td>
<td data-value="${r.due ?? ''}">${time(r.due)}</td>
<td data-value="${r.severity}">${r.severity}</td>
<td>${r.team}<br><small>${r.ticketType}</small></td>
<td>${r.tier}${r.priorityAccount ? html` <span class="badge">large account</span>` : ''}</td>
<td>${r.region}</td>
<td>${r.subRegion}</td>
<td data-value="${r.level}">${r.level}<br><small>${r.owner}</small></td>
</tr>`
}

export function criticalBody(report: CriticalReport, filter: CriticalFilter): Html {
  const breached = report.rows.filter((r) => r.state === 'breached').length
  const atRisk = report.rows.length - breached
  const selects = joinHtml(
    FILTERS.map(
      (f) => html`<div class="field"><label for="f-${f.key}">${f.label}</label> <select id="f-${f.key}" name="${f.key}" data-autosubmit>${options(report.facets[f.key], filter[f.key])}</select></div>`,
    ),
    '\n',
  )
  const stateSelect = html`<div class="field"><label for="f-state">State</label> <select id="f-state" name="state" data-autosubmit>${options(
    [
      { value: 'breached', label: 'Breached' },
      { value: 'at_risk', label: 'At risk' },
    ],
    filter.state,
  )}</select></div>`
  const failures = report.failures.slice(0, 5).map((f) => html`#${f.ticketId} (${f.error})`)
  return html`<p class="lead" id="critical-summary"><strong>${breached}</strong> breached and <strong>${atRisk}</strong> at risk (at least 80 % of a target used) of ${report.scanned} open tickets, computed ${time(report.computedAt)}.
Time used is <em>working</em> time on each region's calendar, paused while on hold.${report.truncated ? html` <strong>Only the first tickets were read: narrow the filters.</strong>` : ''}</p>
<form method="get" action="/admin" class="filters" aria-label="Filter critical tickets">
${selects}
${stateSelect}
<button type="submit">Apply</button> <a href="/admin">Clear</a>
</form>
${report.failures.length ? html`<p class="warn">${report.failures.length} ticket(s) could not be recomputed: ${joinHtml(failures, ', ')}</p>` : ''}
<table id="critical" class="sortable">
<caption>Open tickets breached or at risk, breached first</caption>
<thead><tr>${th('ticket', 'Ticket')}${th('installation', 'Installation')}${th('state', 'State', 'number')}${th('target', 'Target')}${th('used', 'Used', 'number')}${th('due', 'Due')}${th('severity', 'Sev.', 'number')}${th('team', 'Team')}${th('tier', 'Tier')}${th('region', 'Region')}${th('subRegion', 'Sub-region')}${th('level', 'Level', 'number')}</tr></thead>
<tbody>
${report.rows.length ? joinHtml(report.rows.map(row), '\n') : html`<tr class="empty"><td colspan="12">Nothing breached or at risk.</td></tr>`}
</tbody>
</table>`
}
