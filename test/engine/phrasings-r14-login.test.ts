// Round 14 (branch r14-login): the meanings behind the first read's misses of grown-41.yaml (getting in:
// login failures, locked and deactivated accounts, the partner portal and store), each in other words
// and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'

// A session that ends as soon as it begins, or a sign-in that drops people back on the sign-in page:
// nobody stays in, a login failure (24x7).
const SESSION_ENDS_AT_ONCE: Phrasing[] = [
  ['Desk', 'Right after signing in the session expires immediately and the agents see the sign-in form again.', 1, TS, '24x7'],
  ['CRM', 'Our session is terminated immediately after login, for every user.', 1, TS, '24x7'],
  ['Anmeldung', 'Nach dem Login wird die Sitzung sofort beendet, wir sind gleich wieder abgemeldet.', 1, TS, '24x7'],
  ['Connexion', 'Après la connexion, nous sommes ramenés à la page de connexion au bout de deux secondes.', 1, TS, '24x7'],
  ['Connexion', 'La session se ferme immédiatement après l\'identification, pour toute l\'équipe.', 1, TS, '24x7'],
  ['Partnerportal', 'Im Partnerportal wird die Sitzung sofort beendet, kaum dass wir angemeldet sind.', 1, SR, '24x5'],
  // traps: a session length asked for, a session set to end with the browser
  ['Session', 'How do we make the session end immediately when the browser is closed?', 3, TS, '24x5'],
  ['Sitzung', 'Wie kann ich einstellen, dass die Sitzung nach 8 Stunden endet?', 3, TS, '24x5'],
]

// An account shown as deactivated or disabled when signing in: no access to it (Support 24x7; the
// partner account or portal: Operations 1). A suspension (after a payment) is left to the words around it,
// as phrasings-domain-operations-2 reads it (a business stopped, 24x5).
const ACCOUNT_DISABLED: Phrasing[] = [
  ['Books', 'The message says the account was deactivated; the client has paid every invoice.', 1, TS, '24x7'],
  ['CRM', 'Since Monday the admin account has been disabled and we cannot reach Setup.', 1, TS, '24x7'],
  ['Konto', 'Beim Anmelden steht, das Konto wurde deaktiviert. Wir haben nichts geändert.', 1, TS, '24x7'],
  ['Compte', 'Le message indique que le compte est désactivé, nous n\'y comprenons rien.', 1, TS, '24x7'],
  ['Partner portal', 'When we open the partner portal it says the account is disabled.', 1, SR, '24x5'],
  ['Partnerkonto', 'Unser Partnerkonto ist deaktiviert, im Partnerportal sehen wir nur eine Meldung.', 1, SR, '24x5'],
  // traps: deactivating a leaver on purpose, a question about suspending
  ['Users', 'We deactivated two users who left the company. Do their licences free up?', 3, TS, '24x5'],
]

// Access to give to someone ("give her access to Reports"): a user's rights asked for, no lack of access.
const GIVE_ACCESS: Phrasing[] = [
  ['Reports', 'How can we grant a sales rep access to dashboards without admin rights?', 3, TS, '24x5'],
  ['Berichte', 'Wie kann ich einem Mitarbeiter Zugriff auf die Berichte geben, ohne ihn zum Admin zu machen?', 3, TS, '24x5'],
  ['Rapports', 'Comment accorder à une utilisatrice l\'accès aux tableaux de bord sans la rendre administratrice ?', 3, TS, '24x5'],
  ['Partner portal', 'How do we give a new colleague access to the partner portal?', 3, SR, '24x5'],
  // traps: access given that still fails, and no access said plainly
  ['Reports', 'We gave him access to Reports yesterday but he still cannot log in at all.', 1, TS, '24x7'],
  ['CRM', 'Without any change on our side nobody can access CRM since 9.', 1, TS, '24x7'],
  ['SSO', 'Since this morning the SSO doesn\'t give us access to CRM anymore.', 1, TS, '24x7'],
  ['Zugriff', 'Das SSO gibt uns seit heute keinen Zugriff mehr auf CRM.', 1, TS, '24x7'],
  ['Accès', 'Le SSO ne nous donne plus accès au CRM depuis ce matin.', 1, TS, '24x7'],
  ['Partner portal', 'The partner portal does not give us access any more.', 1, SR, '24x5'],
]

