// Round 78: a complaint said as a question. "How is it possible that nobody can log in?" had read 3: "is it possible
// that" is a hypothesis (a case asked about). Before nobody ("how is it possible that nobody", "how can it be that no
// one"; concept `indignant how`, to which the cue yields) it protests a fact. Traps: the same words asking how
// something works stay how-tos.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const INDIGNANT: Phrasing[] = [
  ['Desk', 'How is it possible that nobody can log in?', 1, TS, '24x7'],
  ['Desk', 'How can it be that Desk is down again for all users?', 1, TS, '24x7'],
  ['Desk', 'How is it possible that CRM is down for the third time this week?', 1, TS, '24x7'],
  // traps
  ['Desk', 'Is it possible that users get locked out after 5 failed logins?', 3, TS],
  ['Desk', 'How is it possible to restrict login to certain IPs?', 3, TS],
  ['Desk', 'How is it possible that a user gets logged out when the session times out? Where is this configured?', 3, TS],
]

describe('phrasings, round 78: a complaint said as a question', () => {
  it('reads "how is it possible that nobody can log in?" as the login failure', async () => {
    expect(await misread(INDIGNANT)).to.deep.equal([])
  })
})
