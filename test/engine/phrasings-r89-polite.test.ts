// Round 89: partners who write very politely and understate, an outage told as a small question or a request to
// confirm. Four shapes had read 3: nobody able to use the product ("Since 15:00 nobody can use it": no verb of
// getting in, `use the product`, rule `nobody can use it`, 24x7); the product said to have stopped ("it seems Zoho
// Desk has stopped": down, as "crm down"); a fact asked to be judged ("we would like to ask whether it is normal that
// CRM is a bit slower than usual": the "whether" asks only whether it is normal, `normal asked`); and "some" for "all"
// in results left out ("the search does not return some tickets which exist", `leaves out`, 2).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const POLITE: Phrasing[] = [
  ['Problem to confirm', 'Dear Zoho Support,\n\nWe want to confirm if CRM is down now? Since 15:00 Taipei time nobody can use it. Sorry for the trouble and thank you.', 1, TS, '24x7'],
  ['Kind request', 'Sorry to disturb you. None of our staff can use the system since 9:00 JST. Could you kindly check?', 1, TS, '24x7'],
  ['Small question', 'Please be informed that nobody in the team can use the CRM since this morning.', 1, TS, '24x7'],
  ['Sorry for the sudden contact', 'We apologize for the sudden inquiry. Since around 7:00 JST it seems Zoho Desk has stopped. Could you please confirm whether it is a problem of your server?', 1, TS, '24x7'],
  ['Inquiry', 'Kindly note that since 10:00 KST the system has stopped.', 1, TS, '24x7'],
  ['Question about CRM speed', 'Dear team,\n\nWe would like to ask whether it is normal that CRM is a bit slower than usual these days. It still works, but the pages take some seconds more.', 2, TS, '24x5'],
  ['Small question', 'May we ask if it is normal that the report total is different from the sum of the deals?', 2, TS, '24x5'],
  ['Search question', 'Please be informed that the search in Desk does not return some tickets which exist. For example, searching ticket number 1234 gives no result, but the ticket is in the list.', 2, TS, '24x5'],
  // traps: a restriction, a rule for the future, a question about a coming change, a how-to, a past incident
  ['Restriction', 'We restricted it so that nobody can use the app outside the office. How do we allow one user?', 3, TS],
  ['Migration', 'Kindly be informed that nobody should use the system during the migration on Saturday.', 3, TS],
  ['Question', 'Could you kindly tell us whether it is normal that the sync will take longer during the migration?', 3, TS],
  ['Report columns', 'The report does not show some columns, where can I enable them?', 3, TS],
  ['Maintenance', 'Sorry to disturb you. Could you kindly confirm whether there is planned maintenance of Zoho CRM this weekend?', 3, TS],
]

describe('phrasings, round 89: polite, understated reports', () => {
  it('reads an outage, a slowdown or left-out results told as a small question', async () => {
    expect(await misread(POLITE)).to.deep.equal([])
  })
})
