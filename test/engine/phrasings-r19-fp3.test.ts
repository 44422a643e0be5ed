// Round 19 (branch r19-fp3): the meanings behind the first-read misses of grown-65.yaml (partners who
// use alarming words without reporting a failure), in other words and languages than the tickets,
// with traps that must still read as the failure they report.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PM = 'Product Management Related'

// What people should do when something is down: a training or procedure question about a case
// (README: hypothetical), nothing down now.
const WHAT_TO_DO_WHEN: Phrasing[] = [
  ['Agent training', 'What should our agents do when Desk is down? We want a fallback procedure.', 3, TS, '24x5'],
  ['Procedure', 'For the customer handbook: what do reps do when the CRM goes offline during a call?', 3, TS],
  ['Schulung', 'Was sollen die Agenten tun, wenn das CRM ausfällt? Wir bereiten eine Schulung vor.', 3, TS],
  ['Formation', 'Que faire si le CRM est en panne pendant une campagne ? C\'est pour la formation des agents.', 3, TS],
  ['Offline', 'Can agents take notes offline and sync them later in the mobile app?', 3, TS],
  // traps: it is down now
  ['Desk down', 'Desk is down for all our agents since 9, what should we do?', 1, TS, '24x7'],
  ['CRM', 'Das CRM ist seit heute früh ausgefallen, niemand kann arbeiten.', 1, TS],
]

// A past outage named as the subject of a request: a list or history of outages, a customer affected
// by last week's outage, an outage with its past duration, a service credit (README: a question about a
// past outage; over). An outage said with its past duration ("was down for two hours this morning") is still
// an outage (r17-me3's trap), so a past incident told that way is left to the words around it.
const PAST_OUTAGE: Phrasing[] = [
  ['Audit', 'Can you send us the outage history of Zoho CRM for the last year? It is for a vendor review.', 3, TS, '24x5'],
  ['Audit', 'The auditor wants to know how many outages Desk had in the last 12 months.', 3, TS],
  ['Report', 'Our customer was hit by the Desk outage on Monday and wants an incident summary.', 3, TS],
  ['Availability', 'The customer was affected by the Mail outage last Thursday; please send the availability report for the month.', 3, TS],
  ['Credits', 'Does Zoho grant a service credit for last month\'s downtime? The customer asks.', 2, 'Invoice changes'],
  ['Audit', 'Bitte senden Sie uns die Ausfallhistorie von Desk für das letzte Jahr.', 3, TS],
  ['Audit', 'Pouvez-vous nous envoyer l\'historique des pannes du CRM pour l\'année écoulée ?', 3, TS],
  // traps: the outage is now, or a failure follows it
  ['CRM down', 'CRM is unavailable since 08:00 for everyone.', 1, TS, '24x7'],
  ['Since the outage', 'Following the outage this morning the workflows stopped running.', 1, TS],
  ['Login', 'We were affected by the outage this morning and still nobody can log in.', 1, TS, '24x7'],
]

// Alerts configured for an outage, and an error code asked about in the docs: configuration and
// documentation (README round 13), nothing failing.
const ALERTS_AND_DOCS: Phrasing[] = [
  ['Alerting', 'The customer wants the IT lead notified whenever the help centre is unreachable.', 3, TS],
  ['Alerting', 'Can the on-call manager get an SMS when Zoho Mail goes down?', 3, TS],
  ['API', 'Is INVALID_TOKEN returned only for an expired token, or also when the scope is wrong?', 3, TS],
  ['SSO', 'The SSO documentation lists a login failed error 1203; what usually causes it? Everything works today.', 3, TS],
  // traps: the failure is here
  ['API', 'Every call returns INVALID_TOKEN since this morning, the integration is down.', 1, TS],
  ['SSO', 'Login fails for all users with SAML error 1203 since 8am.', 1, TS, '24x7'],
]

// Migration planning that names downtime or data loss: a question about a plan (README round 13).
const MIGRATION_PLANNING: Phrasing[] = [
  ['Migration', 'How much downtime should we expect when we move 50,000 tickets from Freshdesk?', 3, TS, '24x5'],
  ['Migration', 'Is there any risk of data loss if we migrate the attachments with the wizard?', 3, TS],
  ['Cut-over', 'We aim for zero downtime during the cut-over next weekend, can the import run in stages?', 3, TS],
  ['Migration', 'Wie viel Ausfallzeit müssen wir bei der Umstellung einplanen?', 3, TS],
  // traps: the migration did lose the data
  ['Migration', 'After the migration all the notes on our 50,000 contacts are gone.', 1, TS, '24x5'],
  ['Migration', 'The import lost every attachment, the records have none any more.', 1, TS],
]

// A guide for people who might be locked out, or "nobody is locked out": nothing reported.
const LOCKOUT_GUIDE: Phrasing[] = [
  ['Onboarding', 'We need a short guide for users who get locked out after entering a wrong password.', 3, TS],
  ['Runbook', 'Please send instructions for admins who forget their MFA device. Nobody is locked out right now.', 3, TS],
  // traps
  ['Locked out', 'Half of our agents are locked out since the password policy change.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in to CRM since 7am.', 1, TS, '24x7'],
]

// Asking Zoho to add something is a feature request (README round 15), exempt.
const ASK_ZOHO_TO_ADD: Phrasing[] = [
  ['Idea', 'Would it be possible for Zoho to add a Kanban view for cases?', 3, PM],
  ['Idea', 'Could Zoho add an archive button for old deals? Agents cannot hide them today.', 3, PM],
  // trap: asking whether one can is a how-to
  ['Question', 'Is it possible to add a Kanban view for cases ourselves?', 3, TS],
]

// Idioms: a dead deal is business, a broken documentation link leads to a missing page; a "missing"
// subject over values left out of an export is the text's result off.
const IDIOMS: Phrasing[] = [
  ['Pipeline', 'Reps leave deals open even when they are dead; how do we force a lost reason?', 3, TS],
  ['Docs', 'The link to the SMTP settings article seems to be broken, it goes to a page not found.', 3, TS],
  ['Export missing owner', 'The CSV export leaves the owner column empty for every row, though the owner shows on screen.', 2, TS],
  ['GDPR', 'What is the right way to delete a contact for a right-to-erasure request?', 3, TS],
  // traps
  ['Blueprint dead', 'The Deals blueprint is dead since the release, no transition goes through.', 1, TS],
  ['Contacts missing', '300 contacts are missing after the sync.', 1, TS, '24x5'],
]

describe('phrasings of round 19, branch r19-fp3', () => {
  it('reads what to do when something is down as a question about a case', async () => {
    expect(await misread(WHAT_TO_DO_WHEN)).to.deep.equal([])
  })
  it('reads a past outage named in a request as no outage now', async () => {
    expect(await misread(PAST_OUTAGE)).to.deep.equal([])
  })
  it('reads alerts for outages and error codes in the docs as configuration and documentation', async () => {
    expect(await misread(ALERTS_AND_DOCS)).to.deep.equal([])
  })
  it('reads migration planning with downtime or data loss as a question', async () => {
    expect(await misread(MIGRATION_PLANNING)).to.deep.equal([])
  })
  it('reads a guide for a lockout as documentation', async () => {
    expect(await misread(LOCKOUT_GUIDE)).to.deep.equal([])
  })
  it('reads asking Zoho to add a thing as a feature request', async () => {
    expect(await misread(ASK_ZOHO_TO_ADD)).to.deep.equal([])
  })
  it('reads idioms and a subject that headlines a result off', async () => {
    expect(await misread(IDIOMS)).to.deep.equal([])
  })
})