// A writer away from the office ("no access to email" in an out-of-office): no lack of access.
const OUT_OF_OFFICE: Phrasing[] = [
  ['Automatic reply', 'I\'m on annual leave until 3 June and will not be able to access my email.', 3, TS, '24x5'],
  ['Out of office', 'I am currently out of the office without access to e-mail. Back on Monday.', 3, TS, '24x5'],
  ['Abwesend', 'Ich bin bis zum 20. im Urlaub und kann nicht auf meine E-Mails zugreifen.', 3, TS, '24x5'],
  ['Absence', 'Je suis absente jusqu\'au 12 mai sans accès à mes e-mails.', 3, TS, '24x5'],
  // traps: a mailbox nobody can reach is the product failing, not an absence
  ['Mail', 'Nobody in the office can access their Zoho Mail inbox since 10:00.', 1, TS, '24x7'],
  ['Mail', 'Our CEO is on holiday and now the rest of us cannot log in to Mail either.', 1, TS, '24x7'],
]

// A login problem over ("everyone can log in again"): the subject's login failure is over.
const LOGIN_BACK: Phrasing[] = [
  ['Re: Login failure', 'All users are back in since the certificate update, thanks.', 3, TS, '24x5'],
  ['Re: SSO not working', 'Quick update: we are able to sign in again, please close.', 3, TS, '24x5'],
  ['AW: Anmeldung nicht möglich', 'Alle Kollegen können sich wieder anmelden, danke.', 3, TS, '24x5'],
  ['RE: Connexion impossible', 'Tout le monde peut à nouveau se connecter, merci.', 3, TS, '24x5'],
  // traps: logging in again and again is the trouble, a question when it will be back
  ['Login', 'The whole team gets logged out every five minutes and has to log in again.', 1, TS, '24x7'],
  ['Re: Login failure', 'When can we log in again? Still nobody can get in.', 1, TS, '24x7'],
]

// A need said away ("so users don't need a password"): no inability of what follows.
const NEED_SAID_AWAY: Phrasing[] = [
  ['Idea', 'Could staff use the warehouse tablets so that they do not need a password to log in?', 3, TS, '24x5'],
  ['Passwortlos', 'Gibt es eine Möglichkeit, dass Benutzer kein Passwort mehr brauchen?', 3, TS, '24x5'],
  ['Tablettes', 'Est-il possible que les techniciens n\'aient plus besoin de mot de passe sur la tablette ?', 3, TS, '24x5'],
  // traps: an inability that stays one
  ['Login', 'Since 8:00 the agents cannot log in, they need help urgently.', 1, TS, '24x7'],
]

// The partner's account manager is a person, not the partner account.
const ACCOUNT_MANAGER: Phrasing[] = [
  ['Pricing', 'Our partner account manager is on leave; who can discuss a special price for a 300-seat deal?', 2, 'Sales Discussions', '24x5'],
  ['Rabatt', 'Unser Partnermanager ist nicht erreichbar. Wir bräuchten einen Sonderpreis für ein Angebot.', 2, 'Sales Discussions', '24x5'],
  ['Remise', 'Notre responsable partenaire ne répond pas à nos e-mails ; nous avons besoin d\'un prix spécial pour un appel d\'offres.', 2, 'Sales Discussions', '24x5'],
  ['Quote', 'Our account manager doesn\'t respond to our emails and we need a quote for a customer.', 2, 'Sales Discussions', '24x5'],
  ['Angebot', 'Unser Partnerbetreuer reagiert seit zwei Wochen nicht, wir brauchen ein Angebot für einen Kunden.', 2, 'Sales Discussions', '24x5'],
  // traps: the partner account itself, and a product that does not respond
  ['Partner account', 'We cannot log in to our partner account since this morning.', 1, SR, '24x5'],
  ['CRM', 'CRM is not responding for any of our users since 10:00.', 1, TS, '24x7'],
]

describe('phrasings r14-login: getting in', () => {
  it('reads a session that ends at once as a login failure', async () => {
    expect(await misread(SESSION_ENDS_AT_ONCE)).to.deep.equal([])
  })
  it('reads an account shown as deactivated or suspended as no access to it', async () => {
    expect(await misread(ACCOUNT_DISABLED)).to.deep.equal([])
  })
  it('reads access to give to someone as a rights question', async () => {
    expect(await misread(GIVE_ACCESS)).to.deep.equal([])
  })
  it('reads an out-of-office as no lack of access', async () => {
    expect(await misread(OUT_OF_OFFICE)).to.deep.equal([])
  })
  it('reads "everyone can log in again" as over', async () => {
    expect(await misread(LOGIN_BACK)).to.deep.equal([])
  })
  it('reads a need said away as no inability', async () => {
    expect(await misread(NEED_SAID_AWAY)).to.deep.equal([])
  })
  it('reads the partner account manager as a person', async () => {
    expect(await misread(ACCOUNT_MANAGER)).to.deep.equal([])
  })
})
