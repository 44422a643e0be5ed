// Round 78: "Nobody can log in again" had read 3: "can log in again" is a `resolved` cue (a login back), and the
// "nobody" before it, no negation word, did not turn it. Said by nobody, it is the login failure once more (concept
// `nobody again`, which the cue yields to). Traps: everyone able to log in again stays over.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NOBODY_AGAIN: Phrasing[] = [
  ['Desk', 'Nobody can log in again.', 1, TS, '24x7'],
  ['Desk', 'Since this morning nobody can log in again.', 1, TS, '24x7'],
  ['Desk', 'None of our users can log in again, same as last week.', 1, TS, '24x7'],
  ['Desk', "Nobody can sign in again after yesterday's fix.", 1, TS, '24x7'],
  ['Desk', 'None of us is able to log in again this morning.', 1, TS, '24x7'],
  // traps
  ['Re: Desk down', 'Everyone can log in again, thanks.', 3, TS],
  ['Re: Desk down', 'We can log in again. Thanks!', 3, TS],
  ['Re: Desk down', 'Everyone can log in again. Nobody can complain, thanks!', 3, TS],
  ['Re: Desk down', 'Good news, no one reported issues today, everyone can sign in again.', 3, TS],
]

describe('phrasings, round 78: nobody able to log in again', () => {
  it('reads "nobody can log in again" as the login failure once more', async () => {
    expect(await misread(NOBODY_AGAIN)).to.deep.equal([])
  })
})
