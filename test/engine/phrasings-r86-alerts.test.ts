// Round 86: machine text a partner passes on (monitoring alerts, error pages, notices, logs). A recovered monitor's
// "It was down for 0 hrs, 4 mins" and "Desk was unavailable for about two hours" told a past downtime with its length
// and read as a current outage; a test incident's "TEST - Zoho Desk down (test incident)" read as one; a maintenance
// notice's "Users may experience brief downtime during this window" read as downtime; "error opening this document"
// read as a login failure; a search endpoint measured against "Docs say ... within 2 s" read nothing (3), and
// "occasional timeouts" read as slowness that stops the work (1).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ALERTS: Phrasing[] = [
  ['Fwd: Monitor is UP: CRM portal', 'Monitor is UP: CRM portal (https://crm.example.com)\nIt was down for 0 hrs, 4 mins.', 3, TS, '24x5'],
  ['Uptime report', 'After the incident on 14 October, when Desk was unavailable for about two hours, the customer asks for an uptime report for October.', 3, TS, '24x5'],
  ['Test alert from PagerDuty', 'The customer was testing their PagerDuty integration:\n\n[TRIGGERED] #9001 TEST - Zoho Desk down (test incident)\n\nHow do we map the PagerDuty priority to the Desk priority field?', 3, TS, '24x5'],
  ['Maintenance notice', 'Scheduled maintenance: Zoho CRM (EU)\nSat 22:00 - 23:00 CET. Users may experience brief downtime during this window.\n\nShould they pause their sync?', 3, TS, '24x5'],
  ['Attachments corrupted', 'All attachments uploaded since Friday open as corrupted files.\n\nAdobe Reader: "There was an error opening this document. The file is damaged and could not be repaired."', 1, TS, '24x5'],
  ['One endpoint slow', 'GET /crm/v2/Contacts/search avg 6.8 s (last 24h)\nGET /crm/v2/Contacts/{id} avg 0.3 s\n\nDocs say search should answer within 2 s. The search endpoint is slow, everything else is normal.', 2, TS, '24x5'],
  ['Webhook', 'We see occasional timeouts on the webhook, most deliveries arrive.', 2, TS, '24x5'],
  // traps: an outage going on, a down monitor, constant slowness with timeouts now and then, a login that fails
  ['Monitor is DOWN: CRM portal', 'FYI, getting this since 9.\n\nThe monitor CRM portal (https://crm.example.com) is currently DOWN (Connection Timeout).', 1, TS, '24x7'],
  ['CRM down', 'CRM was down for all users this morning and it is still down.', 1, TS, '24x7'],
  ['Desk down', 'Desk has been down for two hours now, nobody can work.', 1, TS, '24x7'],
  ['CRM slow', 'CRM is very much slow since yesterday, each search takes 40 seconds and sometimes it gives "request timed out". All 60 users are affected.', 1, TS, '24x5'],
  ['Login', 'Nobody can open CRM since 8:30, the sign-in page shows an error for every user.', 1, TS, '24x7'],
  ['Maintenance', 'Desk is down since 9 although there is no maintenance window announced.', 1, TS, '24x7'],
]

describe('phrasings, round 86: alerts, notices and logs passed on', () => {
  it('reads a recovered or test alert, a notice, a file that will not open and measured slowness for what they are', async () => {
    expect(await misread(ALERTS)).to.deep.equal([])
  })
})
