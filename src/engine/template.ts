// The support-request template (DOMAIN.md §3): labelled lines in a description (plain text or
// HTML, EN/DE/FR) and template fields carried as custom fields.
import type { CompiledPolicy, TemplateLabel } from './compiled-policy.js'
import { foldWithMap, lookupKey, plainText } from './text.js'

export type TemplateField = TemplateLabel['field']

export interface TemplateValue {
  value: string // as written (original text, trimmed)
  label: string // the label it was found under, as configured
  source: 'description' | 'customField'
  customField?: string
}

export interface ParsedTemplate {
  fields: Partial<Record<TemplateField, TemplateValue>>
  /** the description as plain text (HTML converted) */
  text: string
  /** the ticket's own words: template values, or the whole text when no label was found */
  issueText: string
  reproducible: { answer: boolean | null; details: string } | null
}

const LEADING_JUNK = /^[\s:：=\-–—*_•·|>]+/u

export function parseTemplate(
  cp: CompiledPolicy,
  description: string | null | undefined,
  cf: Record<string, unknown> | undefined,
): ParsedTemplate {
  const text = plainText(description)
  const fields: Partial<Record<TemplateField, TemplateValue>> = {}

  if (text !== '') {
    const { folded, map } = foldWithMap(text)
    const re = cp.templateLabels
    re.lastIndex = 0
    const hits: { field: TemplateField; label: string; start: number; end: number }[] = []
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined)
      const entry = cp.labelByGroup[group - 1]!
      hits.push({ field: entry.field, label: entry.label, start: m.index, end: m.index + m[0].length })
      if (m[0].length === 0) re.lastIndex++
    }
    hits.forEach((hit, i) => {
      if (fields[hit.field]) return // the first occurrence of a label wins
      const stopFolded = i + 1 < hits.length ? hits[i + 1]!.start : folded.length
      const from = hit.end < map.length ? map[hit.end]! : text.length
      const to = stopFolded < map.length ? map[stopFolded]! : text.length
      const value = text.slice(from, to).replace(LEADING_JUNK, '').trim()
      fields[hit.field] = { value, label: hit.label, source: 'description' }
    })
  }

  // Template fields may also arrive as custom fields named after their label
  // (cf_type_of_support_request, cf_art_der_supportanfrage…); they win over the description.
  if (cf) {
    for (const [key, raw] of Object.entries(cf)) {
      if (raw === null || raw === undefined || raw === '') continue
      const entry = cp.labelByKey.get(lookupKey(key.replace(/^cf_/, '').replace(/_/g, ' ')))
      if (!entry) continue
      fields[entry.field] = { value: String(raw).trim(), label: entry.label, source: 'customField', customField: key }
    }
  }

  const own = (['description', 'troubleshooting', 'reproducible', 'product'] as const)
    .map((f) => fields[f]?.value)
    .filter((v): v is string => !!v)
  const anyLabel = Object.values(fields).some((f) => f?.source === 'description')
  const issueText = anyLabel ? own.join('\n') : text

  return { fields, text, issueText, reproducible: parseReproducible(cp, fields.reproducible?.value) }
}

function parseReproducible(cp: CompiledPolicy, value: string | undefined): ParsedTemplate['reproducible'] {
  if (value === undefined) return null
  const firstWord = lookupKey(value).split(' ')[0] ?? ''
  const yes = cp.answerYes.has(firstWord)
  const no = cp.answerNo.has(firstWord)
  const details = value.replace(/^\s*[\p{L}]+[\s,.:;\-–]*/u, '').trim()
  return { answer: yes ? true : no ? false : null, details: yes || no ? details : value }
}

/** The first non-empty line of a template value (type and severity are one-liners). */
export function firstLine(value: string): string {
  for (const line of value.split('\n')) {
    const t = line.replace(LEADING_JUNK, '').trim()
    if (t !== '') return t
  }
  return ''
}
