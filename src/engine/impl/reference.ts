// Plain versions of the engine's fast paths, for the property tests that hold the fast ones to
// the same answers (STYLE.md "Fast and still readable"). Nothing in production calls these.
import { decode } from 'html-entities'
import type { CompiledPolicy } from '../compiled-policy.js'
import type { Language, Policy } from '../policy.js'
import type { TemplateField, TemplateValue } from '../template.js'
import { fold, foldWithMap } from '../text.js'
import { bracketGaps, FILLER_WORDS, headlineBreak, readWords, type Mention, type Piece, type ReadOptions, type Reading, type Segment, type WordTools } from './reading.js'
import { GERMAN_MONTHS, isAbbreviation, runsOn, type Token } from './tokens.js'
import { buildVocabulary, wordFacts, type Vocabulary } from './vocabulary.js'

// ---------------------------------------------------------------------------------------------
// HTML to text: the regex pipeline htmlToText replaced
// ---------------------------------------------------------------------------------------------

const TAGS = /<\s*\/?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<[^>]*>/g
const BLOCK = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'hr', 'blockquote', 'table'])

const SIBLING_KIND: Record<string, string> = { div: 'div', td: 'cell', th: 'cell', p: 'line' }
const OPENING_TAG = /^[ \t\r\n]*(<\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)/
const OUTLOOK_LINE = /mso(?:normal|plaintext)(?![a-z0-9_])/i

/** The kind of sibling a tag closes or opens: a `<p>` opens a line only with Word's MsoNormal or MsoPlainText class. */
function siblingKind(tag: string, name: string, closing: boolean): string | undefined {
  const kind = SIBLING_KIND[name.toLowerCase()]
  return kind === 'line' && !closing && !OUTLOOK_LINE.test(tag) ? undefined : kind
}

