// Round 17 (branch r17-me): symptom words used for something else in everyday English, found by
// probing sentences of the kind partners write; each with traps that still report the symptom.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A target, a goal or a limit reached or missed is a figure: no lack of access, nothing undelivered.
const GOAL_REACHED: Phrasing[] = [
  ['SLA', 'We never reach the SLA target for first response, how can we improve?', 3, TS],
  ['Pipeline', 'The team can\'t reach its quarterly targets with the current pipeline views, any tips?', 3, TS],
  ['SLA', 'Wir erreichen das SLA-Ziel für die erste Antwort nie, wie können wir das verbessern?', 3, TS],
  ['SLA', 'Nous n\'atteignons jamais notre objectif de SLA pour la première réponse, des conseils ?', 3, TS],
  // traps: a place or a delivery that cannot be reached
  ['API', 'Our customer\'s website cannot reach the Zoho API since 10am, every call times out.', 1, TS],
  ['Leads', 'None of the web form leads reach CRM since Friday.', 1, TS, '24x5'],
]

// A figure that went down, a reception that "went down well", a crash course, a frozen column, a
// call hung up: no outage, no crash, no slowness.
const OTHER_SENSES: Phrasing[] = [
  ['Feedback', 'The demo went down well with the customer, they want a quote for 25 users.', 2, 'Sales Discussions'],
  ['Report', 'Sales went down 20% last quarter, can we build a report that shows it by region?', 3, TS],
  ['Knowledge base', 'Ticket volume is down since we launched the knowledge base, great job!', 3, TS],
  ['SalesIQ', 'Website traffic is down this month, can SalesIQ show us why?', 3, TS],
  ['Blueprint', 'Response times are down to 2 hours since we use Blueprint, how do we report on that?', 3, TS],
  ['Training', 'Can you give us a crash course on Blueprint for our new admins?', 3, TS],
  ['Schulung', 'Können Sie uns einen Crashkurs zu Blueprint geben?', 3, TS],
  ['List view', 'Can we freeze the first column in the list view?', 3, TS],
  ['Telephony', 'Agents want to hang up calls from the Desk widget, is that possible?', 3, TS],
  // traps: the symptom itself
  ['Site', 'The site is down, no traffic since 9.', 1, TS, '24x7'],
  ['CRM', 'CRM went down at 9 and is still down.', 1, TS, '24x7'],
  ['CRM', 'CRM freezes every time we open a report, for all users.', 1, TS, '24x5'],
  ['App', 'The app crashes on start for every user.', 1, TS],
]

// Everything greyed out or read-only: nobody can work (1, 24x5); the whole database empty is lost data;
// "except" is no exception (an error).
const NOTHING_EDITABLE: Phrasing[] = [
  ['CRM', 'Everything is greyed out and read-only for all users since this morning.', 1, TS, '24x5'],
  ['CRM', 'Alles ist für alle Benutzer ausgegraut.', 1, TS, '24x5'],
  ['CRM', 'Depuis ce matin tout est grisé pour tous les utilisateurs.', 1, TS, '24x5'],
  ['CRM', 'The whole database is empty when we log in.', 1, TS, '24x5'],
  // traps: one field's setting, "except"
  ['Field', 'The Amount field is greyed out for all users, how can we make it editable?', 3, TS],
  ['Field', 'How do I make a field read-only for everyone except admins?', 3, TS],
  ['Report', 'Can all users except the interns see the revenue report?', 3, TS],
  ['API', 'Every API call throws an exception since the update, for everyone.', 1, TS],
]

// Stem collisions found by listing the English words a one-word entry's stem matches: "important" is no
// import, the tax "authority" no authorisation, "productivity" no products; a customer, time or money
// lost is business, not data; asking to stop a workflow from doing something is a change wanted.
const OTHER_WORDS: Phrasing[] = [
  ['Question', 'This is not important, just a question about the report filters.', 3, TS],
  // (round 146: an e-invoice is the product's tax work, Technical Support, so the question asked reads 3; its 2 was
  // the Operations default of an "invoice" typed Invoice changes)
  ['E-invoice', 'The tax authority rejected our customer\'s e-invoice format, what should we change?', 3, TS],
  ['Training', 'We lost a lot of productivity this week because of the training.', 3, TS],
  ['Quote', 'We lost a customer because the quote took too long.', 3, TS],
  ['Kunde', 'Wir haben einen Kunden verloren, weil das Angebot zu lange gedauert hat.', 2],
  ['Client', 'Nous avons perdu un client à cause du délai de l\'offre.', 3, TS],
  ['Workflow', 'Please stop the workflow from sending reminders to this customer.', 3, TS],
  ['Workflow', 'Bitte verhindern Sie, dass der Workflow weiter Erinnerungen sendet.', 3, TS],
  // traps: the import, the authorisation, records lost, a workflow that stopped
  ['Import', 'The contacts were not imported, the import stops at row 1.', 1, TS, '24x5'],
  ['SSO', 'Users are not authorized to log in since the SSO change.', 1, TS, '24x7'],
  ['Import', 'We lost 4,000 customers in yesterday\'s import.', 1, TS, '24x5'],
  ['Inventory', 'All our products were deleted from Inventory overnight.', 1, TS, '24x5'],
  ['Mail', 'Since the update the workflow stopped sending emails from our domain.', 1, TS],
]

describe('phrasings of round 17, branch r17-me', () => {
  it('reads words that share a stem with a symptom word, business lost and a change wanted as no symptom', async () => {
    expect(await misread(OTHER_WORDS)).to.deep.equal([])
  })

  it('reads everything greyed out as people who cannot work, and "except" as no error', async () => {
    expect(await misread(NOTHING_EDITABLE)).to.deep.equal([])
  })

  it('reads a target reached or missed as a figure, not as no access', async () => {
    expect(await misread(GOAL_REACHED)).to.deep.equal([])
  })
  it('reads figures gone down, crash courses, frozen columns and hung-up calls as no symptom', async () => {
    expect(await misread(OTHER_SENSES)).to.deep.equal([])
  })
})
