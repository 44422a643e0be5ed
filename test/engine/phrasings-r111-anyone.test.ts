// Round 111: where the people stand between a negation and the task ("Why can't anyone in our company log in since 9?",
// "Why can't I or anyone else in the company log in?") the task stood too far from the "can't" and the ticket read 3. The
// place the people are in ("in our company", "at the office", "from the team") and "else" after "anyone" are fillers
// (`reading.fillers`): they take no room in the rule's window, as "all our 40 users" does. A question that asks
// whether someone in the team may do a thing, and a fix told, stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PLACES: Phrasing[] = [
  ['Login', "Why can't anyone in our company log in since 9?", 1, TS, '24x7'],
  ['Login', "Why can't I or anyone else in the company log in?", 1, TS, '24x7'],
  ['Desk', "Can't anyone in the office get into Desk? We have been locked out all morning.", 1, TS, '24x7'],
  ['Login', 'Nobody in our company can log in since 9.', 1, TS, '24x7'],
  // traps: a permission asked about, a fix told
  ['Settings', 'Is anyone else in the company able to change the SLA settings?', 3, TS, '24x5'],
  ['Access', 'Everyone in our team can log in fine now, thanks.', 3, TS, '24x5'],
  ['Dashboard', 'How can everyone in the company get access to the new dashboard?', 3, TS, '24x5'],
]

describe('phrasings, round 111: the people\'s place between a negation and the task', () => {
  it('reads the task of people named with their place', async () => {
    expect(await misread(PLACES)).to.deep.equal([])
  })
})
