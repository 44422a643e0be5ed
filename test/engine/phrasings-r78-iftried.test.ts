// Round 78: an attempt told with "if" is a fact, as "when" tells it. "If we try to log in, we get 'invalid session'.
// All users." had read 3: the hypothesis "if" set the login aside. A `hypothetical` cue that an `attempted` phrase
// ("if we try to", "if anyone tries to") begins at is none where its sentence asks nothing; asked ("If someone tries
// to log in from a blocked IP, what error do they see?") it stays a hypothesis.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const IF_TRIED: Phrasing[] = [
  ['Desk', 'If we try to log in, we get "invalid session". All users.', 1, TS, '24x7'],
  ['Desk', 'If I try to log in I get an error, and so does everyone else.', 1, TS, '24x7'],
  ['Desk', 'If anyone tries to log in, it fails. This started at 9.', 1, TS, '24x7'],
  ['Desk', 'If we try to log in, we get an error. Is this a known issue?', 1, TS, '24x7'],
  // traps: asked, a hypothesis
  ['Desk', 'If I try to log in with SSO, will it fail when the certificate expires?', 3, TS],
  ['Desk', 'If someone tries to log in from a blocked IP, what error do they see?', 3, TS],
  ['Desk', 'What happens if a user tries to log in after being deactivated?', 3, TS],
  ['Desk', 'Will users be locked out if they try to log in too many times?', 3, TS],
  ['Desk', 'If we try to log in after the maintenance, will we need to reset our passwords?', 3, TS],
]

describe('phrasings, round 78: an attempt told with "if"', () => {
  it('reads "if we try to log in, we get an error" as a fact where the sentence asks nothing', async () => {
    expect(await misread(IF_TRIED)).to.deep.equal([])
  })
})
