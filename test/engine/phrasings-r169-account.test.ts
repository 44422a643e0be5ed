// Round 169: no access to an account, show-stoppers for all users and the public kept from ordering, a blind batch of 40
// (grown-r169-account.yaml). Its misses were words, held here as families in three languages with the traps that must stay:
// revenue that fails to come in ("Umsatzausfall") is the cost of a matter, no outage; the public's orders or bookings that
// no longer come in are the buyers kept from ordering (1, 24x5), no product that stopped (24x7); creating a record that
// people can no longer do is their task (24x5), as saving; SSO failing for some users who meanwhile sign in with their
// password is another way in (2), and "the working users" are the ones it works for; a leaver's access taken away "so that
// he can no longer access it" is a purpose (3); a renewal only considered to be dropped is no cancellation; a suspension for
// non-payment asked to be held is the subscription's payment (Payments Renewal).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const REVENUE_COST: Phrasing[] = [
  ['Bestellungen', 'Bei jedem Käufer bricht die Bestellung im letzten Schritt ab. Der Einnahmeausfall ist enorm.', 1, TS, '24x5'],
  ['Rechnung', 'Bitte schicken Sie uns die korrigierte Rechnung, sonst droht unserem Kunden ein Verdienstausfall.', 2, 'Invoice changes', '24x5'],
  // traps: an outage told beside the cost stays an outage
  ['CRM', 'Seit heute früh ist das CRM ausgefallen, die Umsatzausfälle sind erheblich.', 1, TS, '24x7'],
  ['Ausfall', 'Wir haben seit 8 Uhr einen kompletten Ausfall von Zoho Desk.', 1, TS, '24x7'],
]

const ORDERS_NO_LONGER_COMING_IN: Phrasing[] = [
  ['Bestellungen', 'Seit gestern Abend gehen in unserem Online-Shop keine Bestellungen mehr ein.', 1, TS, '24x5'],
  ['Bestellungen', 'Seit dem Update kommen bei unserem Kunden keine Bestellungen mehr an.', 1, TS, '24x5'],
  ['Reservierungen', 'Seit Montag ist keine einzige Reservierung mehr eingegangen.', 1, TS, '24x5'],
  ['Boutique', "Depuis hier soir, plus aucune commande n'est arrivée sur la boutique de notre client.", 1, TS, '24x5'],
  ['Réservations', "Aucune réservation n'est plus arrivée depuis la mise à jour.", 1, TS, '24x5'],
  ['Shop', 'No orders are coming in anymore through our Zoho Commerce store.', 1, TS, '24x5'],
  // traps: mail and bank entries that stopped coming in stay a total stop (24x7), the public's orders fine stay fine
  ['Mail', 'Seit gestern sind keine E-Mails mehr eingegangen.', 1, TS, '24x7'],
  ['Bank', 'Seit dem Update sind überhaupt keine Buchungen mehr eingegangen.', 1, TS, '24x7'],
  ['Shop', 'Orders are coming in fine again since 10, thanks for the quick fix.', 3, TS, '24x5'],
]

const CREATING_NO_MORE: Phrasing[] = [
  ['Rechnungen', 'Seit dem Vormittag kann keiner unserer Benutzer mehr eine Rechnung anlegen.', 1, TS, '24x5'],
  ['Angebote', 'Niemand kann mehr ein Angebot erstellen, es kommt immer ein Fehler.', 1, TS, '24x5'],
  ['Invoices', 'None of our users can create an invoice anymore.', 1, TS, '24x5'],
  ['Deals', "Our reps can't create deals any more since the update.", 1, TS, '24x5'],
  // traps: a program that creates nothing any more stays a total stop; a whole product down stays down
  ['Workflow', 'The workflow on new leads creates no tasks any more.', 1, TS, '24x7'],
  ['Webhooks', 'Keiner unserer Webhooks wird mehr ausgelöst.', 1, TS, '24x7'],
  ['Books', 'Zoho Books ist komplett ausgefallen, niemand kommt mehr rein.', 1, TS, '24x7'],
]

const ANOTHER_WAY_IN: Phrasing[] = [
  ['SSO failing for a few users', 'Since the switch to Okta, 6 of our 85 users get "User not found" with SSO. For now they log in with their Zoho password and that works.', 2, TS, '24x5'],
  ['SSO problem', 'Some users cannot sign in with SSO. In the meantime they sign in with their password.', 2, TS, '24x5'],
  ['SSO-Fehler', 'Einige Benutzer können sich nicht per SSO anmelden. Übergangsweise melden sie sich mit ihrem Passwort an.', 2, TS, '24x5'],
  ['Erreur SSO', 'Certains utilisateurs ne peuvent plus se connecter via SSO. En attendant, ils se connectent avec leur mot de passe.', 2, TS, '24x5'],
  ['Sync issue', 'Some contacts do not sync. We compared them with the working ones and cannot find a difference.', 2, TS, '24x5'],
  // traps: the password refused too, nobody in at all, the working users who cannot log in
  ['SSO failing', 'Nobody can log in with SSO, and for now they cannot log in with their password either.', 1, TS, '24x7'],
  ['Anmeldung', 'Niemand kann sich anmelden, auch nicht mit ihrem Passwort.', 1, TS, '24x7'],
  ['Connexion', 'Personne ne peut se connecter, même avec leur mot de passe.', 1, TS, '24x7'],
  ['Login', 'None of our working users can log in since 9.', 1, TS, '24x7'],
]

