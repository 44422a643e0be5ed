// Ticket type and team (DOMAIN.md §3): the Desk field, else the template's "Type of Support
// request", else the partner's words (the type whose words they mention most: "renewal" →
// Payments Renewal, "invoice" → Invoice changes…), else Technical Support.
import type { CompiledPolicy } from './compiled-policy.js'
import { fieldText, readField, type TicketInput } from './input.js'
import type { Policy } from './policy.js'
import { firstLine, type ParsedTemplate } from './template.js'
import { lookupKey } from './text.js'
import { PerPolicy, PerValue } from './per-policy.js'
import { wordsEvidence, type TypeEvidence, type WordsEvidence } from './evidence.js'
import type { Mention, Reading } from './impl/reading.js'
import { matchRule, mayMatch } from './impl/rules.js'
import { ConceptSet } from './impl/concept-set.js'
import { SUBJECT_TAGS } from './impl/own-text.js'

export type TicketType = Policy['ticketTypes'][number]

const SUBJECT_WEIGHT = 2 // a concept named in the subject counts twice
// a reply's or a forward's subject ("Re:", "AW:", "Fwd:", "TR:", "RV:", "Doorst:"; also behind a gateway's tag, "[EXTERNAL] RE:") is an
// earlier message's
const REPLY_SUBJECT = new RegExp(`^\\s*${SUBJECT_TAGS}(?:(?:re|aw|antw|wg|fwd?|tr|sv|vs|rv|doorst)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+`, 'i')

/** Whether a subject is a reply's or a forward's ("Re: …", "AW: …", "Fwd: …"). */
export function isReplySubject(subject: string): boolean {
  return REPLY_SUBJECT.test(subject)
}
const BESIDE = 2 // words: how near an `unless` concept must stand to a type's word ("session expired", "cancel the order")

export function ticketTypeOf(cp: CompiledPolicy, ticket: TicketInput, template: ParsedTemplate, reading: Reading, reasons: string[]): TypeEvidence {
  const decided = (t: TicketType, source: TypeEvidence['source'], field: TypeEvidence['field'], words: WordsEvidence[], scores: TypeEvidence['scores']): TypeEvidence => ({
    ticketType: t.name,
    team: t.team,
    source,
    field,
    words,
    scores,
  })
  const fieldName = cp.policy.deskFields.ticket.ticketType
  const fromField = fieldText(readField(ticket, fieldName))
  if (fromField !== null) {
    const read = typeFieldReads.get(cp, fromField)
    reasons.push(read.reason)
    if (read.value) return decided(read.value, 'field', { name: fieldName, value: fromField }, [], [])
  }
  const tv = template.fields.type
  if (tv) {
    const line = firstLine(tv.value)
    const read = typeLineReads.get(cp, line)
    const t = read.value
    let reason = read.reasons.get(tv.label)
    if (reason === undefined) {
      reason = t ? `type ${t.name} from the template field '${tv.label}' ("${line}") → ${t.team}` : `the template field '${tv.label}' holds "${line}", which is not a known ticket type`
      read.reasons.set(tv.label, reason)
    }
    if (t) {
      reasons.push(reason)
      return decided(t, 'template', { name: tv.label, value: line }, [], [])
    }
    if (line !== '') reasons.push(reason)
  }
  const named = typesNamed(cp, reading)
  // a ticket that asks for a feature (or names a product limitation) is of the type that says so,
  // whatever else it names (DOMAIN.md §1, §3: Product Management Related is "feature requests")
  const asked = cp.featureConcepts.some((c) => reading.counted.has(c))
    ? named.find((n) => n.mentions.some((m) => cp.featureConcepts.includes(m.concept) && reading.mentions.includes(m)))
    : undefined
  const best = asked ?? named[0]
  const scores = named.map((n) => ({ ticketType: n.type.name, score: n.score }))
  if (best) {
    const words = best.mentions.map((m) => wordsEvidence(cp.words.vocabulary, reading, m))
    const over = asked && asked !== named[0] ? ' (a feature request is its type, whatever else the text names)' : ''
    reasons.push(`type ${best.type.name} from the words ${words.map((w) => `'${w.words}' (${w.concept})`).join(', ')} → ${best.type.team}${over}`)
    return decided(best.type, 'text', null, words, scores)
  }
  const t = cp.typeByName.get(cp.policy.defaultTicketType)!
  reasons.push(`type ${t.name} by default (no type found) → ${t.team}`)
  return decided(t, 'default', null, [], scores)
}

