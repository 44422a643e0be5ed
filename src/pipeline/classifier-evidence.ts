// The ONE place that reads how the engine classified a ticket (issue 14, "learn from the agents"):
// which value it chose for the severity and the ticket type, from what (a custom field, a template
// line, words of the text, the default), by which rule of the policy, on which words, in which
// language. Everything that records or shows the classifier's work (the feedback store, the
// Classifier page, `desk-sla classify-report`) uses this shape and nothing of the engine itself;
// it is read from the engine's structured evidence (src/engine/evidence.ts).
import type { SlaDetail } from '../engine/compute.js'
import type { Evidence, FieldEvidence as EngineField, RuleEvidence, WordsEvidence } from '../engine/evidence.js'
import type { Policy } from '../engine/policy.js'

/** where a value came from: a custom field (a human's value), a template line, words of the text, the default */
export type EvidenceSource = 'custom-field' | 'template' | 'text' | 'default'

export interface FieldEvidence {
  /** the value chosen: "1" | "2" | "3" for the severity, the type's name for the ticket type */
  value: string
  source: EvidenceSource
  /** the rule of the policy that decided (e.g. "Support severity 1: outage", "template field", "Support default") */
  rule: string
  /** the concepts the rule matched, joined (e.g. "inability + access + partner place"); null for a field or default */
  concept: string | null
  /** the ticket's words that matched, as written; empty for a field or the default */
  words: string[]
  /** the field value or template line read, when the value came from one */
  sourceText: string | null
  /** the engine's own sentence */
  reason: string
}

export interface ClassifierEvidence {
  team: 'Support' | 'Operations'
  /** ISO 639-1 code ("en", "de", "fr") of the partner's words, null when the engine could not tell */
  language: string | null
  exempt: boolean
  clock: '24x5' | '24x7'
  severity: FieldEvidence
  type: FieldEvidence
}

/** How the engine classified the ticket of `detail`, read from its evidence. */
export function classifierEvidence(detail: SlaDetail, policy: Policy): ClassifierEvidence {
  const r = detail.result
  const e: Evidence = detail.classification.evidence
  const reasons = detail.classification.reasons
  const reasonOf = (prefix: string) => reasons.find((x) => x.startsWith(prefix)) ?? ''
  return {
    team: r.team,
    // a language only guessed for want of any sign is no language
    language: e.languageFrom === 'default' ? null : e.language,
    exempt: r.exempt,
    clock: r.clock,
    severity: severityEvidence(e, policy, reasonOf(`severity ${r.severity} `)),
    type: typeEvidence(e, policy, reasonOf(`type ${r.ticketType} `)),
  }
}

function severityEvidence(e: Evidence, policy: Policy, reason: string): FieldEvidence {
  const s = e.severity
  const base = { value: String(s.severity), reason }
  if (s.source === 'field' && s.field) return { ...base, ...fromField(s.field, policy.deskFields.ticket.severity) }
  if (s.source === 'text' && s.rule) {
    // the words of every rule that reached this severity, not only the one that decided
    const equals = s.matched.filter((m) => m.severity === s.severity)
    return { ...base, ...fromRule(s.rule), words: wordsOf(equals.flatMap((m) => m.concepts)) }
  }
  return { ...base, source: 'default', rule: `${e.ticketType.team} default`, concept: null, words: [], sourceText: null }
}

function typeEvidence(e: Evidence, policy: Policy, reason: string): FieldEvidence {
  const t = e.ticketType
  const base = { value: t.ticketType, reason }
  if ((t.source === 'field' || t.source === 'template') && t.field) return { ...base, ...fromField(t.field, policy.deskFields.ticket.ticketType) }
  if (t.source === 'text' && t.words.length > 0) {
    return { ...base, source: 'text', rule: `type words: ${t.ticketType}`, concept: conceptsOf(t.words), words: wordsOf(t.words), sourceText: null }
  }
  return { ...base, source: 'default', rule: 'default', concept: null, words: [], sourceText: null }
}

/** a custom field (its name is the Desk field's) is a human's value; anything else a template line */
function fromField(field: EngineField, customField: string): Omit<FieldEvidence, 'value' | 'reason'> {
  const custom = field.name === customField || field.name.startsWith('cf_')
  return custom
    ? { source: 'custom-field', rule: `custom field ${field.name}`, concept: null, words: [], sourceText: field.value }
    : { source: 'template', rule: 'template field', concept: null, words: [], sourceText: `${field.name}: ${field.value}` }
}

function fromRule(rule: RuleEvidence): Omit<FieldEvidence, 'value' | 'reason'> {
  return {
    source: 'text',
    rule: `${rule.team} severity ${rule.severity}: ${rule.rule}`,
    concept: conceptsOf(rule.concepts),
    words: wordsOf(rule.concepts),
    sourceText: rule.quote || null,
  }
}

function conceptsOf(words: readonly WordsEvidence[]): string {
  return [...new Set(words.map((w) => w.concept))].join(' + ')
}

function wordsOf(words: readonly WordsEvidence[]): string[] {
  return [...new Set(words.map((w) => w.words))]
}
