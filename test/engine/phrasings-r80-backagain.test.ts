// Round 80: a trouble a relative clause says was fixed, back. "The login problem that was resolved last week is back." had
// read 3 and "The outage that was resolved yesterday has started again, nobody can work." 1 on 24x5: the fix inside the
// relative clause set aside the trouble it names, and "is back" read as a second fix. `trouble back` holds "that was
// resolved ... is back", "which was fixed ... started again", "that you fixed ... back again": the fix was earlier, the
// trouble is here. Traps: a fix told on its own ("the outage was resolved and CRM is back"), a trouble that stayed away.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const BACK_AGAIN: Phrasing[] = [
  ['Desk', 'The outage that was resolved yesterday has started again, nobody can work.', 1, TS, '24x7'],
  ['Desk', 'The login problem that was resolved last week is back.', 1, TS, '24x7'],
  ['Desk', 'The outage that was fixed on Monday is back.', 1, TS, '24x7'],
  ['Desk', 'The login issue that was resolved yesterday has started again.', 1, TS, '24x7'],
  ['Desk', 'The outage which was resolved this morning is back again.', 1, TS, '24x7'],
  ['Desk', 'The login error that you fixed last week is back.', 1, TS, '24x7'],
  ['Desk', 'The outage that was resolved yesterday started again this morning.', 1, TS, '24x7'],
  ['Desk', 'The outage that was resolved yesterday has begun again.', 1, TS, '24x7'],
  ['Desk', 'The login failure which had been fixed on Friday is back this morning.', 1, TS, '24x7'],
  ['Desk', 'The downtime that you resolved last night has started again.', 1, TS, '24x7'],
  ['Desk', 'The sign-in errors that were fixed last week are back.', 1, TS, '24x7'],
  ['Desk', 'The login issue you fixed on Monday is back.', 1, TS, '24x7'],
  ['Desk', 'The outage you resolved yesterday has started again.', 1, TS, '24x7'],
  ['Desk', 'The outage from yesterday is back.', 1, TS, '24x7'],
  ['Desk', 'The login errors from this morning are back.', 1, TS, '24x7'],
  // traps
  ['Desk', 'The outage was resolved and CRM is back.', 3, TS],
  ['Desk', 'CRM was down but it is back.', 3, TS],
  ['Desk', 'The login problem was resolved last week and has not come back.', 3, TS],
  ['Desk', 'The outage that hit us this morning is over and CRM is back.', 3, TS],
  ['Desk', 'The sync that was fixed yesterday is running again.', 3, TS],
  ['Desk', 'The login problem that you fixed is gone, thanks.', 3, TS],
  ['Desk', 'Thanks, you fixed the outage and CRM is back.', 3, TS],
  ['Desk', 'The outage from yesterday is over and CRM is back.', 3, TS],
]

describe('phrasings, round 80: a trouble said fixed in a relative clause, back', () => {
  it('reads the trouble back after the fix its relative clause tells', async () => {
    expect(await misread(BACK_AGAIN)).to.deep.equal([])
  })
})
