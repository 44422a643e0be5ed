// Round 19 (branch r19-2v1b): the meanings behind first-read misses of grown-66.yaml (English Support
// tickets of severity 2 said in the words of severity 1: a part of a feature stopped, one record type
// failing, one widget, one date range), in other words than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The rest of the feature still working beside the part that stopped ("the contacts still sync", "the
// other alerts still come through", "it fires fine on create", "it's only the attachments that"):
// it works only partly (2, DOMAIN §4; README rounds 17-18 "a subset"), no total failure.
const REST_STILL_WORKS: Phrasing[] = [
  ['Calendar sync stopped copying attendees', 'Since Monday the Google calendar sync has stopped copying the attendees. The events themselves still sync in both directions.', 2, TS, '24x5'],
  ['Alerts', 'The Slack alerts for new high-priority tickets stopped arriving on Friday. The alerts for escalations still come through normally.', 2, TS, '24x5'],
  ['Assignment rule', 'The assignment rule fires fine when a ticket comes in by email, but for tickets from the web form it does not trigger at all.', 2, TS, '24x5'],
  ['Mail merge', 'The mail merge stopped filling in the company name. It is only the company field that never gets filled, everything else merges.', 2, TS, '24x5'],
  ['Searches', 'Searching by order number returns nothing at all, searching by name works as normal.', 2, TS, '24x5'],
  ['Sign', 'Sending and signing itself work as normal - only the completion certificates never arrive.', 2, TS, '24x5'],
  ['Dashboard', 'The revenue chart on the home dashboard spins forever. The other five charts on that dashboard load normally.', 2, TS, '24x5'],
  ['Integration', 'The Books integration fails for refunds. Invoices, payments and estimates all sync fine.', 2, TS, '24x5'],
  ['Sync', 'Die Synchronisation der Notizen klappt nicht, Kontakte und Termine laufen weiterhin normal.', 2, TS, '24x5'],
  ['Synchronisation', 'La synchronisation des notes ne fonctionne pas, les contacts et les rendez-vous continuent normalement.', 2, TS, '24x5'],
  // traps: the whole feature stopped, nothing still works; "still" with the failure
  ['Sync stopped', 'The Outlook sync has stopped working completely, nothing syncs either way for any user.', 1, TS, '24x7'],
  ['Workflows', 'None of our workflow rules fire any more, not on create and not on edit.', 1, TS, '24x7'],
  ['Sync', 'The sync still does not work since yesterday, no contacts come across at all.', 1, TS],
]

// A product's own credit notes failing to sync are its documents, no request to Zoho for a credit note
// (README productDocuments); asking Zoho for one stays Invoice changes.
const PRODUCT_CREDIT_NOTES: Phrasing[] = [
  ['Credit notes not syncing', 'The Books to CRM integration fails for credit notes, invoices sync fine.', 2, TS, '24x5'],
  ['Credit notes', 'Our integration throws an error for every credit note, estimates and payments all sync fine.', 2, TS, '24x5'],
  // traps: a credit note asked from Zoho
  ['Credit note', 'We were charged twice for the Mail licences, please issue a credit note.', 2, 'Invoice changes'],
  ['The credit note never came', 'We were told a credit note would follow within a week for INV-2231, but it never came.', 2, 'Invoice changes'],
]

// Characters broken where they come out (an export, a file), the records fine: a result (2), no corrupted data.
const COMES_OUT_BROKEN: Phrasing[] = [
  ['Export', 'When we export the accounts, every French name comes out garbled in the file. In CRM they look fine.', 2, TS, '24x5'],
  ['CSV', 'All names with an umlaut come out as strange symbols when the customers export their leads.', 2, TS, '24x5'],
  // trap: the values changed in the records themselves
  ['Names corrupted', 'Since the import every accented name is stored garbled in the contact records themselves, 3,000 contacts.', 1, TS, '24x5'],
]

// A logo not shown in the emails or documents a product sends: a piece missing from a layout (2).
const LOGO_MISSING: Phrasing[] = [
  ['Logo', 'The invoice emails from Books no longer show the company logo, the rest of the email is fine.', 2, TS, '24x5'],
  ['Branding', 'Our survey emails go out without the logo since the update.', 2, TS, '24x5'],
  ['Emails', "The logo isn't showing in the notification emails any more.", 2, TS, '24x5'],
  // trap: how to add one
  ['Logo', 'How do we add the customer logo to the notification emails?', 3, TS],
]

// Slow in one case, quick otherwise ("everything else is quick"): worse in a subset (2); slow everywhere is slowness (1).
const SLOW_IN_ONE_CASE: Phrasing[] = [
  ['Slow report', 'The yearly pipeline report takes a minute to open. Everything else is quick.', 2, TS, '24x5'],
  ['Slow range', 'With the "All time" filter the page is very slow, the rest loads quickly.', 2, TS, '24x5'],
  ['Langsam', 'Der Jahresbericht ist sehr langsam, alles andere lädt schnell.', 2, TS, '24x5'],
  ['Lent', 'Le rapport annuel est très lent, tout le reste est rapide.', 2, TS, '24x5'],
  // traps: slow for everyone; another site fast
  ['CRM extremely slow', 'CRM is extremely slow for everyone, each page takes 40 seconds. Other sites are fast.', 1, TS, '24x5'],
]

