// Round 25 (branch r25-data): the meanings behind the first-read misses of grown-92.yaml (data integrity said in
// indirect words, in English, German and French, and the traps beside it), in other words than the tickets, with
// traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The audit log or the history showing no deletion by a user (concept `nobody deleted`): no denial that records
// went, so a subject "… gone" still says so.
const LOG_SHOWS_NO_DELETION: Phrasing[] = [
  ['Deals gone', 'About 400 deals went overnight. The audit log shows no deletion by any user.', 1, TS, '24x5'],
  ['Invoices gone after sync', 'The history shows no delete by a user, only the integration account.', 1, TS, '24x5'],
  ['Kontakte weg', 'Das Audit-Protokoll zeigt keine Löschung durch einen Benutzer.', 1, TS, '24x5'],
  ['Fiches disparues', "Le journal d'audit n'indique aucune suppression par un utilisateur.", 1, TS, '24x5'],
  // trap: a deletion that a user did make
  ['Deleted', 'A user deleted 20 deals by mistake yesterday. How do we restore them?', 3, TS],
]

// Records that no longer exist, or merged by the product on its own (concept `damage`): lost and corrupted data.
const GONE_OR_MERGED_BY_THE_PRODUCT: Phrasing[] = [
  ['CRM', 'Since the update around 90 accounts do not exist anymore in CRM.', 1, TS, '24x5'],
  ['Desk', 'Our contacts were merged on their own overnight, people from different firms now share one record.', 1, TS, '24x5'],
  ['Bigin', 'Die Messekontakte gibt es seit gestern nicht mehr, rund 300 Stück.', 1, TS, '24x5'],
  ['Bigin', 'Das CRM hat die Firmen selbstständig zusammengeführt, obwohl es verschiedene Kunden sind.', 1, TS, '24x5'],
  ['CRM', "Le CRM a fusionné tout seul une cinquantaine de comptes clients qui n'ont rien à voir.", 1, TS, '24x5'],
  // trap: merging that the partner asks how to do
  ['Merge', 'How can we merge two accounts of the same company and keep all their deals?', 3, TS],
]

// Stored values set back to zero (concept `emptied`): lost values (1, 24x5); a reset wanted is a how-to.
const SET_BACK_TO_ZERO: Phrasing[] = [
  ['People', 'Every employee’s overtime balance was set back to zero after the monthly job.', 1, TS, '24x5'],
  ['Inventory', 'The stock levels of our 300 items went back to 0 this morning, nobody adjusted them.', 1, TS, '24x5'],
  // trap: a reset the partner wants
  ['People', 'How do we set the leave balances back to zero at the start of each year?', 3, TS],
]

// Records saved on another parent than theirs (concept `misfiled`): records tied to the wrong parent, data
// integrity (1, 24x5), and Technical Support even where the French word is "rattacher" (customer mapping).
const SAVED_ON_ANOTHER_PARENT: Phrasing[] = [
  ['Calls', 'Call logs from the phone integration are being saved to a different contact than the caller.', 1, TS, '24x5'],
  ['Tasks', 'Since Monday, tasks our team creates on a deal get saved on another deal.', 1, TS, '24x5'],
  ['CRM', 'Die Notizen hängen seit dem Update des Connectors am falschen Kunden.', 1, TS, '24x5'],
  ['Projects', 'Die Zeiteinträge sind seit Montag nicht mehr den richtigen Aufgaben zugeordnet.', 1, TS, '24x5'],
  ['Desk', 'Les réponses des clients sont rattachées aux mauvais tickets depuis vendredi.', 1, TS, '24x5'],
  // trap: a customer to be mapped to the partner
  ['Rattachement', 'Pouvez-vous rattacher le client durand-sa.fr à notre compte partenaire ?', 3, 'Store Related'],
]

// Records someone deleted believing they were old or unwanted (concept `deleted by people`): the users' doing.
const DELETED_IN_A_BELIEF: Phrasing[] = [
  ['Restore', 'Our admin deleted around 80 deals she thought were test data. How do we get them back?', 3, TS],
  ['Wiederherstellen', 'Ein Kollege hat 50 Kontakte gelöscht, die er für Dubletten hielt. Wie holen wir sie zurück?', 3, TS],
  ['Restaurer', 'Un commercial a supprimé 40 fiches en pensant que c’étaient des doublons. Comment les restaurer ?', 3, TS],
  // trap: records the product lost, nobody deleted
  ['Leads gone', 'Around 600 leads vanished after the sync, nobody here deleted anything.', 1, TS, '24x5'],
]

// Duplicates the partner wants to merge, also when people made them by submitting a form twice (concepts
// `clean-up`, `submitted twice`): a how-to (3); the product making two of everything is "happens twice" (2).
const MERGING_DUPLICATES: Phrasing[] = [
  ['Merging duplicate accounts', 'What is the best way to do this for about 300 accounts in bulk?', 3, TS],
  ['Duplicates', 'Visitors sometimes submit the contact form twice. We now have about 150 duplicates - can we merge them all at once?', 3, TS],
  ['Dubletten', 'Wir wollen die Dubletten bereinigen, es sind etwa 900 doppelte Einträge aus einer Excel-Liste. Wie gehen wir vor?', 3, TS],
  // traps: the product that doubles
  ['Duplicates', 'Since the update the webhook creates every new lead twice in CRM.', 2, TS],
  ['Doppelt', 'Seit dem Update legt der Connector jede Bestellung zweimal in Books an.', 2, TS],
]

