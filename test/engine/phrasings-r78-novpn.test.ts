// Round 78: a VPN ruled out beside a login nobody gets through. "No VPN, no proxy, and still nobody can log in." and
// "Nobody can log in, even without VPN." had read 3: "VPN" is an `outside party` (a failure outside Zoho), which the
// access rules yield to, and the negation before it did not take it away. A VPN or proxy said absent ("no VPN",
// "without VPN", "with or without VPN"), and the internet said working ("our internet works, but CRM is unreachable"),
// concept `outside party ruled out`, is no outside party. Trap: a VPN that is down
// stays the outside party.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NO_VPN: Phrasing[] = [
  ['Desk', 'No VPN, no proxy, and still nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'Nobody can log in, with or without VPN.', 1, TS, '24x7'],
  ['Desk', 'Nobody can log in, even without VPN.', 1, TS, '24x7'],
  ['Desk', 'Our internet works, but CRM is unreachable for all users.', 1, TS, '24x7'],
  // traps
  ['Desk', 'We cannot log in because our VPN is down.', 3, TS],
]

describe('phrasings, round 78: a VPN ruled out', () => {
  it('reads a login nobody gets through with no VPN in between as the login failure', async () => {
    expect(await misread(NO_VPN)).to.deep.equal([])
  })
})
