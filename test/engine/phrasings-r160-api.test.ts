// Round 160: APIs and integrations told by partners' developers (a blind batch of 40, 34 of 40 right as written).
// A URL's query string ("every POST /books/v3/invoices?organization_id=600… from our integration fails") ended the
// sentence at its "?" and made the words before it a question: a question mark right before a word now ends nothing,
// as a full stop right before a word ("zoho.com") did not (engine: impl/tokens.ts and impl/reference.ts). An HTTP verb
// named with "every" or "all … requests" ("every POST to the invoices endpoint", "every GET request", "all POST
// requests") is every API request; "it's just slow" after a report that the thing works is worse (2), no slowness
// (1); a retry "because of a timeout" or "on timeout" names a mechanism, no slowness; "what is the right way to …"
// asks how (3), so a result "instead of" another there is what the partner wants; data the partner says was not
// created "during the export" or "while we page" is how they tested, no feature that creates nothing. Traps stay:
// a question about a URL, a yes/no question before a statement, slowness with people held up, every call timing out,
// a form or an import that creates nothing.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const QUERY_STRINGS: Phrasing[] = [
  ['Books API', 'Since Saturday every POST /books/v3/invoices?organization_id=60012345678 from our shop integration fails with code 1001.', 1, TS, '24x5'],
  ['Inventory API', 'Every call from our integration to /inventory/v1/items?organization_id=700123 fails with error 400 since this morning.', 1, TS, '24x5'],
  ['API errors', 'GET /api/v1/tickets?from=0&limit=100 returns 500 on every call since 08:00.', 1, TS, '24x7'],
  ['CRM API', 'Every request to /crm/v6/Leads/search?criteria=(Email:equals:a@b.com) returns 503 since 9am.', 1, TS, '24x7'],
  ['Search endpoint', 'GET /crm/v6/Leads/search?criteria=(Lead_Source:equals:Web) returns leads with other sources too, the result is wrong.', 2, TS, '24x5'],
  // traps: a question about a URL, a question mark with a space after it still ends its sentence
  ['Pagination', 'How do I use page_token with /crm/v6/Contacts?per_page=200 to get more than 2000 records?', 3, TS, '24x5'],
  ['Filter', 'Is it possible to filter /api/v1/tickets?status=Open by a custom field?', 3, TS, '24x5'],
  ['API down?', 'Is the API down? Nobody can log in to Desk since 9.', 1, TS, '24x7'],
]

const HTTP_VERBS: Phrasing[] = [
  ['Books API', 'Every POST to the invoices endpoint fails with 400 since Saturday.', 1, TS, '24x5'],
  ['Desk API', 'Every GET request we make returns 403 since the update.', 1, TS, '24x5'],
  ['CRM API', 'All POST requests from our middleware are rejected with INVALID_DATA since last night.', 1, TS, '24x5'],
  ['Bigin API', 'Every PUT to /bigin/v2/Contacts fails with an internal error.', 1, TS, '24x5'],
  // traps: how-tos about requests
  ['Headers', 'Does every POST need the orgId header? How do we set it in the SDK?', 3, TS, '24x5'],
  ['Retries', 'How should we retry a POST that fails with 429?', 3, TS, '24x5'],
]

const JUST_SLOW: Phrasing[] = [
  ['Endpoint speed', "It does complete and the data is correct, it's just slow.", 2, TS, '24x5'],
  ['Export', 'The export works and nothing is missing, it is just slow.', 2, TS, '24x5'],
  ['Report', 'The scheduled report does complete, it just takes 25 minutes instead of 3.', 2, TS, '24x5'],
  // traps: slowness that holds people up, or said with an intensifier
  ['Desk slow', 'Desk is painfully slow, every page takes a minute and nobody can work.', 1, TS, '24x5'],
  ['Slow', "It's just slow and the queue piles up, our agents cannot keep up.", 1, TS, '24x5'],
  ['Slow', 'Everything is just so slow today, the whole team is waiting on every screen.', 1, TS, '24x5'],
]

const RETRY_ON_TIMEOUT: Phrasing[] = [
  ['Webhook twice', 'Each event reaches us twice. Our endpoint answers in 150 ms, so it is not a retry because of a timeout.', 2, TS, '24x5'],
  ['Webhooks', 'Does Desk retry on timeout, and how many retries after a timeout?', 3, TS, '24x5'],
  ['Retries', 'We want to understand the retries after a timeout on our endpoint, how many are there?', 3, TS, '24x5'],
  // trap: every call timing out
  ['API', 'Every call to the API ends in a timeout since 10:00.', 1, TS, '24x7'],
]

const RIGHT_WAY: Phrasing[] = [
  ['SDK', 'What is the right way to initialize the SDK with a refresh token instead of a grant token?', 3, TS, '24x5'],
  ['Deluge', "What's the correct way to pass headers to invokeurl instead of a map?", 3, TS, '24x5'],
  // trap: a result given instead of another
  ['API amounts', 'The API returns the gross amount instead of the net amount since the update.', 2, TS, '24x5'],
]

const STILL_WHILE_READ: Phrasing[] = [
  ['Pagination', 'Some tickets never show up on any page, so our report is off. Nothing is created during the export (we run it at night).', 2, TS, '24x5'],
  ['Pagination', 'Some records never show up on any page and the totals are wrong. No tickets are created while we page through them.', 2, TS, '24x5'],
  // traps: a form and an import that create nothing
  ['Form', 'Nothing is created in CRM when the form is submitted.', 1, TS, '24x5'],
  ['Import', 'Nothing is created during the import, the log says success.', 1, TS, '24x5'],
]

describe('phrasings, round 160: APIs and integrations told by developers', () => {
  it('reads a URL with a query string as part of its sentence', async () => {
    expect(await misread(QUERY_STRINGS)).to.deep.equal([])
  })
  it('reads every POST, GET or PUT as every API request', async () => {
    expect(await misread(HTTP_VERBS)).to.deep.equal([])
  })
  it('reads "it\'s just slow" after a working result as worse, not slowness', async () => {
    expect(await misread(JUST_SLOW)).to.deep.equal([])
  })
  it('reads a retry on timeout as a mechanism, no slowness', async () => {
    expect(await misread(RETRY_ON_TIMEOUT)).to.deep.equal([])
  })
  it('reads "what is the right way to" as a how-to', async () => {
    expect(await misread(RIGHT_WAY)).to.deep.equal([])
  })
  it('reads data the partner kept still while exporting as no failure', async () => {
    expect(await misread(STILL_WHILE_READ)).to.deep.equal([])
  })
})
