// Round 24 (branch r24-declock): the meanings behind the first-read misses of grown-86.yaml (German and French
// Support severity-1 tickets in pairs that differ only in the clock), in other words and languages than the
// tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Saving that can no longer be done ("wir können keine Lieferscheine mehr speichern"): a user's action that does not
// work, 1 on 24x5 (as round 23's saving that fails, and English "can no longer save"); a feature that no longer runs
// by itself, a login, a total stop stay 24x7.
const SAVE_NO_MORE: Phrasing[] = [
  ['Rechnungen', 'Seit heute Vormittag lassen sich in Books keine Rechnungen mehr speichern.', 1, TS, '24x5'],
  ['Tickets', 'Depuis la mise à jour, on ne peut plus sauvegarder les fiches clients.', 1, TS, '24x5'],
  ['Contacts', "Since this morning our reps can't save contacts anymore.", 1, TS, '24x5'],
  // traps: a feature that no longer runs, a login, a total stop
  ['Workflow', 'Die Workflows werden seit Montag nicht mehr ausgelöst.', 1, TS, '24x7'],
  ['Login', 'Wir können uns seit heute früh nicht mehr anmelden.', 1, TS, '24x7'],
  ['Sync', 'La synchronisation avec Books ne fonctionne plus du tout.', 1, TS, '24x7'],
]

// A click that does nothing at all ("beim Klick auf Speichern passiert gar nichts"): a feature that does nothing, a
// show-stopper on 24x5, no total stop; nothing at all working any more is still one.
const DOES_NOTHING_AT_ALL: Phrasing[] = [
  ['Senden', 'Klickt man auf "Senden", passiert überhaupt nichts.', 1, TS, '24x5'],
  ['Bouton', 'Quand on clique sur Valider la commande, il ne se passe rien du tout.', 1, TS, '24x5'],
  ['Export', 'We click Export and nothing happens at all, for every user.', 1, TS, '24x5'],
  // traps: the whole product
  ['CRM', 'Seit 9 Uhr geht im CRM gar nichts mehr.', 1, TS, '24x7'],
]

// German brackets a separable verb round the thing delivered ("kommen in Desk keine E-Mails von Kunden mehr an"): a
// delivery that no longer comes through, 24x7 as the short form; payments no longer accepted are every transaction
// (24x5), "not one has arrived" and French "ne … plus" alone deliver nothing (24x5, round 18).
const BRACKETED_DELIVERY: Phrasing[] = [
  ['Leads', 'Seit gestern Abend kommen aus unseren Webformularen im CRM keine Leads mehr an.', 1, TS, '24x7'],
  ['Tickets', 'Seit dem Wochenende kommen bei unserem Support-Team im Desk keine Tickets mehr an.', 1, TS, '24x7'],
  // traps
  ['Kasse', 'Das Terminal nimmt seit heute keine Kartenzahlungen mehr an, jede Zahlung wird abgelehnt, egal welche Karte.', 1, TS, '24x5'],
  ['Leads', 'Les leads du formulaire ne parviennent plus au CRM depuis lundi.', 1, TS, '24x5'],
]

// French "rien" with no "plus" about a delivery ("rien n'est arrivé chez les clients"): nothing arrived, 24x5; nothing
// working is a total stop.
const NOTHING_ARRIVED: Phrasing[] = [
  ['Relances', "Les relances sont marquées comme envoyées, mais rien n'est arrivé chez nos clients.", 1, TS, '24x5'],
  // traps
  ['Desk', 'Rien ne fonctionne dans Desk depuis ce matin.', 1, TS, '24x7'],
]

// French "tombe en timeout / en erreur": an action ending in a timeout or an error, no service that fell over.
const ENDS_IN_AN_ERROR: Phrasing[] = [
  ['Export', "L'export des devis tombe en timeout à chaque tentative.", 1, TS, '24x5'],
  ['Synchro', 'La synchronisation avec Books tombe en erreur pour tous les utilisateurs depuis hier.', 1, TS, '24x5'],
  // traps: the service fell over
  ['CRM', 'Le CRM est tombé ce matin pour tout le monde.', 1, TS, '24x7'],
  ['Desk', 'Desk est tombé en panne à 9h.', 1, TS, '24x7'],
]

// French "ne … qu'" before a vowel says "only" ("la recherche ne répond qu'au bout de deux minutes"): slowness (24x5),
// no search that does not answer nor a thing that does not open; minutes to open or show ("met plus d'une minute à
// s'ouvrir", "qu'après deux minutes") is slowness.
const ONLY_AFTER_MINUTES: Phrasing[] = [
  ['Agenda', "Chaque dossier met du temps à s'ouvrir et l'agenda ne répond qu'au bout d'une minute.", 1, TS, '24x5'],
  ['Page', "La page d'accueil ne s'affiche qu'après deux minutes d'attente.", 1, TS, '24x5'],
  ['Rapports', "Chaque rapport met deux minutes à s'afficher, pour toute l'équipe.", 1, TS, '24x5'],
  // traps: no answer at all
  ['Recherche', 'La recherche ne répond plus du tout depuis ce matin.', 1, TS, '24x7'],
]

