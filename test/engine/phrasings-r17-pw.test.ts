// Round 17 (branch r17-pw): the meanings behind the first-read misses of grown-55.yaml (English first
// emails where severity 1 is said only by what people cannot do or what the business suffers), in other
// words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const STORE = 'Store Related'

// Staff who have gone back to writing by hand since a time: people who cannot work (1 on 24x5, README
// round 14 "back to paper"); writing by hand as the routine where there is no internet is no failure.
const BY_HAND: Phrasing[] = [
  ['Dispatch', 'Since 9 the dispatch team has been writing delivery notes by hand because Inventory will not save them.', 1, TS, '24x5'],
  ['Front desk', 'Reception is writing every booking on paper right now, the calendar will not save anything.', 1, TS, '24x5'],
  ['Warehouse', 'All pickups are done by hand today, nothing reaches the app.', 1, TS, '24x5'],
  ['Lager', 'Die Kommissionierer schreiben jetzt alles von Hand auf, die App speichert nichts.', 1, TS, '24x5'],
  ['Entrepôt', 'Les préparateurs notent les commandes à la main depuis ce matin.', 1, TS, '24x5'],
  // traps: by hand as the routine, a how-to about working without a connection
  ['Stock list', 'We have kept the stock list on paper since 2019 and want to move it into Inventory. How do we import it?', 3, TS],
  ['Fairs', 'At trade fairs our reps write orders by hand on a pad and type them in later. Is there a way to capture them offline on a phone and sync afterwards?', 3, TS],
  ['Field work', 'Can our engineers record job notes offline in the app and have them sync when they are back in range?', 3, TS],
]

// Printing is something a program does: labels or documents that will not print for anyone stop the work
// (not working, 1 on 24x5); a field the PDF does not print is a field missing from a layout (2).
const PRINTING: Phrasing[] = [
  ['Shipping', 'Nothing prints from the shipping screen since this morning, for any order.', 1, TS, '24x5'],
  ['Packing slips', 'None of the packing slips print since the update.', 1, TS, '24x5'],
  ['Labels', 'Not a single label has printed today.', 1, TS, '24x5'],
  ['Etiketten', 'Seit heute Morgen druckt Inventory überhaupt keine Versandetiketten.', 1, TS],
  ['Étiquettes', "Depuis ce matin, impossible d'imprimer les étiquettes d'expédition.", 1, TS, '24x5'],
  // traps: a field left out of a printed document
  ['Estimate PDF', 'The estimate PDF no longer prints the delivery date field although it is filled in.', 2, TS],
  ['Rechnung PDF', 'Das PDF druckt das Feld Kostenstelle nicht mehr, obwohl es gefüllt ist.', 2, TS],
]

// A page or an app that shows nothing but a spinner or its splash screen, for everyone: the service is
// unavailable, an outage (24x7, as a blank page for everyone).
const ONLY_A_SPINNER: Phrasing[] = [
  ['Portal', "Our customer portal shows just a spinner for every visitor since 7am.", 1, TS, '24x7'],
  ['Desk', 'Desk keeps spinning for all agents, no ticket list ever appears.', 1, TS, '24x7'],
  ['Mobile', 'The Bigin app has been stuck on the splash screen for all our reps since the update.', 1, TS, '24x7'],
  ['Portal', "Das Kundenportal lädt endlos, bei allen Besuchern seit heute früh.", 1, TS, '24x7'],
  ['Portail', "Le portail client tourne indéfiniment pour tous nos clients depuis ce matin.", 1, TS, '24x7'],
]

