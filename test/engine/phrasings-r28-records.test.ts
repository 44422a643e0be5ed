// Round 28 (branch r28-records): the meanings behind the first-read misses of grown-104.yaml (business records
// named in everyday vocabulary, lost, emptied or mixed up), in other words than the tickets, with traps that must
// not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Business records in everyday words are data (concept `data`): bookings and ledger entries, delivery notes,
// orders and quotes, time clock entries, the cash book.
const BUSINESS_RECORDS_LOST: Phrasing[] = [
  ['Books', 'Since the bank feed ran last night, about 300 journal entries from October are gone.', 1, TS, '24x5'],
  ['Inventory', 'Half of the sales orders we entered last week have vanished from Inventory.', 1, TS, '24x5'],
  ['Books', 'Seit dem Update sind die Buchungssätze vom Oktober verschwunden, gelöscht hat sie niemand.', 1, TS, '24x5'],
  ['Inventory', 'Bei unserem Kunden sind die Lieferscheine der letzten zwei Wochen verloren gegangen.', 1, TS, '24x5'],
  ['Kasse', 'Im Kassenbuch sind die Einträge vom 1. bis 5. Dezember überschrieben worden.', 1, TS, '24x5'],
  ['Books', 'Les écritures comptables du troisième trimestre ont disparu depuis la synchronisation.', 1, TS, '24x5'],
  ['Inventory', "Les bons de livraison de lundi ont été écrasés par l'import de ce matin.", 1, TS, '24x5'],
  // traps: records a person deleted, a lost sale, an export asked for
  ['Belege', 'Ein Kollege hat gestern aus Versehen die Lieferscheine von Oktober gelöscht. Wie holen wir sie zurück?', 3, TS],
  ['Ventes', 'Nous perdons des commandes face à la concurrence : comment relancer automatiquement nos devis dans Zoho CRM ?', 3],
  ['Export', 'Comment exporter toutes les écritures comptables de 2025 pour notre expert-comptable ?', 3, TS],
]

// Hours or values at zero on time records are emptied values (concept `emptied`).
const TIMES_AT_ZERO: Phrasing[] = [
  ['People', 'All clock-in entries for Monday have been reset to 0:00 for the whole warehouse team.', 1, TS, '24x5'],
  ['People', 'Die Zeitbuchungen aller Fahrer von gestern stehen auf 0:00.', 1, TS, '24x5'],
  ['People', 'Les heures pointées de la semaine dernière sont à 0h00 pour tous les salariés.', 1, TS, '24x5'],
]

// Values that changed by themselves are damage (French forms of "changed by itself").
const CHANGED_BY_THEMSELVES: Phrasing[] = [
  ['Devis', 'Sur une vingtaine de devis, les quantités ont changé toutes seules pendant la nuit.', 1, TS, '24x5'],
  ['Commandes', "Les prix unitaires des commandes ont changé d'eux-mêmes sans que personne n'y touche.", 1, TS, '24x5'],
  ['Aufträge', 'Die Stückzahlen in 40 Aufträgen haben sich von alleine geändert.', 1, TS, '24x5'],
]

// Records saved on other people's records are damage ("saved on another", plural).
const SAVED_ON_OTHERS: Phrasing[] = [
  ['Expense', "Expense claims filed by the sales team are being saved on other employees' records since Tuesday.", 1, TS, '24x5'],
  ['Projects', "Time entries are saved on other users' records, nobody can tell whose hours are whose.", 1, TS, '24x5'],
]

// A pay run or an expense report in German compounds on "Abrechnung" is no invoice (concept `payroll run`).
const PAYROLL_IS_NO_INVOICE: Phrasing[] = [
  ['People', 'Die Gehaltsabrechnung ist am Freitag, aber die Zeiteinträge von November sind verschwunden.', 1, TS, '24x5'],
  ['Payroll', 'The payroll run is on Friday and all November timesheets are gone.', 1, TS, '24x5'],
  // trap: Zoho's own invoice to the partner
  ['Rechnung', 'Auf Ihrer Rechnung vom November fehlt unsere USt-IdNr., bitte korrigieren Sie die Abrechnung.', 2, 'Invoice changes'],
]

// A column or field missing from an export, and a link that opens a blank page, are results, not lost data or an
// outage (concept `column layout`, which `damage` and `missing up front` yield to; concept `other down`).
const EXPORT_COLUMN_AND_BLANK_LINK: Phrasing[] = [
  ['Export', 'In the CSV export of our purchase orders the column is missing for the supplier reference.', 2, TS],
  ['Export', 'Beim Export der Aufträge fehlt seit dem Update die Spalte Lieferdatum.', 2, TS],
  ['Export', "Il manque la colonne TVA dans l'export des commandes depuis la mise à jour.", 2, TS],
  ['Link', 'In the order confirmation mail the link opens a blank page instead of the order; the order itself is fine.', 2, TS],
  // traps: the real thing beside the same words
  ['Desk', 'The link opens a blank page and since 9 Desk is down for all agents.', 1, TS, '24x7'],
  ['Aufträge', 'Im Export fehlt die Spalte Menge, und 200 Aufträge sind seit gestern verschwunden.', 1, TS, '24x5'],
  ['CRM', 'Le lien ouvre une page blanche et depuis ce matin Zoho CRM est en panne pour tout le monde.', 1, TS, '24x7'],
]

describe('phrasings settled in round 28 (business records)', () => {
  it('reads business records named in everyday words as data', async () => {
    expect(await misread(BUSINESS_RECORDS_LOST)).to.deep.equal([])
  })
  it('reads time records at 0:00 as emptied values', async () => {
    expect(await misread(TIMES_AT_ZERO)).to.deep.equal([])
  })
  it('reads values that changed by themselves as damage', async () => {
    expect(await misread(CHANGED_BY_THEMSELVES)).to.deep.equal([])
  })
  it("reads records saved on other people's records as damage", async () => {
    expect(await misread(SAVED_ON_OTHERS)).to.deep.equal([])
  })
  it('reads a pay run as no invoice', async () => {
    expect(await misread(PAYROLL_IS_NO_INVOICE)).to.deep.equal([])
  })
  it('reads a column missing from an export and a link to a blank page as results', async () => {
    expect(await misread(EXPORT_COLUMN_AND_BLANK_LINK)).to.deep.equal([])
  })
})
