// Cutting what is not the partner's own words out of a ticket's text: quoted earlier messages
// (HTML blockquotes, ">" lines, everything from "On … wrote:" / "Am … schrieb" / "Le … a écrit",
// "-----Original Message-----" or a "From: … / Sent: …" header block) and signatures (from "--"
// or a closing such as "Best regards").
import type { Policy } from '../policy.js'
import { fold, words } from '../text.js'
import { tokenize } from './tokens.js'

export interface OwnTextRules {
  /** a quoted message's header line ("On Mon, 9 Mar 2026, Jane <jane@example.com> wrote:") */
  quoteHeader: RegExp | null
  /** a marker line ("-----Original Message-----") */
  quoteMarker: RegExp | null
  /** an e-mail header block: a "From: …" line naming an address or a name and, within three lines, a "Sent: …" line */
  headerBlock: RegExp | null
  /** a forwarded message's marker line ("---------- Forwarded message ---------") */
  forwardMarker: RegExp | null
  /** a forward's subject ("Fwd: …", "WG: …") */
  forwardSubject: RegExp | null
  /** a forwarded message's header line by its label ("To: …", "Betreff: …"): after the header's blank line, only such a line goes on with it */
  forwardHeaderLabel: RegExp | null
  /** a word of a note that points at the message under it ("see below", "forwarding", "ci-dessous"): a forward whatever the subject */
  forwardPointer: RegExp | null
  /** a forwarded message's sender line ("From: …", "Von: …", "De : …") */
  forwardFrom: RegExp | null
  /** an address at another vendor's mail domain or a subdomain of one ("@microsoft.com", "@aws.amazon.com") */
  vendorAddress: RegExp | null
  /** a ">" line, or a word every header or marker line holds ("wrote", "schrieb", "message"…), in folded text: text without one quotes nothing */
  mayQuote: RegExp
  /** closings as folded words ("best regards" → ["best", "regards"]) */
  closings: readonly (readonly string[])[]
  /** the closings' first words: a line starting otherwise is no signature */
  closingStarts: ReadonlySet<string>
  /** a postscript's line under the signature ("P.S. …", "PS: …"): the partner's words again */
  postscript: RegExp | null
  /** folded words a sentence holds and a name, title or address does not ("we", "can", "nobody", "since") */
  sentenceWords: ReadonlySet<string>
  /** a phrase of a mail system's disclaimer or banner ("intended recipient", "originated from outside") */
  disclaimer: RegExp | null
  /** the partner's announcement that their answers stand inside the quoted message ("answers inline below in blue") */
  inlineAnswers: RegExp | null
}

const LONGEST_CLOSING_LINE = 80 // characters
const NAME_WORDS = 3 // words a closing line may carry after the closing ("Best regards, Jane Doe")

