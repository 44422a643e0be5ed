// Round 77: a closing with a sentence right under it is no signature, period or not. "Hi,⏎We have an issue with
// the CRM.⏎Thanks!⏎Nobody can log in since 9am" had read 3: the thanks was taken for a signature's closing and the
// outage under it cut, since round 76 read on only past a greeting or a sentence of five words ending in a period.
// A line under a closing is the partner's words going on when it is a sentence by its words (three or more, one of
// `reading.sentenceWords` among them: "we", "can", "nobody", "since", …, not each capitalised as a name or a team
// is); a name, a title, a company, a team under a closing stay cut with everything under them. A closing line
// going on with such words ("Thanks, nobody can login") is no closing with a name after it.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'

const SENTENCE: Phrasing[] = [
  [ASK, 'Hi,\nWe have an issue with the CRM.\nThanks!\nNobody can log in since 9am', 1, TS, '24x7'],
  [ASK, 'Hi Zoho Partner Support team\nThanks in advance\nAll our users cannot login since this morning', 1, TS, '24x7'],
  [ASK, 'Hello,\nHope you are well.\nThanks in advance\nNobody can log in to CRM', 1, TS, '24x7'],
  [ASK, 'Hey guys,\nquick one for you.\nCheers\nCRM is down for all users since 8:00 CET', 1, TS, '24x7'],
  [ASK, 'Hi,\nsorry to bother you on a Sunday.\nBest,\nnone of our 40 users can sign in to Zoho One', 1, TS, '24x7'],
  [ASK, 'Hi,\nsorry for the short notice.\nThank you\nThe portal is down for all users, see https://acme.zohodesk.eu/portal', 1, TS, '24x7'],
  // a "--" or "__" line used as a divider, a sentence under it
  [ASK, 'Hi,\nsee the details below.\n--\nCRM is down for all users since 8am', 1, TS, '24x7'],
  // a template's one-line value, a thanks, then the partner's words
  [ASK, 'Customer email address: it@acme.com\nThanks!\nall users locked out of CRM since 9am\nType of Support request: Technical Support', 1, TS, '24x7'],
  ['Anfrage', 'Hallo,\nkurze Frage vorab.\nDanke\nniemand kann sich seit 8 Uhr im CRM anmelden', 1, TS, '24x7'],
  ['Demande', 'Bonjour,\nune question urgente.\nMerci\npersonne ne peut se connecter au CRM depuis ce matin', 1, TS, '24x7'],
  // a closing line going on with a sentence's words is none ("Thanks, nobody can login")
  [ASK, 'Hi team,\nwe updated yesterday.\nThanks, nobody can login', 1, TS, '24x7'],
  [ASK, 'Hello,\nsince the update:\nCheers, nothing works', 1, TS, '24x7'],
  // traps: a name, a title, a team under the closing keep the signature and what is under it out of the reading
  ['Question', 'How do I export all reports?\n\nThanks, Jane Doe\nIT Manager | if CRM is down call +44 20 7946 0000', 3, TS],
  ['Question', 'How do I export all reports?\n\nBest regards\nThe Acme Support Team\nOutage hotline: +44 20 7946 0000', 3, TS],
  ['Question', 'How do I export all reports?\n\nThanks,\nHead of IT Operations, Acme Ltd\n24/7 incident line: if our systems are down call +44 20 7946 0000', 3, TS],
  ['Question', 'How do I export all reports?\n\nKind regards\nJane Doe\nThis e-mail is confidential. If our systems are down, nobody can read it.', 3, TS],
  ['Question', 'How do I export all reports?\n\n-- \nJane Doe | Acme Ltd\nWe are never down: 99.99% uptime, nobody locked out', 3, TS],
  ['Frage', 'Wie exportiere ich alle Berichte?\n\nViele Grüße\nMax Mustermann\nNiemand kann sich anmelden? Bei einem Ausfall erreichen Sie uns 24/7.', 3, TS],
]

describe('phrasings, round 77: a sentence under a closing', () => {
  it('reads on past a closing with a sentence right under it, and cuts a name, a title or a team', async () => {
    expect(await misread(SENTENCE)).to.deep.equal([])
  })
})
