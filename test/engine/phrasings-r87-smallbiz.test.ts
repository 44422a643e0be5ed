// Round 87: small-business owners who say what the trouble does, not what the product does. Three shapes had read
// low: an error on "every single thing we click" (3: only "everything we click" named everywhere), names shown
// against "other people's" phone numbers or "details" that are mixed up (2 or 3: data integrity needed "another
// person's" and a data word), and a till or app screen frozen on every till, device or computer (1 on 24x5 as
// slowness: a screen that stays frozen for everyone is the product not opening, like a spinner for everyone, 24x7).
// Traps: a frozen screen for one user or a moment, a how-to about a frozen screen, details mixed up by
// the writer's own hand ("I mixed up", own mistake: read 1 on main already for "records").
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SMALLBIZ: Phrasing[] = [
  ['The wheels have come off', 'Every single thing we click on says "Something went wrong, please try again later". It\'s the same for everyone in the office.', 1, TS, '24x7'],
  ['Help', 'Every single thing I open in the system gives an error since this morning.', 1, TS, '24x7'],
  ['Till', 'Every single thing we touch on the till comes up with an error.', 1, TS, '24x7'],
  ['students mixed up', 'Names are now showing against other people\'s phone numbers and lessons, so instructors are ringing the wrong pupils.', 1, TS, '24x5'],
  ['Something odd', 'Our students\' details are mixed up since yesterday.', 1, TS, '24x5'],
  ['Tills frozen', 'The till screen is frozen on both our tills and on the iPad, so we can\'t ring anything up at all.', 1, TS, '24x7'],
  ['Help please', 'The screen is frozen on all our computers since 8am, nobody can do anything.', 1, TS, '24x7'],
  // traps
  ['Question', 'How do I stop the screen from being frozen while a report loads?', 3, TS],
  ['Frozen screen', 'The screen is frozen on my laptop only, the others are fine.', 2, TS],
  ['Undo', 'I mixed up the students\' details myself when I imported the spreadsheet, how do I undo it?', 3, TS],
  ['Not urgent', 'Not urgent - how do I add more details to a customer\'s record?', 3, TS],
]

describe('phrasings, round 87: small businesses in their own words', () => {
  it('reads errors on every single thing, other people\'s data and a screen frozen everywhere', async () => {
    expect(await misread(SMALLBIZ)).to.deep.equal([])
  })
})
