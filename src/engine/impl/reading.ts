// Reading the partner's words against the vocabulary: every mention of a concept (a word, or a
// phrase in a row), the language of each sentence, and the mentions a negation, a hypothesis or
// a "resolved" sets aside (DOMAIN.md §4: "a negated mention is not a match").
import { LANGUAGES, type Language } from '../policy.js'
import { ConceptSet } from './concept-set.js'
import { guessLanguage } from './languages.js'
import type { Break, OnWord } from './tokens.js'
import {
  ANCHOR_SET_SLOTS,
  anchorBit,
  anchorSlot,
  continueBit,
  continuesIn,
  continuingHit,
  fillsPlace,
  LANGUAGE_BIT,
  packStarts,
  START_ANYWHERE,
  START_END_OF_SENTENCE,
  START_GAPS_SHIFT,
  START_LANGUAGE,
  START_STRIDE,
  START_WORDS_SHIFT,
  type AnchorSet,
  type PackedStarts,
  type Vocabulary,
  type WordFacts,
} from './vocabulary.js'

/** A piece of the partner's words: the subject, or one value of the template, or the text. */
export interface Segment {
  where: string
  text: string
}

/** One word (or one part of a German compound) with where it stands. */
export interface Piece {
  segment: number
  /** the written word's place in its segment's text */
  start: number
  end: number
  facts: WordFacts
  sentence: number
  clause: number
}

/** A concept (or cue) named by pieces first..last (a word, or a phrase). */
export interface Mention {
  concept: number
  entry: number
  language: Language
  first: number
  last: number
  sentence: number
}

/**
 * The mentions standing in the gap of a separable verb's entry, among them the inability a negation
 * there says ("es kommen keine Tickets mehr an": "keine", "mehr"): inside that verb's mention without
 * being its words, so a rule may pair them with it.
 */
export const gapNegations = new WeakSet<Mention>()

/**
 * (round 142) The words in the last gap of an entry that ends its sentence (a German bracket, "der Lohnlauf bricht
 * jedes Mal mit einem Fehler ab"), first and last, by mention: the middle of the clause, which takes no room in a
 * rule's window (rules.ts), as the verb and its particle are one word said in two places.
 */
export const bracketGaps = new WeakMap<Mention, readonly [number, number]>()

export type SetAsideBy = 'negation' | 'hypothetical' | 'resolved'

export interface SetAside {
  mention: Mention
  by: Mention
  why: SetAsideBy
}

export interface Reading {
  segments: readonly Segment[]
  pieces: readonly Piece[]
  /** the language of each sentence: its stop words', else the ticket's */
  sentenceLanguages: readonly Language[]
  /** the ticket's language: the template labels', else its stop words', else franc's guess, else English */
  language: Language
  languageFrom: 'template' | 'stop words' | 'franc' | 'default'
  /** concept mentions that count, in the order of the text */
  mentions: readonly Mention[]
  /** every concept mention, set aside or not (what the ticket is about), in the order of the text */
  allMentions: readonly Mention[]
  /** the concepts a mention of which counts (a quick test before a rule looks for its mentions) */
  counted: ConceptSet
  /** concept mentions set aside, and by which words */
  setAside: readonly SetAside[]
  /** (round 90) whether the subject asks nothing and names one of ReadOptions.firmHeadline's concepts: a report */
  firmHeadline?: boolean
  /**
   * (round 95) whether the text says, in a sentence of its own, that a trouble is over ("Thanks for fixing it.", "It came
   * back on its own after ten minutes."): what it answers or forwards (the subject, a forwarded message) is over
   */
  toldOver: boolean
  /** ReadOptions.decisive: by concept, whether it can decide something; the others qualify or name (round 93) */
  decisive?: readonly boolean[]
  /** (round 97) the pieces that are filler words where they stand (fillersAmong), or null: they take no room in a rule's window */
  fillers: Uint8Array | null
}

export interface ReadOptions {
  negationReach: number
  /** the language of the template labels found, when there are any */
  templateLanguage: Language | undefined
  /**
   * by concept: whether it can decide something (a rule's, a type's); a subject's mention of another
   * concept, a qualifier ("Session timeout": a setting's name), is no headline the text can set aside
   */
  decisive?: readonly boolean[]
  /**
   * by concept: whether it makes a subject that asks nothing a report (everyone, urgency): a hypothesis or a
   * question of the text about the same meaning ("will anything be lost?", "can the team work offline?") denies it not
   */
  firmHeadline?: readonly boolean[]
  /** by concept: whether a mention of it anywhere makes no headline firm ("not urgent") */
  firmHeadlineUnless?: readonly boolean[]
  /**
   * (round 108) by concept: whether a question (`reading.questions`) holds it, a trouble asked about; the matter the ticket
   * is about ("is it possible to", a feature, a renewal) and the qualifiers ("the downtime window") stay (none when unset)
   */
  questionReaches?: readonly boolean[]
}

/** How words are cut and looked up: the fast tokenizer and memo, or impl/reference.ts's plain ones. */
export interface WordTools {
  eachWord(text: string, onWord: OnWord): void
  /** what the word text[start..end) is; `units`, when given, are the text's code units (eachWord's) */
  factsAt(text: string, start: number, end: number, units?: Uint16Array): WordFacts
  /** what a word is */
  facts(word: string): WordFacts
}

export function readWords(vocabulary: Vocabulary, tools: WordTools, segments: readonly Segment[], options: ReadOptions): Reading {
  const pieces = piecesOf(tools, segments)
  const sentences = pieces.length === 0 ? 0 : pieces[pieces.length - 1]!.sentence + 1
  const { language, languageFrom } = ticketLanguage(pieces, segments, options.templateLanguage)
  const { sentenceLanguages, undecided } = sentenceLanguagesOf(pieces, sentences, language)
  const pieceLanguages = undecided.length === 0 ? null : clauseLanguagesOf(pieces, sentenceLanguages, undecided)
  const fillers = fillersAmong(vocabulary, pieces, sentenceLanguages, pieceLanguages)
  const found = withoutShadowed(vocabulary, findMentions(pieces, segments, sentenceLanguages, pieceLanguages, fillers))
  const subjectSegment = segments[0]?.where === 'subject' ? 0 : undefined
  const { mentions, setAside, toldOver } = setAsideTurnedAround(vocabulary, pieces, segments, subjectSegment, found, options.negationReach, options.decisive, options.firmHeadline, options.firmHeadlineUnless, options.questionReaches)
  const allMentions = setAside.length === 0 ? mentions : mentions.concat(setAside.map((s) => s.mention)).sort((a, b) => a.first - b.first || a.last - b.last)
  const counted = new ConceptSet(vocabulary.concepts.length)
  for (const m of mentions) counted.add(m.concept)
  // (and the text takes back none of it: "Not urgent really, sorry for the subject line", "not everyone")
  const firm = options.firmHeadline
  const firmHeadline =
    firm !== undefined &&
    subjectSegment === 0 &&
    !segments[0]!.text.includes('?') &&
    mentions.some((m) => pieces[m.first]!.segment === 0 && firm[m.concept] === true) &&
    !mentions.some((m) => options.firmHeadlineUnless?.[m.concept] === true) &&
    !setAside.some((c) => firm[c.mention.concept] === true && pieces[c.mention.first]!.segment !== 0)
  return { segments, pieces, sentenceLanguages, language, languageFrom, mentions, allMentions, counted, setAside, firmHeadline, toldOver, decisive: options.decisive, fillers }
}

