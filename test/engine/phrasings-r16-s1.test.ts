// Round 16 (branch r16-s1): the meaning behind a first-read miss of grown-51.yaml (English Support
// first emails around severity 1), in other words and languages than the ticket, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The customer's own buyers cannot buy: the business stops, a show-stopper (1 on 24x5, as errors on
// every payment, README), not an outage of the site.
const BUYERS_CANNOT_BUY: Phrasing[] = [
  ['Web shop', 'Since 8am no one can complete a purchase on the client\'s website.', 1, TS, '24x5'],
  ['Web shop', 'Since the update our shoppers are unable to buy anything.', 1, TS, '24x5'],
  ['Webseite', 'Seit heute früh kann niemand mehr bestellen.', 1, TS, '24x5'],
  ['Webseite', 'Unsere Kunden können seit dem Update nicht mehr bestellen.', 1, TS, '24x5'],
  ['Site web', 'Depuis ce matin, les clients ne peuvent plus commander sur le site.', 1, TS, '24x5'],
  // traps: a limit or a condition of buying, an order's documents, a licence bought from Zoho
  ['Cart', 'Customers cannot order more than 10 items, is there a limit setting?', 3, TS],
  ['Mails', 'No order confirmation email was sent to the customer for order 1234.', 3, TS],
  ['Portal', 'Customers cannot see their order history in the portal.', 3, TS],
  ['Email parser', 'The parser puts the order no. in the wrong field.', 2, TS],
]

describe('phrasings of round 16, branch r16-s1', () => {
  it('reads buyers who cannot buy as a show-stopper, not a limit of buying', async () => {
    expect(await misread(BUYERS_CANNOT_BUY)).to.deep.equal([])
  })
})
