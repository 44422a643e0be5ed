// Round 151: the severity 2 / 3 boundary of DOMAIN.md §4 in ordinary partners' words. Three families moved:
// (1) a sync, an import or updates running "an hour behind" is data arriving late (performs worse: 2), not staff
// falling "hours behind" with their work (`held up`, 1 with slowness); people falling behind stay 1.
// (2) a product that disregards a setting the partner made ("the due dates ignore our business hours", "do not take
// the holidays into account", "calculated as if our business hours did not exist") gives incorrect results: 2; being
// asked to ignore an e-mail, or asking how to make a thing ignore weekends, stays 3.
// (3) a result "instead of" another that the partner would like or wants ("we would like to show the net amounts
// instead of the gross amounts, is there a setting?") is what the partner wants, a configuration (3), as README reads
// it in a how-to question; a result shown instead of another stays 2.
// (4) a figure "shown as 0" although the entries hold more ("why is the overtime total shown as 0 hours?", "als 0
// angezeigt", "affiché à 0"): a result come back empty, 2, also asked as a question; asked as a wish it stays 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const BEHIND: Phrasing[] = [
  ['Sync delayed', 'The hourly sync between Inventory and our Shopify store is running about an hour behind.', 2, TS, '24x5'],
  ['Slow import', 'The nightly import is running two hours behind since Monday.', 2, TS, '24x5'],
  ['Calendar sync', 'Updates from CRM reach Google Calendar an hour behind, it used to be minutes.', 2, TS, '24x5'],
  // must stay: people held up
  ['Desk very slow', 'Desk is much slower than usual and our agents are falling hours behind on tickets.', 1, TS, '24x5'],
  ['Desk slow', 'Desk is much slower since the update and our agents are falling hours behind.', 1, TS, '24x5'],
  ['Desk slow', 'Desk is much slower since the update and our team is running hours behind on tickets.', 1, TS, '24x5'],
  ['Delays', 'Long delays in the app so our team is now two days behind with the orders.', 1, TS, '24x5'],
]

const DISREGARDED: Phrasing[] = [
  ['SLA due dates ignore business hours', 'A ticket created Friday 17:00 gets a due date on Saturday morning.', 2, TS, '24x5'],
  ['SLA', 'The due dates are calculated as if our business hours did not exist.', 2, TS, '24x5'],
  ['SLA', 'The due dates do not take our holidays into account.', 2, TS, '24x5'],
  ['Invoices', "Books doesn't take the tax inclusive setting into account on the invoices.", 2, TS, '24x5'],
  ['Blueprint', 'The workflow does not respect the business hours we configured.', 2, TS, '24x5'],
  // must stay: asked, or the partner's request
  ['SLA', 'How can I make the SLA ignore weekends?', 3, TS, '24x5'],
  ['Re: ticket', 'Please ignore our previous email, we found the setting.', 3, TS, '24x5'],
  ['SLA', 'Is it possible to take public holidays into account for the due dates?', 3, TS, '24x5'],
]

const WANTED: Phrasing[] = [
  ['Invoice template', 'In the invoice template we would like to show the net amounts per line instead of the gross amounts. Is there a setting for that?', 3, TS, '24x5'],
  ['Report', 'We want to group the report by week instead of by month. Where do I change that?', 3, TS, '24x5'],
  ['Quotes', "We'd like the quote PDF to show the SKU instead of the item name.", 3, TS, '24x5'],
  // must stay: a result given instead of another
  ['Invoices', 'The invoice shows the gross amounts instead of the net amounts since the update.', 2, TS, '24x5'],
  ['Report', 'The report groups by month instead of by week although we set it to weekly.', 2, TS, '24x5'],
]

const ZERO: Phrasing[] = [
  ['Question about the payroll report', 'Why is the overtime total for November shown as 0 hours? The timesheets clearly have overtime entered.', 2, TS, '24x5'],
  ['Bericht', 'Die Überstunden werden im Bericht als 0 angezeigt, obwohl die Zeiten erfasst sind.', 2, TS, '24x5'],
  ['Rapport', 'Le total des heures est affiché à 0 dans le rapport alors que les feuilles de temps sont remplies.', 2, TS, '24x5'],
  // must stay: a wish asked
  ['Report', 'Is it possible to have the discount field displayed as 0 when it is empty?', 3, TS, '24x5'],
]

describe('phrasings, round 151: the severity 2 / 3 boundary', () => {
  it('reads data running behind as late, not people held up', async () => {
    expect(await misread(BEHIND)).to.deep.equal([])
  })
  it('reads a setting disregarded as a wrong result', async () => {
    expect(await misread(DISREGARDED)).to.deep.equal([])
  })
  it('reads a figure shown as 0 as a result come back empty', async () => {
    expect(await misread(ZERO)).to.deep.equal([])
  })
  it('reads a result the partner would like instead of another as wanted', async () => {
    expect(await misread(WANTED)).to.deep.equal([])
  })
})
