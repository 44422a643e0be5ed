// Round 97: filler and emphasis words inside the policy's phrases. An entry's words stand in a row unless it has a "..."
// gap, so a partner's "single", "last", "of", a head count, "now", "suddenly" or "all of a sudden" between two of its words
// hid it: "fails for every single employee" had read 3 where "fails for every employee" reads 1, and so had "every last
// agent is blocked", "all of the staff", "all 25 of our reps", "all our 40 users", "Alle 40 Mitarbeiter", "tous nos 12
// agents", "Desk has suddenly stopped". The policy's `reading.fillers` names the words that may stand inside a phrase
// without being its words, anywhere ("now", "suddenly") or only beside given words ("every (single)", "(each and) every",
// "all (of)", "our (#)"); impl/reading.ts findMentions steps over them where a phrase's next word must follow at once,
// and they take no room in a rule's window (impl/rules.ts), as a hedge does not.
// Traps: a filler that bears meaning stays a word ("one single user" is one user, "just now", "just a question", "not
// completely down" stays negated, "completely" in a how-to makes no report), and a how-to about every single user stays 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FILLERS: Phrasing[] = [
  // every single / each and every / every last
  ['Payroll export', 'Since Monday the payroll export fails for every single employee with "Invalid record".', 1, TS, '24x5'],
  ['Payslips', 'The payslip run fails for each and every employee this month.', 1, TS, '24x5'],
  ['Agents blocked', 'Every single agent is blocked since the update this morning.', 1, TS, '24x5'],
  ['Agents blocked', 'Every last one of our agents is blocked since the update.', 1, TS, '24x5'],
  ['Contacts', 'Every single contact throws an error.', 1, TS, '24x7'],
  ['API', 'Every single call to the API returns an error since 10am.', 1, TS, '24x5'],
  // all of the / head counts
  ['Reps blocked', 'All 25 of our reps are blocked since this morning.', 1, TS, '24x5'],
  ['Users affected', 'All our 40 users are affected since the release.', 1, TS, '24x5'],
  // (a filler takes no room in a rule's window: "all of our reps in the field are blocked" is within everyone + affected's 8)
  ['Reps blocked', 'All 30 of our reps in the field are blocked since this morning.', 1, TS, '24x5'],
  ['Staff blocked', 'All of the staff are blocked by this.', 1, TS, '24x5'],
  ['Blockiert', 'Alle 40 Mitarbeiter sind seit heute früh blockiert.', 1, TS, '24x5'],
  ['Bloqués', 'Tous nos 12 agents sont bloqués depuis ce matin.', 1, TS, '24x5'],
  // now / suddenly / all of a sudden inside a phrase
  ['Help desk', 'Our help desk has suddenly stopped.', 1, TS, '24x7'],
  ['CRM', 'The CRM has all of a sudden stopped.', 1, TS, '24x7'],
  ['Desk', 'Since the update nothing is currently working in Desk.', 1, TS, '24x7'],
  // traps: one single user stays one user (2); a how-to or a question about every single user stays 3; a fix told with
  // "now completely" is over; "just now" and "just a question" keep their meaning
  ['CRM app', 'The CRM app crashes for one single user; everyone else is fine.', 2, TS, '24x5'],
  ['Signatures', 'How do I add a signature for every single user?', 3, TS, '24x5'],
  ['Question', 'Just a question: can every single user export reports?', 3, TS, '24x5'],
  ['Field', 'Is there a way to completely hide the field for all of the users?', 3, TS, '24x5'],
  ['Dashboard', 'Can all 40 of our users share one dashboard?', 3, TS, '24x5'],
  ['Recovered', 'Thanks, the CRM has now completely recovered.', 3, TS, '24x5'],
  ['Dashboard', 'I just now noticed the dashboard shows last month\'s figures.', 2, TS, '24x5'],
]

describe('phrasings, round 97: filler words inside phrases', () => {
  it('reads every single, each and every, all of the, head counts, now and suddenly inside a phrase', async () => {
    expect(await misread(FILLERS)).to.deep.equal([])
  })
})
