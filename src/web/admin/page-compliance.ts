// Compliance: the period form, totals, a chart per dimension (chart.js, served locally) and tables.
import type { ComplianceGroup, ComplianceReport, Tally } from './compliance.js'
import { compliancePercent } from './compliance.js'
import { html, joinHtml, jsonData, options, time, type Html } from './html.js'

const DIMENSIONS = [
  { key: 'region', label: 'By region' },
  { key: 'tier', label: 'By partner tier' },
  { key: 'severity', label: 'By severity' },
] as const

function pct(t: Tally): string {
  const p = compliancePercent(t)
  return p === null ? '—' : `${p} %`
}

function table(dimension: string, groups: ComplianceGroup[]): Html {
  const rows = groups
    .map(
      (g) => html`<tr><th scope="row">${dimension === 'severity' ? `Severity ${g.key}` : g.key}</th><td>${g.tickets}</td>
<td>${g.firstResponse.met}</td><td>${g.firstResponse.breached}</td><td>${g.firstResponse.open}</td><td>${pct(g.firstResponse)}</td>
<td>${g.determination.met}</td><td>${g.determination.breached}</td><td>${g.determination.open}</td><td>${pct(g.determination)}</td></tr>`,
    )
  return html`<table class="compliance" data-dimension="${dimension}">
<thead><tr><th scope="col" rowspan="2">Group</th><th scope="col" rowspan="2">Tickets</th><th scope="colgroup" colspan="4">First response</th><th scope="colgroup" colspan="4">Determination</th></tr>
<tr><th scope="col">Met</th><th scope="col">Breached</th><th scope="col">Open</th><th scope="col">Compliance</th><th scope="col">Met</th><th scope="col">Breached</th><th scope="col">Open</th><th scope="col">Compliance</th></tr></thead>
<tbody>${rows.length ? joinHtml(rows, '\n') : html`<tr class="empty"><td colspan="10">No tickets.</td></tr>`}</tbody></table>`
}

export function complianceBody(
  report: ComplianceReport,
  form: { from: string; to: string; installation?: string },
  installations: { value: string; label: string }[],
): Html {
  const q = new URLSearchParams({ from: form.from, to: form.to, ...(form.installation ? { installation: form.installation } : {}) })
  const charts = DIMENSIONS.map((d) => {
    const groups = report.groups.filter((g) => g.dimension === d.key)
    const data = {
      labels: groups.map((g) => (d.key === 'severity' ? `Severity ${g.key}` : g.key)),
      series: {
        frMet: groups.map((g) => g.firstResponse.met),
        frBreached: groups.map((g) => g.firstResponse.breached),
        detMet: groups.map((g) => g.determination.met),
        detBreached: groups.map((g) => g.determination.breached),
      },
    }
    return html`<section class="chart-block">
<h2>${d.label}</h2>
<div class="chart"><canvas data-chart="compliance" data-source="chart-${d.key}" role="img" aria-label="${d.label}: first response and determination met and breached"></canvas></div>
${jsonData(`chart-${d.key}`, data)}
${table(d.key, groups)}
</section>`
  })
  return html`<form method="get" action="/admin/compliance" class="filters" aria-label="Period">
<label>From <input type="date" name="from" value="${form.from}" required></label>
<label>To <input type="date" name="to" value="${form.to}" required></label>
<label>Installation <select name="installation">${options(installations, form.installation, 'All')}</select></label>
<button type="submit">Show</button>
<a class="button" id="csv-export" href="/admin/compliance.csv?${q.toString()}" download>Download CSV</a>
</form>
<p class="lead">Tickets created from ${time(report.from)} up to ${time(report.to)}: <strong id="compliance-tickets">${report.tickets}</strong> with targets (${report.exempt} exempt).
First response <strong id="fr-compliance">${pct(report.totals.firstResponse)}</strong> met, determination <strong id="det-compliance">${pct(report.totals.determination)}</strong> met
(of the targets decided; "open" ones are still running).</p>
${report.truncated ? html`<p class="warn">Only the first tickets were read: choose a shorter period.</p>` : ''}
${joinHtml(charts, '\n')}`
}
