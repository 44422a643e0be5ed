// Round 144: a blind batch of 40 French tickets (grown-r144-francais.yaml) read 37 of 40 right as written, the 16
// severity-1 tickets all 1. Three families, each probed in French first and in German and English where they apply:
// - a login failing in one browser for one person, the same person fine "Sur Chrome ça marche nickel", "Mit Chrome geht
//   es", "In Chrome it works perfectly", or the others fine "pour les autres aucun souci": one browser's (2, README
//   rounds 29–49 and 53), where the login rules read 1 on 24x7 (`works elsewhere`, `signs in elsewhere`, `everyone else
//   fine` had only the forms "sous Chrome ça marche", "im Chrome klappt es", "Chrome ... log in fine");
// - asking whether slowness is normal while a change runs, with the slow word far from "normal" ("Est-ce normal que tout
//   soit un peu plus lent pendant la migration ?", "Is it normal that everything is a little bit slower during the
//   migration?"): a question (3, `slowness to expect`, round 41), where the entries' six-word gap between "normal" and
//   "pendant" / "during" / "während" left the comparison "plus lent" read as worse (2);
// - a password forgotten by one person beside her failed sign-in ("Une de nos employées a oublié le sien et ne peut pas
//   se connecter", "ihre Zugangsdaten vergessen", "forgot her login details"): the person's doing (README rounds 29–49),
//   where the forgotten password further than the rule's window, or said as "le sien", "ses identifiants", "son mdp",
//   "Kennwort", left a login failure (1, 24x7).
// A sign-in failing for one person while only "pour les autres aucun souci" is said stays 1 on 24x7 (README round 136
// leaves a login failing for a few while the others are fine open; `everyone else fine` learnt the French words only).
// Traps hold nobody able to sign in in any browser, a browser that fails "too", a live slowness during a migration that
// stops people, slowness "since" a migration, and a password nobody forgot.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ONE_BROWSER: Phrasing[] = [
  ['Connexion impossible sous Firefox', "Ma collègue Julie n'arrive pas à se connecter au CRM avec Firefox, la page de login recharge en boucle. Sur Chrome ça marche nickel, et pour les autres aucun souci.", 2, TS, '24x5'],
  ['Connexion impossible sous Firefox', "Ma collègue n'arrive pas à se connecter au CRM avec Firefox. Sur Chrome ça marche nickel.", 2, TS, '24x5'],
  ['Impossible de se connecter avec Safari', "Un utilisateur n'arrive pas à se connecter avec Safari. Avec Chrome, aucun problème.", 2, TS, '24x5'],
  ['Connexion', "Mon associé ne peut pas se connecter depuis Edge. Avec Firefox ça fonctionne.", 2, TS, '24x5'],
  ['Login impossible with Firefox', 'My colleague Julie cannot log in to CRM with Firefox. In Chrome it works perfectly.', 2, TS, '24x5'],
  ['Anmeldung nicht möglich mit Firefox', 'Meine Kollegin kann sich mit Firefox nicht im CRM anmelden, die Seite lädt immer neu. Mit Chrome geht es.', 2, TS, '24x5'],
  // traps: nobody, in any browser; the other browser failing too
  ['Connexion impossible', "Personne n'arrive à se connecter au CRM depuis ce matin, ni sous Firefox ni sous Chrome.", 1, TS, '24x7'],
  ['Connexion impossible', "Personne ne peut se connecter à Desk avec Firefox. Sur Chrome ça marche pas non plus.", 1, TS, '24x7'],
  ['Impossible de se connecter', "Aucun agent n'arrive à se connecter à Desk. Sur le téléphone ça ne marche pas non plus.", 1, TS, '24x7'],
  ['Login', 'Nobody can log in to CRM since 9. In Chrome it does not work either.', 1, TS, '24x7'],
]

