// Round 152: terse tickets typed on a phone or in a hurry. "inv" and "invs" stand for Zoho's invoice ("ur inv for
// march has wrong amt", "wrong addr on inv", "we got 2 invs for the same order"): Invoice changes, as the words
// written out are; "addr" is an address and "lic" licences. "inv" is the `invoice` concept's own word, no short form,
// so an invoice's number ("INV-004512 fehlt in CRM") names no lost record. A search that is "missing" records ("search
// missing contacts", "the search is missing contacts") leaves them out of its result (2, as "missing in the search
// results"), and a subject saying so yields to a body telling records left out by the search; records missing by
// count, or all gone, stay lost data (1, 24x5).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const IC = 'Invoice changes'

const INVOICES: Phrasing[] = [
  ['inv wrong amt', 'ur inv for march has wrong amt, we have 10 lic not 15. pls correct', 2, IC, '24x5'],
  ['wrong addr on inv', 'pls fix billing addr on ur inv INV-4411, its our old office', 2, IC, '24x5'],
  ['inv', 'pls resend last inv to accounts@harbourdental.example, we never got it', 2, IC, '24x5'],
  ['2 invs same order', 'we got 2 invs for the same order pls cancel one', 2, IC, '24x5'],
  ['inv wrong', 'ur inv says 25 users we only have 20 lic. pls fix', 2, IC, '24x5'],
  ['wrong company name', 'company name on ur inv is wrong, should be Okoro Holdings Ltd', 2, IC, '24x5'],
  // traps: the product's own invoices computed wrongly, an invoice's number beside a share, a product down
  ['books inv totals wrong', 'books inv totals are wrong, tax added twice on every inv', 2, TS, '24x5'],
  ['Sync', 'Die Integration synchronisiert einige Rechnungen, andere nicht. Beispiel: INV-004512 fehlt in CRM.', 2, TS, '24x5'],
  ['zoho inv down', 'zoho inv not loading for anyone', 1, TS, '24x7'],
]

const SEARCH: Phrasing[] = [
  ['search missing contacts', '', 2, TS, '24x5'],
  ['search missing contacts', 'search doesnt find all contacts, misses some that exist', 2, TS, '24x5'],
  ['missing contacts', 'search doesnt find all contacts, misses some that exist', 2, TS, '24x5'],
  ['contacts', 'the search is missing contacts since the update', 2, TS, '24x5'],
  ['tickets', 'search results missing some tickets, they exist', 2, TS, '24x5'],
  ['search missing tickets', 'since yday search is missing tickets created by email', 2, TS, '24x5'],
  // traps: records lost by count or all gone, a how-to under the subject, the search down for everyone
  ['contacts missing', '300 contacts are missing after the sync', 1, TS, '24x5'],
  ['missing contacts', 'all contacts gone from crm after import', 1, TS, '24x5'],
  ['search missing contacts', 'how do i make the search show archived contacts?', 3, TS, '24x5'],
  ['search down', 'search not working for anyone, error every time', 1, TS, '24x7'],
]

describe('phrasings, round 152: terse tickets typed in a hurry', () => {
  it('reads "inv" as the invoice', async () => {
    expect(await misread(INVOICES)).to.deep.equal([])
  })
  it('reads records a search is missing as left out of its result', async () => {
    expect(await misread(SEARCH)).to.deep.equal([])
  })
})
