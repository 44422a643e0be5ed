// Text helpers shared by the classifier: accent- and case-insensitive normalisation (with a map
// back to the original text when needed), HTML-to-text for Desk descriptions, and the word trie
// the template's labels are looked up in. These run on every ticket: they read text code by code
// and are held by property tests to the plainer regex versions in impl/reference.ts.
import { decode } from 'html-entities'

const COMBINING = /[\u0300-\u036f]/g
const NOT_ASCII = /[^\x00-\x7f]/

const UNITS_PAD = 8 // zeros after the text: a look a few units ahead needs no bounds check
const KEPT_UNITS = 1 << 17 // the largest array a CodeUnits keeps for the next text (256 KB)

/**
 * A string's UTF-16 code units in a reusable typed array. The passes over a ticket's text read a
 * typed array faster than charCodeAt, which checks the string's representation at every call.
 * Each pass keeps its own instance (units() overwrites the last string's); the units past the
 * string's end read 0.
 */
export class CodeUnits {
  #units = new Uint16Array(1024)

  units(s: string): Uint16Array {
    const n = s.length
    let u = this.#units
    if (u.length < n + UNITS_PAD) {
      // grown for the longer text; kept only up to KEPT_UNITS (a huge one-off is not held on to)
      u = new Uint16Array(Math.max(n + UNITS_PAD, Math.min(2 * u.length, KEPT_UNITS)))
      if (u.length <= KEPT_UNITS) this.#units = u
    }
    for (let i = 0; i < n; i++) u[i] = s.charCodeAt(i)
    for (let i = n; i < n + UNITS_PAD; i++) u[i] = 0
    return u
  }
}

const htmlUnits = new CodeUnits()
const foldUnits = new CodeUnits()

/** Lower-case, accents stripped, typographic quotes and dashes folded. Length may change. */
export function fold(text: string): string {
  // Lower-case first (native), then fold each character beyond printable ASCII (and the
  // backtick) through a per-code memo: texts are mostly ASCII with a few accented letters, and
  // the same few characters recur. Pieces are joined into one flat string, which the label and
  // phrase passes then read quickly.
  const lower = text.toLowerCase()
  // Plain ASCII changes only at backticks.
  if (!NOT_ASCII.test(lower)) return lower.indexOf('`') < 0 ? lower : lower.replaceAll('`', "'")
  const u = foldUnits.units(lower)
  const n = lower.length
  const parts: string[] = []
  let seg = 0
  for (let i = 0; i < n; i++) {
    const c = u[i]!
    if (c <= 0x7f && c !== 0x60) continue // ASCII but the backtick folds to itself
    const f = foldCode(c)
    if (f.length === 1 && f.charCodeAt(0) === c) continue
    parts.push(lower.slice(seg, i), f)
    seg = i + 1
  }
  if (seg === 0) return lower
  parts.push(lower.slice(seg))
  return parts.join('')
}

const foldedCodes = new Map<number, string>()

/** What one UTF-16 code unit folds to. */
function foldCode(c: number): string {
  let f = foldedCodes.get(c)
  if (f === undefined) {
    f = foldChar(String.fromCharCode(c))
    foldedCodes.set(c, f) // at most 65,536 entries
  }
  return f
}

function foldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00df/g, 'ss')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
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
  return text.includes('<') && /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text)
}

/**
 * Plain text of an HTML fragment: block elements become line breaks, other tags go, entities are
 * decoded, spacing is tidied. One pass for what Desk's editor writes; three linear passes (tags,
 * entities, spacing) for the rest. This runs on every ticket.
 */
export function htmlToText(html: string): string {
  // (U+0000 and U+0001, which Desk's text does not hold, are the passes' marks: such a text takes the passes)
  return (html.includes(CELL_END) || html.includes(TAG_BREAK) ? undefined : htmlToTextOnePass(html)) ?? htmlToTextInPasses(html)
}

/**
 * The same in one pass for what Desk's editor writes (tags, the common entities): tags,
 * entities and spacing handled as they come. undefined for anything else (comments, scripts,
 * styles, other entities): the passes below handle those.
 */
