// The language libraries behind the classifier: Snowball stemmers for English, German and French
// (@nlpjs/lang-*), their stop words (stopword), and a language guess for text that names none
// (franc-min, limited to the three languages). Words reach them folded (see fold in text.ts).
import nlpEn from '@nlpjs/lang-en-min'
import nlpDe from '@nlpjs/lang-de'
import nlpFr from '@nlpjs/lang-fr'
import { deu, eng, fra } from 'stopword'
import { franc } from 'franc-min'
import type { Language } from '../policy.js'
import { fold } from '../text.js'

// (CommonJS packages: their classes come on the default export)
const stemmers: Record<Language, { stemWord(word: string): string }> = {
  en: new nlpEn.StemmerEn(),
  de: new nlpDe.StemmerDe(),
  fr: new nlpFr.StemmerFr(),
}

/** The Snowball stem of a folded word in a language ("outages" → "outag", "ausgefallen" → "ausgefall"). */
export function stem(language: Language, word: string): string {
  return stemmers[language].stemWord(word)
}

// Snowball stems nouns and adjectives well but leaves many verb forms alone: French "expirent",
// "marchent", "expirée" (folded "expiree"), German "fehlt", "gekündigt" keep their endings, so
// they never meet the infinitive a policy lists ("expirer", "fehlen", "kündigen"). A word whose
// own stem names nothing is looked up again as the infinitive its ending points to.
const INFINITIVE_ENDINGS: Record<Language, readonly (readonly [ending: string, infinitive: string])[]> = {
  en: [],
  de: [['tet', 'en'], ['ten', 'en'], ['te', 'en'], ['t', 'en']],
  fr: [['aient', 'er'], ['ait', 'er'], ['ais', 'er'], ['ent', 'er'], ['ons', 'er'], ['ez', 'er'], ['ees', 'er'], ['es', 'er'], ['ee', 'er'], ['e', 'er']],
}
const SHORTEST_VERB_ROOT = 3 // letters left before the ending

/**
 * The infinitives a folded verb form may stand for, stemmed: "expirent" → stem("expirer"),
 * "fehlt" → stem("fehlen"), "gekundigt" → stem("kundigen") (German "ge-" participles). Empty
 * when the word has no verb ending. Only for a word whose own stem names nothing.
 */
export function infinitiveStems(language: Language, word: string): string[] {
  const out: string[] = []
  for (const [ending, infinitive] of INFINITIVE_ENDINGS[language]) {
    if (!word.endsWith(ending) || word.length - ending.length < SHORTEST_VERB_ROOT) continue
    const root = word.slice(0, -ending.length)
    out.push(stem(language, root + infinitive))
    if (language === 'de' && root.startsWith('ge') && root.length - 2 >= SHORTEST_VERB_ROOT) out.push(stem(language, root.slice(2) + infinitive))
    break // the longest ending that fits
  }
  return out
}

const stopWords: Record<Language, ReadonlySet<string>> = {
  en: new Set(eng.map(fold)),
  de: new Set(deu.map(fold)),
  fr: new Set(fra.map(fold)),
}

/** Whether a folded word is one of a language's stop words ("the", "der", "le"). */
export function isStopWord(language: Language, word: string): boolean {
  return stopWords[language].has(word)
}

const FRANC_CODES: Record<string, Language> = { eng: 'en', deu: 'de', fra: 'fr' }

const guesses = new Map<string, Language | undefined>()
const KEPT_GUESSES = 4096 // short texts whose guess is kept (subjects such as "Anfrage" recur)
const LONGEST_KEPT_TEXT = 200

/** franc-min's guess among the three languages; undefined when it cannot tell. */
export function guessLanguage(text: string): Language | undefined {
  if (text.length > LONGEST_KEPT_TEXT) return francGuess(text)
  if (guesses.has(text)) return guesses.get(text)
  const guess = francGuess(text)
  if (guesses.size >= KEPT_GUESSES) guesses.clear()
  guesses.set(text, guess)
  return guess
}

function francGuess(text: string): Language | undefined {
  return FRANC_CODES[franc(text, { only: ['eng', 'deu', 'fra'], minLength: 3 })]
}
