// Round 101 (left): five plainly told severity-1 English Support tickets had read 3, each because no severity word was
// found. (1) "Nobody can upload attachments to tickets": moving files in or out was no task of `work` (as "cannot save" is):
// upload, download, attach, hochladen, téléverser now are (24x5); a size or plan limit in the sentence (`size limit`), a
// control named by its task ("a download option", `file control`), "can't see where to attach" (a how-to) and one person's
// failure with everyone else fine stay no stop. (2) "Incoming mail has stopped for the whole company since 8am": the mail, the
// CRM, Desk said to have stopped with no task after the verb is the whole product stopped, as "not working" for everyone
// (README round 93: 24x7); at a sentence's end or "since" a time it is down; "the duplicate emails have stopped" is good news.
// (3) "This prevents all users from saving any record": "prevent" was a hypothetical cue whatever its form; the forms that
// tell a fact ("prevents", "is preventing", "has prevented", "prevented us …", "hindert … daran", "empêche") are `prevented`,
// the cue yields to them and people kept from a task cannot do it (24x5; a sign-in, 24x7). "To prevent this in future",
// "how can we prevent users from deleting", a thing kept "from being created", a rule that prevents by design stay 3.
// (4) "We are completely blocked since the update": the partner's people blocked or stuck as a whole (`people blocked`, 24x5);
// "blocked on a decision", "blocked from merging", "we blocked an email address", "we are blocking spam senders", "not
// blocked" are not. (5) "Response times are terrible, the whole team is waiting on every page": people waiting on every page
// is slowness (24x5); bad response times with people held up too, while support's or the agents' response times are not.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FILES: Phrasing[] = [
  ['Upload issue', 'Hi, nobody can upload attachments to tickets since this morning.', 1, TS, '24x5'],
  ['Upload', 'No one in the team can upload documents to WorkDrive since 9am.', 1, TS, '24x5'],
  ['Attachments', 'Our users are unable to attach files to their replies since yesterday’s release.', 1, TS, '24x5'],
  ['Invoices', 'Nobody can download the invoice PDFs in Books since the update.', 1, TS, '24x5'],
  ['Upload', 'Keiner unserer Mitarbeiter kann Dateien in Desk hochladen.', 1, TS, '24x5'],
  ['Pièces jointes', 'Personne ne peut téléverser de pièces jointes depuis ce matin.', 1, TS, '24x5'],
  // traps: a limit asked about, a how-to, a control named, one agent, over, reaching a person
  ['Upload limit', 'Is there a limit on how many attachments we can upload per ticket?', 3, TS, '24x5'],
  ['Upload limit', "We can't upload files larger than 20 MB - is that the plan limit?", 3, TS, '24x5'],
  ['Mobile app', 'How do I upload attachments to a ticket from the mobile app?', 3, TS, '24x5'],
  ['Download', "Can't see a download option for the statement, where is it?", 3, TS, '24x5'],
  ['One agent', 'One of our agents cannot upload attachments, everyone else can.', 2, TS, '24x5'],
  ['Resolved', 'Yesterday nobody could upload attachments, but it works again now. Thanks!', 3, TS, '24x5'],
  ['Commercial', "Nous n'arrivons pas à joindre notre commercial depuis lundi.", 3, TS, '24x5'],
]

const MAIL: Phrasing[] = [
  ['Mail', 'Incoming mail has stopped for the whole company since 8am.', 1, TS, '24x7'],
  ['Mail', 'Incoming mail has stopped.', 1, TS, '24x7'],
  ['Email', 'Our email has stopped for everyone.', 1, TS, '24x7'],
  ['Mail', 'Hi, our mail has stopped since this morning.', 1, TS, '24x7'],
  ['CRM', 'CRM has stopped for all users since 10.', 1, TS, '24x7'],
  ['Messagerie', 'La messagerie s’est arrêtée pour tout le monde.', 1, TS, '24x7'],
  // traps: good news that stopped, a halt of the partner's own, a future window, over, one mailbox
  ['Spam', 'The spam emails have stopped for all users after we changed the filter.', 3, TS, '24x5'],
  ['Migration', 'We have stopped the mail sync for all users while we migrate. How do we restart it later?', 3, TS, '24x5'],
  ['MX change', 'Will incoming mail stop for the whole company during the MX change?', 3, TS, '24x5'],
  ['Resolved', 'Incoming mail had stopped for the whole company this morning but it is working again now.', 3, TS, '24x5'],
  ['One mailbox', 'Mail has stopped for one user only, everyone else receives fine.', 2, TS, '24x5'],
]

