// Round 57 (branch r57-idioms): the meanings behind the first-read misses of grown-132.yaml (severity 1 said with
// idioms, slang and metaphors), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Broken "a bit" (concept `mildly broken`, rule `a bit broken`): it works, only not quite right (2).
const A_BIT_BROKEN: Phrasing[] = [
  ['Sort order', 'The sort order on the contacts list is a little broken, it mixes up two columns.', 2, TS],
  ['Kanban', 'Die Kanban-Ansicht ist ein bisschen kaputt, die Karten springen beim Ziehen.', 2, TS],
  ['Export', "L'export PDF est un peu cassé : le logo sort décalé.", 2, TS],
  // traps: broken outright, for everyone
  ['Sync', 'The calendar sync is totally busted for all our users since Monday, nothing syncs.', 1, TS],
  ['Formulare', 'Seit dem Update ist das Webformular für alle kaputt, keine Anfrage kommt mehr an.', 1, TS],
]

// The partner's own device broken (concept `device broken`): a machine, no product out of order.
const OWN_DEVICE_BROKEN: Phrasing[] = [
  ['New phone', 'My phone died over the weekend, how do I set up the Desk mobile app on the new one?', 3, TS],
  ['Neuer Rechner', 'Mein Laptop ist kaputt. Wie installiere ich die Zoho-Erweiterung auf dem neuen Gerät?', 3, TS],
  ['Nouvel ordi', "Mon ordinateur est cassé, comment réinstaller l'extension Zoho sur le nouveau ?", 3, TS],
  // trap: the product broken on every machine
  ['Extension', 'The Zoho Mail add-in is broken on every laptop in the office since this morning.', 1, TS],
]

// People who went quiet (concept `person silent`): a buyer, no feature gone quiet.
const PERSON_GONE_QUIET: Phrasing[] = [
  ['Lost deal', 'The prospect went quiet after the demo. How can we mark the opportunity as lost?', 3, TS],
  ['Stale lead', 'This lead has gone quiet on us for weeks; how do I move it to a nurture list?', 3, TS],
  ['Kontakt', 'Der Interessent ist abgetaucht. Wie archivieren wir den Kontakt im CRM?', 3, TS],
  ['Prospect', "Le prospect ne donne plus de nouvelles : comment clôturer l'opportunité ?", 3, TS],
  // trap: a feature gone quiet
  ['Webhooks', 'Our webhooks to the ERP have gone silent since Friday, none arrive.', 1, TS],
]

// Test data the partner wants wiped (concept `user deletion`): people's doing, no data lost.
const TEST_DATA_WIPED: Phrasing[] = [
  ['Go-live', 'Before launch we need all the dummy records in the CRM removed. Is there a mass delete?', 3, TS],
  ['Go-Live', 'Wie löschen wir vor dem Go-Live alle Testdaten aus dem CRM?', 3, TS],
  ['Mise en production', 'Comment supprimer toutes les données de test avant la mise en production ?', 3, TS],
  // trap: live records wiped by the product
  ['Records gone', 'Overnight the Accounts module was wiped clean, 5,000 records, and nobody deleted anything.', 1, TS],
]

describe('phrasings, round 57: severity 1 said with idioms', () => {
  it('reads something "a bit broken" as working, only not quite right', async () => {
    expect(await misread(A_BIT_BROKEN)).to.deep.equal([])
  })
  it("reads the partner's own broken device as no product out of order", async () => {
    expect(await misread(OWN_DEVICE_BROKEN)).to.deep.equal([])
  })
  it('reads a person gone quiet as no feature gone quiet', async () => {
    expect(await misread(PERSON_GONE_QUIET)).to.deep.equal([])
  })
  it('reads test data the partner wants wiped as no data lost', async () => {
    expect(await misread(TEST_DATA_WIPED)).to.deep.equal([])
  })
})
