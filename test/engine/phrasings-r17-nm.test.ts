// Round 17 (branch r17-nm): the meanings behind the first-read misses of grown-53.yaml (English
// first emails where a data problem is said only through numbers and consequences), in other words
// and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Stored values changed in bulk by the product, said by how they changed: damaged data (1 on 24x5,
// DOMAIN §4 data integrity); the same figure off only in a report or a dashboard is a result (2).
const VALUES_CHANGED: Phrasing[] = [
  ['Quotes', 'Since the last sync every quote amount was multiplied by 1000 on the records.', 1, TS, '24x5'],
  ['Tasks', 'Since Monday all task due dates moved two weeks ahead, nobody touched them.', 1, TS, '24x5'],
  ['Price list', 'The prices of all 800 products shifted one row, each item now has the price of the next.', 1, TS, '24x5'],
  ['Currency', 'All our EUR invoices are now stored as USD with the same number.', 1, TS, '24x5'],
  ['Beträge', 'Seit dem Update sind alle Beträge in den Angeboten mit 100 multipliziert.', 1, TS, '24x5'],
  ['Montants', 'Depuis hier, tous les montants des devis sont multipliés par 100.', 1, TS, '24x5'],
  // traps: only a report or a dashboard off; a how-to with the words; a figure "down by"
  ['Report', 'The sales report shows every amount multiplied by 100, the deals themselves are right.', 2, TS],
  ['Dashboard', 'Our revenue dashboard shows ten times the sum of the invoices.', 2, TS],
  ['Formula', 'How do I create a formula field that shows the amount multiplied by 1.2?', 3, TS],
  ['Import', "J'ai essayé dix fois d'importer les contacts, comment faire ?", 3, TS],
  ['Migration', 'We moved the review of the contacts ahead by a week, can we still get the migration done?', 3, TS],
]

// Files stored with zero bytes: damaged data (1 on 24x5).
const ZERO_BYTE_FILES: Phrasing[] = [
  ['Attachments', 'Every PDF our customers email in arrives on the ticket as a 0 byte file.', 1, TS, '24x5'],
  ['Documents', 'All documents uploaded since yesterday are zero bytes when downloaded.', 1, TS, '24x5'],
  ['Anhänge', 'Alle Anhänge seit gestern haben 0 Byte.', 1, TS, '24x5'],
  ['Fichiers', 'Tous les fichiers importés depuis lundi font 0 octet.', 1, TS, '24x5'],
  // trap: a question about sizes
  ['Storage', 'Where can I see how many bytes of storage our files use?', 3, TS],
]

// Records tied to the wrong parent, or no longer tied to any: damaged data (1 on 24x5).
const WRONG_PARENT: Phrasing[] = [
  ['Contacts', 'About 2,000 contacts now point to the wrong company since the weekend.', 1, TS, '24x5'],
  ['Tickets', 'Hundreds of tickets arrived overnight with no contact attached.', 1, TS, '24x5'],
  ['Candidates', 'Our candidates show up under job openings they never applied for.', 1, TS, '24x5'],
  ['Kontakte', 'Seit Montag hängen 500 Kontakte unter dem falschen Unternehmen.', 1, TS, '24x5'],
  ['Contacts', 'Depuis la migration, 300 contacts sont rattachés au mauvais compte.', 1, TS, '24x5'],
  // traps: how to move a record; a vacancy is no page that does not open
  ['Contacts', 'How do I move a contact to a different account?', 3, TS],
  ['Recruit', 'How do we publish job openings on our careers page?', 3, TS],
]

// A count of records fallen from a past figure: records vanished (1 on 24x5).
const COUNT_FELL: Phrasing[] = [
  ['Leads', 'We had about 12,000 leads last week. The module now shows 900.', 1, TS, '24x5'],
  ['Tickets', 'Yesterday it was 3,200 open tickets, this morning the list shows 140.', 1, TS, '24x5'],
  ['Subscribers', 'Our list had roughly 9,000 subscribers, today it holds 12.', 1, TS, '24x5'],
  ['Kontakte', 'Letzte Woche waren es 5.000 Kontakte, jetzt zeigt das Modul nur noch 300.', 1, TS, '24x5'],
  ['Contacts', "Nous avions 8 000 contacts, la liste n'affiche plus que 200.", 1, TS, '24x5'],
  // traps: a capacity question; a dashboard count; a belief proved wrong by a filter
  ['Capacity', 'We had about 5,000 contacts last year. How many can the Standard edition hold?', 3, TS],
  ['Filter', 'We thought half our deals had vanished, but it was the saved view. How do we reset it?', 3, TS],
]

// A field emptied, or set to zero, on every record: lost data (1 on 24x5).
const FIELD_EMPTIED: Phrasing[] = [
  ['Deals', 'Every deal created since Friday has an empty Amount field.', 1, TS, '24x5'],
  ['Accounts', 'The billing city is blank on every account since the update.', 1, TS, '24x5'],
  ['Timesheets', 'All time logs from last month are zero now, although the entries themselves are there.', 1, TS, '24x5'],
  // trap: a result that stays empty
  ['Formula', 'The formula field returns an empty value for some deals.', 2, TS],
]

