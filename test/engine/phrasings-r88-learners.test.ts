// Round 88: English written by partners whose first language is German, French, Italian or Spanish. "The system is
// completely failed out" (ausgefallen) and "the system is fallen" (è caduto, se cayó) had read no outage (24x5 or 3);
// "the report gives false numbers" (falsche Zahlen) no wrong result; "some are missing in the results" of a search
// was data lost (1), not a result that leaves records out (2); "will the system be not reachable during this time?"
// and "show a message when they have a downtime of their own service" a downtime reported, not asked or supposed;
// "a Deluge function that blocks the login of portal users" a login failure, not a block wanted.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const LEARNERS: Phrasing[] = [
  ['System completely failed out', 'Good morning,\nthe system is completely failed out at our customer. Since Monday morning nothing functions.', 1, TS, '24x7'],
  ['Desk', 'Our Desk is since 8 o\'clock failed out for all agents.', 1, TS, '24x7'],
  ['Urgent - system is fallen', 'The system is fallen since one hour. Is not possible to enter in CRM for nobody in the office.', 1, TS, '24x7'],
  ['Books', 'Zoho Books is fallen since this morning, nobody can work.', 1, TS, '24x7'],
  ['Report gives false numbers', 'The report of sales per month gives false numbers since last week. Otherwise everything works.', 2, TS],
  ['Invoice report', 'The invoice report shows false totals since the update.', 2, TS],
  ['The search finds not all', 'When we search a contact by the phone number, the search finds not all the contacts, some are missing in the results although they exist.', 2, TS],
  ['Search', 'The global search shows not all deals, some are missing in the results.', 2, TS],
  // traps: asked or supposed downtime, a login block wanted, a figure that fell, a script's boolean
  ['Planned maintenance', 'We have seen that there is a planned maintenance on Sunday. Will the system be not reachable during this time? Our customer wants to inform the users.', 3, TS],
  ['Maintenance', 'Will the portal be unreachable during the maintenance on Sunday?', 3, TS],
  ['How to show an outage message', 'Our customer would like to show a message on the help center when they have a downtime of their own service. How can we configure this banner?', 3, TS],
  ['How to make a function', 'We want to write a Deluge function that blocks the login of portal users who have no contract. How can we do this?', 3, TS],
  ['Portal', 'We want to block the login for portal users who have no contract. How can we do this?', 3, TS],
  ['Sales dashboard', 'Our sales figures have fallen this quarter, how can we build a dashboard to track them?', 3, TS],
  ['Function returns false', 'Our Deluge function returns false for every record, how can we debug it?', 3, TS],
  // and what stays: a login block that happens, records truly lost
  ['Login', 'Since the update the login is blocked for all users, it comes an error.', 1, TS, '24x7'],
  ['Portal', 'We want to block the login of ex-employees but now the login is blocked for everyone.', 1, TS, '24x7'],
  ['Contacts lost', 'After the import of yesterday all the contacts of our customer are disappeared from CRM, 12000 records are gone.', 1, TS],
]

describe('phrasings, round 88: English of German, French, Italian and Spanish writers', () => {
  it('reads their calques as a native phrasing of the same meaning', async () => {
    expect(await misread(LEARNERS)).to.deep.equal([])
  })
})
