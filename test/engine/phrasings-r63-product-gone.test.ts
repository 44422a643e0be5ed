// Round 63 (branch r63-product-gone): a Zoho product said to be "gone" as a whole, the way a busy partner
// headlines an outage ("CRM gone", dev ticket r12sh-002), is the system unavailable (DOMAIN.md §4: 1; §5: 24x7).
// A thing gone from a product (a button, a menu entry) is no outage.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PRODUCT_GONE: Phrasing[] = [
  ['Desk gone', '', 1, TS, '24x7'],
  ['Help', 'Our Zoho Books is gone.', 1, TS, '24x7'],
  ['Urgent', 'The whole CRM has gone since the release this morning, every agent sees nothing.', 1, TS, '24x7'],
  // traps: a part of the product gone, or the product gone from a menu, is no outage
  ['Export button gone', '', 3, TS],
  ['Menu', 'The CRM is gone from the app launcher, how do I add it back?', 3, TS],
]

describe('phrasings, round 63: a product gone as a whole', () => {
  it('reads a Zoho product "gone" as an outage, and a part gone from it as none', async () => {
    expect(await misread(PRODUCT_GONE)).to.deep.equal([])
  })
})
