// Round 20 (branch r20-apps): the meanings behind the first-read misses of grown-67.yaml (the less common
// Zoho apps told by accountants, HR officers, marketers and warehouse staff), in other words and languages
// than the tickets, with traps that must not read so.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An expense report or claim is a record the users keep, not a report of results: its receipts or the claims
// themselves gone is lost data (1, 24x5); a wrong figure on it is still a result (2).
const EXPENSE_RECORDS: Phrasing[] = [
  ['Expense claims gone', 'Every expense claim from March has vanished from Zoho Expense since the update.', 1, TS, '24x5'],
  ['Receipts', 'The scanned receipts on all of October\'s expense reports have disappeared.', 1, TS, '24x5'],
  ['Expense', 'All our expense reports have disappeared overnight.', 1, TS, '24x5'],
  ['Spesen', 'Die Belegbilder aller Spesenabrechnungen vom letzten Monat sind verschwunden.', 1, TS, '24x5'],
  ['Zoho Expense', 'Les notes de frais ont toutes disparu depuis la mise à jour.', 1, TS, '24x5'],
  // traps: a wrong total on the report, a record a user deleted, a question where to find them
  ['Expense report total', 'The expense report shows the wrong total for the mileage.', 2, TS],
  ['Expense', 'How do we restore an expense report an employee deleted by mistake?', 3, TS],
  ['Expense', 'Where can we find the expense reports of last month?', 3, TS],
]

// Publishing is what a social or content tool does: stopped publishing completely is a total failure
// (24x7), not publishing any more since a time does not work (24x5); how to publish is a how-to.
const PUBLISHING: Phrasing[] = [
  ['Social', 'Zoho Social has stopped publishing to all channels completely.', 1, TS, '24x7'],
  ['Posts', 'Our queued posts are not publishing to Facebook since this morning.', 1, TS, '24x5'],
  ['LinkedIn posts', 'The scheduled posts stopped publishing on Friday.', 1, TS, '24x7'],
  // traps: a how-to, an article not yet published by the partner
  ['Social', 'How do we publish a post to two pages at once?', 3, TS],
  ['Article', 'The KB article was not published yet, how do we publish it?', 3, TS],
]

// A failure on one machine named with words between "one" and the machine ("on one warehouse PC", "on one of
// the laptops"): no show-stopper for all users (2), also when the list it shows is empty there.
const ONE_MACHINE: Phrasing[] = [
  ['Mail', 'Attachments are not syncing on one reception PC, on the other PCs they do.', 2, TS],
  ['Mail', 'Zoho Mail has stopped syncing on one of the laptops in accounts.', 2, TS],
  ['Inventory', 'The scanner app is not working on one packing-bench terminal.', 2, TS],
  ['Mail', 'Zoho Mail is not syncing on one of the PCs in dispatch and the attachment list there is empty.', 2, TS],
  // traps: every machine, values emptied on every record
  ['Inventory', 'The scanner app is not working on any terminal in the warehouse.', 1, TS, '24x5'],
  ['Inventory', 'The stock quantities are empty now on every item.', 1, TS, '24x5'],
]

describe('phrasings, round 20: the less common apps in their trades\' words', () => {
  it('reads expense reports and claims as records kept, not results', async () => {
    expect(await misread(EXPENSE_RECORDS)).to.deep.equal([])
  })
  it('reads publishing as what a tool does', async () => {
    expect(await misread(PUBLISHING)).to.deep.equal([])
  })
  it('reads one machine named with words between as one machine', async () => {
    expect(await misread(ONE_MACHINE)).to.deep.equal([])
  })
})
