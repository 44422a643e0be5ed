// Severity (DOMAIN.md §4): an explicit value on the ticket wins (a custom field, or a
// "Severity: N" / "Schweregrad N" / "Gravité N" line); otherwise the partner's words, read as
// the policy's rules (each a meaning: concepts mentioned together, not negated), the most
// severe rule that matched winning; otherwise the team's default.
import type { CompiledPolicy, CompiledSeverityRule } from './compiled-policy.js'
import { fieldText, readField, type TicketInput } from './input.js'
import type { Severity, Team } from './policy.js'
import { firstLine, type ParsedTemplate } from './template.js'
import { lookupKey } from './text.js'
import { PerValue } from './per-policy.js'
import { ruleEvidence, setAsideEvidence, type RuleEvidence, type SeverityEvidence } from './evidence.js'
import { ConceptSet } from './impl/concept-set.js'
import { matchRule } from './impl/rules.js'
import type { Mention, Reading } from './impl/reading.js'

/**
 * Every rule of the team that the partner's words match, most severe first (then in the policy's
 * order); a rule for some ticket types only when the ticket is of one of them.
 */
export function matchedRules(cp: CompiledPolicy, team: Team, reading: Reading, ticketType: string): RuleEvidence[] {
  const out: RuleEvidence[] = []
  if (reading.mentions.length === 0) return out
  let yields: CompiledSeverityRule[] | undefined
  let parts: Mention[][] | undefined
  let severities: Severity[] | undefined
  let matchedOf: CompiledSeverityRule[] | undefined
  const rules = cp.severityRules[team]
  const leads = cp.severityRuleLeads[team] // (mayMatch, read from one array)
  for (let r = 0; r < rules.length; r++) {
    const lead = leads[r]!
    if (lead >= 0 && !reading.counted.has(lead)) continue
    const rule = rules[r]!
    if (rule.types.length > 0 && !rule.types.includes(ticketType)) continue
    const p = matchRule(reading, rule)
    if (!p) continue
    if (rule.subjectYields.length > 0) (yields ??= []).push(rule)
    ;(parts ??= []).push(p)
    ;(severities ??= []).push(rule.severity)
    ;(matchedOf ??= []).push(rule)
    out.push(ruleEvidence(cp.words.vocabulary, reading, rule, p))
  }
  const inSubject = (m: Mention) => reading.segments[reading.pieces[m.first]!.segment]!.where === 'subject'
  const asksOut = subjectAsked(reading, out, parts, severities, matchedOf, inSubject)
  if (yields === undefined) return asksOut(out)
  // a subject's match that the text says otherwise ("Slow CRM" / "it is a bit slow since Monday")
  const names = out.map((e) => e.rule)
  let asked: Set<number> | undefined
  // (round 90) a firm headline, a subject that asks nothing and names everyone or urgency besides its match ("Desk
  // unreachable for all agents" / "Hi, any ETA?", "URGENT: People down for whole company" / "Is there a status page?"),
  // is a report: the text's how-to or question is a side matter, it yields only to the text saying otherwise
  const isFirm = () => reading.firmHeadline === true
  return asksOut(
    out.filter((e, i) => {
      const rule = yields!.find((r) => r.name === e.rule)
      if (!rule || !parts![i]!.every(inSubject) || !rule.subjectYields.some((n) => names.includes(n) && !(cp.firmHeadlineIgnores.has(n) && isFirm()))) return true
      const openers = new Set(matchedOf!.filter((r) => rule.subjectYields.includes(r.name)).flatMap((r) => r.concepts))
      return matchRule(textOnly(reading, inSubject, asked ??= askedSentences(reading), openers), rule) !== null
    }),
  )
}

