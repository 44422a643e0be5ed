// The policy's concepts and reading cues compiled into one index of word stems, and what one
// written word is in it: which words of which entries it can be, in which language, whether it
// is a stop word, and, for a German compound, its parts ("Anmeldeprobleme" = anmelde + probleme).
import { LANGUAGES, type CueList, type Language, type Policy } from '../policy.js'
import { fold } from '../text.js'
import { infinitiveStems, isStopWord, stem } from './languages.js'
import { tokenize } from './tokens.js'
import { buildSpellingIndex, commonMisspelling, isEnglishWord, nearestForm, type SpellingIndex } from './spelling.js'

/** The small words of `reading` that turn a mention around, read like concepts. */
export type Cue = 'negation' | 'hypothetical' | 'resolved' | 'resolvedAhead' | 'resolvedSince' | 'awaited' | 'conceded' | 'recurred' | 'causeTold' | 'attempted' | 'asked' | 'question' | 'clauseBreak' | 'notNegation' | 'example'
export const CUES: readonly Cue[] = ['negation', 'hypothetical', 'resolved', 'resolvedAhead', 'resolvedSince', 'awaited', 'conceded', 'recurred', 'causeTold', 'attempted', 'asked', 'question', 'clauseBreak', 'notNegation', 'example']
/** The list of `reading` each cue's words are in. */
const CUE_LIST: Record<Cue, CueList> = {
  negation: 'negation',
  hypothetical: 'hypothetical',
  resolved: 'resolved',
  resolvedAhead: 'resolvedAhead',
  resolvedSince: 'resolvedSince',
  awaited: 'awaited',
  conceded: 'conceded',
  recurred: 'recurred',
  causeTold: 'causeTold',
  attempted: 'attempted',
  asked: 'asked',
  question: 'questions',
  clauseBreak: 'clauseBreaks',
  notNegation: 'notNegation',
  example: 'examples',
}

export interface ConceptInfo {
  name: string
  negatable: boolean
  withNegation: boolean
  /** a negation among its words still counts as the withNegation concepts ("plus du tout") */
  keepsNegation: boolean
  /** the concepts whose longer phrase, begun at the same word, holds this one's word (it is none there) */
  yieldsTo: number[]
  /** set for the reading cues (negation…), which are not concepts of the policy */
  cue: Cue | undefined
}

/** One word of an entry: matched by its stem, its exact folded form, or as a prefix. */
export interface EntryWord {
  key: string
  /** the word as configured, folded */
  form: string
  how: 'stem' | 'exact' | 'prefix'
  /** how many other words may stand before it ("is ... down": up to 6), 0 for the first */
  gap: number
}

/** A word or phrase of a concept (or cue) as configured, in one language. */
export interface Entry {
  id: number
  concept: number
  language: Language
  text: string
  words: EntryWord[]
  /** "down $": the last word must end its sentence */
  endOfSentence: boolean
  /**
   * The word after its first that fewest entries share, stop words last (0 for a one-word entry):
   * a phrase cannot stand where this word does not follow its first (see WordFacts.anchorBits)
   */
  anchor: number
  /**
   * Its anchor word as a number, one per distinct anchor word (language, how it is matched, key):
   * the bit of an AnchorSet that says whether the anchor word stands in a text (see anchorKeysOf)
   */
  anchorKey: number
}

/**
 * A written word can be word `position` of `entry`. In a sentence of the entry's language it
 * counts as an inflection (its stem); in a sentence of another language only when it is written
 * as the entry's word ("Login" in a German sentence), never for the words `onlyInLanguage`
 * keeps to their own language (French "plus"): `anywhere` says which.
 */
export interface WordHit {
  entry: number
  /** the entry's concept, and whether its last word must end its sentence: read without reaching for the entry */
  concept: number
  endOfSentence: boolean
  position: number
  language: Language
  anywhere: boolean
  /** the entry's next word must stand right after this one (no "..." between): a quick test */
  nextAdjacent: boolean
  /** the entry's number of words, and a bit per word that may stand after a gap ("..."): read
   * without reaching for the entry, which most hits never need */
  words: number
  gaps: number
  /** this is the entry's anchor word (Entry.anchor) */
  anchor: boolean
  /** the entry's Entry.anchorKey */
  anchorKey: number
}

