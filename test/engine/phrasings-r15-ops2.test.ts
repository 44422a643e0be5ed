// Round 15 (branch r15-ops2): the meanings behind the first read's misses of grown-50.yaml (English
// Operations tickets from partners' admin and finance staff), each in other words and languages than
// the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const CP = 'Commission Payment'
const SD = 'Sales Discussions'
const UP = 'Upgrades'
const IC = 'Invoice changes'

// A customer leaving Zoho, or licences switched off so no charge follows: a cancellation said otherwise.
const LEAVING_ZOHO: Phrasing[] = [
  ['Client leaving', 'Brightwater Law are finished with Zoho from next month, please let us know what you need from us.', 1, PR],
  ['Licences', 'Please switch off the licenses of Orchard Dental by Friday, the practice has closed.', 1, PR],
  ['Billing', 'Our client is leaving; they should not be charged again after March.', 1, PR],
  ['Lizenzen', 'Der Kunde steigt aus. Bitte die Lizenzen abschalten, damit er nicht mehr belastet wird.', 1, PR],
  ['Licences', 'Le client arrête son activité, merci de couper leurs licences à la fin du mois.', 1, PR],
  // traps: a renewal setting switched off is no cancellation; a charge made again is an invoice matter
  ['Auto-renewal', 'Where do I turn off the automatic renewal on a customer subscription so they can pay by bank transfer?', 3, PR],
  ['Charged again', 'We removed five licences in March but we were charged again for them in April, please refund.', 2],
]

// "Unusable" as written: its stem is that of "unused", an amount or a licence not used, no show-stopper.
const UNUSED: Phrasing[] = [
  ['Unused licences', 'Can the unused licences on Kestrel\'s subscription be moved to another of our customers?', 2, PR],
  ['Refund', 'Can the unused part of the annual subscription be refunded to our partner wallet?', 2, IC],
  // the show-stopper itself still reads
  ['Desk', 'Desk is completely unusable for our agents since the update this morning.', 1, TS],
]

// A meeting or call cancelled and to be rebooked: an appointment, no account cancellation.
const APPOINTMENT_CANCELLED: Phrasing[] = [
  ['Pricing', 'Our session with your team to discuss pricing was cancelled at the last minute; can we reschedule to Tuesday?', 2, SD],
  ['Termin', 'Unser Gespräch mit dem Partnermanager wurde in letzter Minute abgesagt und storniert, können wir es verschieben?', 2],
  ['Réunion', 'Notre réunion avec Zoho pour discuter des tarifs a été annulée à la dernière minute, pouvons-nous la reprogrammer ?', 2, SD],
  // traps: a subscription cancelled stays a cancellation
  ['Cancel', 'Please cancel the Zoho One subscription of Lakeview Hotels at the end of the term.', 1, PR],
  ['Cancel', 'We need to cancel our CRM subscription, the client is moving to another provider next month.', 1, PR],
]

// Asked to bill the partner for what it buys: the charge of a purchase, no invoice to change.
const BILL_US: Phrasing[] = [
  ['More users', 'Please add 8 more users to the client\'s CRM subscription and bill us for it.', 2, UP],
  ['Stockage', 'Merci d\'ajouter 100 Go de stockage supplémentaire au client et de nous le facturer.', 2, UP],
  // traps: an invoice to change stays an invoice change
  ['Invoice', 'You billed us for 40 users but we only have 35, please correct the invoice.', 2, IC],
  ['Rechnung', 'Sie haben uns die Lizenzen doppelt in Rechnung gestellt, bitte korrigieren.', 2, IC],
]

// A commission statement or payout found wrong is Zoho's document, even with no change asked for.
const COMMISSION_WRONG: Phrasing[] = [
  ['Payout incorrect', 'Our Q1 payout looks incorrect, two of our customers are not on it. Please check.', 2, CP],
  ['Provision falsch', 'Unsere Provision für das erste Quartal ist falsch, es fehlen zwei Kunden. Bitte prüfen.', 2, CP],
  ['Commission erronée', 'Le relevé de commission de mars est erroné, il manque deux affaires. Merci de vérifier.', 2, CP],
  // traps: the commission a product computes for the sales reps is the product's result
  ['Commission field', 'The Deluge function that computes the sales reps\' commission returns the wrong figure when a discount applies.', 2, TS],
]

// Talks with Zoho's sales people are no product's documents, even beside a product's workings.
const SALES_TALK: Phrasing[] = [
  ['Joint pitch', 'Could someone from Zoho join a joint pitch next week? The prospect wants to see their CRM dashboards and reports live.', 2, SD],
  ['Referenzkunde', 'Haben Sie einen Referenzkunden für uns? Der Interessent möchte die Integration mit seinem ERP sehen.', 2, SD],
  ['Avant-vente', 'Nous aurions besoin d\'aide avant-vente : le prospect veut une démo de l\'intégration API avec son ERP.', 2, SD],
  // traps: a quote a product generates, wrongly, is the product's
  ['Quotes', 'The discount on the quotes CRM generates is calculated wrongly since the update.', 2, TS],
]

describe('phrasings of round 15, r15-ops2 (Operations from admin and finance staff)', function () {
  this.timeout(60_000)
  it('reads a customer leaving Zoho or licences switched off as a cancellation', async () => {
    expect(await misread(LEAVING_ZOHO)).to.deep.equal([])
  })
  it('reads "unused" as no show-stopper', async () => {
    expect(await misread(UNUSED)).to.deep.equal([])
  })
  it('reads a meeting cancelled and rebooked as no account cancellation', async () => {
    expect(await misread(APPOINTMENT_CANCELLED)).to.deep.equal([])
  })
  it('reads "bill us for it" as the charge of a purchase', async () => {
    expect(await misread(BILL_US)).to.deep.equal([])
  })
  it('reads a fault on a commission statement as Zoho\'s document', async () => {
    expect(await misread(COMMISSION_WRONG)).to.deep.equal([])
  })
  it('reads talks with Zoho\'s sales people as a sales discussion beside a product\'s workings', async () => {
    expect(await misread(SALES_TALK)).to.deep.equal([])
  })
})
