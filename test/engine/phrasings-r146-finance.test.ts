// Round 146: accounting and finance in accountants' own words (blind batch grown-r146-finance.yaml). An accountant's
// "gain/loss", "exchange loss", "Kursverlust", "perte de change" names a ledger figure, no lost data: a gain or loss
// computed wrongly is a wrong result (2) and a question about how it is computed a how-to (3), where main read data
// integrity (1). Manual journals, journal entries and the ledger are stored records ("all manual journals of March have
// disappeared", "Buchungen", "écritures" are lost data, 1 on 24x5). A tax return, a VAT submission to HMRC (MTD), an
// e-invoice sent to the IRP and a reverse charge are the product's tax work, no invoice from Zoho and no subscription
// charge: Technical Support, so that a submission rejected every time reads as the Support failure it is. Signing out
// and in told with a slash ("Logged out/in.") is a troubleshooting step, no lockout. French "mal calculée(s)" is a
// wrong result as "mal calculé" was.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const GAIN_LOSS: Phrasing[] = [
  ['FX payments', 'The realised exchange gain/loss is off by 0.01 on some payments.', 2, TS, '24x5'],
  ['Revaluation', 'How does Books calculate the unrealised gain/loss?', 3, TS, '24x5'],
  ['Exchange', 'The exchange loss posted on the USD payment is wrong.', 2, TS, '24x5'],
  ['Forex', 'The forex gain or loss on payments is calculated wrongly.', 2, TS, '24x5'],
  ['Exchange', 'Which account should the exchange gains and losses go to?', 3, TS, '24x5'],
  ['Kursdifferenzen', 'Der Kursverlust wird bei Zahlungen in USD falsch berechnet.', 2, TS, '24x5'],
  ['Kursdifferenzen', 'Wie berechnet Books den Wechselkursverlust?', 3, TS, '24x5'],
  ['Perte de change', 'La perte de change est mal calculée sur les paiements en USD.', 2, TS, '24x5'],
  ['Perte de change', 'Comment Books calcule-t-il les pertes de change ?', 3, TS, '24x5'],
  // traps: data lost stays lost
  ['Import', 'All our invoices were lost after the import.', 1, TS, '24x5'],
  ['Daten', 'Alle Rechnungen sind nach dem Import verloren.', 1, TS, '24x5'],
  ['Payments', 'We lost all the payments we recorded in November.', 1, TS, '24x5'],
]

const JOURNALS: Phrasing[] = [
  ['Journals', 'All manual journals dated March have disappeared.', 1, TS, '24x5'],
  ['Journals', 'All journals from March are gone.', 1, TS, '24x5'],
  ['Ledger', 'The ledger is simply corrupted since the import.', 1, TS, '24x5'],
  ['Buchungen', 'Alle Buchungen vom März sind verschwunden.', 1, TS, '24x5'],
  ['Écritures', 'Toutes les écritures de mars ont disparu.', 1, TS, '24x5'],
  ['Journals', 'Our journal entries from March are missing.', 1, TS, '24x5'],
  // traps: a how-to, the user's own deletion
  ['Journals', 'How do I delete a manual journal?', 3, TS, '24x5'],
  ['Journals', 'We deleted the journals by accident, how do we get them back?', 3, TS, '24x5'],
]

const TAX_WORK: Phrasing[] = [
  ['Tax rule', 'How to set up a tax rule for reverse charge?', 3, TS, '24x5'],
  ['Reverse charge', 'Reverse charge VAT is calculated at the wrong rate on bills from EU suppliers.', 2, TS, '24x5'],
  ['E-invoicing', 'The IRP rejects every e-invoice we push since yesterday.', 1, TS, '24x5'],
  ['VAT return', 'We cannot file the VAT return, HMRC rejects every submission.', 1, TS, '24x5'],
  ['MTD', 'None of the VAT returns can be filed.', 1, TS, '24x5'],
  ['MTD', 'HMRC rejects our VAT return submission every time.', 1, TS, '24x5'],
  ['UStVA', 'Die Umsatzsteuervoranmeldung wird bei jeder Übermittlung abgelehnt.', 1, TS, '24x5'],
  ['Autoliquidation', "Comment configurer l'autoliquidation de la TVA dans Zoho Books ?", 3, TS, '24x5'],
  ['MTD', 'One VAT return was rejected last week, we fixed the VRN and it went through.', 3, TS, '24x5'],
  // traps: Zoho's own invoice and charges stay Operations
  ['VAT number', 'Please correct the VAT number on your invoice.', 2, 'Invoice changes', '24x5'],
  ["Renewal", "We were charged twice for the renewal.", 2, "Payments Renewal", "24x5"],
]

const RELOG: Phrasing[] = [
  ['Stock zero', 'All items show stock on hand 0.\nTroubleshooting steps performed: Logged out/in.', 1, TS, '24x5'],
  ['Stock zero', 'All items show stock on hand 0. Tried logging out/in, no change.', 1, TS, '24x5'],
  // trap: a lockout stays one
  ['Logged out', 'All users are logged out and cannot log back in.', 1, TS, '24x7'],
]

describe('phrasings, round 146: accounting and finance in accountants\' words', () => {
  it('reads a gain or loss as a ledger figure, no lost data', async () => {
    expect(await misread(GAIN_LOSS)).to.deep.equal([])
  })
  it('reads journals and the ledger as stored records', async () => {
    expect(await misread(JOURNALS)).to.deep.equal([])
  })
  it('reads tax returns, e-invoicing and reverse charge as the product\'s work', async () => {
    expect(await misread(TAX_WORK)).to.deep.equal([])
  })
  it('reads signing out/in with a slash as a step tried', async () => {
    expect(await misread(RELOG)).to.deep.equal([])
  })
})
