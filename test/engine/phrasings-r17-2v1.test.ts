// Round 17 (branch r17-2v1): the meanings behind first-read misses of grown-59.yaml (English Support
// tickets of severity 2 said with failure words), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An error or a mistake in a computed figure ("an error in the totals", "Rechenfehler", "erreur de
// calcul") is a wrong result (2, DOMAIN §4), not a failure of the service.
const ERROR_IN_FIGURES: Phrasing[] = [
  ['Quotes', 'We found an error in the grand total of the quotes CRM generates.', 2, TS, '24x5'],
  ['Books', 'There seems to be a mistake in the VAT on invoices with two tax rates.', 2, TS, '24x5'],
  ['Payroll', 'Since the update there is a calculation error on overtime hours in Zoho People.', 2, TS, '24x5'],
  ['Analytics', 'There are errors in the percentage shown for each region.', 2, TS, '24x5'],
  ['Books', 'Seit dem Update gibt es einen Rechenfehler bei den Rabatten.', 2, TS, '24x5'],
  ['Inventory', 'Il y a une erreur de calcul sur les remises depuis lundi.', 2, TS, '24x5'],
  // traps: an error named and negated, an error page, a how-to
  ['Report', 'There is no error in the totals, we only want the Q3 tax report as CSV. How do we export it?', 3, TS],
  ['Invoices', 'Opening the totals tab gives error 500 for every user since 9:00.', 1, TS, '24x7'],
]

// Failing to do a thing correctly or to find what is there ("fails to calculate the discount
// correctly", "search fails to find the contact"): it works, wrongly (2), not a stop.
const FAILS_CORRECTLY: Phrasing[] = [
  ['Currency', 'Analytics fails to convert the EUR deals correctly into USD.', 2, TS, '24x5'],
  ['Blueprint', 'The transition failed to set the owner properly on three deals this week.', 2, TS, '24x5'],
  ['Search', 'Desk search failed to find tickets by their number.', 2, TS, '24x5'],
  ['TVA', 'Books ne parvient pas à calculer correctement la TVA sur les frais de port.', 2, TS, '24x5'],
  // traps: a login that fails is a login failure; a total stop stays one
  ['Login', 'Sign-in fails for all agents even though they type the password correctly.', 1, TS, '24x7'],
  ['Sync', 'The sync has stopped working completely since last night.', 1, TS, '24x7'],
]

// A look broken by a verb ("the sync breaks the formatting") or images shown broken in a mail: the
// thing is made and shown wrongly, a result (2, README round 16), not the service broken.
const LOOK_BROKEN: Phrasing[] = [
  ['Mailchimp', 'The Mailchimp sync breaks the layout of the newsletter blocks.', 2, TS, '24x5'],
  ['KB', 'Importing articles from Word messes up the formatting of the tables.', 2, TS, '24x5'],
  ['Newsletter', 'Since the last send our newsletters arrive with broken images in Outlook.', 2, TS, '24x5'],
  ['Preview', 'Product images show as broken in the email preview.', 2, TS, '24x5'],
  ['Notizen', 'Die Synchronisation zerschießt die Formatierung der Notizen.', 2, TS, '24x5'],
  ['Campagne', 'Les images sont cassées dans les e-mails envoyés aux abonnés.', 2, TS, '24x5'],
  // traps: the layout tool broken, the upload broken for everyone, images damaged in the records
  ['Layouts', 'The layout editor is broken, we cannot save any layout.', 1, TS],
  ['Upload', 'The image upload is broken for every user since this morning.', 1, TS, '24x5'],
  ['Catalogue', 'All product images in the catalogue are corrupted since the migration.', 1, TS, '24x5'],
]

// A computed figure said to be broken ("the totals are broken", "die Summen sind kaputt"): a wrong
// result (2), not the service broken.
const FIGURES_BROKEN: Phrasing[] = [
  ['Sales report', 'The totals on the sales report are broken since Monday.', 2, TS, '24x5'],
  ['Invoices', 'The tax calculation is broken on invoices that include shipping.', 2, TS, '24x5'],
  ['Bericht', 'Die Summen im Umsatzbericht sind seit dem Update kaputt.', 2, TS, '24x5'],
  ['TVA', 'Le calcul de la TVA est cassé depuis la mise à jour.', 2, TS, '24x5'],
  // traps: the whole product broken, a report that crashes
  ['CRM', 'The whole CRM is broken for everyone, nobody can open anything.', 1, TS],
  ['Report', 'The report crashes whenever we add the totals column.', 1, TS, '24x5'],
]

