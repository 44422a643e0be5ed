// Round 18 (branch r18-terse): the meanings behind the first-read misses of grown-61.yaml (very short English
// tickets sent from a phone), in other words and languages than the tickets, with traps that must not read so.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'
const PR = 'Payments Renewal'
const IC = 'Invoice changes'
const CP = 'Commission Payment'
const TE = 'Trial Extension'
const PM = 'Product Management Related'

// Short forms written on a phone ("acct", "cust", "pls", "comm", "err", "nos") are the words they stand for
// (policy `reading.shortForms`, and "phone nos" / "inv copy" as phrases: "nos" is French, "INV-" an invoice's number).
const SHORT_FORMS: Phrasing[] = [
  ['demo acct pls', '', 2, TE, '24x5'],
  ['test acct needed', 'for a cust pitch next wk', 2, TE],
  ['partner acct locked', '', 1, SR, '24x5'],
  ['locked out', 'our partner acct is locked since this am', 1, SR, '24x5'],
  ['close cust acct', 'cust moving to HubSpot, pls close their acct', 1, PR, '24x5'],
  ['comm not paid', 'q3 comm still not recvd', 2, CP],
  ['inv copy pls', '', 2, IC],
  ['books 500 err', '', 1, TS, '24x7'],
  ['login err', 'all users get an err at login to CRM since 9', 1, TS, '24x7'],
  ['order nos lost after migration', '', 1, TS, '24x5'],
  ['phone nos gone', 'all contacts lost their phone nos overnight', 1, TS, '24x5'],
  // traps: a French "nos", an invoice's number, an admin's how-to, a short form in a how-to
  ['nos clients', 'nos clients ne peuvent pas se connecter au CRM', 1, TS, '24x7'],
  ['Rechnungen nach CRM', 'Manche Rechnungen werden nach CRM synchronisiert, andere nicht. Beispiel: INV-004512 fehlt in CRM.', 2, TS],
  ['phone nos field', 'how do i make the phone nos field mandatory?', 3, TS],
  ['acct q', 'how do i add a 2nd admin to the cust acct?', 3],
]

// A figure said off in few words ("calc off", "numbers off", "1p out", "a diff figure than"): a result, 2.
const FIGURES_OFF: Phrasing[] = [
  ['VAT calc off', '', 2, TS],
  ['discount calcs off since update', '', 2, TS],
  ['pipeline totals off', '', 2, TS],
  ['quote total a penny out', 'vs our own spreadsheet', 2, TS],
  ['invoice totals 2p out', 'Books totals 2p out on a few invoices vs manual', 2, TS],
  ['dashboard', 'deals chart gives a diff number than the deals report', 2, TS],
  // traps: turning a thing off, a person off, a plan that is right
  ['turn tax off', 'how do i turn the tax off for export customers?', 3, TS],
  ['switch vat off', 'how to switch vat off on quotes?', 3],
  ['which plan?', 'which is right for a 10-user team, CRM Plus or Zoho One?', 2],
]

// An Operations show-stopper's own words are not Technical Support's, also where the same word is read as
// another concept too ("broken" is the login's failure and a symptom word; "crashed", "kaputt").
const SHOW_STOPPER_WORDS: Phrasing[] = [
  ['store login broken', "can't log into the partner store since this morning", 1, SR, '24x5'],
  ['portal sign-in crashed', 'nobody on our team can get into the partner portal today', 1, SR, '24x5'],
  ['portal broken', 'partner portal login fails for all of us w/ invalid password', 1, SR, '24x5'],
  ['Portal-Login kaputt', 'Wir kommen seit heute früh nicht mehr ins Partnerportal.', 1, SR, '24x5'],
  // traps: a product's login, a customer portal of the product
  ['CRM login broken', 'none of our users can log in to CRM since 9', 1, TS, '24x7'],
  ['client portal login broken', "customers can't log into the help center portal since update", 1, TS, '24x7'],
]

// The partner portal or the store said broken: it does not work, an Operations show-stopper (1, 24x5).
const PORTAL_BROKEN: Phrasing[] = [
  ['partner portal broken', '', 1, SR, '24x5'],
  ['zoho store totally busted', 'pls fix', 1, SR, '24x5'],
  ['Partnerportal kaputt', '', 1, SR, '24x5'],
  ['portail partenaire cassé', '', 1, SR, '24x5'],
  // traps: a link to it, its look, the product broken with the portal named beside it
  ['link broken', 'the link to the partner portal is broken', 2, SR],
  ['portal link', 'partner portal link in your email is broken', 2, SR],
  ['portal', 'partner portal logo looks broken on mobile', 2, SR],
]