// One person's trouble while everyone else works: the service works for the rest, partly (2); one user's
// screen that never loads is no outage (a login failure of one user still is one, README).
const ONE_USER_ONLY: Phrasing[] = [
  ['One laptop', "Desk just keeps spinning on Mark's laptop. Everybody else in the office is fine.", 2, TS, '24x5'],
  ['Tablet', 'Only one of our reps has the app spinning forever, the rest of the team can use it.', 2, TS, '24x5'],
  ['Ein Laptop', 'Nur bei ihr lädt CRM endlos, bei allen anderen funktioniert es.', 2, TS, '24x5'],
  ['Un poste', "Le CRM tourne indéfiniment seulement chez elle, pour les autres utilisateurs tout fonctionne.", 2, TS, '24x5'],
  // traps: one user who cannot log in is still a login failure; a how-to about one user's rights
  ['One user', "Only one user can't log in since this morning, the others are fine.", 1, TS, '24x7'],
  ['Rights', 'Everyone else can export. How do we let the new intern export contacts too?', 3, TS],
]

// A run or record that never leaves a step on its way (stuck in draft, sitting at 0 %, stuck in the
// outbox): the process does not get done, 1 on 24x5 as records that cannot move on; some of them only is
// partly (2); a how-to about drafts is a how-to.
const STUCK_ON_ITS_WAY: Phrasing[] = [
  ['Payroll', 'The March payroll is stuck in processing since noon, salaries are due tomorrow.', 1, TS, '24x5'],
  ['Campaign', 'Our mailing has been stuck at 0% since 8am, nothing has been delivered.', 1, TS, '24x5'],
  ['Emails', 'Every reply we send is stuck in the outbox since lunchtime.', 1, TS, '24x5'],
  ['Lohnlauf', 'Der Lohnlauf hängt im Entwurf fest und springt nach der Freigabe zurück auf Entwurf.', 1, TS, '24x5'],
  ['Paie', 'La paie reste bloquée en brouillon malgré la validation, les salaires partent demain.', 1, TS, '24x5'],
  // traps: some of them only, a how-to, a draft that is simply still a draft
  ['Invoices', 'Some invoices are stuck in draft after approval, others go through.', 2, TS],
  ['Draft', 'How do we move a sent invoice back to draft to correct it?', 3],
  ['Lager', 'Der Lagerbestand von Artikel A-100 bleibt bei 0, wie buchen wir den Wareneingang?', 3, TS],
  ['Pay run', 'The pay run is still in draft, we have not approved it yet. Overtime is computed at 1.25 instead of 1.5.', 2, TS],
]

// A one-time PIN or code by SMS that never arrives keeps everyone out: a login failure (24x7, README).
const PIN_NEVER_ARRIVES: Phrasing[] = [
  ['Sign-in', 'The SMS code never comes through, so the whole team is stuck at the second step.', 1, TS, '24x7'],
  ['Sign-in', 'Nobody receives the one time PIN this morning.', 1, TS, '24x7'],
  ['Anmeldung', 'Der SMS-Code kommt bei niemandem an, keiner kommt rein.', 1, TS, '24x7'],
  ['Connexion', "Le code SMS n'arrive jamais, personne ne peut se connecter.", 1, TS, '24x7'],
]

// The customer's own shops ("12 stores", "whatever the store", "since opening"): no Zoho store, and
// "opening" is the hour the doors open, not a program opened.
const OWN_STORES: Phrasing[] = [
  ['POS', 'Since opening this morning the tills in our client\'s 8 stores cannot take a card.', 1, TS, '24x5'],
  ['POS', 'Card payments hang on every till, whatever the store. The store managers are taking cash only.', 1, TS, '24x5'],
  ['Kasse', 'Seit Ladenöffnung kann keine Filiale Kartenzahlungen annehmen.', 1, TS, '24x5'],
  // trap: the partner store itself
  ['Store', 'We cannot get into the partner store since this morning.', 1, STORE, '24x5'],
]

