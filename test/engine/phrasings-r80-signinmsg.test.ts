// Round 80: a sign-in answered by an error message. "Hi, if I try to log in to CRM, it just says \"something went wrong\".
// Same for all colleagues." had read 3: the product's name and the frame "it just says" put the login and the failure's
// words too far apart for `sign-in failure` (window 6). New concept `sign-in message` ("log in ... it just says", "sign in
// ... it only shows") and rule `sign-in error message` (with a failure's words, 24x7); no padding, so "when I open the
// report, it just says \"no data\"" reads no lack of access. Traps: a message that names no failure, a question.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SIGN_IN_MESSAGE: Phrasing[] = [
  ['Desk', 'Hi, if I try to log in to CRM, it just says "something went wrong". Same for all colleagues.', 1, TS, '24x7'],
  ['Desk', 'When I try to log in to CRM, it just says "something went wrong". Same for all colleagues.', 1, TS, '24x7'],
  ['Desk', 'Whenever we sign in to Desk, it only shows "Oops, something went wrong".', 1, TS, '24x7'],
  ['Desk', 'When our agents log into Desk in the morning, it just says "error 500, please try again".', 1, TS, '24x7'],
  ['Desk', 'If anyone tries to sign in to the portal, it says "authentication failed".', 1, TS, '24x7'],
  ['Desk', 'When I try to log in to CRM, I get an error. Same for all colleagues.', 1, TS, '24x7'],
  ['Desk', 'When we try to log in to CRM, we get an error message.', 1, TS, '24x7'],
  ['Desk', 'Every time our agents try to sign in to Desk they get "invalid request".', 1, TS, '24x7'],
  // traps
  ['Desk', 'When I open the report, it just says "no data".', 3, TS],
  ['Desk', 'When I log in, it says "welcome back" and shows the dashboard.', 3, TS],
  ['Desk', 'If a user tries to log in from a blocked IP, what does it say? Is it an error?', 3, TS],
  ['Desk', 'When I log in, the dashboard just says "no deals yet".', 3, TS],
  ['Desk', 'When we try to log in to CRM, we get the new dashboard.', 3, TS],
  ['Desk', 'When users try to sign in with SSO, they get the Zoho page first. Is that expected?', 3, TS],
]

describe('phrasings, round 80: a sign-in answered by an error message', () => {
  it('reads "log in …, it just says \"something went wrong\"" as a login failure', async () => {
    expect(await misread(SIGN_IN_MESSAGE)).to.deep.equal([])
  })
})
