// Round 14 (branch r14-data): the meanings behind the first read's misses of grown-43.yaml (Support
// tickets on the boundary between data integrity, 1, and incorrect results, 2, with the severity-3 traps
// beside them), each in other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Records whose stored values are empty now: lost data (1, 24x5); a result that stays empty, or values
// empty where they are shown or put out, is a result (2).
const VALUES_EMPTIED: Phrasing[] = [
  ['Leads', 'Since yesterday the phone numbers of all our leads are blank.', 1, TS, '24x5'],
  ['Accounts', 'After the migration the addresses on most accounts are now empty.', 1, TS, '24x5'],
  ['Kontakte', 'Seit dem Import sind die Adressen von 300 Kontakten leer.', 1, TS, '24x5'],
  ['Tickets', 'Depuis la mise à jour, les notes de nos tickets sont vides.', 1, TS, '24x5'],
  // traps: a computed value that stays empty, values empty in an export, a question about blanks
  ['Formula', 'The formula field stays empty on new deals.', 2, TS],
  ['Export', 'The phone numbers are empty in the CSV export, in CRM they are fine.', 2, TS],
  ['Import', 'How do we import contacts whose email is blank?', 3, TS],
]

// Records that no longer have what they had ("have no … any more"): lost data; the negation still says
// "cannot" where access is named.
const NO_LONGER_HAVE: Phrasing[] = [
  ['Deals', 'Since the update, about 400 deals have no amount any more.', 1, TS, '24x5'],
  ['Kontakte', 'Viele Kontakte haben keine E-Mail-Adresse mehr seit der Synchronisation.', 1, TS, '24x5'],
  ['Comptes', 'Plusieurs comptes n\'ont plus de numéro de téléphone depuis hier.', 1, TS, '24x5'],
  // traps: no access any more is a login problem; people who no longer trust figures report no loss
  ['CRM', 'We have no access any more to CRM since this morning.', 1, TS, '24x7'],
  ['Zugang', 'Wir haben keinen Zugang mehr zu Zoho Desk.', 1, TS, '24x7'],
  ['Report', 'The report says 480 and the dashboard 455 for the same quarter, which one is correct? The customer does not trust the figures anymore.', 2, TS],
]

// Values written over by the product, the records named further on: lost data.
const OVERWRITTEN: Phrasing[] = [
  ['Sync', 'The nightly sync overwrote the billing city with an old value on nearly all of our 2,000 accounts.', 1, TS, '24x5'],
  ['Blueprint', 'A blueprint transition wiped the description field on every one of the open tickets.', 1, TS, '24x5'],
  ['Import', 'Der Import hat das Feld Branche bei allen bestehenden Kunden überschrieben.', 1, TS, '24x5'],
  ['Flow', 'Le flow a écrasé la date de fin dans toutes nos fiches clients.', 1, TS, '24x5'],
  // traps: a question whether an import would overwrite; the partner's own choice
  ['Import', 'Before we start: could the import overwrite the owner field on existing accounts?', 3, TS],
  ['Import', 'Kann ein Import bestehende Werte überschreiben, wenn die Spalte leer ist?', 3, TS],
  ['Cleanup', 'How do we wipe all test records before go-live?', 3, TS],
]

// Letters turned into other signs: in the records, corrupted data (1); in an export or a PDF, shown wrongly (2).
// A question mark is no question.
const GARBLED: Phrasing[] = [
  ['Accounts', 'All account names with an ü or é now contain question marks instead of the letters.', 1, TS, '24x5'],
  ['Contacts', 'Since the migration the contact names are full of strange characters like Ã©.', 1, TS, '24x5'],
  ['Kontakte', 'Die Nachnamen der Kontakte zeigen seit gestern Fragezeichen statt Umlaute.', 1, TS, '24x5'],
  ['Fiches', 'Les noms de nos clients contiennent des points d\'interrogation à la place des accents.', 1, TS, '24x5'],
  // traps: only where shown or put out
  ['PDF', 'On the invoice PDF the customer names show question marks instead of accents.', 2, TS],
  ['Export', 'Beim Export als CSV werden aus den Umlauten Fragezeichen.', 2, TS],
  ['Help', 'Where is the question mark icon for the help panel?', 3, TS],
]

