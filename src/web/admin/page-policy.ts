// Policy: the active policy and its source files, the "try a ticket" form with every output
// field and its reasons, and the "recompute open tickets" action with its summary.
import { stringify } from 'yaml'
import type { Policy } from '../../engine/policy.js'
import type { RecomputeResult } from '../../pipeline/recompute.js'
import { csrfField, esc } from './html.js'
import type { TryOutcome } from './try-ticket.js'

export interface RecomputeSummary {
  installationId: string
  name: string
  result: RecomputeResult | null
  error: string | null
}

const RESULT_FIELDS = [
  'severity', 'severitySource', 'ticketType', 'team', 'exempt', 'tier', 'priorityAccount', 'region', 'subRegion', 'clock', 'timeZone',
  'acknowledgementHours', 'determinationHours', 'firstResponseDue', 'followUpDue', 'determinationDue', 'responseDueDate', 'dueDate',
] as const

function field(label: string, name: string, value: string | undefined, attrs = ''): string {
  return `<label>${esc(label)} <input name="${name}" value="${esc(value ?? '')}" ${attrs}></label>`
}

function select(label: string, name: string, values: string[], value: string | undefined): string {
  return `<label>${esc(label)} <select name="${name}">${values.map((v) => `<option value="${esc(v)}"${v === (value ?? '') ? ' selected' : ''}>${esc(v || '—')}</option>`).join('')}</select></label>`
}

function tryResult(outcome: TryOutcome | null): string {
  if (!outcome) return ''
  if (!outcome.ok) return `<p class="warn" id="try-error" role="alert">${esc(outcome.error.code)}: ${esc(outcome.error.message)}</p>`
  const r = outcome.result
  const rows = RESULT_FIELDS.map((k) => `<tr><th scope="row">${k}</th><td data-field="${k}">${esc(r[k] === null ? '—' : String(r[k]))}</td></tr>`).join('')
  return `<section id="try-result"><h3>Result</h3>
<table class="kv">${rows}<tr><th scope="row">escalation</th><td data-field="escalation">level ${r.escalation.level}, ${esc(r.escalation.owner)}</td></tr></table>
<h3>Reasons</h3><ul class="reasons">${r.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></section>`
}

function recomputeResult(summary: RecomputeSummary[] | null): string {
  if (!summary) return ''
  const rows = summary
    .map((s) =>
      s.result
        ? `<tr><td>${esc(s.name)}</td><td>${s.result.seen}</td><td>${s.result.changed}</td><td>${s.result.unchanged}</td><td>${s.result.failed}</td></tr>`
        : `<tr><td>${esc(s.name)}</td><td colspan="4" class="error">${esc(s.error ?? 'failed')}</td></tr>`,
    )
    .join('')
  return `<table id="recompute-result"><caption>Recompute finished</caption><thead><tr><th scope="col">Installation</th><th scope="col">Open tickets</th><th scope="col">Changed</th><th scope="col">Unchanged</th><th scope="col">Failed</th></tr></thead><tbody>${rows}</tbody></table>`
}

export function policyBody(o: {
  policy: Policy
  source: string
  overrides: { name: string; keys: string[] }[]
  csrf: string
  form: Record<string, string | undefined>
  outcome: TryOutcome | null
  recompute: RecomputeSummary[] | null
  now: string
}): string {
  const f = o.form
  const types = ['', ...o.policy.ticketTypes.map((t) => t.name)]
  return `<section><h2>Active policy</h2>
<p>Source: <code id="policy-source">${esc(o.source)}</code></p>
${o.overrides.length ? `<p>Installations with their own overrides: ${o.overrides.map((x) => `${esc(x.name)} (${esc(x.keys.join(', '))})`).join('; ')}</p>` : '<p>No installation overrides it.</p>'}
<details><summary>Show the policy (merged, as the engine reads it)</summary><pre class="policy">${esc(stringify(o.policy))}</pre></details>
</section>
<section><h2>Try a ticket</h2>
<form method="post" action="/admin/policy/try" class="try" id="try-form">${csrfField(o.csrf)}
${field('Subject', 'subject', f.subject, 'maxlength="500"')}
<label class="wide">Description <textarea name="description" rows="5" maxlength="20000">${esc(f.description ?? '')}</textarea></label>
${select('Severity field', 'severity', ['', '1', '2', '3'], f.severity)}
${select('Type field', 'ticketType', types, f.ticketType)}
${field('Account country', 'country', f.country, 'placeholder="Germany, DE, Allemagne…"')}
${field('State (USA)', 'state', f.state)}
${field('Partner tier', 'tier', f.tier, 'placeholder="Premium"')}
${field('Partner score', 'score', f.score, 'inputmode="numeric"')}
${field('User licenses', 'licenses', f.licenses, 'inputmode="numeric"')}
${select('Status', 'statusType', ['', 'Open', 'On Hold', 'Closed'], f.statusType)}
${field('Created (UTC)', 'createdTime', f.createdTime, 'type="datetime-local"')}
${field('Now (UTC)', 'now', f.now ?? o.now.slice(0, 16), 'type="datetime-local"')}
<button type="submit">Compute</button>
</form>
${tryResult(o.outcome)}
</section>
<section><h2>Recompute open tickets</h2>
<p>After a policy or calendar change: every open ticket of every active installation is re-evaluated from its stored input; changed fields are written to Desk and audited.</p>
<form method="post" action="/admin/policy/recompute">${csrfField(o.csrf)}<button type="submit" id="recompute">Recompute open tickets</button></form>
${recomputeResult(o.recompute)}
</section>`
}