function piecesOf(tools: WordTools, segments: readonly Segment[]): Piece[] {
  const pieces: Piece[] = []
  let segment = 0
  let text = ''
  let sentence = -1
  let clause = -1
  const onWord = (start: number, end: number, before: Break, readAs: string | undefined, units?: Uint16Array) => {
    if (before === 'sentence') sentence++
    if (before !== 'none') clause++
    const facts = readAs === undefined ? tools.factsAt(text, start, end, units) : tools.facts(readAs)
    if (facts.parts) for (const part of facts.parts) pieces.push({ segment, start, end, facts: part, sentence, clause })
    else pieces.push({ segment, start, end, facts, sentence, clause })
  }
  for (; segment < segments.length; segment++) {
    text = segments[segment]!.text
    tools.eachWord(text, onWord)
  }
  return pieces
}

/** The language with strictly the most stop words among the pieces from..to, or undefined. */
function mostStopWords(pieces: readonly Piece[], from: number, to: number): Language | undefined {
  let en = 0
  let de = 0
  let fr = 0
  for (let i = from; i < to; i++) {
    const bits = pieces[i]!.facts.stopWords
    if (bits & LANGUAGE_BIT.en) en++
    if (bits & LANGUAGE_BIT.de) de++
    if (bits & LANGUAGE_BIT.fr) fr++
  }
  if (en > de && en > fr) return 'en'
  if (de > en && de > fr) return 'de'
  if (fr > en && fr > de) return 'fr'
  return undefined
}

function ticketLanguage(
  pieces: readonly Piece[],
  segments: readonly Segment[],
  templateLanguage: Language | undefined,
): { language: Language; languageFrom: Reading['languageFrom'] } {
  if (templateLanguage) return { language: templateLanguage, languageFrom: 'template' }
  const byStopWords = mostStopWords(pieces, 0, pieces.length)
  if (byStopWords) return { language: byStopWords, languageFrom: 'stop words' }
  const guess = pieces.length > 0 ? guessLanguage(segments.map((s) => s.text).join('\n')) : undefined
  if (guess) return { language: guess, languageFrom: 'franc' }
  return { language: 'en', languageFrom: 'default' }
}

/** Each sentence's language, and the sentences whose stop words did not decide it (first piece, end). */
function sentenceLanguagesOf(pieces: readonly Piece[], sentences: number, ticket: Language): { sentenceLanguages: Language[]; undecided: [number, number][] } {
  const out: Language[] = new Array(sentences)
  const undecided: [number, number][] = []
  let from = 0
  for (let s = 0; s < sentences; s++) {
    let to = from
    while (to < pieces.length && pieces[to]!.sentence === s) to++
    const language = mostStopWords(pieces, from, to)
    out[s] = language ?? ticket
    if (language === undefined) undecided.push([from, to])
    from = to
  }
  return { sentenceLanguages: out, undecided }
}

/**
 * The language each piece's words are read in, where it is not its sentence's: in a sentence whose
 * stop words do not decide (a partner's English quoting their customer's German: 'our customer
 * reports: "Der Bericht liefert falsche Zahlen."'), each clause's, by its own stop words, else the
 * sentence's (the ticket's).
 */
function clauseLanguagesOf(pieces: readonly Piece[], sentenceLanguages: readonly Language[], undecided: readonly [number, number][]): Language[] {
  const out: Language[] = pieces.map((p) => sentenceLanguages[p.sentence]!)
  for (const [from, to] of undecided) {
    let c = from
    while (c < to) {
      let e = c
      while (e < to && pieces[e]!.clause === pieces[c]!.clause) e++
      const language = mostStopWords(pieces, c, e)
      if (language !== undefined) for (let i = c; i < e; i++) out[i] = language
      c = e
    }
  }
  return out
}

const LANGUAGE_INDEX: Record<Language, number> = { en: LANGUAGES.indexOf('en'), de: LANGUAGES.indexOf('de'), fr: LANGUAGES.indexOf('fr') }

// (round 159) the words that join a statement of its own to a fix's clause ("working fine again and we re-ran the records")
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et'])
const NEGATED_CUE_REACH = 2 // words: how near before a "resolved" cue a negation turns it ("noch nicht gelöst")
const AWAITED_CUE_REACH = 6 // words: how far before a "resolved" cue an "unless"/"until" may begin that makes it a condition
const PAIRS_KEPT = 4096 // next words whose starts are kept per word (then its memo starts over)
const GAP_WORDS = 6 // "fällt ... aus": words allowed where an entry says "..." (German particles stand at the clause's end)
const BRACKET_WORDS = 16 // "kommen ... =an $": words allowed in the last gap of an entry whose words after it end the sentence
export const FILLER_WORDS = 4 // "all of a sudden": filler words stepped over between two words of a phrase that stand in a row

/**
 * The pieces that are filler words of `reading.fillers` where they stand (1), or null when none is: "single" in "every
 * single employee", "each and" in "for each and every employee", "40" in "all our 40 users", "suddenly" anywhere. A
 * phrase's words that stand in a row may have these between them (findMentions). Most words are no filler's: one test each.
 */
export function fillersAmong(v: Vocabulary, pieces: readonly Piece[], sentenceLanguages: readonly Language[], pieceLanguages: readonly Language[] | null): Uint8Array | null {
  let out: Uint8Array | null = null
  for (let i = 0; i < pieces.length; i++) {
    const starts = pieces[i]!.facts.fillers
    if (starts.length === 0) continue
    const sentence = pieces[i]!.sentence
    const language = pieceLanguages === null ? sentenceLanguages[sentence]! : pieceLanguages[i]!
    for (const index of starts) {
      const f = v.fillers[index]!
      if (f.language !== language) continue
      let ok = true
      for (let k = 0; k < f.before.length && ok; k++) ok = fillsPlaceAt(pieces, i - f.before.length + k, sentence, f.before[k]!)
      for (let k = 1; k < f.words.length && ok; k++) ok = fillsPlaceAt(pieces, i + k, sentence, f.words[k]!)
      for (let k = 0; k < f.after.length && ok; k++) ok = fillsPlaceAt(pieces, i + f.words.length + k, sentence, f.after[k]!)
      if (!ok) continue
      out ??= new Uint8Array(pieces.length)
      for (let k = 0; k < f.words.length; k++) out[i + k] = 1
    }
  }
  return out
}

/** Whether piece j stands in the sentence and is a word of `place` (a filler's word, or one before or after it). */
function fillsPlaceAt(pieces: readonly Piece[], j: number, sentence: number, place: readonly string[]): boolean {
  return j >= 0 && j < pieces.length && pieces[j]!.sentence === sentence && fillsPlace(place, pieces[j]!.facts.folded)
}

/**
 * Every entry of the vocabulary the pieces hold, in a row (gaps where the entry allows them) within one sentence; words
 * that stand in a row may have filler words between them (`fillers`, from fillersAmong: "fails for every single employee").
 */