/** Where the next sibling's tag begins in `after` (the source's blanks and line breaks before it skipped), or -1. */
function siblingOpens(tag: string, name: string, after: string): number {
  if (!/^<\s*\//.test(tag)) return -1
  const kind = siblingKind(tag, name, true)
  const next = OPENING_TAG.exec(after)
  if (kind === undefined || next === null || /^<\s*\//.test(next[1]!)) return -1
  return siblingKind(next[1]!, next[2]!, false) === kind ? next[0].length - next[1]!.length : -1
}

export function referenceHtmlToText(html: string): string {
  let t = html.replaceAll('\0', '\ufffd').replaceAll('\u0001', '\ufffd')
  t = t.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  t = t.replace(/<!--[\s\S]*?-->/g, '')
  // a block tag is a line break (\u0001, told apart from the source's); a div, a table cell or an Outlook line closed
  // right before the next one opens: one line, no empty line between them; a cell's end marked (\0) for the label's colon
  const tags = new RegExp(TAGS.source, 'g')
  let out = ''
  let from = 0
  for (let m = tags.exec(t); m !== null; m = tags.exec(t)) {
    const [tag, name] = m
    out += t.slice(from, m.index)
    from = m.index + tag.length
    if (name === undefined || !BLOCK.has(name.toLowerCase())) continue
    const sibling = siblingOpens(tag, name, t.slice(from))
    if (sibling < 0) {
      out += '\u0001'
      continue
    }
    if (siblingKind(tag, name, true) === 'cell') out += '\0'
    from += sibling
    tags.lastIndex = from
  }
  t = decode(out + t.slice(from))
  // a cell whose text runs up to its end with a letter or digit is a label: "What happened: …"
  t = t.replace(/[ \t\u00a0]*\0/g, (_m: string, at: number, all: string) => (at > 0 && /[\p{L}\p{N}]/u.test(all.charAt(at - 1)) ? ':' : ''))
  // a run of blanks and line breaks: a space, a line break or an empty line, by the more of its tags' and its source's breaks
  return t
    .replace(/[ \t\u00a0\r\n\u0001]+/g, (run: string) => {
      const tagBreaks = run.split('\u0001').length - 1
      const sourceBreaks = (run.replaceAll('\u0001', '').match(/\r\n|\r|\n/g) ?? []).length
      const breaks = Math.max(tagBreaks, sourceBreaks)
      return breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
    })
    .trim()
}

/** fold: the per-character rule applied with a regex over the whole text. */
export function referenceFold(text: string): string {
  const foldOne = (ch: string) =>
    ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\u00df/g, 'ss')
      .replace(/[\u00a0\u202f\u2007]/g, ' ')
  return text.toLowerCase().replace(/[^\t\n\r\x20-\x5f\x61-\x7e]/g, foldOne)
}

// ---------------------------------------------------------------------------------------------
// Template labels read with their regexes alone (template.ts reads most by hand)
// ---------------------------------------------------------------------------------------------

const BULLETS = /^(?:[ \t]*(?:[-*\u2022\u00b7\u2023\u25e6>#|_]+|\d{1,2}[.)]))*[ \t]*/
const LEADING_JUNK = /^[\s:\uff1a=\-\u2013\u2014*_\u2022\u00b7|>]+/u

/** The template's labelled values of a plain-text description: each label at a line's start, its value to the next label. */
export function referenceTemplateFields(cp: CompiledPolicy, text: string): Partial<Record<TemplateField, TemplateValue>> {
  const found: { field: TemplateField; label: string; lineStart: number; valueStart: number }[] = []
  let pos = 0
  for (const line of text.split('\n')) {
    const hit = labelOfLine(cp, line)
    if (hit) found.push({ ...hit, lineStart: pos, valueStart: pos + hit.valueStart })
    pos += line.length + 1
  }
  const fields: Partial<Record<TemplateField, TemplateValue>> = {}
  found.forEach((f, k) => {
    if (fields[f.field]) return // the first occurrence wins
    const end = k + 1 < found.length ? found[k + 1]!.lineStart - 1 : text.length
    const value = text.slice(f.valueStart, end).replace(LEADING_JUNK, '').trimEnd()
    fields[f.field] = { value, folded: fold(value), label: f.label, source: 'description', customField: undefined }
  })
  return fields
}

function labelOfLine(cp: CompiledPolicy, line: string): { field: TemplateField; label: string; valueStart: number } | null {
  const folded = fold(line)
  const start = BULLETS.exec(folded)![0].length
  const firstWord = /^[\p{L}\p{N}]*/u.exec(folded.slice(start))![0]
  for (const group of cp.labelsAtNode) {
    for (const c of group ?? []) {
      if (fold(c.label).split(/[^\p{L}\p{N}]/u)[0] !== firstWord) continue
      c.re.lastIndex = start
      const m = c.re.exec(folded)
      if (!m) continue
      const end = start + m[0].length
      // positions in the folded line back to the line (folding may change its length: "ß" → "ss")
      const valueStart = folded.length === line.length ? end : (foldWithMap(line).map[end] ?? line.length)
      return { field: c.field, label: c.label, valueStart }
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Reading the partner's words: words cut by a regex, each worked out afresh (no memo)
// ---------------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}\u0300-\u036f]+(?:(?<=[0-9])[.,](?=[0-9])[\p{L}\p{N}\u0300-\u036f]+)*/gu

function isLowercase(ch: string): boolean {
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase()
}

/** tokenize (impl/tokens.ts) with regexes. */
export function referenceTokenize(text: string): Token[] {
  const out: Token[] = []
  let prevEnd = 0
  let prevStart = -1
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    // an abbreviation's full stop ("ca. 300", "z. B.") is read as a space
    const raw = text.slice(prevEnd, start)
    // and so is a date's or an ordinal's before a lowercase word on the same line ("zum 30.06. einstellen"), or a
    // day's before a German month's name ("am 30. Juni")
    const before = prevStart >= 0 ? text.slice(prevStart, prevEnd) : ''
    const dateOrOrdinal =
      prevStart >= 0 &&
      /^[0-9][0-9.,]*$/.test(before) &&
      /^\.[ \t]+$/.test(raw) &&
      (isLowercase(String.fromCodePoint(text.codePointAt(start)!)) || (/^[0-9]{1,2}$/.test(before) && GERMAN_MONTHS.has(m[0].toLowerCase())))
    const gap = raw.startsWith('.') && raw.length > 1 && (isAbbreviation(text, prevStart, prevEnd) || dateOrOrdinal) ? ' ' + raw.slice(1) : raw
    const wrapped = /^[ \t]*\n[ \t]*$/.test(raw) && (isLowercase(String.fromCodePoint(text.codePointAt(start)!)) || runsOn(text, prevStart, prevEnd))
    const brk =
      out.length === 0 ? 'sentence' : wrapped ? 'none' : /[!?;]|\n[^\n]*\n|\.[^]|\n[ \t]*[-*\u2022\u00b7\u25aa\u2023\u2013\u25cf\u25e6][ \t]+$/.test(gap) ? 'sentence' : /[\n,:()\u2013\u2014]|[^]-[^]/.test(gap) ? 'clause' : 'none'
    out.push({ word: m[0], start, end, sentenceStart: brk === 'sentence', clauseStart: brk !== 'none' })
    prevEnd = end
    prevStart = start
    if (m[0].length >= 2 && /[nN]$/.test(m[0]) && /^['\u2019\u02bc][tT](?![\p{L}\p{N}\u0300-\u036f])/u.test(text.slice(end))) {
      out.push({ word: 'not', start: end, end: end + 2, sentenceStart: false, clauseStart: false })
      prevEnd = WORD.lastIndex = end + 2
    }
  }
  return out
}

const vocabularies = new WeakMap<Policy, Vocabulary>()

/** readWords with the regex tokenizer and every word worked out afresh. */
export function referenceReadWords(policy: Policy, segments: readonly Segment[], options: ReadOptions): Reading {
  let v = vocabularies.get(policy)
  if (!v) vocabularies.set(policy, (v = buildVocabulary(policy)))
  const vocabulary = v
  const eachWord: WordTools['eachWord'] = (text, onWord) => {
    for (const t of referenceTokenize(text)) {
      const written = text.slice(t.start, t.end)
      onWord(t.start, t.end, t.sentenceStart ? 'sentence' : t.clauseStart ? 'clause' : 'none', t.word === written ? undefined : t.word)
    }
  }
  const facts = (word: string) => wordFacts(vocabulary, word)
  return readWords(vocabulary, { eachWord, factsAt: (text, start, end) => facts(text.slice(start, end)), facts }, segments, options)
}

// ---------------------------------------------------------------------------------------------
// Finding mentions: every start of every word tried, each next word looked for among its hits
// (reading.ts findMentions skips with quick tests: bit masks, a table per word, anchors, pair memo)
// ---------------------------------------------------------------------------------------------

const GAP_WORDS = 6
const BRACKET_WORDS = 16

function plainHolds(p: Piece, entry: number, position: number, language: Language): boolean {
  return p.facts.hits.some((h) => h.entry === entry && h.position === position && (h.anywhere || h.language === language))
}

/** fillersAmong (impl/reading.ts) without its quick tests: every filler tried at every piece, as 0/1 per piece. */
export function referenceFillers(v: Vocabulary, pieces: readonly Piece[], sentenceLanguages: readonly Language[], pieceLanguages: readonly Language[] | null): number[] {
  const out = pieces.map(() => 0)
  const written = (j: number, i: number, place: readonly string[]) =>
    j >= 0 && j < pieces.length && pieces[j]!.sentence === pieces[i]!.sentence && place.some((form) => form === pieces[j]!.facts.folded || (form === '#' && /^[0-9]+$/.test(pieces[j]!.facts.folded)))
  pieces.forEach((p, i) => {
    const language = pieceLanguages === null ? sentenceLanguages[p.sentence]! : pieceLanguages[i]!
    for (const f of v.fillers) {
      if (f.language !== language) continue
      const all = [...f.before, ...f.words, ...f.after]
      const from = i - f.before.length
      if (all.every((place, k) => written(from + k, i, place))) f.words.forEach((_, k) => (out[i + k] = 1))
    }
  })
  return out
}

/** findMentions (impl/reading.ts) without its quick tests. */
export function referenceFindMentions(
  pieces: readonly Piece[],
  segments: readonly Segment[],
  sentenceLanguages: readonly Language[],
  pieceLanguages: readonly Language[] | null,
  fillers: readonly number[] | null = null,
): Mention[] {
  const found: Mention[] = []
  const sameSentence = (j: number, i: number) => j < pieces.length && pieces[j]!.sentence === pieces[i]!.sentence
  const endsSentence = (e: number) => e + 1 >= pieces.length || !sameSentence(e + 1, e) || headlineBreak(segments, pieces[e]!, pieces[e + 1]!)
  pieces.forEach((p, i) => {
    const language = pieceLanguages === null ? sentenceLanguages[p.sentence]! : pieceLanguages[i]!
    for (const hit of p.facts.starts) {
      if (!hit.anywhere && hit.language !== language) continue
      const entry = hit.entry
      let last = i
      let ok = true
      let bracket: [number, number] | null = null // (a bracket's gap: bracketGaps)
      for (let k = 1; k < hit.words && ok; k++) {
        const gap = ((hit.gaps >> k) & 1) === 1
        if (hit.endOfSentence && gap && hit.gaps >> k === 1) {
          // the words from k on close the sentence, up to BRACKET_WORDS words on
          ok = false
          for (let j = last + 1; j <= last + BRACKET_WORDS + 1 && sameSentence(j, i); j++) {
            let e = j
            let run = true
            for (let q = k; q < hit.words && run; q++, e++) run = sameSentence(e, i) && plainHolds(pieces[e]!, entry, q, language)
            if (run && endsSentence(e - 1)) {
              if (j > last + 1) bracket = [last + 1, j - 1]
              last = e - 1
              ok = true
              break
            }
          }
          break
        }
        ok = false
        if (gap) {
          for (let j = last + 1; j <= last + GAP_WORDS + 1 && sameSentence(j, i); j++) {
            if (plainHolds(pieces[j]!, entry, k, language)) {
              last = j
              ok = true
              break
            }
          }
        } else {
          // the next piece, or the first after up to FILLER_WORDS filler words
          for (let skipped = 0; skipped <= FILLER_WORDS && sameSentence(last + 1 + skipped, i); skipped++) {
            const j = last + 1 + skipped
            if (plainHolds(pieces[j]!, entry, k, language)) {
              last = j
              ok = true
              break
            }
            if (fillers?.[j] !== 1) break
          }
        }
      }
      if (!ok) continue
      if (hit.endOfSentence) {
        let end = last // (filler words before the sentence's end)
        while (end - last < FILLER_WORDS && fillers?.[end + 1] === 1 && sameSentence(end + 1, i)) end++
        if (!endsSentence(end)) continue
      }
      const m: Mention = { concept: hit.concept, entry, language: hit.language, first: i, last, sentence: p.sentence }
      if (bracket !== null) bracketGaps.set(m, bracket)
      const same = found.findIndex((o) => o.first === i && o.concept === m.concept)
      if (same < 0) found.push(m)
      else if (found[same]!.last < last || (found[same]!.last === last && bracketGaps.has(m) && !bracketGaps.has(found[same]!))) found[same] = m
    }
  })
  return found
}
