// Round 32 (branch r32-known): four severity-1 meanings the classifier missed, found by probing plain sentences rather
// than by a corpus file, in EN/DE/FR, with the traps that must not read that way.
// - Credentials refused: the German verb split around the password ("es lehnt ständig unser Passwort ab", "weist …
//   Kennwörter zurück") is a login failure (1, 24x7; `password refused`, since a word in a separable verb's gap is the
//   verb's). A password rule the partner sets ("so it rejects short passwords") is a setting (`setting name`), and a
//   password policy named as a time ("locked out after the password policy change") stays a lockout. One user's password
//   rejected stays a login failure (README: one user who cannot sign in is 1, 24x7); nothing broad was added for it.
// - Errors on every record or action: "Fehlermeldung" is a failure (`technical` named it whole, so no compound split
//   read its "Fehler"); "jeder Datensatz", "toutes les fiches" are every record (an outage, 24x7, README); every action
//   ("every action we take", "bei jeder Aktion", "chaque action") is every transaction (24x5). An error message the
//   partner wants shown ("how do I show an error message on every record…") is their design (`error handling`).
//   "aufmachen" is opening a record (`access`).
// - Payments refused: tills or a shop taking, accepting or putting through no card payment (`card payments taken`, rule
//   `card payments refused`), or refusing any card or at every till (`every transaction`): 1 on 24x5, as errors on every
//   payment (README round 28), also where "nicht mehr" or "stopped" would read a total stop.
// - Narrow extras: the timeout Zoho recommends and a log of lockouts are a value and a page (`setting name`), no
//   slowness and no lockout.
// Left: "rien ne s'enregistre plus" (3: `save no more` holds those words for another rule), "our card terminals won't
// accept cards" and "Kartenzahlungen werden nicht mehr angenommen" (3: the failure's own words take the verb), "à chaque
// enregistrement on a une erreur" (1 but 24x7: "enregistrement" is also a record), "one record gives an error" (3).
// Dev errors 221 before and after, none newly wrong.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const CREDENTIALS_REFUSED: Phrasing[] = [
  ['Passwort', 'Es lehnt ständig unser Passwort ab.', 1, TS, '24x7'],
  ['Anmeldung', 'Das System lehnt seit heute früh unsere Passwörter ab.', 1, TS, '24x7'],
  ['Anmeldung', 'Zoho weist seit dem Update unsere Kennwörter zurück.', 1, TS, '24x7'],
  ['Login', 'The system keeps rejecting our passwords.', 1, TS, '24x7'],
  ['Login', 'Our password is not accepted any more.', 1, TS, '24x7'],
  ['Login', 'Zoho won\'t accept our passwords since this morning.', 1, TS, '24x7'],
  ['Connexion', 'Le système refuse nos mots de passe.', 1, TS, '24x7'],
  ['Connexion', 'Zoho n\'accepte plus nos mots de passe depuis ce matin.', 1, TS, '24x7'],
  ['Users locked', 'Half of our users got locked out after the password policy change.', 1, TS, '24x7'],
  // one user: README reads one user who cannot sign in as a login failure (1, 24x7), left so on purpose
  ['Password', "One user's password was rejected, she typed it wrong.", 1, TS, '24x7'],
  // traps: a password rule to set up
  ['Password rules', 'How do I change the password rules so it rejects short passwords?', 3, TS],
  ['Passwort', 'Wie ändern wir die Passwortrichtlinie, damit das System kurze Passwörter ablehnt?', 3, TS],
  ['Mot de passe', "Comment paramétrer Zoho pour qu'il refuse les mots de passe trop courts ?", 3, TS],
]