function htmlToTextOnePass(html: string): string | undefined {
  let out = ''
  const n = html.length
  const u = htmlUnits.units(html)
  let seg = 0 // start of the text not yet copied
  let blanks = false // a run of blanks and line breaks is pending
  let tagBreaks = 0 // line breaks block tags make in it
  let sourceBreaks = 0 // line breaks the source writes in it
  let afterCr = false // the run's last source blank was a CR: an LF right after it (tags between) is the same break
  let tagsClose = true // false once a `<` finds no `>` after it
  for (let i = 0; i < n; ) {
    const c = u[i]!
    if (c === 60 /* < */ && opensCommentScriptOrStyle(u, i)) return undefined
    if (c === 60 /* < */ && tagsClose) {
      // to the `>` (tags are short: read here rather than by a builtin search); a `<` inside
      // the tag may still open a comment, script or style for the passes below
      let gt = i + 1
      for (; gt < n; gt++) {
        const d = u[gt]!
        if (d === 62 /* > */) break
        if (d === 60 && opensCommentScriptOrStyle(u, gt)) return undefined
      }
      if (gt === n) {
        tagsClose = false // no tag can close: the rest is text
        continue
      }
      if (seg < i) {
        out += pending(blanks, tagBreaks, sourceBreaks) + html.slice(seg, i)
        blanks = false
        tagBreaks = sourceBreaks = 0
      }
      if (isBlockTag(u, i, gt)) {
        const sibling = siblingOpens(u, n, i, gt)
        if (sibling >= 0) {
          // (a cell whose text runs up to its end is a label before its value: "What happened: …")
          if (tagBreaks + sourceBreaks === 0 && out !== '' && isWordUnit(out.charCodeAt(out.length - 1)) && tagKind(u, i, gt, true) === CELL) out += ':'
          i = seg = sibling // (the source's blanks and line breaks before the sibling show nothing)
          continue
        }
        blanks = true
        tagBreaks++
      } // other tags leave nothing
      i = seg = gt + 1
      continue
    }
    if (c === 38 /* & */) {
      // the `;` within the next six codes (the longest entity named here is 5 long)
      let semi = i + 1
      while (semi < n && semi - i <= 6 && u[semi]! !== 59 /* ; */) semi++
      const decoded = semi < n && semi - i <= 6 ? commonEntity(html, u, i + 1, semi) : undefined
      if (decoded === undefined) return undefined
      if (seg < i) {
        out += pending(blanks, tagBreaks, sourceBreaks) + html.slice(seg, i)
        blanks = false
        tagBreaks = sourceBreaks = 0
      }
      afterCr = false
      if (decoded === '\u00a0') blanks = true
      else {
        out += pending(blanks, tagBreaks, sourceBreaks) + decoded
        blanks = false
        tagBreaks = sourceBreaks = 0
      }
      i = seg = semi + 1
      continue
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13) {
      // A lone space between words stays as it is: the text around it is copied in one piece.
      if (c === 32 && !blanks && i + 1 < n && isPlainTextCode(u[i + 1]!)) {
        i += 2
        while (i < n && isPlainTextCode(u[i]!)) i++
        continue
      }
      if (seg < i) {
        out += pending(blanks, tagBreaks, sourceBreaks) + html.slice(seg, i)
        tagBreaks = sourceBreaks = 0
      }
      blanks = true
      if (c === 13) {
        sourceBreaks++
        afterCr = true
      } else {
        if (c === 10 && !afterCr) sourceBreaks++
        afterCr = false
      }
      i = seg = i + 1
      continue
    }
    if (blanks && seg === i) {
      out += pending(blanks, tagBreaks, sourceBreaks)
      blanks = false
      tagBreaks = sourceBreaks = 0
    }
    afterCr = false
    i++
    while (i < n && isPlainTextCode(u[i]!)) i++
  }
  if (seg < n) out += pending(blanks, tagBreaks, sourceBreaks) + html.slice(seg)
  return out.trim()
}

/** Whether the `<` at `lt` begins `<!--`, or `<script` / `<style` (any case) ending at a word boundary. */
function opensCommentScriptOrStyle(u: Uint16Array, lt: number): boolean {
  const a = u[lt + 1]!
  if (a === 33 /* ! */) return u[lt + 2] === 45 && u[lt + 3] === 45
  if ((a | 32) !== 115 /* s */) return false
  const b = u[lt + 2]! | 32
  const name = b === 99 /* c */ ? 'script' : b === 116 /* t */ ? 'style' : undefined
  if (name === undefined) return false
  for (let k = 2; k < name.length; k++) if ((u[lt + 1 + k]! | 32) !== name.charCodeAt(k)) return false
  const after = u[lt + 1 + name.length]!
  return !(isAsciiAlnum(after) || after === 95 /* _ */)
}

/** Not markup, not an entity, not a blank or line break: copied as it is. */
function isPlainTextCode(c: number): boolean {
  // not < & space tab no-break-space LF CR, tested in order of code (letters need two tests)
  if (c > 60) return c !== 0xa0
  if (c > 38) return c !== 60
  if (c > 32) return c !== 38
  return c !== 32 && c !== 9 && c !== 10 && c !== 13
}

