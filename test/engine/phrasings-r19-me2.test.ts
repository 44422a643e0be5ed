// Round 19 (branch r19-me2): severity 1 said with words that were no symptom yet, found by probing
// the kinds of tickets partners send about the help centre, telephony and mail intake.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const QUIET_SEVERITY_1: Phrasing[] = [
  ['SSL certificate expired', 'The SSL certificate of our customer\'s help center expired last night, customers get a security warning and cannot open the portal.', 1, TS, '24x7'],
  ['Help center', 'The custom domain of our help center shows a certificate error to all visitors.', 1, TS],
  ['Telephony', 'Incoming calls don\'t ring in Desk for any agent since this morning.', 1, TS],
  ['Records', 'Our CRM shows a different company\'s contacts to our users.', 1, TS],
  ['Portal', 'Customers get \'Access restricted\' on the help center since the IP restriction update.', 1, TS, '24x7'],
  ['Tickets', 'Customer emails are being marked as spam and never become tickets.', 1, TS, '24x5'],
  ['SLA', 'The SLA timers stopped counting on all tickets since yesterday.', 1, TS],
  // traps: how-tos in the same words
  ['Report', 'How do we count the tickets per agent in a report?', 3, TS],
  ['Certificate', 'How do I renew the SSL certificate of our custom domain?', 3, TS],
]

describe('phrasings of round 19, branch r19-me2', () => {
  it('reads certificate errors for all visitors, phones that do not ring and mails that never become tickets as 1', async () => {
    expect(await misread(QUIET_SEVERITY_1)).to.deep.equal([])
  })
})
