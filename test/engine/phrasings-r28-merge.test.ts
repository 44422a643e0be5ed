// Round 28's merge: a page or screen that "is blank" for everyone is downtime, as a "blank page" is; a mistake
// told in the same sentence (which sets the data rules aside) leaves it so (round 28's small-business branch found
// "She booked twice by mistake, and since then the whole booking page is blank for everyone" read 3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PAGE_IS_BLANK: Phrasing[] = [
  ['Bookings', 'She booked twice by mistake, and since then the whole booking page is blank for everyone.', 1, TS, '24x7'],
  ['Bookings', 'The whole booking page is blank for everyone since 8.', 1, TS, '24x7'],
  ['Reception', 'The reception screen is just blank on every computer this morning.', 1, TS, '24x7'],
  // traps: a question about one export's preview; one field left blank
  ['Preview', 'Why is the print preview page blank when I export one invoice?', 3, TS],
  ['Field', 'How do I make the Notes field optional so it can stay blank?', 3, TS],
]

describe('phrasings, round 28 (merge: a page that is blank)', () => {
  it('reads a page or screen that is blank for everyone as downtime, a question about one preview as a question', async () => {
    expect(await misread(PAGE_IS_BLANK)).to.deep.equal([])
  })
})