const ERRORS_ON_EVERY_RECORD: Phrasing[] = [
  ['Fehler', 'Bei jedem Datensatz kommt eine Fehlermeldung.', 1, TS, '24x7'],
  ['Fehler', 'Jeder Datensatz, den wir öffnen, zeigt eine Fehlermeldung.', 1, TS, '24x7'],
  ['Errors', 'Every record we open gives an error.', 1, TS, '24x7'],
  ['Erreur', 'Chaque fiche affiche une erreur.', 1, TS, '24x7'],
  ['Erreurs', 'Toutes les fiches affichent une erreur depuis ce matin.', 1, TS, '24x7'],
  ['Errors', 'Every action we take gives an error.', 1, TS, '24x5'],
  ['Aktion', 'Bei jeder Aktion kommt ein Fehler.', 1, TS, '24x5'],
  ['Action', 'Chaque action renvoie une erreur.', 1, TS, '24x5'],
  ['Errors', 'Every page gives an error since 9, how do we get back to work?', 1, TS, '24x7'],
  // traps: one record, the others fine (README round 28: one record, 2); an error message to show, as a how-to
  ['Error', 'One record gives an error, the others open fine.', 2, TS],
  ['Error message', 'How do I show an error message on every record that has no email?', 3, TS],
  ['Fehlermeldung', 'Wie können wir bei jedem Datensatz ohne E-Mail eine Fehlermeldung anzeigen?', 3, TS],
  ['Message', "Comment afficher un message d'erreur sur chaque fiche sans e-mail ?", 3, TS],
]

const PAYMENTS_REFUSED: Phrasing[] = [
  ['Tills', "The tills won't take any card payments since this morning.", 1, TS, '24x5'],
  ['Tills', "Card payments aren't going through at any till.", 1, TS, '24x5'],
  ['Card', 'Card payments stopped going through this morning.', 1, TS, '24x5'],
  ['Terminal', "The terminals won't accept any cards.", 1, TS, '24x5'],
  ['Kasse', 'Kartenzahlungen gehen an keiner Kasse mehr durch.', 1, TS, '24x5'],
  ['Kasse', 'Die Kassen nehmen keine Kartenzahlungen mehr an.', 1, TS, '24x5'],
  ['Paiement', 'Les paiements par carte ne passent plus.', 1, TS, '24x5'],
  ['Caisse', "Les caisses n'acceptent plus les paiements par carte.", 1, TS, '24x5'],
  ['Caisse', 'La carte bancaire ne passe plus sur aucune caisse.', 1, TS, '24x5'],
  // traps: taking card payments as a how-to; one till with the others fine
  ['Card', 'How do we take card payments in the shop?', 3],
  ['Till', 'One till refuses cards, the others are fine.', 2, TS],
]

const A_VALUE_OR_A_PAGE: Phrasing[] = [
  ['Timeout', 'What timeout does Zoho recommend for the API?', 3, TS],
  ['Timeout', 'Welches Timeout empfehlen Sie für die API?', 3, TS],
  ['Timeout', "Quel timeout recommandez-vous pour l'API ?", 3, TS],
  ['Lockouts', 'Can we see a log of such lockouts?', 3, TS],
  ['Sperrungen', 'Können wir ein Protokoll der Sperrungen sehen?', 3, TS],
  // traps: a real lockout and a real timeout on every request
  ['Locked out', 'We are all locked out since 9 this morning.', 1, TS, '24x7'],
  ['Timeout', 'Every request to the API times out since 9.', 1, TS, '24x7'],
]

describe('phrasings, round 32: known severity-1 meanings in other words', () => {
  it('reads a password refused, however said, as a login failure', async () => {
    expect(await misread(CREDENTIALS_REFUSED)).to.deep.equal([])
  })
  it('reads an error on every record or action as an outage or an error on every transaction', async () => {
    expect(await misread(ERRORS_ON_EVERY_RECORD)).to.deep.equal([])
  })
  it('reads card payments refused at the tills as an error on every payment', async () => {
    expect(await misread(PAYMENTS_REFUSED)).to.deep.equal([])
  })
  it('reads a recommended timeout and a log of lockouts as a value and a page', async () => {
    expect(await misread(A_VALUE_OR_A_PAGE)).to.deep.equal([])
  })
})
