// Round 42 (branch r42-integrations): the meanings behind the first-read misses of grown-118.yaml (APIs, webhooks,
// Deluge functions, OAuth, Zapier/Make, SSO and the CRM-Desk sync), in other words and languages than the tickets,
// with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Every function of the org failing, or a run that aborts for all of them, is an error on every run (concepts
// `every transaction`, `failure`): 1 on 24x5.
const EVERY_FUNCTION_FAILS: Phrasing[] = [
  ['Functions', 'Since the release every function we call from the blueprint throws an error.', 1, TS, '24x5'],
  ['Funktionen', 'Seit Montag schlagen sämtliche benutzerdefinierten Funktionen in CRM mit einem Fehler fehl.', 1, TS, '24x5'],
  ['Funktionen', 'Sämtliche Funktionen im Workflow brechen seit dem Update mit einem Timeout-Fehler ab.', 1, TS, '24x5'],
  ['Fonctions', 'Depuis hier, toutes les fonctions de nos clients échouent avec une erreur interne.', 1, TS, '24x5'],
  // traps: one function of the partner's own, a question
  ['Function', 'My function throws an error on line 4, can you review my code?', 3, TS],
  ['Fonction', 'Comment appeler une fonction depuis un workflow ?', 3, TS],
]

// Requests a connector or middleware sends to the API, each answered with an error, are an error on every API call
// (concept `every api request`): 1 on 24x5, no outage.
const EVERY_REQUEST_OUR_CONNECTOR_SENDS: Phrasing[] = [
  ['403', 'Every request our connector sends to Zoho Desk has been rejected with 403 since noon.', 1, TS, '24x5'],
  ['Error', 'Every call our ERP bridge makes to the Desk API fails with INVALID_TOKEN.', 1, TS, '24x5'],
  // trap: the documented limit reached by the partner's own loop
  ['429', 'Our loop sends a request per contact and hits the documented limit with 429, how do we batch them?', 3, TS],
]

// A deal the user marks as lost is a sales stage, no lost data (concept `sales stage`).
const DEAL_MARKED_LOST: Phrasing[] = [
  ['Workflow', 'We want a follow-up task in Desk whenever a deal is set to lost, how do we build that?', 3, TS],
  ['Regel', 'Wie schicken wir eine E-Mail an den Kunden, sobald die Verkaufschance als verloren markiert wird?', 3, TS],
  ['Règle', 'Comment envoyer un e-mail au commercial dès qu’une opportunité est marquée comme perdue ?', 3, TS],
  // traps: records that really disappeared
  ['Deals', 'All deals marked as lost disappeared from CRM overnight.', 1, TS, '24x5'],
  ['Affaires', 'Les affaires marquées comme perdues ont disparu du CRM.', 1, TS, '24x5'],
]

// The partner's own set-up or choice said as wrong is their doing (concept `own mistake`), no wrong result.
const OWN_SETUP_WRONG: Phrasing[] = [
  ['Scope', 'I think we set the wrong scope on the self client, which one does the tickets endpoint need?', 3, TS],
  ['Scope', 'Ich habe beim Anlegen des Clients wohl die falsche Region gewählt, wo ändere ich das?', 3, TS],
  ['Connexion', 'Nous avons mal configuré la connexion dans Make, comment la refaire ?', 3, TS],
  // trap: the product giving wrong values, nobody set anything
  ['Werte', 'Die API liefert für das Feld Status seit gestern falsche Werte, die Oberfläche zeigt etwas anderes.', 2, TS],
]

// A field that does not appear in a picker or a list is a field missing from a form (concept `missing from layout`),
// no delivery that brings nothing.
const FIELD_NOT_LISTED: Phrasing[] = [
  ['Feld', 'In der Zapier-Aktion taucht das Feld nicht in der Auswahl auf.', 2, TS],
  ['Felder', 'Die Felder tauchen im Make-Modul nicht auf, nur die Standardfelder.', 2, TS],
  ['Field', "In the Make module our custom field doesn't appear in the mapping list.", 2, TS],
  ['Champ', 'Dans le module Zapier, le champ Numéro client n’apparaît pas dans la liste.', 2, TS],
  // trap: records that never arrive
  ['Tickets', 'Die neuen Tickets aus dem Webformular tauchen seit gestern nicht mehr in Desk auf.', 1, TS, '24x5'],
]

describe('phrasings, round 42: integrations at the border of Support 1 and 3', () => {
  it('reads every function failing as an error on every run', async () => {
    expect(await misread(EVERY_FUNCTION_FAILS)).to.deep.equal([])
  })
  it('reads every request a connector sends, refused, as an error on every API call', async () => {
    expect(await misread(EVERY_REQUEST_OUR_CONNECTOR_SENDS)).to.deep.equal([])
  })
  it('reads a deal marked as lost as a stage, no lost data', async () => {
    expect(await misread(DEAL_MARKED_LOST)).to.deep.equal([])
  })
  it("reads the partner's own set-up said wrong as their doing", async () => {
    expect(await misread(OWN_SETUP_WRONG)).to.deep.equal([])
  })
  it('reads a field missing from a picker as a form matter, no delivery', async () => {
    expect(await misread(FIELD_NOT_LISTED)).to.deep.equal([])
  })
})