/**
 * What a run of blanks and line breaks becomes: one space, one line break, or one empty line. The line breaks the
 * source writes beside those of the tags are the same ones (`line<br>⏎next` is one line break, `</p>⏎<p>` one empty
 * line): a browser shows the source's as blanks, and text with a few tags in it writes its lines with them.
 */
function pending(blanks: boolean, tagBreaks: number, sourceBreaks: number): string {
  const breaks = Math.max(tagBreaks, sourceBreaks)
  return !blanks ? '' : breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
}

function htmlToTextInPasses(html: string): string {
  let t = html.includes(CELL_END) || html.includes(TAG_BREAK) ? html.replaceAll(CELL_END, '\ufffd').replaceAll(TAG_BREAK, '\ufffd') : html
  if (/<(?:script|style)\b/i.test(t)) t = t.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  if (t.includes('<!--')) t = t.replace(/<!--[\s\S]*?-->/g, '')
  t = stripTags(t)
  if (t.includes('&')) t = decodeEntities(t)
  if (t.includes(CELL_END)) t = labelledCells(t)
  return tidySpacing(t).trim()
}

/** stripTags' mark where a table cell closes right before the next one opens (see labelledCells). */
const CELL_END = '\0'
/** stripTags' mark of a block tag's line break (see tidySpacing). */
const TAG_BREAK = '\u0001'
const CELL_ENDS = /[ \t\u00a0]*\0/g

/**
 * The marks stripTags left where a cell closed before the next: a colon after a cell whose text runs up to its end
 * with a letter or digit (blanks between them dropped), nothing after any other. A form's row "What happened | zoho
 * desk shows a blank page" is its label and value, "What happened: …", no question running on into the value; a
 * cell that ends with its own stop, colon or question mark, or an empty one, is left as it is.
 */
function labelledCells(text: string): string {
  return text.replace(CELL_ENDS, (_mark: string, at: number) => (at > 0 && isWordUnit(text.charCodeAt(at - 1)) ? ':' : ''))
}

/** JavaScript's `\s` (what a regex skips, what String#trim removes): the byte-order mark included. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

/** s.trim(), without the builtin call when neither end is blank (most field values). */
export function trimmed(s: string): string {
  const n = s.length
  return n === 0 || (!isJsSpace(s.charCodeAt(0)) && !isJsSpace(s.charCodeAt(n - 1))) ? s : s.trim()
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
}

/**
 * Every `<…>` goes: a tag whose name is a block element becomes a line break (TAG_BREAK, counted by
 * tidySpacing), a cell closed before the next a CELL_END, anything else (inline tags, `<!DOCTYPE>`,
 * `<a_b>`) nothing. A `<` with no `>` after it stays.
 */
function stripTags(html: string): string {
  const u = htmlUnits.units(html)
  let out = ''
  let from = 0 // start of the text not yet copied
  let lt = html.indexOf('<')
  while (lt >= 0) {
    const gt = html.indexOf('>', lt + 1)
    if (gt < 0) break // no tag can close: the rest is text
    out += html.slice(from, lt)
    from = gt + 1
    if (isBlockTag(u, lt, gt)) {
      const sibling = siblingOpens(u, html.length, lt, gt)
      if (sibling < 0) out += TAG_BREAK
      else {
        if (tagKind(u, lt, gt, true) === CELL) out += CELL_END
        from = sibling
      }
    }
    lt = html.indexOf('<', from)
  }
  return from === 0 ? html : out + html.slice(from)
}

/**
 * Where the next tag begins when the tag from `lt` to `gt` closes a `div`, a table cell or a line of Outlook's and the
 * next tag, after nothing but the source's blanks and line breaks, opens another of the same kind: one line break, not
 * two (-1: none such). A browser shows `a</div><div>b` on two lines, no empty line between them (Gmail and Desk's
 * editor write a div a line, and a sentence typed over two lines stays one); Outlook writes a `<p class="MsoNormal">`
 * a line (Word's style sheet gives it no margin; its empty line is an empty paragraph of its own, `<o:p>&nbsp;</o:p>`);
 * the cells of a row stand side by side ("Other deals | open fine" is one statement). The line breaks a mail client
 * writes between the tags in its source show nothing either. `</p><p>`, `</li><li>` and `</tr><tr>` still leave an
 * empty line.
 */