// An order placed and waiting in the store ("still pending", "not processed yet"): a delay, the team default 2,
// not buying that fails.
const ORDER_PENDING: Phrasing[] = [
  ['store order stuck', 'order for Hartley Ltd stuck, shows pending in the partner store since mon', 2, SR],
  ['order not processed', 'we ordered 15 CRM licences in the zoho store on friday, order still not yet processed', 2, SR],
  ['store order', 'order for 10 Desk licences placed in partner store mon, not processed yet. pls chk', 2, SR],
  ['Bestellung im Store', 'Die Bestellung im Store steht seit drei Tagen auf ausstehend, bitte prüfen.', 2, SR],
  ['commande bloquée', 'La commande passée dans la boutique partenaire est toujours en attente de validation depuis lundi.', 2, SR],
  // traps: buying that fails
  ['store checkout error', "can't place any order in the partner store, checkout fails w/ error", 1, SR, '24x5'],
  ['store', "we can't place orders in the partner store, the one from monday is still pending too", 1, SR, '24x5'],
  ['order fails', 'every order in the partner store fails at payment since this morning', 1, SR, '24x5'],
  ['commande impossible', 'impossible de commander dans la boutique partenaire, erreur au paiement', 1, SR, '24x5'],
]

// A feature request in a short form ("feature req", "log it as a feature"): Product Management Related, exempt.
const FEATURE_ASKED: Phrasing[] = [
  ['kanban in Projects?', 'cust wants kanban swimlanes, pls log it as a feature', 3, PM],
  ['feature req', 'bulk edit of ticket owner in Desk list view', 3, PM],
  ['Books', 'feat req from 2 clients: multi-currency price lists', 3, PM],
  // trap: a request that is not for a feature
  ['req', 'pls send the renewal quote for Acme', 3, PR],
]

// Where to find a thing, asked with the place in between ("where in the portal do i find …"): a how-to (3).
const WHERE_TO_FIND: Phrasing[] = [
  ['where are invoices?', 'where in the partner portal do we find the invoices for our customers?', 3, IC],
  ['commission stmt', "where in the store can i find last month's commission statement?", 3, CP],
  ['payout', 'where exactly do i find our payouts in the portal?', 3, CP],
  ['Provisionsabrechnung', 'Wo im Partnerportal finde ich die Provisionsabrechnungen?', 3, CP],
  ['relevé', 'Où dans le portail partenaire puis-je trouver les relevés de commission ?', 3, CP],
  // trap: where the money is
  ['where is our commission?', 'q3 commission still not paid, where is it?', 2, CP],
]

// A customer who wants out of Zoho, or billing to stop, said in a few words: a cancellation (1, 24x5).
const WANTS_OUT: Phrasing[] = [
  ['cust wants out', 'cust wants out of zoho one, pls stop billing', 1, PR, '24x5'],
  ['Brio', 'client wants out of Zoho by end of month', 1, PR, '24x5'],
  ['Acme', 'they want out of their contract w/ Zoho asap', 1, PR, '24x5'],
  ['billing', 'Acme closed down. pls stop billing.', 1, PR, '24x5'],
  // traps: billing twice, a how-to about reminders
  ['double charge', 'pls stop billing us twice for Acme', 2],
  ['reminders', 'how do we stop billing reminders going to the cust?', 3],
]

describe('phrasings of round 18, branch r18-terse', () => {
  it('reads a customer who wants out, or billing to stop, as a cancellation', async () => {
    expect(await misread(WANTS_OUT)).to.deep.equal([])
  })
  it('reads short forms written on a phone as the words they stand for', async () => {
    expect(await misread(SHORT_FORMS)).to.deep.equal([])
  })
  it('reads a figure said off in few words as a result off (2)', async () => {
    expect(await misread(FIGURES_OFF)).to.deep.equal([])
  })
  it("keeps an Operations show-stopper's words, read as other concepts too, from naming Technical Support", async () => {
    expect(await misread(SHOW_STOPPER_WORDS)).to.deep.equal([])
  })
  it('reads the partner portal or the store said broken as an Operations show-stopper', async () => {
    expect(await misread(PORTAL_BROKEN)).to.deep.equal([])
  })
  it('reads an order waiting in the store as a delay, not buying that fails', async () => {
    expect(await misread(ORDER_PENDING)).to.deep.equal([])
  })
  it('reads a feature request in a short form as one', async () => {
    expect(await misread(FEATURE_ASKED)).to.deep.equal([])
  })
  it('reads where to find a thing, the place in between, as a how-to', async () => {
    expect(await misread(WHERE_TO_FIND)).to.deep.equal([])
  })
})
