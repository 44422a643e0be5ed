// Round 199: the partner portal's and the partner store's own functions (Operations, DOMAIN.md §1, §3, §4). Deal
// registration failing for every deal, or no deal registrable at all, is the partner kept from doing business through
// the portal: 1 on 24x5, Sales Discussions (concept `deal registering`, rules `deal registration fails everywhere`, `…
// on every try`, `cannot register deals`); the customer's or the partner's team said blocked over their licences or
// account is the customer's business stopped (rule `people blocked over their account`, 1), not over an invoice; one
// part of the portal named as what fails, "the commission report in the partner portal does not load", is no lack of
// access to the portal (`part of the place`: the default 2, Commission Payment by its words); an order or upgrade "not
// yet applied" is pending (`order pending`, 2). Traps: how-tos, one deal stuck, renewals asked (3), resolved.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. deal registration failing for every deal, or none registrable
  ['', "Deal registration in the partner portal fails for every deal, we can't register anything.", 1, 'Sales Discussions', '24x5'],
  ['Deal registration broken', 'Deal registration in the partner portal fails for every deal.', 1, 'Sales Discussions', '24x5'],
  ['Deal reg', 'Since this morning every deal registration we submit fails with an error.', 1, 'Sales Discussions', '24x5'],
  ['Deals', 'We are unable to register deals in the partner portal since Friday.', 1, 'Sales Discussions', '24x5'],
  ['Deal-Registrierung', 'Die Deal-Registrierung im Partnerportal schlägt bei jedem Deal fehl.', 1, 'Sales Discussions', '24x5'],
  ['', "L'enregistrement des opportunités dans le portail partenaire échoue pour chaque affaire.", 1, 'Sales Discussions', '24x5'],
  ['Deal registration', 'One deal registration has been pending approval for ten days.', 2, 'Sales Discussions', '24x5'],
  ['Deal registration', 'How do I register a deal for a new prospect?', 3, 'Sales Discussions', '24x5'],
  ['Deal registration', 'Deal registration works again, thanks, you can close this.', 2, 'Sales Discussions', '24x5'],
  // 2. the customer's team blocked over what was bought
  ['', "We bought 50 licenses in the store but our client still can't use any of them, their team is blocked.", 1, 'Store Related', '24x5'],
  ['Licences', 'We renewed the subscription for our customer last week, but their team is blocked since Monday.', 1, 'Payments Renewal', '24x5'],
  ['Rechnung', 'Bitte korrigieren Sie den Firmennamen auf der Rechnung, die Buchhaltung unseres Kunden ist blockiert, bis das geändert ist.', 2, 'Invoice changes', '24x5'],
  ['Invoice', 'Their accounts payable team is blocked until the company name on your invoice is corrected.', 2, 'Invoice changes', '24x5'],
  // 3. one part of the portal failing, the portal reachable
  ['', 'The commission report in the partner portal does not load.', 2, 'Commission Payment', '24x5'],
  ['Commission report', 'The commission report in the partner portal does not load.', 2, 'Commission Payment', '24x5'],
  ['', 'Der Provisionsbericht im Partnerportal lädt nicht.', 2, 'Commission Payment', '24x5'],
  ['', 'Le rapport de commissions du portail partenaire ne se charge pas.', 2, 'Commission Payment', '24x5'],
  ['', 'The partner portal does not load at all.', 1, 'Store Related', '24x5'],
  ['', "We can't log in to the partner portal, so we can't check the commission report either.", 1, 'Store Related', '24x5'],
  // 4. an order or an upgrade not yet applied
  ['Upgrade', "The upgrade to Enterprise we ordered in the store has not been applied to the customer's account yet.", 2, 'Upgrades', '24x5'],
  // 5. kept right
  ['', 'Checkout in the partner store fails for all our orders.', 1, 'Store Related', '24x5'],
  ['', 'Der Store lässt uns keine Bestellung mehr abschließen.', 1, 'Store Related', '24x5'],
  ['', 'La boutique partenaire refuse toutes nos commandes.', 1, 'Store Related', '24x5'],
  ['', 'Our commission payout is two weeks late.', 2, 'Commission Payment', '24x5'],
  ['', 'When is our partner agreement up for renewal?', 3, 'Payments Renewal', '24x5'],
  ['Renouvellement', 'Nous souhaitons renouveler notre compte partenaire.', 3, 'Payments Renewal', '24x5'],
]

describe('phrasings, round 199: the partner portal and store functions', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
