// Round 78: "Not even the admin can log in" had read 3: the "not" stood more than `negationReach` words before
// "log in" and was read as nobody's; "not even the admin" names nobody, as "not a single user" does (concept `nobody`).
// Traps: a setting that not even the admin may change, or a report the owner does not get, stays a how-to.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NOT_EVEN: Phrasing[] = [
  ['Login', 'Not even the admin can log in.', 1, TS, '24x7'],
  ['Login', 'Not even our admins can log in to Desk since this morning.', 1, TS, '24x7'],
  ['CRM', 'Not even the super admin can access the CRM.', 1, TS, '24x7'],
  ['CRM', 'Not even the account owner can sign in.', 1, TS, '24x7'],
  // traps
  ['Question', 'Not even the admin can change this field, how do we unlock it?', 3, TS],
  ['Layout', 'Not even the admin can see the hidden field in the layout. How to make it visible?', 3, TS],
  ['Report', 'Not even the owner gets the weekly report email. How do I configure the schedule?', 3, TS],
]

describe('phrasings, round 78: "not even the admin" is nobody', () => {
  it('reads a login that not even the admin gets through as a login failure for everyone', async () => {
    expect(await misread(NOT_EVEN)).to.deep.equal([])
  })
})