/**
 * The types the partner's words name, best first: the most concepts of the type mentioned (one
 * mentioned in the subject counts twice), then the policy's order. Mentions set aside count too
 * ("we do not want to cancel" is still about a subscription), except for the default type: "no
 * outage" does not make a ticket technical. A Support problem of the 24x7 kind that the text
 * reports (an outage, a login failure: DOMAIN.md §5) names the default type once more, unless the
 * words also match an Operations show-stopper; and the show-stopper's own symptom words (the
 * partner portal "down", in its sentence or in the subject: "Portal down" / "the partner portal has
 * been down since 9") name the default type not at all. A reply's or a forward's subject ("Re:
 * Renewal quote") names the earlier message: its words count only when the text names no type itself.
 */
function typesNamed(cp: CompiledPolicy, reading: Reading): { type: TicketType; score: number; mentions: Mention[] }[] {
  if (reading.allMentions.length === 0) return []
  const replySubject = reading.segments[0]?.where === 'subject' && REPLY_SUBJECT.test(reading.segments[0].text)
  const documents = productDocumentsOnly(cp, reading)
  const taken = takenByLonger(cp, reading)
  const decide = (symptom: Mention[] | null, notDefault: Set<Mention> | null = null) => {
    const list = countTypes(cp, reading, documents, replySubject, symptom, notDefault, taken)
    return replySubject && list.length === 0 ? countTypes(cp, reading, documents, false, symptom, notDefault, taken) : list
  }
  let list = decide(null)
  // (an Operations show-stopper's symptom words matter only when the default type would win over another)
  if (list.length > 1 && list[0]!.type.name === cp.policy.defaultTicketType) {
    const theirs = showStopperWords(cp, reading)
    const onDocument = zohoDocumentFaults(cp, reading)
    if (theirs && onDocument) for (const m of onDocument) theirs.add(m)
    const notDefault = theirs ?? onDocument
    if (notDefault) list = decide(null, notDefault)
  }
  // (the Support problem matters only when another type would win: looked for then)
  if (list.length > 0 && list[0]!.type.name !== cp.policy.defaultTicketType) {
    const symptom = supportProblem(cp, reading)
    if (symptom) list = decide(symptom)
  }
  // (also when one Operations type is named: the Support matter's own words may name none)
  if (list.length > 0) list = severeMatterFirst(cp, reading, list)
  return list
}

/**
 * A text that carries several matters is of the type of the one that sets severity 1 (DOMAIN.md
 * §4: the most severe wins), whatever the others' words count. Among Operations types, an
 * Operations show-stopper names the type its own words name ("we cannot log in to the partner
 * portal, so I can't check whether our commission was paid" is Store Related); failing one, a
 * Support problem of `severeMatter` (an outage, a login failure, lost data) that the text reports
 * outside the subject, in a sentence naming no Operations type's words (but the product's own
 * documents, productDocuments), is Technical Support
 * ("please correct the VAT number on your invoice. Also, two consultants cannot log in to CRM since
 * yesterday"); a Support symptom said of the Operations object ("we cannot log in to our trial",
 * "the commission statement is wrong, three customers are missing") is that object's.
 */
function severeMatterFirst(cp: CompiledPolicy, reading: Reading, list: Named[]): Named[] {
  if (list[0]!.type.team !== 'Operations') return list
  const first = (n: Named | undefined) => (n === undefined || n === list[0] ? list : [n, ...list.filter((x) => x !== n)])
  const operations = (concept: number) => cp.typesByConcept[concept]!.filter((o) => cp.typeWords[o]!.type.team === 'Operations')
  for (const rule of cp.severityRules.Operations) {
    if (rule.severity !== 1 || !mayMatch(reading, rule) || !matchRule(reading, rule)) continue
    const orders = new Set([...rule.concepts, ...rule.anywhere].flatMap(operations))
    // (a show-stopper said in words no Operations type owns, "the team can't do anything", names no type:
    // the Support matter below may)
    if (orders.size === 0) continue
    return orders.size === 1 ? first(list.find((n) => orders.has(n.order))) : list
  }
  // (the text's own words: the subject only headlines them)
  const inText = (m: Mention) => reading.segments[reading.pieces[m.first]!.segment]!.where !== 'subject'
  const text: Reading = reading.mentions.every(inText) ? reading : { ...reading, mentions: reading.mentions.filter(inText) }
  for (const rule of cp.severeSupportRules) {
    if (!mayMatch(text, rule)) continue
    const parts = matchRule(text, rule)
    if (!parts) continue
    const sentences = new Set(parts.map((m) => m.sentence))
    const said = reading.allMentions.filter((m) => sentences.has(m.sentence))
    // (an invoice the failing product holds, "several invoices are linked to the wrong customer", is
    // its own document, unless the sentence asks Zoho to change one: productDocuments)
    const asks = said.some((m) => cp.productDocuments.unless.includes(m.concept))
    // (round 102: a word that a longer phrase of the rule's own holds names no other type: "lands on a 'Your subscription has
    // expired' page after login" is the notice the users meet at sign-in, rule `expiry shown at sign-in`, no renewal asked;
    // a word the rule reads as it stands, "the new payment" as data, still names its type)
    const own = (m: Mention) => parts.some((p) => p.first <= m.first && m.last <= p.last && p.last - p.first > m.last - m.first)
    if (said.some((m) => operations(m.concept).length > 0 && !own(m) && (asks || !cp.productDocuments.concepts.includes(m.concept)))) continue
    return first(list.find((n) => n.type.name === cp.policy.defaultTicketType) ?? technical(cp, parts))
  }
  return list
}

