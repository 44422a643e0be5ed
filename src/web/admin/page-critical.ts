// The critical-issue view: filters (a GET form; the script submits it on change) and a sortable table.
import type { CriticalFilter, CriticalReport, CriticalRow } from './critical.js'
import { TARGET_NAMES } from './critical.js'
import { ticketLink } from './desk-link.js'
import { duration, esc, options, time } from './html.js'

const FILTERS: { key: keyof CriticalReport['facets']; label: string }[] = [
  { key: 'installation', label: 'Installation' },
  { key: 'region', label: 'Region' },
  { key: 'subRegion', label: 'Sub-region' },
  { key: 'tier', label: 'Tier' },
  { key: 'severity', label: 'Severity' },
  { key: 'team', label: 'Team' },
  { key: 'level', label: 'Escalation level' },
]

function th(key: string, label: string, type: 'text' | 'number' = 'text'): string {
  return `<th scope="col" aria-sort="none" data-sort-type="${type}"><button type="button" data-sort="${esc(key)}">${esc(label)}</button></th>`
}

function row(r: CriticalRow): string {
  const pct = Math.round(r.used * 100)
  const when = r.state === 'breached' ? `${duration(r.overdueMs)} over` : `${duration(r.remainingMs)} left`
  return `<tr data-state="${esc(r.state)}" data-installation="${esc(r.installationId)}" data-ticket="${esc(r.ticketId)}">
<td data-value="${esc(r.ticketNumber ?? r.ticketId)}">${ticketLink({ ticketNumber: r.ticketNumber, subject: r.subject, webUrl: r.deskUrl }, r.ticketId)}</td>
<td>${esc(r.installationName)}</td>
<td data-value="${r.state === 'breached' ? 0 : 1}"><span class="badge ${esc(r.state)}">${r.state === 'breached' ? 'Breached' : 'At risk'}</span>${r.paused ? ' <span class="badge paused">paused</span>' : ''}</td>
<td>${esc(TARGET_NAMES[r.target])}</td>
<td data-value="${r.used}"><meter min="0" max="1.5" low="0.8" high="1" optimum="0" value="${Math.min(1.5, r.used)}" aria-label="${pct} % used"></meter> ${pct} %<br><small>${esc(when)}</small></td>
<td data-value="${esc(r.due ?? '')}">${time(r.due)}</td>
<td data-value="${r.severity}">${r.severity}</td>
<td>${esc(r.team)}<br><small>${esc(r.ticketType)}</small></td>
<td>${esc(r.tier)}${r.priorityAccount ? ' <span class="badge">large account</span>' : ''}</td>
<td>${esc(r.region)}</td>
<td>${esc(r.subRegion)}</td>
<td data-value="${r.level}">${r.level}<br><small>${esc(r.owner)}</small></td>
</tr>`
}

export function criticalBody(report: CriticalReport, filter: CriticalFilter): string {
  const breached = report.rows.filter((r) => r.state === 'breached').length
  const atRisk = report.rows.length - breached
  const selects = FILTERS.map(
    (f) => `<div class="field"><label for="f-${f.key}">${esc(f.label)}</label> <select id="f-${f.key}" name="${f.key}" data-autosubmit>${options(report.facets[f.key], filter[f.key])}</select></div>`,
  ).join('\n')
  const stateSelect = `<div class="field"><label for="f-state">State</label> <select id="f-state" name="state" data-autosubmit>${options(
    [
      { value: 'breached', label: 'Breached' },
      { value: 'at_risk', label: 'At risk' },
    ],
    filter.state,
  )}</select></div>`
  return `<p class="lead" id="critical-summary"><strong>${breached}</strong> breached and <strong>${atRisk}</strong> at risk (at least 80 % of a target used) of ${report.scanned} open tickets, computed ${time(report.computedAt)}.
Time used is <em>working</em> time on each region's calendar, paused while on hold.${report.truncated ? ' <strong>Only the first tickets were read: narrow the filters.</strong>' : ''}</p>
<form method="get" action="/admin" class="filters" aria-label="Filter critical tickets">
${selects}
${stateSelect}
<button type="submit">Apply</button> <a href="/admin">Clear</a>
</form>
${report.failures.length ? `<p class="warn">${report.failures.length} ticket(s) could not be recomputed: ${report.failures.slice(0, 5).map((f) => `#${esc(f.ticketId)} (${esc(f.error)})`).join(', ')}</p>` : ''}
<table id="critical" class="sortable">
<caption>Open tickets breached or at risk, breached first</caption>
<thead><tr>${th('ticket', 'Ticket')}${th('installation', 'Installation')}${th('state', 'State', 'number')}${th('target', 'Target')}${th('used', 'Used', 'number')}${th('due', 'Due')}${th('severity', 'Sev.', 'number')}${th('team', 'Team')}${th('tier', 'Tier')}${th('region', 'Region')}${th('subRegion', 'Sub-region')}${th('level', 'Level', 'number')}</tr></thead>
<tbody>
${report.rows.map(row).join('\n') || '<tr class="empty"><td colspan="12">Nothing breached or at risk.</td></tr>'}
</tbody>
</table>`
}
