// Round 24 (branch r24-dev3): the meanings behind the first-read misses of grown-89.yaml (developers and
// integrators asking how-to and configuration questions, or reporting an API that answers otherwise than
// documented, in failure words), in other words and languages than the tickets, with traps that must not
// read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The partner's own program failing (their script, unit tests, build, cron job, their SDK client timing out, a
// function they are writing, a client they already patched): writing functions and scripts (DOMAIN.md §4, 3).
const OWN_PROGRAM: Phrasing[] = [
  ['Tests', 'Our unit tests crash since we wrapped the SDK in a helper class, how do people mock it?', 3, TS],
  ['Build', 'My build is broken after the upgrade to the new client library; is there a changelog?', 3, TS],
  ['Cron', 'Our cron job crashed overnight with INVALID_TOKEN, it reused an old token.', 3, TS],
  ['SDK', 'The Java SDK times out on init when the data centre is set to the US one.', 3, TS],
  ['Polling', 'My script gives up after 30 seconds (my own timeout) while the export job is still running.', 3, TS],
  ['Loop', "I'm writing a function that walks all deals; my loop stops after 200 records every time.", 3, TS],
  ['Skript', 'Unser Skript stürzt beim Parsen der Antwort ab, wie lese ich das JSON richtig aus?', 3, TS],
  ['Tests', 'Nos tests unitaires plantent depuis la mise à jour du SDK, comment simuler le client ?', 3, TS],
  ['Flow', 'The custom function runs but the next step shows the output as empty - do I have to return a string?', 3, TS],
  // the API's own value wrong, the partner's client patched: the value is the matter (2)
  ['Token', 'The token response says expires_in 3600000; our client then fails on all calls. We have patched our side, but the value is wrong.', 2, TS],
  // traps: the product failing for everyone, a partner's function that returns a wrong figure, a customer's ("our client's") CRM
  ['Deluge', 'The Deluge editor crashes for every user since this morning.', 1, TS],
  ['Function', 'We wrote a function that sums the line items; the total it returns is lower than the real sum.', 2, TS],
  ['CRM', "Our client's CRM has been down since 9, nobody there can work.", 1, TS, '24x7'],
]

// The partner's own endpoint answering an HTTP error while they deploy: their server, no outage of Zoho's.
const OWN_ENDPOINT: Phrasing[] = [
  ['Webhooks', 'Our webhook receiver answers 503 while we deploy; does Desk retry those deliveries?', 3, TS],
  ['Webhooks', 'During our deployments the endpoint returns 502 for a minute, how many retries does Desk make?', 3, TS],
  ['Webhooks', 'Unser Webhook-Empfänger antwortet während unserer Deployments mit 503, wiederholt Desk die Zustellung?', 3, TS],
  ['Webhooks', 'Pendant nos déploiements notre récepteur renvoie 503 ; Desk renvoie-t-il les événements ?', 3, TS],
  // trap: Zoho's service answering 503
  ['Desk', 'Desk answers 503 on every page since 10:00.', 1, TS, '24x7'],
]

// A header's or a connection's name in an error ("No 'Access-Control-Allow-Origin' header", "Connection 'crm' not
// found"): a configuration matter, no lack of access.
const NAMES_IN_ERRORS: Phrasing[] = [
  ['CORS', "The browser says no 'Access-Control-Allow-Origin' header is present; do we need a proxy?", 3, TS],
  ['Connection', "Running my function gives \"Connection 'crmconn' not found\" - is the link name case sensitive?", 3, TS],
  ['CORS', "Le navigateur bloque l'appel : pas d'en-tête Access-Control-Allow-Origin. Faut-il un serveur intermédiaire ?", 3, TS],
  // traps: no access to the product
  ['Desk', 'We have no access to Desk since this morning, the whole team.', 1, TS, '24x7'],
]

// A concession that nobody did a thing ("although nobody creates tickets during the run"): a condition, no
// inability.
const CONCESSION: Phrasing[] = [
  ['Paging', 'Some tickets show up twice, although nobody edits tickets during the export.', 2, TS],
  ['Export', 'Einige Tickets erscheinen doppelt, obwohl niemand während des Exports Tickets anlegt.', 2, TS],
  ['Export', "Certains tickets apparaissent deux fois, alors que personne ne crée de tickets pendant l'export.", 2, TS],
  // traps: nobody can, also after a concession's words
  ['Login', 'Nobody can log in to Desk since 8.', 1, TS, '24x7'],
  ['Desk', 'The status page says everything is fine, although nobody can log in to Desk since 8.', 1, TS, '24x7'],
  ['Desk', 'La page de statut dit que tout va bien, alors que personne ne peut se connecter à Desk depuis 8h.', 1, TS, '24x7'],
]

// The API answering otherwise than the UI or another endpoint shows: a value returned wrongly (2).
const API_ANSWERS_OTHERWISE: Phrasing[] = [
  ['API', 'The checkbox is set on the contact in the UI, but the API returns false for it.', 2, TS],
  ['API', 'The tickets view shows it correctly as Escalated; GET /tickets/{id} comes back false for isEscalated.', 2, TS],
  ['API', 'In der Oberfläche ist das Kontrollkästchen gesetzt, aber die API liefert false.', 2, TS],
  ['API', "La case est cochée dans l'interface, mais l'API renvoie false.", 2, TS],
  // trap: a how-to about the API's value
  ['API', 'How do I make the API return the checkbox as true or false instead of a string?', 3, TS],
]

// A token's or a code's expiry ("the grant code expires in 10 minutes", "expires_in in seconds"): no subscription,
// no renewal (README: a certificate, token or key that expires).
const TOKEN_EXPIRY: Phrasing[] = [
  ['Grant code expiring', 'The grant code from the Self Client expires before we can paste it, can it last longer?', 3, TS],
  ['expires_in', 'Is expires_in in the token response given in seconds or milliseconds?', 3, TS],
  ['Ablauf', 'Der Grant-Code läuft nach 10 Minuten ab, bevor wir ihn eintragen können. Geht das länger?', 3, TS],
  // trap: a subscription that expires
  ['Renewal', 'Our customer subscription expires at the end of the month, please renew it for another year.', 3, 'Payments Renewal'],
]

describe('phrasings of round 24, branch r24-dev3', () => {
  it("reads the partner's own program failing as writing code", async () => {
    expect(await misread(OWN_PROGRAM)).to.deep.equal([])
  })
  it("reads the partner's own endpoint answering an HTTP error as no outage", async () => {
    expect(await misread(OWN_ENDPOINT)).to.deep.equal([])
  })
  it("reads a header's or a connection's name in an error as no lack of access", async () => {
    expect(await misread(NAMES_IN_ERRORS)).to.deep.equal([])
  })
  it('reads a concession that nobody did a thing as no inability', async () => {
    expect(await misread(CONCESSION)).to.deep.equal([])
  })
  it('reads the API answering otherwise than the UI as a wrong result', async () => {
    expect(await misread(API_ANSWERS_OTHERWISE)).to.deep.equal([])
  })
  it("reads a token's or a code's expiry as no renewal", async () => {
    expect(await misread(TOKEN_EXPIRY)).to.deep.equal([])
  })
})