/** The default type, named by a Support problem's words only. */
function technical(cp: CompiledPolicy, parts: Mention[]): Named | undefined {
  const order = cp.typeWords.findIndex((t) => t.type.name === cp.policy.defaultTicketType)
  return order < 0 ? undefined : { type: cp.typeWords[order]!.type, score: 1, mentions: parts, weight: new Map(), order }
}

/**
 * The types the mentions name, best first, in one pass over them: the subject's left out when
 * `skipSubject`, the product's own documents when `documents`, and `symptom` (a Support problem's
 * mentions) naming the default type once more.
 */
function countTypes(
  cp: CompiledPolicy,
  reading: Reading,
  documents: boolean,
  skipSubject: boolean,
  symptom: Mention[] | null,
  notDefault: Set<Mention> | null,
  taken: Set<Mention> | null,
): Named[] {
  const named = new Map<number, Named>() // by the type's place in the policy
  const setAside = reading.setAside.length === 0 ? undefined : new Set(reading.setAside.map((s) => s.mention))
  const inSubject = (m: Mention) => reading.segments[reading.pieces[m.first]!.segment]!.where === 'subject'
  for (const m of reading.allMentions) {
    if (documents && cp.productDocuments.concepts.includes(m.concept)) continue
    if (skipSubject && inSubject(m)) continue
    if (taken?.has(m)) continue
    for (const order of cp.typesByConcept[m.concept]!) {
      const { type, unless } = cp.typeWords[order]!
      // (the product's workings, productDocuments' orConcepts, name it even set aside: "if the Shopify
      // integration does not work by Friday" is still about an integration; "no outage" names nothing)
      if (((setAside?.has(m) && !cp.productDocuments.orConcepts.includes(m.concept)) || notDefault?.has(m)) && type.name === cp.policy.defaultTicketType) continue
      // (a negated feature request, "this isn't a feature request", asks for none)
      if (setAside?.has(m) && cp.featureConcepts.includes(m.concept)) continue
      let n = named.get(order)
      if (n?.mentions.some((x) => x.first <= m.last && m.first <= x.last)) continue // each word counts once
      if (unless.length > 0 && (namesSomethingElse(reading, m, unless) || (inSubject(m) && textNamesElse(reading, m, unless, inSubject)))) continue
      if (n === undefined) {
        n = { type, score: 0, mentions: [], weight: new Map(), order }
        named.set(order, n)
      }
      n.mentions.push(m)
      n.weight.set(m.concept, Math.max(n.weight.get(m.concept) ?? 0, inSubject(m) ? SUBJECT_WEIGHT : 1))
    }
  }
  if (symptom) {
    const order = cp.typeWords.findIndex((t) => t.type.name === cp.policy.defaultTicketType)
    let n = named.get(order)
    if (n === undefined && order >= 0) {
      n = { type: cp.typeWords[order]!.type, score: 0, mentions: [], weight: new Map(), order }
      named.set(order, n)
    }
    if (n) {
      n.score += 1
      for (const m of symptom) if (!n.mentions.includes(m)) n.mentions.push(m)
    }
  }
  const out = [...named.values()]
  for (const n of out) for (const w of n.weight.values()) n.score += w
  return out.sort((a, b) => b.score - a.score || a.order - b.order)
}

