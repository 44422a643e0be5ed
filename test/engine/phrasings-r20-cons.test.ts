// Round 20 (branch r20-cons): the meanings behind the first-read misses of grown-68.yaml (implementation
// consultants' how-to questions full of technical verbs that sound like failures), in other words and
// languages than the tickets, with traps that must keep their reading.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An empty input named as the case a script handles ("when the field is empty", "with the field empty"):
// a condition, no record emptied and no result left empty (DOMAIN.md §4 Support 3: writing functions).
const EMPTY_INPUT_CASE: Phrasing[] = [
  ['Formula question', 'What should our script do when a field is empty? Right now we skip the record.', 3, TS],
  ['Validation', 'Users can save the quote with the field blank. How do we make it mandatory?', 3, TS],
  ['Deluge', 'Is there a clean way to test for empty fields before we call toDate()?', 3, TS],
  ['Deluge', 'Our check fails when the value is empty, how should we write it?', 3, TS],
  ['Skript', 'Was soll die Funktion zurückgeben, wenn das Feld leer ist? Wie prüfen wir das?', 3, TS],
  ['Script', 'Que doit renvoyer la fonction quand le champ est vide ? Comment le tester ?', 3, TS],
  // traps: values emptied in the records, a result that stays empty
  ['Contacts', 'Since last night the phone field is empty on all 4,000 contacts.', 1, TS, '24x5'],
  ['Formula field', 'The formula field returns an empty value on every deal although both inputs are filled.', 2, TS],
]

// A value that comes back null while the UI shows one (README round 15): a result off, 2.
const COMES_BACK_NULL: Phrasing[] = [
  ['API', 'The Industry field came back null in the GET response, but the record shows "Retail" in the UI.', 2, TS],
  ['API', 'Custom lookup values are returned as null by the API even though they are set on the records.', 2, TS],
  // trap: a how-to about null
  ['API', 'How do we send a null to clear a field through the API?', 3, TS],
]

// The partner's own doing, which they suspect ("what am I doing wrong", "something we are missing", "we
// mapped X instead of Y", their syntax): no wrong result of the product.
const OWN_DOING: Phrasing[] = [
  ['Deluge', 'The map.put line gives an error, maybe my syntax for nested maps is wrong. Can you show what I am doing wrong?', 3, TS],
  ['OAuth', 'Token exchange answers invalid_client. Is there something I am missing in the client setup?', 3, TS],
  ['Import', 'I mapped the owner column to a text field instead of the user lookup, how do I redo it?', 3, TS],
  ['Skript', 'Können Sie uns sagen, was wir falsch machen? Die Schleife liefert nur einen Wert.', 3, TS],
  ['OAuth', 'Our token call fails for the India data center. What are we missing in the accounts URL?', 3, TS],
  ['Rechenzentrum', 'Welche URL gilt für das EU-Datenzentrum? Was übersehen wir?', 3, TS],
  // traps: the product's own wrong result, also under a hedge about one's own reading
  ['Report', 'I may be missing something, but the report shows 40 deals where the pipeline has 52.', 2, TS],
  ['Invoices', 'Books computes the discount wrongly on every invoice since Monday.', 2, TS],
  ['Import', 'The import puts the mobile number in the phone field instead of the mobile field, although the columns are mapped correctly.', 2, TS],
]

// A result wanted "instead of" another (the client wants, we need ... instead of): a wish, no result given
// instead (README: in a how-to it is what the partner wants).
const WANTED_INSTEAD: Phrasing[] = [
  ['Reminder rule', 'The customer would like the reminder two days before instead of on the due date.', 3, TS],
  ['Report', 'We need the report grouped by owner instead of by stage for the board meeting.', 3, TS],
  ['Bericht', 'Der Kunde möchte die Summe pro Monat statt pro Woche sehen.', 3, TS],
  ['Rapport', 'Le client voudrait un envoi hebdomadaire au lieu de mensuel.', 3, TS],
  // trap: a result given instead
  ['Quotes', 'The quote PDF shows the list price instead of the discounted price.', 2, TS],
]

