// Round 99 (found by probing short English tickets): "About 20 contacts didn't sync to Mailchimp, the rest did" had read 1
// (`not working`): the rest said to have done it is partly (2, `others not`). "Scheduled emails go out one hour early since
// the clock change" had read 3: early, as late, is off the time (worse, 2). Nothing synced at all stays 1.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PARTLY: Phrasing[] = [
  ['Xero', "Three of yesterday's invoices didn't reach Xero, the rest went through.", 2, TS, '24x5'],
  ['Mailchimp', 'Some contacts did not sync to Mailchimp last night; the rest did.', 2, TS, '24x5'],
  ['Reminders', 'Since the switch to summer time our reminder emails go out an hour early.', 2, TS, '24x5'],
  // trap: nothing went through
  ['Xero', 'None of the invoices reached Xero since Monday, the sync does not run at all.', 1, TS],
]

describe('phrasings, round 99: the rest did, an hour early', () => {
  it('reads the rest said to have done it as partly, and early as off the time', async () => {
    expect(await misread(PARTLY)).to.deep.equal([])
  })
})
