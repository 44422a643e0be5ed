// Round 23 (branch r23-clock): the meanings behind the first-read misses of grown-83.yaml (Support severity-1
// tickets in pairs that differ only in the clock), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// One part of the product that a signed-in user opens (a module, a tab) and that does not load or open, or refuses
// everyone: a feature failing, 1 on 24x5, no login and no downtime; the whole product, every module or none of them,
// and a part not reachable "at all" (a total failure, README) stay 24x7.
const ONE_PART_OF_THE_PRODUCT: Phrasing[] = [
  ['Invoices', 'Since the update nobody can open the Invoices module, signing in works.', 1, TS, '24x5'],
  ['Timesheets', 'The Timesheets module will not load for any of our staff since this morning.', 1, TS, '24x5'],
  ['Projects', 'Every employee who opens Projects gets "You do not have permission to access this module".', 1, TS, '24x5'],
  ['Module', 'Since the release the Reports tab fails to load for the whole team.', 1, TS, '24x5'],
  ['Angebote', 'Niemand von uns kann das Modul Angebote öffnen, die Anmeldung klappt.', 1, TS, '24x5'],
  ['Modul', 'Alle Mitarbeiter bekommen "Kein Zugriff auf dieses Modul".', 1, TS, '24x5'],
  ['Devis', 'Personne ne peut ouvrir le module Devis depuis ce matin.', 1, TS, '24x5'],
  ['Onglet', "Impossible d'ouvrir l'onglet Factures, pour toute l'équipe.", 1, TS, '24x5'],
  // traps: the whole product, every module or none, a part not reachable at all, a how-to
  ['CRM', 'Nobody can open CRM since 9.', 1, TS, '24x7'],
  ['Modules', 'We cannot open any module in CRM since 9.', 1, TS, '24x7'],
  ['Modules', 'No module opens for anyone since 9.', 1, TS, '24x7'],
  ['Modules', 'Keines der Module lässt sich laden, seit heute früh.', 1, TS, '24x7'],
  ['Modules', 'Aucun module ne se charge depuis ce matin.', 1, TS, '24x7'],
  ['Analytics', 'Our managers cannot access the Analytics module at all since yesterday.', 1, TS, '24x7'],
  ['Module', 'How do I give the sales team access to the Quotes module?', 3, TS],
]

// A permission refused on what a signed-in user does ("Permission denied" on editing): a user's rights, no failing
// login; with the team unable to work, a show-stopper on 24x5. Refused while signing in stays a login failure.
const PERMISSION_REFUSED: Phrasing[] = [
  ['Price book', 'Any attempt to change a list price ends with "Permission denied", for the admins too, and the quoting team cannot do their work.', 1, TS, '24x5'],
  ['Deals', 'Editing a deal gives "insufficient permissions" to every rep since Friday, so the reps cannot work.', 1, TS, '24x5'],
  ['Preisbuch', 'Jede Änderung am Preisbuch endet mit "Berechtigung verweigert", auch für Admins, das Vertriebsteam kann nicht arbeiten.', 1, TS, '24x5'],
  ['Prix', 'Toute modification du catalogue de prix se termine par « Permission refusée », même pour les admins, nos commerciaux ne peuvent plus travailler.', 1, TS, '24x5'],
  // traps: refused at sign-in
  ['Login', 'Since this morning our users get "permission denied" when they try to log in.', 1, TS, '24x7'],
  ['Login', 'Access denied when our users sign in, all of them.', 1, TS, '24x7'],
]

// Locked out of one action ("locked out of editing the price book"): no lockout from the account; locked out of
// the account or the product stays a login problem (24x7).
const LOCKED_OUT_OF_AN_ACTION: Phrasing[] = [
  ['Price book', "We're locked out of editing the price book, the whole sales team, and nobody can do their job.", 1, TS, '24x5'],
  ['Catalogue', 'Since Friday all of us are locked out of making changes to the product catalogue, the team cannot work.', 1, TS, '24x5'],
  ['Preisbuch', 'Wir sind seit dem Update vom Bearbeiten der Preisbücher ausgesperrt, das ganze Team kann nicht arbeiten.', 1, TS, '24x5'],
  ['Fiches', "Les fiches produits sont verrouillées en modification pour tout le monde, l'équipe ne peut plus travailler.", 1, TS, '24x5'],
  // traps: the account
  ['Locked out', "We're locked out of our Zoho account, all of us.", 1, TS, '24x7'],
  ['Locked out', 'We are locked out of CRM since this morning.', 1, TS, '24x7'],
  ['Gesperrt', 'Wir sind seit heute früh aus CRM ausgesperrt.', 1, TS, '24x7'],
]