// "We cannot find how to …": a how-to, no inability (DOMAIN.md §4 Support 3).
const CANNOT_FIND_HOW: Phrasing[] = [
  ['Creator', 'We cannot find how to stop a record from being saved from the On Validate script.', 3, TS],
  ["Blueprint", "I can't find how to send the record back to the previous state from a button.", 3, TS],
  // traps: cannot save is still a failure
  ['Creator', 'Since the update nobody can save a record in the Orders form.', 1, TS, '24x5'],
  ['CRM', 'We cannot save any deal since 10:00, every user gets an error.', 1, TS],
]

// Cancelling a submit, a save or a transition in a script: no cancellation of an account (DOMAIN.md §4
// Operations 1 is about accounts, subscriptions, licences).
const CANCEL_AN_ACTION: Phrasing[] = [
  ['Form script', 'How can we cancel the submission in On Validate and show a message?', 3, TS],
  ['Blueprint', 'Is there a way to cancel the transition from the During script when a check fails?', 3, TS],
  // trap: an account cancellation
  ['Cancellation', 'Our customer Dunmore Ltd wants to cancel their CRM subscription at the end of the month.', 1, 'Payments Renewal'],
]

// A documented limit reached (execution time, rate limit, too many requests): the product holds to its plan
// (README: a plan limit reached is no symptom), even when a run touches every record.
const LIMIT_REACHED: Phrasing[] = [
  ['Deluge', 'The function that re-scores every lead fails with execution time exceeded halfway through. How do we split it?', 3, TS],
  ['Migration', 'Our loader gets HTTP 429 too many requests after an hour of inserts, what is the limit for Enterprise?', 3, TS],
  ['API', 'Every bulk call of our import hits the rate limit after 20 minutes, which batch size do you recommend?', 3, TS],
  // trap: errors on every record that are no limit
  ['Desk', 'Every ticket we open fails with an error since 9:00.', 1, TS, '24x7'],
]

// The partner's own endpoint or server answering with an error or taking long: a failure outside Zoho
// (README: their own server), and a longer timeout wanted makes the timeouts a limit, no slowness.
const OWN_ENDPOINT_AND_TIMEOUT: Phrasing[] = [
  ['Webhook retries', 'Our endpoint returned 503 during a deploy and Desk sent the webhook again later. How often does it retry?', 3, TS],
  ['Webhook', 'Their server takes about 15 seconds and the call times out. Can the webhook timeout be extended for this org?', 3, TS],
  ['Integration', 'Our middleware needs 12 s, so the function call times out. Could you raise the timeout to 30 s?', 3, TS],
  // traps: Zoho's own error and slowness
  ['CRM API', 'The CRM API returns 503 for every call since 07:00, from every server we try.', 1, TS, '24x7'],
  ['Desk', 'Desk is painfully slow for all agents since this morning, every ticket takes a minute to open.', 1, TS, '24x5'],
]

// Duplicates made by the partner's own code: the product does as told.
const OWN_CODE_DUPLICATES: Phrasing[] = [
  ['Webhook', 'When Desk retries a delivery our script creates a second task. Is there a delivery id to dedupe on?', 3, TS],
  // trap: the product doubling
  ['Workflow', 'The workflow rule sends every new lead the welcome email twice, although it is set to Create only.', 2, TS],
]

// A question about deleted records in the recycle bin and storage: the users' deletions, no data lost.
const DELETED_RECORDS_STORAGE: Phrasing[] = [
  ['Storage', 'Are deleted leads counted against storage until the recycle bin is emptied?', 3, TS],
  // trap: records gone
  ['Contacts', 'About 2,000 contacts were deleted overnight and nobody on the team did it.', 1, TS, '24x5'],
]