function siblingOpens(u: Uint16Array, n: number, lt: number, gt: number): number {
  const closed = tagKind(u, lt, gt, true)
  if (closed === 0) return -1
  let next = gt + 1
  while (next < n && (u[next] === 32 || u[next] === 10 || u[next] === 13 || u[next] === 9)) next++
  if (u[next] !== 60 /* < */) return -1
  let gt2 = next + 1
  while (gt2 < n && u[gt2] !== 62 /* > */) gt2++
  return gt2 < n && tagKind(u, next, gt2, false) === closed ? next : -1
}

const DIV = 1
const CELL = 2
const LINE = 3

/**
 * DIV for a `div`, CELL for a table cell (`td`, `th`), LINE for a `</p>` or an Outlook line's `<p class="MsoNormal">`
 * (or `MsoPlainText`), 0 for anything else: the tag from `lt` to `gt`, closing or opening as asked.
 */
function tagKind(u: Uint16Array, lt: number, gt: number, closing: boolean): number {
  let i = lt + 1
  while (i < gt && isJsSpace(u[i]!)) i++
  if ((u[i] === 47) /* / */ !== closing) return 0
  if (closing) {
    i++
    while (i < gt && isJsSpace(u[i]!)) i++
  }
  const from = i
  while (i < gt && isAsciiAlnum(u[i]!)) i++
  if (u[i] === 95 /* _ */) return 0 // no word boundary after the name
  if (i - from === 3 && nameIs(u, from, 'div')) return DIV
  if (i - from === 2 && (u[from]! | 32) === 116 /* t */ && ((u[from + 1]! | 32) === 100 || (u[from + 1]! | 32) === 104)) return CELL // td th
  if (i - from === 1 && (u[from]! | 32) === 112 /* p */ && (closing || outlookLine(u, i, gt))) return LINE
  return 0
}

/** Whether the tag's text from `from` to `gt` names Word's line styles, "MsoNormal" or "MsoPlainText" (any case), as a whole word. */
function outlookLine(u: Uint16Array, from: number, gt: number): boolean {
  for (let k = from; k + 9 <= gt; k++) {
    if ((u[k]! | 32) !== 109 /* m */ || (u[k + 1]! | 32) !== 115 || (u[k + 2]! | 32) !== 111) continue
    const end = nameIs(u, k + 3, 'normal') ? k + 9 : k + 12 <= gt && nameIs(u, k + 3, 'plaintext') ? k + 12 : -1
    if (end >= 0 && (end === gt || !(isAsciiAlnum(u[end]!) || u[end] === 95))) return true
  }
  return false
}

/** Whether `<…>` (from `lt` to `gt`) is `< /name…>` with a block element's name ending at a word boundary. */
function isBlockTag(u: Uint16Array, lt: number, gt: number): boolean {
  let i = lt + 1
  while (i < gt && isJsSpace(u[i]!)) i++
  if (u[i] === 47 /* / */) {
    i++
    while (i < gt && isJsSpace(u[i]!)) i++
  }
  const nameStart = i
  const first = u[i]!
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false
  while (i < gt && isAsciiAlnum(u[i]!)) i++
  if (u[i] === 95 /* _ */) return false // "<p_x>": no word boundary after the name
  return isBlockName(u, nameStart, i)
}

// br p div li tr td th h1–h6 ul ol hr blockquote table, compared without cutting the name out
function isBlockName(u: Uint16Array, from: number, to: number): boolean {
  const a = u[from]! | 32
  const b = to - from > 1 ? u[from + 1]! | 32 : 0
  switch (to - from) {
    case 1:
      return a === 112 // p
    case 2:
      if (a === 104) return (b >= 49 && b <= 54) || b === 114 // h1–h6 (digits | 32 are the digits), hr
      return (
        (a === 98 && b === 114) || // br
        (a === 108 && b === 105) || // li
        (a === 116 && (b === 114 || b === 100 || b === 104)) || // tr td th
        ((a === 117 || a === 111) && b === 108) // ul ol
      )
    case 3:
      return nameIs(u, from, 'div')
    case 5:
      return nameIs(u, from, 'table')
    case 10:
      return nameIs(u, from, 'blockquote')
    default:
      return false
  }
}

/** Whether the tag name at `from` (ASCII letters and digits, as long as `lower`) is `lower` in any case. */
function nameIs(u: Uint16Array, from: number, lower: string): boolean {
  // a digit | 32 is the digit: only an upper-case letter turns into its lower case
  for (let k = 0; k < lower.length; k++) if ((u[from + k]! | 32) !== lower.charCodeAt(k)) return false
  return true
}

// The entities Desk's editor writes; any other `&` sends the whole text to html-entities.
const COMMON_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#160': '\u00a0', '#34': '"',
}

