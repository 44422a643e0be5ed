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
  facts(word: string): WordFacts
}

const tables = new PerPolicy<Policy, WordTable>((policy) => {
  const vocabulary = buildVocabulary(policy)
  const known = new Map<string, WordFacts>()
  return {
    vocabulary,
    facts(word) {
      let f = known.get(word)
      if (f === undefined) {
        f = wordFacts(vocabulary, word)
        if (word.length <= LONGEST_KEPT_WORD) {
          if (known.size >= KEPT_WORDS) known.clear()
          known.set(word, f)
        }
      }
      return f
    },
  }
})

/** The policy's vocabulary with a memo of what each written word is. */
export function wordTable(policy: Policy): WordTable {
  return tables.get(policy)
}