// "Not included", "with no field update", "no function that …": the negation is spent on what it names, no
// inability of a program.
const NEGATION_SPENT: Phrasing[] = [
  ['Deployment', 'The change set says the custom function is not included, how do we add it to the package?', 3, TS],
  ['Workflow', 'The rule runs on Create only, with no field update in it. How do we add a second action?', 3, TS],
  ['Paket', 'Die Funktion ist im Änderungssatz nicht enthalten. Wie fügen wir sie hinzu?', 3, TS],
  // trap: a function that does not run
  ['Functions', 'The custom function is not running since the release, for every record.', 1, TS],
]

// An API error's or a feature's name ("DUPLICATE_DATA", "duplicate check fields"): no doubling, no result off.
const NAMES_OF_ERRORS: Phrasing[] = [
  ['Upsert', 'Should we rely on duplicate_check_fields or catch DUPLICATE_DATA in our connector?', 3, TS],
  ['API errors', 'What does the INVALID_DATA code mean when we post a date field?', 3, TS],
  // trap: the product creating doubles
  ['Sync', 'The sync duplicated every contact twice since Friday.', 2, TS],
]

// A result cut to its first page against the documentation ("returns only the first 200 results"): 2.
const ONLY_THE_FIRST_N: Phrasing[] = [
  ['Search API', 'The search endpoint only returns the first 100 results even when we page with from and limit.', 2, TS],
  ['COQL', 'Our query returned only the first 2000 rows although the docs say offset paging works beyond that.', 2, TS],
]

// A duplicate rule that does not catch a match: a wrong result, 2.
const DOES_NOT_CATCH: Phrasing[] = [
  ['Duplicate rule', 'The duplicate check does not catch contacts whose email differs only in upper case.', 2, TS],
]

describe('phrasings of round 20, branch r20-cons', () => {
  it('reads an empty input named as a case as a condition, not as data emptied', async () => {
    expect(await misread(EMPTY_INPUT_CASE)).to.deep.equal([])
  })
  it('reads a value that comes back null as a result off', async () => {
    expect(await misread(COMES_BACK_NULL)).to.deep.equal([])
  })
  it('reads the partner\'s suspected own doing as no fault of the product', async () => {
    expect(await misread(OWN_DOING)).to.deep.equal([])
  })
  it('reads a result wanted instead of another as a wish', async () => {
    expect(await misread(WANTED_INSTEAD)).to.deep.equal([])
  })
  it('reads "cannot find how" as a how-to', async () => {
    expect(await misread(CANNOT_FIND_HOW)).to.deep.equal([])
  })
  it('reads cancelling a submit or a transition as no cancellation', async () => {
    expect(await misread(CANCEL_AN_ACTION)).to.deep.equal([])
  })
  it('reads a documented limit reached as no failure', async () => {
    expect(await misread(LIMIT_REACHED)).to.deep.equal([])
  })
  it('reads the partner\'s own endpoint and a timeout to raise as outside the product', async () => {
    expect(await misread(OWN_ENDPOINT_AND_TIMEOUT)).to.deep.equal([])
  })
  it('reads duplicates of the partner\'s own code as theirs', async () => {
    expect(await misread(OWN_CODE_DUPLICATES)).to.deep.equal([])
  })
  it('reads deleted records in the recycle bin as no loss', async () => {
    expect(await misread(DELETED_RECORDS_STORAGE)).to.deep.equal([])
  })
  it('reads a negation spent on what it names as no inability', async () => {
    expect(await misread(NEGATION_SPENT)).to.deep.equal([])
  })
  it('reads names of errors and features as names', async () => {
    expect(await misread(NAMES_OF_ERRORS)).to.deep.equal([])
  })
  it('reads only the first N results against the docs as a result off', async () => {
    expect(await misread(ONLY_THE_FIRST_N)).to.deep.equal([])
  })
  it('reads a duplicate rule that misses matches as a wrong result', async () => {
    expect(await misread(DOES_NOT_CATCH)).to.deep.equal([])
  })
})
