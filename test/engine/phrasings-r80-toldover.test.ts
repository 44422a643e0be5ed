// Round 80: an incident told as over in the sentence after it. "CRM was down this morning. It was fixed at noon." and
// "We had an outage this morning; once it was fixed everything worked." had read 1 on 24x7: a plain "was fixed" sets aside
// only its own sentence (round 78 kept "It was fixed last week." after "The sync stopped again this morning." an earlier
// fix). `resolvedSince` now holds a fix told at its hour ("was fixed at", "was restored around", "came back up at") and
// one told as the start of what followed ("once it was fixed", "once it was resolved ... everyone could work"): over
// since, the sentence before it too. Traps: a fix with no hour after a trouble again, a trouble after the fix.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TOLD_OVER: Phrasing[] = [
  ['Desk', 'CRM was down this morning. It was fixed at noon.', 3, TS],
  ['Desk', 'The sync stopped yesterday. It was fixed and came back up at noon.', 3, TS],
  ['Desk', 'We had an outage this morning; once it was fixed everything worked.', 3, TS],
  ['Desk', 'Desk was down for an hour. It was restored at 11:00.', 3, TS],
  ['Desk', 'The portal was unreachable this morning. It came back up at noon.', 3, TS],
  ['Desk', 'We had an outage from 9 to 10. Once it was resolved, everyone could work.', 3, TS],
  ['Desk', 'Nobody could log in this morning. It was fixed around 10.', 3, TS],
  ['Desk', 'Desk was down for two hours today. After it was restored, everything worked normally.', 3, TS],
  ['Desk', 'CRM was down for an hour, once it was fixed everything worked again.', 3, TS],
  ['Desk', 'Desk was down this morning. Your team fixed it at noon.', 3, TS],
  ['Desk', 'Desk was down this morning. It has been fixed since noon.', 3, TS],
  // traps
  ['Desk', 'The sync stopped again this morning. It was fixed last week.', 1, TS],
  ['Desk', 'Desk is down again. Thanks for fixing it last time.', 1, TS, '24x7'],
  ['Desk', 'CRM is down since 9. It was fixed yesterday but now it is down again.', 1, TS, '24x7'],
  ['Desk', 'CRM is down since 9. It was fixed at noon yesterday but it went down again this morning.', 1, TS, '24x7'],
  ['Desk', 'Desk was down this morning. It was fixed at noon but now nobody can log in again.', 1, TS, '24x7'],
  ['Desk', 'Our portal is down. Once it was fixed last time, it took a day to sync.', 1, TS, '24x7'],
  ['Desk', 'Desk was down this morning. Once it was fixed, the workflows stopped working.', 1, TS],
  ['Desk', 'We had an outage this morning; once it was fixed, nobody could work for another hour.', 1, TS],
  ['Desk', 'We had an outage this morning. After it was restored we still could not work.', 1, TS],
  ['Desk', 'Desk is down again. It has been fixed since Monday, but today it is down again.', 1, TS, '24x7'],
]

describe('phrasings, round 80: an incident told as over in the sentence after it', () => {
  it('reads a fix told at its hour, or as the start of what followed, as over', async () => {
    expect(await misread(TOLD_OVER)).to.deep.equal([])
  })
})
