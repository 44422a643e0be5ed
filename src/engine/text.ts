// Text helpers shared by the classifier: accent- and case-insensitive normalisation that keeps
// a map back to the original text, HTML-to-text for Desk descriptions, and phrase matchers.
import { decode } from 'html-entities'

const COMBINING = /[\u0300-\u036f]/g

// Printable ASCII and line breaks without a backtick: folding is just lower-casing.
const PLAIN_ASCII = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/

/** Lower-case, accents stripped, typographic quotes and dashes folded. Length may change. */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase()
  // Lower-case first, then fold each non-ASCII character through a per-character memo: texts are
  // mostly ASCII with a few accented letters, and the same few characters recur.
  return text.toLowerCase().replace(NON_ASCII_OR_BACKTICK, foldChar)
}

const NON_ASCII_OR_BACKTICK = /[^\t\n\r\x20-\x5f\x61-\x7e]/g
const folded = new Map<string, string>()

function foldChar(ch: string): string {
  let f = folded.get(ch)
  if (f === undefined) {
    f = ch
      .normalize('NFD')
      .replace(COMBINING, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\u00df/g, 'ss')
      .replace(/[\u00a0\u202f\u2007]/g, ' ')
    if (folded.size < 4096) folded.set(ch, f)
  }
  return f
}

/**
 * Folds `text` one character at a time so that every character of the result maps back to
 * a position of the original: `map[i]` is the original index of folded character i.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = ''
  const map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Fast path for plain ASCII, which is most of every ticket.
    if (code < 0x80) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]
      map.push(i)
      continue
    }
    let ch = text[i]!
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) ch += text[i + 1]
    const f = fold(ch)
    for (let k = 0; k < f.length; k++) {
      folded += f[k]
      map.push(i)
    }
    if (ch.length === 2) i++
  }
  return { folded, map }
}

/** True when the text looks like HTML (Desk descriptions often are). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text)
}

/** Plain text of an HTML fragment: block elements become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  let t = html
  if (/<(?:script|style)\b/i.test(t)) t = t.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  if (t.includes('<!--')) t = t.replace(/<!--[\s\S]*?-->/g, '')
  t = t.replace(TAGS, (tag, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' : ''))
  if (t.includes('&')) t = decode(t)
  return t
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/[ \t\u00a0]{2,}|\u00a0|\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// Every tag; the name decides whether it breaks the line (block elements) or just goes away.
const TAGS = /<\s*\/?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<[^>]*>/g
const BLOCK = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'hr', 'blockquote', 'table'])

export function plainText(text: string | null | undefined): string {
  if (!text) return ''
  return looksLikeHtml(text) ? htmlToText(text) : text.replace(/\r\n?/g, '\n')
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase's regex source without the word-start check (see phraseSource). */
function phraseBody(phrase: string): string {
  let p = fold(phrase).trim()
  const prefix = p.endsWith('*')
  if (prefix) p = p.slice(0, -1)
  const body = p
    .split(/\s+/)
    .map((word) => escapeRegex(word).replace(/-/g, '[-\\s]?').replace(/'/g, "['\\s]?"))
    .join('\\s+')
  return `${body}${prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`
}

/** Not preceded by a letter or digit: where a whole-word phrase may start. */
const WORD_START = '(?<![\\p{L}\\p{N}])'

/**
 * Regex source for a phrase as whole words over folded text: spaces match any run of
 * whitespace, hyphens and apostrophes are optional-ish, a trailing `*` matches any word ending.
 */
export function phraseSource(phrase: string): string {
  return WORD_START + phraseBody(phrase)
}

export interface PhraseMatcher {
  /** the phrases (as configured) found in already-folded text, in configuration order */
  matches(foldedText: string): string[]
  /** whether any phrase occurs: one regex pass */
  test(foldedText: string): boolean
  readonly size: number
}

/** One combined regex per list: a single pass over the text finds every phrase that occurs. */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const unique = [...new Set(phrases.filter((p) => p.trim() !== ''))]
  if (unique.length === 0) return { matches: () => [], test: () => false, size: 0 }
  // One word-start check per position, shared by every phrase, instead of one per phrase.
  const any = new RegExp(`${WORD_START}(?:${unique.map(phraseBody).join('|')})`, 'u')
  const each = unique.map((p) => new RegExp(phraseSource(p), 'u'))
  return {
    size: unique.length,
    test: (foldedText: string) => any.test(foldedText),
    matches(foldedText: string): string[] {
      if (!any.test(foldedText)) return []
      const found: string[] = []
      for (let i = 0; i < each.length; i++) if (each[i]!.test(foldedText)) found.push(unique[i]!)
      return found
    },
  }
}

