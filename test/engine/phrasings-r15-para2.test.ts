// Round 15 (branch r15-para2): the meanings behind the first read's misses of grown-47.yaml (English
// retellings of dev originals), each in other words and languages than the tickets, with traps that
// must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'

// An amount said to be off ("that's off", "it's off"), too low a charge, or a calculation still made
// with a value the partner has since replaced: results off, 2.
const AMOUNT_OFF: Phrasing[] = [
  ['Books', 'The discount on the sales orders, it\'s off by about 3 % on every one.', 2, TS],
  ['Quotes', 'Since Monday the totals Books computes are undercharging our customers by the shipping cost.', 2, TS],
  ['Estimates', 'Our estimates still compute with the old hourly rate although we changed it last week.', 2, TS],
  ['Steuer', 'Inventory rechnet bei den Aufträgen noch mit dem Steuersatz von 19 %, obwohl wir ihn geändert haben.', 2, TS],
  ['Taux', 'Les montants des devis se calculent toujours avec le taux de 19 % depuis le changement.', 2, TS],
  // traps: a setting switched off, a how-to about a rate
  ['Tax', 'We turned the tax off for exempt customers. How do we turn it back on for one of them?', 3, TS],
  ['Rate', 'How do we make our estimates calculate with the new hourly rate from next month?', 3, TS],
]

// Registering an opportunity with Zoho (to protect it): a sales discussion.
const REGISTER_OPPORTUNITY: Phrasing[] = [
  ['Opportunity', 'Please register this opportunity for us: Halden Group, 120 CRM users, demo next week.', 2, 'Sales Discussions'],
  ['New prospect', 'We want to register the opportunity with Brandt Pharma so no other partner can claim it.', 2, 'Sales Discussions'],
  ['Opportunity', 'Wir möchten die Opportunity mit der Firma Brandt bei Ihnen registrieren.', 2, 'Sales Discussions'],
  // "our sales call" is a call about the deal, not the partner's own sales team
  ['Deal', 'Registering the opportunity with Norland ahead of our sales call on Monday, please confirm.', 2, 'Sales Discussions'],
  // traps: an opportunity record in CRM is technical; the partner's own sales people are no sales discussion
  ['Quotes', 'Our sales people see the wrong totals on the quote PDF since Monday.', 2, TS],
  ['Opportunities', 'How do we add a custom field to the opportunity layout in CRM?', 3, TS],
]

// People who copy a thing themselves, as a workaround, are no doubling by the product.
const DUPLICATED_BY_PEOPLE: Phrasing[] = [
  ['Idea', 'Today we have to duplicate the whole blueprint for every region. Please add region conditions in a future release.', 3, PMR],
  ['Vorschlag', 'Aktuell müssen wir jede Vorlage von Hand duplizieren. Es wäre schön, wenn man Varianten anlegen könnte.', 3, PMR],
  ['Suggestion', 'Pour l\'instant nous dupliquons chaque modèle, ce serait bien de pouvoir créer des variantes.', 3, PMR],
  // traps: the product that duplicates is still a doubling
  ['Deals', 'The workflow duplicates every deal we create since Monday.', 2, TS],
  ['Tickets', 'Since the update each incoming email is duplicated as two tickets.', 2, TS],
]

// A PO number missing from Zoho's invoice (said with the invoice beside it): an invoice change, no lost data.
const PO_NUMBER_ON_INVOICE: Phrasing[] = [
  ['Purchase order number missing on invoice 99120', 'Could you add our purchase order number and resend it?', 2, 'Invoice changes'],
  ['Invoice', 'Our client cannot pay invoice 55120 because the purchase order number is missing.', 2, 'Invoice changes'],
  ['PO-Nummer', 'Auf Rechnung 55120 fehlt die Bestellnummer, bitte neu ausstellen.', 2, 'Invoice changes'],
  // traps: purchase order numbers lost from the product's records are lost data
  ['Inventory', 'After the import the purchase order numbers of 200 sales orders in Inventory are missing.', 1, TS, '24x5'],
]

describe('phrasings of round 15 (r15-para2): retellings of dev originals', () => {
  it('reads an amount that is off, undercharged or still computed with an old value as results off', async () => {
    expect(await misread(AMOUNT_OFF)).to.deep.equal([])
  })
  it('reads registering an opportunity as a sales discussion', async () => {
    expect(await misread(REGISTER_OPPORTUNITY)).to.deep.equal([])
  })
  it('reads people duplicating a thing themselves as no doubling', async () => {
    expect(await misread(DUPLICATED_BY_PEOPLE)).to.deep.equal([])
  })
  it('reads a PO number missing from Zoho\'s invoice as an invoice change', async () => {
    expect(await misread(PO_NUMBER_ON_INVOICE)).to.deep.equal([])
  })
})
