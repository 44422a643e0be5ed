// Typos (impl/spelling.ts): a word one slip from an English word of the policy is read as it.
import { expect } from 'chai'
import { buildSpellingIndex, commonMisspelling, isEnglishWord, nearestForm } from '../../src/engine/impl/spelling.js'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

describe('typos: one slip from a configured word', () => {
  const index = buildSpellingIndex(['access', 'account', 'count', 'working', 'login', 'logging', 'unavailable', 'outage', 'down', 'work', 'crash', 'crashed', 'log'], (form) =>
    form.replace(/(ed|ing)$/, ''),
  )

  it('reads a letter left out, one too many, or two neighbours swapped', () => {
    expect(nearestForm(index, 'acess')).to.equal('access') // left out
    expect(nearestForm(index, 'outtage')).to.equal('outage') // one too many
    expect(nearestForm(index, 'wokring')).to.equal('working') // swapped
    expect(nearestForm(index, 'unavailabe')).to.equal('unavailable')
  })

  it('takes no wrong letter, no short word and no slip that could be two words', () => {
    expect(nearestForm(index, 'outege')).to.equal(undefined) // a wrong letter
    expect(nearestForm(index, 'logn')).to.equal(undefined) // under five letters, and no swap
    expect(nearestForm(index, 'dowm')).to.equal(undefined) // a wrong letter in a short word
    expect(nearestForm(index, 'lgo')).to.equal(undefined) // a swap under four letters
    expect(nearestForm(index, 'loggin')).to.equal(undefined) // "login" or "logging"
    expect(nearestForm(index, 'login')).to.equal(undefined) // the word itself is no slip
  })

  it('reads two neighbours swapped in a word of four letters ("dwon", "wrok")', () => {
    expect(nearestForm(index, 'dwon')).to.equal('down')
    expect(nearestForm(index, 'donw')).to.equal('down')
    expect(nearestForm(index, 'wrok')).to.equal('work')
  })

  it('reads a slip near two forms of one word as that word ("crashd": "crash" or "crashed")', () => {
    expect(nearestForm(index, 'crashd')).to.equal('crash')
  })

  it('prefers the word that keeps the first letter ("acount" is "account", not "count")', () => {
    expect(nearestForm(index, 'acount')).to.equal('account')
  })

  it('knows real English words, which are never read as slips', () => {
    expect(isEnglishWord('trails')).to.equal(true)
    expect(isEnglishWord('outrage')).to.equal(true)
    expect(isEnglishWord('acess')).to.equal(false)
  })
})

// Partners' typos in the words that carry the severity, and real words one slip from them.
const TYPOS: Phrasing[] = [
  ['Login', 'We cant acess our Desk account since this morning.', 1, TS, '24x7'],
  ['Portal', 'The customer portal is unavailabe for all our clients.', 1, TS, '24x7'],
  ['CRM', 'The CRM is compleltely dead since 9am.', 1, TS, '24x7'],
  ['Sign in', 'None of our agents can acces their acount since the update.', 1, TS, '24x7'],
  ['Sync', 'The sync has recieved no data since Monday and nothing is created anymore.', 1, TS],
  // round 106: two letters swapped in a short word, a slip near two forms of one word, "noone" for "no one"
  ['CRM', 'our crm is dwon since this morning', 1, TS, '24x7'],
  ['Desk', 'Desk is donw for all our agents.', 1, TS, '24x7'],
  ['Help', 'nobody in the office can wrok, the system hangs', 1, TS],
  ['Help', 'Noone in the office can open CRM this morning.', 1, TS],
  ['Crash', 'The Desk app has crashd for every agent since the update.', 1, TS],
  ['Permissions', 'Is there a way to make sure noone can delete contacts?', 3, TS, '24x5'],
  // traps: real words one slip from a listed one ("trails" / "trials", "outrage" / "outage")
  ['Audit', 'Where can I see the audit trails of deleted records?', 3, TS, '24x5'],
  ['Portal', 'Our customer expressed outrage about the colours of the help center, how can we change them?', 3, TS, '24x5'],
  // French and German words are not read as English slips ("annuel" is no "annule")
  ['Mise à niveau', 'Combien coûte le passage au forfait annuel pour notre client ?', 2, 'Upgrades', '24x5'],
]

describe('phrasings (r13, typos)', () => {
  it('reads typos in the words that carry the severity, and no real word as one', async () => {
    expect(await misread(TYPOS)).to.deep.equal([])
  })
})

// Round 117: slips two letters or more from the word meant, that people make again and again ("dissapeared": one "s" too
// many and one "p" left out), were read as nothing; a published list of common English misspellings
// (`@cspell/dict-en-common-misspellings`, `commonMisspelling`) reads them, after the one-slip reading and only for a word
// that is no English word, no stop word and no policy word of its own.
describe('typos: common misspellings further than one slip', () => {
  it('knows what a common misspelling stands for, and only one word of it', () => {
    expect(commonMisspelling('dissapeared')).to.equal('disappeared')
    expect(commonMisspelling('unaccessible')).to.equal('inaccessible')
    expect(commonMisspelling('passwrod')).to.equal('password')
    expect(commonMisspelling('loggin')).to.equal(undefined) // "login" or "logging"
    expect(commonMisspelling('disappeared')).to.equal(undefined) // spelt right
  })

  const TWO_SLIPS: Phrasing[] = [
    ['Data', 'All our contatcs have dissapeared from the CRM!!', 1, TS, '24x5'],
    ['Help', 'All the attachements have dissapeared from our tickets.', 1, TS, '24x5'],
    ['Portal', 'The portal is unaccessible for all our clients.', 1, TS, '24x7'],
    // a misspelt question stays one
    ['Question', 'Is it posible to change the logo?', 3, TS, '24x5'],
    ['How to', 'How do I seperate the two departments?', 3, TS, '24x5'],
  ]

  it('reads the partner\'s words through them', async () => {
    expect(await misread(TWO_SLIPS)).to.deep.equal([])
  })
})