// A preview or a widget "not available" / "not loading": a piece of a screen failing, no lack of access;
// people still working around it is worse, 2.
const SCREEN_PIECE: Phrasing[] = [
  ['Previews', 'Images in tickets show "Preview not available" since today. The agents download them instead, so they can still work.', 2, TS, '24x5'],
  ['Widget', 'One widget not loading on the sales dashboard, the others are fine.', 2, TS, '24x5'],
  ['Workaround', 'The bulk edit button does nothing, but they can still work by editing one by one. It is just an extra step.', 2, TS, '24x5'],
  // traps: no access at all
  ['No access', 'Our agents cannot access Desk since 9:00, the page never opens.', 1, TS, '24x7'],
]

// Works in one client, not in the other ("on the web it works"): works elsewhere (2).
const WORKS_ON_THE_WEB: Phrasing[] = [
  ['Mobile app', 'The Approve button is missing on the iPhone app. On the web it works.', 2, TS, '24x5'],
  ['Android', 'Images do not preview in the Android app, it works in the browser.', 2, TS, '24x5'],
  ['iPad', 'The Save button is missing in the iPad app. On the web it is there and works normally.', 2, TS, '24x5'],
  ['Filters', 'The filters in the mobile app do nothing, on the desktop it works.', 2, TS, '24x5'],
  // trap: a login that fails in the app stays a login failure
  ['App login', 'Our reps cannot log in to the CRM app on their phones. The same password works in the browser.', 1, TS, '24x7'],
]

// A result against what the partner configured ("although the hours are set to", "when it shouldn't be"): 2.
const AGAINST_THE_SETTINGS: Phrasing[] = [
  ['SLA', 'The SLA clock keeps running over the weekend although the business hours are set to Monday to Friday.', 2, TS, '24x5'],
  ['Reminders', 'Reminders go to closed tasks even though the option to skip closed tasks is switched on.', 2, TS, '24x5'],
  ['Overdue', 'Tickets created on Friday evening show as overdue on Monday when they shouldn\'t be.', 2, TS, '24x5'],
  ['Geschäftszeiten', 'Die SLA-Zeit läuft am Wochenende weiter, obwohl die Geschäftszeiten auf Montag bis Freitag eingestellt sind.', 2, TS, '24x5'],
  ['Heures ouvrées', "Le SLA compte le samedi alors que l'horaire est réglé sur lundi-vendredi.", 2, TS, '24x5'],
  // trap: a how-to about the setting
  ['Business hours', 'Where do we set the business hours so that weekends are left out of the SLA?', 3, TS],
]

// Skipping some of what it should handle ("the round robin has been skipping two agents"): a wrong result (2).
const SKIPPING: Phrasing[] = [
  ['Round robin', 'The round robin keeps skipping Anna and Tom, the others get tickets.', 2, TS, '24x5'],
  ['Numbering', 'The invoice numbering in Books is skipping numbers since the update.', 2, TS, '24x5'],
  // trap: a how-to about skipping
  ['Skip weekends', 'How can the recurring task skip weekends?', 3, TS],
]

// "X instead" without "of": the product gives another result (2); a "not working" subject headlines it.
const GIVES_ANOTHER_RESULT: Phrasing[] = [
  ['Redirect not working', 'After submitting, visitors see the default message instead. The leads are created fine.', 2, TS, '24x5'],
  ['Portal language', 'Our Spanish customers get the English page instead since Tuesday.', 2, TS, '24x5'],
  // trap: an error page instead is an outage
  ['Help centre not working', 'Everyone gets an error 500 page instead of the help centre since 8:00.', 1, TS, '24x7'],
]

describe('phrasings of round 19, branch r19-2v1b', () => {
  it('reads the rest still working beside the part that stopped as partly', async () => {
    expect(await misread(REST_STILL_WORKS)).to.deep.equal([])
  })
  it("reads a product's own credit notes as its documents, not a request to Zoho", async () => {
    expect(await misread(PRODUCT_CREDIT_NOTES)).to.deep.equal([])
  })
  it('reads characters broken where they come out as a result, not corrupted data', async () => {
    expect(await misread(COMES_OUT_BROKEN)).to.deep.equal([])
  })
  it('reads a logo not shown as missing from a layout', async () => {
    expect(await misread(LOGO_MISSING)).to.deep.equal([])
  })
  it('reads slowness in one case with the rest quick as worse, not slowness', async () => {
    expect(await misread(SLOW_IN_ONE_CASE)).to.deep.equal([])
  })
  it('reads a preview or a widget failing, and a workaround people work with, as worse', async () => {
    expect(await misread(SCREEN_PIECE)).to.deep.equal([])
  })
  it('reads a feature that works on the web as working elsewhere', async () => {
    expect(await misread(WORKS_ON_THE_WEB)).to.deep.equal([])
  })
  it('reads a result against the settings as incorrect', async () => {
    expect(await misread(AGAINST_THE_SETTINGS)).to.deep.equal([])
  })
  it('reads skipping as a wrong result', async () => {
    expect(await misread(SKIPPING)).to.deep.equal([])
  })
  it('reads another result given instead as a result off', async () => {
    expect(await misread(GIVES_ANOTHER_RESULT)).to.deep.equal([])
  })
})
