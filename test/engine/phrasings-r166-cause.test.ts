// Round 166: a cause told after the fix. "everyone can log in to Zoho CRM again. It turned out to be our own VPN blocking the
// sign-in page." (r165to-034) read 1 on 24x7: round 159 lets a fix reach back over a cause told before it, not after it,
// and "everyone can log in to Zoho CRM again" was no fix (`resolvedSince` knew "everyone can log in again" only as
// written). The sentence right after a fix that tells the cause, told, not asked, is the trouble's explanation: over too.
// A cause told with a trouble still there, a trouble told after the fix, a fix asked about and a cause with no fix stay.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const CAUSE_AFTER: Phrasing[] = [
  ['URGENT - login issue', 'Please ignore my email from this morning - everyone can log in to Zoho CRM again. It turned out to be our own VPN blocking the sign-in page. All good now, thanks!', 3, TS, '24x5'],
  ['Login', 'Nobody could log in this morning. Since 10:00 everyone can log in again. It turned out our firewall was blocking the sign-in page.', 3, TS, '24x5'],
  ['Login', 'Everyone can log in again. It turned out to be an expired certificate on our side that blocked the login.', 3, TS, '24x5'],
  ['Login', 'Everybody can sign in to Desk again. It turned out a proxy rule of ours blocked the login page.', 3, TS, '24x5'],
  // traps: a cause with the trouble still there, a trouble after the fix, a fix asked about, a cause and no fix
  ['Login', 'Nobody can log in. It turned out our certificate expired, and we cannot renew it.', 1, TS, '24x7'],
  ['Login', 'Everyone can log in to CRM again. Now all our contacts are gone.', 1, TS],
  ['Login', 'Everyone can log in again? No, nobody can log in since 9.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in since the update. It turned out the SSO certificate expired.', 1, TS, '24x7'],
]

describe('phrasings, round 166: a cause told after the fix', () => {
  it('sets aside the trouble a cause after the fix explains, and keeps a trouble still there, after the fix or asked', async () => {
    expect(await misread(CAUSE_AFTER)).to.deep.equal([])
  })
})