/**
 * The type words that a longer phrase of another type's words holds ("charged" in "charged twice":
 * a double charge, no payment; "payment" in "payment gateway"): the longer phrase names them. Only
 * a phrase in a row holds its words ("extend ... subscription" does not hold the "trial" between).
 */
function takenByLonger(cp: CompiledPolicy, reading: Reading): Set<Mention> | null {
  let taken: Set<Mention> | null = null
  const all = reading.allMentions
  const entries = cp.words.vocabulary.entries
  for (const x of all) {
    if (x.last === x.first || cp.typesByConcept[x.concept]!.length === 0) continue
    const words = entries[x.entry]!.words
    let inARow = true
    for (let k = 1; k < words.length; k++) if (words[k]!.gap > 0) inARow = false
    if (!inARow) continue
    for (const m of all) {
      if (m === x || m.concept === x.concept || cp.typesByConcept[m.concept]!.length === 0) continue
      if (m.first >= x.first && m.last <= x.last && m.last - m.first < x.last - x.first) (taken ??= new Set()).add(m)
    }
  }
  return taken
}

/**
 * The mentions of a 24x7 Support rule (outage, login failure) the text matches outside the
 * subject; none when the words also match an Operations show-stopper (no access to the portal or
 * the store, a cancellation), which is that team's.
 */
function supportProblem(cp: CompiledPolicy, reading: Reading): Mention[] | null {
  for (const rule of cp.severityRules.Operations) if (rule.severity === 1 && mayMatch(reading, rule) && matchRule(reading, rule)) return null
  for (const rule of cp.severityRules.Support) {
    if (!mayMatch(reading, rule) || !cp.allDayRules.has(rule.name)) continue
    const parts = matchRule(reading, rule)
    if (parts && parts.every((m) => reading.segments[reading.pieces[m.first]!.segment]!.where !== 'subject')) return parts
  }
  return null
}

/**
 * The words of an Operations show-stopper the text reports (the partner portal or the store down),
 * with the same concepts' mentions in its sentences and in the subject ("Portal nicht erreichbar" /
 * "Das Partnerportal ist seit zwei Stunden nicht erreichbar"): none of them names the default type.
 * Every Operations severity-1 rule that matches counts ("nicht erreichbar" is both no access and
 * an outage). Null when none matches.
 */
function showStopperWords(cp: CompiledPolicy, reading: Reading): Set<Mention> | null {
  let theirs: Set<Mention> | null = null
  for (const rule of cp.severityRules.Operations) {
    if (rule.severity !== 1 || !mayMatch(reading, rule)) continue
    const parts = matchRule(reading, rule)
    if (!parts) continue
    const concepts = new Set(parts.map((m) => m.concept))
    const sentences = new Set(parts.map((m) => m.sentence))
    theirs ??= new Set<Mention>()
    for (const m of parts) theirs.add(m)
    for (const m of reading.allMentions) {
      if (!concepts.has(m.concept)) continue
      if (sentences.has(m.sentence) || reading.segments[reading.pieces[m.first]!.segment]!.where === 'subject') theirs.add(m)
    }
  }
  // (the same words read as another concept too are still the show-stopper's: "broken" in "Portal login
  // broken" is the login's failure and a symptom word of the default type at once)
  if (theirs) {
    const words = [...theirs]
    for (const m of reading.allMentions) if (!theirs.has(m) && words.some((x) => x.first <= m.last && m.first <= x.last)) theirs.add(m)
  }
  return theirs
}

/**
 * The words of a fault found with a document Zoho is asked to change or sent ("Facture erronée" /
 * "la facture porte une mauvaise raison sociale, merci de la corriger", "the renewal invoice shows
 * the wrong company name, please correct it"): the mentions of the Support rules of severity 2 that
 * match (wrong, off, doubled…) standing in a sentence that names the document (`zohoDocuments`: an
 * invoice, a quote, a commission statement), or in the subject, which headlines the text ("Wrong
 * amount" / "the invoice you sent shows 30 users, we have 25, please correct it"), describe Zoho's
 * document, not a product's results, and name no default type. Null when the text asks for no
 * change to a Zoho document (productDocuments' `unless`) and names no document that is only ever
 * Zoho's (a commission: "Commission statement mismatch" / "three deals are missing, kindly verify"),
 * or none matches.
 */
