// Cutting the partner's text into words, with where each one stands: its place in the text
// (to quote the partner's own words back), and whether a sentence or a clause ends before it.
import { CodeUnits, isWordUnit } from '../text.js'

export interface Token {
  /** the word as written ("Partnerportal", "n't" is read as "not") */
  word: string
  /** where it stands in the text: text.slice(start, end) */
  start: number
  end: number
  /** a sentence ends before this word (". ", "!", "?", ";", an empty line, or the start) */
  sentenceStart: boolean
  /** a clause ends before it (a comma, colon, bracket, dash or line break, not a wrapped line's; every sentence start) */
  clauseStart: boolean
}

const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019
const MODIFIER_APOSTROPHE = 0x2bc
const LF = 0x0a
const FULL_STOP = 0x2e
const COMMA = 0x2c
const PERCENT = 0x25
const HYPHEN = 0x2d
const LOWER_N = 0x6e
const LOWER_T = 0x74
const UPPER_N = 0x4e
const UPPER_T = 0x54

// ASCII letters and digits: 1 (most of every text, read without a call)
const ASCII_WORD = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0

/** Letters, digits and combining accents (a word written with decomposed accents stays one word). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1
  return isWordUnit(c) || (c >= 0x300 && c <= 0x36f)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE || c === MODIFIER_APOSTROPHE
}

/**
 * Whether the word at `at` begins with a lowercase letter: a line that runs on from the line
 * before it in a wrapped plain-text email ("how we are protected\nagainst data loss").
 */
export function startsLowercase(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 0x80) return c >= 97 && c <= 122
  const ch = String.fromCodePoint(text.codePointAt(at)!)
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase()
}

// Words a line does not end on unless it runs on (an article, a preposition, a conjunction): a wrapped line
// that goes on with a name in capitals ("an email whenever⏎Desk is down", "wenn⏎CRM ausfällt").
const RUN_ON = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'my', 'its', 'whenever', 'when', 'if', 'whether', 'that', 'because', 'and', 'or',
  'to', 'of', 'at', 'for', 'with', 'from', 'into', 'is', 'are', 'was', 'were',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'unser', 'unsere', 'unseren', 'wenn', 'ob', 'dass', 'und', 'oder', 'mit', 'von', 'im', 'auf', 'bei', 'für',
  'le', 'la', 'les', 'un', 'une', 'du', 'notre', 'nos', 'votre', 'vos', 'quand', 'lorsque', 'et', 'ou', 'au', 'aux', 'dans', 'pour', 'sur', 'avec',
])

/** Whether the word text[start..end) is one a line only ends on when it runs on to the next. */
export function runsOn(text: string, start: number, end: number): boolean {
  return start >= 0 && end - start <= 8 && RUN_ON.has(text.slice(start, end).toLowerCase())
}

/** Whether the characters between two words are one line break among spaces, and nothing else. */
function onlyOneLineBreak(u: Uint16Array, from: number, to: number): boolean {
  let lineBreaks = 0
  for (let i = from; i < to; i++) {
    const c = u[i]!
    if (c === LF) lineBreaks++
    else if (c !== 0x20 && c !== 0x09) return false
  }
  return lineBreaks === 1
}

// Abbreviations whose full stop ends no sentence ("fehlen ca. 300 Kontakte", "z. B.", "e.g.", "p. ex."),
// besides any single letter. Not those that often end one ("usw.", "etc.").
const ABBREVIATIONS = new Set([
  'ca', 'bzw', 'ggf', 'evtl', 'inkl', 'zzgl', 'vgl', 'bspw', 'sog', 'nr', 'dr', 'tel', 'hr', 'fr', 'mio', 'mrd', 'str',
  'approx', 'incl', 'esp', 'resp', 'vs', 'mr', 'mrs', 'ms', 'st', 'env', 'cf', 'ex', 'mme',
])

/** Whether text[start..end) is an abbreviation whose full stop ends no sentence. */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  if (start < 0 || end - start > 6) return false
  if (end - start === 1) return isWordCode(text.charCodeAt(start)) && !(text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57)
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase())
}

// German month names (and their short forms) that a day's ordinal stands before: "am 30. Juni", "zum 1. April"
export const GERMAN_MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
])

/** Whether the word that begins at text[at] is a German month name ("Juni", "März"). */
function monthAt(text: string, at: number): boolean {
  let end = at
  while (end < text.length && end - at <= 9 && isWordCode(text.charCodeAt(end))) end++
  return end - at <= 9 && GERMAN_MONTHS.has(text.slice(at, end).toLowerCase())
}

/**
 * Whether the full stop at text[end] closes a date or an ordinal inside a sentence: the word before
 * it is digits, and a word in lowercase follows on the same line ("zum 30.06. einstellen", "ab
 * dem 3. wieder"), or a day of one or two digits stands before a German month's name ("am 30. Juni
 * enden", "seit dem 3. März"). "We have 300 users. Nobody…" still ends one.
 */
function isDateOrOrdinal(text: string, u: Uint16Array, start: number, end: number, next: number): boolean {
  if (start < 0 || !(startsLowercase(text, next) || (end - start <= 2 && monthAt(text, next)))) return false
  for (let i = start; i < end; i++) {
    const c = u[i]!
    if ((c < 48 || c > 57) && !(i > start && (c === FULL_STOP || c === COMMA))) return false
  }
  for (let i = end + 1; i < next; i++) {
    const c = u[i]!
    if (c !== 0x20 && c !== 0x09) return false
  }
  return true
}

// Bullets a list item starts its line with ("- agents are online", "* rules are active", "• …")
const BULLETS = new Set([HYPHEN, 0x2a, 0x2022, 0x00b7, 0x25aa, 0x2023, 0x2013, 0x25cf, 0x25e6])

