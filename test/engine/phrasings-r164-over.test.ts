// Round 164: a trouble told over since, in a sentence of its own. "Since 10:00 it works again for everyone" named everyone
// after the fix, and round 159 let only what a later clause or an "and" tells follow a fix: everyone it works for again
// is no matter of its own. German "Seit 10 Uhr funktioniert es wieder", French "Depuis 10h, tout fonctionne à nouveau" and
// English "Since 10 it is back" were fixes of their own sentence only (`resolved`), not over since (`resolvedSince`), so
// the sign-in failure or outage of the sentence before stayed. A fix for a few, a trouble back, and a fix asked for stay.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const OVER: Phrasing[] = [
  ['Login', 'Nobody could log in this morning. Since 10:00 it works again for everyone.', 3, TS, '24x5'],
  ['Login', 'Nobody could log in this morning. Since 10:00 it works again for all users.', 3, TS, '24x5'],
  ['Login', 'Niemand konnte sich heute früh anmelden. Seit 10 Uhr funktioniert es wieder.', 3, TS, '24x5'],
  ['Anmeldung', 'Heute Morgen war CRM nicht erreichbar. Seit 9:30 läuft alles wieder.', 3, TS, '24x5'],
  ['Connexion', 'Personne ne pouvait se connecter ce matin. Depuis 10h, tout fonctionne à nouveau.', 3, TS, '24x5'],
  ['CRM', 'CRM was down this morning for an hour. Since 10 it is back.', 3, TS, '24x5'],
  // traps: a fix for a few, the trouble back, a fix asked about, a trouble told after the fix
  ['Login', 'Nobody could log in this morning. Since 10:00 it works again for the admins only.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in. It worked again for an hour since 10:00, now it is down again.', 1, TS, '24x7'],
  ['Login', 'Niemand kann sich anmelden. Wann funktioniert es wieder?', 1, TS, '24x7'],
  ['Login', 'Personne ne peut se connecter depuis ce matin. Quand est-ce que ça fonctionne à nouveau ?', 1, TS, '24x7'],
  ['CRM', 'CRM was down this morning. Since 10 it is back, but now all our contacts are gone.', 1, TS],
]

describe('phrasings, round 164: a trouble told over since, in a sentence of its own', () => {
  it('sets aside the trouble of the sentence before, and keeps a fix for a few, a trouble back and one asked about', async () => {
    expect(await misread(OVER)).to.deep.equal([])
  })
})
