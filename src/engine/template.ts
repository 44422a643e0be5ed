// The support-request template (DOMAIN.md §3): labelled lines in a description (plain text or
// HTML, EN/DE/FR) and template fields carried as custom fields.
import { TEMPLATE_SLOTS, type CompiledPolicy, type LabelMatcher, type TemplateLabel } from './compiled-policy.js'
import { fold, foldWithMap, isJsSpace, isWordUnit, lookupKey, plainText } from './text.js'
import { PerValue } from './per-policy.js'

export type TemplateField = TemplateLabel['field']

export interface TemplateValue {
  value: string // as written (original text, trimmed)
  folded: string // the value folded (see fold)
  label: string // the label it was found under, as configured
  source: 'description' | 'customField'
  customField?: string
}

export interface ParsedTemplate {
  /** every field of the template, undefined where the ticket gives no value */
  fields: Record<TemplateField, TemplateValue | undefined>
  /** the description as plain text (HTML converted) */
  text: string
  /** the same, folded (see fold) */
  folded: string
  /** whether a label of the template was found in the description (and a value of it is left) */
  anyLabel: boolean
  /** the text before the description's first label (an email's own lines: "Hi, the button does nothing.") */
  lead: string
}

export interface ReproducibleAnswer {
  answer: boolean | null
  details: string
}

/** Index just past the bullets, numbering and emphasis the line folded[from..to) starts with ("• ", "2) ", "**"). */
function skipBullets(folded: string, from: number, to: number): number {
  let i = from
  for (;;) {
    const before = i
    while (i < to && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 9)) i++
    if (i < to && isBullet(folded.charCodeAt(i))) {
      while (i < to && isBullet(folded.charCodeAt(i))) i++
    } else {
      // "1." or "12)" numbering
      let j = i
      while (j < to && j - i < 2 && folded.charCodeAt(j) >= 48 && folded.charCodeAt(j) <= 57) j++
      if (j > i && j < to && (folded.charCodeAt(j) === 46 || folded.charCodeAt(j) === 41)) i = j + 1
    }
    if (i === before) return i
  }
}

// - * • · ‣ ◦ > # | _
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x2023 || c === 0x25e6 || c === 62 || c === 35 || c === 124 || c === 95
}

/** A template label found at the start of a line, and where its value begins. */
interface LabelHit {
  label: LabelMatcher
  valueStart: number
}

/**
 * The template label the line from..to of `folded` (folded text) starts with, null if none.
 * Most lines start with no label: the first word is looked up before any regex runs.
 */
function labelIn(cp: CompiledPolicy, folded: string, from: number, to: number): LabelHit | null {
  // a line starting with a letter has no bullet, numbering or blank to skip
  const c0 = folded.charCodeAt(from)
  const start = c0 >= 97 && c0 <= 122 ? from : skipBullets(folded, from, to)
  // the first word, walked through the trie of the labels' first words as it is read
  const trie = cp.labelFirstWords
  const ascii = trie.asciiTable
  let node = 0 // -1 once the word left the trie
  let stop = start
  for (; stop < to; stop++) {
    const c = folded.charCodeAt(stop)
    if (!isWordUnit(c)) break
    if (node >= 0) node = (c < 128 ? ascii[node * 128 + c]! : trie.child(node, c)) || -1
  }
  const candidates = node > 0 ? cp.labelsAtNode[node] : undefined
  if (!candidates) return null
  let line: string | undefined
  for (const c of candidates) {
    // The label as configured: only its separator is left to read, by hand.
    // (the line begins with its first word, the trie says: compared from there on)
    if (startsWithAt(folded, c.canonical, start, c.lead)) {
      return { label: c, valueStart: separatorEnd(folded, start + c.canonical.length, to) }
    }
    // Any other spacing: the label regexes run on the line alone (its end is their input's end),
    // once its letters and digits show it may be this label.
    if (!beginsWithSkeleton(folded, start, to, c.skeleton)) continue
    line ??= folded.slice(from, to)
    c.re.lastIndex = start - from
    const m = c.re.exec(line)
    if (m) return { label: c, valueStart: start + m[0].length }
  }
  return null
}

