// Round 26 (branch r26-login): the meanings behind the first-read misses of grown-98.yaml (sign-in and access failures
// said indirectly, and the calm login matters beside them), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A password reset that sends the user back to reset it again, or goes round in circles: a sign-in that never
// succeeds (`sign-in loop`, `failure`), 1 on 24x7.
const RESET_LOOP: Phrasing[] = [
  ['Books', 'Every time our office manager saves a new password, Books asks her to reset the password again.', 1, TS, '24x7'],
  ['Reset', 'The password reset for Mark just goes round in circles, he has been out of Desk since Tuesday.', 1, TS, '24x7'],
  ['Zurücksetzen', 'Nach dem Speichern des neuen Kennworts wird sie sofort aufgefordert, das Passwort erneut zurückzusetzen.', 1, TS, '24x7'],
  ['Mot de passe', "Après avoir choisi son nouveau mot de passe, le site lui redemande aussitôt de réinitialiser, encore et encore.", 1, TS, '24x7'],
  ['Kennwort', 'Das Zurücksetzen des Passworts endet in einer Endlosschleife, Herr Kaya kommt nicht in CRM.', 1, TS, '24x7'],
  // traps: a reset that worked, and the reset link as a setting
  ['Reset', 'Anna reset her password this morning and signed in straight away. Can we change the sender of the reset email?', 3, TS],
  ['Reset', 'How can an admin send the password reset email to one of the users?', 3, TS],
]

// A sign-in page that answers that an existing user does not exist (`unknown user` with `signing in`), 1 on 24x7.
const UNKNOWN_AT_SIGN_IN: Phrasing[] = [
  ['Sign-in', 'When our nurses enter their email on the sign-in page they get "Account not found", though they used it yesterday.', 1, TS, '24x7'],
  ['Login', 'Since noon the login tells three of our consultants "no such user". They are active users in the org.', 1, TS, '24x7'],
  ['Anmeldung', 'Bei der Anmeldung heißt es für unsere Disponenten plötzlich "Benutzer nicht gefunden", obwohl sie aktiv sind.', 1, TS, '24x7'],
  ['Connexion', "Quand nos techniciens se connectent, ils voient « compte introuvable » alors qu'ils sont bien actifs dans la console.", 1, TS, '24x7'],
  // traps: an API error code with no sign-in, and a question about what a removed user will see
  ['API', 'Our Deluge function gets USER_NOT_FOUND when it assigns a ticket to an agent we removed last year.', 3, TS],
  ['Offboarding', 'How do we delete a leaver so that he gets "user not found" if he tries the sign-in page?', 3, TS],
]

// A lockout the admin already lifted ("unlocked it", "wieder entsperrt", "l'a débloqué"), the user working since:
// over (`resolvedSince`), the question beside it decides.
const UNLOCKED_AGAIN: Phrasing[] = [
  ['Lockout', "Tom's account was locked after some wrong passwords. Our admin unlocked it before lunch. Can the admin get an email in such cases?", 3, TS],
  ['Sperre', 'Das Konto von Frau Ilic war heute früh gesperrt. Die IT hat es gegen 9 wieder entsperrt. Wo sieht man das Anmeldeprotokoll?', 3, TS],
  ['Verrouillage', "Le compte de notre standardiste était verrouillé ce matin. L'administrateur l'a débloqué à 10h. Où voir l'historique des connexions ?", 3, TS],
  ['Sperre', 'Der Lagerleiter war ausgesperrt, kann seitdem wieder normal arbeiten. Wie lange dauert eine Sperre standardmäßig?', 3, TS],
  // traps: unlocked but locked again, still locked
  ['Locked', 'Even after the admin unlocked it, her account locks again the moment she signs in.', 1, TS, '24x7'],
  ['Gesperrt', 'Das Konto unserer Buchhalterin ist seit gestern gesperrt und wir können es nicht entsperren.', 1, TS, '24x7'],
]

