// What each written word is (impl/vocabulary.ts wordFacts: stemming in three languages, stop
// words, compound splitting) is worked out once per word and policy: partners' words recur from
// ticket to ticket, and stemming is the costly part of reading one.
import type { Policy } from '../policy.js'
import { PerPolicy } from '../per-policy.js'
import { buildVocabulary, wordFacts, type Vocabulary, type WordFacts } from './vocabulary.js'

const KEPT_WORDS = 50_000 // distinct written words kept per policy (then the table starts over)
const LONGEST_KEPT_WORD = 40 // letters: longer words are worked out every time

export interface WordTable {
  vocabulary: Vocabulary
  /** what a written word is */
  facts(word: string): WordFacts
  /** the same for text[start..end), looked up without cutting the word out when it was met lately (read from `units`, the text's code units, when given) */
  factsAt(text: string, start: number, end: number, units?: Uint16Array): WordFacts
}

// The words met lately, in slots by a hash of their code units: most words of a ticket were met
// in the tickets before, and finding them here costs neither a substring nor a map lookup.
const SLOTS = 4096 // a power of two
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function slotOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME)
  return (h >>> 0) & (SLOTS - 1)
}

function slotOfUnits(u: Uint16Array, start: number, end: number): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) h = Math.imul(h ^ u[i]!, FNV_PRIME)
  return (h >>> 0) & (SLOTS - 1)
}

function sameUnits(word: string, u: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== u[start + k]) return false
  return true
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

const tables = new PerPolicy<Policy, WordTable>((policy) => {
  const vocabulary = buildVocabulary(policy)
  const known = new Map<string, WordFacts>()
  const facts = (word: string): WordFacts => {
    let f = known.get(word)
    if (f === undefined) {
      f = wordFacts(vocabulary, word)
      if (word.length <= LONGEST_KEPT_WORD) {
        if (known.size >= KEPT_WORDS) known.clear()
        known.set(word, f)
      }
    }
    return f
  }
  const slotWords: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined)
  const slotFacts: (WordFacts | undefined)[] = new Array<WordFacts | undefined>(SLOTS).fill(undefined)
  return {
    vocabulary,
    facts,
    factsAt(text, start, end, units) {
      const slot = units === undefined ? slotOf(text, start, end) : slotOfUnits(units, start, end)
      const w = slotWords[slot]
      if (w !== undefined && (units === undefined ? sameWord(w, text, start, end) : sameUnits(w, units, start, end))) return slotFacts[slot]!
      const word = text.slice(start, end)
      const f = facts(word)
      slotWords[slot] = word
      slotFacts[slot] = f
      return f
    },
  }
})

/** The policy's vocabulary with a memo of what each written word is. */
export function wordTable(policy: Policy): WordTable {
  return tables.get(policy)
}