const PREVENTED: Phrasing[] = [
  ['Saving', 'This prevents all users from saving any record.', 1, TS, '24x5'],
  ['Invoices', 'Since the update a bug is preventing everyone from creating invoices.', 1, TS, '24x5'],
  ['Quotes', 'This has prevented the whole team from sending quotes since Monday.', 1, TS, '24x5'],
  ['Login', 'Since 9am an error prevents all users from logging in.', 1, TS, '24x7'],
  ['Speichern', 'Der Fehler hindert alle Benutzer daran, Datensätze zu speichern.', 1, TS, '24x5'],
  ['Enregistrement', 'Cette erreur empêche tous les utilisateurs d’enregistrer une fiche.', 1, TS, '24x5'],
  // traps: a wish, a how-to, a setting asked for, a thing kept from happening, a rule by design, over, supposed
  ['Future', 'What can we do to prevent this in future?', 3, TS, '24x5'],
  ['Delete', 'How can we prevent users from deleting records?', 3, TS, '24x5'],
  ['Setting', 'Is there a setting that prevents agents from closing tickets without a resolution?', 3, TS, '24x5'],
  ['Duplicates', 'We want to prevent duplicates from being created by the web form.', 3, TS, '24x5'],
  ['Validation', 'Our validation rule prevents users from saving a deal without an amount. How can admins bypass it?', 3, TS, '24x5'],
  ['RCA', 'The outage yesterday prevented us from working, but everything works now. Please send the RCA.', 3, TS, '24x5'],
  ['Monitoring', 'Better monitoring could have prevented the outage last week. What do you recommend?', 3, TS, '24x5'],
  ['Löschen', 'Wie können wir verhindern, dass Benutzer Datensätze löschen?', 3, TS, '24x5'],
  ['One agent', 'This prevents one of our agents from saving, everyone else can save fine.', 2, TS, '24x5'],
]

const BLOCKED: Phrasing[] = [
  ['Blocked', 'We are completely blocked since the update.', 1, TS, '24x5'],
  ['Blocked', "We're totally blocked since 9am.", 1, TS, '24x5'],
  ['Release', 'Our team is blocked since the release.', 1, TS, '24x5'],
  ['Stuck', 'We are completely stuck since the update.', 1, TS, '24x5'],
  ['Blockiert', 'Wir sind seit dem Update komplett blockiert.', 1, TS, '24x5'],
  ['Bloqués', 'Nous sommes complètement bloqués depuis la mise à jour.', 1, TS, '24x5'],
  // traps: not blocked, a thing the partner blocked or blocks, blocked on a question, over, a queue
  ['Logo', 'Not urgent, we are not blocked. How do I change the logo on the help center?', 3, TS, '24x5'],
  ['Unblock', 'We blocked an email address by mistake. How do we unblock it?', 3, TS, '24x5'],
  ['Blocked senders', 'We are blocking some spam senders, where is the list of blocked addresses?', 3, TS, '24x5'],
  ['Blueprint', 'I am blocked on how to configure the blueprint. Can you guide me?', 3, TS, '24x5'],
  ['Resolved', 'We were blocked this morning but it works again now, thanks.', 3, TS, '24x5'],
  ['Queue', "We're stuck behind a long import queue, is there an ETA?", 3, TS, '24x5'],
  ['Absender', 'Wie kann ich einen blockierten Absender wieder freigeben?', 3, TS, '24x5'],
]

const WAITING: Phrasing[] = [
  ['Response', 'Response times are terrible, the whole team is waiting on every page.', 1, TS, '24x5'],
  ['Slow', 'The whole team is waiting on every page since this morning.', 1, TS, '24x5'],
  ['CRM', "Response times in CRM are terrible and our agents can't keep up.", 1, TS, '24x5'],
  ['Antwortzeiten', 'Die Antwortzeiten sind katastrophal, das ganze Team wartet bei jeder Seite.', 1, TS, '24x5'],
  ['Temps de réponse', 'Les temps de réponse sont catastrophiques, toute l’équipe attend à chaque page.', 1, TS, '24x5'],
  // traps: support's answers, a question, the agents' own response times, over, a bit slower
  ['Support', 'Your support response times are terrible, we waited three days for an answer.', 3, TS, '24x5'],
  ['API', 'What are the expected response times of the API?', 3, TS, '24x5'],
  ['SLA', "Our agents' response times are terrible this month, how can we build an SLA report?", 3, TS, '24x5'],
  ['Yesterday', 'Response times were terrible yesterday but are fine today.', 3, TS, '24x5'],
  ['Slower', 'Response times are a bit slower than usual.', 2, TS, '24x5'],
]

describe('phrasings, round 101 (left): severity 1 with no severity word', () => {
  it('reads a file task nobody can do as a failing feature', async () => {
    expect(await misread(FILES)).to.deep.equal([])
  })
  it('reads the mail that has stopped for everyone as down', async () => {
    expect(await misread(MAIL)).to.deep.equal([])
  })
  it('reads people kept from a task, told as a fact, as unable', async () => {
    expect(await misread(PREVENTED)).to.deep.equal([])
  })
  it('reads the partner’s people blocked as a whole as a show-stopper', async () => {
    expect(await misread(BLOCKED)).to.deep.equal([])
  })
  it('reads people waiting on every page as slowness', async () => {
    expect(await misread(WAITING)).to.deep.equal([])
  })
})
