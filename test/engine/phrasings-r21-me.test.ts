// Round 21 (branch r21-me): colloquial words for lost data and for a session that ends at once.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const COLLOQUIAL: Phrasing[] = [
  ['Deals', 'All the notes on our deals have evaporated.', 1, TS, '24x5'],
  ['Desk', 'Agents get kicked to a \'Session expired\' page every few seconds.', 1, TS, '24x7'],
  ['Extension', 'The Chrome extension for Desk logs everyone out the moment they open Gmail.', 1, TS, '24x7'],
  ['Telephony', 'Calls drop after exactly 60 seconds for every agent, mid-conversation.', 1, TS],
  // traps
  ['Telephony', 'How do we see dropped calls in the telephony report?', 3, TS],
  ['Idle logout', 'Can we set Desk to log users out after 8 hours of inactivity?', 3, TS],
  ['Session', 'What happens when the session expired page shows, do we lose unsaved work?', 3, TS],
  ['Migration', 'Our enthusiasm for the old tool has evaporated, we want to move to Zoho.', 3, TS],
]

describe('phrasings of round 21, branch r21-me', () => {
  it('reads notes that evaporated as lost data and a session expired every few seconds as a login failure', async () => {
    expect(await misread(COLLOQUIAL)).to.deep.equal([])
  })
})
