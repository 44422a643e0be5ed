// Round 18 (branch r18-me): a forward's subject is the forwarded message's (README). When the
// partner's own words above the forward decide, the forward is not read, and neither is its subject.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const FORWARD = '\n\n---------- Forwarded message ---------\nFrom: Bob <bob@customer.example>\nSubject: CRM completely broken!!!\n\nThe CRM is completely broken, none of us can work.'

const FORWARD_SUBJECT: Phrasing[] = [
  ['Fwd: CRM completely broken!!!', 'Hi team, how do we add a second currency to the quote template? Thanks, Anna' + FORWARD, 3, TS],
  ['WG: CRM komplett kaputt!!!', 'Hallo, wie fügen wir eine zweite Währung zur Angebotsvorlage hinzu? Danke, Anna' + FORWARD, 3, TS],
  // traps: a forward the partner adds nothing to is read, subject and all; a Fwd subject with no forward below
  ['Fwd: CRM completely broken!!!', 'FYI, see below.' + FORWARD, 1, TS],
  ['Fwd: CRM down since 9', 'Nobody in the office can open CRM since 9.', 1, TS, '24x7'],
]

describe('phrasings of round 18, branch r18-me', () => {
  it('reads a forward\'s subject as the forwarded message\'s: not read when the partner\'s own words decide', async () => {
    expect(await misread(FORWARD_SUBJECT)).to.deep.equal([])
  })
})
