// Round 183: plain partner sentences that read wrong on main (probe file mine-en6), each widened to a family in EN/DE/FR
// (/work/tools/probes/r183-shown.txt). "This organization has been disabled" shown to the users is no way in for anyone
// (lockout, 24x7); an error and then "that's all we get on every page" is the product showing nothing else (24x7); "document
// not found" for every envelope or file an action sends is that action failing for all (1, 24x5); stock that updates for
// no item is every item's data wrong (1, 24x5); every dashboard showing "No data" shows the users none of their figures
// (1, 24x5; one dashboard, one under a filter, reports showing 0 or "showing blank" stay a result shown empty, 2); new tickets left
// unassigned are `everything left unassigned` (1, 24x5); survey or form links dead, all of them, reach no respondent
// (1, 24x5). Traps: how-to questions, one object or one link, a fix told, an error seen once.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A. "This organization has been disabled" shown to users (1, 24x7: no access for everyone)
const ORG_DISABLED: Phrasing[] = [
  ['Problem', 'Our users see a "This organization has been disabled" message.', 1, TS, '24x7'],
  ['CRM', 'Everyone gets "This organization has been disabled" when they log in.', 1, TS, '24x7'],
  ['Desk', 'All agents see the message "Your organization has been disabled" since this morning.', 1, TS, '24x7'],
  ['Zugriff', 'Unsere Benutzer sehen die Meldung "Diese Organisation wurde deaktiviert".', 1, TS, '24x7'],
  ['CRM', 'Beim Anmelden erscheint bei allen Mitarbeitern "Diese Organisation wurde deaktiviert".', 1, TS, '24x7'],
  ['Accès', 'Nos utilisateurs voient le message « Cette organisation a été désactivée ».', 1, TS, '24x7'],
  ['CRM', 'Tout le monde a le message « Votre organisation a été désactivée » à la connexion.', 1, TS, '24x7'],
  ['Org', 'How do we disable an organization we no longer use?', 3, TS, '24x5'],
  ['Organisation', 'Wie können wir eine Organisation deaktivieren?', 3, TS, '24x5'],
  ['Org disabled', 'The "organization has been disabled" message is gone since your fix, thanks.', 3, TS, '24x5'],
]

// B. an error quoted, and that is all on every page (1, 24x7)
const ERROR_ALL_WE_GET: Phrasing[] = [
  ['Error', "Oops! Something went wrong. That's all we get on every page.", 1, TS, '24x7'],
  ['CRM', '"Something went wrong" is all we see, on every page.', 1, TS, '24x7'],
  ['Desk', 'Every page just says "Oops, something went wrong".', 1, TS, '24x7'],
  ['Fehler', '"Ein Fehler ist aufgetreten" – das ist alles, was wir auf jeder Seite sehen.', 1, TS, '24x7'],
  ['CRM', 'Auf jeder Seite steht nur "Etwas ist schiefgelaufen".', 1, TS, '24x7'],
  ['Erreur', "« Une erreur s'est produite » : c'est tout ce qu'on obtient sur chaque page.", 1, TS, '24x7'],
  ['CRM', "Toutes les pages affichent « Une erreur s'est produite ».", 1, TS, '24x7'],
  ['Error', 'We got "Something went wrong" once when saving a quote, then it worked.', 3, TS, '24x5'],
  ['Error page', 'How do we customise the "Something went wrong" page of our help center?', 3, TS, '24x5'],
  ['Fehlerseite', 'Der Fehler "Etwas ist schiefgelaufen" ist seit gestern weg, danke.', 3, TS, '24x5'],
]

// C. "not found" for every object of an action (1, 24x5)
const NOT_FOUND_FOR_EVERY_OBJECT: Phrasing[] = [
  ['Sign', 'Signers get "document not found" for every envelope sent today.', 1, TS, '24x5'],
  ['WorkDrive', 'We get "File not found" for every file we share.', 1, TS, '24x5'],
  ['Sign', 'Every envelope we send opens with "Document not found" for the recipients.', 1, TS, '24x5'],
  ['Sign', 'Die Unterzeichner erhalten bei jedem Umschlag "Dokument nicht gefunden".', 1, TS, '24x5'],
  ['WorkDrive', 'Bei jeder Datei, die wir teilen, kommt "Datei nicht gefunden".', 1, TS, '24x5'],
  ['Sign', 'Les signataires obtiennent « Document introuvable » pour chaque enveloppe envoyée.', 1, TS, '24x5'],
  ['WorkDrive', "« Fichier introuvable » pour tous les fichiers partagés aujourd'hui.", 1, TS, '24x5'],
  ['Sign', 'Where do I find the document of a signed envelope?', 3, TS, '24x5'],
  ['Sign', 'One envelope shows "document not found", the others open fine.', 2, TS, '24x5'],
  ['Sign', 'Wo finde ich das Dokument eines Umschlags?', 3, TS, '24x5'],
]

