// Round 43 (branch r43-subject): the meanings behind the first-read misses of grown-119.yaml (tickets whose subject
// carries the matter, over an empty or one-line body), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// German "Datenverlust" is a compound of data and loss again (it left `symptom topic`'s "Schutz vor Datenverlust"):
// lost data, 1 on 24x5, also in a bare subject.
const DATENVERLUST: Phrasing[] = [
  ['Datenverlust im CRM', '', 1, TS, '24x5'],
  ['Dringend', 'Seit dem Sync gestern haben wir massiven Datenverlust bei den Kontakten.', 1, TS, '24x5'],
  ['Datenverlust seit Update', 'Bitte schnell zurückrufen.', 1, TS, '24x5'],
  // traps: protection against data loss, data loss said not to have happened
  ['Frage', 'Bietet Zoho Books einen Schutz vor Datenverlust bei Stromausfall?', 3, TS],
  ['Import', 'Kein Datenverlust beim Import, wir möchten nur wissen, wie man die Felder zuordnet.', 3, TS],
]

// The cause of a past trouble asked after ("know the cause of", "was die Ursache … war", "connaître la cause"), as
// "what caused" and "root cause of": a question, and a bare subject over it is its headline.
const CAUSE_ASKED: Phrasing[] = [
  ['Outage', 'All good again. We would like to know the cause of yesterday’s outage for our management.', 3, TS],
  ['Störung', 'Alles wieder in Ordnung, uns interessiert nur, was die Ursache für die Störung am Montag war.', 3, TS],
  ['Coupure', 'Tout refonctionne. Nous aimerions savoir la cause de la coupure de mardi dernier.', 3, TS],
  // traps: a trouble going on now, its cause unknown
  ['Hallo', 'Das CRM ist seit 9 Uhr ausgefallen, was die Ursache ist wissen wir nicht.', 1, TS, '24x7'],
  ['Question', 'Desk est en panne depuis ce matin, impossible de connaître la cause.', 1, TS, '24x7'],
]

// Everything crashed at once ("tout est planté", "alles ist abgestürzt", "everything has crashed") is the whole
// product down (concept `outage`): 1 on 24x7.
const EVERYTHING_CRASHED: Phrasing[] = [
  ['Help', 'Everything crashed at 10 and nobody can do anything.', 1, TS, '24x7'],
  ['Notfall', 'Seit dem Update ist alles abgestürzt.', 1, TS, '24x7'],
  ['CRM', 'Ce matin tout a planté chez notre client.', 1, TS, '24x7'],
  // trap: one app that closes is a crash (24x5)
  ['App', 'The mobile app crashes every time we open it.', 1, TS, '24x5'],
]

// A contract's notice period names Payments Renewal and asks no cancellation (concept `notice period`); German
// "kündigen will er nicht" is nobody wanting to cancel. A cancellation asked by its verb still counts.
const NOTICE_PERIOD: Phrasing[] = [
  ['Kündigung', 'Wie lange ist die Kündigungsfrist bei Zoho One? Kündigen möchte sie nicht, nur planen.', 2, PR],
  ['Hallo', 'Gilt für Jahresverträge eine Kündigungsfrist von drei Monaten?', 2, PR],
  ['Kündigung', 'Wir brauchen nur die Kündigungsfristen für unseren Kunden, kündigen will keiner.', 2, PR],
  // traps: cancellations asked, the notice period beside them
  ['Vertrag', 'Bitte zum Ende der Kündigungsfrist kündigen.', 1, PR],
  ['Kündigung', 'Bitte kündigen Sie den Vertrag, welche Kündigungsfrist gilt?', 1, PR],
  ['Résiliation', 'Merci de résilier notre abonnement, quel est le préavis ?', 1, PR],
]

describe('phrasings, round 43: the subject carries the matter', () => {
  it('reads "Datenverlust" as lost data', async () => {
    expect(await misread(DATENVERLUST)).to.deep.equal([])
  })
  it('reads the cause of a past trouble asked after as a question', async () => {
    expect(await misread(CAUSE_ASKED)).to.deep.equal([])
  })
  it('reads everything crashed as the whole product down', async () => {
    expect(await misread(EVERYTHING_CRASHED)).to.deep.equal([])
  })
  it('reads a notice period as a term of the contract, no cancellation', async () => {
    expect(await misread(NOTICE_PERIOD)).to.deep.equal([])
  })
})
