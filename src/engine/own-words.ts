// Which words are the partner's own (DOMAIN.md §4): the subject and the description count —
// the template's values, not its labels ("Description of the issue/question" is no how-to
// question) — and quoted earlier messages and signatures do not.
import { TEMPLATE_SLOTS, type CompiledPolicy } from './compiled-policy.js'
import type { Language } from './policy.js'
import { firstLine, parseTemplateText, type ParsedTemplate, type TemplateField } from './template.js'
import { severityLineNamesLevel } from './severity.js'
import { isReplySubject, templateTypeNamed } from './ticket-type.js'
import { lookupKey, plainText } from './text.js'
import { readWords, type Reading, type Segment } from './impl/reading.js'
import { eachWord } from './impl/tokens.js'
import { forwardedText, forwardsVendorNotice, mayQuote, withoutBlockquotes, withoutQuotedLines, withoutSignature } from './impl/own-text.js'

/**
 * The template of a description without the earlier messages it quotes (HTML blockquotes, ">"
 * lines, "On … wrote:" and after): quoted text is no value of this ticket's template either. ">" lines
 * with nothing else of a quote around them are one only under a reply's or a forward's subject.
 */
export function ownTemplate(cp: CompiledPolicy, description: string | null | undefined, cf: Record<string, unknown> | undefined, subject = ''): ParsedTemplate {
  const text = description ? plainText(withoutBlockquotes(description)) : ''
  const template = parseTemplateText(cp, text, cf)
  if (!mayQuote(cp.ownText, template.folded)) return template // (most descriptions: folded once, read once)
  // (">" lines under no header are a reply's quote only under a reply's or a forward's subject: else the partner's pasted lines)
  const own = withoutQuotedLines(cp.ownText, text, isReplySubject(subject))
  return own === text ? template : parseTemplateText(cp, own, cf)
}

/**
 * The template of the message a description forwards (see forwardedText), or null: read when the
 * partner's own words around it say nothing (README, "Choices").
 */
export function forwardedTemplate(cp: CompiledPolicy, subject: string, description: string | null | undefined, cf: Record<string, unknown> | undefined): ParsedTemplate | null {
  if (!description) return null
  const forwarded = forwardedText(cp.ownText, subject, plainText(withoutBlockquotes(description)), isReplySubject(subject))
  return forwarded === null ? null : parseTemplateText(cp, forwarded, cf)
}

/**
 * (round 168) Whether the description forwards another vendor's own notice (its sender writes from one of
 * `reading.forwards.vendorDomains`): an incident, a maintenance or a newsletter outside Zoho, no request.
 */
export function forwardsNotice(cp: CompiledPolicy, subject: string, description: string | null | undefined): boolean {
  if (!description || cp.ownText.vendorAddress === null || !cp.ownText.vendorAddress.test(description)) return false
  return forwardsVendorNotice(cp.ownText, subject, plainText(withoutBlockquotes(description)), isReplySubject(subject))
}

/**
 * The partner's note (a description's own words, its closing cut) and the message it forwards, as one text's template,
 * or null when it forwards none: read together when the note says only how far the forwarded trouble reaches.
 */
export function noteAndForwardedTemplate(cp: CompiledPolicy, subject: string, description: string | null | undefined, cf: Record<string, unknown> | undefined, note: ParsedTemplate): ParsedTemplate | null {
  if (!description) return null
  const forwarded = forwardedText(cp.ownText, subject, plainText(withoutBlockquotes(description)), isReplySubject(subject))
  return forwarded === null ? null : parseTemplateText(cp, `${withoutSignature(cp.ownText, note.text).trimEnd()}\n\n${forwarded}`, cf)
}

const TEMPLATE_FIELDS = Object.keys(TEMPLATE_SLOTS) as TemplateField[]

// the template's values that are the partner's words, in this order
const OWN_FIELDS: readonly TemplateField[] = ['description', 'troubleshooting', 'reproducible', 'product']

// One-line fields: their value is the first line; the lines after it, up to the next label, are the
// partner's words ("Severity: 1\nNobody can log in since 8:00", "Type of Support request: Technical
// Support\n\nHi team, CRM is down").
const ONE_LINE_FIELDS: readonly TemplateField[] = ['severity', 'type', 'customerEmail', 'screenshots']

