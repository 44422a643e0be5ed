// Round 24 (branch r24-calm): the meanings behind the first-read misses of grown-88.yaml (calm English how-tos and
// small matters whose topic is full of failure words), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A symptom word that is the name of a value the partner configures (a tag, a picklist value, a custom status or
// category, a field) reports nothing (concept `value name`).
const A_VALUE_NAMED_AFTER_A_SYMPTOM: Phrasing[] = [
  ['Workflow', 'When a ticket is tagged as Outage we want the workflow to assign it to the night shift. How?', 3, TS],
  ['Layout', 'How can the picklist value "Server down" make the Impact field mandatory?', 3, TS],
  ['Report', 'I need a monthly count of deals with status Crashed Vehicle for an insurance broker.', 3, TS],
  ['Formula', 'Is it possible for a formula field to add up the Outage minutes of all child records?', 3, TS],
  ['Statut', "Comment créer un statut personnalisé « Panne » qui met le SLA en pause ?", 3, TS],
  ['Status', 'Wie lege ich einen benutzerdefinierten Status namens Ausfall an, der die SLA-Uhr anhält?', 3, TS],
  // traps: the real thing, with a field or a status named elsewhere
  ['CRM down', 'CRM is down since 8 for all of us, nothing opens at all.', 1, TS, '24x7'],
  ['Desk', 'Desk has crashed for every agent whenever they open a ticket, since the update.', 1, TS],
]

// HTTP codes named while designing the partner's error handling report no outage (concept `error handling`).
const ERROR_HANDLING_DESIGN: Phrasing[] = [
  ['API', 'For our error handling, do we treat a 503 from the Books API like a 429 and back off?', 3, TS],
  ['Deluge', 'My script should retry up to five times when the supplier API gives a 502 or 504.', 3, TS],
  ['API', 'Welche Statuscodes sollen wir wiederholen, nur 429 oder auch 503?', 3, TS],
  ['API', 'Pour notre gestion des erreurs, faut-il relancer un appel qui renvoie 503 ?', 3, TS],
  // trap: Zoho's API answering 503 to everything now
  ['API 503', 'Every call to the CRM API has returned 503 since 7 this morning, our integrations are all down.', 1, TS, '24x7'],
]

// Settings and checks around a lockout, nobody locked out: automatic unlocking is a setting, a checklist's "check
// nobody gets locked out" is a check still to do.
const LOCKOUT_SETTINGS: Phrasing[] = [
  ['Policy', 'Can locked accounts unlock automatically after half an hour, or must the admin do it?', 3, TS],
  ['Sperre', 'Kann ein gesperrtes Konto nach 30 Minuten automatisch entsperrt werden?', 3, TS],
  ['Go-live', 'Step 4: switch to SAML, then check that nobody is locked out afterwards.', 3, TS],
  // trap: a lockout that happened
  ['Locked out', 'Since the SAML switch all of our agents are locked out of Desk.', 1, TS, '24x7'],
]

// Access levels planned for a new role or profile: rights being designed, no lack of access (`access planned`).
const ACCESS_PLANNED: Phrasing[] = [
  ['Role', 'Interns should have read access to Leads, and no access to Campaigns or Analytics.', 3, TS],
  ['Profile', 'For the new role the drivers get no access to Invoices, only to their own Deliveries - profile or sharing rule?', 3, TS],
  ['Rolle', 'Praktikanten sollen nur Lesezugriff auf Leads haben und keinen Zugriff auf Kampagnen.', 3, TS],
  // trap: people who lost access
  ['Access', 'Since this morning our sales team has no access to Leads at all.', 1, TS, '24x7'],
]

// A failure outside Zoho: the client's own network, their endpoint, their customers' servers, a local provider "in
// your area"; the outages of the client's business counted one by one (every outage, a downtime dashboard).
const OUTSIDE_AND_COUNTED: Phrasing[] = [
  ['Template', 'A utility client wants a reply saying "there is a power cut in your area" with the postcode filled in.', 3, TS],
  ['Runbook', 'When their own network is down the shop staff switch to paper; how do we key those orders in later in bulk?', 3, TS],
  ['Analytics', 'We want each outage of the plant machines listed by week on a downtime dashboard.', 3, TS],
  ['Desk', "Our MSP client logs their customers' servers going down as tickets; how do we group them by customer?", 3, TS],
  // trap: Zoho's own
  ['Down', 'Zoho Desk is down again for our whole team, the page never loads.', 1, TS, '24x7'],
]

// A member's cancellation is the partner's client's own business (a gym, a club): Technical Support when a product
// is set up for it; the partner's own subscription is still a cancellation.
const MEMBERS_CANCEL: Phrasing[] = [
  ['Members', 'When a member cancels their membership on the website, how do we send them a goodbye email from CRM?', 3, TS],
  ['Mitglieder', 'Wie kann ein Workflow Mitglieder, die ihre Mitgliedschaft kündigen, aus der Kampagne nehmen?', 3, TS],
  ['Adhérents', "Comment retirer de la campagne les adhérents qui résilient leur adhésion ?", 3, TS],
  // trap: the customer's Zoho subscription
  ['Cancel', 'Please cancel the CRM subscription of our customer Bluebird Ltd at the end of the month.', 1, 'Payments Renewal', '24x5'],
]

// Blocking senders, and an error caused on purpose to learn where it is logged, report nothing.
const HOW_TO_BLOCK_AND_ON_PURPOSE: Phrasing[] = [
  ['Spam', "How can I block this address so its mails don't arrive in the inbox any more?", 3, TS],
  ['Spam', 'Comment bloquer un domaine pour que ses e-mails ne deviennent pas des tickets ?', 3, TS],
  ['Test', 'I deliberately put a wrong API name in the function to test the error email - where is the log?', 3, TS],
  // trap: mails that stopped arriving
  ['Inbox', "Customer emails don't arrive in Desk any more since Friday, not one ticket.", 1, TS],
]

describe('phrasings of round 24, branch r24-calm', () => {
  it('reads a symptom word that names a tag, a picklist value, a status or a field as no symptom', async () => {
    expect(await misread(A_VALUE_NAMED_AFTER_A_SYMPTOM)).to.deep.equal([])
  })
  it("reads HTTP codes in the partner's error-handling design as no outage", async () => {
    expect(await misread(ERROR_HANDLING_DESIGN)).to.deep.equal([])
  })
  it('reads automatic unlocking and a check still to do as no lockout', async () => {
    expect(await misread(LOCKOUT_SETTINGS)).to.deep.equal([])
  })
  it('reads access levels planned for a role as no lack of access', async () => {
    expect(await misread(ACCESS_PLANNED)).to.deep.equal([])
  })
  it("reads the client's own outages, outside Zoho or counted one by one, as no outage", async () => {
    expect(await misread(OUTSIDE_AND_COUNTED)).to.deep.equal([])
  })
  it("reads a member's cancellation as the client's business, not a Zoho cancellation", async () => {
    expect(await misread(MEMBERS_CANCEL)).to.deep.equal([])
  })
  it('reads a how-to block and an error caused on purpose as nothing reported', async () => {
    expect(await misread(HOW_TO_BLOCK_AND_ON_PURPOSE)).to.deep.equal([])
  })
})
