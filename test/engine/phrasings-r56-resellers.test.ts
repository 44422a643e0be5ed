// Round 56 (branch r56-resellers): partners writing about their customers (grown-131.yaml). The batch read 40/40 on
// its first read; these are the meanings that probes in the same theme found unread, in other words and languages
// than the probes, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// A partner telling what its customers report ("customers report that…", "berichten, dass…", "nous rapportent
// que…") names no report (concept `telling verb`, which `display place`, `result view`, `result` and `technical`
// yield to): the harm told is read as it is.
const CUSTOMERS_REPORT_THAT: Phrasing[] = [
  ['Notes', 'Two of our clients are reporting that the phone numbers on their contacts are blank now.', 1, TS, '24x5'],
  ['Konten', 'Mehrere Kunden berichten uns, seit gestern sind die Adressen ihrer Konten leer.', 1, TS, '24x5'],
  ['Fiches', 'Plusieurs clients nous rapportent que les adresses de leurs comptes sont vides.', 1, TS, '24x5'],
  // traps: a report itself that is empty or off stays a result (2)
  ['Report', 'The pipeline report that we send to the board every Monday is empty.', 2, TS],
  ['Rapport', 'Le rapport que nous envoyons chaque lundi affiche un total faux.', 2, TS],
]

// Giving notice on a contract, French "dénoncer le contrat": a cancellation (concept `terminate`, Operations 1).
const GIVEN_NOTICE: Phrasing[] = [
  ['Kingsway Dental', 'Kingsway Dental have given notice on their CRM subscription as of 30 September.', 1, PR, '24x5'],
  ['Cabinet Roy', "Le cabinet Roy souhaite dénoncer son abonnement Zoho Books au 31 décembre.", 1, PR, '24x5'],
  // trap: a notice period asked about names the contract, no cancellation
  ['Notice', 'What notice period applies to a Zoho One annual plan?', 2, PR],
]

// Users who can no longer do anything in a product (concept `blocker`): a show-stopper, 24x5.
const CANNOT_DO_ANYTHING: Phrasing[] = [
  ['Books', 'Chez ce client, les comptables ne peuvent plus rien faire dans Zoho Books depuis midi.', 1, TS, '24x5'],
  ['Projects', 'Die Projektleiter können in Zoho Projects seit dem Update nichts mehr tun.', 1, TS, '24x5'],
  // trap: asking what one can do
  ['Question', 'Que peuvent faire nos clients pour exporter leurs projets ?', 3, TS],
]

// German "System tot" is down (concept `outage`, 24x7).
const SYSTEM_DEAD: Phrasing[] = [
  ['Mandant', 'Beim Mandanten Huber ist seit heute Morgen das ganze System tot.', 1, TS, '24x7'],
  ['Kunde', 'Beim Kunden Berger ist nach dem Update das System tot.', 1, TS, '24x7'],
  // trap: dead leads kept in the system are a how-to
  ['Frage', 'Der Kunde fragt, wie man im System tote Leads automatisch archiviert.', 3, TS],
]

describe('phrasings, round 56: partners writing about their customers', () => {
  it('reads "customers report that" as telling, no report', async () => {
    expect(await misread(CUSTOMERS_REPORT_THAT)).to.deep.equal([])
  })
  it('reads notice given on a contract as a cancellation', async () => {
    expect(await misread(GIVEN_NOTICE)).to.deep.equal([])
  })
  it('reads users who can no longer do anything as a show-stopper', async () => {
    expect(await misread(CANNOT_DO_ANYTHING)).to.deep.equal([])
  })
  it('reads "System tot" as down', async () => {
    expect(await misread(SYSTEM_DEAD)).to.deep.equal([])
  })
})
