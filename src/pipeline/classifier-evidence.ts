// The ONE place that reads how the engine classified a ticket (issue 14, "learn from the agents"):
// which value it chose for the severity and the ticket type, from what (a custom field, a template
// line, words of the text, the default), by which rule of the policy, on which words, in which
// language. Everything that records or shows the classifier's work (the feedback store, the
// Classifier page, `desk-sla classify-report`) uses this shape and nothing of the engine itself.
//
// Today the engine says why only in its reason sentences (src/engine/classify.ts), so they are read
// back here; when the engine gives structured reasons (concept, words, language, rule), only this
// file changes.
import type { SlaDetail } from '../engine/compute.js'
import type { Policy } from '../engine/policy.js'

/** where a value came from: a custom field (a human's value), a template line, words of the text, the default */
export type EvidenceSource = 'custom-field' | 'template' | 'text' | 'default'

export interface FieldEvidence {
  /** the value chosen: "1" | "2" | "3" for the severity, the type's name for the ticket type */
  value: string
  source: EvidenceSource
  /** the rule of the policy that decided, in words (e.g. "Support severity 1", "template field", "default") */
  rule: string
  /** the concept the rule matched (e.g. "cannot access + partner portal"); null while the engine names none */
  concept: string | null
  /** the ticket's words (or the policy's phrases) that matched; empty for a field or the default */
  words: string[]
  /** the field value or template line read, when the value came from one */
  sourceText: string | null
  /** the engine's own sentence */
  reason: string
}

export interface ClassifierEvidence {
  team: 'Support' | 'Operations'
  /** ISO 639-1 code ("en", "de", "fr"), null when the engine could not tell */
  language: string | null
  exempt: boolean
  clock: '24x5' | '24x7'
  severity: FieldEvidence
  type: FieldEvidence
}

/** the template labels are listed per field in this order (config/policy.yaml, "EN/DE/FR") */
const LABEL_LANGUAGES = ['en', 'de', 'fr'] as const

const SEVERITY_FIELD = /^severity ([123]) from the field (\S+) \("(.*)"\)$/s
const SEVERITY_TEMPLATE = /^severity ([123]) from the template field '([^']*)'(?: \("(.*)"\))?$/s
const SEVERITY_TEXT = /^severity ([123]) from the text: (\S+) rule ([123]) matched (.*?)(?:; the most severe wins over .*)?$/s
const SEVERITY_DEFAULT = /^severity ([123]) by default for (\S+)/
const TYPE_FIELD = /^type (.+?) from the field (\S+) \("(.*)"\) → /s
const TYPE_TEMPLATE = /^type (.+?) from the template field '([^']*)' \("(.*)"\) → /s
const TYPE_DEFAULT = /^type (.+?) by default/

/** How the engine classified the ticket of `detail`, read from its answer. */
export function classifierEvidence(detail: SlaDetail, policy: Policy): ClassifierEvidence {
  const r = detail.result
  const reasons = detail.classification.reasons
  return {
    team: r.team,
    language: languageOf(detail, policy),
    exempt: r.exempt,
    clock: r.clock,
    severity: severityEvidence(
      String(r.severity),
      r.severitySource,
      reasons.find((x) => x.startsWith(`severity ${r.severity} `)) ?? '',
      detail.classification.template.fields.severity?.value ?? null,
    ),
    type: typeEvidence(r.ticketType, reasons.find((x) => x.startsWith(`type ${r.ticketType} `)) ?? ''),
  }
}

function severityEvidence(value: string, source: 'field' | 'text' | 'default', reason: string, templateValue: string | null): FieldEvidence {
  const base = { value, concept: null, reason }
  let m: RegExpExecArray | null
  if ((m = SEVERITY_TEXT.exec(reason))) return { ...base, source: 'text', rule: `${m[2]} severity ${m[3]}`, words: quotedWords(m[4]!), sourceText: null }
  if ((m = SEVERITY_FIELD.exec(reason))) return { ...base, source: 'custom-field', rule: `custom field ${m[2]}`, words: [], sourceText: m[3]! }
  if ((m = SEVERITY_TEMPLATE.exec(reason))) return { ...base, source: 'template', rule: 'template field', words: [], sourceText: m[3] ?? (templateValue && `${m[2]}: ${templateValue}`) }
  if ((m = SEVERITY_DEFAULT.exec(reason))) return { ...base, source: 'default', rule: `${m[2]} default`, words: [], sourceText: null }
  // a sentence this reader does not know: keep the engine's own word on the source
  const fallback: EvidenceSource = source === 'field' ? 'template' : source
  return { ...base, source: fallback, rule: fallback, words: [], sourceText: null }
}

function typeEvidence(value: string, reason: string): FieldEvidence {
  const base = { value, concept: null, words: [], reason }
  let m: RegExpExecArray | null
  if ((m = TYPE_FIELD.exec(reason))) return { ...base, source: 'custom-field', rule: `custom field ${m[2]}`, sourceText: m[3]! }
  if ((m = TYPE_TEMPLATE.exec(reason))) return { ...base, source: 'template', rule: 'template field', sourceText: m[3]! }
  if (TYPE_DEFAULT.test(reason)) return { ...base, source: 'default', rule: 'default', sourceText: null }
  return { ...base, source: 'default', rule: 'default', sourceText: null }
}

/** `"no access", "outage*"` → ["no access", "outage*"] */
function quotedWords(list: string): string[] {
  return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
}

/** the language of the template labels the ticket was written with (the most used one) */
function languageOf(detail: SlaDetail, policy: Policy): string | null {
  const votes = new Map<string, number>()
  const labels = policy.template.fields as Record<string, readonly string[]>
  for (const [field, found] of Object.entries(detail.classification.template.fields)) {
    if (!found || found.source !== 'description') continue
    const lang = LABEL_LANGUAGES[labels[field]?.indexOf(found.label) ?? -1]
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [lang, n] of votes) if (best === null || n > votes.get(best)!) best = lang
  return best
}