export function findMentions(
  pieces: readonly Piece[],
  segments: readonly Segment[],
  sentenceLanguages: readonly Language[],
  pieceLanguages: readonly Language[] | null,
  fillers: Uint8Array | null = null,
): Mention[] {
  const found: Mention[] = []
  const anchored = anchorsAmong(pieces)
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    if (p.facts.starts.length === 0) continue // (most words begin no entry)
    const language = pieceLanguages === null ? sentenceLanguages[p.sentence]! : pieceLanguages[i]!
    const languageIndex = LANGUAGE_INDEX[language]
    const next = pieces[i + 1]
    // (most phrases that start here end at once: their second word is not the next one; for most
    // words, none is, and their one-word entries and phrases with a gap are all to look at; a filler
    // next, each of them)
    const nextMayContinue = next !== undefined && next.sentence === p.sentence && (next.facts.continueMask & p.facts.nextWordMask) !== 0
    // (the starts as PackedStarts: three numbers per hit, side by side, see vocabulary.ts)
    const starts = fillers !== null && fillers[i + 1] === 1 ? p.facts.startsPacked : nextMayContinue ? startsBefore(p.facts, next.facts) : p.facts.startsAlonePacked
    for (let s = 0; s < starts.length; s += START_STRIDE) {
      const entry = starts[s]!
      const info = starts[s + 2]!
      const anchorKey = starts[s + 3]!
      if ((info & START_ANYWHERE) === 0 && (info & START_LANGUAGE) !== languageIndex) continue
      const words = (info >> START_WORDS_SHIFT) & 31
      const gaps = info >> START_GAPS_SHIFT
      const endOfSentence = (info & START_END_OF_SENTENCE) !== 0
      if (words > 1 && (anchored[anchorSlot(anchorKey)]! & anchorBit(anchorKey)) === 0) continue // (its anchor word stands nowhere)
      let last = i
      let ok = true
      let gapFrom = -1 // (a bracket's gap, first and last word: bracketGaps)
      let gapTo = -1
      for (let k = 1; k < words && ok; k++) {
        if (endOfSentence && (gaps >> k) === 1) {
          // (the entry's last gap, its words after it closing the sentence: a German bracket, "kommen ... =an $")
          const end = closingWords(pieces, segments, entry, words, k, last, language)
          ok = end >= 0
          if (ok) {
            gapFrom = last + 1
            gapTo = end - (words - k)
          }
          last = end
          break
        }
        const inRow = ((gaps >> k) & 1) === 0
        ok = false
        for (let j = last + 1, end = inRow ? last + 1 : last + GAP_WORDS + 1; j <= end && j < pieces.length && pieces[j]!.sentence === p.sentence; j++) {
          if (holds(pieces[j]!, entry, k, language)) {
            last = j
            ok = true
            break
          }
          // (a filler word where the entry's next word should stand: "every single employee", "all our 40 users")
          if (inRow && fillers !== null && fillers[j] === 1 && end <= last + FILLER_WORDS) end++
        }
      }
      if (!ok) continue
      if (endOfSentence) {
        // (filler words may stand between its last word and the sentence's end: "Desk has stopped now.", "… again.")
        let end = last
        while (fillers !== null && end - last < FILLER_WORDS && end + 1 < pieces.length && pieces[end + 1]!.sentence === p.sentence && fillers[end + 1] === 1) end++
        if (end + 1 < pieces.length && pieces[end + 1]!.sentence === p.sentence && !headlineBreak(segments, pieces[end]!, pieces[end + 1]!)) continue
      }
      const m: Mention = { concept: starts[s + 1]!, entry, language: LANGUAGES[info & START_LANGUAGE]!, first: i, last, sentence: p.sentence }
      if (gapFrom >= 0 && gapTo >= gapFrom) bracketGaps.set(m, [gapFrom, gapTo])
      // one mention per concept and first word: the longest ("Ausfall" and "Ausfälle" name one outage)
      let same = found.length - 1 // (this word's mentions are the last ones found)
      while (same >= 0 && found[same]!.first === i && found[same]!.concept !== m.concept) same--
      if (same < 0 || found[same]!.first !== i) found.push(m)
      else if (found[same]!.last < last || (found[same]!.last === last && bracketGaps.has(m) && !bracketGaps.has(found[same]!))) found[same] = m // (as long: the bracket, whose gap takes no room)
    }
  }
  return found
}

/**
 * The anchor words (Entry.anchorKey) the pieces can be, as an AnchorSet: a quick no for most of
 * the hundreds of phrases that "all", "nicht" or "de" begin. The set is one of this module's,
 * cleared at each call: findMentions, its only user, calls nothing that reads a text in turn, and a
 * set of its own per ticket was the reading's largest allocation.
 */
const anchorSet: AnchorSet = new Int32Array(ANCHOR_SET_SLOTS)

function anchorsAmong(pieces: readonly Piece[]): AnchorSet {
  const set = anchorSet.fill(0)
  for (const p of pieces) {
    const bits = p.facts.anchorBits
    for (let k = 0; k < bits.length; k += 2) set[bits[k]!]! |= bits[k + 1]!
  }
  return set
}

/**
 * Where the words of an entry after its last gap (`k` on) stand when they close the sentence, up to
 * BRACKET_WORDS words after `last`, or -1. German brackets a separable verb round the middle of its
 * clause, and office German fills it: "die Rechnungen kommen seit dem Update gestern Abend bei unseren
 * Kunden leider überhaupt nicht mehr an" (round 27); an entry that ends the sentence (`$`) says where
 * its particle stands, so its gap may be as long as the clause. The first run of the words that ends
 * the sentence (or a headline) is taken.
 */
function closingWords(pieces: readonly Piece[], segments: readonly Segment[], entry: number, words: number, k: number, last: number, language: Language): number {
  const sentence = pieces[last]!.sentence
  for (let j = last + 1; j <= last + BRACKET_WORDS + 1 && j < pieces.length && pieces[j]!.sentence === sentence; j++) {
    let e = j
    let run = holds(pieces[j]!, entry, k, language)
    for (let q = k + 1; q < words && run; q++) {
      e++
      run = e < pieces.length && pieces[e]!.sentence === sentence && holds(pieces[e]!, entry, q, language)
    }
    if (run && (e + 1 >= pieces.length || pieces[e + 1]!.sentence !== sentence || headlineBreak(segments, pieces[e]!, pieces[e + 1]!))) return e
  }
  return -1
}

/**
 * A word that a longer (or as long) phrase of another meaning begins or holds is that phrase's where the policy says so
 * (`yieldsTo`): "gone" in "the reminders have not gone out" is a sending (work), no data gone, and the
 * negation before it is the sending's ("not gone out": nothing sent). So is a phrase whose first word a phrase begun
 * before it holds ("can open" in "can open tickets": no open tickets). `found` is in word order.
 */
const SHADOW_REACH = 12 // words: the longest phrase that holds a word begun before it

