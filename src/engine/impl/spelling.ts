// Typos: a word the vocabulary does not know, one slip away from a word it does ("acess",
// "wokring", "outtage", "unavailabe"), is read as that word. A slip is one letter left out, one
// letter too many, or two neighbours swapped; a wrong letter is not taken (too many real words are
// one letter from another: "logic"/"login"). Only words of MIN_LENGTH letters or more, or of
// SWAP_MIN_LENGTH with two neighbours swapped ("dwon", "wrok": a letter left out of or added to
// so short a word is too often another word), only when exactly one known word is that near (or
// several forms of one word: "crashd" is "crash" or "crashed"), and never a word that is itself a
// real English word. Slips further than that which people make again and again ("dissapeared", "unavailible",
// "syncronization") are read through a published list of common English misspellings (`commonMisspelling`).
import { createRequire } from 'node:module'
import { z } from 'zod'

/** Letters of the shortest word read through a typo, as written and as configured. */
export const MIN_LENGTH = 5
/** Letters of the shortest word read through two swapped neighbours (round 106: "dwon", "wrok", "donw"). */
export const SWAP_MIN_LENGTH = 4

const LETTERS = /^[a-zß]+$/

/** The configured forms, and what each is with one letter left out: the index a slip is looked up in. */
export interface SpellingIndex {
  /** the forms of SWAP_MIN_LENGTH letters or more (those under MIN_LENGTH only for a swap) */
  forms: ReadonlySet<string>
  /** a form of MIN_LENGTH letters or more with one letter left out → the forms it comes from */
  shortened: ReadonlyMap<string, readonly string[]>
  /** the word a form is a form of (its stem), to tell two near forms of one word from two words */
  wordOf: (form: string) => string
}

export function buildSpellingIndex(forms: Iterable<string>, wordOf: (form: string) => string = (form) => form): SpellingIndex {
  const set = new Set<string>()
  const shortened = new Map<string, string[]>()
  for (const form of forms) {
    if (form.length < SWAP_MIN_LENGTH || !LETTERS.test(form) || set.has(form)) continue
    set.add(form)
    if (form.length < MIN_LENGTH) continue
    for (const short of withOneLetterLess(form)) {
      const list = shortened.get(short)
      if (!list) shortened.set(short, [form])
      else if (!list.includes(form)) list.push(form)
    }
  }
  return { forms: set, shortened, wordOf }
}

/** The one configured form a written word is one slip away from, or undefined (none, or several). */
export function nearestForm(index: SpellingIndex, word: string): string | undefined {
  if (word.length < SWAP_MIN_LENGTH || !LETTERS.test(word)) return undefined
  const found = new Set<string>()
  if (word.length >= MIN_LENGTH) {
    // a letter too many ("outtage" → "outage"), or a letter left out of the word ("acess" → "access")
    for (const short of withOneLetterLess(word)) if (short.length >= MIN_LENGTH && index.forms.has(short)) found.add(short)
    for (const form of index.shortened.get(word) ?? []) found.add(form)
  }
  // two neighbours swapped ("wokring" → "working")
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    if (index.forms.has(swapped)) found.add(swapped)
  }
  found.delete(word)
  // (a slip seldom takes the first letter: "acount" is "account", not "count")
  if (found.size > 1) for (const f of [...found]) if (f[0] !== word[0]) found.delete(f)
  if (found.size === 1) return found.values().next().value
  // several forms of one word ("crashd": "crash" or "crashed"): the shortest, that word's stem when it is one
  const forms = [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  return forms.length > 1 && forms.every((f) => index.wordOf(f) === index.wordOf(forms[0]!)) ? forms[0] : undefined
}

function withOneLetterLess(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1))
  return out
}

let english: ReadonlySet<string> | undefined

/** Whether a folded word is an English word (the `an-array-of-english-words` list, loaded at first need). */
export function isEnglishWord(word: string): boolean {
  english ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[])
  return english.has(word)
}

let misspellings: ReadonlyMap<string, string> | undefined

/**
 * The word a common English misspelling stands for ("dissapeared" → "disappeared", "unavailible" → "unavailable",
 * "passwrod" → "password"), or undefined: the list of `@cspell/dict-en-common-misspellings` (gathered from spell
 * checkers' lists of typos people make), loaded at first need. Only misspellings with one correction of one word
 * ("loggin" may be "login" or "logging": not read).
 */
export function commonMisspelling(word: string): string | undefined {
  misspellings ??= loadMisspellings()
  return misspellings.get(word)
}

// the list's file: cspell settings whose dictionary holds "wrong->right" or "wrong->right, other" lines
const MisspellingFile = z.object({ dictionaryDefinitions: z.array(z.object({ suggestWords: z.array(z.string()).default([]) })) })

function loadMisspellings(): Map<string, string> {
  // (the package exports its cspell settings, not its lists: the list is required from beside the settings)
  const settings = createRequire(import.meta.url).resolve('@cspell/dict-en-common-misspellings/cspell-ext.json')
  const file = MisspellingFile.parse(createRequire(settings)('./dict/dict-en.json'))
  const out = new Map<string, string>()
  for (const definition of file.dictionaryDefinitions) {
    for (const line of definition.suggestWords) {
      const arrow = line.indexOf('->')
      if (arrow < 0) continue
      const wrong = line.slice(0, arrow).trim()
      const right = line.slice(arrow + 2).trim()
      if (wrong !== right && LETTERS.test(wrong) && LETTERS.test(right)) out.set(wrong, right)
    }
  }
  return out
}