/**
 * Whether the line after a line break, text[from..to) up to the next word, is a bullet and spaces
 * only: a list item is a statement of its own, so the line before it ends a sentence ("Checked:⏎-
 * agents are available⏎- deactivated the rule" is no "available … deactivated" login failure).
 */
function startsBulletItem(u: Uint16Array, from: number, to: number): boolean {
  let i = from
  while (i < to && (u[i] === 0x20 || u[i] === 0x09)) i++
  if (i >= to || !BULLETS.has(u[i]!)) return false
  for (let k = i + 1; k < to; k++) {
    const c = u[k]!
    if (c !== 0x20 && c !== 0x09) return false
  }
  return i + 1 < to
}

/**
 * What the characters between two words say: a sentence end, a clause end, or neither. A line
 * break alone, before a word in lowercase, is a wrapped line that ends nothing. The full stop of
 * an abbreviation (the word before, from `prevStart`) ends nothing.
 */
function breakBetween(text: string, u: Uint16Array, from: number, to: number, prevStart: number): Break {
  if (onlyOneLineBreak(u, from, to) && (startsLowercase(text, to) || runsOn(text, prevStart, from))) return 'none'
  let kind: Break = 'none'
  let lineBreaks = 0
  for (let i = from; i < to; i++) {
    const c = u[i]!
    if (c === LF) {
      lineBreaks++
      if (lineBreaks >= 2) return 'sentence'
      kind = 'clause'
      if (startsBulletItem(u, i + 1, to)) return 'sentence'
    } else if (c === 0x21 || c === 0x3f || c === 0x3b) return 'sentence' // ! ? ;
    else if (c === FULL_STOP) {
      // a full stop right before a word ("9.00", "v2.1", "zoho.com") does not end a sentence, nor
      // one right after an abbreviation ("ca. 300")
      if (i + 1 < to && !(i === from && (isAbbreviation(text, prevStart, from) || isDateOrOrdinal(text, u, prevStart, from, to)))) return 'sentence'
    } else if (c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2013 || c === 0x2014) kind = 'clause' // , : ( ) – —
    else if (c === HYPHEN && i > from && i + 1 < to) kind = 'clause' // " - " between words, not "log-in"
  }
  return kind
}

/** Whether the word text[start..end) ends in "n" and is followed by "'t" and no more letters. */
function endsWithNt(u: Uint16Array, start: number, end: number): boolean {
  const last = u[end - 1]!
  const t = u[end + 1]!
  return end - start >= 2 && (last === LOWER_N || last === UPPER_N) && isApostrophe(u[end]!) && (t === LOWER_T || t === UPPER_T) && !isWordCode(u[end + 2]!)
}

/** What ends before a word: a sentence, a clause, or nothing. */
export type Break = 'sentence' | 'clause' | 'none'

/**
 * What a reader is told of each word: where it stands in the text, what ends before it, and
 * `readAs` when it is read as another word than written (the English "n't" is read as "not").
 */
export type OnWord = (start: number, end: number, before: Break, readAs: string | undefined, units?: Uint16Array) => void

// The text's code units, one buffer per level of nesting (an onWord that cuts another text into words
// gets its own): the passes read a typed array, not charCodeAt, which checks the string's representation
// at every call (a ticket's texts come as slices, flat strings and joined ones alike).
const unitsByDepth: CodeUnits[] = []
let depth = 0

/** Calls `onWord` for each word of a text in order, without cutting the words out of it. */
export function eachWord(text: string, onWord: OnWord): void {
  const units = (unitsByDepth[depth] ??= new CodeUnits())
  depth++
  try {
    wordsOf(text, units.units(text), onWord)
  } finally {
    depth--
  }
}

function wordsOf(text: string, u: Uint16Array, onWord: OnWord): void {
  const n = text.length
  let prevEnd = -1
  let prevStart = -1
  let i = 0
  while (i < n) {
    while (i < n && !isWordCode(u[i]!)) i++
    if (i >= n) break
    const start = i
    while (i < n && isWordCode(u[i]!)) i++
    // a number with a separator between digits ("5,000", "1.200", "2.5") is one word: it counts
    // one in a window of words, and its comma ends no clause
    while (i + 1 < n && isDigit(u[i - 1]!) && (u[i] === COMMA || u[i] === FULL_STOP) && isDigit(u[i + 1]!)) {
      i++
      while (i < n && isWordCode(u[i]!)) i++
    }
    const end = i
    onWord(start, end, prevEnd < 0 ? 'sentence' : breakBetween(text, u, prevEnd, start, prevStart), undefined, u)
    prevEnd = end
    prevStart = start
    if (endsWithNt(u, start, end)) {
      // "can't", "doesn’t": the word, then "not" where "'t" stands
      onWord(end, end + 2, 'none', 'not', u)
      i = prevEnd = end + 2
    } else if (isDigit(u[end - 1]!)) {
      // "100%", "30 %": the number, then "percent" where "%" stands (a share, read by the policy's words)
      const at = u[end] === PERCENT ? end : end + 1 < n && isSpace(u[end]!) && u[end + 1] === PERCENT ? end + 1 : -1
      if (at >= 0) {
        onWord(at, at + 1, 'none', 'percent', u)
        prevStart = at
        i = prevEnd = at + 1
      }
    }
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f
}

/** The words of a text in order, as eachWord gives them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  eachWord(text, (start, end, before, readAs) => {
    out.push({ word: readAs ?? text.slice(start, end), start, end, sentenceStart: before === 'sentence', clauseStart: before !== 'none' })
  })
  return out
}