// Replies, confirmations or newsletters that never reach the customer: a delivery, not a lack of access
// (1 on 24x5 when none arrives).
const REPLIES_NEVER_REACH: Phrasing[] = [
  ['Desk', 'None of our answers reach the customers since Monday, they never receive them.', 1, TS, '24x5'],
  ['Bookings', 'Booking confirmations never reach the clients, they do not receive them since Tuesday.', 1, TS, '24x5'],
  ['Campaigns', 'Our newsletters never reach the subscribers, nothing gets delivered.', 1, TS, '24x5'],
]

// Signed out again right after signing in: a sign-in that fails (Support 24x7; the partner portal, an
// Operations show-stopper).
const SIGNED_OUT_AGAIN: Phrasing[] = [
  ['CRM', 'We sign in and are logged out again within a second, all of us.', 1, TS, '24x7'],
  ['Partner portal', 'When I sign in to the partner portal I am signed straight back out.', 1, STORE, '24x5'],
  ['Portail', 'Dès que nous nous connectons au CRM, nous sommes aussitôt déconnectés.', 1, TS, '24x7'],
]

// "You are not part of any organisation" after signing in: no access to the account (login, 24x7).
const NO_ORGANISATION: Phrasing[] = [
  ['Books', 'After signing in every accountant sees "You are not a member of any organization".', 1, TS, '24x7'],
  ['Books', 'Our users get "no organisation found" when they sign in since this morning.', 1, TS, '24x7'],
  ['Books', 'Nach der Anmeldung sehen alle Buchhalter seit heute: keine Organisation gefunden.', 1, TS, '24x7'],
  ['Books', "Depuis ce matin, nos comptables ne font partie d'aucune organisation après la connexion.", 1, TS, '24x7'],
]

// A list of records that has been empty for everyone while the records exist: lost data as the agents
// see it (1 on 24x5); an empty search or report is a result (2).
const LIST_BEEN_EMPTY: Phrasing[] = [
  ['Desk', 'The ticket queue has been empty for every agent since Friday although mails keep coming.', 1, TS, '24x5'],
  ['CRM', 'The deal list comes up empty for the whole sales team this morning.', 1, TS, '24x5'],
  ['Desk', 'Die Ticketliste ist seit Freitag für alle Agenten leer, obwohl Kunden schreiben.', 1, TS, '24x5'],
  // trap: a report or a search that comes up empty is a result
  ['Report', 'The pipeline report comes up empty when I filter by region.', 2, TS],
]

// Slow, but the partner says it is still usable: performs worse (2), not the slowness that stops work.
const STILL_USABLE: Phrasing[] = [
  ['Slow search', 'Search takes about 20 seconds to load now. Still usable, just annoying.', 2, TS, '24x5'],
  ['Slow', 'Opening a contact takes a few seconds to load since the update, but we can still work with it.', 2, TS],
  ['Langsam', 'Berichte brauchen seit dem Update 20 Sekunden zum Laden, man kann aber noch damit arbeiten.', 2, TS],
  ['Lent', "Les rapports mettent 20 secondes à charger, ça reste utilisable.", 2, TS],
  // trap: slowness that stops the work stays 1
  ['Slow', 'Each ticket takes three minutes to load and the agents can hardly work.', 1, TS, '24x5'],
]

// A feature that fails in one browser and works in another: a workaround giving the same result (2,
// README round 15's judgement); failing in every browser is still 1.
const WORKS_IN_ANOTHER_BROWSER: Phrasing[] = [
  ['Export', 'Clicking Export does nothing in Edge. It works fine in Chrome, so we use that for now.', 2, TS, '24x5'],
  ['Upload', 'The upload button does nothing in Safari; works in other browsers.', 2, TS],
  ['Export', 'Der Export-Button macht in Edge nichts. In Chrome geht es, funktioniert in einem anderen Browser also.', 2, TS],
  ['Export', "Le bouton Exporter ne fait rien sous Edge, il fonctionne sous Firefox.", 2, TS],
  // trap: nothing happens in any browser
  ['Export', "Clicking Send does nothing for anyone, it doesn't work in Firefox either.", 1, TS, '24x5'],
  ['Export', 'Export worked fine in Chrome until yesterday. Now clicking it does nothing in any browser.', 1, TS, '24x5'],
]