export function ownTextRules(policy: Policy): OwnTextRules {
  const { quoteHeaders, quoteMarkers, signatures, headerBlock, forwards, postscripts, sentenceWords, disclaimers, inlineAnswers } = policy.reading
  const alternatives = (items: readonly string[]) => [...new Set(items.flatMap((w) => [w, fold(w)]))].map(phraseSource).join('|')
  const headers = quoteHeaders.flatMap((h) => [
    `(?:${alternatives([h.first])})${NOT_WORD_AFTER}[^\\n]{0,200}?(?:\\n[^\\n]{0,120}?)?${NOT_WORD_BEFORE}(?:${alternatives([h.then])})${NOT_WORD_AFTER}(?:[^\\n]{0,120}:|[\\s\\-]*)[ \\t]*$`,
    // "Jane Doe <jane@example.com> wrote:" (no "On …" before it): a line ending so, with an address
    `[^\\n@]{0,80}@[^\\n]{0,120}?${NOT_WORD_BEFORE}(?:${alternatives([h.then])})[ \\t]*:[ \\t]*$`,
  ])
  const needed = [...quoteHeaders.map((h) => h.then), ...quoteMarkers].map((phrase) => phrase.trim().split(/\s+/).pop()!)
  const label = (names: readonly string[]) => `[ \\t>*]*(?:${alternatives(names)})[ \\t]*:`
  // a header block's second line, as the folded text that the quick test reads has it
  const blockThen = headerBlock ? [`\\n[ \\t>*]*(?:${[...new Set(headerBlock.then.map((w) => phraseSource(fold(w))))].join('|')})[ \\t]*:`] : []
  const closings = signatures.map((s) => words(fold(s))).filter((w) => w.length > 0)
  return {
    quoteHeader: headers.length === 0 ? null : new RegExp(`^[ \\t>\\-]*(?:${headers.join('|')})`, 'imu'),
    quoteMarker: quoteMarkers.length === 0 ? null : new RegExp(`^[\\s>*_\\-]*(?:${alternatives(quoteMarkers)})[\\s*_:\\-]*$`, 'imu'),
    // (the sender on the "From:" line itself, as every mail client writes it: a form table's "From | 09:00" row, read
    // "From:⏎09:00", starts no header; and a sender, an address or a name: "From: 09:00 CET" over "Date: 2026-03-09" is
    // a report's time range, round 93)
    headerBlock: headerBlock ? new RegExp(`^${label(headerBlock.first)}[ \\t]*(?=[^\\s])${SENDER}\\n(?:[^\\n]*\\n){0,2}?${label(headerBlock.then)}`, 'imu') : null,
    forwardMarker: forwards.markers.length === 0 ? null : new RegExp(`^[\\s>*_\\-]*(?:${alternatives(forwards.markers)})[\\s*_:\\-]*$`, 'imu'),
    forwardSubject: forwards.subjects.length === 0 ? null : new RegExp(`^\\s*${SUBJECT_TAGS}(?:${alternatives(forwards.subjects)})\\s*(?:\\[\\d+\\])?\\s*:`, 'iu'),
    forwardHeaderLabel: forwards.headerLabels.length === 0 ? null : new RegExp(`^${label([...(headerBlock?.first ?? []), ...(headerBlock?.then ?? []), ...forwards.headerLabels])}`, 'iu'),
    forwardPointer: forwards.pointers.length === 0 ? null : new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives(forwards.pointers)})${NOT_WORD_AFTER}`, 'iu'),
    forwardFrom: headerBlock ? new RegExp(`^${label(headerBlock.first)}`, 'iu') : null,
    // (the domain whole, or a subdomain: "@aws.amazon.com" is amazon.com's, "@contoso.onmicrosoft.com" is no microsoft.com)
    vendorAddress: forwards.vendorDomains.length === 0 ? null : new RegExp(`@(?:[a-z0-9-]+\\.)*(?:${forwards.vendorDomains.map(escapeRegex).join('|')})(?![a-z0-9.-]*[a-z0-9])`, 'iu'),
    // (one search over the folded description; no `u` flag: a plain search is several times faster)
    mayQuote: new RegExp([...new Set(needed.map((w) => escapeRegex(fold(w))))].concat('^>', '\\n>', ...blockThen).join('|')),
    closings,
    closingStarts: new Set(closings.map((c) => c[0]!)),
    postscript: postscripts.length === 0 ? null : new RegExp(`^[ \\t>*]*(?:${alternatives(postscripts)})(?=[\\s:,\\-]|$)`, 'imu'),
    sentenceWords: new Set(sentenceWords.flatMap((w) => words(fold(w)))),
    disclaimer: disclaimers.length === 0 ? null : new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives(disclaimers)})${NOT_WORD_AFTER}`, 'iu'),
    inlineAnswers: inlineAnswers.length === 0 ? null : new RegExp(`${NOT_WORD_BEFORE}(?:${[...new Set(inlineAnswers.flatMap((w) => [w, fold(w)]))].map(gappedPhraseSource).join('|')})${NOT_WORD_AFTER}`, 'iu'),
  }
}

/** A configured phrase as a regex whose "..." stands for up to three words on the same line ("answers ... inline"). */
function gappedPhraseSource(phrase: string): string {
  let out = ''
  let afterWord = false
  for (const w of phrase.trim().split(/\s+/)) {
    if (afterWord) out += '[ \\t]+'
    out += w === '...' ? '(?:\\S+[ \\t]+){0,3}' : escapeRegex(w)
    afterWord = w !== '...'
  }
  return out
}

/**
 * (round 95) The tags a mail gateway or a ticket system puts before a reply's or a forward's prefix: "[EXTERNAL] RE: …",
 * "EXTERNAL: FW: …", "[Ticket #4411] Re: …". A regex source, to stand before the prefix.
 */
export const SUBJECT_TAGS = '(?:\\[[^\\]\\n]{1,40}\\]\\s*|(?:external|ext)\\s*:\\s*)*'

