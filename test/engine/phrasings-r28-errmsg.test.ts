// Round 28 (branch r28-errmsg): the meanings behind the first-read misses of grown-105.yaml (tickets that quote an
// error message), in other words than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An error for one record while all the other records open normally: a subset, 2 (`everyone else fine`).
const ONE_RECORD_THE_OTHERS_OPEN: Phrasing[] = [
  ['Account error', 'The account "Brightwell Ltd" throws an error when opened. All other accounts open normally.', 2, TS, '24x5'],
  ['Quote', 'Opening quote QT-2291 gives an error; the other quotes open fine.', 2, TS, '24x5'],
  ['Angebot', 'Das Angebot AN-5521 zeigt beim Öffnen einen Fehler, alle anderen Angebote öffnen ganz normal.', 2, TS, '24x5'],
  ['Devis', "Le devis D-118 affiche une erreur à l'ouverture, tous les autres devis s'ouvrent normalement.", 2, TS, '24x5'],
  ['Dashboards', 'One colleague gets an error on the dashboards; everyone else uses them without problems.', 2, TS, '24x5'],
  // traps: an error on every record, for everyone
  ['Accounts', 'Every account we open shows an error, for the whole team.', 1, TS, '24x7'],
  ['CRM', "It's just this one thing: CRM has been down for everyone since 8.", 1, TS, '24x7'],
  ['Angebote', 'Bei jedem Angebot, das wir öffnen, erscheint ein Fehler, bei allen Kollegen.', 1, TS],
]

// Saving that nobody can do any more, or nothing that saves, is a feature failing (1, 24x5), not a total stop
// (`save no more`).
const NOTHING_SAVES: Phrasing[] = [
  ['Speichern', 'Im Desk kann seit dem Update keiner mehr eine Antwort speichern, es kommt eine Fehlermeldung.', 1, TS, '24x5'],
  ['Speichern', 'In Books kann niemand mehr eine Rechnung speichern.', 1, TS, '24x5'],
  ['Enregistrer', "Dans Desk, rien ne s'enregistre du tout depuis ce matin, une erreur s'affiche pour tous les agents.", 1, TS, '24x5'],
  ['Enregistrer', "Les fiches contact ne s'enregistrent pas, une erreur s'affiche pour tout le monde.", 1, TS, '24x5'],
  // trap: the whole product down
  ['CRM', "Le CRM ne marche plus du tout depuis ce matin, pour tout le monde.", 1, TS, '24x7'],
]

// An error on every mail or document the team sends, said "every … we send", is an error on every transaction
// (1, 24x5; `every transaction`).
const EVERY_ONE_WE_SEND: Phrasing[] = [
  ['Versand', 'Jede Rechnung, die wir versenden, schlägt mit einem Fehler fehl.', 1, TS, '24x5'],
  ['Envoi', "Chaque devis qu'on envoie par e-mail échoue avec une erreur.", 1, TS, '24x5'],
  ['Envoi', "Chaque relance que nous envoyons depuis Books finit en échec.", 1, TS, '24x5'],
]

// The partner's own connector or integration erroring, or an error nobody noticed in their logs, reports nothing
// (`own code`, `unnoticed`).
const OWN_CONNECTOR_AND_UNNOTICED: Phrasing[] = [
  ['Connector', 'We built our own connector between Books and our ERP and it fails with "Internal Error" on product variants. Any sample payload?', 3, TS],
  ['Connector', 'Nous avons développé notre propre connecteur vers Sage, il plante sur les variantes de produits. Avez-vous un exemple de requête ?', 3, TS],
  ['Schnittstelle', 'Wir haben eine eigene Schnittstelle zu Shopware programmiert, die bei Varianten einen Fehler meldet. Gibt es ein Beispiel?', 3, TS],
  ['Logs', 'There is an error code in the sync log, nobody noticed, the orders all come through. What does it mean?', 3, TS],
  ['Logs', 'In den Logs steht ein Fehlercode, bemerkt hat es niemand, die Aufträge kommen alle an. Was bedeutet er?', 3, TS],
  ['Logs', "Un code d'erreur figure dans le journal, personne n'a remarqué, les commandes arrivent toutes. Que signifie-t-il ?", 3, TS],
  // traps: Zoho's own connector down for everyone, nobody who can work
  ['Sync', 'Seit heute früh kann niemand im CRM arbeiten, jede Seite zeigt einen Fehler.', 1, TS, '24x7'],
  ['Login', 'Nobody noticed anything last week, but since this morning nobody can log in to Desk.', 1, TS, '24x7'],
  ['CRM', 'Unser eigener Connector läuft, aber seit heute früh zeigt das CRM auf jeder Seite einen Fehler, bei allen Benutzern.', 1, TS, '24x7'],
  ['Desk', "Notre propre connecteur marche, mais Desk est en panne pour tout le monde depuis 8h.", 1, TS, '24x7'],
]

describe('phrasings, round 28: quoted error messages', () => {
  it('an error for one record, the others open normally, is 2', async () => {
    expect(await misread(ONE_RECORD_THE_OTHERS_OPEN)).to.deep.equal([])
  })
  it('nothing that saves any more is a feature failing (24x5)', async () => {
    expect(await misread(NOTHING_SAVES)).to.deep.equal([])
  })
  it('an error on every one we send is an error on every transaction', async () => {
    expect(await misread(EVERY_ONE_WE_SEND)).to.deep.equal([])
  })
  it('the partner\'s own connector and errors nobody noticed report nothing', async () => {
    expect(await misread(OWN_CONNECTOR_AND_UNNOTICED)).to.deep.equal([])
  })
})
