// Round 150: severity 1 by each of DOMAIN.md §4's named meanings, in partners' words (grown-r150-categories). The batch
// read all but one: a call cancelled with its party AND its topic before "was cancelled" ("Our call with the partner
// manager about the Harrow Group deal on Thursday was cancelled") stood too far from its event for round 139's
// "call ... on ... was cancelled" (six words a gap) and read an account cancellation (1). The event followed by its
// party ("with", "for") and then its topic ("about", "regarding") is now the event's (`event cancelled`). A
// subscription cancelled beside a meeting or call about something, with no party before the topic, stays 1.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const SD = 'Sales Discussions'
const PR = 'Payments Renewal'
const TPL = (text: string): string => `Type of Support request: Sales Discussions\nDescription of the issue/question: ${text}`

const EVENTS: Phrasing[] = [
  ['Meeting cancelled', TPL('Our call with the partner manager about the Harrow Group deal on Thursday was cancelled on your side. Could we reschedule it for next week?'), 2, SD, '24x5'],
  ['Meeting', 'Our meeting with your channel team regarding the Q3 pipeline review has been cancelled. Please send a new invite.', 2, SD, '24x5'],
  ['Demo', TPL('The demo for our client about the new CRM Plus bundle was cancelled by your team. Can we book another slot?'), 2, SD, '24x5'],
  ['Workshop', 'The workshop with your partner team regarding our reseller onboarding got cancelled. When is the next one?', 2, 'Store Related', '24x5'],
  // traps: cancellations beside a meeting or a call about something stay account cancellations
  ['Cancel', 'Please cancel our subscription, we talked about it in our call with the partner manager.', 1, PR, '24x5'],
  ['Cancellation', "After our meeting about the renewal, the customer's subscription was cancelled and we need it closed for good.", 1, PR, '24x5'],
  ['Cancel', 'The customer has decided to cancel their Zoho One subscription after the call about pricing.', 1, PR, '24x5'],
  ['Cancel', 'Our meeting with the customer went well, but they want to cancel their subscription regarding the price increase.', 1, PR, '24x5'],
]

describe('phrasings, round 150: an event cancelled with its party and its topic', () => {
  it('reads the event, and keeps the cancellations beside one', async () => {
    expect(await misread(EVENTS)).to.deep.equal([])
  })
})
