// Whether a rule's concepts are mentioned together: all of them, within the rule's window of
// words in one sentence, each by other words, with no `unless` concept near (none of
// `unlessInSentence` in that sentence, and none of `unlessAnywhere` anywhere); `anywhere`
// concepts in any sentence, also in a hypothesis there: the place a symptom is about stays named
// when the partner asks about it ("we would like to ask whether there is a problem with the partner
// portal. For all colleagues it is not reachable").
import { bracketGaps, gapNegations, type Mention, type Reading } from './reading.js'

/** A rule with its concepts as indices of the vocabulary. */
export interface CompiledRule {
  name: string
  concepts: readonly number[]
  window: number
  unless: readonly number[]
  anywhere: readonly number[]
  /** concepts whose counted mention anywhere sets the rule aside */
  unlessAnywhere: readonly number[]
  /** concepts whose counted mention in the sentence of the rule's words sets that match aside */
  unlessInSentence: readonly number[]
  /** concepts whose words take no room in the window: a hedge ("appears to have been") between a rule's words */
  padding?: readonly number[]
}

/**
 * A quick no, cheaper than asking matchRule: the reading counts no mention of the rule's first
 * concept. Most rules are of concepts a ticket never names; a loop over a policy's rules asks this first.
 */
export function mayMatch(reading: Reading, rule: CompiledRule): boolean {
  return rule.concepts.length === 0 || reading.counted.has(rule.concepts[0]!)
}

/**
 * The mentions that make the rule match (one per concept, then one per `anywhere` concept), or null.
 * A subject is a headline: when the text says the same thing in words the rule's `unless` sets
 * aside ("Desk search sluggish" / "the search has become sluggish", "Contacts deleted" / "an intern
 * deleted them by mistake"), the text's words decide, and the subject's alone match nothing.
 */
export function matchRule(reading: Reading, rule: CompiledRule): Mention[] | null {
  for (const c of rule.concepts) if (!reading.counted.has(c)) return null
  for (const c of rule.unlessAnywhere) if (reading.counted.has(c)) return null
  for (const c of rule.anywhere) if (!reading.counted.has(c) && !hypothetical(reading, c)) return null
  const mentions = reading.mentions
  const subject = reading.segments[0]?.where === 'subject' ? 0 : -1
  const lead = rule.concepts[0]
  let headline: Mention[] | null = null
  const qualified = rule.unless.length > 0 || rule.unlessInSentence.length > 0
  let qualifiedInText: Mention[] | null = null // the text's words of the rule set aside after the subject headlined it
  const pads = rule.padding?.length ? reading.allMentions.filter((m) => rule.padding!.includes(m.concept)) : noPads
  for (const a of mentions) {
    if (a.concept !== lead) continue
    const chosen: Mention[] = [a]
    for (let k = 1; k < rule.concepts.length; k++) {
      const m = nearest(mentions, rule.concepts[k]!, chosen, rule.window, pads, reading.fillers)
      if (!m) break
      chosen.push(m)
    }
    if (chosen.length !== rule.concepts.length) continue
    const inSubject = reading.pieces[a.first]!.segment === subject
    if (qualified && setAsideNear(reading, rule, chosen)) {
      // the text qualifies what the subject said … (not in a question under a firm headline, round 90: "Projects outage -
      // whole team blocked" / "is there a way to export the tasks so the team can keep working offline?")
      if (!inSubject && headline !== null && !(reading.firmHeadline === true && sentenceAsks(reading, a.sentence))) (qualifiedInText ??= []).push(...chosen)
      continue
    }
    if (qualifiedInText !== null && !inSubject && chosen.some((m) => qualifiedInText!.some((q) => q.concept === m.concept && q.entry === m.entry))) continue // (… and its same words again are that thing again)
    const elsewhere: Mention[] = []
    for (const concept of rule.anywhere) {
      const m = mentions.find((x) => x.concept === concept) ?? hypothetical(reading, concept)
      if (!m) return null
      elsewhere.push(m)
    }
    if (inSubject && qualified) {
      headline ??= chosen.concat(elsewhere) // (kept unless the text sets the same words aside)
      continue
    }
    // (… unless it says so again in other words that nothing sets aside: "Password reset email is not
    // received" / "the email does not reach their mailbox. So they cannot enter to the system")
    return headline ?? chosen.concat(elsewhere) // (the subject's words first, as before, when the text bears them out)
  }
  return qualifiedInText !== null ? null : headline
}

