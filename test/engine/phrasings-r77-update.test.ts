// Round 77: a note added under the signature is the partner's words, as a P.S. is. "…the export is slow.⏎⏎Regards,⏎
// Jane⏎⏎UPDATE 10:15: now CRM is down for all users" read the slowness alone (1, 24x5): everything under "Regards"
// was cut. A line beginning "Update", "Edit", "Nachtrag", "Ergänzung" or "Mise à jour" under the signature is read again
// (`reading.postscripts`), up to a signature of its own; a signature's "Updated privacy policy" or "Updates: …" is none.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'

const UPDATES: Phrasing[] = [
  [ASK, 'Hi,\nthe export is slow.\n\nRegards,\nJane\n\nUPDATE 10:15: now CRM is down for all users', 1, TS, '24x7'],
  [ASK, 'Hi,\nthe export is slow.\n\nRegards,\nJane\n\nUpdate: nobody can log in at all since 10:00\n\nJane', 1, TS, '24x7'],
  ['Anfrage', 'Hallo,\nder Export ist langsam.\n\nViele Grüße\nMax\n\nNachtrag: jetzt kann sich niemand mehr anmelden', 1, TS, '24x7'],
  ['Demande', "Bonjour,\nl'export est lent.\n\nCordialement\nJean\n\nMise à jour : plus personne ne peut se connecter", 1, TS, '24x7'],
  // traps: a signature's own lines that begin alike
  ['Question', 'How do I export all reports?\n\nBest regards\nJane Doe\nUpdated privacy policy: www.acme.com/privacy\nUpdates: follow us, we are never down', 3, TS],
]

describe('phrasings, round 77: an update under the signature', () => {
  it('reads a note added under the signature as a postscript', async () => {
    expect(await misread(UPDATES)).to.deep.equal([])
  })
})
