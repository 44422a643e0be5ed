// Round 77: what follows a one-line field's value on its own line is the partner's words. "Severity: 1 - CRM is
// down for all users" read 1 but 24x5 (the 24x7 clock needs the outage read, and only the value's line was there);
// "Type of Support request: Technical Support - CRM down for all users", "Screenshots/screen cast: none, the whole
// help center is down" and "Severity: urgent - CRM is down" read 3: a one-line field's first line was its value,
// whole, and only the lines under it were read. The value ends at a spaced dash, a comma, a semicolon, a bracket
// or ": "; what follows on the line is read (e-mail addresses left out: a list of them is the value).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'

const ONE_LINE: Phrasing[] = [
  [ASK, 'Severity: 1 - CRM is down for all users', 1, TS, '24x7'],
  [ASK, 'Type of Support request: Technical Support\nSeverity: 1 - nobody can log in since 9am\nZoho product name: CRM\nDescription of the issue/question: see severity', 1, TS, '24x7'],
  [ASK, 'Severity: critical, all our users are locked out', 1, TS, '24x7'],
  [ASK, 'Hi,\nSeverity: urgent - CRM is down for all users', 1, TS, '24x7'],
  [ASK, 'Type of Support request: Technical Support - CRM down for all users', 1, TS, '24x7'],
  [ASK, 'Customer email address: it@acme.com (all users of this org are locked out)\nType of Support request: Technical Support', 1, TS, '24x7'],
  [ASK, 'Type of Support request: Technical Support\nZoho product name: Desk\nDescription of the issue/question: help center\nScreenshots/screen cast: none, the whole help center is down for all customers', 1, TS, '24x7'],
  ['Anfrage', 'Art der Supportanfrage: Technischer Support - seit 8 Uhr kann sich niemand anmelden', 1, TS, '24x7'],
  ['Demande', 'Gravité : 1 - personne ne peut se connecter depuis ce matin', 1, TS, '24x7'],
  // traps: what follows says nothing, or negates; a list of addresses is the value
  ['Question', 'Type of Support request: Technical Support (no outage, just a question)\nZoho product name: CRM\nDescription of the issue/question: how do I export reports?', 3, TS],
  ['Question', 'Type of Support request: Technical Support\nZoho product name: CRM\nDescription of the issue/question: how do I export reports?\nScreenshots/screen cast: none, it is a how-to question', 3, TS],
  ['Question', 'Customer email address: it@acme.com; outage-alerts@acme.com\nType of Support request: Technical Support\nDescription of the issue/question: how do I export reports?', 3, TS],
  ['Question', 'Severity: 3 - not urgent, nobody is blocked\nDescription of the issue/question: how do I export reports?', 3, TS],
  ['Invoice', 'Type of Support request: Invoice changes, the company name is wrong on invoice 1234\nDescription of the issue/question: please correct it', 2, 'Invoice changes'],
]

describe('phrasings, round 77: the words after a one-line value on its line', () => {
  it("reads what follows a one-line field's value on its own line as the partner's words", async () => {
    expect(await misread(ONE_LINE)).to.deep.equal([])
  })
})