// Values slipped into other fields in the stored records (concept `values changed`): damaged data (1); the same in
// an export is a result put out wrongly (2).
const VALUES_SLIPPED: Phrasing[] = [
  ['Creator', 'Seit dem Update sind in allen Datensätzen die Werte verrutscht, in der Straße steht jetzt der Ort.', 1, TS, '24x5'],
  // trap: only in the export
  ['Export', 'Im CSV-Export sind die Spalten verrutscht, im CRM selbst ist alles korrekt.', 2, TS],
]

// A firm, an office or a company that can no longer do a task (concept `person can no longer`): a feature failing,
// 1 on 24x5, not a total stop on 24x7.
const AN_OFFICE_CAN_NO_LONGER: Phrasing[] = [
  ['Recruit', "L'agence ne peut plus envoyer de candidatures à ses clients depuis la mise à jour.", 1, TS, '24x5'],
  ['Books', 'Die Kanzlei kann seit gestern keine Rechnungen mehr versenden.', 1, TS, '24x5'],
  ['Sign', 'The firm can no longer send documents for signature since Tuesday.', 1, TS, '24x5'],
  // trap: the whole product down
  ['Mail down', 'Zoho Mail is down for the whole office, nothing loads at all.', 1, TS, '24x7'],
]

// Invoices said to come from a Zoho product ("les factures de Zoho Books") are the product's own documents (concept
// `product invoice`, to which `zoho document` yields); a result put out wrongly, or cannot be used "as it is" /
// "tel quel" (concept `properly`), is a result or a feature working not properly (2).
const THE_PRODUCTS_INVOICES: Phrasing[] = [
  ['Export', 'Dans les factures de Zoho Books exportées en PDF, le total TTC est décalé sur la ligne suivante.', 2, TS],
  ['Export', 'In the invoices from Zoho Books that we export to Excel the tax column is left empty.', 2, TS],
  ['Import', "Notre comptable ne peut pas importer tel quel l'export des écritures, les colonnes sont inversées.", 2, TS],
  ['Import', 'Our payroll provider cannot import it as it is: the timesheet export puts the dates in US format.', 2, TS],
  // trap: Zoho's own invoice to the partner
  ['Facture', "La facture de Zoho pour notre abonnement porte une mauvaise adresse, merci de la corriger.", 2, 'Invoice changes'],
]

// The recycle bin is a product's feature: a how-to about it, quotes or invoices named, is technical (concept
// `technical`).
const RECYCLE_BIN_IS_THE_PRODUCTS: Phrasing[] = [
  ['Angebote', 'Wie können wir 30 Angebote aus dem Papierkorb auf einmal wiederherstellen?', 3, TS],
  ['Devis', 'Comment restaurer des devis depuis la corbeille, et combien de temps y restent-ils ?', 3, TS],
  ['Quotes', 'Can quotes be restored from the recycle bin in bulk?', 3, TS],
  // trap: a quote asked of Zoho's sales
  ['Angebot', 'Bitte senden Sie uns ein Angebot für 50 Lizenzen Zoho One.', 2, 'Sales Discussions'],
]

describe('phrasings of round 25, branch r25-data', () => {
  it('reads an audit log showing no deletion as no denial that records went', async () => {
    expect(await misread(LOG_SHOWS_NO_DELETION)).to.deep.equal([])
  })
  it('reads records that no longer exist or that the product merged on its own as lost data', async () => {
    expect(await misread(GONE_OR_MERGED_BY_THE_PRODUCT)).to.deep.equal([])
  })
  it('reads stored values set back to zero as lost data, a reset wanted as a how-to', async () => {
    expect(await misread(SET_BACK_TO_ZERO)).to.deep.equal([])
  })
  it('reads records saved on another parent as data integrity, not customer mapping', async () => {
    expect(await misread(SAVED_ON_ANOTHER_PARENT)).to.deep.equal([])
  })
  it('reads records deleted in a belief as the users’ doing', async () => {
    expect(await misread(DELETED_IN_A_BELIEF)).to.deep.equal([])
  })
  it('reads duplicates to merge, also those people made, as a how-to', async () => {
    expect(await misread(MERGING_DUPLICATES)).to.deep.equal([])
  })
  it('reads values slipped into other fields in the records as damaged data', async () => {
    expect(await misread(VALUES_SLIPPED)).to.deep.equal([])
  })
  it('reads an office that can no longer do a task as a feature failing on 24x5', async () => {
    expect(await misread(AN_OFFICE_CAN_NO_LONGER)).to.deep.equal([])
  })
  it("reads a Zoho product's invoices and a file unusable as it is as the product's results", async () => {
    expect(await misread(THE_PRODUCTS_INVOICES)).to.deep.equal([])
  })
  it('reads the recycle bin as a feature of the product', async () => {
    expect(await misread(RECYCLE_BIN_IS_THE_PRODUCTS)).to.deep.equal([])
  })
})
