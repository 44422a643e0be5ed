// Round 98: slowness and data integrity told by office staff, team leads and finance people (blind batch grown-158).
// Slowness: "the average wait is now over 12 minutes" had set the slowness before it aside as over ("is now over"): "over"
// right before a figure says "more than" (`notNegation` phrases a "resolved" word begins are none). "It's dragging the
// whole department down" had read an outage (24x7): dragging, bogging or weighing someone down is no downtime (`other
// down`). "Long delays ..." over people queuing at reception had read 2: slowness against the usual (`worse`) that holds
// people up is slowness (rule `worse holding people up`, 1 on 24x5), and customers or callers queuing, sitting on hold or
// kept waiting, or a queue building up, hold people up. "Is a slow import normal?" had read 1: slowness asked about as
// normal for an import or a migration is slowness to expect (3).
// Data: records that "have different phone numbers than yesterday", payments that "now show different amounts", had read
// 2: values different from an earlier time are values changed (1, 24x5); amounts "changed by themselves" a relative
// clause away from their records, appointments "moved by one day" and numbers that "jumped after the import" are data
// changed; "can you tell us what happened" is no hypothesis ("what happens" is, as written); a blank page said beside a
// file of 0 KB is the empty file (24x5), no downtime; "... and Claire's has mine" swaps the records; a price someone changed
// and an audit log asked about is a product's data, no sales talk (3).
// Access (found beside r98sd-001, right only by its subject): "None of the 14 people on my team have been able to sign in"
// and "we haven't been able to log in yet" had read 3: "been able to" takes no room in a rule's window (the engine's
// `padding`, concept `ability frame`), and "yet" closing an ability ("able to … yet", "managed to … yet") is "so far"
// (`yet so far`), no feature not there yet (`capability`); "not able to use two-factor login yet, which plan has it?"
// stays a question (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SLOWNESS: Phrasing[] = [
  ['Desk', 'Desk is painfully slow this morning, the average wait for our callers is now over 20 minutes.', 1, TS, '24x5'],
  ['Books', 'Every bill takes half a minute to save in Books and it is really bogging the accounts team down.', 1, TS, '24x5'],
  ['Delays in CRM', 'There are long delays whenever we open an account in CRM, so customers are queuing at the counter.', 1, TS, '24x5'],
  ['Desk slower', 'Desk has been much slower than usual since Monday and our callers are sitting on hold for ages.', 1, TS, '24x5'],
  ['Inventory lag', 'Inventory lags behind all day and the queue at the dispatch desk keeps building up.', 1, TS, '24x5'],
  ['Slow migration normal?', 'We are moving 60,000 records from our old system this weekend. Is it normal for a migration of that size to be slow?', 3, TS, '24x5'],
  // traps: a fix told over, a real outage, slowness that holds nobody up, a wait told with "over"
  ['Re: Desk slow', 'The slowness is over now, thanks for your help.', 3, TS, '24x5'],
  ['CRM', 'CRM went down at 9 and it is still down for everyone.', 1, TS, '24x7'],
  ['Desk', 'Desk has been a bit slower than usual since Monday, nothing serious, the team manages fine.', 2, TS, '24x5'],
  ['Emails', 'Notification emails from Desk arrive with delays of a few minutes since the update.', 2, TS, '24x5'],
  ['Import', 'Is it normal that the import of 5,000 contacts took over 10 minutes? How can we speed it up?', 3, TS, '24x5'],
]

const DATA: Phrasing[] = [
  ['Contacts', 'About 150 of our contacts have different email addresses than last week and nobody on our side edited them.', 1, TS, '24x5'],
  ['Bank sync', 'Since the bank sync, receipts we entered in January now show different amounts in Books.', 1, TS, '24x5'],
  ['Orders', 'The prices on the orders our team confirmed on Monday have changed by themselves.', 1, TS, '24x5'],
  ['Bookings', 'All the bookings for next week moved by two days after the calendar sync.', 1, TS, '24x5'],
  ['Stock levels jumped after the import', 'We only imported a supplier file. Please help.', 1, TS, '24x5'],
  ['Deals deleted by themselves', 'Nobody here touched them. Can you tell us what happened to our deals?', 1, TS, '24x5'],
  ['Contracts', 'Every signed contract we open from CRM shows a blank page and the file is 0 KB.', 1, TS, '24x5'],
  ['Timesheets', 'Since the sync my timesheet has Tom\'s hours and Tom\'s has mine.', 1, TS, '24x5'],
  ['Who changed the price?', 'A colleague changed the price of an item in Books. Is there an audit log to see who it was?', 3, TS, '24x5'],
  // traps: a report's figures against yesterday's, a how-to about what happens, a white page for everyone, merging on purpose
  ['Report', 'The sales dashboard shows different figures than yesterday for April.', 2, TS, '24x5'],
  ['Recycle bin', 'What happens to deleted contacts after 30 days in the recycle bin?', 3, TS, '24x5'],
  ['Desk', 'Desk shows a blank page for everyone since 8am.', 1, TS, '24x7'],
  ['Duplicates', 'How do we merge two contacts that have different email addresses?', 3, TS, '24x5'],
]

const ABILITY: Phrasing[] = [
  ['Books', 'None of the 12 people in accounts have been able to sign in to Books this morning.', 1, TS, '24x7'],
  ['CRM', 'We still haven\'t managed to log in to CRM yet, it just spins.', 1, TS, '24x7'],
  ['Desk', 'Nobody on the team has been able to log in yet today.', 1, TS, '24x7'],
  // traps: a feature not there yet, asked
  ['Two-factor', 'We are not able to use two-factor login yet, which plan has it?', 3, TS, '24x5'],
  ['Kanban', 'Are we able to use the Kanban view in our edition yet?', 3, TS, '24x5'],
]

describe('phrasings, round 98: slowness and data integrity in office words', () => {
  it('reads waits over a figure, people queuing or on hold, dragging down and slowness asked as normal for an import', async () => {
    expect(await misread(SLOWNESS)).to.deep.equal([])
  })
  it('reads values different from before, changed by themselves, moved by days, swapped, and empty files', async () => {
    expect(await misread(DATA)).to.deep.equal([])
  })
  it('reads "have been able to" as no room between nobody and signing in, and "yet" after an ability as so far', async () => {
    expect(await misread(ABILITY)).to.deep.equal([])
  })
})