/** What one written word is, once folded. */
export interface WordFacts {
  folded: string
  hits: readonly WordHit[]
  /** the hits that begin an entry (position 0) */
  starts: readonly WordHit[]
  /** the same without those whose entry's next word must stand right after this one (nextAdjacent) */
  startsAlone: readonly WordHit[]
  /** starts and startsAlone as PackedStarts: what impl/reading.ts's findMentions walks */
  startsPacked: PackedStarts
  startsAlonePacked: PackedStarts
  /** continueBit(entry, 1) of every nextAdjacent start, or'ed: a next word whose continueMask has none of these continues none of them */
  nextWordMask: number
  /** whether any hit continues an entry (position > 0) */
  continues: boolean
  /** the hits that continue an entry (position > 0), one per entry word */
  continuing: readonly WordHit[]
  /** the same as a table of numbers to look up by entry word (see continuingTable) */
  continuingTable: Int32Array
  /**
   * A quick "no": the continueBit of every hit after an entry's first word, or'ed together. A word
   * whose mask lacks an entry word's bit is not that word; one that has it may be (hits says).
   */
  continueMask: number
  /**
   * The anchor words (Entry.anchorKey) of the entries whose anchor this word can be, in any language, as bits to or
   * into an AnchorSet: pairs of a slot and the bits there (see anchorBitsOf). Most words that begin a phrase ("all",
   * "nicht", "de") begin hundreds; few of those phrases' rarer words stand in a ticket, and impl/reading.ts tries a
   * phrase only where its anchor word stands too.
   */
  anchorBits: Int32Array
  /** bit per language (LANGUAGE_BIT) whose stop words hold it */
  stopWords: number
  /** a German compound's parts, when the whole word is no entry's word but its parts are */
  parts: readonly WordFacts[] | null
  /** the fillers (Vocabulary.fillers) whose first filler word this word can be: most words none (see impl/reading.ts fillersAmong) */
  fillers: readonly number[]
  /**
   * A memo of impl/reading.ts: by the word that stands next, the starts whose entry may go on with
   * it (see startsBefore). Words recur in pairs ("is down", "the portal"): each pair is worked out once.
   */
  startsBefore: Map<WordFacts, PackedStarts> | null
}


export const LANGUAGE_BIT: Record<Language, number> = { en: 1, de: 2, fr: 4 }

/**
 * Hits that begin entries, four numbers each, in one typed array: the entry, its concept,
 * START_* bits (the entry's language, whether the hit counts in a sentence of any language, whether
 * the entry ends its sentence, its number of words, and its gaps) and its Entry.anchorKey. findMentions walks a word's starts
 * for every word of every ticket; as objects, each hit is a read from elsewhere in memory, here the
 * starts of a word lie side by side. `packStarts` makes one from WordHits.
 */
export type PackedStarts = Int32Array
export const START_STRIDE = 4
export const START_LANGUAGE = 3 // bits 0-1: the index of the entry's language in LANGUAGES
export const START_ANYWHERE = 1 << 2
export const START_END_OF_SENTENCE = 1 << 3
export const START_WORDS_SHIFT = 4 // bits 4-8: the entry's number of words
export const START_GAPS_SHIFT = 9 // bits 9-30: WordHit.gaps

/** The most words an entry may have: its gaps must fit START_GAPS_SHIFT's bits (buildVocabulary refuses longer ones) */
export const MAX_PHRASE_WORDS = 22

export function packStarts(hits: readonly WordHit[]): PackedStarts {
  const out = new Int32Array(hits.length * START_STRIDE)
  hits.forEach((h, i) => {
    out[i * START_STRIDE] = h.entry
    out[i * START_STRIDE + 1] = h.concept
    out[i * START_STRIDE + 2] =
      LANGUAGES.indexOf(h.language) | (h.anywhere ? START_ANYWHERE : 0) | (h.endOfSentence ? START_END_OF_SENTENCE : 0) | (h.words << START_WORDS_SHIFT) | (h.gaps << START_GAPS_SHIFT)
    out[i * START_STRIDE + 3] = h.anchorKey
  })
  return out
}

/** One of 32 bits for "word `position` of entry `entry`" (see WordFacts.continueMask). */
export function continueBit(entry: number, position: number): number {
  return 1 << ((entry * 7 + position) & 31)
}