/** COMMON_ENTITIES[html.slice(from, to)], without cutting out `nbsp` (most of them). */
function commonEntity(html: string, u: Uint16Array, from: number, to: number): string | undefined {
  if (to - from === 4 && u[from] === 110 && u[from + 1] === 98 && u[from + 2] === 115 && u[from + 3] === 112) return '\u00a0' // nbsp
  const name = html.slice(from, to)
  return Object.hasOwn(COMMON_ENTITIES, name) ? COMMON_ENTITIES[name] : undefined
}

function decodeEntities(text: string): string {
  let out = ''
  let from = 0
  let amp = text.indexOf('&')
  while (amp >= 0) {
    const semi = text.indexOf(';', amp + 1)
    const name = semi > amp && semi - amp <= 6 ? text.slice(amp + 1, semi) : ''
    if (!Object.hasOwn(COMMON_ENTITIES, name)) return decode(text)
    out += text.slice(from, amp) + COMMON_ENTITIES[name]
    from = semi + 1
    amp = text.indexOf('&', from)
  }
  return out + text.slice(from)
}

/**
 * Line breaks normalised (CR LF, CR → LF); spaces, tabs and no-break spaces next to a line break
 * dropped, other runs of them made one space; at most one empty line in a row. A run's line breaks
 * are the more of its tags' (TAG_BREAK marks) and its source's: the source's beside the tags' are the
 * same (see pending).
 */
function tidySpacing(text: string): string {
  let out = ''
  let from = 0 // start of the text not yet copied
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 1) continue
    // a run of blanks and line breaks from i to j
    let j = i
    let tagBreaks = 0
    let sourceBreaks = 0
    let afterCr = false // an LF right after a CR (marks between) is the same break
    for (; j < n; j++) {
      const d = text.charCodeAt(j)
      if (d === 1) tagBreaks++
      else if (d === 10) {
        if (!afterCr) sourceBreaks++
        afterCr = false
      } else if (d === 13) {
        sourceBreaks++
        afterCr = true
      } else if (d === 32 || d === 9 || d === 0xa0) afterCr = false
      else break
    }
    const breaks = Math.max(tagBreaks, sourceBreaks)
    const replacement = breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
    if (j - i !== 1 || c !== (breaks === 0 ? 32 : 10)) {
      out += text.slice(from, i) + replacement
      from = j
    }
    i = j - 1
  }
  return from === 0 ? text : out + text.slice(from)
}

export function plainText(text: string | null | undefined): string {
  if (!text) return ''
  if (looksLikeHtml(text)) return htmlToText(text)
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The words of already-folded text: runs of letters and digits, in order. */
export function words(folded: string): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i < folded.length; i++) {
    const w = isWordUnit(folded.charCodeAt(i))
    if (w && start < 0) start = i
    else if (!w && start >= 0) {
      out.push(folded.slice(start, i))
      start = -1
    }
  }
  if (start >= 0) out.push(folded.slice(start))
  return out
}

// Letters and digits beyond ASCII, by UTF-16 code unit (0 = not yet known, 1 = yes, 2 = no).
const wordUnit = new Uint8Array(65536)
// ASCII letters and digits: 1
const ASCII_WORD = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0

export function isWordUnit(c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1
  let known = wordUnit[c]!
  if (known === 0) wordUnit[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2
  return known === 1
}

/**
 * Words (folded letters and digits) as a trie in flat tables, walked one character at a time
 * without cutting words out of the text: node 0 is the root, child() gives the node after a
 * character (0: none). Nodes are numbered in order of creation, so callers keep per-node data
 * in arrays.
 */
export class WordTrie {
  #next = new Int32Array(128 * 16) // next[node * 128 + c] for ASCII codes
  readonly #other: (Map<number, number> | undefined)[] = [undefined] // other codes
  #nodes = 1

  get size(): number {
    return this.#nodes
  }

  /** The node a word ends at, created as needed. */
  add(word: string): number {
    let node = 0
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k)
      let next = this.child(node, c)
      if (next === 0) {
        next = this.#nodes++
        if (this.#nodes * 128 > this.#next.length) {
          const grown = new Int32Array(this.#next.length * 2)
          grown.set(this.#next)
          this.#next = grown
        }
        this.#other.push(undefined)
        if (c < 128) this.#next[node * 128 + c] = next
        else (this.#other[node] ??= new Map()).set(c, next)
      }
      node = next
    }
    return node
  }

  /** The table behind child() for ASCII codes, next[node * 128 + c]: for loops that read it directly (fixed once built). */
  get asciiTable(): Int32Array {
    return this.#next
  }

  child(node: number, c: number): number {
    return c < 128 ? this.#next[node * 128 + c]! : (this.#other[node]?.get(c) ?? 0)
  }
}
