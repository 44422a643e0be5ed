// Round 13 (branch r13-fp): the meanings behind the first read's misses of grown-37.yaml (alarming
// words in a role that reports nothing of severity 1, and their twins that do), each in other words
// and languages than the ticket, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const PMR = 'Product Management Related'

// Setting up an alert or a notification for when a service is down: a wish about a case, no outage.
const ALERT_SETUP: Phrasing[] = [
  ['Monitoring', 'Can we set up an alert that texts our admin whenever CRM is unavailable?', 3, TS, '24x5'],
  ['Notifications', 'We want to be notified when the Books sync is down for more than ten minutes.', 3, TS, '24x5'],
  ['Überwachung', 'Wir möchten per SMS benachrichtigt werden, wenn Desk ausfällt. Wie richten wir das ein?', 3, TS, '24x5'],
  ['Surveillance', 'Nous voudrions être prévenus quand le CRM est indisponible. Est-ce faisable ?', 3, TS, '24x5'],
  // traps: an alert that reports an outage, an outage after setting one up
  ['Alert', 'We got an alert at 6am and since then CRM is unavailable for all users.', 1, TS, '24x7'],
  ['Desk down', 'Desk is down for all agents since 9, the status alert we set up did not fire.', 1, TS, '24x7'],
]

// Asking where to see or check a thing reports nothing ("where can we check who deleted it?").
const WHERE_TO_SEE: Phrasing[] = [
  ['Audit', 'Where can I check which records were deleted last month?', 3, TS, '24x5'],
  ['Login history', 'where can we view the failed logins of a user?', 3, TS, '24x5'],
  ['Audit', 'Wo sehen wir gelöschte Datensätze?', 3, TS, '24x5'],
  ['Journal', 'Où peut-on voir les enregistrements supprimés ?', 3, TS, '24x5'],
  // traps: records really lost, asked about with a "where"
  ['Contacts gone', '5,000 contacts have vanished overnight. Where are they? Nobody deleted them.', 1, TS, '24x5'],
]

// A person who deleted records did it: their doing, no data integrity problem.
const USER_DELETION: Phrasing[] = [
  ['Deleted deals', 'A colleague deleted three deals on Friday. Can we get them back from the recycle bin?', 3, TS, '24x5'],
  ['Audit', 'We need to find out who deleted the Acme deal last week.', 3, TS, '24x5'],
  ['Gelöschte Kontakte', 'Ein Kollege hat gestern zwei Kontakte gelöscht. Wie stellen wir sie wieder her?', 3, TS, '24x5'],
  ['Contacts supprimés', 'Un collègue a supprimé des contacts hier. Comment les restaurer ?', 3, TS, '24x5'],
  // traps: a program or nobody deleted them
  ['Leads gone', 'Someone\'s import deleted 800 leads, we need them back urgently.', 1, TS, '24x5'],
  ['Data loss', 'The sync deleted 2,000 contacts overnight, nobody on our side touched them.', 1, TS, '24x5'],
]

// A documentation request about downtime or outages reports none.
const DOCS_QUESTION: Phrasing[] = [
  ['SLA', 'Is there any documentation about the uptime guarantee and what happens to data during an outage?', 3, TS, '24x5'],
  ['Dokumentation', 'Gibt es eine Dokumentation zu Ausfällen und wie Kunden informiert werden?', 3, TS, '24x5'],
  ['Documentation', 'Existe-t-il une documentation sur les pannes et leur communication aux clients ?', 3, TS, '24x5'],
  // trap: the documentation followed, and now nobody can log in
  ['SAML', 'We followed the documentation for SAML and now nobody can log in.', 1, TS, '24x7'],
]

// A root cause analysis or post-mortem of a past downtime: a report asked for, no outage now.
const ROOT_CAUSE: Phrasing[] = [
  ['Post-mortem', 'Please share a post-mortem of the CRM outage on Monday morning.', 3, TS, '24x5'],
  ['Incident', 'Our client needs a root cause analysis of last week\'s Desk downtime for their audit.', 3, TS, '24x5'],
  ['Ursachenanalyse', 'Bitte senden Sie uns eine Ursachenanalyse für den Ausfall von gestern.', 3, TS, '24x5'],
  ['Analyse', 'Pouvez-vous nous fournir une analyse des causes de la panne de mardi ?', 3, TS, '24x5'],
  // trap: down now, an RCA wanted later
  ['Outage', 'CRM is down again for all users. We will need an RCA afterwards.', 1, TS, '24x7'],
]

// A trouble that went away by itself is over.
const FIXED_ITSELF: Phrasing[] = [
  ['Sync', 'The sync failed for an hour this morning but then it sorted itself out.', 3, TS, '24x5'],
  ['Login', 'Some agents could not sign in at noon, it came back on its own after ten minutes.', 3, TS, '24x5'],
  ['Login', 'Heute früh konnten wir uns nicht anmelden, das hat sich von selbst erledigt.', 3, TS, '24x5'],
  ['Connexion', 'Ce matin nous ne pouvions pas nous connecter, cela s\'est résolu tout seul.', 3, TS, '24x5'],
  // trap: not gone
  ['Login', 'It did not fix itself: still nobody can sign in.', 1, TS, '24x7'],
]

// Stopped once more: "stopped syncing again" is no "syncing again"; German "aufgehört zu funktionieren",
// French "a cessé de fonctionner" stop as English "stopped working" does.
const STOPPED_AGAIN: Phrasing[] = [
  ['Re: Sync', 'Bad news, the sync stopped running again overnight.', 1, TS, '24x7'],
  ['Emails', 'Incoming mail stopped arriving again around noon.', 1, TS, '24x7'],
  ['Sync', 'Die Synchronisation hat heute früh aufgehört zu funktionieren.', 1, TS, '24x7'],
  ['Synchro', 'La synchronisation a cessé de fonctionner ce matin.', 1, TS, '24x7'],
  // traps: it runs again; "ne cesse de" keeps on
  ['Re: Sync', 'Thanks, the sync is running again since the restart.', 3, TS, '24x5'],
  ['Workflow', 'Le workflow ne cesse d\'envoyer le même e-mail, comment l\'arrêter ?', 3, TS, '24x5'],
]