// A header's sender: a value with an address in it ("Jane Doe <jane@acme.com>", "jane@acme.com"), or a name, which
// holds no digit ("Jane Doe", "Support Team", "Müller, Hans"); a time or a date ("09:00 CET", "Monday 9 March, 07:30")
// is no sender
const SENDER = '(?:[^\\n\\d]*|[^\\n]*@[^\\n]*)'

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A configured phrase as a regex: its words, any spacing between them. */
function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegex)
    .join('\\s+')
}

const BLOCKQUOTE = /<blockquote/i
// Gmail's "Indent more" (and editors like it): `<blockquote style="margin:0 0 0 40px;border:none;padding:0px">`
const INDENT = /\bstyle\s*=\s*["'][^"']*\bborder\s*:\s*none/
// a quote's own marks: a "cite" type, Gmail's quote class, a side's border (Outlook writes "border:none;border-left:solid …")
const CITE = /\btype\s*=\s*["']?cite|gmail_quote|border-(?:left|right|top|bottom)\s*:\s*(?!none)/

/**
 * HTML with every `<blockquote>…</blockquote>` (nested ones included) left out. A blockquote that
 * is only an indent (styled "border:none" with no border on a side, no "cite" type, no gmail_quote
 * class: Gmail's "Indent more" around the partner's own lines) quotes nothing: its lines stay.
 */
export function withoutBlockquotes(html: string): string {
  if (!html.includes('<') || !BLOCKQUOTE.test(html)) return html
  const lower = html.toLowerCase()
  let open = lower.indexOf('<blockquote')
  let out = ''
  let from = 0
  while (open >= 0) {
    const tagEnd = lower.indexOf('>', open)
    if (tagEnd >= 0 && isIndent(lower.slice(open, tagEnd))) {
      // (its close tag stays too: a block tag, a line break)
      out += html.slice(from, tagEnd + 1)
      from = tagEnd + 1
      open = lower.indexOf('<blockquote', from)
      continue
    }
    out += html.slice(from, open)
    // to the matching close tag
    let depth = 0
    let i = open
    for (;;) {
      const nextOpen = lower.indexOf('<blockquote', i + 1)
      const nextClose = lower.indexOf('</blockquote', i + 1)
      if (nextClose < 0) return out // never closed: the rest is quoted
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++
        i = nextOpen
        continue
      }
      i = nextClose
      if (depth === 0) break
      depth--
    }
    const gt = lower.indexOf('>', i)
    from = gt < 0 ? html.length : gt + 1
    // (left as a ">" line: a quote marked so, and the partner's lines under it read, as in plain text)
    out += '<br>&gt;<br>'
    open = lower.indexOf('<blockquote', from)
  }
  return out + html.slice(from)
}

function isIndent(openTag: string): boolean {
  return INDENT.test(openTag) && !CITE.test(openTag)
}

/** Whether a text, folded, may quote an earlier message: a ">" line, or a word a header or marker needs. */
export function mayQuote(rules: OwnTextRules, folded: string): boolean {
  return rules.mayQuote.test(folded)
}

// the next non-empty line is a ">" line
const QUOTED_NEXT = /^[ \t]*\n(?:[ \t]*\n)*[ \t]*>/

/**
 * Plain text without ">" lines and without everything from a quoted message's header, marker or header block on (a
 * header over ">" lines: those lines only). `bareQuotes` false: ">" lines with no header, marker or header block in
 * the text are kept (a new message's pasted error or status line, "> Service unavailable", no earlier message).
 */
export function withoutQuotedLines(rules: OwnTextRules, text: string, bareQuotes = true): string {
  let cut = text.length
  let headerEnd = -1 // where the earliest header, marker or header block ends
  let header: RegExpExecArray | null = null // it, when it is an "On … wrote:"
  for (const re of [rules.quoteHeader, rules.quoteMarker, rules.headerBlock]) {
    const m = re?.exec(text)
    if (m && m.index < cut) {
      cut = m.index
      headerEnd = m.index + m[0].length
      header = re === rules.quoteHeader ? m : null
    }
  }
  const onWrote = header !== null
  // (">" lines under no header, marker or header block, in a message that is no reply: text the partner quotes, read)
  if (!bareQuotes && cut === text.length) return text
  let kept = cut < text.length ? text.slice(0, cut) : text
  if (cut < text.length && rules.inlineAnswers?.test(kept)) {
    // the partner answers inside the quoted message ("answers inline below in blue", Outlook quoting the agent's
    // questions with no ">" to tell the answers apart): its lines after its header are theirs too, ">" lines left out;
    // the partner's own closing above the quote cut here, since a signature cuts everything under it
    const quoted = withoutQuotedLines(rules, afterHeader(rules, text, cut, header))
    return withoutSignature(rules, kept).trimEnd() + '\n\n' + quoted
  }
  // "On … wrote:" over ">" lines: the quote is those lines, and the partner's lines under or between them are theirs
  // again (a reply written under the quote, or answering it line by line); an unmarked quote runs to the end. (round
  // 95) So too under "-----Original Message-----" or "From: … Sent: …" (their own label lines passed, "To: …",
  // "Subject: …") when the partner wrote nothing above them, or only that the reply is below ("answers inline
  // below"): Outlook's messages above the quote are a top-post, and the lines under its ">" lines are older.
  if (headerEnd >= 0 && (onWrote || kept.trim() === '' || rules.forwardPointer?.test(kept) === true)) {
    const rest = text.slice(afterHeaderLines(rules, text, headerEnd))
    if (QUOTED_NEXT.test(rest)) kept += '\n' + withoutQuotedLines(rules, rest)
  }
  if (!kept.includes('>')) return kept
  return kept
    .split('\n')
    .filter((line) => !/^[ \t]*>/.test(line))
    .join('\n')
}

/**
 * Where a quote's header ends: the end of the line `at` stands in, and then of the header's own label lines right
 * under it ("To: …", "Subject: …", "> Sent: …"), up to the first line that is none.
 */
function afterHeaderLines(rules: OwnTextRules, text: string, at: number): number {
  let end = text.indexOf('\n', at)
  if (end < 0) return text.length
  const label = rules.forwardHeaderLabel
  if (label === null) return end
  for (;;) {
    const next = text.indexOf('\n', end + 1)
    const line = text.slice(end + 1, next < 0 ? text.length : next)
    if (!label.test(line)) return end
    if (next < 0) return text.length
    end = next
  }
}

const HEADER_LINE = /^[ \t>*]*[\p{L}][\p{L}\- ]{0,20}[ \t]*:/u

/**
 * The quoted message that begins at `cut` without its header: the "On … wrote:" line (`header`, when that is what
 * begins it), or the marker line and the header block's lines ("From: …", "Sent: …", "To: …", "Subject: …").
 */
function afterHeader(rules: OwnTextRules, text: string, cut: number, header: RegExpExecArray | null): string {
  if (header !== null) return text.slice(header.index + header[0].length)
  const lines = text.slice(cut).split('\n')
  let k = rules.quoteMarker?.test(lines[0]!) === true ? 1 : 0
  let headerSeen = false
  for (; k < lines.length; k++) {
    const line = lines[k]!
    if (line.trim() === '') {
      if (headerSeen) break
      continue
    }
    if (!HEADER_LINE.test(line)) break
    headerSeen = true
  }
  return lines.slice(k).join('\n')
}

/**
 * The message a text forwards, or null when it forwards none: what follows its marker line (or,
 * after a forward's subject or under a note that points below it, its first header block), the header
 * lines ("From: …", "Date: …", "Subject: …", "To: …") and the forwarded message's own quotes left out.
 * `reply`: the subject is a reply's ("Re: …"), whose quote is an earlier message of the thread.
 */
export function forwardedText(rules: OwnTextRules, subject: string, text: string, reply = false): string | null {
  return forwardedMessage(rules, subject, text, reply)?.body ?? null
}

/**
 * (round 168) Whether the message a text forwards is another vendor's own notice: its sender (the innermost one, in a
 * forward of a forward) writes from one of `reading.forwards.vendorDomains` ("Microsoft 365 Message center
 * <o365mc@microsoft.com>", "DATEV Service <service@datev.de>"): an incident, a maintenance or a newsletter of a
 * product outside Zoho, which the partner passes on to ask about it, no request of its own.
 */
export function forwardsVendorNotice(rules: OwnTextRules, subject: string, text: string, reply = false): boolean {
  if (rules.vendorAddress === null) return false
  const sender = forwardedMessage(rules, subject, text, reply)?.sender
  return sender != null && rules.vendorAddress.test(sender)
}

interface ForwardedMessage {
  /** its text, header lines and its own quotes left out; a forward inside it read too */
  body: string
  /** its sender line ("From: Jane <jane@acme.com>"), of the innermost message in a forward of a forward */
  sender: string | null
}

const MAX_NESTED_FORWARDS = 5

function forwardedMessage(rules: OwnTextRules, subject: string, text: string, reply: boolean, depth = 0): ForwardedMessage | null {
  let from = -1
  const marker = rules.forwardMarker?.exec(text)
  if (marker) from = marker.index + marker[0].length
  else {
    // after a forward's subject, or a note pointing below it ("Please see the email below from our client" under
    // "Urgent - customer issue"): from the first header block, or else from a marker line ("FW: …" over
    // "-----Original Message-----" and a bare "From: …" line)
    const forward = rules.forwardSubject?.test(subject) === true
    if (forward || (!reply && rules.forwardPointer !== null)) {
      const block = rules.headerBlock?.exec(text)
      const marker = block ? null : rules.quoteMarker?.exec(text)
      const at = block ? block.index : marker ? marker.index : -1
      if (at >= 0 && (forward || rules.forwardPointer!.test(text.slice(0, at)))) from = block ? block.index : marker!.index + marker![0].length
    }
  }
  if (from < 0) return null
  const lines = text.slice(from).split('\n')
  let k = 0
  let headerSeen = false // a header line has been passed
  let afterBlank = false // and a blank line after it
  let sender: string | null = null
  let innerSubject: string | null = null // the forwarded message's own subject, when it is a forward's ("Subject: FW: …")
  for (; k < lines.length; k++) {
    const line = lines[k]!
    if (line.trim() === '') {
      afterBlank = headerSeen
      continue
    }
    if (!HEADER_LINE.test(line)) break
    // past the header's blank line only a header's own label goes on with it (Outlook writes one paragraph
    // a line): the "Status: DOWN" or "Reason: HTTP 503" a forwarded alert begins with is its body
    if (afterBlank && rules.forwardHeaderLabel !== null && !rules.forwardHeaderLabel.test(line)) break
    headerSeen = true
    if (sender === null && rules.forwardFrom?.test(line) === true) sender = line
    const value = line.slice(line.indexOf(':') + 1)
    if (innerSubject === null && rules.forwardSubject?.test(value) === true) innerSubject = value
  }
  const rest = lines.slice(k).join('\n')
  let body = withoutQuotedLines(rules, rest)
  // (round 168) a forward of a forward ("Fwd: FW: …": a colleague's "Kate, this one is for you" over the customer's
  // mail): the message it forwards is read too, under the one that passes it on, and its sender is the notice's
  if (depth < MAX_NESTED_FORWARDS && (innerSubject !== null || rules.forwardMarker?.test(rest) === true)) {
    const inner = forwardedMessage(rules, innerSubject ?? '', rest, false, depth + 1)
    if (inner !== null) {
      body = body.trim() === '' ? inner.body : `${body.trimEnd()}\n\n${inner.body}`
      sender = inner.sender ?? sender
    }
  }
  return body.trim() === '' ? null : { body, sender }
}

/**
 * The text without the disclaimers and banners a mail system adds: from the sentence holding a phrase of
 * one ("This e-mail is confidential …", "CAUTION: This email originated from outside of the organization …")
 * to its line's end, and the wrapped lines running on from it (the line before ends mid-sentence, the
 * next begins in lowercase). Lines before and after it stay: a banner stands above the partner's words.
 */
export function withoutDisclaimers(rules: OwnTextRules, text: string): string {
  const re = rules.disclaimer
  if (re === null || !re.test(text)) return text
  const lines = text.split('\n')
  let runsOn = false // the line before was cut and ends mid-sentence
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    const m = re.exec(line)
    if (m !== null) {
      lines[k] = line.slice(0, sentenceStart(line, m.index)).trimEnd()
    } else if (runsOn && startsLowercase(line.trimStart())) {
      lines[k] = ''
    } else {
      runsOn = false
      continue
    }
    runsOn = /[\p{L}\p{N},]$/u.test(line.trimEnd())
  }
  return lines.join('\n')
}

