// Round 20 (branch r20-me2): values changed in the records said with figures (negative stock, balances
// reset to zero, transactions matched to the wrong invoices), a search that finds nothing whatever is
// asked, "undefined" shown for a value, verifying one's identity on every click.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FIGURES_AND_SEARCH: Phrasing[] = [
  ['Inventory', 'Stock levels jumped to negative numbers for every item after last night\'s sync.', 1, TS, '24x5'],
  ['Books', 'Bank reconciliation matched 300 transactions to the wrong invoices automatically.', 1, TS, '24x5'],
  ['People', 'Leave balances were reset to zero for all employees at midnight.', 1, TS, '24x5'],
  ['Help center', 'The help center search returns nothing for any keyword since the update.', 1, TS, '24x5'],
  ['Sign-in', 'Since the Zoho One upgrade our users are asked to verify their identity on every click.', 1, TS, '24x7'],
  ['Emails', 'Emails we send from CRM show our sender name as \'undefined\'.', 2, TS],
  // traps
  ['Search', 'How do we make the search return nothing for any internal article?', 3, TS],
  ['Upgrade', 'Please upgrade our customer to Zoho One Enterprise, 25 users.', 2, 'Upgrades'],
]

describe('phrasings of round 20, branch r20-me2', () => {
  it('reads figures changed in the records and a search that finds nothing as severity 1', async () => {
    expect(await misread(FIGURES_AND_SEARCH)).to.deep.equal([])
  })
})