/** Whether the letters and digits of folded[from..to), the rest skipped, begin with `skeleton`. */
function beginsWithSkeleton(folded: string, from: number, to: number, skeleton: string): boolean {
  let k = 0
  for (let i = from; i < to && k < skeleton.length; i++) {
    const c = folded.charCodeAt(i)
    if (!isWordUnit(c)) continue
    if (c !== skeleton.charCodeAt(k)) return false
    k++
  }
  return k === skeleton.length
}

/** Whether the folded text has `prefix` at `at`, compared code by code from `known` on (the codes before it are known equal). */
function startsWithAt(folded: string, prefix: string, at: number, known: number): boolean {
  if (at + prefix.length > folded.length) return false
  for (let k = known; k < prefix.length; k++) if (folded.charCodeAt(at + k) !== prefix.charCodeAt(k)) return false
  return true
}

/**
 * Where the separator after a label ends, read as the label regex's tail reads it:
 * `(?:\s*\?)?[ \t]*[*_]*[ \t]*(?:[:：=]|[-–—](?=\s))?` on the line from..to.
 */
function separatorEnd(folded: string, from: number, to: number): number {
  let k = from
  let q = k
  while (q < to && isJsSpace(folded.charCodeAt(q))) q++
  if (q < to && folded.charCodeAt(q) === 63 /* ? */) k = q + 1
  while (k < to && (folded.charCodeAt(k) === 32 || folded.charCodeAt(k) === 9)) k++
  while (k < to && (folded.charCodeAt(k) === 42 || folded.charCodeAt(k) === 95)) k++
  while (k < to && (folded.charCodeAt(k) === 32 || folded.charCodeAt(k) === 9)) k++
  if (k < to) {
    const c = folded.charCodeAt(k)
    if (c === 58 || c === 0xff1a || c === 61) k++
    else if ((c === 45 || c === 0x2013 || c === 0x2014) && k + 1 < to && isJsSpace(folded.charCodeAt(k + 1))) k++
  }
  return k
}

/** The same for a line whose folded form differs in length ("ß" → "ss"): positions mapped back. */
function labelInUnaligned(cp: CompiledPolicy, line: string, offset: number): LabelHit | null {
  const folded = fold(line)
  const hit = labelIn(cp, folded, 0, folded.length)
  if (!hit) return null
  const end = folded.length === line.length ? hit.valueStart : (foldWithMap(line).map[hit.valueStart] ?? line.length)
  return { label: hit.label, valueStart: offset + end }
}

/** Where a value from `from` starts once the separators and blanks before it are left out. */
function valueStart(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isLeadingJunk(text.charCodeAt(i))) i++
  return i
}

/** Where a value ends once the blanks after it (what String#trim removes) are left out, never before `start`. */
function valueEnd(text: string, start: number, to: number): number {
  let j = to
  while (j > start && isJsSpace(text.charCodeAt(j - 1))) j--
  return j
}

// \s (and the byte-order mark), or one of : ： = - – — * _ • · | >
function isLeadingJunk(c: number): boolean {
  return (
    isJsSpace(c) || c === 58 || c === 0xff1a || c === 61 || c === 45 || c === 0x2013 || c === 0x2014 ||
    c === 42 || c === 95 || c === 0x2022 || c === 0xb7 || c === 124 || c === 62
  )
}

/**
 * Labelled values of the description: a label counts only at the start of a line; its value runs
 * to the next label. Where the first label's line starts (-1: no label).
 */
function readLabels(cp: CompiledPolicy, text: string, folded: string, slots: (TemplateValue | undefined)[]): number {
  // Folding keeps the length of most text (ASCII, accented letters): then positions in the
  // folded text are positions in the text, and the whole text is folded once.
  const aligned = folded.length === text.length
  const n = text.length
  let open: LabelMatcher | null = null
  let openEnd = 0
  let first = -1
  for (let pos = 0; pos <= n; ) {
    let eol = text.indexOf('\n', pos)
    if (eol < 0) eol = n
    const hit = aligned ? labelIn(cp, folded, pos, eol) : labelInUnaligned(cp, text.slice(pos, eol), pos)
    if (hit) {
      if (open) setValue(slots, open, text, folded, aligned, openEnd, pos - 1)
      else first = pos
      open = hit.label
      openEnd = hit.valueStart
    }
    pos = eol + 1
  }
  if (!open) return -1
  setValue(slots, open, text, folded, aligned, openEnd, n)
  return first
}

