// Round 80: every way tried, said with "whether … or". Subject "Nobody can log in", text "Whether SSO or password, it
// fails." had read 3: the hypothesis "whether" set aside the login words of the text, and with them the subject's. Round
// 78's `every try` ("whatever we do") now holds "whether SSO or", "whether we use … or", "whether on … or", "whether
// with … or", which the hypothesis yields to. Traps: a real question whether ("can you tell us whether CRM is down or
// not?", "whether to use SSO or passwords").
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const EVERY_WAY: Phrasing[] = [
  ['Nobody can log in', 'Whether SSO or password, it fails.', 1, TS, '24x7'],
  ['Login broken', 'Whether we use SSO or a password, it fails for everyone.', 1, TS, '24x7'],
  ['Login', 'Whether with SSO or with a password, nobody can log in.', 1, TS, '24x7'],
  ['Login', 'Whether we try Chrome or Edge, we cannot log in.', 1, TS, '24x7'],
  ['Desk', 'Whether on the app or in the browser, Desk is down for all of us.', 1, TS, '24x7'],
  // traps
  ['Desk', 'Whether SSO or password is better for us, we would like to know.', 3, TS],
  ['Desk', 'We would like to know whether SSO or password login is recommended.', 3, TS],
  ['Desk', 'Can you tell us whether the portal or the API will be down during the maintenance?', 3, TS],
  ['Desk', 'Please check whether CRM or Desk is affected if the EU data centre goes down.', 3, TS],
  ['Desk', 'We don\'t know whether to use SSO or passwords for our users.', 3, TS],
  ['Desk', 'Can you tell us whether CRM is down or not?', 3, TS],
  ['Desk', 'We want to know whether the outage is over or not.', 3, TS],
]

describe('phrasings, round 80: every way tried, said with "whether … or"', () => {
  it('reads "whether SSO or password, it fails" as every try failing', async () => {
    expect(await misread(EVERY_WAY)).to.deep.equal([])
  })
})
