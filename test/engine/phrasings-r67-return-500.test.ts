// Round 67 (branch r67-return-500): Zoho's API answering every call with a 500 written as a bare number ("all our
// API calls return 500") is the service failing (DOMAIN.md §4: 1; §5, downtime: 24x7), as "return a 500" and
// "error 500" already were. A bare "500" stays a number elsewhere, and the partner's own endpoint's 500 is theirs.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const RETURNS_500: Phrasing[] = [
  ['API down?', 'Since the release the Desk API calls are returning 500, our portal integration is dead.', 1, TS, '24x7'],
  ['CRM API', 'Every request returns 500 since 07:00 UTC, nothing gets through.', 1, TS, '24x7'],
  // traps: a number, a question about the code, the partner's own server
  ['Import', 'We have 500 contacts and want to import 500 more. What is the limit per file?', 3, TS],
  ['Webhook payload', 'Our own server returns 500 when Desk calls our webhook, how do we see the payload Desk sends?', 3, TS],
]

describe('phrasings, round 67: the API answering 500 written as a bare number', () => {
  it('reads API calls returning 500 as the service failing, and a bare 500 elsewhere as a number', async () => {
    expect(await misread(RETURNS_500)).to.deep.equal([])
  })
})
