// Round 80: an inability protested as a question. "How is it possible that we can't log in at all?" had read 3: the
// hypothesis "is it possible that" held the login failure, and round 78's `indignant how` named only "nobody". It now
// holds "how is it possible that ... can't / cannot / are unable" (and "how can it be that", "how is it that"), keeping
// the inability it ends on (`keepsNegation`). Traps: a real question whether something can happen, and an inability that
// names no failure.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PROTESTED: Phrasing[] = [
  ['Desk', 'How is it possible that we can\'t log in at all?', 1, TS, '24x7'],
  ['Desk', 'How is it possible that we cannot log in?', 1, TS, '24x7'],
  ['Desk', 'How is it possible that our agents are unable to sign in since this morning?', 1, TS, '24x7'],
  ['Desk', 'How is it that we still can\'t access our account?', 1, TS, '24x7'],
  ['Desk', 'How is it possible that we cannot access Desk at all?', 1, TS, '24x7'],
  ['Desk', 'How is it possible that nobody in our company can log in?', 1, TS, '24x7'],
  ['Desk', 'How can it be that no one in the office can sign in?', 1, TS, '24x7'],
  // traps
  ['Desk', 'Is it possible that a user is logged out when the session ends?', 3, TS],
  ['Desk', 'How is it possible that a user gets logged out when the session ends?', 3, TS],
  ['Desk', 'Is it possible that we cannot log in during the maintenance?', 3, TS],
  ['Desk', 'How is it possible that we can\'t see the report? Where is it?', 3, TS],
  ['Desk', 'Is it possible that nobody can log in during the maintenance?', 3, TS],
]

describe('phrasings, round 80: an inability protested as a question', () => {
  it('reads "how is it possible that we can\'t …" as the inability it protests', async () => {
    expect(await misread(PROTESTED)).to.deep.equal([])
  })
})
