// Round 33 (branch r33-data): the meanings behind the first-read misses of grown-110.yaml (data integrity told by what
// users see: records merged into the wrong ones, values swapped or cut off, dates a day off, notes on other records,
// a copy of every record, characters garbled in every record), in other words and languages than the tickets, with
// traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Records the product merged into the wrong ones (concept `misfiled`, read with its wider window): 1 on 24x5.
const MERGED_WRONGLY: Phrasing[] = [
  ['Accounts', 'Since Monday several accounts have been wrongly merged, two hotels in different cities are now one.', 1, TS, '24x5'],
  ['Leads', 'Overnight the system merged two hundred leads incorrectly, each pair now shares one email.', 1, TS, '24x5'],
  ['Firmen', 'Unsere Firmen wurden falsch zusammengeführt, jetzt hat ein Datensatz zwei Adressen.', 1, TS, '24x5'],
  ['Fiches', 'Des contacts de plusieurs boulangeries ont été fusionnés entre eux cette nuit.', 1, TS, '24x5'],
  // traps: merging asked for, the partner's own tool
  ['Merge', 'Can two accounts be merged into one record while keeping both owners?', 3, TS],
  ['Fusion', 'Comment fusionner des doublons de contacts dans le CRM ?', 3, TS],
]

// Values swapped between columns on every record, or cut off (concept `values changed`, which a place of display sets
// aside; `data` now names bills and postal codes): 1 on 24x5.
const SWAPPED_OR_CUT_OFF: Phrasing[] = [
  ['Cities', 'Street and city are swapped on every contact since the sync ran.', 1, TS, '24x5'],
  ['Amounts', 'Every bill entered this week is missing the last digits of its amount.', 1, TS, '24x5'],
  ['Nummern', 'Die Kundennummern sind bei allen Kontakten nach vier Stellen abgeschnitten.', 1, TS, '24x5'],
  ['Adresses', 'Les codes postaux sont tronqués dans toutes les fiches clients depuis lundi.', 1, TS, '24x5'],
  // traps: cut off where it is shown, the records right
  ['PDF', 'In the PDF of the quote the amounts are truncated, a different figure than in the record.', 2, TS],
  ['Vue', 'Dans une seule vue, les montants sont tronqués, alors que la fiche affiche le bon montant.', 2, TS],
]

// Dates that now stand a day off on the records, said as a state (concept `values changed`): 1 on 24x5.
const DATES_A_DAY_OFF: Phrasing[] = [
  ['Dates', 'All birthdays and renewal dates on our contacts have all shifted by a day.', 1, TS, '24x5'],
  ['Termine', 'Die Liefertermine aller Aufträge sind seit Sonntag um einen Tag verschoben.', 1, TS, '24x5'],
  ['Dates', 'Les dates de clôture de toutes les opportunités sont décalées d’un jour depuis la mise à jour.', 1, TS, '24x5'],
  // traps: a date a function computes a day off, a subset
  ['Due date', 'The due date our workflow computes is off by one day for tasks created via the API.', 2, TS],
]

// Notes and activities that show up on other records (concept `misfiled`): 1 on 24x5.
const ON_OTHER_RECORDS: Phrasing[] = [
  ['Calls', 'Logged calls show up on the wrong contacts since Tuesday, every one of them.', 1, TS, '24x5'],
  ['Notizen', 'Die Notizen unserer Techniker landen beim falschen Kunden.', 1, TS, '24x5'],
  ['Notes', 'Les notes des commerciaux se retrouvent chez d’autres clients depuis ce matin.', 1, TS, '24x5'],
  // trap: a person's own misfiling
  ['Note', 'I saved a note on the wrong contact by mistake, how do I move it?', 3, TS],
]

// A copy of every record made by an unchanged import (concept `damage`, a judgement call labelled 1): 24x5.
const COPY_OF_EVERY_RECORD: Phrasing[] = [
  ['Import', 'The nightly import made a second copy of every contact we have.', 1, TS, '24x5'],
  ['Import', 'Der Import hat tausende Dubletten unserer Kontakte erzeugt.', 1, TS, '24x5'],
  ['Import', 'L’import de cette nuit a créé des milliers de doublons dans nos contacts.', 1, TS, '24x5'],
  // traps: duplicates made by hand, asked how to clean up
  ['Duplicates', 'Our reps entered some contacts twice by hand, how do we find them?', 3, TS],
  ['Dubletten', 'Einige Firmen wurden von Hand doppelt angelegt. Wie finden wir sie?', 3, TS],
]

// A CRM account record deleted is the users' doing, no cancellation (`terminate` names deleting an account as a request,
// as written: "delete ... account", "supprimer ... compte"; `user deletion` names a salesperson who deleted).
const PEOPLES_DOING: Phrasing[] = [
  ['Deleted account', 'Our intern deleted an account yesterday. Can it be recovered from the recycle bin?', 3, TS],
  ['Compte supprimé', 'Un commercial a supprimé la fiche d’un compte client. Comment la récupérer ?', 3, TS],
  // traps: a real cancellation
  ['Close', 'Please delete our account and stop billing us from next month.', 1, 'Payments Renewal', '24x5'],
  ['Konto', 'Bitte löschen Sie unser Zoho-Konto zum Monatsende.', 1, 'Payments Renewal', '24x5'],
]

// Records that were not even part of the action ("die gar nicht im Import waren") say no total stop (`concession`).
const NOT_EVEN_PART_OF_IT: Phrasing[] = [
  ['Nummern', 'Die Telefonnummern sind abgeschnitten, auch bei Kontakten, die gar nicht im Import waren.', 1, TS, '24x5'],
  ['Numbers', "The phone numbers are cut off after six digits, even on contacts that weren't even in the import.", 1, TS, '24x5'],
  // trap: a real total stop
  ['Import', 'Der Import funktioniert seit gestern gar nicht mehr.', 1, TS, '24x7'],
]

describe('phrasings, round 33: data integrity told by what users see', () => {
  it('reads records the product merged into the wrong ones as damage', async () => {
    expect(await misread(MERGED_WRONGLY)).to.deep.equal([])
  })
  it('reads values swapped or cut off on every record as damage', async () => {
    expect(await misread(SWAPPED_OR_CUT_OFF)).to.deep.equal([])
  })
  it('reads dates that stand a day off on the records as values changed', async () => {
    expect(await misread(DATES_A_DAY_OFF)).to.deep.equal([])
  })
  it('reads notes that show up on other records as misfiled', async () => {
    expect(await misread(ON_OTHER_RECORDS)).to.deep.equal([])
  })
  it('reads a copy of every record made by an import as damage', async () => {
    expect(await misread(COPY_OF_EVERY_RECORD)).to.deep.equal([])
  })
  it("reads a deleted CRM account record as the users' doing, no cancellation", async () => {
    expect(await misread(PEOPLES_DOING)).to.deep.equal([])
  })
  it('reads records not even part of the action as no total stop', async () => {
    expect(await misread(NOT_EVEN_PART_OF_IT)).to.deep.equal([])
  })
})