/** Where the sentence holding `at` begins in its line: after the last ". ", "! " or "? " before it. */
function sentenceStart(line: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (/\s/.test(line.charAt(i)) && /[.!?]/.test(line.charAt(i - 1))) return i + 1
  }
  return 0
}

function startsLowercase(s: string): boolean {
  return s !== '' && isLowerCase(s.charAt(0))
}

/** The text up to its signature: a "--" line, or a line that is a closing with at most a name after it (disclaimers left out). */
export function withoutSignature(rules: OwnTextRules, text: string): string {
  text = withoutDisclaimers(rules, text)
  let lineStart = 0
  while (lineStart < text.length) {
    let eol = text.indexOf('\n', lineStart)
    if (eol < 0) eol = text.length
    if (lineStart > 0 && isSignatureStart(rules, text.slice(lineStart, eol)) && !courtesyAmongWords(rules, text, lineStart, eol)) {
      // (a postscript under the signature is the partner's own words again, and may close with a signature too)
      const ps = rules.postscript?.exec(text.slice(eol)) ?? null
      return ps === null ? text.slice(0, lineStart) : text.slice(0, lineStart) + '\n' + withoutSignature(rules, text.slice(eol + ps.index))
    }
    lineStart = eol + 1
  }
  return text
}

const GREETING_WORDS = 5 // words of a greeting line ("Dear Zoho Partner Support team,")
const PROSE_WORDS = 5 // words of a line that is a sentence, no name or title

