// Round 178: data integrity told in the partners' own words (EN/DE/FR), a probing round. 50 probes written blind read 43
// as labelled (27 of 32 severity 1 right) on the main it started from. What read wrong: records multiplied named by a
// kind's word apart from "all" ("alle Kunden … dreifach vorhanden", "tous nos comptes existent en double", "every
// transaction was posted twice"; rule `all of a kind multiplied`), "all existing contacts" heard as "all exist" (records
// still there) so that a wipe by an import was set aside, "a workflow rule we did not touch deleted …" whose negation
// reached the deletion (`notNegation`: "not touched"), payments "applied to the wrong invoices" (`misfiled`), a record
// misfiled told again as "This is happening for every deal" read as errors everywhere (24x7), and a count "off" in a
// subject. Traps that must stay lower: how to merge duplicates, restore from the recycle bin, whether an import will
// overwrite, the duplicate-check setting, a fix told, one record's trouble, a figure off in a report with the records
// intact.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const INTEGRITY: Phrasing[] = [
  // records multiplied, named by "all"/"alle"/"tous" apart from their kind's word
  ['Datensätze doppelt', 'Nach dem Import sind alle Kunden doppelt und dreifach vorhanden.', 1, TS, '24x5'],
  ['Doublons partout', "Depuis la synchronisation d'hier soir, tous nos comptes existent en double.", 1, TS, '24x5'],
  // Choice (DOMAIN.md leaves it open): balances that no longer match the bank are a figure (2) alone; with every
  // transaction posted twice they are records multiplied in the ledger, data integrity (1, 24x5), as round 146 draws it
  ['Bank balance does not match', "Since the bank feed re-imported last month's statement every transaction was posted twice, and our balances no longer match the bank at all.", 1, TS, '24x5'],
  ['Alle Buchungen doppelt', 'Seit dem Bank-Import sind alle Buchungen doppelt gebucht.', 1, TS, '24x5'],
  ['Toutes les écritures en double', "Toutes les écritures bancaires ont été comptabilisées deux fois depuis l'import.", 1, TS, '24x5'],
  // a wipe by an import, "all existing contacts" no records still there
  ['Import corrupted our data', 'The CSV import we did through the import wizard wiped the phone and email fields of all existing contacts, although we had chosen "skip existing".', 1, TS, '24x5'],
  // a negation spent on "touched"
  ['Automation deleted contacts', 'A workflow rule we did not touch deleted about 800 contacts last night.', 1, TS, '24x5'],
  ['Contacts deleted', "A workflow rule we haven't touched in months deleted about 800 contacts last night.", 1, TS, '24x5'],
  // records filed under the wrong parent, told again for every record: data integrity on 24x5, no errors everywhere
  ['Payments linked to wrong invoices', 'Customer payments are being applied to the wrong invoices automatically, for every customer.', 1, TS, '24x5'],
  ['Deals attached to wrong customer', 'Since the update, new deals are being saved under a different customer than the one selected. This is happening for every deal.', 1, TS, '24x5'],
  // every record reset by the product, no value named
  ['Inventory stock wrong for all items', 'Stock on hand for every item was reset by the sync with our shop, we have no idea what we actually have in the warehouse.', 1, TS, '24x5'],
  ['Werte ändern sich von selbst', 'Bei allen Angeboten ändern sich die Beträge von selbst, ohne dass jemand etwas bearbeitet.', 1, TS, '24x5'],
  ['Nobody touched', 'Nobody touched the data but all the phone numbers on our contacts have changed to the same number.', 1, TS, '24x5'],
  // the family as it read right already, held
  ['Contacts vanished', 'Since this morning about 2,300 contacts are gone from CRM. Nobody deleted them, the audit log shows nothing.', 1, TS, '24x5'],
  ['why did all our contacts disappear?', 'We logged in today and the contacts module is empty. What happened?', 1, TS, '24x5'],
  ['Records merged into wrong contact', 'Zoho merged hundreds of our leads into the wrong contacts, their notes and emails are now on other people.', 1, TS, '24x5'],
  ['Backup restore lost data', "We asked for a restore of yesterday's backup and now all the tickets from the last two weeks are missing.", 1, TS, '24x5'],
  ['data lost', 'kindly check urgently, all the leads data is lost from yesterday evening. please do the needful', 1, TS, '24x5'],
  ['Kontakte verschwunden', 'Seit heute Morgen sind rund 2.300 Kontakte aus dem CRM verschwunden. Niemand hat etwas gelöscht.', 1, TS, '24x5'],
  ['Lagerbestand zurückgesetzt', 'Der Lagerbestand aller Artikel wurde über Nacht auf null gesetzt.', 1, TS, '24x5'],
  ['Factures rattachées au mauvais client', 'Toutes les factures sont désormais rattachées au mauvais client, les données de nos deux sociétés sont mélangées.', 1, undefined, '24x5'],
  ['Pourquoi tous nos contacts ont disparu ?', 'Pourquoi tous nos contacts ont-ils disparu depuis hier ?', 1, TS, '24x5'],
]