/**
 * (round 118) A subject that asks whether the worst is true ("Everything broken?", "CRM down?") is answered by a text
 * that tells a milder trouble of its own ("the deal page shows the wrong stage name. Everything else works."): a
 * severity-1 match found only in such a subject is set aside when the text's own words match a severity-2 rule and
 * none of severity 1 (a text's question about it, "Has something gone wrong?", tells nothing). A subject that asks and a
 * text that tells nothing of its own, or the same thing, keep the match ("Is Desk down?" / "Please call me", "Nobody here
 * can log in since 9").
 * (round 163) A rule's match is the first it finds: one found in the subject that the text tells again in its own
 * words ("Did the update delete our deals?" / "all deals in the Negotiation stage are gone …, and the pipeline report
 * shows 0") is the text's too, no severity 1 of the subject alone.
 */
function subjectAsked(
  reading: Reading,
  out: readonly RuleEvidence[],
  parts: Mention[][] | undefined,
  severities: Severity[] | undefined,
  rules: CompiledSeverityRule[] | undefined,
  inSubject: (m: Mention) => boolean,
): (kept: RuleEvidence[]) => RuleEvidence[] {
  const same = (kept: RuleEvidence[]) => kept
  if (parts === undefined || severities === undefined || reading.segments[0]?.where !== 'subject' || !reading.segments[0].text.includes('?')) return same
  // (told, not asked: "Has something gone wrong with our account?" asks about the subject's trouble)
  const asked = askedSentences(reading)
  let text: Reading | undefined
  const onlySubject = parts.map(
    (p, i) => p.every(inSubject) && !(severities[i] === 1 && rules !== undefined && matchRule((text ??= textOnly(reading, inSubject, asked)), rules[i]!) !== null),
  )
  const textAlone = parts.map((p) => !p.some((m) => inSubject(m) || asked.has(m.sentence)))
  if (!severities.some((s, i) => s === 2 && textAlone[i]) || severities.some((s, i) => s === 1 && !onlySubject[i])) return same
  const dropped = new Set(out.filter((_, i) => severities[i] === 1 && onlySubject[i]))
  return dropped.size === 0 ? same : (kept) => kept.filter((e) => !dropped.has(e))
}

/**
 * The sentences of the text that end with a question mark: a symptom word there is what the partner
 * asks about ("How will we be informed of future outages?", "What is the timeout for an invokeurl
 * call?"), so it bears out no headline the text's question already answers.
 */