// A value not shown, left out or cut off ("doesn't show the custom fields", "the export misses the
// last day", "the PDF fails to include the last items", "not included in the total"): a result off (2).
const LEFT_OUT: Phrasing[] = [
  ['Export', 'The monthly export leaves out the cancelled orders.', 2, TS, '24x5'],
  ['PDF', 'The quote PDF fails to include the discount line.', 2, TS, '24x5'],
  ['App', 'The Android app doesn\'t show the custom fields on the contact page.', 2, TS, '24x5'],
  ['Invoice', 'The shipping cost is not included in the total on sales orders.', 2, TS, '24x5'],
  ['Export', 'L\'export omet le dernier jour du mois.', 2, TS, '24x5'],
  ['Export', 'Der Export lässt den letzten Tag des Monats weg.', 2, TS, '24x5'],
  // traps: a how-to about the export; a blank screen for everyone
  ['Export', 'How do we include the last day of the month in the scheduled export?', 3, TS],
  ['App', 'The app doesn\'t show anything, just a white screen for everyone.', 1, TS, '24x7'],
]

// The rest working as expected beside a broken part ("the other agents get tickets as expected"):
// it works partly (2, README round 15 "the rest … fine").
const OTHERS_AS_EXPECTED: Phrasing[] = [
  ['Round robin', 'Round robin keeps skipping Maria. The other agents get tickets as expected.', 2, TS, '24x5'],
  ['Workflow', 'The stage workflow is broken for the Lettings pipeline; the other pipelines run normally.', 2, TS, '24x5'],
  ['Workflow', 'Der Workflow ist bei den Angeboten kaputt, die anderen laufen wie erwartet.', 2, TS, '24x5'],
  ['Workflow', 'Le workflow est cassé sur les devis, les autres fonctionnent comme prévu.', 2, TS, '24x5'],
  // traps: a total stop said beside an expectation; a plain request
  ['CRM', 'Nothing works since 9am and we expected a fix by now.', 1, TS, '24x7'],
]

// Stored times moved by an hour in the records ("every appointment was moved one hour later",
// "um eine Stunde verschoben", "décalées d'une heure"): data changed (1 on 24x5, README round 14),
// unless only a mail or a view shows them so (2).
const HOUR_MOVED_IN_RECORDS: Phrasing[] = [
  ['Bookings', 'Every appointment in CRM was moved one hour later by the sync.', 1, TS, '24x5'],
  ['Tasks', 'Since Sunday the due dates of all our tasks were moved an hour earlier in the records themselves.', 1, TS, '24x5'],
  ['Termine', 'Die Synchronisation hat alle Termine in den Datensätzen um eine Stunde verschoben.', 1, TS, '24x5'],
  ['Rendez-vous', 'Toutes les fiches de rendez-vous ont été décalées d\'une heure par la synchro.', 1, TS, '24x5'],
  // traps: a mail showing the time off, a how-to after moving a meeting
  ['Reminders', 'The reminder emails show the appointment one hour later than booked; the bookings themselves are right.', 2, TS, '24x5'],
  ['Meeting', 'We moved the meeting one hour later, how do I notify attendees?', 3, TS],
]

describe('phrasings of round 17, branch r17-2v1', () => {
  it('reads an error or a mistake in a figure as a wrong result', async () => {
    expect(await misread(ERROR_IN_FIGURES)).to.deep.equal([])
  })
  it('reads failing to do a thing correctly as a wrong result, not a stop', async () => {
    expect(await misread(FAILS_CORRECTLY)).to.deep.equal([])
  })
  it('reads formatting broken by a verb and broken images as a look shown wrongly', async () => {
    expect(await misread(LOOK_BROKEN)).to.deep.equal([])
  })
  it('reads a computed figure said broken as a wrong result', async () => {
    expect(await misread(FIGURES_BROKEN)).to.deep.equal([])
  })
  it('reads a value not shown, left out or cut off as a result off', async () => {
    expect(await misread(LEFT_OUT)).to.deep.equal([])
  })
  it('reads the others working as expected as partly', async () => {
    expect(await misread(OTHERS_AS_EXPECTED)).to.deep.equal([])
  })
  it('reads times moved by an hour in the records as data changed', async () => {
    expect(await misread(HOUR_MOVED_IN_RECORDS)).to.deep.equal([])
  })
})
