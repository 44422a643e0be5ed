// Round 116: the partner's own public (donors, tenants, subscribers, shoppers, patients, members, "nobody") who cannot pay
// through the partner's Zoho-built page, shop or portal is a show-stopper (1, Technical Support, 24x5: errors on every
// payment, shoppers who cannot buy, README rounds 16, 28, 32, 109). It read 3 when the "pay" stood bare ("None of the tenants
// can pay their rent through the portal", "keiner unserer Spender kann mehr bezahlen"): `purchase` leaves a bare "pay" out on
// purpose (the partner paying Zoho's invoice), and read Payments Renewal 2 when "payment" named the shop's payment ("in our
// web shop", "the payment link"), a word of `subscription`. Now: concepts `paying` (pay, =bezahlen, =payer) and `paying
// public` (the public named as the ones who pay), rules `the public cannot pay` / `none of the public can pay` (24x5), set
// aside beside the partner paying itself (`partner pays`: "we cannot pay", "pay your invoice"), a renewal, Zoho's document,
// paying late ("do not pay their rent on time"); `pay noun` ("the pay button"); `shop payment` ("payment in our web shop",
// "the payment link", "Zahlungslink", "lien de paiement"), to which `subscription` yields; German and French "nobody can …
// pay" with words between in `blocker`; the two rules in `severeMatter.supportRules`. Stemming collisions put right: French `cards refused` "=cartes … refusées" or
// "chaque carte" ("la carte est refusée" is the partner's one card), `other cancel` "=paiement" (its stem took "payer").
// French "nos clients n'arrivent plus à payer" read a delivery that stopped (24x7): the public right before "n'arrivent … à"
// joins `person can no longer` (24x5); "les e-mails de nos clients n'arrivent plus" stays a delivery that stopped.
// The partner paying Zoho's invoice or its subscription stays Operations as it read; how-to questions stay 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const IC = 'Invoice changes'

