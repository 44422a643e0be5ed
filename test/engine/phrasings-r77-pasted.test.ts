// Round 77: ">" lines in a new message, under no "On … wrote:", marker or header block, are lines the partner pastes
// (an error message, a monitoring status), no earlier message. "Hi,⏎Status from our monitoring:⏎> CRM is down for all
// users since 08:12" read 3: every ">" line was left out as a quote. Such lines are read now unless the subject is a
// reply's or a forward's ("Re:", "AW:", "Fwd:"): there they are the quoted message, as before; and under a quote's
// header they are quoted lines wherever the subject points.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'

const PASTED: Phrasing[] = [
  [ASK, 'Hi,\nStatus from our monitoring:\n> CRM is down for all users since 08:12\nThanks', 1, TS, '24x7'],
  [ASK, 'Hi,\nwhen anyone tries to sign in they get:\n> Service unavailable - nobody can log in\nPlease help.', 1, TS, '24x7'],
  [ASK, 'Type of Support request: Technical Support\nZoho product name: CRM\nDescription of the issue/question: all users get this error:\n> Login failed: service unavailable\nsince 9am', 1, TS, '24x7'],
  // traps: under a reply's subject or a quote's header, ">" lines are quoted
  ['Re: Export', 'Thanks, all fine now. How do I export the audit log?\n\n> CRM is down for all our users!', 3, TS],
  ['AW: Export', 'Danke, alles wieder gut. Wie exportiere ich das Audit-Log?\n\n> Seit 9 Uhr kann sich niemand anmelden.', 3, TS],
  ['Export', 'Thanks, all fine now. How do I export the audit log?\n\nOn Mon, 9 Mar 2026, Jane <jane@acme.com> wrote:\n> CRM is down for all our users!', 3, TS],
]

describe('phrasings, round 77: ">" lines a new message pastes', () => {
  it('reads ">" lines with no quote around them in a message that is no reply', async () => {
    expect(await misread(PASTED)).to.deep.equal([])
  })
})
