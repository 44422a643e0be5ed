// Round 23, my own probing: meanings partners write that read otherwise, in other words than any corpus
// ticket, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Paying or booking online is the shop's purchase: when nobody can, or the customers no longer can, the
// business stops (a show-stopper, 1, on 24x5 as every failed payment is); paying Zoho is no shop's purchase.
const NOBODY_CAN_PAY_OR_BOOK: Phrasing[] = [
  ['Payments', 'None of our customers can pay online since this morning.', 1, TS, '24x5'],
  ['Bookings', 'Our clients can no longer book appointments through the booking page.', 1, TS, '24x5'],
  ['Zahlung', 'Keiner unserer Kunden kann seit heute früh online bezahlen.', 1, TS, '24x5'],
  ['Rendez-vous', 'Nos clients ne peuvent plus prendre rendez-vous sur notre page depuis ce matin.', 1, TS, '24x5'],
  ['Checkout', 'Guests cannot pay by card on the website since the update, every attempt fails.', 1, TS, '24x5'],
  // traps: paying Zoho, a how-to, a card declined once
  ['Renewal', "We can't pay online for the Zoho renewal, what other options are there?", 3, 'Payments Renewal'],
  ['Booking', 'How do customers book an appointment from our website?', 3, TS],
  ['Invoice', 'I cannot make a payment for our invoice, the card is declined.', 2, 'Invoice changes'],
]

describe('phrasings of round 23, my own probing', () => {
  it('reads nobody able to pay or book online as a show-stopper, paying Zoho as none', async () => {
    expect(await misread(NOBODY_CAN_PAY_OR_BOOK)).to.deep.equal([])
  })
})
