// The support-request template (DOMAIN.md §3): labelled lines in a description (plain text or
// HTML, EN/DE/FR) and template fields carried as custom fields.
import type { CompiledPolicy, TemplateLabel } from './compiled-policy.js'
import { fold, foldWithMap, lookupKey, plainText } from './text.js'

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
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Index just past the bullets, numbering and emphasis a line may start with ("• ", "2) ", "**"). */
function skipBullets(line: string): number {
  let i = 0
  for (;;) {
    const before = i
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
    if (i < line.length && BULLET_CHARS.has(line[i]!)) {
      while (i < line.length && BULLET_CHARS.has(line[i]!)) i++
    } else {
      // "1." or "12)" numbering
      let j = i
      while (j < line.length && j - i < 2 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++
      if (j > i && (line[j] === '.' || line[j] === ')')) i = j + 1
    }
    if (i === before) return i
  }
}
const BULLET_CHARS = new Set(['-', '*', '•', '·', '‣', '◦', '>', '#', '|', '_'])

/** End of the word (letters and digits) starting at `from`. */
function wordEnd(text: string, from: number): number {
  let i = from
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break
    } else if (!WORD_CHAR.test(text[i]!)) break
  }
  return i
}

/** The template label a line starts with, and where its value begins in the line; null if none. */
function labelAt(cp: CompiledPolicy, line: string): { field: TemplateField; label: string; end: number } | null {
  // Most lines start with no label: look the first word up before folding the whole line.
  const lead = skipBullets(line)
  const stop = wordEnd(line, lead)
  if (stop === lead || !cp.labelsByFirstWord.has(fold(line.slice(lead, stop)))) return null
  const folded = fold(line)
  const start = skipBullets(folded)
  const candidates = cp.labelsByFirstWord.get(folded.slice(start, wordEnd(folded, start)))
  if (!candidates) return null
  for (const c of candidates) {
    c.re.lastIndex = start
    const m = c.re.exec(folded)
    if (!m) continue
    const end = start + m[0].length
    // Folding keeps the length of most text (ASCII, accented letters); map back otherwise.
    const original = folded.length === line.length ? end : (foldWithMap(line).map[end] ?? line.length)
    return { field: c.field, label: c.label, end: original }
  }
  return null
}

export function parseTemplate(
  cp: CompiledPolicy,
  description: string | null | undefined,
  cf: Record<string, unknown> | undefined,
): ParsedTemplate {
  const text = plainText(description)
  const fields: Partial<Record<TemplateField, TemplateValue>> = {}

  if (text !== '') {
    // Line by line: a label counts only at the start of a line; its value runs to the next label.
    const lines = text.split('\n')
    let open: { field: TemplateField; label: string; parts: string[] } | null = null
    const close = () => {
      if (open && !fields[open.field]) {
        // the first occurrence of a label wins
        fields[open.field] = { value: open.parts.join('\n').replace(LEADING_JUNK, '').trim(), label: open.label, source: 'description' }
      }
    }
    for (const line of lines) {
      const hit = labelAt(cp, line)
      if (hit) {
        close()
        open = { field: hit.field, label: hit.label, parts: [line.slice(hit.end)] }
      } else if (open) open.parts.push(line)
    }
    close()
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