// Bank entries matched in bookkeeping ("beim Zuordnen bekommt jede Buchung einen Fehler"): the product's
// reconciliation, no customer mapped to the partner; a customer to map to the partner account still is.
const BANK_MATCHING: Phrasing[] = [
  ['Bankabgleich', 'Beim Zuordnen der Buchungen kommt jedes Mal ein Fehler, der Bankabgleich funktioniert nicht.', 1, TS, '24x5'],
  ['Rapprochement', 'Impossible de rattacher les transactions aux factures, le rapprochement bancaire ne fonctionne pas.', 1, TS, '24x5'],
  ['Bank feed', 'The bank transactions cannot be mapped to invoices, the bank reconciliation does not work for anyone.', 1, TS, '24x5'],
  // traps: a customer to map
  ['Zuordnung', 'Bitte ordnen Sie den Kunden Huber AG unserem Partnerkonto zu.', 3, 'Store Related'],
]

// Records held at a step of their process ("restent bloquées à l'étape d'approbation", "hängen im
// Genehmigungsschritt", "stuck in the approval step", "impossible de faire avancer"): records that cannot move on,
// 24x5; an account "bloqué" is a lockout (24x7), and a how-to asks.
const HELD_AT_A_STEP: Phrasing[] = [
  ['Devis', "Tous les devis sont bloqués à l'étape de validation depuis ce matin.", 1, TS, '24x5'],
  ['Urlaub', 'Alle Urlaubsanträge hängen im Genehmigungsschritt, seit dem Update.', 1, TS, '24x5'],
  ['Expenses', 'Every expense report is stuck in the approval step since Monday.', 1, TS, '24x5'],
  ['Affaires', "Impossible de faire avancer les affaires vers l'étape suivante.", 1, TS, '24x5'],
  // traps
  ['Compte', 'Notre compte est bloqué depuis ce matin, plus personne ne peut se connecter.', 1, TS, '24x7'],
  ['Blueprint', "Comment faire avancer une affaire automatiquement à l'étape suivante ?", 3, TS],
]

// French "n'arrivent plus à" after the people ("les recruteurs n'arrivent plus à préparer leurs entretiens"): people
// who can no longer manage a task, 24x5; signing in stays a login failure, mails that no longer arrive at all a stop.
const PEOPLE_CANNOT_MANAGE: Phrasing[] = [
  ['Agents', "Nos agents n'arrivent plus à répondre aux tickets depuis la mise à jour.", 1, TS, '24x5'],
  // traps
  ['Connexion', "Nos agents n'arrivent plus à se connecter à Desk.", 1, TS, '24x7'],
  ['E-mails', "Depuis hier soir, les e-mails n'arrivent plus du tout dans Desk.", 1, TS, '24x7'],
]

describe('phrasings of round 24, branch r24-declock', () => {
  it('reads saving that can no longer be done as a feature failing (24x5)', async () => {
    expect(await misread(SAVE_NO_MORE)).to.deep.equal([])
  })
  it('reads a click that does nothing at all as a show-stopper (24x5)', async () => {
    expect(await misread(DOES_NOTHING_AT_ALL)).to.deep.equal([])
  })
  it('reads a German delivery bracketed round the thing delivered as no longer coming through (24x7)', async () => {
    expect(await misread(BRACKETED_DELIVERY)).to.deep.equal([])
  })
  it('reads French "rien n\'est arrivé" as nothing delivered (24x5)', async () => {
    expect(await misread(NOTHING_ARRIVED)).to.deep.equal([])
  })
  it('reads French "tombe en timeout / en erreur" as an action failing, no outage', async () => {
    expect(await misread(ENDS_IN_AN_ERROR)).to.deep.equal([])
  })
  it('reads French "ne … qu\'" before a vowel as "only", and minutes to show as slowness', async () => {
    expect(await misread(ONLY_AFTER_MINUTES)).to.deep.equal([])
  })
  it('reads bank entries matched in bookkeeping as no customer mapping', async () => {
    expect(await misread(BANK_MATCHING)).to.deep.equal([])
  })
  it('reads records held at a step as a process that stops (24x5)', async () => {
    expect(await misread(HELD_AT_A_STEP)).to.deep.equal([])
  })
  it('reads French people who "n\'arrivent plus à" do a task as kept from it (24x5)', async () => {
    expect(await misread(PEOPLE_CANNOT_MANAGE)).to.deep.equal([])
  })
})
