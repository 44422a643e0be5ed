// Round 72 (branch r72-everywhere): "everywhere" itself, closing the statement or followed by a time or the product
// ("server error everywhere", "sync is failing everywhere since the update"), is errors all over the service (rule
// `errors everywhere`: DOMAIN.md §4, 1; downtime, 24x7), as "on every page" already was. Looking for something
// everywhere is where the partner looked (`looked everywhere`).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const EVERYWHERE: Phrasing[] = [
  ['Errors everywhere', '', 1, TS, '24x7'],
  ['Desk', 'Since the release this morning we get an error everywhere in Desk.', 1, TS, '24x7'],
  ['Sync', 'The sync is failing everywhere now, none of our offices gets data.', 1, TS, '24x7'],
  // traps: where the partner looked; a question about one error
  ['Log', 'We searched everywhere for the error log of the function, where is it kept?', 3, TS],
  ['Error', 'Is this error message shown everywhere or only on this one record?', 3, TS],
]

describe('phrasings, round 72: errors everywhere said with the word', () => {
  it('reads an error or failure "everywhere" as errors all over, and looking everywhere as none', async () => {
    expect(await misread(EVERYWHERE)).to.deep.equal([])
  })
})