function continuingOf(hits: readonly WordHit[]): WordHit[] {
  const sorted = hits.filter((h) => h.position > 0).sort((a, b) => a.entry - b.entry || a.position - b.position)
  // one hit per entry word (the same word found by its stem and as written: anywhere if either is)
  const out: WordHit[] = []
  for (const h of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && last.entry === h.entry && last.position === h.position) {
      if (h.anywhere && !last.anywhere) out[out.length - 1] = h
    } else out.push(h)
  }
  return out
}

const MAX_ENTRY_WORDS = 1024 // far more than any phrase: keys by entry, then position

/** Word `position` of entry `entry` as one number. */
function entryWordKey(entry: number, position: number): number {
  return entry * MAX_ENTRY_WORDS + position
}

/**
 * The continuing hits of a word as a hash table of numbers, two per slot: the entry word's key + 1
 * (0: an empty slot), then the hit's index in `continuing` times 8 plus the languages it counts in
 * (LANGUAGE_BIT, all three when `anywhere`). A word such as "the" continues a thousand entries, and
 * findMentions asks it of every gap's words: one or two probes in one packed array, where halving a
 * sorted list, or reaching for the hit objects spread over the heap, was most of its time.
 */
function continuingTableOf(continuing: readonly WordHit[]): Int32Array {
  if (continuing.length === 0) return EMPTY_TABLE
  let bits = 1
  while (1 << bits < 2 * continuing.length) bits++
  const table = new Int32Array(2 << bits)
  continuing.forEach((h, index) => {
    const key = entryWordKey(h.entry, h.position)
    let slot = slotOf(key, bits)
    while (table[2 * slot] !== 0) slot = (slot + 1) & ((1 << bits) - 1)
    table[2 * slot] = key + 1
    table[2 * slot + 1] = index * 8 + (h.anywhere ? ALL_LANGUAGES : LANGUAGE_BIT[h.language])
  })
  return table
}

const EMPTY_TABLE = new Int32Array(0)
const ALL_LANGUAGES = 7

function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits)
}

/** The slot's second number for word `position` of `entry` in `facts`' table, or 0 when it continues no such entry. */
function lookUp(facts: WordFacts, entry: number, position: number): number {
  const table = facts.continuingTable
  const size = table.length >> 1
  if (size === 0) return 0
  const bits = 31 - Math.clz32(size)
  const key = entryWordKey(entry, position) + 1
  for (let slot = slotOf(key - 1, bits); ; slot = (slot + 1) & (size - 1)) {
    const k = table[2 * slot]!
    if (k === key) return table[2 * slot + 1]!
    if (k === 0) return 0
  }
}

/** The hit of `facts` that is word `position` of `entry`, if any. */
export function continuingHit(facts: WordFacts, entry: number, position: number): WordHit | undefined {
  const found = lookUp(facts, entry, position)
  return found === 0 ? undefined : facts.continuing[found >> 3]
}

/** Whether `facts` is word `position` of `entry` in a sentence of the language `languageBit` (LANGUAGE_BIT). */
export function continuesIn(facts: WordFacts, entry: number, position: number, languageBit: number): boolean {
  return (lookUp(facts, entry, position) & languageBit) !== 0
}

function continueMaskOf(hits: readonly WordHit[]): number {
  let mask = 0
  for (const h of hits) if (h.position > 0) mask |= continueBit(h.entry, h.position)
  return mask
}

export interface Vocabulary {
  concepts: ConceptInfo[]
  conceptIndex: ReadonlyMap<string, number>
  entries: Entry[]
  /** per language: a stem → the entry words it is */
  byStem: Record<Language, ReadonlyMap<string, readonly WordHit[]>>
  /** a folded form → the exact entry words it is */
  exact: ReadonlyMap<string, readonly WordHit[]>
  prefixes: readonly { prefix: string; hit: WordHit }[]
  /** German one-word entries by stem: what parts of a compound may be */
  compoundParts: ReadonlyMap<string, readonly WordHit[]>
  /** per language: folded words that count only in a sentence of that language */
  onlyIn: Record<Language, ReadonlySet<string>>
  /** the concepts an unspent negation counts as */
  withNegation: readonly number[]
  /** whether a concept yields to another's longer phrase (`yieldsTo`) */
  yields: boolean
  /** the configured words, for reading a typo as the word it slipped from (impl/spelling.ts) */
  spelling: SpellingIndex
  /** per language: a folded short form → the folded word it stands for ("pls" → "please") */
  shortForms: Record<Language, ReadonlyMap<string, string>>
  /** the policy's `reading.fillers`: words that may stand inside a phrase without being its words */
  fillers: readonly Filler[]
  /** a folded word → the fillers it can be the first filler word of (a number: `fillersOfNumbers`) */
  fillerStarts: ReadonlyMap<string, readonly number[]>
  fillersOfNumbers: readonly number[]
}

