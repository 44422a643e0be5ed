// Round 24 (branch r24-high3): the meanings behind the first-read misses of grown-85.yaml (how-tos and
// configuration questions of severity 3, and results off of severity 2, said in alarming words), in other
// words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Record locking is a feature: a record "locked" once it reaches a stage is a setting at work, no lockout and
// no failing access (README round 22); a user locked out of the account still is.
const RECORD_LOCK: Phrasing[] = [
  ['Quotes', 'Can we keep quotes locked once they are accepted, so only managers can edit them?', 3, TS],
  ['Deals', 'Record locking: where do we choose which profiles may still edit a locked record?', 3, TS],
  ['Deals', 'Wie richten wir die Datensatzsperre ein, damit gesperrte Datensätze nur der Admin ändern kann?', 3, TS],
  ['Affaires', 'Comment configurer le verrouillage des enregistrements pour les affaires gagnées ?', 3, TS],
  // traps: a person locked out, an account locked
  ['Login', 'Since this morning all our agents are locked out of Desk.', 1, TS, '24x7'],
  ['Login', 'My account is locked and I cannot log in since 8 am.', 1, TS, '24x7'],
]

// Visitors who are not signed in (a help center's guests): what they may see is a permission of public pages,
// no login failure and no account out of reach.
const GUESTS: Phrasing[] = [
  ['KB', 'Visitors who are not logged in get "permission denied" on the knowledge base. How do we make the articles public?', 3, TS],
  ['Portal', "How can we show a friendlier message than 'access denied' to people who aren't signed in?", 3, TS],
  ['Portal', 'Nicht angemeldete Besucher sehen "Zugriff verweigert". Wie machen wir die Artikel öffentlich?', 3, TS],
  ['Portail', 'Les visiteurs non connectés voient "accès refusé" : comment rendre les articles publics ?', 3, TS],
  // traps: signed-in users refused, a login that fails
  ['Portal', 'Since this morning every agent gets access denied when logging in to Desk.', 1, TS, '24x7'],
  ['Login', 'None of our users can sign in, the login page says access denied.', 1, TS, '24x7'],
]

// The partner's own code, said to be the likely cause or put up for review, or their first steps with an API:
// writing a function or an integration (DOMAIN.md §4, 3), whatever it does when saved or run.
const OWN_CODE: Phrasing[] = [
  ['Script', 'My Deluge script throws an error every time I save it, I guess I have the syntax wrong. What is the correct syntax for a list?', 3, TS],
  ['Function', 'The function is not working, it is probably my code. Could you check my code?', 3, TS],
  ['API', 'First time using the CRM API: every request returns INVALID_TOKEN. What are the steps to get a refresh token?', 3, TS],
  ['Skript', 'Unser Skript funktioniert nicht, ist wohl mein Code. Können Sie meinen Code prüfen?', 3, TS],
  ['Script', "Notre fonction ne marche pas, c'est sans doute mon code. Pouvez-vous relire mon code ?", 3, TS],
  // traps: a function that stopped after an update, an API down for everyone
  ['Workflow', 'Since the update our custom functions have stopped working completely, in every org.', 1, TS, '24x7'],
  ['API', 'Every API call returns error 500 since 9 am.', 1, TS, '24x7'],
]

// Downtime as a figure to report on, an outage of the client's own network, an agent's "unavailable" status:
// topics and settings, no symptom (README rounds 17-22).
const SYMPTOM_AS_TOPIC: Phrasing[] = [
  ['Report', 'How do I chart downtime minutes per site in Analytics?', 3, TS],
  ['Report', 'The downtime report totals are wrong: 600 minutes where the tickets say 60.', 2, TS],
  ['Bericht', 'Wie erstellen wir einen Ausfallzeitbericht pro Kunde?', 3, TS],
  ['Rapport', "Comment créer un rapport d'indisponibilité par client ?", 3, TS],
  ['Template', "We need a macro for when the customer's network is down, with the area as a placeholder.", 3, TS],
  ['Agents', 'How do we set agents to unavailable when their shift ends?', 3, TS],
  // traps: Zoho down, Zoho's downtime
  ['Desk down', 'Desk is down for all our agents since 10:00.', 1, TS, '24x7'],
  ['Downtime', 'We have had downtime on CRM all morning, nobody can work.', 1, TS, '24x7'],
]