// Offline as the way people work ("work offline", "saved offline", "mostly offline"): a mode, no outage; what the
// offline sync loses is lost data (1, 24x5). The product gone offline stays downtime.
const WORKING_OFFLINE: Phrasing[] = [
  ['Sync', 'Our technicians work offline a lot. When the app syncs, the time entries they did offline vanish.', 1, TS, '24x5'],
  ['Sync', 'The records the nurses saved offline are gone after the sync, every one of them.', 1, TS, '24x5'],
  ['Sync', 'Die offline gespeicherten Einträge sind nach dem Abgleich verschwunden.', 1, TS, '24x5'],
  ['Synchro', 'Les fiches enregistrées hors ligne ont disparu après la synchronisation.', 1, TS, '24x5'],
  ['Tablets', 'Our inspectors use the app mostly offline, how do we set the sync interval?', 3, TS],
  // traps: the product offline
  ['CRM offline', 'CRM is offline since 9, nobody can work.', 1, TS, '24x7'],
  ['App', 'The app went offline for everyone an hour ago.', 1, TS, '24x7'],
  ['Desk', 'Desk ist seit heute früh offline.', 1, TS, '24x7'],
  ['Desk', 'Desk est hors ligne depuis ce matin.', 1, TS, '24x7'],
]

// An integration's authentication error message ("Last sync failed: authentication error"): a machine's error, no
// person's login; what it fails to deliver is 1 on 24x5. People who cannot sign in stay a login failure.
const INTEGRATION_AUTH_ERROR: Phrasing[] = [
  ['Sync', 'The integration page says "Last sync failed: authentication error" and none of the deals get created in Books.', 1, TS, '24x5'],
  ['Stripe', 'The Stripe connector keeps failing with an authentication error since Monday, none of the payments come in.', 1, TS, '24x5'],
  ['Sync', 'Die Synchronisierung mit Books schlägt fehl: Authentifizierungsfehler. Keine der Rechnungen kommt an.', 1, TS, '24x5'],
  // traps: people signing in
  ['Login', 'Our users get an authentication error when they sign in to CRM.', 1, TS, '24x7'],
  ['Login', 'Nobody can authenticate with SSO since this morning.', 1, TS, '24x7'],
  ['Login', 'Bei der Anmeldung kommt ein Authentifizierungsfehler, für alle Benutzer.', 1, TS, '24x7'],
  ['Login', "Erreur d'authentification pour tous nos utilisateurs à la connexion.", 1, TS, '24x7'],
]

// The product's unexpected error at the moment of saving ("Something went wrong while saving"): saving does not
// work, 1 on 24x5; an error naming the partner's data or code, one user's with the others fine, a how-to, are not.
const SAVING_FAILS: Phrasing[] = [
  ['Saving', 'We get "Something went wrong" on saving a purchase order, all of us.', 1, TS, '24x5'],
  ['Tasks', 'Saving a task in Projects gives an unexpected error since the release.', 1, TS, '24x5'],
  ['Speichern', 'Beim Speichern eines Angebots kommt ein unerwarteter Fehler, jedes Mal.', 1, TS, '24x5'],
  ['Enregistrement', "Erreur lors de l'enregistrement d'un devis, pour tous les utilisateurs.", 1, TS, '24x5'],
  // traps: the partner's data or code, one user, a how-to
  ['Books error', 'Zoho Books shows the error "Invalid value" while saving any invoice since today.', 3, TS],
  ['Saving', 'How do I fix the validation error when saving a deal?', 3, TS],
  ['Saving', 'Only my colleague gets an error when saving contacts, the rest of us are fine.', 2, TS],
]

// A change that cannot be made ("the list prices can't be changed") is a feature failing, no change asked of Zoho's
// document: the product's prices stay the product's (Technical Support). A change asked of Zoho's invoice is not.
const CANNOT_BE_CHANGED: Phrasing[] = [
  ['Prices', 'The Save button is greyed out for everyone, so our product prices cannot be updated.', 1, TS, '24x5'],
  ['Prix', 'Le bouton Enregistrer est grisé pour tout le monde, les tarifs ne peuvent pas être modifiés.', 1, TS, '24x5'],
  // traps: a change asked of Zoho's document
  ['Invoice', 'The address on your invoice is wrong, please correct it.', 2, 'Invoice changes'],
  ['Invoice', "Our old address can't be changed in the portal, could you change it on your invoice?", 2, 'Invoice changes'],
]

describe('phrasings of round 23, branch r23-clock', () => {
  it('reads one part of the product that does not open as a feature failing (24x5), the whole product as 24x7', async () => {
    expect(await misread(ONE_PART_OF_THE_PRODUCT)).to.deep.equal([])
  })
  it('reads a permission refused on an action as no failing login', async () => {
    expect(await misread(PERMISSION_REFUSED)).to.deep.equal([])
  })
  it('reads being locked out of one action as no lockout from the account', async () => {
    expect(await misread(LOCKED_OUT_OF_AN_ACTION)).to.deep.equal([])
  })
  it('reads offline as a way of working as no outage', async () => {
    expect(await misread(WORKING_OFFLINE)).to.deep.equal([])
  })
  it("reads an integration's authentication error as no person's login", async () => {
    expect(await misread(INTEGRATION_AUTH_ERROR)).to.deep.equal([])
  })
  it("reads the product's unexpected error on saving as saving that does not work", async () => {
    expect(await misread(SAVING_FAILS)).to.deep.equal([])
  })
  it("reads a change that cannot be made as a feature failing, no change asked", async () => {
    expect(await misread(CANNOT_BE_CHANGED)).to.deep.equal([])
  })
})
