// Round 175 (found by probing): a product that shows nothing but an error ("The CRM only shows an error message now", "Das
// CRM zeigt nur noch Fehlermeldungen", "Le CRM n'affiche plus qu'un message d'erreur") read 3, while "only a white page"
// read as downtime. It is downtime too (concept and rule `nothing but an error`, 24x7); one module or tab is that part
// failing (24x5), the partner portal or the store an Operations show-stopper. The "only", "just", "nur" that begins the
// phrase opens no clause of its own, so a case asked ("If the CRM only shows an error, …") stays a hypothesis. One error
// left or named by its row, a form's check on a value, a log, an action or a run that answers with the error stay out.
// And German "kommen" into one's account ("Wir kommen nicht mehr in unser Zoho-Konto", "in mein Konto", "in den
// Account", "in mein Postfach") is getting in, as "ins CRM" already was; a thing that comes into an account, a mailbox
// or a portal ("die E-Mails kommen nicht mehr in unser Postfach") is no person getting in.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const STORE = 'Store Related'

const ONLY_ERROR: Phrasing[] = [
  ['Zoho CRM', 'Since the update our CRM only shows an error message.', 1, TS, '24x7'],
  ['Desk', 'Since 8am all we get is an error page in Zoho Desk.', 1, TS, '24x7'],
  ['Books', 'Zoho Books shows nothing but an error page this morning.', 1, TS, '24x7'],
  ['Desk', 'Desk just gives an error screen, nobody can do anything.', 1, TS, '24x7'],
  ['CRM', 'Unser CRM zeigt seit heute früh nur noch Fehlermeldungen an.', 1, TS, '24x7'],
  ['Desk', 'Seit dem Update kommt beim Aufruf von Desk nur noch eine Fehlermeldung.', 1, TS, '24x7'],
  ['Books', 'Books öffnet sich nicht richtig, es kommt nur eine Fehlermeldung.', 1, TS, '24x7'],
  ['Desk', 'Seit heute Morgen sehen wir in Desk nichts als Fehlermeldungen.', 1, TS, '24x7'],
  ['CRM', "Depuis ce matin, notre CRM n'affiche plus qu'une page d'erreur.", 1, TS, '24x7'],
  ['Desk', "On n'a plus que des messages d'erreur sur Desk depuis la mise à jour.", 1, TS, '24x7'],
  ['Books', 'Books : que des erreurs depuis 9h.', 1, TS, '24x7'],
  // one module, the partner portal
  ['Contacts', 'The Contacts module only shows an error now.', 1, TS, '24x5'],
  ['Kontakte', 'Das Modul Kontakte zeigt nur noch eine Fehlermeldung.', 1, TS, '24x5'],
  ['Partner portal', 'The partner portal only shows an error page since this morning.', 1, STORE, '24x5'],
  ['Portail', "Le portail partenaire n'affiche plus que des messages d'erreur.", 1, STORE, '24x5'],
  // traps: one error left or named by its row, a form's check, a case asked, a log, an action, one group of users
  ['Import', 'Our import shows only one error message, for line 40. Can you explain it?', 3, TS, '24x5'],
  ['Web form', 'Our web form only shows an error message when the email address is invalid. How do we change the wording?', 3, TS, '24x5'],
  ['Import', 'Nach der Korrektur gibt es nur noch einen Fehler, in Zeile 57.', 3, TS, '24x5'],
  ['Formular', 'Das Formular zeigt nur eine Fehlermeldung, wenn die E-Mail-Adresse ungültig ist. Können wir den Text anpassen?', 3, TS, '24x5'],
  ['Import', "Il ne reste plus qu'une erreur dans le fichier, ligne 8.", 3, TS, '24x5'],
  ['Migration', 'If Desk only shows an error page during the migration, whom do we contact?', 3, TS, '24x5'],
  ['Migration', 'Falls Desk nur noch Fehlermeldungen zeigt, wen sollen wir kontaktieren?', 3, TS, '24x5'],
  ['Migration', "Si le CRM n'affiche plus qu'un message d'erreur, qui devons-nous appeler ?", 3, TS, '24x5'],
  ['Audit log', 'The audit log shows only errors from last week, is that normal?', 3, TS, '24x5'],
  ['Script', 'Our Deluge script only throws an error if the token has expired. Is that expected?', 3, TS, '24x5'],
  ['Export', 'We just get an error when we try to export more than 5,000 contacts.', 3, TS, '24x5'],
  ['Admins', 'Only the admins get an error message, the other users are fine.', 2, TS, '24x5'],
]

const KOMMEN_IN: Phrasing[] = [
  ['Zugang', 'Seit heute Morgen kommen wir nicht mehr in unser Zoho-Konto.', 1, TS, '24x7'],
  ['Zugang', 'Ich komme seit gestern nicht mehr in mein Konto rein.', 1, TS, '24x7'],
  ['Zugang', 'Die Kollegen kommen nicht mehr in den Account.', 1, TS, '24x7'],
  ['Zugang', 'Unsere Mitarbeiter kommen nicht mehr in ihr Benutzerkonto.', 1, TS, '24x7'],
  ['Mail', 'Wir kommen nicht mehr in unser Postfach.', 1, TS, '24x7'],
  ['Portal', 'Wir kommen seit heute nicht mehr in das Partnerportal.', 1, STORE, '24x5'],
  ['Accès', 'Nous ne rentrons plus dans notre compte Zoho depuis ce matin.', 1, TS, '24x7'],
  ['Mail', "On n'arrive plus à rentrer dans la messagerie.", 1, TS, '24x7'],
  // traps: a how-to, things that come into an account, a mailbox or a portal
  ['Konto', 'Wie kommen unsere Kunden in ihr Konto, wenn sie das Passwort vergessen haben?', 3, TS, '24x5'],
  ['Mail', 'Die E-Mails kommen nicht mehr in unser Postfach.', 3, TS, '24x5'],
  ['Portal', 'Die Dokumente kommen nicht mehr in das Portal.', 3, TS, '24x5'],
  ['Lizenzen', 'Die Lizenzen kommen nicht mehr in den Account.', 3, TS, '24x5'],
  ['Zahlung', 'Die Zahlung kommt nicht mehr in unser Konto.', 3, TS, '24x5'],
]

describe('phrasings, round 175: nothing but an error, and German "kommen" into an account', () => {
  it('reads a product that shows nothing but an error as downtime, and leaves its traps', async () => {
    expect(await misread(ONLY_ERROR)).to.deep.equal([])
  })
  it('reads "kommen nicht mehr in unser Konto" as getting in, and leaves things that come in', async () => {
    expect(await misread(KOMMEN_IN)).to.deep.equal([])
  })
})