function zohoDocumentFaults(cp: CompiledPolicy, reading: Reading): Set<Mention> | null {
  const d = cp.productDocuments
  // (a document that is never a product's own, a `zohoDocuments` concept outside `concepts`: the
  // partner's commission statement or payout is Zoho's whether or not a change is asked for, unless
  // the text names what its type's `unless` says is something else: "the sales reps' commission")
  const asks = d.unless.some((c) => reading.counted.has(c))
  const onlyZohos = (c: number) =>
    !d.concepts.includes(c) && cp.typesByConcept[c]!.every((o) => !cp.typeWords[o]!.unless.some((u) => reading.counted.has(u)))
  const zohos = (c: number) => d.zohoDocuments.includes(c) && (asks || onlyZohos(c))
  if (!asks && !d.zohoDocuments.some((c) => reading.counted.has(c) && onlyZohos(c))) return null
  const inSubject = (m: Mention) => reading.segments[reading.pieces[m.first]!.segment]!.where === 'subject'
  const documentSentences = new Set<number>()
  let inText = false
  for (const m of reading.allMentions) {
    if (!zohos(m.concept)) continue
    documentSentences.add(m.sentence)
    if (!inSubject(m)) inText = true
  }
  if (documentSentences.size === 0) return null
  let theirs: Set<Mention> | null = null
  for (const rule of cp.severityRules.Support) {
    if (rule.severity !== 2 || !mayMatch(reading, rule)) continue
    const parts = matchRule(reading, rule)
    if (!parts) continue
    const concepts = new Set(parts.map((m) => m.concept))
    for (const m of reading.allMentions) {
      if (!concepts.has(m.concept) || !(documentSentences.has(m.sentence) || (inText && inSubject(m)))) continue
      theirs ??= new Set<Mention>()
      theirs.add(m)
    }
  }
  return theirs
}

/**
 * Whether the invoices, quotes or payments the text names are a product's own documents: the
 * text reports the product misbehaving (a Support rule of the policy's severity matches: wrong
 * totals, records gone, a charge made twice, slowness…) or names its workings (an integration, a
 * report), and asks for no change to them ("the totals of the quote are wrong" is Support; "the
 * address on the invoice is wrong, please correct it" stays Invoice changes).
 */
function productDocumentsOnly(cp: CompiledPolicy, reading: Reading): boolean {
  const d = cp.productDocuments
  if (!reading.allMentions.some((m) => d.concepts.includes(m.concept))) return false // (most tickets)
  if (d.unless.some((c) => reading.counted.has(c))) return false
  // (the product's workings named even in what the partner wants, "how can we set it up so their customers get a
  // reminder email before each renewal", or set aside: as they name the default type, countTypes)
  if (reading.allMentions.some((m) => d.orConcepts.includes(m.concept))) return true
  // (round 95: a document told working again tells the product's workings as a trouble going on does: "Re: Invoices not
  // sending" / "Thanks, the invoices go out again. How do I attach the PDF to the reminders?"; a false alarm, "please
  // ignore the subject", names no document at its cue and tells nothing that happened)
  const told = withDocumentsOver(reading, d.concepts)
  return d.symptomRules.some((r) => matchRule(told, r) !== null)
}

/** The reading with the mentions a "resolved" set aside counted again, when its cue's sentence names one of `documents`. */
function withDocumentsOver(reading: Reading, documents: readonly number[]): Reading {
  const over = reading.setAside.filter((s) => s.why === 'resolved')
  if (!over.some((s) => reading.allMentions.some((m) => m.sentence === s.by.sentence && documents.includes(m.concept)))) return reading
  const mentions = reading.mentions.concat(over.map((s) => s.mention)).sort((a, b) => a.first - b.first || a.last - b.last)
  const counted = new ConceptSet(reading.counted.concepts)
  for (const m of mentions) counted.add(m.concept)
  return { ...reading, mentions, counted }
}

interface Named {
  type: TicketType
  score: number
  mentions: Mention[]
  /** concept → 2 when named in the subject, else 1 */
  weight: Map<number, number>
  order: number
}

/**
 * Whether a mention of an `unless` concept stands right beside m in its clause ("session expired",
 * "cancel the order"), or begins where m begins and goes on ("running out of storage"). A comma
 * between them parts them ("they already have a Desk subscription, please cancel it").
 */
/**
 * The mentions that ask for a feature or name a product limitation (DOMAIN.md §1), those beside one
 * of their type's `unless` concepts left out ("the new features mentioned in the release notes" are
 * asked after, not asked for).
 */