/**
 * A filler of `reading.fillers` ("every (single)", "(each and) every", "all|our (#)", "now"): the words that may stand
 * inside a phrase without being its words (`words`), where the words right before and after them are these (`before`,
 * `after`; none: anywhere). Each place holds the folded forms it may be written as; NUMBER, a number in digits.
 */
export interface Filler {
  language: Language
  before: readonly (readonly string[])[]
  words: readonly (readonly string[])[]
  after: readonly (readonly string[])[]
}

/** A place of a Filler that a number written in digits fills ("all our 40 users"). */
export const NUMBER = '#'

/** Whether a folded word is a number written in digits. */
export function isNumber(folded: string): boolean {
  if (folded.length === 0) return false
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** Whether a folded word may stand in a place of a Filler. */
export function fillsPlace(place: readonly string[], folded: string): boolean {
  for (const form of place) if (form === folded || (form === NUMBER && isNumber(folded))) return true
  return false
}

/** A line of `reading.fillers` as a Filler: "(…)" marks the filler words, the rest stands around them; none, all of it. */
export function parseFiller(line: string, language: Language): Filler {
  const open = line.indexOf('(')
  const close = line.indexOf(')')
  const places = (text: string) =>
    text
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map((w) => w.split('|').map((form) => (form === NUMBER ? NUMBER : fold(form).trim())))
  if (open < 0) return { language, before: [], words: places(line), after: [] }
  return { language, before: places(line.slice(0, open)), words: places(line.slice(open + 1, close)), after: places(line.slice(close + 1)) }
}

export function buildVocabulary(policy: Policy): Vocabulary {
  const concepts: ConceptInfo[] = []
  const conceptIndex = new Map<string, number>()
  const entries: Entry[] = []
  const byStem: Record<Language, Map<string, WordHit[]>> = { en: new Map(), de: new Map(), fr: new Map() }
  const exact = new Map<string, WordHit[]>()
  const prefixes: { prefix: string; hit: WordHit }[] = []
  const compoundParts = new Map<string, WordHit[]>()
  const allHits: WordHit[] = []
  const add = <K>(map: Map<K, WordHit[]>, key: K, hit: WordHit) => {
    const list = map.get(key)
    if (list) list.push(hit)
    else map.set(key, [hit])
  }

  const addConcept = (info: ConceptInfo, words: Record<Language, readonly string[]>) => {
    const concept = concepts.length
    concepts.push(info)
    conceptIndex.set(info.name, concept)
    for (const language of LANGUAGES) {
      for (const text of words[language]) {
        const parsed = parseEntry(text, language)
        if (!parsed) continue
        if (parsed.words.length > MAX_PHRASE_WORDS) throw new Error(`concept "${info.name}": "${text}" has ${parsed.words.length} words, at most ${MAX_PHRASE_WORDS} are read`)
        // (written out, not spread: a spread copy's hidden class would make the reading's loops over entries slow)
        const entry: Entry = { id: entries.length, concept, language, text, words: parsed.words, endOfSentence: parsed.endOfSentence, anchor: 0, anchorKey: 0 }
        entries.push(entry)
        let gaps = 0
        entry.words.forEach((w, k) => {
          if (w.gap > 0) gaps |= 1 << k
        })
        entry.words.forEach((w, position) => {
          const next = entry.words[position + 1]
          const hit: WordHit = { entry: entry.id, concept, endOfSentence: entry.endOfSentence, position, language, anywhere: false, nextAdjacent: next !== undefined && next.gap === 0, words: entry.words.length, gaps, anchor: false, anchorKey: 0 }
          allHits.push(hit)
          if (w.how === 'stem') add(byStem[language], w.key, hit)
          else if (w.how === 'exact') add(exact, w.key, hit)
          else prefixes.push({ prefix: w.key, hit })
          if (language === 'de' && entry.words.length === 1 && w.how === 'stem' && info.cue === undefined) add(compoundParts, w.key, hit)
        })
      }
    }
  }

  for (const [name, c] of Object.entries(policy.concepts)) {
    addConcept({ name, negatable: c.negatable, withNegation: c.withNegation, keepsNegation: c.keepsNegation, yieldsTo: [], cue: undefined }, c)
  }
  const cueWords: Record<Cue, Record<Language, readonly string[]>> = {
    negation: policy.reading.negation,
    hypothetical: policy.reading.hypothetical,
    resolved: policy.reading.resolved,
    resolvedAhead: policy.reading.resolvedAhead,
    resolvedSince: policy.reading.resolvedSince,
    awaited: policy.reading.awaited,
    conceded: policy.reading.conceded,
    recurred: policy.reading.recurred,
    causeTold: policy.reading.causeTold,
    attempted: policy.reading.attempted,
    asked: policy.reading.asked,
    question: policy.reading.questions,
    clauseBreak: policy.reading.clauseBreaks,
    notNegation: policy.reading.notNegation,
    example: policy.reading.examples,
  }
  for (const cue of CUES) addConcept({ name: `(${cue})`, negatable: false, withNegation: false, keepsNegation: false, yieldsTo: [], cue }, cueWords[cue])
  for (const [name, c] of Object.entries(policy.concepts)) {
    if (c.yieldsTo.length === 0) continue
    const info = concepts.find((x) => x.name === name)!
    for (const other of c.yieldsTo) {
      const index = concepts.findIndex((x) => x.name === other && x.cue === undefined)
      if (index < 0) throw new Error(`concept "${name}": yieldsTo names no concept "${other}"`)
      info.yieldsTo.push(index)
    }
  }
  // a cue may yield to a concept's longer phrase too ("s'il" to "s'il vous plaît")
  for (const cue of CUES) {
    const info = concepts.find((x) => x.cue === cue)!
    for (const other of policy.reading.yieldsTo[CUE_LIST[cue]] ?? []) {
      const index = concepts.findIndex((x) => x.name === other && x.cue === undefined)
      if (index < 0) throw new Error(`reading.yieldsTo.${CUE_LIST[cue]}: names no concept "${other}"`)
      info.yieldsTo.push(index)
    }
  }

  chooseAnchors(entries)
  for (const h of allHits) {
    h.anchor = h.position > 0 && h.position === entries[h.entry]!.anchor
    h.anchorKey = entries[h.entry]!.anchorKey
  }

  const onlyIn = {} as Record<Language, Set<string>>
  for (const language of LANGUAGES) onlyIn[language] = new Set(policy.reading.onlyInLanguage[language].map((w) => fold(w).trim()))
  const withNegation = concepts.flatMap((c, index) => (c.withNegation ? [index] : []))
  // (English words only: a French or German word one slip from a listed one is too often another
  // real word of its language, "annuel"/"annule", and only English has a word list to tell)
  // (each word as written and as its stem: "conection" is one slip from "connect")
  const spelling = buildSpellingIndex(
    entries.flatMap((e) => (e.language === 'en' ? e.words.filter((w) => w.how === 'stem').flatMap((w) => [w.form, w.key]) : [])),
    (form) => stem('en', form),
  )
  const shortForms = {} as Record<Language, Map<string, string>>
  for (const language of LANGUAGES) {
    shortForms[language] = new Map()
    for (const line of policy.reading.shortForms[language]) {
      const at = line.indexOf(' = ')
      shortForms[language].set(fold(line.slice(0, at)).trim(), fold(line.slice(at + 3)).trim())
    }
  }
  const yields = concepts.some((c) => c.yieldsTo.length > 0)
  const fillers = LANGUAGES.flatMap((language) => policy.reading.fillers[language].map((line) => parseFiller(line, language)))
  const fillerStarts = new Map<string, number[]>()
  const fillersOfNumbers: number[] = []
  fillers.forEach((f, index) => {
    for (const form of f.words[0]!) {
      if (form === NUMBER) fillersOfNumbers.push(index)
      else fillerStarts.set(form, [...(fillerStarts.get(form) ?? []), index])
    }
  })
  return { concepts, conceptIndex, entries, byStem, exact, prefixes, compoundParts, onlyIn, withNegation, yields, spelling, shortForms, fillers, fillerStarts, fillersOfNumbers }
}

/**
 * The anchor words that stand in a text, as bits by anchor word (Entry.anchorKey) modulo ANCHOR_SET_SLOTS * 32:
 * a phrase whose bit is unset is not in the text (a bit another anchor word set only lets it be tried). A written
 * word is the anchor word of few keys (its stem in each language, its form, a prefix), or'ed in one go (anchorBitsOf),
 * however many phrases it anchors ("users" anchors hundreds).
 */
export type AnchorSet = Int32Array
export const ANCHOR_SET_SLOTS = 256

export function anchorSlot(anchorKey: number): number {
  return (anchorKey >> 5) & (ANCHOR_SET_SLOTS - 1)
}

export function anchorBit(anchorKey: number): number {
  return 1 << (anchorKey & 31)
}

const NO_ANCHOR_BITS = new Int32Array(0)

/** The anchor words (Entry.anchorKey) as pairs of a slot and its bits, each slot once. */
function anchorBitsOf(anchorKeys: readonly number[]): Int32Array {
  if (anchorKeys.length === 0) return NO_ANCHOR_BITS // (one array for the many words that anchor nothing: it stays in the cache)
  const bySlot = new Map<number, number>()
  for (const key of anchorKeys) bySlot.set(anchorSlot(key), (bySlot.get(anchorSlot(key)) ?? 0) | anchorBit(key))
  return Int32Array.from([...bySlot].flat())
}

/**
 * Each phrase's anchor (Entry.anchor): of its words after the first, the one fewest entries hold, a stop word only when
 * all are; and its number (Entry.anchorKey), the same for phrases whose anchor words are matched alike.
 */
function chooseAnchors(entries: Entry[]): void {
  const entriesHolding = new Map<string, number>()
  const keyOf = (e: Entry, w: EntryWord) => `${e.language} ${w.how} ${w.key}`
  for (const e of entries) for (const key of new Set(e.words.map((w) => keyOf(e, w)))) entriesHolding.set(key, (entriesHolding.get(key) ?? 0) + 1)
  for (const e of entries) {
    let best = Infinity
    e.words.forEach((w, position) => {
      if (position === 0) return
      const cost = (isStopWord(e.language, w.form) ? entries.length : 0) + entriesHolding.get(keyOf(e, w))!
      if (cost < best) {
        best = cost
        e.anchor = position
      }
    })
  }
  const keys = new Map<string, number>()
  for (const e of entries) {
    const key = keyOf(e, e.words[e.anchor]!)
    let n = keys.get(key)
    if (n === undefined) keys.set(key, (n = keys.size))
    e.anchorKey = n
  }
}

/**
 * An entry as configured: `word` (its stem), `=word` (this form), `word*` (a prefix), `...`
 * (other words may stand between), `$` (the end of a sentence). Null when it holds no word.
 */
export function parseEntry(text: string, language: Language): { words: EntryWord[]; endOfSentence: boolean } | null {
  const words: EntryWord[] = []
  let endOfSentence = false
  let gap = 0
  for (const part of text.trim().split(/\s+/)) {
    if (part === '...') {
      gap = 1
      continue
    }
    if (part === '$') {
      endOfSentence = true
      continue
    }
    const how = part.startsWith('=') ? 'exact' : part.endsWith('*') ? 'prefix' : 'stem'
    const bare = how === 'exact' ? part.slice(1) : how === 'prefix' ? part.slice(0, -1) : part
    for (const token of tokenize(bare)) {
      const folded = fold(token.word)
      words.push({ key: how === 'stem' ? stem(language, folded) : folded, form: folded, how, gap })
      gap = 0
    }
  }
  return words.length === 0 ? null : { words, endOfSentence }
}

/**
 * `h` with `anywhere` set. (Written out rather than `{ ...h, anywhere }`: V8 gives each spread
 * copy a hidden class of its own, and findMentions, meeting dozens of them, reads every hit
 * through the slow megamorphic path.)
 */
function hitWith(h: WordHit, anywhere: boolean): WordHit {
  return { entry: h.entry, concept: h.concept, endOfSentence: h.endOfSentence, position: h.position, language: h.language, anywhere, nextAdjacent: h.nextAdjacent, words: h.words, gaps: h.gaps, anchor: h.anchor, anchorKey: h.anchorKey }
}

/** The entry words a folded word is, in any language, as it stands (no compound splitting). */
function hitsOf(v: Vocabulary, folded: string): WordHit[] {
  const hits: WordHit[] = []
  for (const language of LANGUAGES) {
    const found = v.byStem[language].get(stem(language, folded))
    if (found) {
      hits.push(...found)
      continue
    }
    if (v.exact.has(folded)) continue // a form the policy names as written ("=fehlt") is not read as another verb
    for (const key of infinitiveStems(language, folded)) {
      const asVerb = v.byStem[language].get(key)
      if (asVerb) hits.push(...asVerb)
    }
  }
  const exact = v.exact.get(folded)
  if (exact) hits.push(...exact)
  for (const p of v.prefixes) if (folded.startsWith(p.prefix)) hits.push(p.hit)
  // the hits that count in a sentence of any language: the word as the entry writes it
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!
    const w = v.entries[h.entry]!.words[h.position]!
    const anywhere = (w.how !== 'stem' || w.form === folded) && !v.onlyIn[h.language].has(folded)
    if (anywhere) hits[k] = hitWith(h, anywhere)
  }
  return hits
}

