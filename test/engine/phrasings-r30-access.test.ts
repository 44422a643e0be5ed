// Round 30 (branch r30-access): the meanings behind the first-read misses of grown-108.yaml (access and login
// failures, Operations' show-stoppers), in other words and languages than the tickets, with traps that must not
// read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Not remembering a password is forgetting it (concept `forgot password`): the person's doing, no login failure.
const NOT_REMEMBERING_THE_PASSWORD: Phrasing[] = [
  ['Password', "One of our agents can't remember his password. How do I reset it for him in Desk?", 3, TS],
  ['Passwort', 'Ein Kollege kennt sein Passwort nicht mehr, wie setze ich es als Admin zurück?', 3, TS],
  ['Mot de passe', 'Une utilisatrice ne se souvient plus de son mot de passe, comment le réinitialiser ?', 3, TS],
  // traps: a password refused for everyone
  ['Login', 'Nobody can log in since 9, the password is refused for everyone although nobody changed it.', 1, TS, '24x7'],
  ['Anmeldung', 'Seit heute kann sich niemand mehr anmelden, das Passwort wird nicht akzeptiert.', 1, TS, '24x7'],
]

// The same person signing in fine in another, named browser or on the phone, German verb first too
// (concept `signs in elsewhere`): 2.
const SIGNS_IN_IN_ANOTHER_BROWSER: Phrasing[] = [
  ['Login', 'One of our reps cannot log in with Edge, but in Chrome he logs in fine.', 2, TS],
  ['Anmeldung', 'Eine Kollegin kann sich am Laptop nicht anmelden, auf dem Handy funktioniert die Anmeldung problemlos.', 2, TS],
  ['Connexion', "Un commercial n'arrive pas à se connecter sous Edge ; sous Chrome la connexion fonctionne.", 2, TS],
  // trap: nobody, in any browser
  ['Login', 'Since this morning nobody can sign in, in Chrome, Firefox or on the phone.', 1, TS, '24x7'],
]

// One browser said as the only one (concepts `one user only`, `one machine`): the others work, 2.
const ONLY_ONE_BROWSER: Phrasing[] = [
  ['Calendar', "Since the update the calendar doesn't load, only in Firefox.", 2, TS],
  ['Kalender', 'Der Kalender lädt nicht, aber nur in Safari.', 2, TS],
  ['Agenda', "L'agenda ne s'ouvre pas, uniquement sous Edge.", 2, TS],
  // traps: every browser
  ['Desk', 'Desk does not load in Chrome or Firefox or Safari, for nobody in the team.', 1, TS, '24x7'],
  ['Connexion', 'Personne ne peut se connecter depuis ce matin, que ce soit sous Chrome ou sous Firefox.', 1, TS, '24x7'],
]

// A leaving only considered is no cancellation request (cue `hypothetical`): the Operations default, 2.
const LEAVING_CONSIDERED: Phrasing[] = [
  ['Customer', 'Our customer is considering moving away from Zoho. Can your sales team call them?', 2, 'Payments Renewal'],
  ['Kunde', 'Der Kunde denkt darüber nach, das Abo zu kündigen. Können wir ihm einen Rabatt anbieten?', 2, 'Payments Renewal'],
  ['Client', 'Notre client réfléchit à résilier son abonnement CRM. Quelles sont les conditions ?', 2, 'Payments Renewal'],
  // traps: the leaving decided
  ['Customer', 'Our customer is moving away from Zoho, please stop their licences.', 1, 'Payments Renewal', '24x5'],
  ['Client', 'Le client a réfléchi et veut quitter Zoho : merci de résilier son abonnement.', 1, 'Payments Renewal', '24x5'],
]

describe('phrasings, round 30: access and login failures', () => {
  it('reads not remembering a password as forgetting it', async () => {
    expect(await misread(NOT_REMEMBERING_THE_PASSWORD)).to.deep.equal([])
  })
  it('reads signing in fine in another, named browser as signing in elsewhere', async () => {
    expect(await misread(SIGNS_IN_IN_ANOTHER_BROWSER)).to.deep.equal([])
  })
  it('reads a failure in one browser only as the others working', async () => {
    expect(await misread(ONLY_ONE_BROWSER)).to.deep.equal([])
  })
  it('reads a leaving only considered as no cancellation request', async () => {
    expect(await misread(LEAVING_CONSIDERED)).to.deep.equal([])
  })
})
