// Policy: the active policy and its source files, the "try a ticket" form with every output
// field and its reasons, and the "recompute open tickets" action with its summary.
import { stringify } from 'yaml'
import type { Policy } from '../../engine/policy.js'
import type { RecomputeResult } from '../../pipeline/recompute.js'
import { csrfField, html, joinHtml, type Html } from './html.js'
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

function field(label: string, name: string, value: string | undefined, attrs: Html = html``): Html {
  return html`<label>${label} <input name="${name}" value="${value ?? ''}" ${attrs}></label>`
}

function select(label: string, name: string, values: string[], value: string | undefined): Html {
  return html`<label>${label} <select name="${name}">${values.map((v) => html`<option value="${v}"${v === (value ?? '') ? html` selected` : ''}>${v || '—'}</option>`)}</select></label>`
}

function tryResult(outcome: TryOutcome | null): Html {
  if (!outcome) return html``
  if (!outcome.ok) return html`<p class="warn" id="try-error" role="alert">${outcome.error.code}: ${outcome.error.message}</p>`
  const r = outcome.result
  const rows = RESULT_FIELDS.map((k) => html`<tr><th scope="row">${k}</th><td data-field="${k}">${r[k] === null ? '—' : String(r[k])}</td></tr>`)
  return html`<section id="try-result"><h3>Result</h3>
<table class="kv">${rows}<tr><th scope="row">escalation</th><td data-field="escalation">level ${r.escalation.level}, ${r.escalation.owner}</td></tr></table>
<h3>Reasons</h3><ul class="reasons">${r.reasons.map((x) => html`<li>${x}</li>`)}</ul></section>`
}

function recomputeResult(summary: RecomputeSummary[] | null): Html {
  if (!summary) return html``
  const rows = summary
    .map((s) =>
      s.result
        ? html`<tr><td>${s.name}</td><td>${s.result.seen}</td><td>${s.result.changed}</td><td>${s.result.unchanged}</td><td>${s.result.failed}</td></tr>`
        : html`<tr><td>${s.name}</td><td colspan="4" class="error">${s.error ?? 'failed'}</td></tr>`,
    )
  return html`<table id="recompute-result"><caption>Recompute finished</caption><thead><tr><th scope="col">Installation</th><th scope="col">Open tickets</th><th scope="col">Changed</th><th scope="col">Unchanged</th><th scope="col">Failed</th></tr></thead><tbody>${rows}</tbody></table>`
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
}): Html {
  const f = o.form
  const types = ['', ...o.policy.ticketTypes.map((t) => t.name)]
  return html`<section><h2>Active policy</h2>
<p>Source: <code id="policy-source">${o.source}</code></p>
${o.overrides.length ? html`<p>Installations with their own overrides: ${joinHtml(o.overrides.map((x) => `${x.name} (${x.keys.join(', ')})`), '; ')}</p>` : html`<p>No installation overrides it.</p>`}
<details><summary>Show the policy (merged, as the engine reads it)</summary><pre class="policy">${stringify(o.policy)}</pre></details>
</section>
<section><h2>Try a ticket</h2>
<form method="post" action="/admin/policy/try" class="try" id="try-form">${csrfField(o.csrf)}
${field('Subject', 'subject', f.subject, html`maxlength="500"`)}
<label class="wide">Description <textarea name="description" rows="5" maxlength="20000">${f.description ?? ''}</textarea></label>
${select('Severity field', 'severity', ['', '1', '2', '3'], f.severity)}
${select('Type field', 'ticketType', types, f.ticketType)}
${field('Account country', 'country', f.country, html`placeholder="Germany, DE, Allemagne…"`)}
${field('State (USA)', 'state', f.state)}
${field('Partner tier', 'tier', f.tier, html`placeholder="Premium"`)}
${field('Partner score', 'score', f.score, html`inputmode="numeric"`)}
${field('User licenses', 'licenses', f.licenses, html`inputmode="numeric"`)}
${select('Status', 'statusType', ['', 'Open', 'On Hold', 'Closed'], f.statusType)}
${field('Created (UTC)', 'createdTime', f.createdTime, html`type="datetime-local"`)}
${field('Now (UTC)', 'now', f.now ?? o.now.slice(0, 16), html`type="datetime-local"`)}
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