function stopWordBits(folded: string): number {
  let bits = 0
  for (const language of LANGUAGES) if (isStopWord(language, folded)) bits |= LANGUAGE_BIT[language]
  return bits
}

const MIN_COMPOUND = 7 // letters: shorter words are not split
const MIN_HEAD = 3 // letters of the first part
const MIN_TAIL = 4 // letters of an unknown last part
const MIN_KNOWN_ALONE = 4 // letters of a known part beside an unknown one ("Android" is no "and(ere)" + "roid")

/**
 * What a written word is: the entry words it can be in any language, its stop-word languages,
 * and, when it is no concept's word as a whole, its parts as a German compound. This is the
 * plain computation; impl/memo.ts keeps its answers per word.
 */
export function wordFacts(v: Vocabulary, word: string): WordFacts {
  const folded = fold(word)
  let hits = hitsOf(v, folded)
  // German umlauts written out ("geloescht", "Stoerung", "Kuendigung", "Aenderung"): a word that names
  // nothing as written is read as the umlauted word (folded, "gelöscht" is "geloscht"), in a German
  // sentence only
  const umlauted = hits.length === 0 ? umlautsWrittenOut(folded) : undefined
  if (umlauted !== undefined) hits = hitsOf(v, umlauted).filter((h) => h.language === 'de').map((h) => hitWith(h, false))
  const stopWords = stopWordBits(folded)
  // (a word that is a concept's word, or a whole "resolved"/"hypothetical" cue of one word, is no
  // compound: "Fehlalarm" says it is over, it is no "Fehl(er)" + "alarm")
  const whole = (h: WordHit) => {
    const e = v.entries[h.entry]!
    const cue = v.concepts[e.concept]!.cue
    return cue === undefined || ((cue === 'resolved' || cue === 'resolvedAhead' || cue === 'resolvedSince' || cue === 'hypothetical') && e.words.length === 1)
  }
  // a short form ("pls", "acct", "cust", "inv"): also the word it stands for in its language's entries
  // (beside what the entries name the short form itself as: "INV-2231" is an invoice's number), in a
  // sentence of any language, as a word the entries write out (a short form is written as it stands:
  // "demo acct" in a terse subject whose language nothing tells); never one of that language's stop words
  for (const language of LANGUAGES) {
    const full = v.shortForms[language].size === 0 ? undefined : v.shortForms[language].get(folded)
    if (full === undefined || (stopWords & LANGUAGE_BIT[language]) !== 0) continue
    hits = hits.concat(hitsOf(v, full).filter((h) => h.language === language).map((h) => hitWith(h, true)))
  }
  const parts = hits.some(whole) ? null : (compoundParts(v, folded) ?? (umlauted === undefined ? null : compoundParts(v, umlauted)))
  // a word no list knows, one slip from an English word that a list names ("acess", "wokring"),
  // and no English word itself: that word, in an English sentence
  if (hits.length === 0 && parts === null && stopWords === 0) {
    // (else a common misspelling two slips or more away: "dissapeared", "unavailible")
    const meant = nearestForm(v.spelling, folded) ?? nearestForm(v.spelling, stem('en', folded)) ?? commonMisspelling(folded)
    if (meant !== undefined && !isEnglishWord(folded)) hits = hitsOf(v, meant).filter((h) => h.language === 'en').map((h) => hitWith(h, false))
  }
  return factsOf(folded, hits, stopWords, parts, fillersOf(v, folded))
}