// A person who deleted a record, asked about ("which agent did it", "one of our reps deleted the wrong one"):
// the users' doing (README round 13); records that vanished with nobody deleting them are still lost.
const DELETED_BY_A_PERSON: Phrasing[] = [
  ['Deleted', 'A contact was deleted on Monday and we would like to know which user did it.', 3, TS],
  ['Deleted', 'One of our interns deleted the wrong contact, how can I restore it?', 3, TS],
  ['Gelöscht', 'Ein Ticket wurde gelöscht, wir möchten wissen, welcher Mitarbeiter das war.', 3, TS],
  ['Supprimé', "Un ticket a été supprimé, nous voulons savoir quel agent l'a fait.", 3, TS],
  // trap: records gone, nobody deleted them
  ['Deals', 'About 800 deals have disappeared since yesterday and nobody here deleted anything.', 1, TS],
]

// Part of it works: the others fine, or fine for one case but not another; also a feature that works in the
// browser and not elsewhere (2).
const PART_WORKS: Phrasing[] = [
  ['Form', 'The web form rejects phone numbers with spaces. Other numbers submit fine.', 2, TS],
  ['SLA', 'The timer pauses correctly for On Hold, but for our Pending Vendor status it keeps running.', 2, TS],
  ['App', 'The approval button does nothing in the iPhone app. In the browser it works.', 2, TS],
  ['Portal', 'Guests get "Access denied" on the Billing category, all the other categories are fine.', 2, TS],
  // trap: the other websites fine, Zoho unreachable for all
  ['CRM', 'CRM has been unreachable since 7 for the whole office. Other websites load fine.', 1, TS, '24x7'],
]

// A question about what would follow, a case the template is for, what the guide mentions, "right now" as a
// time: no report.
const NO_REPORT: Phrasing[] = [
  ['2FA', 'If we force two-factor, are they locked out on the next login or asked to set it up?', 3, TS],
  ['Import', 'The guide mentions errors when the date format does not match; which format should we use?', 3, TS],
  ['Timer', 'Right now the agents stop the timer and it saves at once; can it ask for a note first?', 3, TS],
  ['Docs', 'The SDK documentation in your developer guide is dead, where is the new page?', 3, TS],
  ['Security', 'A staff member clicked a phishing link in their Gmail, nothing to do with Zoho. How do we enforce 2FA?', 3, TS],
  // traps: locked out now, a security incident in Zoho
  ['Login', 'Our agents are locked out since the 2FA change this morning.', 1, TS, '24x7'],
]

describe('phrasings, round 24 (r24-high3): alarming words in how-tos and configuration questions', () => {
  it('reads record locking as a setting, not a lockout', async () => {
    expect(await misread(RECORD_LOCK)).to.deep.equal([])
  })
  it('reads what guests may see as a permission, not a login failure', async () => {
    expect(await misread(GUESTS)).to.deep.equal([])
  })
  it("reads the partner's own code and first API steps as writing functions", async () => {
    expect(await misread(OWN_CODE)).to.deep.equal([])
  })
  it('reads downtime reports, a client network outage and agent status as topics', async () => {
    expect(await misread(SYMPTOM_AS_TOPIC)).to.deep.equal([])
  })
  it('reads a deletion by a named person as the users\u2019 doing', async () => {
    expect(await misread(DELETED_BY_A_PERSON)).to.deep.equal([])
  })
  it('reads a part that works beside one that does not as 2', async () => {
    expect(await misread(PART_WORKS)).to.deep.equal([])
  })
  it('reads questions about what would follow and what the guide mentions as no report', async () => {
    expect(await misread(NO_REPORT)).to.deep.equal([])
  })
})