// Another record's data on a record: corrupted data.
const OTHER_RECORDS_DATA: Phrasing[] = [
  ['Contacts', 'Many of our leads now show the email address of another lead.', 1, TS, '24x5'],
  ['Kunden', 'Nach dem Abgleich tragen viele Datensätze die Adresse eines anderen Kunden.', 1, TS, '24x5'],
  ['Clients', 'Depuis l\'import, beaucoup de fiches ont l\'adresse d\'un autre client.', 1, TS, '24x5'],
  // traps: a view listing other people's records is a filter showing wrong records
  ['View', 'The My Deals view wrongly lists deals of other owners too.', 2, TS],
]

// Data said to be a mess, or found nowhere: lost or corrupted data.
const A_MESS: Phrasing[] = [
  ['Sync', 'Since the two-way sync ran our contact data is a total mess.', 1, TS, '24x5'],
  ['Abgleich', 'Nach dem Abgleich herrscht in unseren Kundendaten das reine Chaos.', 1, TS, '24x5'],
  ['Migration', 'Les pièces jointes ne sont plus nulle part après la migration.', 1, TS, '24x5'],
  // traps: a mess of the partner's own making, asked about
  ['Cleanup', 'Our pipeline is a mess because reps never update stages. How do we set up reminders?', 3, TS],
]

// A count that dropped where it is shown, the records intact: a result (2). Amounts rounded: a result (2).
const RESULTS_SHOWN: Phrasing[] = [
  ['Dashboard', 'The open deals count on the dashboard fell from 900 to 610, though all deals are still there.', 2, TS],
  ['Report', 'In the sales report the totals are rounded to whole dollars, the deals have cents.', 2, TS],
  ['Bericht', 'Im Bericht werden die Beträge auf ganze Euro gerundet, in den Angeboten stimmen sie.', 2, TS],
  ['Rapport', 'Dans le tableau de bord, les montants sont arrondis à la centaine.', 2, TS],
  ['Factures', 'Le total des factures ne correspond donc plus au rapport.', 2, TS],
  // traps: asking how to round, a function to write that rounds
  ['Rounding', 'Our client wants line amounts rounded to 0.05. Which setting does that?', 3, TS],
  ['Function', 'Can you help us write a function that rounds the discount to whole numbers?', 3, TS],
]

// Last year's or the old figures used: a result off (2).
const OLD_FIGURES: Phrasing[] = [
  ['Preise', 'Die Angebote rechnen immer noch mit den Preisen vom letzten Jahr.', 2, TS],
  ['Taxe', 'Les devis appliquent encore l\'ancien taux de taxe.', 2, TS],
  ['Tax', 'New estimates still use the old tax rate although we changed it.', 2, TS],
]

// The recycle bin: records that people deleted wait there; a question about it reports no loss.
// Records not in the bin are still lost.
const RECYCLE_BIN: Phrasing[] = [
  ['Trash', 'Can deleted deals be restored from the recycle bin after 30 days?', 3, TS],
  ['Papierkorb', 'Wie lange bleiben gelöschte Kontakte im Papierkorb?', 3, TS],
  ['Corbeille', 'Les contacts supprimés restent combien de temps dans la corbeille ?', 3, TS],
  // traps: deleted by the product and not in the recycle bin
  ['Deals', 'The workflow deleted 80 deals and they are not in the recycle bin.', 1, TS, '24x5'],
]

// The partner's own choice of the wrong thing: their doing, no wrong result of the product.
const OWN_CHOICE: Phrasing[] = [
  ['Import', 'We uploaded the wrong file and now all the lead sources are wrong. Can we revert it?', 3, TS],
  ['Mass update', 'A colleague selected the wrong view and mass-updated the wrong records. Is there an undo?', 3, TS],
  ['Import', 'Wir haben die Spalten beim Import falsch zugeordnet, die Werte sind jetzt falsch. Wie machen wir das rückgängig?', 3, TS],
  // traps: the product choosing wrong
  ['Sync', 'The sync picks the wrong currency for every new deal.', 2, TS],
]

// Asking for a setting or whether something could happen: nothing reported, also in a German infinitive
// clause set off by a comma, wrapped over a line.
const ASKING_FOR_A_SETTING: Phrasing[] = [
  ['Import', 'Is there an option to leave existing values unchanged when the file has empty cells?', 3, TS],
  ['Import', 'Gibt es eine Einstellung, doppelte\nEinträge beim Import zu überspringen?', 3, TS],
  ['Import', 'Y a-t-il une option pour ignorer les valeurs vides lors de l\'import ?', 3, TS],
  // traps: a comma before a clause that reports
  ['Bericht', 'Wir haben alles geprüft, die Summe im Bericht ist falsch.', 2, TS],
]

