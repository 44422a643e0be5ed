// Round 23 (branch r23-opsen): the meanings behind the first-read misses of grown-82.yaml (partners who resell
// Zoho licences: cancellations, portal and store access, orders, upgrades, invoices, commissions, trials, sales),
// in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const STORE = 'Store Related'
const RENEWAL = 'Payments Renewal'
const UPGRADES = 'Upgrades'
const INVOICE = 'Invoice changes'

// The partner portal or the store giving an error to everyone is a portal that does not work (1, Operations,
// 24x5), the place named anywhere in the ticket, even in a question.
const PORTAL_ERRORS_FOR_EVERYONE: Phrasing[] = [
  ['Partner portal', 'Since lunch every one of us gets an error message when opening it, all our staff.', 1, STORE, '24x5'],
  ['Portal', 'Is something going on with the partner store? Everybody in the office gets "access error" on each page.', 1, STORE, '24x5'],
  ['Partnerportal', 'Seit heute Morgen bekommen alle Mitarbeiter im Partnerportal nur einen Fehler angezeigt.', 1, STORE, '24x5'],
  ['Portail partenaire', "Le portail partenaire affiche une erreur pour tous nos collaborateurs depuis ce matin.", 1, STORE, '24x5'],
  ['Store', 'We cannot get to the store since 9, it just will not let us in.', 1, STORE, '24x5'],
  // traps: one user, a how-to, a commission statement, Support's product
  ['Portal', 'How do I give everyone on our team a login to the partner portal?', 3, STORE],
  ['Commission', 'The commission statement in the partner portal has an error for all our customers, please correct it.', 2, 'Commission Payment'],
  ['CRM', 'CRM shows an error for all users since 9 this morning.', 1, TS],
]

// An order that failed once and went through when tried again: buying works, what is left (a duplicate order to
// undo) is the team default; an order named by its number ("cancel SO-1182") is no account cancelled.
const RETRIED_ORDER: Phrasing[] = [
  ['Store order', 'The checkout in the partner store threw an error, I retried and it went through the second time. Now we have two orders, please cancel one.', 2, STORE],
  ['Order', 'Please cancel SO-77120 in the store, it was placed by mistake.', 2, STORE],
  ['Shop', 'Die Bestellung im Shop ist zuerst mit einem Fehler abgebrochen, beim zweiten Versuch hat es geklappt.', 2, STORE],
  ['Magasin', "Le paiement dans le store Zoho a échoué, puis la commande est passée au deuxième essai.", 2, STORE],
  // traps: the purchase still fails; a subscription cancelled
  ['Store', 'Every order we try to place in the partner store fails with an error, we cannot buy anything.', 1, STORE],
  ['Cancel', 'Please cancel the subscription of our customer Brook Ltd, they are leaving Zoho.', 1, RENEWAL],
]

// A user count raised or an edition lowered is an upgrade matter; a renewal said as the moment it happens ("at
// renewal", "when the renewal comes up") or as dates to look at asks for no renewal; "and send us the invoice"
// pays for the purchase.
const EDITION_AND_SEATS: Phrasing[] = [
  ['Seats', 'Please add 12 users to the Zoho One plan of Fernhill Ltd and send us the invoice.', 2, UPGRADES],
  ['Edition', 'The customer wants a lower edition at the next renewal, Standard instead of Professional.', 2, UPGRADES],
  ['Lizenzen', 'Bitte 8 Benutzer hinzufügen für unseren Kunden Meyer GmbH.', 2, UPGRADES],
  ['Edition', "Le client souhaite passer à une édition inférieure au prochain renouvellement.", 2, UPGRADES],
  ['Renewals', 'How can I export the upcoming renewal dates of all my customers from the store?', 3, STORE],
  // traps: a renewal asked for, a product how-to about users, a genuine invoice request
  ['Renewal', 'Please renew the CRM licences of Fernhill Ltd for another year, same 10 users.', 3, RENEWAL],
  ['Users', 'How do I add users to a role in CRM?', 3, TS],
  ['Invoice', 'We never received the invoice for last month, please send us the invoice.', 2, INVOICE],
]

// A customer billing its own clients, through a payment gateway, is the product's work (Technical Support).
const CUSTOMER_BILLS_ITS_CLIENTS: Phrasing[] = [
  ['Billing', 'Our client wants to bill their tenants every quarter. How do we set that up in Books?', 3, TS],
  ['Payments', 'How do I connect PayPal so the customer gets paid for the invoices Books sends?', 3, TS],
  ['Abrechnung', 'Unser Kunde möchte seine Mitglieder monatlich abrechnen, wie richten wir das in Books ein?', 3, TS],
  ['Facturation', 'Notre client veut facturer ses adhérents chaque mois, comment configurer cela dans Books ?', 3, TS],
  // trap: Zoho's own invoice to the partner
  ['Invoice', 'You billed us twice for the March order, please refund one.', 2, INVOICE],
]

describe('phrasings of round 23, branch r23-opsen', () => {
  it('reads the portal or store erroring for everyone as no access, an Operations show-stopper', async () => {
    expect(await misread(PORTAL_ERRORS_FOR_EVERYONE)).to.deep.equal([])
  })
  it('reads an order that went through on retry, or one named by its number, as no show-stopper', async () => {
    expect(await misread(RETRIED_ORDER)).to.deep.equal([])
  })
  it('reads seats added or an edition lowered at renewal as an upgrade, renewal dates as information', async () => {
    expect(await misread(EDITION_AND_SEATS)).to.deep.equal([])
  })
  it("reads a customer billing its own clients as the product's work", async () => {
    expect(await misread(CUSTOMER_BILLS_ITS_CLIENTS)).to.deep.equal([])
  })
})
