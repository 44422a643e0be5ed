// Why the classifier decided what it did, as data: which rule and concepts, which words of the
// ticket (as the partner wrote them), where, in which language, and what was set aside. The
// reasons strings are written from these; the feedback store keeps them beside an agent's choice.
import type { Language, Severity, Team } from './policy.js'
import type { Mention, Reading, SetAsideBy } from './impl/reading.js'
import type { Vocabulary } from './impl/vocabulary.js'

/** One concept named in the ticket. */
export interface WordsEvidence {
  concept: string
  /** the ticket's words, as written ("keinen Zugang", "Partnerportal") */
  words: string
  /** "subject", "description" (the text without template) or the template field it stands in */
  where: string
  /** the language of the policy's word that matched */
  language: Language
  /** the policy's word or phrase, as configured ("Zugang") */
  entry: string
}

/** A rule of the policy that matched, with its words. */
export interface RuleEvidence {
  rule: string
  team: Team
  severity: Severity
  /** one per concept of the rule (its `anywhere` concepts last) */
  concepts: WordsEvidence[]
  /** the ticket's words from the first matched to the last in one sentence, as written */
  quote: string
  where: string
  /** the language of that sentence */
  language: Language
}

/** A mention that did not count, and the words that turned it around. */
export interface SetAsideEvidence {
  concept: string
  words: string
  where: string
  why: SetAsideBy
  /** "no", "kein", "if", "resolved"… as written */
  cue: string
}

export interface FieldEvidence {
  /** the custom field's name, or the template label the line stands under */
  name: string
  value: string
}

export interface SeverityEvidence {
  severity: Severity
  source: 'field' | 'text' | 'default'
  /** the field or template line it came from (source "field") */
  field: FieldEvidence | null
  /** the rule that decided (source "text") */
  rule: RuleEvidence | null
  /** every rule of the ticket's team that matched, most severe first, in the policy's order */
  matched: RuleEvidence[]
  setAside: SetAsideEvidence[]
}

export interface TypeEvidence {
  ticketType: string
  team: Team
  source: 'field' | 'template' | 'text' | 'default'
  field: FieldEvidence | null
  /** the words that named the type (source "text") */
  words: WordsEvidence[]
  /** every type the words named, with its score (a word in the subject counts twice), best first */
  scores: { ticketType: string; score: number }[]
}

export interface ClockEvidence {
  clock: '24x5' | '24x7'
  /** the rule that put the ticket on the 24x7 clock */
  rule: RuleEvidence | null
}

export interface ExemptEvidence {
  exempt: boolean
  /** "type": its type is exempt; "text": the words ask for a new feature */
  because: 'type' | 'text' | null
  words: WordsEvidence[]
}

/** Everything the classifier read in the partner's words and decided from them. */
export interface Evidence {
  /** the language of the partner's words, and how it was found */
  language: Language
  languageFrom: Reading['languageFrom']
  ticketType: TypeEvidence
  severity: SeverityEvidence
  clock: ClockEvidence
  exempt: ExemptEvidence
}

/** The partner's words of a mention, as written (a compound's part is quoted whole). */
export function wordsOf(reading: Reading, m: Mention): string {
  const a = reading.pieces[m.first]!
  const b = reading.pieces[m.last]!
  return reading.segments[a.segment]!.text.slice(a.start, b.end)
}

export function wordsEvidence(v: Vocabulary, reading: Reading, m: Mention): WordsEvidence {
  const entry = v.entries[m.entry]!
  return {
    concept: v.concepts[m.concept]!.name,
    words: wordsOf(reading, m),
    where: reading.segments[reading.pieces[m.first]!.segment]!.where,
    language: entry.language,
    entry: entry.text,
  }
}

const LONGEST_QUOTE = 160 // characters

export function ruleEvidence(
  v: Vocabulary,
  reading: Reading,
  rule: { name: string; team: Team; severity: Severity; concepts: readonly number[] },
  parts: readonly Mention[],
): RuleEvidence {
  // the quote runs over the mentions in the rule's own sentence (an `anywhere` part may stand elsewhere)
  const near = parts.filter((m) => m.sentence === parts[0]!.sentence)
  const first = Math.min(...near.map((m) => m.first))
  const last = Math.max(...near.map((m) => m.last))
  const a = reading.pieces[first]!
  const b = reading.pieces[last]!
  let quote = reading.segments[a.segment]!.text.slice(a.start, b.end).replace(/\s+/g, ' ')
  if (quote.length > LONGEST_QUOTE) quote = `${quote.slice(0, LONGEST_QUOTE - 1)}…`
  return {
    rule: rule.name,
    team: rule.team,
    severity: rule.severity,
    concepts: parts.map((m) => wordsEvidence(v, reading, m)),
    quote,
    where: reading.segments[a.segment]!.where,
    language: reading.sentenceLanguages[a.sentence]!,
  }
}

export function setAsideEvidence(v: Vocabulary, reading: Reading): SetAsideEvidence[] {
  if (reading.setAside.length === 0) return []
  return reading.setAside
    .filter((s) => v.concepts[s.mention.concept]!.cue === undefined)
    .map((s) => ({
      concept: v.concepts[s.mention.concept]!.name,
      words: wordsOf(reading, s.mention),
      where: reading.segments[reading.pieces[s.mention.first]!.segment]!.where,
      why: s.why,
      cue: wordsOf(reading, s.by),
    }))
}
