// Round 44 (branch r44-fields): explicit severities and template fields against the partner's words (grown-120.yaml).
// The one first-read miss was a type: a how-to about the product's own currency setting read Invoice changes from
// "our client invoices in CHF". Held here in other words and languages, with traps that stay Operations.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A product's currency setting ("default currency", "Standardwährung", "devise par défaut") is its workings: the
// invoices and quotes named beside it are the product's own documents, no request to Zoho (README productDocuments).
const CURRENCY_SETTING: Phrasing[] = [
  ['Quotes', 'How can we set the default currency for new invoices in Books? The client bills in USD now.', 3, TS],
  ['Währung', 'Wo stellen wir die Standardwährung für neue Angebote und Rechnungen im CRM um? Der Kunde fakturiert jetzt in CHF.', 3, TS],
  ['Devise', 'Où régler la devise par défaut des factures dans Zoho Books ? Notre client facture désormais en GBP.', 3, TS],
  ['Currency', 'Where are the currency settings for invoices in Zoho Invoice? We want to add EUR.', 3, TS],
  // traps: Zoho's own invoice to the partner, to be corrected, stays Invoice changes
  ['Invoice currency', 'Your last invoice to us was issued in USD, please correct it and re-issue it in EUR.', 2, 'Invoice changes'],
  ['Rechnung', 'Ihre letzte Rechnung an uns ist in USD ausgestellt, bitte korrigieren Sie sie auf EUR.', 2, 'Invoice changes'],
]

describe('phrasings of round 44, branch r44-fields', () => {
  it("reads a product's currency setting beside invoices or quotes as technical", async () => {
    expect(await misread(CURRENCY_SETTING)).to.deep.equal([])
  })
})