/** The fillers (Vocabulary.fillers) a folded word can be the first filler word of. */
function fillersOf(v: Vocabulary, folded: string): readonly number[] {
  return isNumber(folded) ? v.fillersOfNumbers : (v.fillerStarts.get(folded) ?? NO_FILLERS)
}

// "ae", "oe", "ue" for ä, ö, ü; not the "ue" of "qu" ("Quelle") nor after a vowel ("neue", "Dauer", "Feuer")
const WRITTEN_OUT_UMLAUT = /ae|oe|(?<![aeiouq])ue/g

/**
 * A folded word with its umlauts written out put back as the fold writes them ("geloescht" →
 * "geloscht", "kuendigen" → "kundigen", "aenderung" → "anderung"); undefined when it has none.
 */
export function umlautsWrittenOut(folded: string): string | undefined {
  const back = folded.replace(WRITTEN_OUT_UMLAUT, (m) => m[0]!)
  return back === folded ? undefined : back
}

const NO_FILLERS: readonly number[] = [] // (one array for the many words that are no filler)

/** WordFacts of a folded word with these hits. */
function factsOf(folded: string, hits: WordHit[], stopWords: number, parts: readonly WordFacts[] | null, fillers: readonly number[] = NO_FILLERS): WordFacts {
  const continuing = continuingOf(hits)
  const starts = hits.filter((h) => h.position === 0)
  const startsAlone = starts.filter((h) => !h.nextAdjacent)
  let nextWordMask = 0
  for (const h of starts) if (h.nextAdjacent) nextWordMask |= continueBit(h.entry, 1)
  return {
    folded,
    hits,
    starts,
    startsAlone,
    startsPacked: packStarts(starts),
    startsAlonePacked: packStarts(startsAlone),
    nextWordMask,
    continues: hits.some((h) => h.position > 0),
    continuing,
    continuingTable: continuingTableOf(continuing),
    anchorBits: anchorBitsOf(continuing.filter((h) => h.anchor).map((h) => h.anchorKey)),
    continueMask: continueMaskOf(hits),
    stopWords,
    parts,
    fillers,
    startsBefore: null,
  }
}