// "Without doing X" says how a wished action should be done, not an inability; "what's the best way"
// asks how (3).
const WITHOUT_DOING: Phrasing[] = [
  ['Payroll', 'Can we add an arrears line to this pay run without changing the salary structure?', 3, TS],
  ['Books', "What's the best way to merge two customers without creating duplicates in Books?", 3, TS],
  ['CRM', 'Wie können wir Felder anpassen, ohne das Layout zu ändern?', 3, TS],
  ['CRM', 'Comment renommer un module sans modifier les rapports existants ?', 3, TS],
  // trap: a real inability stays one
  ['Sync', 'The sync has not run since Monday.', 1, TS],
]

// A product's roles and rights are Technical Support, whatever documents the product handles.
const ROLES_AND_RIGHTS: Phrasing[] = [
  ['Purchase orders', 'How do we give a branch manager approval rights for purchase orders in Books?', 3, TS],
  ['Invoices', 'Which role lets our accountant approve invoices in Books?', 3, TS],
  ['Rechnungen', 'Welche Benutzerrechte braucht die Buchhaltung, um Rechnungen in Books freizugeben?', 3, TS],
  // trap: a Zoho invoice to correct stays an invoice change
  ['Invoice', 'Please correct the VAT number on your invoice INV-2231.', 2, 'Invoice changes'],
]

describe('phrasings of round 17, branch r17-pw', () => {
  it('reads staff back to writing by hand as people who cannot work, not a routine', async () => {
    expect(await misread(BY_HAND)).to.deep.equal([])
  })
  it('reads printing as something a program does, and a field not printed as a layout', async () => {
    expect(await misread(PRINTING)).to.deep.equal([])
  })
  it('reads a spinner or a splash screen for everyone as an outage', async () => {
    expect(await misread(ONLY_A_SPINNER)).to.deep.equal([])
  })
  it('reads one user while everyone else is fine as partly', async () => {
    expect(await misread(ONE_USER_ONLY)).to.deep.equal([])
  })
  it('reads a run stuck on its way as a process that does not get done', async () => {
    expect(await misread(STUCK_ON_ITS_WAY)).to.deep.equal([])
  })
  it('reads a PIN or SMS code that never arrives as a login failure', async () => {
    expect(await misread(PIN_NEVER_ARRIVES)).to.deep.equal([])
  })
  it("reads the customer's own stores and opening hour as no Zoho store and no access", async () => {
    expect(await misread(OWN_STORES)).to.deep.equal([])
  })
  it('reads replies that never reach the customer as a delivery, not access', async () => {
    expect(await misread(REPLIES_NEVER_REACH)).to.deep.equal([])
  })
  it('reads being signed out again at once as a failing sign-in', async () => {
    expect(await misread(SIGNED_OUT_AGAIN)).to.deep.equal([])
  })
  it('reads "not part of any organisation" at sign-in as no access', async () => {
    expect(await misread(NO_ORGANISATION)).to.deep.equal([])
  })
  it('reads a list empty for everyone as lost data, an empty report as a result', async () => {
    expect(await misread(LIST_BEEN_EMPTY)).to.deep.equal([])
  })
  it('reads slow but still usable as performing worse', async () => {
    expect(await misread(STILL_USABLE)).to.deep.equal([])
  })
  it('reads a feature that works in another browser as partly', async () => {
    expect(await misread(WORKS_IN_ANOTHER_BROWSER)).to.deep.equal([])
  })
  it('reads "without doing X" as a manner and "the best way" as a how-to', async () => {
    expect(await misread(WITHOUT_DOING)).to.deep.equal([])
  })
  it("reads a product's roles and rights as Technical Support", async () => {
    expect(await misread(ROLES_AND_RIGHTS)).to.deep.equal([])
  })
})