// A requirement the partner states ("requires X instead of Y"): what is wanted, no result.
const REQUIRED_INSTEAD: Phrasing[] = [
  ['Password policy', 'Their auditor requires 12 characters instead of 8 for passwords. Which setting is it?', 3, TS, '24x5'],
  ['Passwortregeln', 'Die Richtlinie verlangt 12 Zeichen statt 8. Wo stellen wir das ein?', 3, TS, '24x5'],
  ['Mot de passe', 'Leur politique exige 12 caractères au lieu de 8. Où le régler ?', 3, TS, '24x5'],
  // traps: a result given instead of another
  ['Invoice totals', 'The quote shows the gross amount instead of the net one.', 2, TS, '24x5'],
]

// Logged out at the end of a shift or after hours: the session timeout doing its job.
const SESSION_END: Phrasing[] = [
  ['Sessions', 'Agents get logged out after 8 hours and have to sign in again. Can that be 10?', 3, TS, '24x5'],
  ['Sitzung', 'Die Agenten werden nach 8 Stunden abgemeldet. Können wir das auf 10 Stunden ändern?', 3, TS, '24x5'],
  ['Session', 'Les agents sont déconnectés après 8 heures. Peut-on allonger la durée ?', 3, TS, '24x5'],
  // trap: kicked out all the time
  ['Logged out', 'All agents keep getting logged out every few minutes since this morning.', 1, TS, '24x7'],
]

// How it works when a subscription lapses, an account cancelled automatically: questions, no cancellation asked.
const LAPSE_QUESTION: Phrasing[] = [
  ['Expiry', 'How does it work when the customer does not renew on time? Will the organisation be cancelled automatically?', 3, PR, '24x5'],
  ['Ablauf', 'Wird das Abonnement automatisch storniert, wenn die Zahlung ausbleibt? Wie funktioniert das?', 3, PR, '24x5'],
  ['Échéance', 'L\'abonnement est-il annulé automatiquement si le paiement échoue ? Comment ça marche ?', 3, PR, '24x5'],
  // trap: a cancellation asked for
  ['Cancel', 'Please cancel the subscription of our client Delta Foods from next month.', 1, PR, '24x5'],
]

// Customers asking for a feature, "especially" for some records: the wish's, nothing lost.
const ASKED_FOR: Phrasing[] = [
  ['Idea', 'It would be great if the recycle bin kept records longer. Customers keep asking for it, especially for deleted invoices.', 3, PMR, '24x5'],
  ['Feature request', 'Several clients requested this, in particular for deleted contacts.', 3, PMR, '24x5'],
  // trap: records really lost, "especially" the invoices
  ['Data loss', 'Records vanished after the update, especially invoices from March.', 1, TS, '24x5'],
]

// None of a group of things runs ("not a single email has created a ticket"): does not work.
const NONE_OF_THEM: Phrasing[] = [
  ['Tickets', 'Since 7am not a single email has created a ticket.', 1, TS, '24x5'],
  ['Reminders', 'None of the reminders were sent yesterday.', 1, TS, '24x5'],
  // traps: a how-to about when they run; (the corpus reads "none of our workflows run" as not working, 24x5)
  ['Reminders', 'None of the reminders go out on Saturdays: how do we make them run on weekends too?', 3, TS, '24x5'],
  ['Workflows', 'None of our workflows run since the update.', 1, TS, '24x5'],
]

describe('phrasings of round 13 (r13-fp): alarming words that report nothing, and their twins', () => {
  it('reads an alert set up for when a service is down as a wish, no outage', async () => {
    expect(await misread(ALERT_SETUP)).to.deep.equal([])
  })
  it('reads "where can we see" as a question where to find a thing', async () => {
    expect(await misread(WHERE_TO_SEE)).to.deep.equal([])
  })
  it('reads records a person deleted as their doing, no data integrity problem', async () => {
    expect(await misread(USER_DELETION)).to.deep.equal([])
  })
  it('reads a documentation request about outages as a question', async () => {
    expect(await misread(DOCS_QUESTION)).to.deep.equal([])
  })
  it('reads a root cause analysis of a past downtime as a report asked for', async () => {
    expect(await misread(ROOT_CAUSE)).to.deep.equal([])
  })
  it('reads a trouble that went away by itself as over', async () => {
    expect(await misread(FIXED_ITSELF)).to.deep.equal([])
  })
  it('reads "stopped again" and "aufgehört" / "cessé de fonctionner" as a total failure', async () => {
    expect(await misread(STOPPED_AGAIN)).to.deep.equal([])
  })
  it('reads a requirement "instead of" another as what is wanted', async () => {
    expect(await misread(REQUIRED_INSTEAD)).to.deep.equal([])
  })
  it('reads a logout at the end of a shift as the session timeout', async () => {
    expect(await misread(SESSION_END)).to.deep.equal([])
  })
  it('reads how a lapse works and an automatic cancellation as questions', async () => {
    expect(await misread(LAPSE_QUESTION)).to.deep.equal([])
  })
  it('reads what customers asked for, "especially" some records, as the wish\'s', async () => {
    expect(await misread(ASKED_FOR)).to.deep.equal([])
  })
  it('reads "none of them" before a verb as nothing running', async () => {
    expect(await misread(NONE_OF_THEM)).to.deep.equal([])
  })
})
