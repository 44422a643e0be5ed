// Round 68 (branch r68-not-back-up): a product that crashed or went off and "won't come back up" / "did not come back
// online" is down (DOMAIN.md §4: 1; §5: 24x7); one that "came back up at 4" or "came back online around 10:15" is an
// outage over, told afterwards (the resolved cue, as "came back by" already was).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const BACK_UP: Phrasing[] = [
  ['Books', 'Zoho Books froze around noon and will not come back up for any of us.', 1, TS, '24x7'],
  ['Portal', 'After your maintenance last night the help center never came back online.', 1, TS, '24x7'],
  // traps: back up at a time is over; asked about is a question; down again after is down
  ['FYI', 'Our CRM went offline at 02:10 and came back up at 02:40. No action needed, just for your records.', 3, TS],
  ['Question', 'If Desk restarts during an update, will it come back up on its own?', 3, TS],
  ['Again', 'CRM was down at 8 and was back up at 9, but since 11 it is down again for every user.', 1, TS, '24x7'],
]

describe('phrasings, round 68: a product that does not come back up', () => {
  it('reads "won\'t come back up" as down and "came back up at" as over', async () => {
    expect(await misread(BACK_UP)).to.deep.equal([])
  })
})
