// Round 131: tickets that come with pasted material (logs, JSON, console output, tables, quoted dialogs; blind batch
// grown-r131-pasted.yaml, 35 of 40 right as written). Three families misread:
// - a nightly, daily or scheduled import or sync (or its job) failing "on every record": an error on every item of a
//   run, 1 on 24x5 (README rounds 23-24: errors on every item of a sync or import log), not errors everywhere on
//   24x7. Only the recurring runs and jobs are named (`run log`): "the import from Salesforce" or "the data migration"
//   also open sentences such as "after the import from Salesforce every page shows an error", an outage (24x7);
// - "X arrive(s) fine, but" before nobody, none of, no one, not one or a single: another thing working, the failing
//   task stopped for all (1, 24x5), no partial failure of one feature (`other things fine`, which `others not` yields
//   to);
// - a log the partner asks to be read ("asks what the columns mean", "we just want to understand the log", "how to
//   read the audit log"): its "Login failed" lines are its events, asked about, no sign-in failing (`log explained`,
//   unlessAnywhere of `login failure` and `sign-in failure`). "Please explain the log below" under "every sign-in fails"
//   still reports it, and so it is not a word of the concept.
// And a deletion the partner offers ("We can just delete the record if that is easier") is theirs (`user deletion`).
// Choice (DOMAIN.md does not say): an error on one test record only, real records fine, asked what it means, is 3
// ("not affected"), not the 2 of a failure only in a sandbox (rule `only in a test copy`): no copy of the service
// fails, one made-up record does.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PASTED: Phrasing[] = [
  ['Nightly ERP import', 'The nightly import from our ERP into Zoho Inventory has failed on every single record since Monday.', 1, TS, '24x5'],
  ['Import', 'Our daily import into CRM fails on every record since the update.', 1, TS, '24x5'],
  ['Sync', 'The scheduled sync has thrown an error on every record since Friday.', 1, TS, '24x5'],
  ['Reply error', 'None of our agents can reply to tickets. Incoming tickets arrive fine, but we cannot answer a single customer.', 1, TS, '24x5'],
  ['Reply error', 'Incoming tickets arrive fine, but none of the agents can reply to them.', 1, TS, '24x5'],
  ['Books', 'Payments arrive fine, but we cannot create a single invoice.', 1, TS, '24x5'],
  ['Audit log', 'The audit log shows:\n07:12:44 m.shah@client.com Login failed Invalid password\nEverything is working, we just want to understand the log.', 3, TS, '24x5'],
  ['Audit log', 'The audit log shows "Login failed" for one user this morning. Everything is working, we just want to understand the log.', 3, TS, '24x5'],
  ['Log', 'Our client asks what the columns in this log mean:\n07:12:44 m.shah@client.com Login failed Invalid password', 3, TS, '24x5'],
  ['Test contact', 'Only our test contact shows an error, the real contacts open fine. We can just delete the record if that is easier.', 3, TS, '24x5'],
  // traps: failures told for everyone beside a log asked about, an outage after an import, a partial delivery, data lost
  ['Login', 'Nobody can log in since 9. The audit log shows "Login failed" for every user. Can you explain these lines?', 1, TS, '24x7'],
  ['SSO', 'Since the certificate change every sign-in fails. Please explain the log below:\n08:01 a@x.com SAML login Authentication failed\n08:02 b@x.com SAML login Authentication failed', 1, TS, '24x7'],
  ['Login', 'All users get "Login failed" since 8am. What do these log entries mean?', 1, TS, '24x7'],
  ['CRM', 'After the import from Salesforce, every page shows an error for all users.', 1, TS, '24x7'],
  ['CRM', 'Since the data migration last night every page in CRM shows error 500.', 1, TS, '24x7'],
  ['Sync', 'Most contacts sync fine, but a few do not.', 2, TS, '24x5'],
  ['Mail', 'Normal mail arrives fine, but emails with attachments over 15 MB bounce back.', 2, TS, '24x5'],
  ['Deals', 'All our deals are gone since this morning. We could delete the import and redo it, but the deals were not imported.', 1, TS, '24x5'],
]

describe('phrasings, round 131: pasted logs and formatting', () => {
  it('reads runs failing per record, other things fine, logs asked about and deletions offered', async () => {
    expect(await misread(PASTED)).to.deep.equal([])
  })
})