/**
 * Whether a closing line stands among the partner's words rather than under them: with only a
 * greeting above it ("Hi team,⏎Thanks in advance!⏎Our CRM is down for all users"), a thanks
 * said before the partner has said anything, or with a sentence right after it ("Thank you.⏎We
 * still cannot log in since the update.", "Thanks!⏎Nobody can log in since 9am"). Under a
 * signature's closing stand a name, a title, an address: short lines, no sentences.
 */
function courtesyAmongWords(rules: OwnTextRules, text: string, lineStart: number, eol: number): boolean {
  const before = nonEmptyLines(text.slice(0, lineStart))
  if (before.length === 0) return true
  if (before.length === 1 && wordCount(before[0]!) <= GREETING_WORDS && /[,!:]$/.test(before[0]!)) return true
  const next = nonEmptyLines(text.slice(eol + 1))[0]
  if (next === undefined) return false
  return (wordCount(next) >= PROSE_WORDS && /[.!?]$/.test(next)) || isSentence(rules, next)
}

const SENTENCE_WORDS = 3 // words of the shortest sentence read so ("CRM is down")

/**
 * Whether a line is a sentence by its words: three words or more, one of them a word a sentence
 * holds ("we", "can", "nobody", "since"), not every one capitalised as a name, a title or a team
 * is ("Our Support Team"). No period needed: "Nobody can log in since 9am".
 */