const LOWER: Phrasing[] = [
  // a figure off where the records are intact, one record's trouble: 2
  ['Dashboard count off', 'The dashboard widget says 120 open tickets but the view shows 118.', 2, TS, '24x5'],
  ['Sales report total wrong', 'The monthly sales report shows a total that is 300 EUR lower than the sum of the invoices. The invoices themselves are correct.', 2],
  ['Trial balance off', 'The trial balance report is off by a few cents, all transactions are there and look correct.', 2],
  ['Payment on wrong invoice', 'One payment was applied to the wrong invoice, can you check?', 2],
  ['Eine Buchung doppelt', 'Eine einzelne Buchung wurde doppelt gebucht, bitte um Hilfe.', 2],
  ['Rapport incorrect', 'Le rapport des ventes affiche un total erroné, les factures elles-mêmes sont correctes.', 2],
  // how-to questions, settings, a fix told: 3
  ['Merging duplicates', 'How can I merge duplicate contacts in CRM?', 3],
  ['Restore from recycle bin', 'A user deleted a few leads by mistake, how do we restore them from the recycle bin?', 3],
  ['Import question', 'Will an import overwrite existing records if the email matches?', 3],
  ['Duplicate check setting', 'Where is the setting for the duplicate check on leads? We want to use the phone number as a unique field.', 3],
  ['Not touched', "We haven't touched the settings, just want to know where the duplicate check is configured.", 3],
  ['Data loss fixed', 'Thanks, the missing contacts are back after your restore, everything is fine now. You can close this ticket.', 3],
  ['Import fixed', 'The import that duplicated our contacts last week was fixed by your team, all duplicates are removed now. Thank you!', 3],
  ['Reset stock', "Is it possible to reset all items' stock to zero at the start of the year?", 3],
  ['Reset', "How do I reset every item's stock to zero before the stocktake?", 3],
  ['Linking payments', 'How do I unlink a payment that we applied to the wrong invoice?', 3],
  ['Duplicate transactions', 'The bank feed sometimes posts a transaction twice, how do we exclude the duplicate?', 3],
  ['Doubletten', 'Wie verhindern wir, dass alle Kontakte doppelt angelegt werden, wenn wir die Liste noch einmal importieren?', 3],
  ['Überschreibt der Import?', 'Werden beim Import bestehende Datensätze überschrieben, wenn die E-Mail-Adresse übereinstimmt?', 3],
  ['Fusion de contacts', 'Deux contacts existent en double, comment les fusionner ?', 3],
  ['Corbeille', 'Comment restaurer un contact supprimé depuis la corbeille ?', 3],
]

describe('phrasings, round 178: data integrity in the partners\' own words', () => {
  it('reads records lost, multiplied, wiped, misfiled or changed as data integrity (1, 24x5)', async () => {
    expect(await misread(INTEGRITY)).to.deep.equal([])
  })
  it('keeps figures off, one record, how-tos, settings and fixes told lower', async () => {
    expect(await misread(LOWER)).to.deep.equal([])
  })
})
