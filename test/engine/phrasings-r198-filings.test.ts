// Round 198: the partner's statutory filings and e-invoicing failing in Zoho Books/Payroll. E-invoices refused as a
// whole by a government portal (rule `every filing refused`: `failure` beside `all filed documents`, read only with
// `tax filing` in the ticket, 1 on 24x5); the portals and formats by name in `tax filing` (Chorus Pro, Factur-X,
// XRechnung, ZUGFeRD, "Portal des Bundes", "the government portal"), so the partner's invoices sent there are Technical
// Support, no Invoice changes (`productDocuments.orConcepts`), and a VAT deadline no renewal; a failure said with
// "immer" or "jedes Mal" inside its own words ("schlägt immer fehl", "bricht jedes Mal ab", "échoue systématiquement",
// rule `fails every time`, 1 on 24x5); "Voranmeldung" holds no sign-in ("Anmeldung", `access` yields to `tax filing`);
// a tax return is a figure (`result`), so "the VAT return shows zero" is a result come back empty (2); "zurückgewiesen"
// is a failure; "Duplicate IRN" is the portal's error name, no doubling. Choice: one invoice rejected for a stated reason
// is the portal's check of the data, the product works (3, as round 146's e-invoice format asked after). Traps: how-tos,
// deadlines, a filing done and confirmed, thanks, one invoice, a condition.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. e-invoices refused as a whole by the portal
  ['E-invoicing', 'All our e-invoices are rejected by the government portal since yesterday.', 1, 'Technical Support', '24x5'],
  ['E-invoicing', 'Since this morning all of our e-invoices get rejected by the IRP.', 1, 'Technical Support', '24x5'],
  ['XRechnung', 'XRechnungen werden vom Portal des Bundes alle abgelehnt.', 1, 'Technical Support', '24x5'],
  ['E-Rechnung', 'Sämtliche E-Rechnungen werden seit Montag vom Portal zurückgewiesen.', 1, 'Technical Support', '24x5'],
  ['Chorus Pro', 'Toutes nos factures sont rejetées par Chorus Pro.', 1, 'Technical Support', '24x5'],
  ['Factur-X', 'Aucune facture Factur-X ne passe depuis hier, Chorus Pro les rejette toutes.', 1, 'Technical Support', '24x5'],
  ['IRN', 'IRN generation fails for every invoice.', 1, 'Technical Support', '24x5'],
  ['Chorus Pro', 'Nos factures Chorus Pro sont toutes rejetées.', 1, 'Technical Support', '24x5'],
  ['XRechnung', 'Unsere XRechnungen wurden alle abgelehnt.', 1, 'Technical Support', '24x5'],
  // 2. tax returns that cannot be filed
  ['GST', 'We cannot file GST returns, the filing fails every time.', 1, 'Technical Support', '24x5'],
  ['ELSTER', 'Die Übermittlung der Umsatzsteuervoranmeldung an ELSTER schlägt immer fehl.', 1, 'Technical Support', '24x5'],
  ['UStVA', 'Der Versand der Voranmeldung an das Finanzamt bricht jedes Mal ab.', 1, 'Technical Support', '24x5'],
  ['UStVA', 'Wir können die UStVA nicht senden, ELSTER meldet jedes Mal einen Fehler.', 1, 'Technical Support', '24x5'],
  ['TVA', "La télédéclaration de TVA échoue systématiquement depuis Zoho Books.", 1, 'Technical Support', '24x5'],
  ['TVA', "Impossible de déposer la déclaration de TVA, l'envoi échoue à chaque fois.", 1, 'Technical Support', '24x5'],
  // 3. payroll that cannot run
  ['Payroll', "Payslips can't be generated for anyone this month.", 1, 'Technical Support', '24x5'],
  ['Gehalt', 'Der Gehaltslauf schlägt für alle Mitarbeiter fehl.', 1, 'Technical Support', '24x5'],
  // 4. figures wrong or at zero: 2
  ['VAT return', 'The VAT return shows zero for the whole quarter.', 2, 'Technical Support', '24x5'],
  ['UStVA', 'Die Umsatzsteuervoranmeldung zeigt 0 für das ganze Quartal.', 2, 'Technical Support', '24x5'],
  ['VAT', 'One invoice shows the wrong VAT rate.', 2, 'Technical Support', '24x5'],
  // 5. one invoice rejected for a stated reason: the portal's check (3)
  ['IRN', 'One invoice was rejected by the IRP with error 2150 "Duplicate IRN".', 3, 'Technical Support', '24x5'],
  ['XRechnung', 'Eine XRechnung wurde vom Portal abgelehnt: Leitweg-ID fehlt.', 3, 'Technical Support', '24x5'],
  ['Chorus Pro', "Une facture a été rejetée par Chorus Pro, motif : numéro d'engagement manquant.", 3, 'Technical Support', '24x5'],
  // 6. traps: how-tos, deadlines, done and confirmed, a condition
  ['GST', 'How do I set up GST for a new branch?', 3, 'Technical Support', '24x5'],
  ['XRechnung', 'Wie erstelle ich eine XRechnung?', 3, 'Technical Support', '24x5'],
  ['Chorus Pro', 'Comment envoyer nos factures à Chorus Pro depuis Zoho Books ?', 3, 'Technical Support', '24x5'],
  ['Échéance TVA', 'Quelle est la date limite pour la déclaration de TVA ?', 3, 'Technical Support', '24x5'],
  ['Frist', 'Bis wann muss die Umsatzsteuervoranmeldung übermittelt werden?', 3, 'Technical Support', '24x5'],
  ['ELSTER', 'Die Voranmeldung wurde erfolgreich übermittelt, ELSTER hat den Eingang bestätigt.', 3, 'Technical Support', '24x5'],
  ['Chorus Pro', 'Les factures sont de nouveau acceptées par Chorus Pro, merci, vous pouvez fermer le ticket.', 3, 'Technical Support', '24x5'],
  ['Import', 'Der Import schlägt immer fehl, wenn die Datei größer als 50 MB ist.', 3, 'Technical Support', '24x5'],
  ['Export', 'Schlägt der Export immer fehl, wenn man Filter setzt?', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 198: statutory filings and e-invoicing', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