const PUBLIC_CANNOT_PAY: Phrasing[] = [
  ['Help!', 'None of our donors can pay on the donation page since this morning.', 1, TS, '24x5'],
  ['Checkout', 'Nobody can complete a payment in our web shop since 9am.', 1, TS, '24x5'],
  ['Tenants', 'None of the tenants can pay their rent through the portal.', 1, TS, '24x5'],
  ['Subscriptions', 'Subscribers are unable to pay, the payment link is broken for all of them.', 1, TS, '24x5'],
  ['Urgent', 'Our members can no longer pay their fees on the member portal.', 1, TS, '24x5'],
  ['Payment page', 'Patients cannot pay their bills online since this morning, the page shows an error.', 1, TS, '24x5'],
  ['Donation form', 'No donor can pay since last night.', 1, TS, '24x5'],
  ['Portal', "Tenants can't pay rent through the tenant portal anymore.", 1, TS, '24x5'],
  ['Subscribers', 'Our subscribers can no longer pay for their subscriptions on our website.', 1, TS, '24x5'],
  ['Payment', 'Not a single customer has been able to pay since the update.', 1, TS, '24x5'],
  ['Payment link', 'Parents are unable to pay the school fees, the payment link gives an error for all of them.', 1, TS, '24x5'],
  ['Spenden', 'Keiner unserer Spender kann mehr bezahlen, die Spendenseite zeigt einen Fehler.', 1, TS, '24x5'],
  ['Dringend', 'Unsere Kunden können im Webshop nicht mehr bezahlen.', 1, TS, '24x5'],
  ['Mieterportal', 'Kein Mieter kann seit heute früh die Miete über das Portal bezahlen.', 1, TS, '24x5'],
  ['Zahlung', 'Niemand kann in unserem Onlineshop mehr bezahlen.', 1, TS, '24x5'],
  ['Mitglieder', 'Keines unserer Mitglieder kann den Beitrag bezahlen.', 1, TS, '24x5'],
  ['Paiements', 'Aucun de nos clients ne peut payer sur notre boutique en ligne.', 1, TS, '24x5'],
  ['Urgent', 'Nos donateurs ne peuvent plus payer sur la page de dons.', 1, TS, '24x5'],
  ['Locataires', 'Aucun locataire ne peut payer son loyer via le portail depuis ce matin.', 1, TS, '24x5'],
  ['Patients', 'Les patients ne peuvent plus payer leurs factures en ligne.', 1, TS, '24x5'],
  ['Adhérents', 'Aucun de nos adhérents ne peut payer sa cotisation.', 1, TS, '24x5'],
  ['Urgent', "Depuis la mise à jour, nos clients n'arrivent plus à payer.", 1, TS, '24x5'],
  ['Abonnés', "Les abonnés n'arrivent plus à payer, le lien de paiement est cassé pour tous.", 1, TS, '24x5'],
  // beside one Operations matter (`severeMatter.supportRules`)
  ['Re: Renewal quote', 'Thanks for the renewal quote. Since 9 none of our donors can pay on the donation page.', 1, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  // the partner paying Zoho: Operations, as it read
  ['Invoice', 'We cannot pay our Zoho invoice, the card is declined.', 2, IC],
  ['Payment', "We can't pay for our subscription, the card keeps being declined.", 2, PR],
  ['Payment', 'We cannot complete a payment, the card is declined.', 2, PR],
  ['Invoice', 'We cannot pay the invoice until our customers pay us.', 2, IC],
  ['Zahlung', 'Wir können unser Abonnement nicht bezahlen, die Karte wird abgelehnt.', 2, PR],
  ['Rechnung', 'Wir können Ihre Rechnung nicht bezahlen, die Kreditkarte wird abgelehnt.', 2, IC],
  ['Paiement', 'Nous ne pouvons pas payer notre abonnement, la carte est refusée.', 2, PR],
  ['Facture', "Nous n'arrivons pas à payer votre facture, la carte est refusée.", 2, IC],
  // how-to, a question, a hypothesis, one customer, over, paying late, "pay" as a noun
  ['Payment question', 'How can our customers pay by bank transfer?', 3],
  ['Question', 'How can our donors pay by PayPal on the donation page?', 3, TS],
  ['Maintenance', 'Will our donors be unable to pay during the maintenance window on Saturday?', 3, TS],
  ['Question', 'If a tenant cannot pay online, can they still pay by cheque at the office?', 3, TS],
  ['Amex', 'One customer cannot pay with his Amex card, all the others are fine.', 2, TS],
  ['Resolved', 'Customers could not pay for about ten minutes this morning, but it works again now.', 3, TS],
  ['Late payers', 'Many tenants do not pay their rent on time. Is there a report for overdue rent?', 3, TS],
  ['Help', 'None of our customers can see the pay button on the invoice emails.', 2, IC],
  ['Frage', 'Wie können unsere Spender per PayPal bezahlen?', 3, TS],
  ['Einzelfall', 'Ein einzelner Kunde kann nicht bezahlen, bei allen anderen klappt es.', 2, TS],
  ['Question', 'Comment nos donateurs peuvent-ils payer par PayPal ?', 3, TS],
  ['Un client', 'Un seul client ne peut pas payer, pour les autres ça marche.', 2, TS],
  ['Urgent', "Les e-mails de nos clients n'arrivent plus.", 1, TS, '24x7'],
  // (merged with round 114) mail that no longer reaches its destination, and what a client pays for asked in a complaint
  ['E-mails', "Les e-mails de nos clients n'arrivent plus à destination.", 1, TS, '24x7'],
  ['Still no answer', 'Our ticket has been open for five days without a useful answer, and our client is asking why they pay for premium support.', 3, TS, '24x5'],
]

describe("phrasings, round 116: the partner's public who cannot pay", () => {
  it('reads the public kept from paying as a show-stopper (1, 24x5)', async () => {
    expect(await misread(PUBLIC_CANNOT_PAY)).to.deep.equal([])
  })
  it('keeps the partner paying Zoho, how-to questions and other traps as they were', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
