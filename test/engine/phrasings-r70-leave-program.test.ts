// Round 70 (branch r70-leave-program): leaving the partner or reseller programme, however many words name it ("the
// Zoho partner programme"), and German "aus dem Partnerprogramm austreten" end the partnership: an account
// cancellation (DOMAIN.md §4, Operations 1), as "leave the partner program" already was.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PR = 'Payments Renewal'

const LEAVE_PROGRAM: Phrasing[] = [
  ['Partnership', 'After ten years we are leaving the Zoho reseller programme on 31 March.', 1, PR],
  ['Partnerschaft', 'Wir treten zum Quartalsende aus dem Partnerprogramm aus.', 1, PR],
  ['Programme', 'Nous avons décidé de quitter le programme revendeur à la fin du mois.', 1, PR],
]

describe('phrasings, round 70: leaving the partner programme', () => {
  it('reads leaving the partner or reseller programme as a cancellation', async () => {
    expect(await misread(LEAVE_PROGRAM)).to.deep.equal([])
  })
})