// Records back after a restore: over; the subject's loss is the earlier message's.
const RECORDS_BACK: Phrasing[] = [
  ['Re: deleted contacts', 'Great news, the contacts are all back after your restore. Thank you!', 3, TS],
  ['AW: Datenverlust', 'Danke, die Notizen sind wieder da.', 3, TS],
  ['RE: Pièces jointes disparues', 'Merci, les pièces jointes ont bien été récupérées.', 3, TS],
  // traps: records not back
  ['Re: deleted contacts', 'The contacts are still missing after the restore you did.', 1, TS, '24x5'],
]

// French "nos clients sont perdus": confused, no records lost; "enregistrements" are records, nothing saved.
const FRENCH_WORDS: Phrasing[] = [
  ['Devis', 'Les remises s\'affichent en pourcentage au lieu du montant, nos commerciaux sont perdus.', 2, TS],
  ['Vue', 'La vue ne renvoie pas les bons enregistrements depuis hier.', 2, TS],
  // traps: customer records lost, records that cannot be saved
  ['Fiches', 'Les fiches clients sont perdues depuis la synchronisation.', 1, TS, '24x5'],
  ['Enregistrer', 'Impossible d\'enregistrer les devis, plus rien ne s\'enregistre.', 1, TS],
]

// Twice on two occasions, or people who send a form twice: no doubling of the product's own.
const TWICE_BY_PEOPLE: Phrasing[] = [
  ['Leads', 'Visitors often submit the contact form twice, so we get duplicate leads. How can we merge them?', 3, TS],
  ['Backup', 'It has happened twice that an agent merged two unrelated tickets. Does Desk keep a history of merges?', 3, TS],
  // traps: the product doing it twice, also in a time frame; a notification that arrives empty is a result
  ['Webhook', 'The webhook is called twice for every new lead.', 2, TS],
  ['Webhook', 'The webhook fired twice this month for each new deal.', 2, TS],
  ['Notifications', 'The values in the assignment notification emails are empty since Friday.', 2, TS],
  ['Subject', 'Why does the subject line of our emails end with a question mark?', 3, TS],
]

describe('phrasings r14-data: data integrity against incorrect results, and the traps beside them', () => {
  it('reads records whose values are empty now as lost data, empty results and exports as results', async () => {
    expect(await misread(VALUES_EMPTIED)).to.deep.equal([])
  })
  it('reads records that no longer have a value as lost data, and no access any more as no access', async () => {
    expect(await misread(NO_LONGER_HAVE)).to.deep.equal([])
  })
  it('reads values written over by the product as lost data, a question whether an import would as nothing', async () => {
    expect(await misread(OVERWRITTEN)).to.deep.equal([])
  })
  it('reads letters turned into signs in the records as corrupted data, in an export as a result', async () => {
    expect(await misread(GARBLED)).to.deep.equal([])
  })
  it('reads another record\'s data on a record as corrupted data', async () => {
    expect(await misread(OTHER_RECORDS_DATA)).to.deep.equal([])
  })
  it('reads data said to be a mess or found nowhere as a data integrity problem', async () => {
    expect(await misread(A_MESS)).to.deep.equal([])
  })
  it('reads a count that dropped where it is shown, and rounded amounts, as results', async () => {
    expect(await misread(RESULTS_SHOWN)).to.deep.equal([])
  })
  it('reads last year\'s or old figures as a result off', async () => {
    expect(await misread(OLD_FIGURES)).to.deep.equal([])
  })
  it('reads a question about the recycle bin as no loss', async () => {
    expect(await misread(RECYCLE_BIN)).to.deep.equal([])
  })
  it('reads the partner\'s own choice of the wrong thing as their doing', async () => {
    expect(await misread(OWN_CHOICE)).to.deep.equal([])
  })
  it('reads asking for a setting, also in a German infinitive clause, as reporting nothing', async () => {
    expect(await misread(ASKING_FOR_A_SETTING)).to.deep.equal([])
  })
  it('reads records back after a restore as over', async () => {
    expect(await misread(RECORDS_BACK)).to.deep.equal([])
  })
  it('reads French "sont perdus" of people as confused and "enregistrements" as records', async () => {
    expect(await misread(FRENCH_WORDS)).to.deep.equal([])
  })
  it('reads twice on two occasions, or a form sent twice by people, as no doubling', async () => {
    expect(await misread(TWICE_BY_PEOPLE)).to.deep.equal([])
  })
})