const SLOW_DURING_CHANGE: Phrasing[] = [
  ['Lenteur pendant la migration ?', 'On migre les données depuis Salesforce. Est-ce normal que tout soit un peu plus lent pendant la migration ?', 3, TS, '24x5'],
  ['Question', "Est-ce normal que l'ensemble du CRM soit un peu plus lent pendant la migration ?", 3, TS, '24x5'],
  ['Question', 'Est-il normal que tout soit un petit peu plus lent durant la mise à jour ?', 3, TS, '24x5'],
  ['Question', "Est-ce normal que les pages soient un peu plus lentes pendant l'import ?", 3, TS, '24x5'],
  ['Question', 'Is it normal that everything is a little bit slower during the migration?', 3, TS, '24x5'],
  ['Question', 'Is it normal that the whole CRM is a bit slower during the migration?', 3, TS, '24x5'],
  ['Frage', 'Ist es normal, dass alles ein kleines bisschen langsamer ist während der Migration?', 3, TS, '24x5'],
  // traps: slowness since the change, slowness that stops people, slowness in office hours
  ['Question', 'Est-ce normal que Desk soit un peu plus lent depuis la migration ?', 2, TS, '24x5'],
  ['Question', 'Le CRM est un peu plus lent pendant la migration, les agents ne peuvent plus travailler.', 1, TS, '24x5'],
  ['Question', 'Est-ce normal que le CRM soit si lent pendant les heures de bureau ? Les agents ne peuvent plus travailler.', 1, TS, '24x5'],
  ['Question', 'Is it normal that the whole CRM is a bit slower since the migration?', 2, TS, '24x5'],
]

const FORGOTTEN: Phrasing[] = [
  ["Réinitialiser le mot de passe d'un utilisateur", "Pourriez-vous m'expliquer comment réinitialiser le mot de passe d'un utilisateur en tant qu'administrateur ? Une de nos employées a oublié le sien et ne peut pas se connecter.", 3, TS, '24x5'],
  ['Mot de passe', "Comment réinitialiser le mot de passe d'un utilisateur ? Il a oublié son mot de passe et ne peut plus se connecter.", 3, TS, '24x5'],
  ['Mot de passe', 'Un collègue a oublié ses identifiants et ne peut pas se connecter. Comment les réinitialiser ?', 3, TS, '24x5'],
  ['Mot de passe', "Une employée a oublié son mdp et n'arrive plus à se connecter, comment je fais pour le réinitialiser ?", 3, TS, '24x5'],
  ['Password reset', "One of our staff forgot her login details and can't log in. How do I reset them?", 3, TS, '24x5'],
  ['Passwort', 'Wie kann ich als Admin das Passwort eines Benutzers zurücksetzen? Eine Mitarbeiterin hat ihre Zugangsdaten vergessen und kann sich nicht anmelden.', 3, TS, '24x5'],
  ['Passwort', 'Eine Mitarbeiterin hat ihr Kennwort vergessen und kann sich nicht mehr anmelden. Wie setze ich es zurück?', 3, TS, '24x5'],
  // traps: nobody forgot anything, everyone is out
  ['Connexion impossible', "Personne ne peut se connecter depuis ce matin, même avec le bon mot de passe. Personne n'a oublié son mot de passe.", 1, TS, '24x7'],
  ['Login', 'Nobody can log in since 9. Nobody forgot their password, the passwords are correct.', 1, TS, '24x7'],
]

describe('phrasings, round 144: French partners, one browser, slowness asked, a password forgotten', () => {
  it('reads a login failing in one browser, the same person fine in another, as that browser\'s (2)', async () => {
    expect(await misread(ONE_BROWSER)).to.deep.equal([])
  })
  it('reads slowness asked about as normal during a change as a question, the slow word far from "normal"', async () => {
    expect(await misread(SLOW_DURING_CHANGE)).to.deep.equal([])
  })
  it('reads one person\'s forgotten password beside her failed sign-in as her doing', async () => {
    expect(await misread(FORGOTTEN)).to.deep.equal([])
  })
})
