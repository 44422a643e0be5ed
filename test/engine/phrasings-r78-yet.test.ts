// Round 78: "yet" said as "but" before the trouble. "SSO was fixed by our IT, yet nobody can log in." had read 3:
// "yet" is a `capability` word ("not available yet": a feature to come), which the access rules yield to. Before
// "nobody", "still", the product or its users (concept `yet as but`) it is a conjunction. Traps: a feature not there
// yet stays a question.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const YET: Phrasing[] = [
  ['Desk', 'SSO was fixed by our IT, yet nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'We cleared all caches, yet still nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'The status page shows green, yet no one can sign in.', 1, TS, '24x7'],
  // traps
  ['Desk', 'We cannot use the new blueprint feature yet. When will it be available in our edition?', 3, TS],
  ["Desk", "Users can't log in with SSO yet, how do we set it up?", 3, TS],
]

describe('phrasings, round 78: "yet" as "but"', () => {
  it('reads "…, yet nobody can log in" as the login failure', async () => {
    expect(await misread(YET)).to.deep.equal([])
  })
})
