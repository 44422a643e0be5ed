// Round 76: a closing said before the partner's words is a courtesy, no signature. "Hi team,⏎Thanks in
// advance!⏎Our CRM is down for all users" had read 3: the thanks was taken for a signature's closing and
// everything under it cut. A closing is a signature's only under the partner's words (not with a mere
// greeting above it) and with no sentence right after it; a name, a title, a disclaimer under it stay cut.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const COURTESY: Phrasing[] = [
  ['Urgent', 'Hi team,\nThanks in advance!\nOur CRM is down for all users since 9am.', 1, TS, '24x7'],
  ['Help needed', 'Hello,\n\nMany thanks in advance.\n\nOur Zoho Books organisation has been unavailable since 6am for all users.', 1, TS, '24x7'],
  ['Dringend', 'Hallo zusammen,\nvielen Dank vorab!\nSeit heute Morgen kann sich niemand mehr im CRM anmelden.', 1, TS, '24x7'],
  ['Urgent', 'Bonjour,\nMerci d\'avance.\nPlus personne ne peut se connecter à Zoho CRM depuis ce matin.', 1, TS, '24x7'],
  ['Portal', 'We need your help.\nThank you.\nNobody in our office can log in to the portal since the update.', 1, TS, '24x7'],
  // traps: a real signature under a question keeps its name and disclaimer out of the reading
  ['Question', 'How do I add a custom field to the deal layout?\n\nThanks,\nJane Doe\nIf you received this email in error, our systems may be down; please delete it.', 3, TS],
  ['Layout', 'Hi,\nhow can I change the ticket layout?\n\nBest regards\nJohn Smith\nIT Manager | Acme Ltd | outage hotline +44 20 7946 0000', 3, TS],
]

describe('phrasings, round 76: a thanks said before the partner\'s words', () => {
  it('reads on past a closing with only a greeting above it or a sentence right after it', async () => {
    expect(await misread(COURTESY)).to.deep.equal([])
  })
})
