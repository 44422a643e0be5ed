// Round 73 (branch r73-terse): short English tickets probed after rounds 60-72. A product that answers "Application
// not found" to every user shows an error page to everyone (24x7); records that are "no longer coming into" a product
// are its work stopped (1); a "total blackout" is an outage (24x7).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TERSE: Phrasing[] = [
  ['Portal', 'The customer portal answers "Portal not found" for all our customers since 8.', 1, TS, '24x7'],
  ['Sync', 'Leads from our website are no longer coming into CRM at all since Friday.', 1, TS],
  ['Complete blackout', 'Desk, CRM and Books: complete blackout for our whole company.', 1, TS, '24x7'],
  // traps: a question about what comes in; calendar blackout dates; one user's link
  ['Limit', 'What happens to emails coming into Desk once we reach the mailbox limit?', 3, TS],
  ['Bookings', 'How can we set blackout dates in the booking calendar?', 3, TS],
]

describe('phrasings, round 73: short English tickets', () => {
  it('reads "not found" for everyone, work no longer coming into a product and a blackout as severity 1', async () => {
    expect(await misread(TERSE)).to.deep.equal([])
  })
})