// What may end a one-line field's value on its line: a spaced dash, a comma, a semicolon, a bracket, a colon and a
// blank ("Severity: 1 - CRM is down for all users", "Type of Support request: Technical Support, nobody can log in",
// "Screenshots/screen cast: none, the help center is down"): what follows on the line is the partner's words.
const VALUE_END = /\s[-\u2013\u2014]\s|[,;(]|:\s/

const ADDRESS = /[^\s,;<>()]+@[^\s,;<>()]+/g

/** What follows a one-line value's value on its own line, e-mail addresses left out (a list of them is values): '' when nothing does. */
function afterValue(line: string): string {
  const m = VALUE_END.exec(line)
  if (m === null) return ''
  const detail = line.slice(m.index + m[0].length)
  return (detail.includes('@') ? detail.replace(ADDRESS, ' ') : detail).trim()
}

/** What follows the first non-empty line of a value ('' when it is one line). */
function afterFirstLine(value: string): string {
  const nl = value.indexOf('\n')
  if (nl < 0) return ''
  // the value starts at its first non-blank character: its first line is non-empty
  return value.slice(nl + 1).trim()
}

// The reproducible or troubleshooting field's answer set off from what follows it ("No, login works fine", "Yes - nobody
// can sign in", "none, everything is working", "Nein."): the answer is no negation of the words after it (round 85).
// An answer run on into its sentence ("No access for anyone", "none of the users can log in") is left as written.
const ANSWER = /^\s*([\p{L}]+)\s*(?:[,.:;!]|\s[-\u2013\u2014]\s?|$)/u

/** The field's value without its Yes/No/none answer when a separator sets the answer off. */
function withoutAnswer(cp: CompiledPolicy, value: string): string {
  const m = ANSWER.exec(value)
  if (m === null) return value
  const word = lookupKey(m[1]!)
  return cp.answerYes.has(word) || cp.answerNo.has(word) || cp.answerNone.has(word) ? value.slice(m[0].length).trim() : value
}

/** The partner's own words: the subject, then the lines before the template and its values (or the whole text when it has no template), signatures left out. */
export function ownWords(cp: CompiledPolicy, subject: string, template: ParsedTemplate): Segment[] {
  const segments: Segment[] = []
  if (subject.trim() !== '') segments.push({ where: 'subject', text: subject })
  if (!template.anyLabel) {
    if (template.text !== '') segments.push({ where: 'description', text: withoutSignature(cp.ownText, template.text) })
    return segments
  }
  // the email's own lines before the template ("Hi, the Sign button does nothing. <template>")
  if (template.lead !== '') segments.push({ where: 'description', text: withoutSignature(cp.ownText, template.lead) })
  for (const field of OWN_FIELDS) {
    const f = template.fields[field]
    if (!f || f.value === '') continue
    const value = field === 'reproducible' || field === 'troubleshooting' ? withoutAnswer(cp, f.value) : f.value
    if (value !== '') segments.push({ where: field, text: withoutSignature(cp.ownText, value) })
  }
  // a type line that names no preset type is the partner's words too ("Type of Support request: billing question")
  const tv = template.fields.type
  const typeLine = tv?.source === 'description' ? firstLine(tv.value) : ''
  const typeRead = typeLine !== '' && !templateTypeNamed(cp, typeLine)
  if (typeRead) segments.push({ where: 'type', text: typeLine })
  for (const field of ONE_LINE_FIELDS) {
    const f = template.fields[field]
    if (f?.source !== 'description') continue
    // a severity line that names no level is the partner's words, as a type line naming no type ("Severity: nobody can
    // log in since 9am", round 93)
    const severityRead = field === 'severity' && !severityLineNamesLevel(cp, f.value)
    // what follows the value on its line ("Severity: 1 - CRM is down for all users"), unless the whole line is read already
    const detail = severityRead ? firstLine(f.value) : field === 'type' && typeRead ? '' : afterValue(firstLine(f.value))
    if (detail !== '') segments.push({ where: 'description', text: detail })
    // (the signature looked for in the whole value: a closing right after the value's line is one)
    const rest = afterFirstLine(withoutSignature(cp.ownText, f.value))
    if (rest !== '') segments.push({ where: 'description', text: rest })
  }
  return segments
}

/** The language of the template labels found in the description: the one most of them are in. */
export function templateLanguage(cp: CompiledPolicy, template: ParsedTemplate): Language | undefined {
  if (!template.anyLabel) return undefined
  let en = 0
  let de = 0
  let fr = 0
  for (const field of TEMPLATE_FIELDS) {
    const f = template.fields[field]
    if (f?.source !== 'description') continue
    const language = cp.labelLanguage.get(f.label)
    if (language === 'en') en++
    else if (language === 'de') de++
    else if (language === 'fr') fr++
  }
  if (en + de + fr === 0) return undefined
  return en >= de && en >= fr ? 'en' : de >= fr ? 'de' : 'fr'
}

/** The partner's own words read against the policy's concepts. */
export function readOwnWords(cp: CompiledPolicy, subject: string, template: ParsedTemplate): Reading {
  return readWords(cp.words.vocabulary, { eachWord, factsAt: cp.words.factsAt, facts: cp.words.facts }, ownWords(cp, subject, template), {
    negationReach: cp.policy.reading.negationReach,
    templateLanguage: templateLanguage(cp, template),
    decisive: cp.decisive,
    firmHeadline: cp.firmHeadline,
    firmHeadlineUnless: cp.firmHeadlineUnless,
    questionReaches: cp.questionReaches,
  })
}