/**
 * A German compound split in two against the vocabulary's German one-word entries: the split
 * whose both parts are such words, else the one with the longest part that is (the other part
 * long enough to be a word). "anmeldeprobleme" → anmelde + probleme; "serverausfall" → server +
 * ausfall. Null when no split names anything.
 */
function compoundParts(v: Vocabulary, folded: string): WordFacts[] | null {
  if (folded.length < MIN_COMPOUND) return null
  let best: { head: string; tail: string; headHits: WordHit[]; tailHits: WordHit[]; score: number } | undefined
  for (let cut = MIN_HEAD; cut <= folded.length - MIN_HEAD; cut++) {
    const head = folded.slice(0, cut)
    const tail = folded.slice(cut)
    const headHits = partHits(v, head)
    const tailHits = partHits(v, tail)
    if (headHits.length === 0 && tailHits.length === 0) continue
    if (tailHits.length === 0 && tail.length < MIN_TAIL) continue // an unknown tail must be long enough to be a word
    if (headHits.length === 0 || tailHits.length === 0) {
      // one known part: it must be long enough not to be the start or end of any other word
      if ((headHits.length > 0 ? head : tail).length < MIN_KNOWN_ALONE) continue
    }
    // both parts known beats one; then the longer known part
    const score = (headHits.length > 0 && tailHits.length > 0 ? 100 : 0) + (tailHits.length > 0 ? tail.length : 0) + (headHits.length > 0 ? head.length : 0)
    if (!best || score > best.score) best = { head, tail, headHits, tailHits, score }
  }
  if (!best) return null
  return [factsOf(best.head, best.headHits, 0, null, fillersOf(v, best.head)), factsOf(best.tail, best.tailHits, 0, null, fillersOf(v, best.tail))]
}

/** The German one-word entries a compound's part is: as it stands, or without a joining "s" ("rechnungs"). */
function partHits(v: Vocabulary, part: string): WordHit[] {
  const hits = v.compoundParts.get(stem('de', part))
  // (a compound's parts are German words: they count in a German sentence only, so that
  // "Auckland" or "Ireland" in an English one is no "auckl" + "and(ere)")
  const found = hits ?? (part.length > MIN_HEAD + 1 && part.endsWith('s') ? v.compoundParts.get(stem('de', part.slice(0, -1))) : undefined)
  return (found ?? []).map((h) => hitWith(h, false))
}
