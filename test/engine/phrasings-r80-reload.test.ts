// Round 80: a sign-in page that only reloads. "Each time they try to sign in, the login page just reloads. Nobody can
// work." had read 1 on 24x5 (people cannot work) and "Every time we try to log in, the login page just reloads." 3: no
// word said the loop. `sign-in loop` now holds "login page just reloads", "sign-in page keeps reloading", "login screen
// simply refreshes": nobody gets past it, a login failure (24x7). Traps: a page that refreshes on purpose or with new
// content, a how-to.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const RELOADS: Phrasing[] = [
  ['Desk', 'Each time they try to sign in, the login page just reloads. Nobody can work.', 1, TS, '24x7'],
  ['Desk', 'Every time we try to log in, the login page just reloads.', 1, TS, '24x7'],
  ['Desk', 'The login page just reloads when we sign in.', 1, TS, '24x7'],
  ['Desk', 'After entering the password the sign-in page keeps reloading.', 1, TS, '24x7'],
  ['Desk', 'When our agents enter their credentials the login screen simply refreshes.', 1, TS, '24x7'],
  // traps
  ['Desk', 'How do I make the login page refresh automatically every hour?', 3, TS],
  ['Desk', 'The login page refreshes with our new logo since the update.', 3, TS],
  ['Desk', 'How can we change the text the login page shows?', 3, TS],
  ['Desk', 'If I try to log in from a blocked IP, what does it say?', 3, TS],
]

describe('phrasings, round 80: a sign-in page that only reloads', () => {
  it('reads a login page that just reloads as the loop back to sign-in', async () => {
    expect(await misread(RELOADS)).to.deep.equal([])
  })
})
