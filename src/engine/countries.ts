// Country names in English, German or French (or ISO codes) to ISO 3166-1 alpha-2,
// from the maintained i18n-iso-countries tables. Keys are folded (accents, case, punctuation).
import countries from 'i18n-iso-countries'
import { createRequire } from 'node:module'
import { lookupKey } from './text.js'

const require = createRequire(import.meta.url)
for (const lang of ['en', 'de', 'fr']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))

let nameIndex: Map<string, string> | undefined

function index(): Map<string, string> {
  if (nameIndex) return nameIndex
  const map = new Map<string, string>()
  for (const lang of ['en', 'de', 'fr']) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        const key = lookupKey(name)
        if (key && !map.has(key)) map.set(key, code)
      }
    }
  }
  // The ISO names' other spellings: "Moldova, Republic of" is also "Republic of Moldova", "Holy
  // See (Vatican City State)" also "Holy See", and a name is found with its spaces run together
  // or split ("Viet Nam" is "Vietnam"). A derived spelling never displaces a name, and one two
  // countries would share ("Virgin Islands") names neither.
  const derived = new Map<string, string | null>()
  const derive = (name: string, code: string) => {
    const key = lookupKey(name)
    if (!key || map.has(key)) return
    const had = derived.get(key)
    derived.set(key, had === undefined || had === code ? code : null)
  }
  for (const lang of ['en', 'de', 'fr']) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        const comma = /^([^,]+),\s*([^,]+)$/.exec(name)
        if (comma) derive(`${comma[2]} ${comma[1]}`, code)
        const bracket = /^(.+?)\s*\([^()]*\)$/.exec(name)
        if (bracket) derive(bracket[1]!, code)
      }
    }
  }
  for (const [key, code] of derived) if (code !== null) map.set(key, code)
  const squeezed = new Map<string, string | null>()
  for (const [key, code] of map) {
    const tight = key.replace(/ /g, '')
    const had = squeezed.get(tight)
    squeezed.set(tight, had === undefined || had === code ? code : null)
  }
  nameIndex = map
  squeezedIndex = squeezed
  return map
}

let squeezedIndex: Map<string, string | null> | undefined

/** A country name's code with its spaces ignored ("Viet Nam", "Newzealand"); null when none or two. */
function bySqueezedName(key: string): string | null {
  index()
  return squeezedIndex!.get(key.replace(/ /g, '')) ?? null
}

export function isKnownCountryCode(code: string): boolean {
  return countries.isValid(code)
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes())
}

/**
 * ISO alpha-2 code of a country given as a name (EN/DE/FR, any case or accents), an alpha-2
 * or alpha-3 code, or one of the policy's aliases; null when unknown.
 */
export function countryCode(value: string | null | undefined, aliases: ReadonlyMap<string, string>): string | null {
  if (!value) return null
  const raw = value.trim()
  if (raw === '') return null
  if (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase())) return raw.toUpperCase()
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const a2 = countries.alpha3ToAlpha2(raw.toUpperCase())
    if (a2) return a2
  }
  const key = lookupKey(raw)
  return aliases.get(key) ?? index().get(key) ?? (key.length > 3 ? bySqueezedName(key) : null)
}