// History that now begins at a recent date: records before it vanished (1 on 24x5).
const HISTORY_STARTS: Phrasing[] = [
  ['Timeline', 'The contact timeline now begins on 1 December, years of activities before that are not on the record.', 1, TS, '24x5'],
  ['Mails', 'The shared inbox only goes back to last Tuesday, nothing older than that can be found.', 1, TS, '24x5'],
  // trap: how far back something goes
  ['Timeline', 'How far back does the timeline of a contact go?', 3, TS],
]

// Different people merged into one record: another record's data on a record (1 on 24x5).
const MERGED_PEOPLE: Phrasing[] = [
  ['Dedupe', 'The duplicate check merged different people: one record now carries two people’s phone numbers.', 1, TS, '24x5'],
  ['Merge', 'Zoho merged two different customers into one account.', 1, TS, '24x5'],
]

// Duplicates the partner plans to remove: a clean-up, no doubling (3); a doubling the product made is 2.
const CLEAN_UP: Phrasing[] = [
  ['Duplicates', 'We plan to remove around 3,000 duplicate contacts next month. Should we export first?', 3, TS],
  ['Duplikate', 'Wir wollen nächste Woche die doppelten Kontakte bereinigen. Gibt es ein Backup?', 3, TS],
  ['Doublons', 'Nous prévoyons de supprimer 2 000 doublons. Faut-il faire une sauvegarde ?', 3, TS],
  // (not a clean-up: the product doubles)
  ['Import', 'The import created every contact twice.', 2, TS],
]

// A commission a product's formula computes on deals is the product's, not Zoho's payout.
const STAFF_COMMISSION: Phrasing[] = [
  ['Commission on deals', 'How do I make a formula field compute the commission on each deal?', 3, TS],
  ['Provision', 'Wie richte ich ein Formelfeld für die Provision pro Deal ein?', 3, TS],
  // trap: Zoho's commission to the partner
  ['Commission', 'Our commission for October has not been paid yet.', 2, 'Commission Payment'],
]

// A figure in a report, a dashboard or an export that differs while the records are all there: a
// result off (2), not lost data; a filter the partner found, or a question, is no fault.
const SHOWN_COUNT_OFF: Phrasing[] = [
  ['Dashboard', 'The pipeline dashboard says 310 open deals, the deal list has 1,450. The records are all there.', 2, TS],
  ['Export', 'Our CSV export has 9,000 rows, yet all 40,000 accounts are there in CRM.', 2, TS],
  ['Bericht', 'Der Bericht zeigt 200 Tickets, die Datensätze sind alle da.', 2, TS],
  ['Rapport', 'Le rapport affiche 150 contacts, les fiches sont toutes là.', 2, TS],
  // traps: a filter found; a question
  ['Report', 'The report showed 200 contacts, but they are all there, they were just filtered out by a saved view.', 3, TS],
  ['Dashboard', 'How do I set the dashboard to count deals of all owners? It shows 310 of ours, the records are all there.', 3, TS],
]

// A person who leads ("our ops lead") is no lead record: a cover note naming one adds nothing of its
// own, and the forwarded message is read.
const LEAD_PERSON: Phrasing[] = [
  ['Fwd: contacts', 'Hi, forwarding what our team lead found.\n\n---------- Forwarded message ---------\nFrom: Ann\nSent: Monday\n\nAll 5,000 contacts now point to the wrong account.', 1, TS, '24x5'],
  ['Leads', 'Every lead created since Friday has an empty Email field.', 1, TS, '24x5'],
  ['Leads', 'Our new leads are blank on every field since the import ran.', 1, TS, '24x5'],
]

describe('phrasings of round 17, branch r17-nm', () => {
  it('reads stored values changed in bulk as damaged data, in a report as a result', async () => {
    expect(await misread(VALUES_CHANGED)).to.deep.equal([])
  })
  it('reads files of zero bytes as damaged data', async () => {
    expect(await misread(ZERO_BYTE_FILES)).to.deep.equal([])
  })
  it('reads records tied to the wrong parent or to none as damaged data', async () => {
    expect(await misread(WRONG_PARENT)).to.deep.equal([])
  })
  it('reads a count fallen from a past figure as records vanished', async () => {
    expect(await misread(COUNT_FELL)).to.deep.equal([])
  })
  it('reads a field emptied on every record as lost data', async () => {
    expect(await misread(FIELD_EMPTIED)).to.deep.equal([])
  })
  it('reads history that now begins at a recent date as lost data', async () => {
    expect(await misread(HISTORY_STARTS)).to.deep.equal([])
  })
  it('reads different people merged into one record as damage', async () => {
    expect(await misread(MERGED_PEOPLE)).to.deep.equal([])
  })
  it('reads a planned clean-up of duplicates as no doubling', async () => {
    expect(await misread(CLEAN_UP)).to.deep.equal([])
  })
  it('reads a figure shown off while the records are all there as a result', async () => {
    expect(await misread(SHOWN_COUNT_OFF)).to.deep.equal([])
  })
  it('reads a lead person as no lead record', async () => {
    expect(await misread(LEAD_PERSON)).to.deep.equal([])
  })
  it('reads a commission a product formula computes as technical', async () => {
    expect(await misread(STAFF_COMMISSION)).to.deep.equal([])
  })
})
