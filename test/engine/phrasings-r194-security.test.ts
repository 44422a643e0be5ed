// Round 194: security incidents in partners' words, EN/DE/FR. An intrusion told by what happened is a security
// incident (1, 24x5): a sign-in "without permission" (`without leave`, rule `got in without leave`; `access` yields to it,
// so no lockout), records gone, a sign-in or an account taken over by someone nobody can name (`unknown doer`: "we don't
// know who", "wir wissen nicht, wer", "un inconnu"; the negation in "don't know who" is no denial of what follows), spam or
// phishing the account sends (`spam sent`, `unwanted mail` with `sent from ours` or `not sent by us`), a secret or the
// customers' data out in the open (`out in the open`), and the words ransomware, suspicious logins, account takeover.
// Only an account nobody can get into any more is a login failure (24x7). Traps: a phishing mail received (bare
// "phishing" left `security`), a single stranger's sign-in attempt that was blocked (`attempt turned away`), Zoho's
// "suspicious sign-in" alert by its name (`sign-in alert`), an incident read about elsewhere (`heard of elsewhere`),
// how-tos (2FA, audit log, key rotation), documents (SOC 2), a colleague who "took over" the tickets, the account
// secured again.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. a sign-in without leave: an intrusion, no lockout (24x5)
  ['Admin account', 'Somebody logged into our admin account without our permission on Sunday.', 1, 'Technical Support', '24x5'],
  ['Unauthorized access', 'Someone accessed our CRM without authorisation last night.', 1, 'Technical Support', '24x5'],
  ['Zugriff', 'Jemand hat sich ohne unsere Erlaubnis in das Admin-Konto eingeloggt.', 1, 'Technical Support', '24x5'],
  ['Accès', "Quelqu'un s'est connecté à notre compte sans notre autorisation.", 1, 'Technical Support', '24x5'],
  ['Permissions', 'How can we make sure agents cannot delete contacts without permission?', 3, 'Technical Support', '24x5'],
  // 2. someone nobody can name: records gone, a sign-in, an account taken over
  ['Users gone', "Somebody deleted half of our users and we don't know who.", 1, 'Technical Support', '24x5'],
  ['Contacts', "We don't know who deleted all our contacts.", 1, 'Technical Support', '24x5'],
  ['Benutzer', 'Wir wissen nicht, wer unsere Benutzer gelöscht hat.', 1, 'Technical Support', '24x5'],
  ['Contacts', 'Nous ne savons pas qui a supprimé tous nos contacts.', 1, 'Technical Support', '24x5'],
  ['Desk', 'A stranger is logged into our Desk portal right now and reading tickets.', 1, 'Technical Support', '24x5'],
  ['CRM', 'Un inconnu est connecté à notre CRM depuis ce matin.', 1, 'Technical Support', '24x5'],
  ['Admin', 'An unknown admin appeared in our org this morning.', 1, 'Technical Support', '24x5'],
  ['Logins', 'There are logins to our admin account from Russia that none of us made.', 1, 'Technical Support', '24x5'],
  ['Takeover', 'An intruder took over our super admin account and changed the password, now none of us can log in.', 1, 'Technical Support', '24x7'],
  ['Übernommen', 'Ein Unbekannter hat unser Konto übernommen, wir kommen nicht mehr rein.', 1, 'Technical Support', '24x7'],
  ['Audit', 'How can I find out who deleted our users?', 3, 'Technical Support', '24x5'],
  ['Audit', 'Wie finden wir heraus, wer den Kontakt gelöscht hat?', 3, 'Technical Support', '24x5'],
  ['Bookings', 'Strangers can book appointments on our booking page without logging in.', 3, 'Technical Support', '24x5'],
  ['Handover', 'Our new agent took over the tickets of a colleague who left.', 3, 'Technical Support', '24x5'],
  ['Reprise', 'Notre nouvel agent a pris le contrôle des tickets de son collègue.', 3, 'Technical Support', '24x5'],
  // 3. spam or phishing the account sends
  ['Spam', 'Since this morning our mailbox is sending out spam to all our contacts.', 1, 'Technical Support', '24x5'],
  ['Spam', 'Our Zoho Mail account sent hundreds of spam mails overnight.', 1, 'Technical Support', '24x5'],
  ['Phishing', 'Phishing mails are going out from our domain and none of us wrote them.', 1, 'Technical Support', '24x5'],
  ['Spam', 'Unser Postfach versendet seit heute Nacht Spam.', 1, 'Technical Support', '24x5'],
  ['Phishing', 'Von unserem Konto werden Phishing-Mails an Kunden verschickt.', 1, 'Technical Support', '24x5'],
  ['Spam', 'Notre boîte mail envoie du spam à nos clients.', 1, 'Technical Support', '24x5'],
  ['Spam', 'How do we make sure we are not sending spam?', 3, 'Technical Support', '24x5'],
  ['Spam', 'We keep receiving spam emails in our support inbox. How can we filter them?', 3, 'Technical Support', '24x5'],
  // 4. secrets and customers' data out in the open
  ['API key', 'Our API key ended up in a public repository and someone is using it.', 1, 'Technical Support', '24x5'],
  ['Schlüssel', 'Unser API-Schlüssel ist in einem öffentlichen Repository gelandet.', 1, 'Technical Support', '24x5'],
  ['Clé API', 'Notre clé API a été publiée par erreur sur un dépôt public.', 1, 'Technical Support', '24x5'],
  ['Data', 'Our customer data is visible to outsiders through the portal.', 1, 'Technical Support', '24x5'],
  ['Kundendaten', 'Kundendaten sind öffentlich im Internet einsehbar.', 1, 'Technical Support', '24x5'],
  ['Données', 'Les données personnelles de nos clients sont accessibles publiquement.', 1, 'Technical Support', '24x5'],
  ['API key', 'How do I rotate the API key?', 3, 'Technical Support', '24x5'],
  ['API', 'Wo finde ich meinen API-Schlüssel?', 3, 'Technical Support', '24x5'],
  ['Portal', 'We want customer data to be visible to the public on our portal.', 3, 'Technical Support', '24x5'],
  // 5. the words of an incident
  ['Ransomware', 'Ransomware has encrypted every file in our WorkDrive.', 1, 'Technical Support', '24x5'],
  ['WorkDrive', 'Ein Erpressungstrojaner hat unsere Dateien verschlüsselt.', 1, 'Technical Support', '24x5'],
  ['WorkDrive', 'Un rançongiciel a chiffré nos fichiers.', 1, 'Technical Support', '24x5'],
  ['Logins', 'The sign-in history shows suspicious logins from two countries none of us has been to.', 1, 'Technical Support', '24x5'],
  ['Anmeldungen', 'Wir sehen verdächtige Anmeldungen im Admin-Konto.', 1, 'Technical Support', '24x5'],
  ['Connexions', 'Des connexions suspectes apparaissent sur le compte administrateur.', 1, 'Technical Support', '24x5'],
  // 6. traps: phishing received, one attempt blocked, the alert by its name, heard of elsewhere, how-tos, over
  ['Phishing', 'How do we report a phishing mail we got?', 3, 'Technical Support', '24x5'],
  ['Phishing', 'Wir haben eine Phishing-Mail bekommen.', 3, 'Technical Support', '24x5'],
  ['Hameçonnage', "Nous avons reçu un e-mail d'hameçonnage, comment le signaler ?", 3, 'Technical Support', '24x5'],
  ['Login attempt', 'A login attempt from Brazil was blocked today. Should we worry?', 3, 'Technical Support', '24x5'],
  ['Anmeldeversuch', 'Ein Anmeldeversuch aus Russland wurde blockiert.', 3, 'Technical Support', '24x5'],
  ['Tentative', 'Une tentative de connexion suspecte a été bloquée hier.', 3, 'Technical Support', '24x5'],
  ['Suspicious sign-in alert', 'We got the alert, but it was our own VPN in Frankfurt. Can we ignore these alerts?', 3, 'Technical Support', '24x5'],
  ['Alert', 'We got a suspicious sign-in alert for our admin. It wasn\'t us, and the signature was changed.', 1, 'Technical Support', '24x5'],
  ['Breach', 'We read about a data breach at another company. Is our data safe with Zoho?', 3, 'Technical Support', '24x5'],
  ['2FA', 'Can we enforce two-factor authentication for every user?', 3, 'Technical Support', '24x5'],
  ['2FA', 'Comment activer la double authentification ?', 3, 'Technical Support', '24x5'],
  ['SOC 2', 'Please send us your SOC 2 Type II report.', 3, 'Technical Support', '24x5'],
  ['Secured', 'Thanks, the hacked mailbox is secured again. Please close the ticket.', 3, 'Technical Support', '24x5'],
  ['Gesichert', 'Danke, das kompromittierte Konto ist wieder gesichert.', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 194: security incidents', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})

// (round 194's merge) the intrusion's words as the message everyone gets at sign-in: a login failure, 24x7
describe('an "Unauthorized access" message everyone gets at sign-in', () => {
  it('is a login failure on the 24x7 clock, while a stranger\'s unauthorized logins stay a 24x5 incident', async () => {
    expect(
      await misread([
        ['Login', 'Everyone gets "Unauthorized access" when logging in.', 1, 'Technical Support', '24x7'],
        ['Anmeldung', 'Alle Benutzer bekommen beim Anmelden "Unbefugter Zugriff".', 1, 'Technical Support', '24x7'],
        ['Connexion', 'Tous les utilisateurs reçoivent « accès non autorisé » à la connexion.', 1, 'Technical Support', '24x7'],
        ['Security', 'There were unauthorized logins to our account from Russia last night.', 1, 'Technical Support', '24x5'],
      ]),
    ).to.deep.equal([])
  })
})