export function featureAsks(cp: CompiledPolicy, reading: Reading): Mention[] {
  if (!cp.featureConcepts.some((c) => reading.counted.has(c))) return []
  return reading.mentions.filter(
    (m) => cp.featureConcepts.includes(m.concept) && !cp.typeWords.some((t) => t.unless.length > 0 && t.concepts.includes(m.concept) && namesSomethingElse(reading, m, t.unless)),
  )
}

function namesSomethingElse(reading: Reading, m: Mention, unless: readonly number[]): boolean {
  const clause = reading.pieces[m.first]!.clause
  return reading.allMentions.some(
    (u) =>
      unless.includes(u.concept) &&
      u.sentence === m.sentence &&
      (u.first !== m.first || u.last > m.last) &&
      u.last >= m.first - BESIDE &&
      u.first <= m.last + BESIDE &&
      (u.first <= m.last && m.first <= u.last ? true : reading.pieces[u.first]!.clause === clause || reading.pieces[u.last]!.clause === clause),
  )
}

/**
 * Whether a subject's mention is a headline for what the text names something else: the text
 * names the same concept, and every time beside an `unless` concept ("Invoice" / "How do I set up
 * recurring invoices in Books?", "Rechnung" / "wiederkehrende Rechnungen").
 */
function textNamesElse(reading: Reading, m: Mention, unless: readonly number[], inSubject: (m: Mention) => boolean): boolean {
  let seen = false
  for (const x of reading.allMentions) {
    if (x.concept !== m.concept || inSubject(x)) continue
    if (!namesSomethingElse(reading, x, unless)) return false
    seen = true
  }
  return seen
}

/** What a field value gives (undefined: nothing) and the reason that says so. */
interface FieldRead<T> {
  value: T
  reason: string
}

// Field values repeat endlessly: what each gives, and its reason, is worked out once per value.
const typeFieldReads = new PerValue<CompiledPolicy, FieldRead<TicketType | undefined>>((cp, value) => {
  const fieldName = cp.policy.deskFields.ticket.ticketType
  const t = typeNamed(cp, value)
  const reason = t
    ? `type ${t.name} from the field ${fieldName} ("${value}") → ${t.team}`
    : `the field ${fieldName} holds "${value}", which is not a known ticket type`
  return { value: t, reason }
})

// a template line's type, with its reason under each template label it was found under
const typeLineReads = new PerValue<CompiledPolicy, { value: TicketType | undefined; reasons: Map<string, string> }>((cp, line) => ({
  value: typeNamed(cp, line),
  reasons: new Map(),
}))

/** The known ticket type a template line names (its preset value in any language), or undefined. */
export function templateTypeNamed(cp: CompiledPolicy, line: string): TicketType | undefined {
  return typeLineReads.get(cp, line).value
}

function typeNamed(cp: CompiledPolicy, value: string): TicketType | undefined {
  const key = lookupKey(value)
  const exact = cp.typeByLabel.get(key)
  if (exact) return exact
  // "Technical Support – API errors": a known value followed by details
  const best = labelStarting(key, cp.typeByLabel)
  if (best) return best
  // a preset value in another number ("Invoice change", "Commission Payments", "Provisionszahlung",
  // "Modification de facture"): each word compared without its plural or inflection ending
  return labelStarting(looseKey(key), looseTypeLabels.get(cp))
}

/** The type whose label the key is, or starts with followed by details; the longest label wins. */
function labelStarting(key: string, labels: ReadonlyMap<string, TicketType>): TicketType | undefined {
  const exact = labels.get(key)
  if (exact) return exact
  let best: { t: TicketType; len: number } | undefined
  for (const [label, t] of labels) {
    if (key.startsWith(`${label} `) && (!best || label.length > best.len)) best = { t, len: label.length }
  }
  return best?.t
}

/**
 * A lookup key with each word's plural and inflection ending dropped, the same for either number:
 * "changes"/"change" → "chang", "zahlungen"/"zahlung" → "zahlung", "modifications"/"modification"
 * → "modificatio", "technischen"/"technischer" → "technisch".
 */
function looseKey(key: string): string {
  return key
    .split(' ')
    .map((w) => {
      const one = w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w
      return one.length > 3 ? one.replace(/(?:en|er|e|n)$/, '') : one
    })
    .join(' ')
}

const looseTypeLabels = new PerPolicy<CompiledPolicy, Map<string, TicketType>>((cp) => {
  const out = new Map<string, TicketType>()
  for (const [label, t] of cp.typeByLabel) {
    const loose = looseKey(label)
    if (!out.has(loose)) out.set(loose, t)
  }
  return out
})
