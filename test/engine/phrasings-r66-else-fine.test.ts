// Round 66 (branch r66-else-fine, from round 62's leftover): the rest of the product, or other products, working as
// usual beside the part that fails ("everything else works normally", "other Zoho apps are working fine") says where
// the trouble is not. It is no fix: the failure before it still counts. A fix told with "now" still sets it aside.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const OTHER_THINGS_FINE: Phrasing[] = [
  ['Desk', 'Zoho Desk is down for us, other Zoho apps are working normally.', 1, TS, '24x7'],
  ['Webhooks', "Webhooks don't work at all, everything else works fine.", 1, TS],
  ['Workflows', 'Our workflow rules do not fire at all any more; everything else is working normally.', 1, TS],
  ['Outage', 'Our Books org has been unreachable all morning. Other Zoho products are working normally.', 1, TS, '24x7'],
  // traps: the trouble over, said of everything, stays resolved
  ['Resolved', 'Desk was down for an hour this morning; everything is working normally now, just letting you know.', 3, TS],
  ['Login', 'We could not log in earlier but all is working fine now. How do we see the incident report?', 3, TS],
]

describe('phrasings, round 66: the rest working as usual beside a failure', () => {
  it('reads "everything else works normally" as where the trouble is not, no fix', async () => {
    expect(await misread(OTHER_THINGS_FINE)).to.deep.equal([])
  })
})
