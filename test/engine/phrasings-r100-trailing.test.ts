// Round 100: a filler word between the last word of a phrase that ends its sentence (`$`) and the sentence's end. "Desk has
// stopped now." had read 3 (round 97 left it: fillers stood only between a phrase's words): the filler ("now", "suddenly",
// "literally") no longer keeps "has stopped $" from closing the sentence (down, 24x7). A word after it that is no filler
// still does; what is no product ("the duplicate notifications have stopped now") stays good news.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TRAILING: Phrasing[] = [
  ['Help', 'Zoho Desk has stopped now.', 1, TS, '24x7'],
  ['CRM', 'Our CRM has stopped suddenly.', 1, TS, '24x7'],
  // traps: good news that stopped, a thanks
  ['Duplicates', 'The duplicate notifications have stopped now, thanks for the quick fix.', 3, TS, '24x5'],
  ['Working again', 'Thanks, it works now.', 3, TS, '24x5'],
]

describe('phrasings, round 100: fillers before a sentence end', () => {
  it('reads a phrase that ends its sentence with a filler after it', async () => {
    expect(await misread(TRAILING)).to.deep.equal([])
  })
})