function askedSentences(reading: Reading): Set<number> {
  const last = new Map<number, number>()
  reading.pieces.forEach((p, i) => last.set(p.sentence, i))
  const out = new Set<number>()
  for (const [sentence, i] of last) {
    const p = reading.pieces[i]!
    const text = reading.segments[p.segment]!.text
    for (let k = p.end; k < text.length; k++) {
      const c = text[k]!
      if (c === '?') out.add(sentence)
      if (!/[\s"'»“”’)\]?]/.test(c)) break
    }
  }
  return out
}

/**
 * The reading without the subject's mentions, nor those in the text's questions.
 * (round 182) A question's sentence that tells something in a clause of its own before the question opens ("Ausfall seit
 * 9 Uhr, wie können wir weiterarbeiten?", "Le CRM est en panne depuis ce matin, comment pouvons-nous … ?"): what that
 * clause tells is told, not asked; the question opens at the first mention of `openers` (the concepts of the rules the
 * subject yields to: a how-to, a question) in a later clause of that sentence.
 */
function textOnly(reading: Reading, inSubject: (m: Mention) => boolean, asked: Set<number>, openers?: ReadonlySet<number>): Reading {
  let opens: Map<number, number> | undefined // asked sentence → the clause its question opens in
  if (openers !== undefined && openers.size > 0) {
    for (const m of reading.mentions) {
      if (!asked.has(m.sentence) || inSubject(m) || !openers.has(m.concept)) continue
      const clause = reading.pieces[m.first]!.clause
      if (!(opens ??= new Map()).has(m.sentence) || opens.get(m.sentence)! > clause) opens.set(m.sentence, clause)
    }
  }
  const toldBefore = (m: Mention) => opens !== undefined && opens.has(m.sentence) && reading.pieces[m.last]!.clause < opens.get(m.sentence)!
  const mentions = reading.mentions.filter((m) => !inSubject(m) && (!asked.has(m.sentence) || toldBefore(m)))
  const counted = new ConceptSet(reading.counted.concepts)
  for (const m of mentions) counted.add(m.concept)
  return { ...reading, mentions, counted }
}

export function severityOf(
  cp: CompiledPolicy,
  ticket: TicketInput,
  template: ParsedTemplate,
  team: Team,
  ticketType: string,
  reading: Reading,
  reasons: string[],
): SeverityEvidence {
  const matched = matchedRules(cp, team, reading, ticketType)
  const setAside = setAsideEvidence(cp.words.vocabulary, reading)
  const decided = (severity: Severity, source: SeverityEvidence['source'], field: SeverityEvidence['field'], rule: RuleEvidence | null): SeverityEvidence => ({
    severity,
    source,
    field,
    rule,
    matched,
    setAside,
  })

  // 1. a field: the Desk custom field, the template's severity field, or a severity line
  const fieldName = cp.policy.deskFields.ticket.severity
  const fromField = fieldText(readField(ticket, fieldName))
  if (fromField !== null) {
    const read = severityFieldReads.get(cp, fromField)
    reasons.push(read.reason)
    if (read.value) return decided(read.value, 'field', { name: fieldName, value: fromField }, null)
  }
  const sv = template.fields.severity
  if (sv) {
    const line = severityLineValue(sv.value)
    // a Desk custom field named after the label is a field; a line of the description takes no picklist word ("Severity: high")
    const s = severityValue(cp, line, sv.source === 'customField')
    if (s) {
      reasons.push(`severity ${s} from the template field '${sv.label}'`)
      return decided(s, 'field', { name: sv.label, value: line }, null)
    }
  }
  // A severity line needs a severity label's first word: look for one before the regex runs.
  const folded = template.folded
  const line = cp.severityLabelStart.test(folded) ? cp.severityLine.exec(folded) : null
  const lineSeverity = line ? severityValue(cp, line[1]!, false) : null
  if (line && lineSeverity) {
    const s = lineSeverity
    reasons.push(`severity ${s} from the template field 'Severity' ("${line[0].trim()}")`)
    return decided(s, 'field', { name: 'Severity', value: line[0].trim() }, null)
  }

  // 2. the partner's words: the most severe rule that matched
  const best = matched[0]
  if (best) {
    reasons.push(severityReason(best, matched, setAside))
    return decided(best.severity, 'text', null, best)
  }

  // 3. the team's default
  const d = cp.policy.severity.defaults[team]
  reasons.push(`severity ${d} by default for ${team} (no severity words found${setAside.length > 0 ? `; ${setAsideNote(setAside)}` : ''})`)
  return decided(d, 'default', null, null)
}

/** "severity 1 from the text: Support rule "cannot access" (inability + access) — 'cannot log in' (en)". */
function severityReason(best: RuleEvidence, matched: readonly RuleEvidence[], setAside: SeverityEvidence['setAside']): string {
  const concepts = best.concepts.map((c) => c.concept).join(' + ')
  let reason = `severity ${best.severity} from the text: ${best.team} rule "${best.rule}" (${concepts}) — '${best.quote}' (${best.where}, ${best.language})`
  const milder = matched.filter((m) => m.severity > best.severity)
  if (milder.length > 0) reason += `; the most severe wins over ${milder.map((m) => `"${m.rule}" (${m.severity})`).join(', ')}`
  if (setAside.length > 0) reason += `; ${setAsideNote(setAside)}`
  return reason
}

function setAsideNote(setAside: SeverityEvidence['setAside']): string {
  const why = { negation: 'negated', hypothetical: 'hypothetical', resolved: 'resolved' } as const
  return `not counted: ${setAside.map((s) => `'${s.words}' (${why[s.why]} by '${s.cue}')`).join(', ')}`
}

/** What a field value gives (null: nothing) and the reason that says so. */
interface FieldRead {
  value: Severity | null
  reason: string
}

const SEVERITY_TEXT = /^(?:sev(?:erity)?|s|p|schweregrad|gravite|level|stufe|niveau)?\s*([1-3])$/

// Field values repeat endlessly: what each gives, and its reason, is worked out once per value.
const severityFieldReads = new PerValue<CompiledPolicy, FieldRead>((cp, value) => {
  const fieldName = cp.policy.deskFields.ticket.severity
  const s = severityValue(cp, value, true)
  const reason = s
    ? `severity ${s} from the field ${fieldName} ("${value}")`
    : `the field ${fieldName} holds "${value}", which is not a severity (1, 2 or 3)`
  return { value: s, reason }
})

// The severity a field value or template line names, worked out once per value.
const severitiesByFieldValue = new PerValue<CompiledPolicy, Severity | null>((cp, value) => severityNamed(value, cp.severityFieldNames, false))
const severitiesByLineValue = new PerValue<CompiledPolicy, Severity | null>((cp, value) => severityNamed(value, cp.severityNames, true))

/** The template severity field's value as its first line gives it: a scale written after the label is no value ("Severity (1-3): 2", "Schweregrad (1 = kritisch): 3"): the value follows it. */
function severityLineValue(value: string): string {
  return firstLine(value).replace(/^\([^)]*\)\s*[:：=\-–]\s*(?=\S)/, '')
}

/**
 * Whether a severity line of the description names a level ("Severity: 1", "Severity: critical - CRM is down"); a line
 * that names none ("Severity: nobody can log in since 9am") is the partner's words (round 93).
 */
export function severityLineNamesLevel(cp: CompiledPolicy, value: string): boolean {
  return severityValue(cp, severityLineValue(value), false) !== null
}

/** The severity `value` names: a number 1–3, or a name; `field`: the Desk field's picklist words count too. */
function severityValue(cp: CompiledPolicy, value: string, field: boolean): Severity | null {
  // "1", "2" or "3" as it is (the usual field value): what the rules below make of it too
  if (value.length === 1) {
    const c = value.charCodeAt(0)
    if (c >= 49 && c <= 51) return (c - 48) as Severity
  }
  return (field ? severitiesByFieldValue : severitiesByLineValue).get(cp, value)
}

// A value that starts with a level and goes on with its name or a note ("1 - Critical", "P1 - Critical",
// "Sev 1 (critical)", "S2 – moderat"), as Desk picklists and partners write them (round 44)
const SEVERITY_LEAD = /^(?:sev(?:erity)?|s|p|schweregrad|gravite|level|stufe|niveau)?\s*([1-3])\b/

// What may follow a level in a line of the partner's text for it to be the line's value: nothing, or a
// separator, a bracket or a stop ("Severity: 1 - Critical", "Schweregrad 2 (moderat)", "Gravité 1.")
const AFTER_LINE_LEVEL = /^\s*(?:$|[-\u2013\u2014(\[:,;/.!|])/

function severityNamed(value: string, names: ReadonlyMap<string, Severity>, line: boolean): Severity | null {
  const key = lookupKey(value)
  const m = SEVERITY_TEXT.exec(key) ?? SEVERITY_LEAD.exec(key)
  if (m) return line && !endsLineValue(value, key.slice(m[0].length), names) ? null : (Number(m[1]) as Severity)
  const named = names.get(key)
  if (named !== undefined) return named
  // a level's name followed by its number or a note ("Critical (1)", "Kritisch - 1", "critique, bloquant"): the name
  const sp = key.indexOf(' ')
  return sp > 0 ? (names.get(key.slice(0, sp)) ?? null) : null
}

/**
 * Whether a line's level is its value: followed by nothing, a separator, or a level's name ("1 critical").
 * A level that goes on with other words is a noun phrase of the partner's sentence, no value: "Severity 1
 * tickets should be answered within 3 hours. How do you count weekends?" asks about the SLA (the words
 * decide). A Desk picklist value may go on with anything ("P1 - Production down"): fields do not ask this.
 */
function endsLineValue(value: string, restKey: string, names: ReadonlyMap<string, Severity>): boolean {
  const rest = restKey.trim()
  if (rest === '') return true
  const level = /[1-3]/.exec(value)
  if (level && AFTER_LINE_LEVEL.test(value.slice(level.index + 1))) return true
  const sp = rest.indexOf(' ')
  return names.has(sp < 0 ? rest : rest.slice(0, sp))
}
