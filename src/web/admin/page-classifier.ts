// Classifier: the period form, agreement by rule/concept, team and language, and the tickets where
// agents changed what desk-sla wrote. Every value from Desk (subject, words, values) goes through esc().
import type { AgreementGroup, ClassifierFilter, ClassifierReport, Disagreement } from './classifier.js'
import { LANGUAGES } from './classifier.js'
import { esc, options, time } from './html.js'

const FIELD_NAMES = { severity: 'Severity', type: 'Type' } as const

function pct(p: number | null): string {
  return p === null ? '—' : `${p} %`
}

function languageName(code: string | null): string {
  return LANGUAGES.find((l) => l.value === (code ?? 'unknown'))?.label ?? code ?? 'Not known'
}

function sortable(key: string, label: string, type: 'text' | 'number' = 'text'): string {
  return `<th scope="col" aria-sort="none" data-sort-type="${type}"><button type="button" data-sort="${esc(key)}">${esc(label)}</button></th>`
}

function agreementTable(id: string, caption: string, head: string, groups: AgreementGroup[], label: (g: AgreementGroup) => string): string {
  const rows = groups
    .map(
      (g) => `<tr><th scope="row">${label(g)}</th><td data-value="${g.written}">${g.written}</td><td data-value="${g.overridden}">${g.overridden}</td>` +
        `<td data-value="${g.agreement ?? ''}">${pct(g.agreement)}</td></tr>`,
    )
    .join('\n')
  return `<table id="${esc(id)}" class="agreement sortable">
<caption>${esc(caption)}</caption>
<thead><tr>${sortable('group', head)}${sortable('written', 'Written', 'number')}${sortable('overridden', 'Changed by agents', 'number')}${sortable('agreement', 'Agreement', 'number')}</tr></thead>
<tbody>${rows || '<tr class="empty"><td colspan="4">Nothing written in this period.</td></tr>'}</tbody></table>`
}

function ruleLabel(g: AgreementGroup): string {
  const field = g.field ? `${FIELD_NAMES[g.field]}: ` : ''
  return `${esc(field)}${esc(g.key)}${g.concept ? ` <small>(${esc(g.concept)})</small>` : ''}`
}

function matched(d: Disagreement): string {
  if (d.words.length > 0) return d.words.map((w) => `<q>${esc(w)}</q>`).join(', ')
  if (d.sourceText) return `<small>read:</small> <q>${esc(d.sourceText)}</q>`
  return '<small>no words (the default)</small>'
}

function disagreementRow(d: Disagreement): string {
  const number = d.ticketNumber ? `#${d.ticketNumber}` : `ticket ${d.ticketId}`
  return `<tr data-ticket="${esc(d.ticketId)}" data-field="${esc(d.field)}">
<td data-value="${esc(d.overriddenAt)}">${time(d.overriddenAt)}</td>
<td>${d.deskUrl ? `<a href="${esc(d.deskUrl)}" target="_blank" rel="noopener noreferrer">${esc(number)}</a>` : esc(number)}<br><small>${esc(d.installationName)}</small></td>
<td>${esc(d.subject)}</td>
<td>${esc(FIELD_NAMES[d.field])}</td>
<td class="engine"><strong>${esc(d.engineValue)}</strong><br><small>${esc(d.rule)}${d.concept ? ` · ${esc(d.concept)}` : ''}</small></td>
<td class="words">${matched(d)}</td>
<td class="human"><strong>${esc(d.humanValue)}</strong></td>
<td>${esc(d.team)}<br><small>${esc(languageName(d.language))}</small></td>
</tr>`
}

export function classifierBody(
  report: ClassifierReport,
  form: { from: string; to: string } & Omit<ClassifierFilter, 'from' | 'to'>,
  installations: { value: string; label: string }[],
): string {
  const t = report.totals
  const select = (name: string, label: string, values: readonly { value: string; label: string }[], selected: string | undefined) =>
    `<label>${esc(label)} <select name="${esc(name)}">${options([...values], selected, 'All')}</select></label>`
  return `<form method="get" action="/admin/classifier" class="filters" aria-label="Period and filters">
<label>From <input type="date" name="from" value="${esc(form.from)}" required></label>
<label>To <input type="date" name="to" value="${esc(form.to)}" required></label>
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
${agreementTable('agreement-team', 'By team', 'Team', report.byTeam, (g) => esc(g.key))}
${agreementTable('agreement-language', 'By language', 'Language', report.byLanguage, (g) => esc(languageName(g.key)))}
<h2>Where agents disagreed</h2>
${report.truncated ? '<p class="warn">Only the newest changes are listed: choose a shorter period.</p>' : ''}
<table id="disagreements" class="sortable">
<caption>Values agents changed by hand, newest first</caption>
<thead><tr>${sortable('changed', 'Changed')}${sortable('ticket', 'Ticket')}${sortable('subject', 'Subject')}${sortable('field', 'Field')}${sortable('engine', 'desk-sla said')}<th scope="col">Words that matched</th>${sortable('human', 'Agent chose')}${sortable('team', 'Team / language')}</tr></thead>
<tbody>
${report.disagreements.map(disagreementRow).join('\n') || '<tr class="empty"><td colspan="8">No changes by agents in this period.</td></tr>'}
</tbody>
</table>`
}
