// Round 78: an attempt made over and over beside a login nobody gets through. "Whatever we do, nobody can log in."
// and "No matter what we do, we cannot access CRM." had read 3: "whatever we do", "no matter what", "every time we"
// were words of `every transaction` (a card declined whatever the card), which the access rules set aside in their
// sentence. They are `every try` now: errors on each stay errors on every attempt (1, 24x5), and a login that fails
// whatever is tried is the login failure (24x7). Traps: the card and the saves keep their readings.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const EVERY_TRY: Phrasing[] = [
  ['Desk', 'Whatever we do, nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'No matter what we do, we cannot access CRM.', 1, TS, '24x7'],
  ['Desk', "Whatever I do, I can't log in, and neither can anyone else.", 1, TS, '24x7'],
  ['Desk', 'No matter which browser, nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'Every time we try, nobody can log in.', 1, TS, '24x7'],
  // traps: errors on every save or payment stay errors on every attempt or transaction (24x5)
  ['Desk', 'Every time we save a ticket we get an error.', 1, TS, '24x5'],
  ['Desk', 'Whatever we do, the payment fails for every customer.', 1, TS, '24x5'],
]

describe('phrasings, round 78: a login that fails whatever is tried', () => {
  it('reads "whatever we do, nobody can log in" as the login failure', async () => {
    expect(await misread(EVERY_TRY)).to.deep.equal([])
  })
})