/** Folded key for lookups: accents, case, punctuation and spacing ignored. */
const lookupKeys = new Map<string, string>()

export function lookupKey(text: string): string {
  let key = lookupKeys.get(text)
  if (key === undefined) {
    key = fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
    // Field values repeat (countries, tiers, types): memoise, but never grow without bound.
    if (lookupKeys.size >= 4096) lookupKeys.clear()
    if (text.length <= 200) lookupKeys.set(text, key)
  }
  return key
}

/** Whether a character code is a letter or digit (ASCII fast, Unicode otherwise). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
function isWordCode(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return LETTER_OR_DIGIT.test(ch)
}

/** The words of already-folded text: runs of letters and digits, in order. */
export function words(folded: string): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    const w = isWordCode(c, folded[i]!)
    if (w && start < 0) start = i
    else if (!w && start >= 0) {
      out.push(folded.slice(start, i))
      start = -1
    }
  }
  if (start >= 0) out.push(folded.slice(start))
  return out
}

interface IndexedPhrase {
  list: number
  index: number // position in its list
  tokens: string[]
  prefix: boolean // the last token matches any word it begins
}

/** Which phrases of which lists a text contains. */
export interface PhraseHits {
  has(list: string): boolean
  /** the phrases (as configured) found, in configuration order */
  found(list: string): string[]
}

export interface PhraseIndex {
  scan(textWords: readonly string[]): PhraseHits
}

/**
 * Every phrase list of the policy in one index keyed by first word, so a single pass over a
 * ticket's words finds every phrase of every list: whole words, case and accents folded, a
 * trailing `*` matching any word ending ("outage*" matches "outages").
 */
export function phraseIndex(lists: Record<string, readonly string[]>): PhraseIndex {
  const names = Object.keys(lists)
  const configured = names.map((n) => [...new Set(lists[n]!.filter((p) => p.trim() !== ''))])
  const byFirst = new Map<string, IndexedPhrase[]>()
  const byStem = new Map<string, IndexedPhrase[]>() // one-word prefix phrases, by their first 3 letters
  const shortStems: IndexedPhrase[] = []
  configured.forEach((phrases, list) => {
    phrases.forEach((phrase, index) => {
      let p = fold(phrase).trim()
      const prefix = p.endsWith('*')
      if (prefix) p = p.slice(0, -1)
      const tokens = words(p)
      if (tokens.length === 0) return
      const entry: IndexedPhrase = { list, index, tokens, prefix }
      if (prefix && tokens.length === 1) {
        const stem = tokens[0]!
        if (stem.length < 3) shortStems.push(entry)
        else byStem.set(stem.slice(0, 3), [...(byStem.get(stem.slice(0, 3)) ?? []), entry])
      } else byFirst.set(tokens[0]!, [...(byFirst.get(tokens[0]!) ?? []), entry])
    })
  })

  function matchesAt(e: IndexedPhrase, ws: readonly string[], i: number): boolean {
    const last = e.tokens.length - 1
    if (i + last >= ws.length) return false
    for (let k = 1; k <= last; k++) {
      const w = ws[i + k]!
      const t = e.tokens[k]!
      if (k === last && e.prefix ? !w.startsWith(t) : w !== t) return false
    }
    return true
  }

  return {
    scan(ws) {
      const hit = configured.map(() => new Set<number>())
      const note = (e: IndexedPhrase) => hit[e.list]!.add(e.index)
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i]!
        const cands = byFirst.get(w)
        if (cands) for (const e of cands) if (matchesAt(e, ws, i)) note(e)
        if (w.length >= 3) {
          const stems = byStem.get(w.slice(0, 3))
          if (stems) for (const e of stems) if (w.startsWith(e.tokens[0]!)) note(e)
        }
        for (const e of shortStems) if (w.startsWith(e.tokens[0]!)) note(e)
        // a multi-word phrase whose first word is itself a prefix ("log* in") is not supported:
        // only the last word of a phrase may end in `*`
      }
      return {
        has: (list) => {
          const i = names.indexOf(list)
          return i >= 0 && hit[i]!.size > 0
        },
        found: (list) => {
          const i = names.indexOf(list)
          if (i < 0) return []
          return [...hit[i]!].sort((a, b) => a - b).map((k) => configured[i]![k]!)
        },
      }
    },
  }
}
