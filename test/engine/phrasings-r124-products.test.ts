// Round 124: severity-1 shapes told in Zoho products' own terms read 3 or 2. Expense receipts "disappearing after
// submission" named no records ("receipts" was only the invoice word, so the ticket went to Invoice changes, 2); a sync that
// "has failed every day for a week" had no quantifier for `every run`; posts "not published on any channel" had no task verb
// ("published" is no `work` word, round 20); "a 404 to every respondent" knew neither the 404 as an error page nor respondents
// as everyone; "bricked" was in no word list (README's round 57 idiom); "wants out of their Zoho subscription" was known only
// as "wants out of zoho / their contract". Changed (config/policy.yaml): `error page` + 404 / page not found (EN/DE/FR, so
// `error page for everyone`, 24x7, as round 17's "404 on every page"); `everyone` + respondents, field techs, technicians,
// drivers; `broken` + "bricked" and `device broken` + the partner's own phone or laptop bricked; `run task` + published/posted
// (veröffentlicht, publié: a task done for nobody "on any channel", "auf keinem Kanal", "sur aucun canal" added to `nobody`;
// "not published yet" alone stays a state, round 20); `damage` (de) + verschwinden; `data` + uploaded/submitted/expense
// receipts; `terminate` + "wants out of … subscription/contract/licences/plan" (will raus aus … Abo, veut sortir de … abonnement); new concepts
// `failed daily` + `run named` and rule `run fails every day` (1, 24x5, as `every run fails`).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const PRODUCTS: Phrasing[] = [
  ['Expense', 'Receipts uploaded by employees are disappearing after submission.', 1, TS, '24x5'],
  ['Analytics', 'The Analytics sync with CRM has failed every day for a week, all dashboards are stale.', 1, TS, '24x5'],
  ['Social', 'Scheduled posts are not published on any channel.', 1, TS, '24x5'],
  ['Survey', 'Survey links give a 404 to every respondent.', 1, TS, '24x7'],
  ['App', 'The app is bricked for all our field techs.', 1, TS, '24x5'],
  ['Leaving', 'Our client is moving to Salesforce and wants out of their Zoho subscription.', 1, PR, '24x5'],
  ['Forms', 'Form submissions are disappearing after customers hit submit.', 1, TS, '24x5'],
  ['WorkDrive', 'Files uploaded by our team are disappearing after a few minutes.', 1, TS, '24x5'],
  ['Recruit', 'Resumes uploaded by candidates keep disappearing after they apply.', 1, TS, '24x5'],
  ['Desk', 'Notes added by our agents are disappearing after saving.', 1, TS, '24x5'],
  ['Campaigns', 'Scheduled newsletters are not published to any of our subscribers.', 1, TS, '24x5'],
  ['Flow', 'Our Zoho Flow from Forms to Desk has failed every day since Monday.', 1, TS, '24x5'],
  ['Analytics', 'The nightly import from Books into Analytics fails every night.', 1, TS, '24x5'],
  ['Inventory', 'The Shopify sync in Inventory keeps failing every day.', 1, TS, '24x5'],
  ['Backstage', 'Event pages give a 404 to every attendee.', 1, TS, '24x7'],
  ['Bookings', 'Our booking page shows a 404 to all our customers.', 1, TS, '24x7'],
  ['Mobile', 'Since the update the Inventory app is completely bricked.', 1, TS, '24x5'],
  ['FSM', 'The Zoho FSM app is bricked for all our technicians.', 1, TS, '24x5'],
  ['Leaving', 'The customer wants out of their contract with Zoho at the end of the month.', 1, PR, '24x5'],
  ['Leaving', 'Our client wants out of Zoho One and is moving to HubSpot.', 1, PR, '24x5'],
  ['Belege', 'Die von Mitarbeitern hochgeladenen Belege verschwinden nach dem Einreichen.', 1, TS, '24x5'],
  ['Analytics', 'Die Synchronisation mit dem CRM schlägt seit einer Woche jeden Tag fehl.', 1, TS, '24x5'],
  ['Social', 'Geplante Beiträge werden auf keinem Kanal veröffentlicht.', 1, TS, '24x5'],
  ['Umfrage', 'Die Umfragelinks zeigen allen Befragten einen 404-Fehler.', 1, TS, '24x7'],
  ['Reçus', 'Les reçus téléversés par les employés disparaissent après la soumission.', 1, TS, '24x5'],
  ['Analytics', 'La synchronisation avec le CRM échoue tous les jours depuis une semaine.', 1, TS, '24x5'],
  ['Social', 'Les publications programmées ne sont publiées sur aucun canal.', 1, TS, '24x5'],
  ['Sondage', 'Les liens du sondage renvoient une erreur 404 à tous les répondants.', 1, TS, '24x7'],
  // traps: stale dashboards alone (README: 2), one respondent's 404, a hypothetical, a run's schedule asked about, a
  // link's 404, a hint that disappears, the partner's own phone bricked, a move to Zoho, a page kept from publishing, bricks
  // as a trade, some records failing, a fix told, a receipt to correct, a beta left, an article not yet published
  ['Analytics', 'The dashboards are stale, the numbers are from three days ago.', 2, TS, '24x5'],
  ['Social', 'How do I get scheduled posts published on several channels at once?', 3, TS, '24x5'],
  ['Survey', 'One respondent says the survey link gives a 404, the others are fine.', 2, TS, '24x5'],
  ['Analytics', 'What happens if the sync with CRM fails every day?', 3, TS, '24x5'],
  ['Campaigns', 'The unsubscribe link in the footer of the campaign leads to a 404 page.', 3, TS, '24x5'],
  ['Expense', 'The upload hint disappears after a few seconds, can we keep it visible?', 3, TS, '24x5'],
  ['Mobile', 'My old test phone is bricked, can I move the app licence to a new phone?', 3, TS, '24x5'],
  ['Analytics', 'The sync runs every day at 6, how can we change the time?', 3, TS, '24x5'],
  ['Leaving', 'Our client is moving to Zoho from Salesforce, can you share a migration quote?', 3, TS, '24x5'],
  ['Sites', 'How do I stop a page from being published before we approve it?', 3, TS, '24x5'],
  ['Store', 'We sell bricks and mortar supplies, how do we set up the store in Commerce?', 3, TS, '24x5'],
  ['Analytics', 'The sync fails every day for a few records, the rest come through.', 2, TS, '24x5'],
  ['Analytics', 'The sync failed every day last month, it has been fine since your fix, thanks.', 3, TS, '24x5'],
  ['Analytics', 'If the sync fails every day, do we get an alert?', 3, TS, '24x5'],
  ['Invoice', 'The receipt for our renewal is missing the VAT number, please correct it.', 2, 'Invoice changes', '24x5'],
  ['Leaving', 'Our client wants out of the beta programme for the new CRM UI, how do we opt them out?', 3, TS, '24x5'],
  ['Flow', 'Our flow runs every day at 6, can it run twice a day instead?', 3, TS, '24x5'],
  ['Social', 'None of our scheduled posts were published this week.', 1, TS, '24x5'],
  ['Article', 'The KB article was not published yet, how do we publish it?', 3, TS, '24x5'],
]

describe('phrasings, round 124: severity 1 told in Zoho products\' own terms', () => {
  it('reads lost receipts, daily failing runs, unpublished posts, 404s for all, bricked apps and "wants out"', async () => {
    expect(await misread(PRODUCTS)).to.deep.equal([])
  })
})
