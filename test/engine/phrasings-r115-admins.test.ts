// Round 115: tickets by partners' IT admins and developers in technical jargon (a blind batch of 40,
// grown-r115-admins.yaml). Why they misread: requests a partner's program sends, named by where they come from or what
// they speak ("every request from our order integration", "every SCIM call", "every call from our middleware") were no
// API calls, so an error on each read as errors on every page (24x7) or nothing; a Flow connection's "authorization
// failed" read as a login; the product's own words that hold an access word read as getting in ("No calls are logged in
// CRM", "nothing in our access logs", "Tickets load fine, but nobody can …", the browser's "Your connection is not
// private"); and a 5xx, a timeout or a sign-in failure told for a share of the calls, now and then, with a retry that
// goes through or with the other users fine read as the whole service down (24x7). What changed (config/policy.yaml):
// `every api request` + "every request / call from our", "every SCIM call", "every call event we post"; `machine auth`
// + a connection's authorization and the OAuth error codes; `every run` + every execution, all flows, zaps; `run task`
// + calls logged (for, against); new `things logged` (which `access` and `signing in` yield to) and `access fine`, and
// `error page`, which `access` yields to; new `some calls` and `retry succeeds`, which set `down` and `slowness` aside,
// with rules `down only partly`, `down now and then`, `down until a retry` (2; on the 24x7 list, so an intermittent
// downtime beside another severity-1 rule keeps its clock; the English `comes and goes`, not German "ab und zu", which
// words.test.ts reads in a bracket); `signs in elsewhere` + a password login used as a workaround (a sign-in failing
// for one user with the others fine stays 1, round 23); `session timed out` + a login page that timed out while waiting
// on an MFA push.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const REFUSED: Phrasing[] = [
  ['SCIM provisioning returns 403 for every request', 'Since Thursday every SCIM call returns 403. No new hire can be provisioned.', 1, TS, '24x5'],
  ['API', 'Every request from our order integration is rejected with 429 Too Many Requests since last night.', 1, TS, '24x5'],
  ['Integration', 'Every call from our middleware comes back 401 since this morning.', 1, TS, '24x5'],
  ['Zoho Flow', 'All flows fail on every execution with: Connection "desk_conn" authorization failed (INVALID_OAUTHTOKEN).', 1, TS, '24x5'],
  ['PhoneBridge', 'No calls are logged in CRM for any of the 45 reps since Monday.', 1, TS, '24x5'],
  ['Calls', 'Calls are not logged for any of our reps since Monday.', 1, TS, '24x5'],
  ['Replies', 'Tickets load fine, but nobody can send a reply since 11:00, every reply fails with error 4001.', 1, TS, '24x5'],
]

const PARTLY: Phrasing[] = [
  ['Occasional 500 errors from CRM API', 'About 3-5% of our calls to the API return 500 Internal Server Error. A retry always succeeds.', 2, TS, '24x5'],
  ['API', 'Some of our API calls return 500, a retry works.', 2, TS, '24x5'],
  ['API errors', 'We get an occasional 502 Bad Gateway from the Desk API, maybe twice an hour.', 2, TS, '24x5'],
  ['Webhooks', 'Roughly 1 in 10 webhook deliveries times out. The rest arrive fine.', 2, TS, '24x5'],
  ['SSO fails for users in one group', 'SAML login fails for about 15 users, all in one group. As a workaround they log in with their Zoho password for now.', 2, TS, '24x5'],
  ['Certificate error on old phones', 'On older Android phones users see "Your connection is not private". Newer phones are fine.', 2, TS, '24x5'],
]

// still severity 1 on 24x7, and traps that stay 3
const KEPT: Phrasing[] = [
  ['API down', 'All API calls return 500 since 2am. We retried, nothing goes through.', 1, TS, '24x7'],
  ['Desk down', 'Every request times out since 9am, nobody can work.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in since 8. The access log shows nothing from our users.', 1, TS, '24x7'],
  ['Help center', 'All our customers see "Your connection is not private" on the help center.', 1, TS, '24x7'],
  ['Login', 'None of our agents can log in, pages load fine but the login is refused.', 1, TS, '24x7'],
  ['Portal', 'The portal has been down intermittently all morning and nobody can work.', 1, TS, '24x7'],
  ['Call logging', 'Are calls logged in CRM automatically when we use PhoneBridge?', 3, TS, '24x5'],
  ['Access logs', 'Where can we find the access logs of the help center?', 3, TS, '24x5'],
  ['Ticket', 'We logged a ticket for this yesterday, any update?', 3, TS, '24x5'],
  ['API limits', 'What happens when we exceed the API limit, are calls rejected with 429 for the rest of the day?', 3, TS, '24x5'],
  ['Retries', 'Does Desk retry a webhook when our server returns 500?', 3, TS, '24x5'],
  ['RCA', 'Yesterday all our API calls returned 503 for 40 minutes. It recovered by itself. Please send an RCA.', 3, TS, '24x5'],
]

describe("phrasings, round 115: admins' and developers' jargon", () => {
  it('reads calls a program sends, refused on every request, as API calls (24x5)', async () => {
    expect(await misread(REFUSED)).to.deep.equal([])
  })
  it('reads a failure for a share of the calls, now and then or for some users as partly (2)', async () => {
    expect(await misread(PARTLY)).to.deep.equal([])
  })
  it('keeps outages, logins and questions as they were', async () => {
    expect(await misread(KEPT)).to.deep.equal([])
  })
})