// The same person signs in fine elsewhere ("she can log in fine on her phone", "on the same laptop it works in
// Edge", "am Handy klappt es", "depuis le PC d'un collègue il se connecte", `signs in elsewhere`): one machine, 2.
const SAME_PERSON_ELSEWHERE: Phrasing[] = [
  ['Login', 'Raj cannot log in to CRM on his desktop since Monday. On his phone it works fine.', 2, TS, '24x5'],
  ['Login', "Priya can't sign in to Desk from her work PC. In Firefox on the same laptop it works fine.", 2, TS, '24x5'],
  ['Anmeldung', 'Frau Roth kann sich an ihrem PC nicht mehr anmelden. Auf ihrem Handy funktioniert es.', 2, TS, '24x5'],
  ['Connexion', "Julie ne peut pas se connecter à Books depuis son poste. Sur le PC d'une collègue, elle se connecte sans problème.", 2, TS, '24x5'],
  // traps: one user who cannot sign in anywhere, and a whole team in the app with the browser fine
  ['Login', 'Our receptionist cannot sign in to Desk at all, not on her PC and not on her phone.', 1, TS, '24x7'],
  ['App', 'None of our drivers can log in to the Creator app on their phones, although the same password works in the browser.', 1, TS, '24x7'],
]

// A sign-in the user did not attempt (`no attempt`): a stranger's attempt or an alert about one, nobody shut out;
// a blocked attempt or a suspicious sign-in is the security feature's name (`setting name`).
const NOT_ATTEMPTED: Phrasing[] = [
  ['Alert', 'Zoho told Ben about a sign-in from Brazil, but he never tried to log in from there. What should he do?', 3, TS],
  ['Warnung', 'Wir haben eine Warnung über einen blockierten Anmeldeversuch aus Vietnam erhalten. Muss man etwas tun?', 3, TS],
  ['Alerte', "Une alerte de connexion suspecte est arrivée pour notre comptable ; elle n'a pas essayé de se connecter hier soir.", 3, TS],
  ['Alert', 'We got an unusual sign-in email for Lisa. She was asleep then. Should we reset her password?', 3, TS],
  // traps: the person tried and cannot get in
  ['Login', 'Lisa tried to sign in all morning and cannot get into Mail, the code is refused.', 1, TS, '24x7'],
  ['Blocked', 'Sign-in is blocked for our whole team since 8, nobody gets into CRM.', 1, TS, '24x7'],
]

// A renewal of something that is not Zoho's (an insurance policy): no Payments Renewal (`other renewal`).
const OTHER_RENEWAL: Phrasing[] = [
  ['Audit', 'For their cyber insurance renewal the client needs MFA on every CRM user. Where is that switched on?', 3, TS],
  ['Audit', 'Für die Verlängerung der Versicherungspolice braucht der Kunde einen Nachweis der Zwei-Faktor-Anmeldung. Wo finden wir den?', 3, TS],
  // trap: a Zoho renewal
  ['Renewal', "Please renew our customer's CRM subscription for another year.", 3, 'Payments Renewal'],
]

// French "rentrer" for getting in, said of people ("les autres ne rentrent pas", "on ne rentre plus dans Zoho"): a
// lockout, 1 on 24x7.
const FRENCH_GET_IN: Phrasing[] = [
  ['Desk', "Depuis 8h, on ne rentre plus dans Desk, ni au bureau ni en télétravail.", 1, TS, '24x7'],
  ['CRM', "Trois commerciaux sont connectés, les autres utilisateurs ne rentrent pas.", 1, TS, '24x7'],
  ['Books', "Notre comptable ne peut plus rentrer dans son compte Books depuis le changement de mot de passe.", 1, TS, '24x7'],
  // trap: "rentrer" as typing data in
  ['People', 'Comment rentrer les heures supplémentaires dans Zoho People ?', 3, TS],
]

describe('phrasings of round 26: sign-in and access failures said indirectly', () => {
  it('reads a password reset that loops as a login failure (24x7)', async () => {
    expect(await misread(RESET_LOOP)).to.deep.equal([])
  })
  it('reads "user not found" at sign-in for existing users as a login failure (24x7)', async () => {
    expect(await misread(UNKNOWN_AT_SIGN_IN)).to.deep.equal([])
  })
  it('reads a lockout the admin already lifted as over', async () => {
    expect(await misread(UNLOCKED_AGAIN)).to.deep.equal([])
  })
  it('reads the same person signing in fine elsewhere as one machine (2)', async () => {
    expect(await misread(SAME_PERSON_ELSEWHERE)).to.deep.equal([])
  })
  it('reads a sign-in nobody attempted, or a blocked one, as no login failure', async () => {
    expect(await misread(NOT_ATTEMPTED)).to.deep.equal([])
  })
  it("reads an insurance renewal as no Zoho renewal", async () => {
    expect(await misread(OTHER_RENEWAL)).to.deep.equal([])
  })
  it('reads French "rentrer" said of people as getting in', async () => {
    expect(await misread(FRENCH_GET_IN)).to.deep.equal([])
  })
})