/** Whether the sentence ends with a question mark (rare: only for a firm headline's qualified text). */
function sentenceAsks(reading: Reading, sentence: number): boolean {
  let last = -1
  for (let i = reading.pieces.length - 1; i >= 0; i--) {
    if (reading.pieces[i]!.sentence === sentence) {
      last = i
      break
    }
  }
  if (last < 0) return false
  const p = reading.pieces[last]!
  const text = reading.segments[p.segment]!.text
  for (let k = p.end; k < text.length; k++) {
    const c = text[k]!
    if (c === '?') return true
    if (!/[\s"'»“”’)\]]/.test(c)) return false
  }
  return false
}

/** A mention of `concept` that only a hypothesis set aside ("whether … the partner portal"), or undefined. */
function hypothetical(reading: Reading, concept: number): Mention | undefined {
  for (const s of reading.setAside) if (s.why === 'hypothetical' && s.mention.concept === concept) return s.mention
  return undefined
}

function spanOf(chosen: readonly Mention[]): { first: number; last: number } {
  let first = chosen[0]!.first
  let last = chosen[0]!.last
  let nested = false
  for (const m of chosen) {
    if (m.first < first) first = m.first
    if (m.last > last) last = m.last
    if (m !== chosen[0] && m.first <= chosen[0]!.last && chosen[0]!.first <= m.last) nested = true
  }
  return nested || chosen.length > 2 ? gapSpan(chosen, first, last) : { first, last }
}

/**
 * The span of mentions among which a negation stands in a separable verb's gap ("es kommen seit heute
 * früh keine Tickets mehr an"): it negates the verb as if it stood before it, so the verb counts by its
 * first word and the words in its gap stand there.
 */
function gapSpan(chosen: readonly Mention[], first: number, last: number): { first: number; last: number } {
  let host: Mention | undefined
  for (const m of chosen) for (const o of chosen) if (m !== o && inGapOf(m, o)) host = o
  if (host === undefined) return { first, last }
  first = host.first
  last = host.first
  for (const m of chosen) {
    if (m === host || inGapOf(m, host)) continue
    if (m.first < first) first = m.first
    if (m.last > last) last = m.last
  }
  return { first, last }
}

/**
 * The mention of `concept` in the chosen ones' sentence, by other words, that keeps the span smallest within `window`. Hedges
 * (`pads`) and filler words (`fillers`: "all 40 of our users are blocked") take no room in it.
 */
function nearest(mentions: readonly Mention[], concept: number, chosen: Mention[], window: number, pads: readonly Mention[], fillers: Uint8Array | null): Mention | undefined {
  const sentence = chosen[0]!.sentence
  let best: Mention | undefined
  let bestSpan = Infinity
  for (const m of mentions) {
    if (m.concept !== concept || m.sentence !== sentence) continue
    if (chosen.some((c) => m.first <= c.last && c.first <= m.last && !inGapOf(m, c) && !inGapOf(c, m))) continue // the same words cannot say two things
    chosen.push(m) // (tried in place: this runs for every pair of mentions a rule may join)
    const span = spanOf(chosen)
    const bracketed = inBrackets(chosen, pads, fillers, sentence, span)
    chosen.pop()
    const width = span.last - span.first - padded(pads, sentence, span) - (fillers === null ? 0 : fillersWithin(fillers, pads, sentence, span)) - bracketed
    if (width <= window && width < bestSpan) {
      best = m
      bestSpan = width
    }
  }
  return best
}

const noPads: readonly Mention[] = []

/**
 * (round 142) How many words strictly inside `span` stand in the gap of a chosen mention's German bracket (bracketGaps:
 * "der Lohnlauf bricht jedes Mal mit einem Fehler ab"), outside the other chosen mentions, the hedges and the filler
 * words (counted apart): the middle of the clause takes no room in the window.
 */
function inBrackets(chosen: readonly Mention[], pads: readonly Mention[], fillers: Uint8Array | null, sentence: number, span: { first: number; last: number }): number {
  let n = 0
  for (const c of chosen) {
    const gap = bracketGaps.get(c)
    if (gap === undefined) continue
    for (let j = Math.max(gap[0], span.first + 1); j <= Math.min(gap[1], span.last - 1); j++) {
      if (chosen.some((o) => o !== c && o.first <= j && j <= o.last)) continue
      if (fillers !== null && fillers[j] === 1) continue
      if (pads.some((p) => p.sentence === sentence && p.first > span.first && p.last < span.last && p.first <= j && j <= p.last)) continue
      n++
    }
  }
  return n
}

/** How many words strictly inside `span` a padding mention (a hedge) covers: they take no room in a window. */
function padded(pads: readonly Mention[], sentence: number, span: { first: number; last: number }): number {
  let covered = 0
  let upTo = span.first // (the last word counted, so overlapping hedges count a word once)
  for (const p of pads) {
    if (p.sentence !== sentence || p.first <= span.first || p.last >= span.last) continue
    const from = Math.max(p.first, upTo + 1)
    if (p.last >= from) covered += p.last - from + 1
    if (p.last > upTo) upTo = p.last
  }
  return covered
}

/** How many filler words stand strictly inside `span`, outside the hedges (`padded` counts those). */
function fillersWithin(fillers: Uint8Array, pads: readonly Mention[], sentence: number, span: { first: number; last: number }): number {
  let n = 0
  for (let j = span.first + 1; j < span.last; j++) {
    if (fillers[j] === 1 && !pads.some((p) => p.sentence === sentence && p.first > span.first && p.last < span.last && p.first <= j && j <= p.last)) n++
  }
  return n
}

/**
 * Whether `inner` is the inability of a negation standing in `outer`'s gap ("kommen keine Tickets mehr an"), or any
 * mention in the gap of `outer`'s German bracket (round 142).
 */
function inGapOf(inner: Mention, outer: Mention): boolean {
  if (!(outer.first < inner.first && inner.last < outer.last)) return false
  if (gapNegations.has(inner)) return true
  // (round 142) any words in a German bracket's gap ("bricht der Payroll-Lauf jedes Mal ab"): none of the verb's
  const gap = bracketGaps.get(outer)
  return gap !== undefined && gap[0] <= inner.first && inner.last <= gap[1]
}

/**
 * Whether an `unless` concept stands near the chosen mentions, or an `unlessInSentence` one in their sentence. A
 * qualifier (a concept that decides nothing: `Reading.decisive`) in a line's label ("Plan: Enterprise⏎Nobody can log
 * in", "Feature affected: login - nobody can sign in", "Version:") names the field the line fills and qualifies nothing
 * after the label's colon (round 93); a statement there ("One user: cannot log in") still does.
 */
function setAsideNear(reading: Reading, rule: CompiledRule, chosen: readonly Mention[]): boolean {
  const { first, last } = spanOf(chosen)
  const sentence = chosen[0]!.sentence
  return reading.mentions.some(
    (m) =>
      m.sentence === sentence &&
      (rule.unlessInSentence.includes(m.concept) || (rule.unless.includes(m.concept) && m.first >= first - rule.window && m.last <= last + rule.window)) &&
      !(m.last < first && reading.decisive?.[m.concept] === false && inLabelBefore(reading, m, first)),
  )
}

// a line's label: up to three words at its start, then a colon ("Plan:", "Feature affected:", "Edit 2:")
const LABEL = /^[ \t>*\-]*[\p{L}][\p{L}\p{N}'\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'\-]*){0,2}[ \t]*:/u

/**
 * Whether mention m stands in its line's label, and piece `after` after that label's colon. A label names a field: no
 * stop word in it ("Für unsere Fehlerbehandlung: sollen wir …" leads a sentence in).
 */
function inLabelBefore(reading: Reading, m: Mention, after: number): boolean {
  const { pieces } = reading
  const p = pieces[m.first]!
  const q = pieces[after]!
  if (q.segment !== p.segment) return false
  const text = reading.segments[p.segment]!.text
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1
  const label = LABEL.exec(text.slice(lineStart, lineStart + 80))
  if (label === null) return false
  const colon = lineStart + label[0].length
  if (pieces[m.last]!.end > colon || q.start < colon) return false
  for (let k = m.first; k >= 0 && pieces[k]!.segment === p.segment && pieces[k]!.start >= lineStart; k--) if (pieces[k]!.facts.stopWords !== 0) return false
  for (let k = m.first + 1; k < pieces.length && pieces[k]!.end <= colon; k++) if (pieces[k]!.facts.stopWords !== 0) return false
  return true
}