function withoutShadowed(v: Vocabulary, found: Mention[]): Mention[] {
  if (!v.yields) return found // (a policy without `yieldsTo`)
  let out: Mention[] | undefined
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!
    const yieldsTo = v.concepts[m.concept]!.yieldsTo
    let shadowed = false
    if (yieldsTo.length > 0) {
      // (a phrase as long as its own holds it too: "Other Zoho apps ... open fine" is other things fine, no one else fine)
      for (let j = i - 1; j >= 0 && found[j]!.first === m.first && !shadowed; j--) shadowed = found[j]!.last >= m.last && yieldsTo.includes(found[j]!.concept)
      for (let j = i + 1; j < found.length && found[j]!.first === m.first && !shadowed; j++) shadowed = found[j]!.last >= m.last && yieldsTo.includes(found[j]!.concept)
      // (… or that holds it begun before it: "Störung" in "Entschuldigen Sie die Störung" is a courtesy, no outage; or that
      // holds its first word, begun before it: "open" in "none of the agents can open tickets" is the verb, no open tickets)
      for (let j = i - 1; j >= 0 && found[j]!.first >= m.first - SHADOW_REACH && !shadowed; j--) {
        const o = found[j]!
        shadowed = o.first < m.first && o.last >= m.first && yieldsTo.includes(o.concept)
      }
    }
    if (shadowed) out ??= found.slice(0, i)
    else out?.push(m)
  }
  return out ?? found
}

/**
 * Whether a headline's separator stands between two pieces: a dash or a bar set off by spaces, a colon, or
 * an opening bracket ("Creator app down - Harbour Freight", "CRM down | Acme", "Desk down: nobody can work",
 * "Portal down (EU DC)"), and in the subject a comma too ("Desk down, please help"). What a subject or a
 * line names before it ends there, as at a sentence's end.
 */
export function headlineBreak(segments: readonly Segment[], a: Piece, b: Piece): boolean {
  if (a.segment !== b.segment) return false
  const segment = segments[a.segment]!
  const between = segment.text.slice(a.end, b.start)
  return HEADLINE_BREAK.test(between) || (segment.where === 'subject' && SUBJECT_COMMA.test(between))
}

const HEADLINE_BREAK = /^\s*(?:\s[-|\u2013\u2014]\s|[\u2013\u2014]|:|\()\s*$/
const SUBJECT_COMMA = /^\s*,\s*$/

/**
 * The starts of `facts` worth trying when `next` is the next word of the sentence: those whose entry's
 * second word may stand further off (a gap, or one word alone), and those whose second word `next` is.
 * Worked out once per pair of words (WordFacts.startsBefore).
 */
function startsBefore(facts: WordFacts, next: WordFacts): PackedStarts {
  const memo = (facts.startsBefore ??= new Map())
  let starts = memo.get(next)
  if (starts === undefined) {
    const adjacent = facts.starts.filter((h) => h.nextAdjacent && continuingHit(next, h.entry, 1) !== undefined)
    // (the starts in their order, as facts.starts has them: the longest mention per word is kept by that order)
    starts = adjacent.length === 0 ? facts.startsAlonePacked : packStarts(facts.starts.filter((h) => !h.nextAdjacent || adjacent.includes(h)))
    if (memo.size >= PAIRS_KEPT) memo.clear()
    memo.set(next, starts)
  }
  return starts
}

function holds(p: Piece, entry: number, position: number, language: Language): boolean {
  if ((p.facts.continueMask & continueBit(entry, position)) === 0) return false // (most words: a quick no)
  return continuesIn(p.facts, entry, position, LANGUAGE_BIT[language])
}

/**
 * The clause of each piece: punctuation and line breaks end clauses, and so do the clause-break
 * words ("but", "aber"); an example set off by a comma goes on with its clause ("if data is lost,
 * e.g. by a faulty import, …": the import is the hypothesis's too), and so does a German infinitive
 * clause, which German sets off by a comma ("Gibt es eine Option, leere Werte zu überspringen?": the
 * values to skip are the option's, no result reported).
 */
function clausesOf(v: Vocabulary, pieces: readonly Piece[], segments: readonly Segment[], found: readonly Mention[]): number[] {
  // (plain arrays: per ticket, a typed array of more than 64 bytes costs more to make than to use)
  const breaksBefore = new Array<number>(pieces.length).fill(0)
  const goesOn = new Array<number>(pieces.length).fill(0)
  for (const m of found) {
    const cue = v.concepts[m.concept]!.cue
    if (cue === 'clauseBreak') breaksBefore[m.first] = 1
    else if (cue === 'example') goesOn[m.first] = 1
  }
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i]!.clause === pieces[i - 1]!.clause) continue
    let end = i // the raw clause's last piece
    while (end + 1 < pieces.length && pieces[end + 1]!.clause === pieces[i]!.clause) end++
    let last = end // the first piece of the clause's last word (a compound's parts are pieces of one word)
    while (last > i && pieces[last - 1]!.start === pieces[end]!.start) last--
    if (!(last > i && pieces[last - 1]!.facts.folded === 'zu')) continue
    // back to the comma that sets it off, over the breaks of lines wrapped inside it ("leere⏎Werte zu überspringen")
    let start = i
    while (start > 0 && pieces[start - 1]!.sentence === pieces[start]!.sentence && wrappedLine(segments, pieces[start - 1]!, pieces[start]!)) {
      goesOn[start] = 1
      start--
      while (start > 0 && pieces[start - 1]!.clause === pieces[start]!.clause) start--
    }
    if (start > 0 && pieces[start - 1]!.sentence === pieces[start]!.sentence) goesOn[start] = 1
  }
  const clauses = new Array<number>(pieces.length).fill(0)
  let clause = 0
  for (let i = 0; i < pieces.length; i++) {
    if (i === 0) continue
    const ends = pieces[i]!.clause !== pieces[i - 1]!.clause && !(goesOn[i] === 1 && pieces[i]!.sentence === pieces[i - 1]!.sentence)
    if (ends || breaksBefore[i] === 1) clause++
    clauses[i] = clause
  }
  return clauses
}

/**
 * Where a negation's reach ends when it is spent on the word right after it (round 82): a mention no
 * negation cancels ("loading", "opening") standing right after the negation, then a word of no
 * mention and no stop word before the next mention, another verb's ("crm not loading giving error
 * 500", "page not opening showing error"): the negation says the first verb cannot, and what the
 * second verb names is no longer its. The last piece of that first mention, or undefined. "no login
 * issues", "no data has been lost" (nothing but stop words between) stay one negated phrase.
 */
function verbAfter(v: Vocabulary, pieces: readonly Piece[], concepts: readonly Mention[], found: readonly Mention[], n: Mention): number | undefined {
  let verb: Mention | undefined
  for (const m of concepts) if (m.first === n.last + 1 && m.sentence === n.sentence && !v.concepts[m.concept]!.negatable && (verb === undefined || m.last > verb.last)) verb = m
  if (verb === undefined) return undefined
  for (let k = verb.last + 1; k < pieces.length && pieces[k]!.sentence === n.sentence; k++) {
    if (found.some((m) => m.first <= k && k <= m.last)) return undefined // (the next mention comes first)
    if (pieces[k]!.facts.stopWords === 0) return verb.last
  }
  return undefined
}

/** Whether only white space, a line break among it, stands between two pieces of one segment. */
function wrappedLine(segments: readonly Segment[], a: Piece, b: Piece): boolean {
  if (a.segment !== b.segment) return false
  const between = segments[a.segment]!.text.slice(a.end, b.start)
  return /^\s*$/.test(between) && between.includes('\n')
}

