// Round 23 (branch r23-mixed): the meanings behind the first-read misses of grown-84.yaml (tickets that mix
// English, German and French as partners in DACH, France, Belgium and Canada write them), in other words and
// languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An error on each record a sync or an import carried, read in its log, is an error on every item of a run: the run
// does not work (1 on 24x5, as every payslip); an error on every record opened stays an outage (24x7).
const EVERY_ITEM_OF_A_RUN: Phrasing[] = [
  ['Import', 'The import log lists an error against every record since the update.', 1, TS, '24x5'],
  ['Sync', 'Im Synchronisationsprotokoll steht seit gestern bei jedem Datensatz ein Fehler.', 1, TS, '24x5'],
  ['Synchro', "Dans le journal d'import, chaque enregistrement est marqué en erreur depuis lundi.", 1, TS, '24x5'],
  // still an outage: every record opened
  ['CRM', 'Every record we open in CRM shows an error since 10 am.', 1, TS, '24x7'],
  ['CRM', 'Beim Öffnen zeigt jedes Ticket einen Fehler, bei jedem Datensatz dasselbe.', 1, TS, '24x7'],
]

// Opening a NEW thing is creating it: when it cannot be done the feature does not work (1, 24x5), no lack of
// access to what exists (24x7).
const OPEN_A_NEW_ONE: Phrasing[] = [
  ['Desk', 'Since this morning our agents cannot open a new ticket for a caller.', 1, TS, '24x5'],
  ['Creator', "Depuis hier impossible d'ouvrir un nouveau dossier dans l'application.", 1, TS, '24x5'],
  // still no access: the thing itself cannot be opened
  ['Desk', "We can't open Desk at all since 9, none of us.", 1, TS, '24x7'],
  ['Books', "Impossible d'ouvrir Books depuis ce matin, pour tout le monde.", 1, TS, '24x7'],
]

// People named as the ones who can no longer do a task are kept from their work (1 on 24x5); a program that can
// no longer do it has stopped (24x7), and a person who cannot sign in stays a login failure (24x7).
const PEOPLE_CAN_NO_LONGER: Phrasing[] = [
  ['Campaigns', 'Nos commerciaux ne peuvent plus envoyer de devis depuis la mise à jour.', 1, TS, '24x5'],
  ['Angebote', 'Unsere Vertriebler können seit dem Update keine Angebote mehr versenden.', 1, TS, '24x5'],
  // still 24x7: a program as the subject, a sign-in
  ['Workflow', "Le workflow ne peut plus envoyer d'e-mails depuis vendredi.", 1, TS, '24x7'],
  ['Login', 'Notre cliente ne peut plus se connecter à Zoho Desk depuis hier.', 1, TS, '24x7'],
]

// German puts "fehlen" second, the place or the count right after it and what is missing at the clause's end: lost
// data (1, 24x5); a thing missing from a search result is not. Uploaded CVs are stored files.
const MISSING_IN_GERMAN_ORDER: Phrasing[] = [
  ['CRM', 'Seit der Migration fehlen bei fast allen Firmen in unserem CRM die Ansprechpartner und Telefonnummern.', 1, TS, '24x5'],
  ['Expense', 'Seit gestern fehlt in Zoho Expense bei allen Spesenabrechnungen der Beleg.', 1, TS, '24x5'],
  ['Recruit', 'Since the update the CVs of about 200 applicants are gone from Recruit.', 1, TS, '24x5'],
  // traps: how-tos (information missing, not records)
  ['Import', 'Uns fehlen noch Informationen, wie wir die Kontakte am besten importieren.', 3, TS],
  ['Export', 'Die Rechnungen sind alle vollständig. Mir fehlt in der Doku nur ein Hinweis, wie ich die Rechnungen als CSV exportiere.', 3, TS],
]

// A refusal the user's own profile or role explains is the product applying the rights set: a configuration, no
// login failure; "Access denied" for everyone stays one.
const RIGHTS_BY_DESIGN: Phrasing[] = [
  ['Access denied', 'Our new intern gets "Access denied" on the Reports tab because her role is Sales Rep. How do we let her see reports?', 3, TS],
  ['Accès refusé', 'Notre stagiaire voit « Accès refusé » sur le module Factures, car son profil ne le permet pas. Comment modifier son profil ?', 3, TS],
  ['Zugriff', 'Die neue Kollegin bekommt "Zugriff verweigert", weil ihre Rolle nur Lesen erlaubt. Wo ändern wir das?', 3, TS],
  // still a login failure: everyone, no profile named
  ['Access denied', 'Since 9 all agents get "Access denied" when they open Desk.', 1, TS, '24x7'],
]

