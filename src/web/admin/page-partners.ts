// Partners: each stored yearly score with its tier, points to the next tier, and the breakdown as a stacked bar chart.
import { html, joinHtml, jsonData, options, type Html } from './html.js'
import type { PartnersReport } from './partners.js'

const LABELS: Record<string, string> = {
  revenueGrowth: 'Revenue growth',
  customerAcquisition: 'Customer acquisition',
  retention: 'Retention',
  csat: 'CSAT',
  escalations: 'Escalations',
  certifications: 'Certifications',
  projects: 'Projects',
  caseStudies: 'Case studies',
  practice: 'Practice size',
  campaigns: 'Campaigns',
  branding: 'Branding',
}

/** "Tier: above 600 Premium, above 400 Advanced" as the policy says; per installation when their policies differ */
function thresholdsText(thresholds: PartnersReport['thresholds']): string {
  const pair = (t: PartnersReport['thresholds'][number]) => `above ${t.premiumAbove} Premium, above ${t.advancedAbove} Advanced`
  if (thresholds.length === 0) return ''
  if (thresholds.length === 1) return `Tier: ${pair(thresholds[0]!)} (the policy's thresholds).`
  return `Tiers (the policies' thresholds): ${thresholds.map((t) => `${t.installations.join(', ')}: ${pair(t)}`).join('; ')}.`
}

export function partnersBody(r: PartnersReport): Html {
  if (r.year === null) {
    return html`<p class="lead">No partner scores yet: run <code>npx desk-sla retier --apply</code> (or wait for the yearly run).</p>`
  }
  const label = (row: PartnersReport['rows'][number]) => `${row.accountId}${row.region !== 'global' ? ` (${row.region})` : ''}`
  const chart = {
    labels: r.rows.map(label),
    datasets: r.parameters.map((p) => ({ label: LABELS[p] ?? p, data: r.rows.map((row) => row.breakdown[p] ?? 0) })),
  }
  const rows = r.rows
    .map(
      (row) => html`<tr data-account="${row.accountId}"><th scope="row">${row.accountId}</th><td>${row.installationName}</td><td>${row.region}</td>
<td data-value="${row.score}">${row.score}</td><td><span class="badge tier-${row.tier.toLowerCase()}">${row.tier}</span></td>
<td>${row.nextTier ? `${row.nextTier.pointsNeeded} points to ${row.nextTier.tier}` : 'top tier'}</td>
<td><small>${r.parameters.map((p) => `${LABELS[p] ?? p} ${row.breakdown[p] ?? 0}`).join(' · ')}</small></td></tr>`,
    )
  return html`<form method="get" action="/admin/partners" class="filters"><label>Year <select name="year" data-autosubmit>${options(
    r.years.map((y) => ({ value: String(y), label: String(y) })),
    String(r.year),
    'Latest',
  )}</select></label> <button type="submit">Show</button></form>
<p class="lead" id="partners-summary">${r.rows.length} partner scores for ${r.year}. ${thresholdsText(r.thresholds)}</p>
<div class="chart tall"><canvas data-chart="partners" data-source="chart-partners" role="img" aria-label="Score breakdown per partner"></canvas></div>
${jsonData('chart-partners', chart)}
<table id="partners" class="sortable"><thead><tr><th scope="col">Account</th><th scope="col">Installation</th><th scope="col">Region</th><th scope="col">Score</th><th scope="col">Tier</th><th scope="col">Next tier</th><th scope="col">Breakdown</th></tr></thead>
<tbody>${rows.length ? joinHtml(rows, '\n') : html`<tr class="empty"><td colspan="7">No scores.</td></tr>`}</tbody></table>`
}