/**
 * Whether the clause of piece i asks a question: the first mark after its last word is "?". A
 * "resolved" there asks whether or when it will be over ("When will it be available again?",
 * "Wann ist das Portal wieder erreichbar?"): what it names before it is a hypothesis, and nothing is over.
 */
function asksQuestion(pieces: readonly Piece[], segments: readonly Segment[], clauses: readonly number[], i: number): boolean {
  let last = i
  while (last + 1 < pieces.length && clauses[last + 1] === clauses[i] && pieces[last + 1]!.segment === pieces[i]!.segment) last++
  const p = pieces[last]!
  const text = segments[p.segment]!.text
  for (let k = p.end; k < text.length; k++) {
    const c = text[k]!
    if (c === '?') return true
    if (!/[\s"'»“”’)\]]/.test(c)) return false
  }
  return false
}

/**
 * The mentions that count. A negation cancels the negatable mentions starting within its reach
 * in its clause ("no outage", "kein Ausfall"); a negation that cancels nothing counts as each
 * concept marked withNegation ("no access", "nicht erreichbar"). A hypothesis cancels what follows
 * it in its clause ("if the portal is down"); "resolved" cancels what comes before it in its
 * sentence ("the outage is resolved", "it was down but works again"), "resolvedAhead" what follows
 * it in its clause ("thanks for fixing the login issue").
 */
function setAsideTurnedAround(
  v: Vocabulary,
  pieces: readonly Piece[],
  segments: readonly Segment[],
  subjectSegment: number | undefined,
  found: readonly Mention[],
  reach: number,
  decisive: readonly boolean[] | undefined,
  firmConcepts?: readonly boolean[],
  firmUnless?: readonly boolean[],
  questionReaches?: readonly boolean[],
): { mentions: Mention[]; setAside: SetAside[]; toldOver: boolean } {
  const cueOf = (m: Mention) => v.concepts[m.concept]!.cue
  if (!found.some((m) => cueOf(m) !== undefined)) return { mentions: found as Mention[], setAside: [], toldOver: false } // (most sentences)
  const clauses = clausesOf(v, pieces, segments, found)
  const concepts = found.filter((m) => cueOf(m) === undefined)
  const cancelled = new Map<Mention, SetAside>()
  const withNegation = v.withNegation

  const extra: Mention[] = []
  let gapHosts: Mention[] | undefined
  // a negation word that begins or ends a phrase of `notNegation` is none ("plus de 200 contacts":
  // more than; Québec "on a pu": could, where "ça marche pu" says "no more")
  const notNegation = new Set<number>()
  // (round 98) and a "resolved" word that ends where one of them begins is none either: "over" right before a figure says
  // "more than" ("the average wait is now over 12 minutes", "the backlog is over 900 tickets"), as French "plus de 200"
  let moreThan: Set<number> | undefined
  for (const m of found) {
    if (cueOf(m) !== 'notNegation') continue
    // (round 184) a "ne … que" whose "que" is a conjunction's, a phrase of another cue begun inside it ending on its last
    // word ('Le formulaire affiche "n'accepte plus de réponses" alors qu'il est actif': "alors qu", "bien qu", "tant qu"):
    // no "only", the "ne" stays a negation
    if (found.some((o) => o.last === m.last && o.first > m.first && o.first < m.last && cueOf(o) !== undefined && cueOf(o) !== 'notNegation' && cueOf(o) !== 'negation')) continue
    notNegation.add(m.first)
    notNegation.add(m.last)
    ;(moreThan ??= new Set()).add(m.first)
  }
  const figureAfter = (cue: Mention) => moreThan !== undefined && moreThan.has(cue.last)
  // (round 102) a fix under way, an English "-ing" where the cue's entry has the done "-ed" of the same verb ("our IT team is
  // fixing it", "finance is sorting out the payment", "your team is restoring the settings"): the stem made "is sorted out"
  // of it, but the fix is still being made, nothing over ("fixed itself", "is sorted out" as written stay)
  const underWay = (cue: Mention) => {
    if (cue.language !== 'en') return false
    const words = v.entries[cue.entry]!.words
    for (let k = cue.first; k <= cue.last; k++) {
      const facts = pieces[k]!.facts
      if (!facts.folded.endsWith('ing')) continue
      if (facts.hits.some((h) => h.entry === cue.entry && words[h.position]?.how === 'stem' && words[h.position]!.form.endsWith('ed'))) return true
    }
    return false
  }
  // a mention whose own words begin with a negation says it itself ("pas appliquée", "not correct"):
  // a "ne" before it is the other half of that negation ("n'est pas appliquée"), not a second one
  const negationAt = new Set(found.filter((m) => cueOf(m) === 'negation').map((m) => m.first))
  // a negation inside a longer one is that one's word ("doesn't" in "doesn't seem to"): one negation
  const negations = found.filter((m) => cueOf(m) === 'negation')
  const inLonger = (n: Mention) => negations.some((o) => o !== n && o.first <= n.first && n.last <= o.last && o.last - o.first > n.last - n.first)
  for (const n of found) {
    if (cueOf(n) !== 'negation' || notNegation.has(n.first) || inLonger(n)) continue
    let spent = false
    const verb = verbAfter(v, pieces, concepts, found, n)
    for (const m of concepts) {
      if (!v.concepts[m.concept]!.negatable || negationAt.has(m.first)) continue
      if (verb !== undefined && m.first > verb && !inGap(v, m, n)) continue
      if ((m.first > n.last && m.first <= n.last + reach && clauses[m.first] === clauses[n.last]) || inGap(v, m, n)) {
        // a mention an earlier negation of its clause already cancelled: this one is that negation's
        // other half ("n'est pas indisponible", "ne … plus"), spent with it, no inability besides
        const before = cancelled.get(m)
        if (before !== undefined) {
          if (before.why === 'negation') spent = true
          continue
        }
        cancelled.set(m, { mention: m, by: n, why: 'negation' })
        spent = true
      }
    }
    // a negation that begins a mention of its own ("not counted", "no longer there") says that, and is spent
    // (only a meaning a negation could cancel: "nicht mehr", "plus du tout" stay inabilities)
    if (!spent) for (const m of concepts) if (m.first === n.first && m.last > n.last && v.concepts[m.concept]!.negatable) spent = true
    // (a mention written out, not `{ ...n, concept }`: V8 gives each spread copy a hidden class of
    // its own, and the loops over mentions, meeting many, would read them all the slow way)
    // a negation that is a word of a longer mention belongs to it ("n'apparaît pas", "stimmt nicht",
    // "not responding"): that mention says what it says, no inability besides, unless it only makes
    // the negation stronger ("ne peut plus du tout", "gar nicht mehr": keepsNegation)
    if (!spent && !concepts.some((m) => m.first <= n.first && n.last <= m.last && m.first < m.last && !withNegation.includes(m.concept) && !v.concepts[m.concept]!.keepsNegation && !inGap(v, m, n))) {
      // (a negation of several words, a hedge, "doesn't seem to", says it at its last word, next to its
      // verb: "we don't seem to be able to log in" is as near as "we are not able to log in")
      const first = n.last - n.first >= 2 ? n.last : n.first
      // (in a separable verb's gap, "es kommen keine Tickets mehr an", it negates that verb: a word of its own
      // there, which a rule may pair with the verb around it: `gapNegations`)
      const host = concepts.find((m) => inGap(v, m, n))
      if (host !== undefined) (gapHosts ??= []).push(host)
      const gapped = host !== undefined
      for (const concept of withNegation) {
        const x: Mention = { concept, entry: n.entry, language: n.language, first, last: n.last, sentence: n.sentence }
        if (gapped) gapNegations.add(x)
        extra.push(x)
      }
    }
  }
  // a word a negation cancelled is no inability either ("no data has been lost, but…": "lost")
  if (cancelled.size > 0 && withNegation.length > 0) {
    for (const m of concepts) {
      if (cancelled.has(m) || !withNegation.includes(m.concept)) continue
      for (const c of cancelled.values()) {
        if (c.mention.first === m.first && c.mention.last === m.last) {
          cancelled.set(m, { mention: m, by: c.by, why: 'negation' })
          break
        }
      }
    }
  }
  // the words beside a negation in a separable verb's gap are no words of it either ("kommen seit Montag
  // nicht mehr an": "mehr")
  if (gapHosts !== undefined) for (const x of concepts) if (gapHosts.some((h) => h !== x && inGap(v, h, x))) gapNegations.add(x)
  const all = concepts.concat(extra).sort((a, b) => a.first - b.first || a.last - b.last)
  // "not resolved", "noch nicht gelöst", "Problem ist leider nicht behoben": a negation inside the
  // cue, or right before it in its clause, says it is not over
  const negatedCue = (cue: Mention) =>
    found.some((n) => cueOf(n) === 'negation' && !notNegation.has(n.first) && n.first >= cue.first - NEGATED_CUE_REACH && n.last <= cue.last && n.first !== cue.first && clauses[n.first] === clauses[cue.last])
  // "unless this is fixed", "bis das behoben ist", "jusqu'à ce que ce soit corrigé": a fix still awaited, a condition
  // (in a clause that asks, "are they locked out until Okta is back?", the cue is the question's as before)
  const awaitedCue = (cue: Mention) =>
    // (begun before the cue, in its clause; it may end on the cue's present verb, "until ... is" + "is fixed", or just after
    // it, "bis ... ist" + "behoben": "until it was fixed" is over)
    found.some((n) => cueOf(n) === 'awaited' && n.first < cue.first && n.first >= cue.first - AWAITED_CUE_REACH && n.last <= cue.last + 1 && clauses[n.first] === clauses[cue.first]) &&
    !asksQuestion(pieces, segments, clauses, cue.last)
  const resolvedKind = (k: string | undefined) => k === 'resolved' || k === 'resolvedAhead' || k === 'resolvedSince'
  // "the outage that was resolved yesterday has returned", "it was fixed on Monday but has come back": the trouble back
  // after its fix, later in the cue's sentence (not a word of a "resolved" cue, "hasn't happened again", nor negated, "it
  // never came back again", nor asked, "has it come back?"), says the fix was earlier, nothing over
  const recurredAfter = (cue: Mention) =>
    found.some(
      (r) =>
        cueOf(r) === 'recurred' &&
        r.first > cue.last &&
        r.sentence === cue.sentence &&
        !found.some((c) => c !== r && resolvedKind(cueOf(c)) && c.first <= r.first && r.last <= c.last) &&
        !found.some((n) => cueOf(n) === 'negation' && !notNegation.has(n.first) && n.last < r.first && n.last >= r.first - NEGATED_CUE_REACH && clauses[n.last] === clauses[r.first]) &&
        !asksQuestion(pieces, segments, clauses, r.last),
    )
  // "Desk is down again even though you fixed it yesterday", "still down, although you said it was resolved": a fix
  // conceded, over only in its own clause; what the sentence says before the concession holds against it. The piece
  // the concession ends at, or -1.
  const concededAt = (cue: Mention) => {
    let at = -1
    for (const n of found) {
      // (it may end on the cue's first word: "down again after" + "after it was fixed")
      if (cueOf(n) !== 'conceded' || n.last > cue.first || n.last < cue.first - AWAITED_CUE_REACH || clauses[n.last] !== clauses[cue.first]) continue
      if (n.last > at) at = n.last
    }
    return at
  }
  // a phrase that skipped words ("is ... down"), and so may have stepped over a cue
  const gapped = (m: Mention) => m.last - m.first + 1 > v.entries[m.entry]!.words.length
  // "If we try to log in, we get 'invalid session'": an attempt told with "if" is a fact where its sentence asks nothing
  // ("If someone tries to log in from a blocked IP, what error do they see?" stays a hypothesis)
  const sentenceAsks = (i: number) => {
    let last = i
    while (last + 1 < pieces.length && pieces[last + 1]!.sentence === pieces[i]!.sentence) last++
    for (let k = i; k <= last; k++) if ((k === last || clauses[k + 1] !== clauses[k]) && asksQuestion(pieces, segments, clauses, k)) return true
    return false
  }
  const attemptTold = (cue: Mention) => found.some((a) => cueOf(a) === 'attempted' && a.first === cue.first) && !sentenceAsks(cue.first)
  // "CRM is down for all users and we need to know when it will be working again?": a question about the fix begun at
  // "when" (`asked`) in the cue's clause asks from there; what the clause tells before it stands. The piece, or -1.
  const askedFrom = (cue: Mention) => {
    let at = -1
    for (const n of found) {
      if (cueOf(n) !== 'asked' || n.first >= cue.first || clauses[n.first] !== clauses[cue.first]) continue
      if (n.first > at) at = n.first
    }
    return at
  }
  // (round 108) a question's own words (`reading.questions`): an inverted verb or "what" opening a clause of a sentence that
  // ends with "?" ("Could a sync delete all our contacts?", "Is the whole office affected by the maintenance on Sunday?",
  // "What's stopping us from going live …?") asks about a case, its clause a hypothesis; a tag closing the sentence as a
  // clause of its own (", right?", ", correct?") asks the same of all the sentence says before it. Not where a fix is
  // asked in the clause ("is the outage resolved?", round 80, takes the trouble as there), nor in a request to Zoho
  // ("can you check why nobody can log in?": the cue yields to `request asked`, and "why" begins a clause of its own)
  const clauseStart = (i: number) => i === 0 || clauses[i - 1] !== clauses[i] || pieces[i - 1]!.segment !== pieces[i]!.segment
  const sentenceEnd = (i: number) => {
    let last = i
    while (last + 1 < pieces.length && pieces[last + 1]!.sentence === pieces[i]!.sentence && pieces[last + 1]!.segment === pieces[i]!.segment) last++
    return last
  }
  const questionReach = (cue: Mention): 'opens' | 'closes' | undefined => {
    if (!clauseStart(cue.first)) return undefined
    const end = sentenceEnd(cue.first)
    if (!asksQuestion(pieces, segments, clauses, end)) return undefined
    const reach = cue.last === end && cue.first > 0 && pieces[cue.first - 1]!.sentence === cue.sentence ? 'closes' : 'opens'
    const fixAsked = found.some(
      (r) => resolvedKind(cueOf(r)) && r.sentence === cue.sentence && (reach === 'closes' ? r.last < cue.first : clauses[r.first] === clauses[cue.first]),
    )
    return fixAsked ? undefined : reach
  }
  let headlineOver: Mention | undefined // a "resolved" standing alone in the text (see below)
  // a failure ("problem", "issue", "error") that an earlier "resolved" of the cue's sentence told over: the
  // sentence names its own matter ("the sync problem, which was fixed last Tuesday and has worked since"), not
  // one told before it; "after a reload all was well again and it has not happened since" names none (round 83)
  const failureConcept = v.conceptIndex.get('failure')
  // (round 159) a part of the cases or people, after a fix: the fix only partly
  const partlyConcept = v.conceptIndex.get('partly')
  const subsetConcept = v.conceptIndex.get('subset named')
  // (round 164) everyone, after a fix: whom it works for again, no matter of its own ("Since 10:00 it works again for everyone")
  const everyoneConcept = v.conceptIndex.get('everyone')
  const ownFixTold = (m: Mention, cue: Mention) => {
    if (m.concept !== failureConcept) return false
    const c = cancelled.get(m)
    return c !== undefined && c.why === 'resolved' && c.by.last < cue.first && c.by.sentence === cue.sentence
  }
  // the mentions a fix asked about holds ("is the outage resolved?"): the question takes the trouble as there, no denial
  // of a subject that headlines it ("CRM down" / "Is the outage resolved? Our team is waiting.")
  let askedOver: Set<Mention> | undefined
  for (const cue of found) {
    const cueKind = cueOf(cue)
    if (cueKind === 'question') {
      const reach = questionReach(cue)
      if (reach === undefined) continue
      for (const m of all) {
        if (cancelled.has(m) || questionReaches?.[m.concept] !== true) continue
        // (what the clause names after the question's first word, among its words too, "is the whole ... affected", and a
        // phrase begun at it that reaches past it, "is ... down" in "Is Desk going to be down during the upgrade?")
        const hit =
          reach === 'closes'
            ? m.sentence === cue.sentence && m.last < cue.first
            : clauses[m.first] === clauses[cue.first] && (m.first > cue.first || (m.first === cue.first && m.last > cue.last))
        if (hit) cancelled.set(m, { mention: m, by: cue, why: 'hypothetical' })
      }
      continue
    }
    if (cueKind !== 'hypothetical' && cueKind !== 'resolved' && cueKind !== 'resolvedAhead' && cueKind !== 'resolvedSince') continue
    // a thanks for the fix ("thanks for sorting the downtime"): over, what it names after it in its clause too
    const ahead = cueKind === 'resolvedAhead'
    const kind = ahead || cueKind === 'resolvedSince' ? 'resolved' : cueKind
    if (kind === 'resolved' && (negatedCue(cue) || awaitedCue(cue) || recurredAfter(cue) || figureAfter(cue) || underWay(cue))) continue
    if (kind === 'hypothetical' && attemptTold(cue)) continue
    const conceded = kind === 'resolved' ? concededAt(cue) : -1
    // asked, not said ("When will it be available again?"): a hypothesis, no headline that it is over, and only in the
    // clause that asks ("CRM is down, when will it be up again?": the outage is told, the fix asked)
    const why = kind === 'resolved' && asksQuestion(pieces, segments, clauses, cue.last) ? 'hypothetical' : kind
    const from = kind === 'resolved' && why === 'hypothetical' ? Math.max(conceded, askedFrom(cue) - 1) : conceded
    const afterInClause = (m: Mention) => ahead && m.first > cue.last && clauses[m.first] === clauses[cue.last]
    // (a sentence of its own: nothing named before the cue (nor, after a thanks, in its clause after it),
    // or only what the subject names, or what a negation or hypothesis set aside ("Please ignore the
    // subject line, false alarm"): "Re: Scheduled reports stopped working" / "Thanks, the reports are arriving again.")
    if (
      why === 'resolved' &&
      headlineOver === undefined &&
      conceded < 0 &&
      pieces[cue.first]!.segment !== subjectSegment &&
      !all.some(
        (m) =>
          m.sentence === cue.sentence &&
          (m.last < cue.first || afterInClause(m)) &&
          (!cancelled.has(m) || ownFixTold(m, cue)) &&
          // (round 90: a bare "the issue" or "the problem" this fix tells over, "the issue resolved itself after 10
          // minutes", is the subject's trouble, no matter of its own)
          !(m.concept === failureConcept && !cancelled.has(m) && m.last < cue.first && kind === 'resolved' && !ahead) &&
          !(subjectSegment === 0 && all.some((s) => pieces[s.first]!.segment === 0 && s.concept === m.concept)) &&
          // (round 118: what the fix is told of, named right before it, "Customers can pay again", "Our customers can open
          // the help center again": the thing or people it works for again, no matter of its own)
          !(m.last + 1 === cue.first && clauses[m.last] === clauses[cue.first] && !cancelled.has(m)) &&
          // (round 95: who it was over for, or how urgent it was, names no matter of its own: "RE: URGENT: nobody can log in" /
          // "All users can access it again, thanks.")
          !(m.last < cue.first && firmConcepts?.[m.concept] === true),
      )
    ) {
      headlineOver = cue
    }
    for (const m of all) {
      if (cancelled.has(m)) continue
      // a hypothesis reaches to its clause's end (from its own last word: "will the reports become
      // slow" holds "become ... slow"; a mention begun among the cue's later words and reaching to or past
      // them is the hypothesis's too: "to be notified when Desk is down" holds "be ... down"), and it
      // holds a phrase whose gap steps over it into its clause ("he is wondering if CRM is down":
      // "is ... down" ends in the hypothesis); "resolved" back to its sentence's start
      // (round 110: a cue whose last word opens the next clause holds that clause too, German "wie verhindern wir, dass die
      // Synchronisation Daten überschreibt?", "wie können wir einstellen, dass Agenten keine Anrufe mehr annehmen?"; a cue
      // whose gap only steps over a clause's end, "will you check why CRM seems to be down", holds no more than before)
      const intoNext = cue.last > cue.first && clauses[cue.last] !== clauses[cue.last - 1] && clauses[m.first] === clauses[cue.last]
      const hit =
        kind === 'hypothetical'
          ? ((m.first >= cue.last || m.last >= cue.last) && m.first > cue.first && (clauses[m.first] === clauses[cue.first] || intoNext)) ||
            (m.first < cue.first && m.last > cue.last && clauses[m.last] === clauses[cue.last] && gapped(m))
          : (m.last < cue.first && m.sentence === cue.sentence && m.first > from && (why === 'resolved' || clauses[m.first] === clauses[cue.first])) ||
            (why === 'resolved' && afterInClause(m)) ||
            // (asked, what stands in its gap too: "is the outage resolved?")
            (why === 'hypothetical' && m.first > cue.first && m.last < cue.last)
      if (!hit) continue
      cancelled.set(m, { mention: m, by: cue, why })
      if (kind === 'resolved' && why === 'hypothetical') (askedOver ??= new Set()).add(m)
    }
  }
  // A sentence that says only that it has been over since ("It came back on its own.", "; it has been
  // fine since") speaks of what the sentence right before it names: over too ("CRM was unreachable for all
  // users from 14:10 to 14:50. It came back on its own."). Only `resolvedSince`: "It was fixed last week."
  // after "The sync stopped again this morning." is an earlier time, and a thanks may be for an earlier
  // matter ("Desk is down again. Thanks for fixing it last time."); nor a question.
  for (const cue of found) {
    if (cueOf(cue) !== 'resolvedSince' || negatedCue(cue) || awaitedCue(cue) || recurredAfter(cue) || figureAfter(cue) || underWay(cue) || cue.sentence === 0) continue
    const segment = pieces[cue.first]!.segment
    if (segment === subjectSegment) continue
    if (asksQuestion(pieces, segments, clauses, cue.last)) continue
    // (the cue's own words may be a concept's: "läuft", "fonctionne")
    // (round 159) what the sentence tells after the fix, in a clause of its own or joined by "and", what was done next ("Since
    // Thursday everything is working fine again and we re-ran the missed records ourselves", "Everything has been working fine
    // since, all campaigns went out afterwards"), keeps the fix reaching back and counts on its own ("… and now all records are
    // gone" counts); not what the fix's clause names right after it, what it holds for ("Tout fonctionne depuis hier pour
    // Books"), nor where the sentence goes on against the fix or limits it: a clause break ("but", "only", "except"), a
    // negation ("not for the agents"), a part ("at least for some users"); everyone it works for again is no matter of its
    // own ("Since 10:00 it works again for everyone", round 164)
    const limited = (m: Mention) => m.sentence === cue.sentence && m.first > cue.last && (cueOf(m) === 'clauseBreak' || cueOf(m) === 'negation' || m.concept === partlyConcept || m.concept === subsetConcept)
    const toldNext = (m: Mention) => {
      if (clauses[m.first] !== clauses[cue.last] || m.concept === everyoneConcept) return true
      for (let k = cue.last + 1; k < m.first; k++) if (AND_WORDS.has(pieces[k]!.facts.folded)) return true
      return false
    }
    const mayFollow = !found.some(limited)
    if (all.some((m) => m.sentence === cue.sentence && (!cancelled.has(m) || ownFixTold(m, cue)) && (m.first < cue.first || (m.last > cue.last && !(mayFollow && m.first > cue.last && toldNext(m)))))) continue
    // (round 83) and a sentence right before that tells only a fix, of nothing it names as a failure ("last Tuesday
    // all users were logged out every 15 minutes; your team traced it to a session setting and fixed it the same day.
    // Since then everything works."), speaks of the sentence before it in turn: over too
    for (let before = cue.sentence - 1, hop = 0; before >= 0 && hop < 2; before--, hop++) {
      const fixOnly =
        hop === 0 &&
        found.some((c) => c.sentence === before && resolvedKind(cueOf(c)) && pieces[c.first]!.segment === segment && !negatedCue(c) && !awaitedCue(c) && !recurredAfter(c) && !underWay(c)) &&
        all.every((m) => m.sentence !== before || (cancelled.has(m) && m.concept !== failureConcept))
      // (round 159) or one that tells the cause, told, not asked ("Nobody can log in." / "UPDATE: it was our own change - we switched
      // the SSO certificate this morning." / "We reverted it and everyone can log in again."): over too
      const causeOnly =
        hop === 0 && found.some((c) => c.sentence === before && cueOf(c) === 'causeTold' && pieces[c.first]!.segment === segment && !asksQuestion(pieces, segments, clauses, c.last))
      for (const m of all) {
        if (m.sentence !== before || cancelled.has(m) || pieces[m.first]!.segment !== segment) continue
        cancelled.set(m, { mention: m, by: cue, why: 'resolved' })
      }
      if (!fixOnly && !causeOnly) break
    }
    // (round 165) and the sentence right after it when that one tells the cause, told, not asked ("everyone can log in to Zoho
    // CRM again. It turned out to be our own VPN blocking the sign-in page."): the trouble's explanation, over too
    const after = cue.sentence + 1
    if (found.some((c) => c.sentence === after && cueOf(c) === 'causeTold' && pieces[c.first]!.segment === segment && !asksQuestion(pieces, segments, clauses, c.last))) {
      for (const m of all) {
        if (m.sentence !== after || cancelled.has(m) || pieces[m.first]!.segment !== segment) continue
        cancelled.set(m, { mention: m, by: cue, why: 'resolved' })
      }
    }
  }
  // A subject is a headline: "Outage" there is set aside when the text sets an outage aside
  // ("there was no outage", "is there planned downtime?"), and all of it when the text says, in
  // a sentence of its own, that it is over ("AW: Ausfall" / "Danke, es funktioniert wieder."). A qualifier
  // there (a setting's name, "Session timeout") stays what it says whatever the text asks about it.
  // (round 90) A firm headline, one that asks nothing and names everyone or urgency ("Mail not working org-wide",
  // "Projects outage - whole team blocked"), is a report: a hypothesis of the text ("Will anything sent today be lost?",
  // "so the team can keep working offline?") asks about it, no denial; a negation or a fix still sets it aside.
  const firm =
    firmConcepts !== undefined &&
    subjectSegment === 0 &&
    !segments[0]!.text.includes('?') &&
    all.some((m) => pieces[m.first]!.segment === 0 && firmConcepts[m.concept] === true && !cancelled.has(m)) &&
    !all.some((m) => firmUnless?.[m.concept] === true && !cancelled.has(m)) &&
    ![...cancelled.values()].some((c) => firmConcepts[c.mention.concept] === true && pieces[c.mention.first]!.segment !== 0)
  for (const m of all) {
    if (cancelled.has(m) || pieces[m.first]!.segment !== 0 || subjectSegment !== 0) continue
    const denial =
      decisive !== undefined && !decisive[m.concept]
        ? undefined
        : [...cancelled.values()].find((c) => c.mention.concept === m.concept && pieces[c.mention.first]!.segment !== 0 && !askedOver?.has(c.mention) && !(firm && c.why === 'hypothetical'))
    if (denial) cancelled.set(m, { mention: m, by: denial.by, why: denial.why })
    else if (headlineOver) cancelled.set(m, { mention: m, by: headlineOver, why: 'resolved' })
  }
  const mentions = all.filter((m) => !cancelled.has(m))
  const setAside = [...cancelled.values()].sort((a, b) => a.mention.first - b.mention.first)
  return { mentions, setAside, toldOver: headlineOver !== undefined }
}

/**
 * Whether a negation stands in the gap of a mention's entry, not among its words: German puts it
 * between a separable verb and its particle ("der Dienst fällt dabei nicht aus", "es kommen keine
 * Tickets mehr an"), where it negates the verb as if it stood before it. Only entries with one gap.
 */
function inGap(v: Vocabulary, m: Mention, n: Mention): boolean {
  if (n.first <= m.first || n.last >= m.last) return false
  const words = v.entries[m.entry]!.words
  let gapAt = -1
  for (let k = 1; k < words.length; k++) {
    if (words[k]!.gap === 0) continue
    if (gapAt >= 0) return false
    gapAt = k
  }
  return gapAt > 0 && n.first >= m.first + gapAt && n.last <= m.last - (words.length - gapAt)
}