const ACCESS_TAKEN_AWAY_ON_PURPOSE: Phrasing[] = [
  ['Leaver', 'One of our agents left. How can we disable her account so that she can no longer log in to Desk?', 3, TS, '24x5'],
  ['Leaver', 'Please tell us how to remove his licence so that he cannot access the CRM anymore.', 3, TS, '24x5'],
  ['Benutzer deaktivieren', 'Wie kann ich den Benutzer deaktivieren, damit er nicht mehr auf das CRM zugreifen kann?', 3, TS, '24x5'],
  ['Désactiver un utilisateur', "Comment désactiver son compte pour qu'il ne puisse plus accéder au CRM ?", 3, TS, '24x5'],
  // traps: access lost by mistake is a lockout, "so" without "that" a consequence
  ['Deactivated by mistake', 'His account was deactivated by mistake, so he can no longer log in.', 1, TS, '24x7'],
  ['Gesperrt', 'Der Benutzer wurde versehentlich deaktiviert, deshalb kann er sich nicht mehr anmelden.', 1, TS, '24x7'],
  ['Bloqué', 'Son compte a été désactivé par erreur, il ne peut plus se connecter.', 1, TS, '24x7'],
]

const RENEWAL_CONSIDERED: Phrasing[] = [
  ['Renewal', 'Our customer is considering not renewing their CRM licences in June. Can you tell us the options?', 2, PR, '24x5'],
  ['Verlängerung', 'Unser Kunde überlegt, das Abo im Juni nicht zu verlängern. Welche Optionen gibt es?', 2, PR, '24x5'],
  ['Renouvellement', 'Notre client envisage de ne pas renouveler son abonnement en juin. Quelles sont les options ?', 2, PR, '24x5'],
  // traps: a decision not to renew asked to be carried out is a cancellation
  ['Not renewing', 'Our customer has decided not to renew their subscription. Please cancel it at the end of the term.', 1, PR, '24x5'],
  ['Kündigung', 'Unser Kunde möchte das Abo nicht verlängern. Bitte kündigen Sie es zum Laufzeitende.', 1, PR, '24x5'],
  ['Résiliation', "Notre client ne souhaite pas renouveler son abonnement, merci de le résilier à l'échéance.", 1, PR, '24x5'],
]

const SUSPENSION_HELD: Phrasing[] = [
  ['Suspension notice', 'Our customer got an email that their account will be suspended on 1 July unless the overdue invoice is paid. Could you postpone the suspension by two weeks?', 2, PR, '24x5'],
  ['Sperrandrohung', 'Unser Kunde hat eine Sperrandrohung wegen einer offenen Rechnung erhalten. Können Sie die Sperrung bis Monatsende aufschieben?', 2, PR, '24x5'],
  ['Avis de suspension', "Notre client a reçu un avis de suspension pour une facture impayée. Pouvez-vous reporter la suspension de deux semaines ?", 2, PR, '24x5'],
  // traps: a suspension in place at sign-in is a lockout; Zoho's invoice to correct stays an invoice change
  ['Org suspended', 'Since this morning every user sees "Your organization has been suspended" at sign-in. Nobody can get in.', 1, TS, '24x7'],
  ['Invoice', 'Your invoice INV-2231 bills 50 licences, the customer has 40. Please correct the invoice.', 2, 'Invoice changes', '24x5'],
]

describe('phrasings, round 169: no access to an account, show-stoppers for all, the public kept from ordering', () => {
  it('reads revenue that fails to come in as a cost, no outage', async () => {
    expect(await misread(REVENUE_COST)).to.deep.equal([])
  })
  it('reads the public\'s orders that no longer come in as buyers kept from ordering (24x5)', async () => {
    expect(await misread(ORDERS_NO_LONGER_COMING_IN)).to.deep.equal([])
  })
  it('reads records people can no longer create as their task (24x5)', async () => {
    expect(await misread(CREATING_NO_MORE)).to.deep.equal([])
  })
  it('reads SSO failing for some who sign in with their password meanwhile as another way in', async () => {
    expect(await misread(ANOTHER_WAY_IN)).to.deep.equal([])
  })
  it('reads access taken away "so that" a leaver can no longer get in as a purpose', async () => {
    expect(await misread(ACCESS_TAKEN_AWAY_ON_PURPOSE)).to.deep.equal([])
  })
  it('reads a renewal only considered to be dropped as no cancellation', async () => {
    expect(await misread(RENEWAL_CONSIDERED)).to.deep.equal([])
  })
  it('reads a suspension for non-payment asked to be held as the subscription\'s payment', async () => {
    expect(await misread(SUSPENSION_HELD)).to.deep.equal([])
  })
})