/** The value of `label` in text[from..to), unless the label was already found (the first occurrence wins). */
function setValue(
  slots: (TemplateValue | undefined)[],
  label: LabelMatcher,
  text: string,
  folded: string,
  aligned: boolean,
  from: number,
  to: number,
): void {
  if (slots[label.slot]) return
  const a = valueStart(text, from, to)
  const b = valueEnd(text, a, to)
  const value = text.slice(a, b)
  slots[label.slot] = { value, folded: aligned ? folded.slice(a, b) : fold(value), label: label.label, source: 'description', customField: undefined }
}

// The template label a custom field is named after (cf_type_of_support_request…), or null.
const customFieldLabels = new PerValue<CompiledPolicy, TemplateLabel | null>(
  (cp, key) => cp.labelByKey.get(lookupKey(key.replace(/^cf_/, '').replace(/_/g, ' '))) ?? null,
)

function labelOfCustomField(cp: CompiledPolicy, key: string): TemplateLabel | null {
  return customFieldLabels.get(cp, key)
}

export function parseTemplate(
  cp: CompiledPolicy,
  description: string | null | undefined,
  cf: Record<string, unknown> | undefined,
): ParsedTemplate {
  return parseTemplateText(cp, plainText(description), cf)
}

/** The same for a description already in plain text. */
export function parseTemplateText(cp: CompiledPolicy, text: string, cf: Record<string, unknown> | undefined): ParsedTemplate {
  const folded = fold(text)
  // values by TEMPLATE_SLOTS, then one object of a single shape (no property added per ticket)
  const slots: (TemplateValue | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]
  // whether the description has any label (custom fields below may still replace its values)
  const first = text === '' ? -1 : readLabels(cp, text, folded, slots)
  let anyLabel = first >= 0
  const fields: Record<TemplateField, TemplateValue | undefined> = {
    customerEmail: slots[TEMPLATE_SLOTS.customerEmail],
    type: slots[TEMPLATE_SLOTS.type],
    reproducible: slots[TEMPLATE_SLOTS.reproducible],
    product: slots[TEMPLATE_SLOTS.product],
    description: slots[TEMPLATE_SLOTS.description],
    troubleshooting: slots[TEMPLATE_SLOTS.troubleshooting],
    screenshots: slots[TEMPLATE_SLOTS.screenshots],
    severity: slots[TEMPLATE_SLOTS.severity],
  }

  // Template fields may also arrive as custom fields named after their label
  // (cf_type_of_support_request, cf_art_der_supportanfrage…); they win over the description.
  if (cf) {
    let replaced = false
    for (const key of Object.keys(cf)) {
      const raw = cf[key]
      if (raw === null || raw === undefined || raw === '') continue
      const entry = labelOfCustomField(cp, key)
      if (!entry) continue
      const value = String(raw).trim()
      fields[entry.field] = { value, folded: fold(value), label: entry.label, source: 'customField', customField: key }
      replaced = true
    }
    // a label counts only while a value of the description is left
    if (anyLabel && replaced) anyLabel = Object.values(fields).some((f) => f?.source === 'description')
  }

  const lead = first > 0 ? text.slice(0, first).trim() : ''
  return { fields, text, folded, anyLabel, lead }
}

/**
 * The answer to "Able to reproduce the problem?" (DOMAIN.md §3: Yes/No, Ja/Nein, Oui/Non, maybe
 * followed by details); null when the template does not say. Read on demand: no target depends on it.
 */
export function reproducibleAnswer(cp: CompiledPolicy, template: ParsedTemplate): ReproducibleAnswer | null {
  const field = template.fields.reproducible
  if (!field) return null
  const value = field.value
  const firstWord = lookupKey(value).split(' ')[0] ?? ''
  const yes = cp.answerYes.has(firstWord)
  const no = cp.answerNo.has(firstWord)
  const details = value.replace(/^\s*[\p{L}]+[\s,.:;\-–]*/u, '').trim()
  return { answer: yes ? true : no ? false : null, details: yes || no ? details : value }
}

/** The first non-empty line of a template value (type and severity are one-liners), without leading separators. */
export function firstLine(value: string): string {
  for (let from = 0; from <= value.length; ) {
    let eol = value.indexOf('\n', from)
    if (eol < 0) eol = value.length
    const a = valueStart(value, from, eol)
    const b = valueEnd(value, a, eol)
    if (a < b) return value.slice(a, b)
    from = eol + 1
  }
  return ''
}
