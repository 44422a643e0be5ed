// Classifier: the period form, agreement by rule/concept, team and language, and the tickets where
// agents changed what desk-sla wrote. Every value from Desk (subject, words, values) is escaped by html`…`.
import type { AgreementGroup, ClassifierFilter, ClassifierReport, Disagreement } from './classifier.js'
import { LANGUAGES } from './classifier.js'
import { html, joinHtml, options, time, type Html } from './html.js'

const FIELD_NAMES = { severity: 'Severity', type: 'Type' } as const

function pct(p: number | null): string {
  return p === null ? '—' : `${p} %`
}

function languageName(code: string | null): string {
  return LANGUAGES.find((l) => l.value === (code ?? 'unknown'))?.label ?? code ?? 'Not known'
}

function sortable(key: string, label: string, type: 'text' | 'number' = 'text'): Html {
  return html`<th scope="col" aria-sort="none" data-sort-type="${type}"><button type="button" data-sort="${key}">${label}</button></th>`
}

function agreementTable(id: string, caption: string, head: string, groups: AgreementGroup[], label: (g: AgreementGroup) => Html | string): Html {
  const rows = groups.map(
    (g) => html`<tr><th scope="row">${label(g)}</th><td data-value="${g.written}">${g.written}</td><td data-value="${g.overridden}">${g.overridden}</td><td data-value="${g.agreement ?? ''}">${pct(g.agreement)}</td></tr>`,
  )
  return html`<table id="${id}" class="agreement sortable">
<caption>${caption}</caption>
<thead><tr>${sortable('group', head)}${sortable('written', 'Written', 'number')}${sortable('overridden', 'Changed by agents', 'number')}${sortable('agreement', 'Agreement', 'number')}</tr></thead>
<tbody>${rows.length ? joinHtml(rows, '\n') : html`<tr class="empty"><td colspan="4">Nothing written in this period.</td></tr>`}</tbody></table>`
}

function ruleLabel(g: AgreementGroup): Html {
  const field = g.field ? `${FIELD_NAMES[g.field]}: ` : ''
  return html`${field}${g.key}${g.concept ? html` <small>(${g.concept})</small>` : ''}`
}

function matched(d: Disagreement): Html {
  if (d.words.length > 0) return joinHtml(d.words.map((w) => html`<q>${w}</q>`), ', ')
  if (d.sourceText) return html`<small>read:</small> <q>${d.sourceText}</q>`
  return html`<small>no words (the default)</small>`
}

function disagreementRow(d: Disagreement): Html {
  const number = d.ticketNumber ? `#${d.ticketNumber}` : `ticket ${d.ticketId}`
  return html`<tr data-ticket="${d.ticketId}" data-field="${d.field}">
<td data-value="${d.overriddenAt}">${time(d.overriddenAt)}</td>
<td>${d.deskUrl ? html`<a href="${d.deskUrl}" target="_blank" rel="noopener noreferrer">${number}</a>` : number}<br><small>${d.installationName}</small></td>
<td>${d.subject}</td>
<td>${FIELD_NAMES[d.field]}</td>
<td class="engine"><strong>${d.engineValue}</strong><br><small>${d.rule}${d.concept ? ` · ${d.concept}` : ''}</small></td>
<td class="words">${matched(d)}</td>
<td class="human"><strong>${d.humanValue}</strong></td>
<td>${d.team}<br><small>${languageName(d.language)}</small></td>
</tr>`
}

export function classifierBody(
  report: ClassifierReport,
  form: { from: string; to: string } & Omit<ClassifierFilter, 'from' | 'to'>,
  installations: { value: string; label: string }[],
): Html {
  const t = report.totals
  const select = (name: string, label: string, values: readonly { value: string; label: string }[], selected: string | undefined) =>
    html`<label>${label} <select name="${name}">${options([...values], selected, 'All')}</select></label>`
  return html`<form method="get" action="/admin/classifier" class="filters" aria-label="Period and filters">
<label>From <input type="date" name="from" value="${form.from}" required></label>
<label>To <input type="date" name="to" value="${form.to}" required></label>
${select('installation', 'Installation', installations, form.installation)}
${select('team', 'Team', [{ value: 'Support', label: 'Support' }, { value: 'Operations', label: 'Operations' }], form.team)}
${select('language', 'Language', LANGUAGES, form.language)}
${select('field', 'Field', [{ value: 'severity', label: 'Severity' }, { value: 'type', label: 'Type' }], form.field)}
<button type="submit">Show</button>
</form>
<p class="lead" id="classifier-summary">From ${time(report.from)} up to ${time(report.to)} desk-sla wrote <strong id="classifier-written">${t.written}</strong> severities and types;
agents changed <strong id="classifier-overridden">${t.overridden}</strong> of them by hand: agreement <strong id="classifier-agreement">${pct(t.agreement)}</strong>.</p>
<p class="lead" id="classifier-help"><strong>Agreement</strong> = the values agents left as desk-sla wrote them ÷ the values desk-sla wrote.
A value is one ticket's severity or type written by desk-sla in the period (counted by when desk-sla wrote it), decided by the engine from the ticket's words,
a template line or the default — never a value an agent set. It counts as changed when an agent later set the field to something else by hand, whenever
they did; a change that reaches the service twice counts once. Export the changes as labelled examples with <code>npx desk-sla classify-report</code>.</p>
${agreementTable('agreement-rule', 'By rule or concept', 'Rule / concept', report.byRule, ruleLabel)}
${agreementTable('agreement-team', 'By team', 'Team', report.byTeam, (g) => g.key)}
${agreementTable('agreement-language', 'By language', 'Language', report.byLanguage, (g) => languageName(g.key))}
<h2>Where agents disagreed</h2>
${report.truncated ? html`<p class="warn">Only the newest changes are listed: choose a shorter period.</p>` : ''}
<table id="disagreements" class="sortable">
<caption>Values agents changed by hand, newest first</caption>
<thead><tr>${sortable('changed', 'Changed')}${sortable('ticket', 'Ticket')}${sortable('subject', 'Subject')}${sortable('field', 'Field')}${sortable('engine', 'desk-sla said')}<th scope="col">Words that matched</th>${sortable('human', 'Agent chose')}${sortable('team', 'Team / language')}</tr></thead>
<tbody>
${report.disagreements.length ? joinHtml(report.disagreements.map(disagreementRow), '\n') : html`<tr class="empty"><td colspan="8">No changes by agents in this period.</td></tr>`}
</tbody>
</table>`
}