// A session that timed out is the logout after inactivity at work, no slowness; a report that times out is.
const SESSION_TIMED_OUT: Phrasing[] = [
  ['Session', 'After lunch the session has usually timed out and the agents have to sign in again. Can we make it last longer?', 3, TS],
  ['Sitzung', 'Die Session ist nach 20 Minuten wegen Timeout abgelaufen, kann man die Dauer verlängern?', 3, TS],
  // still slowness
  ['Reports', 'Every report times out after two minutes, for all users.', 1, TS, '24x5'],
]

// Slow on one named person's machine, the others fine, is that machine's (2); slow for everyone stays 1.
const ONE_PERSONS_MACHINE: Phrasing[] = [
  ['Desk', 'Desk is painfully slow only on Maria\'s laptop, the rest of the office is fine.', 2, TS],
  ['Desk', 'Zoho Desk ist nur am Rechner unserer Buchhalterin extrem langsam.', 2, TS],
  ['Desk', "Desk est d'une lenteur terrible seulement sur le poste de notre comptable.", 2, TS],
  // still slowness: everyone
  ['Desk', 'Desk has been painfully slow for the whole team since the update.', 1, TS, '24x5'],
]

// The others said to go through without problems: the failure is partial (2); "without problems" alone is not.
const OTHERS_WITHOUT_PROBLEMS: Phrasing[] = [
  ['Sync', 'About 30 invoices fail to sync with an error; the rest go through without any problems.', 2, TS],
  ['Sync', 'La synchro échoue pour une dizaine de factures, les autres passent sans souci.', 2, TS],
  ['Sync', 'Bei 15 Artikeln schlägt die Übertragung fehl, alle anderen kommen problemlos an.', 2, TS],
  // still a total failure
  ['Sync', "Les factures ne se synchronisent plus du tout. L'import a marché sans problème.", 1, TS, '24x7'],
  ['Sync', 'The invoices stopped syncing completely. The import went through without problems.', 1, TS, '24x7'],
]

// A failure only from the partner's staging or test server, production fine, works where the business runs (2).
const ONLY_FROM_STAGING: Phrasing[] = [
  ['API', 'Die API-Aufrufe schlagen mit 403 fehl, aber nur vom Testserver aus, die Produktion funktioniert einwandfrei.', 2, TS],
  ['API', 'Les appels API échouent avec une erreur 401, uniquement depuis notre serveur de test.', 2, TS],
  ['API', 'The webhook calls get refused, but only from our staging box; production calls work fine.', 2, TS],
]

describe('phrasings of round 23, branch r23-mixed', () => {
  it('reads an error on every record of a sync or import log as an error on every item of a run (24x5)', async () => {
    expect(await misread(EVERY_ITEM_OF_A_RUN)).to.deep.equal([])
  })
  it('reads opening a new thing as creating it, no lack of access', async () => {
    expect(await misread(OPEN_A_NEW_ONE)).to.deep.equal([])
  })
  it('reads people who can no longer do a task as kept from their work (24x5)', async () => {
    expect(await misread(PEOPLE_CAN_NO_LONGER)).to.deep.equal([])
  })
  it('reads German "fehlen" with what is missing at the clause end as lost data', async () => {
    expect(await misread(MISSING_IN_GERMAN_ORDER)).to.deep.equal([])
  })
  it("reads a refusal explained by the user's profile or role as a configuration", async () => {
    expect(await misread(RIGHTS_BY_DESIGN)).to.deep.equal([])
  })
  it('reads a session that timed out as no slowness', async () => {
    expect(await misread(SESSION_TIMED_OUT)).to.deep.equal([])
  })
  it("reads slowness on one named person's machine as 2", async () => {
    expect(await misread(ONE_PERSONS_MACHINE)).to.deep.equal([])
  })
  it('reads the others going through without problems as a partial failure', async () => {
    expect(await misread(OTHERS_WITHOUT_PROBLEMS)).to.deep.equal([])
  })
  it('reads a failure only from the staging or test server as 2', async () => {
    expect(await misread(ONLY_FROM_STAGING)).to.deep.equal([])
  })
})
