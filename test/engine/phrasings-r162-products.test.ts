// Round 162: the less common Zoho apps in their own words (a blind batch of 40, grown-r162-products.yaml, and probes in
// the same vocabulary). A People shift ("the shift starts", "a shift from 22:00") is a work period, no dates shifted; the
// pickers who "cannot see what is available" see a quantity, no service unreached; "we did not close or delete the
// survey" denies the users' doing, no loss; candidates that "do not show up" where the subject says the search is
// missing them are the search's result; prices in "both GBP and EUR" are a product setting, no sales talk; a count of
// stored records at zero ("the survey shows 0 responses") and the users' saved reports, dashboards or workspace gone
// are lost data (1, 24x5); a sync that "skips some deals" works for the rest (2); a bot that "stopped answering
// visitors" stopped responding; "No customer can book." is a task nobody can do. Traps stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PHRASINGS: Phrasing[] = [
  // a work shift
  ['Night shift', 'How do we set up a shift from 22:00 to 06:00 so the hours are counted for the day the shift starts?', 3, TS, '24x5'],
  ['Shifts', 'How do we make sure the overtime is counted for the day the shift ends?', 3, TS, '24x5'],
  ['Gantt', 'All due dates in the Gantt view are shifted by one day compared with the task details.', 2, TS, '24x5'],
  // a quantity available
  ['Stock', 'The stock figures have been wiped. Our pickers cannot see what is available.', 1, TS, '24x5'],
  ['Stock', 'Stock on hand is 0 for all items in Zoho Inventory since this morning.', 1, TS, '24x5'],
  ['Inventory', 'Our pickers cannot access Zoho Inventory since 8am, it shows 500.', 1, TS, '24x7'],
  ['Stock', 'How do we see what is available in another warehouse?', 3, TS, '24x5'],
  // the users' own deletion denied
  ['Survey responses lost', 'Our client collected 812 responses last week. We did not close or delete the survey, nobody has admin rights.', 1, TS, '24x5'],
  ['Survey closed', 'We did not close or delete the survey. How can we reopen it for another week?', 3, TS, '24x5'],
  // the search's result
  ['Recruit search missing candidates', 'The search only returns some of the candidates. Candidates added before August do not show up.', 2, TS, '24x5'],
  ['Tasks', 'Since yesterday tasks do not show up for any team member in Zoho Projects.', 1, TS, '24x5'],
  // currencies
  ['Commerce prices in two currencies', 'Can a Zoho Commerce store show prices in both GBP and EUR, with the visitor choosing the currency?', 3, TS, '24x5'],
  ['Pricing', 'We would like to discuss the pricing for 200 licences for our client.', 2, 'Sales Discussions', '24x5'],
  // a count of stored records at zero
  ['Survey', 'Our client collected 812 responses in Zoho Survey last week. Today the survey shows 0 responses.', 1, TS, '24x5'],
  ['Form entries', 'The registration form had 1,200 entries yesterday. This morning Zoho Forms shows 0 entries.', 1, TS, '24x5'],
  ['WorkDrive', 'The Finance team folder now shows 0 files for every member, yesterday it had 2,300.', 1, TS, '24x5'],
  ['Survey', 'Why does the survey show 0 responses? Yesterday it had 812.', 1, TS, '24x5'],
  ['Survey report', 'The report shows 0 responses for question 5, although 40 people answered it.', 2, TS, '24x5'],
  ['Survey', 'Why does my new survey show 0 responses? We only published it an hour ago, how do we share it?', 3, TS, '24x5'],
  ['Form', 'The form shows 0 entries because we just published it. How do we embed it on the website?', 3, TS, '24x5'],
  // saved reports, dashboards, a workspace gone
  ['Analytics', 'All reports in our Analytics workspace were deleted overnight, the workspace is empty.', 1, TS, '24x5'],
  ['Analytics', 'Every dashboard in Zoho Analytics has disappeared since this morning.', 1, TS, '24x5'],
  ['Analytics', 'We deleted all our dashboards by mistake last week, how can we restore them from the recycle bin?', 3, TS, '24x5'],
  ['Analytics', 'How do we delete a workspace we no longer need?', 3, TS, '24x5'],
  ['Analytics', 'Will all our reports be deleted if we remove the CRM connector?', 3, TS, '24x5'],
  ['Dashboards', 'All dashboards show wrong totals since the sync.', 2, TS, '24x5'],
  // skipping some
  ['Analytics', 'The CRM sync in Analytics skips some deals, 40 of 2,000 are not in the workspace.', 2, TS, '24x5'],
  ['Import', 'The import skipped a few rows without any error message.', 2, TS, '24x5'],
  ['Setup', 'We skipped some steps in the setup guide. How do we go back to them?', 3, TS, '24x5'],
  ['Import', 'How can we make the import skip some rows that have no email?', 3, TS, '24x5'],
  // a bot answering visitors, booking
  ['Bot', 'Our Zobot stopped answering visitors completely since the update.', 1, TS, '24x7'],
  ['SalesIQ', 'The SalesIQ bot no longer replies to visitors.', 1, TS, '24x5'],
  ['SalesIQ', 'How can the bot reply to visitors in French?', 3, TS, '24x5'],
  ['Bookings', 'The booking page shows no available slots for any service, although the staff calendars are free. No customer can book.', 1, TS, '24x5'],
  ['Bookings', 'How do we set up buffer time so that customers can book online only 2 hours in advance?', 3, TS, '24x5'],
  ['Contacts', 'Where is the address book?', 3, TS, '24x5'],
  ['Portal', 'How do we make sure that no customer can see the other customers\' tickets in the portal?', 3, TS, '24x5'],
]

describe('phrasings, round 162: the less common Zoho apps in their own words', () => {
  it('reads shifts, stock, counts at zero, saved objects, skips and bookings', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