function isSentence(rules: OwnTextRules, line: string): boolean {
  if (rules.sentenceWords.size === 0) return false
  const tokens = tokenize(line)
  if (tokens.length < SENTENCE_WORDS) return false
  let held = false
  let lower = false
  for (const t of tokens) {
    if (!held && rules.sentenceWords.has(fold(t.word))) held = true
    if (!lower && isLowerCase(t.word.charAt(0))) lower = true
  }
  return held && lower
}

function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function wordCount(line: string): number {
  return line.split(/\s+/).length
}

function isSignatureStart(rules: OwnTextRules, line: string): boolean {
  const trimmed = line.trim()
  if (trimmed === '--' || trimmed === '—' || trimmed === '__') return true
  if (trimmed.length === 0 || trimmed.length > LONGEST_CLOSING_LINE) return false
  const firstWord = /^[\p{L}\p{M}]+/u.exec(trimmed)
  if (!firstWord || !rules.closingStarts.has(fold(firstWord[0]))) return false
  // (a closing in two languages, "Viele Grüße / Kind regards", "Cordialement | Best regards": each part a closing, a
  // name only after the last)
  if (/[/|]/.test(trimmed)) {
    const parts = trimmed.split(/\s*[/|]\s*/)
    if (parts.length > 1 && parts.every((part, k) => isClosing(rules, part, k === parts.length - 1))) return true
  }
  return isClosing(rules, trimmed, true)
}

/** Whether a line's text is one of the closings, followed (when `named`) by at most a name: "Thanks, Jane", "Best regards Jane Doe". */
function isClosing(rules: OwnTextRules, trimmed: string, named: boolean): boolean {
  const tokens = tokenize(trimmed)
  const w = tokens.map((t) => fold(t.word))
  return rules.closings.some((c) => {
    if (w.length < c.length || w.length > c.length + (named ? NAME_WORDS : 0) || !c.every((word, k) => w[k] === word)) return false
    if (w.length === c.length) return true
    // (no name says a sentence's words: "Thanks, nobody can login", "Cheers, nothing works" go on with the partner's words)
    for (let k = c.length; k < w.length; k++) if (rules.sentenceWords.has(w[k]!)) return false
    // "Thanks, Jane" or "Best regards Jane Doe", not "Thanks for the quick reply"
    const between = trimmed.slice(tokens[c.length - 1]!.end, tokens[c.length]!.start)
    return /[,!:]/.test(between) || tokens.slice(c.length).every((t) => isUpperCase(t.word.charAt(0)))
  })
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

function isUpperCase(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}