// D. stock not updating for any item (1, 24x5)
const STOCK_FOR_EVERY_ITEM: Phrasing[] = [
  ['Inventory', "Stock isn't updating after sales for any item.", 1, TS, '24x5'],
  ['Inventory', 'Stock levels are not updating for any product after orders.', 1, TS, '24x5'],
  ['Inventory', "Inventory levels don't update after invoices for any of our products.", 1, TS, '24x5'],
  ['Inventory', 'Der Lagerbestand wird nach Verkäufen bei keinem Artikel mehr aktualisiert.', 1, TS, '24x5'],
  ['Inventory', 'Le stock ne se met plus à jour après les ventes, pour aucun article.', 1, TS, '24x5'],
  ['Inventory', "Stock of one item isn't updating after a sale.", 2, TS, '24x5'],
  ['Inventory', 'How do we make stock update automatically after sales?', 3, TS, '24x5'],
]

// E. all dashboards "No data" (1, 24x5; one dashboard or a filter stays 2 or 3)
const ALL_DASHBOARDS_EMPTY: Phrasing[] = [
  ['Analytics', 'All dashboards show "No data".', 1, TS, '24x5'],
  ['Analytics', 'Every dashboard says "No data available" since this morning.', 1, TS, '24x5'],
  ['Analytics', 'All our dashboards are empty for everyone.', 1, TS, '24x5'],
  ['Analytics', 'Alle Dashboards zeigen "Keine Daten".', 1, TS, '24x5'],
  ['Analytics', 'Tous les tableaux de bord affichent « Aucune donnée ».', 1, TS, '24x5'],
  ['Analytics', 'One dashboard shows "No data", the others are fine.', 2, TS, '24x5'],
  ['Analytics', 'A dashboard shows "No data" because of the date filter; how do we change the default filter?', 2, TS, '24x5'],
  ['Analytics', 'Every dashboard shows 0 since the sync, the data in CRM itself is correct.', 2, TS, '24x5'],
  ['Analytics', 'Wie zeigen wir auf allen Dashboards "Keine Daten" statt einer leeren Tabelle?', 3, TS, '24x5'],
]

// F. assignment stopped, new tickets unassigned (1, 24x5, as `everything left unassigned`)
const NEW_TICKETS_UNASSIGNED: Phrasing[] = [
  ['Desk', 'Ticket assignment stopped, new tickets sit unassigned.', 1, TS, '24x5'],
  ['Desk', 'Auto-assignment stopped working, new tickets stay unassigned.', 1, TS, '24x7'],
  ['Desk', 'Round robin stopped, incoming tickets remain unassigned.', 1, TS, '24x5'],
  ['Desk', 'Die Ticketzuweisung hat aufgehört, neue Tickets bleiben ohne Bearbeiter.', 1, TS, '24x5'],
  ['Desk', "L'attribution des tickets s'est arrêtée, les nouveaux tickets restent non assignés.", 1, TS, '24x5'],
  ['Desk', "How do we set up assignment rules so new tickets don't sit unassigned?", 3, TS, '24x5'],
  ['Desk', 'Assignment works again, new tickets are assigned, thanks.', 3, TS, '24x5'],
  ['Desk', 'Wie richten wir Zuweisungsregeln ein?', 3, TS, '24x5'],
]

// G. links dead (1, 24x5: for every respondent)
const LINKS_DEAD: Phrasing[] = [
  ['Survey', 'Survey links are dead.', 1, TS, '24x5'],
  ['Survey', 'All our survey links are dead since this morning.', 1, TS, '24x5'],
  ['Forms', 'Every form link we sent is dead.', 1, TS, '24x5'],
  ['Survey', 'Alle Umfragelinks sind tot.', 1, TS, '24x5'],
  ['Survey', 'Tous nos liens de sondage sont morts.', 1, TS, '24x5'],
  ['Survey', 'Lien mort pour tous les répondants du sondage.', 1, TS, '24x5'],
  ['Campaigns', "One link in yesterday's newsletter is dead.", 3, TS, '24x5'],
  ['Kampagnen', 'Ein Link im Newsletter ist tot.', 3, TS, '24x5'],
]

describe('phrasings, round 183: messages shown, objects not found, stock, dashboards, assignment and links', () => {
  it('reads org disabled', async () => {
    expect(await misread(ORG_DISABLED)).to.deep.equal([])
  })
  it('reads error all we get', async () => {
    expect(await misread(ERROR_ALL_WE_GET)).to.deep.equal([])
  })
  it('reads not found for every object', async () => {
    expect(await misread(NOT_FOUND_FOR_EVERY_OBJECT)).to.deep.equal([])
  })
  it('reads stock for every item', async () => {
    expect(await misread(STOCK_FOR_EVERY_ITEM)).to.deep.equal([])
  })
  it('reads all dashboards empty', async () => {
    expect(await misread(ALL_DASHBOARDS_EMPTY)).to.deep.equal([])
  })
  it('reads new tickets unassigned', async () => {
    expect(await misread(NEW_TICKETS_UNASSIGNED)).to.deep.equal([])
  })
  it('reads links dead', async () => {
    expect(await misread(LINKS_DEAD)).to.deep.equal([])
  })
})
