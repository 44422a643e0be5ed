// Round 109: the public a partner's customer serves, named as the audience that meets the trouble. A blind batch of 40
// (test/fixtures/classify/grown-r109-public.yaml: clinics and patients, schools and parents, gyms and members, hotels and
// guests, charities and donors, councils and citizens, property managers and tenants, attendees, callers) read 35 of 40
// severities right; probing its shapes found more. `everyone`, `nobody`, `for anyone` and `to nobody` named users, agents,
// staff, customers, buyers and visitors but none of that public, so "fails for every parent", "rejects every donor", "fail
// to send to any patient" found no one affected (3); giving to a charity was no purchase ("No donor can make a donation");
// service requests and donations were no records, and "every member's … end date moved" a result (2), no records changed;
// "Will tenants be unable to log in during the migration?" was no question (`hypothetical` knew "will users be"); "is
// missing the postcode field" on a PDF was lost data, no field missing from a layout (2); a donor's card that "expires"
// named a renewal (Payments Renewal). Traps: a how-to for all patients, "no members yet", "no parent account", a renewal
// asked beside an expired card.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PUBLIC: Phrasing[] = [
  ['Enrolment form', 'The enrolment form fails for every parent who submits it.', 1, TS, '24x5'],
  ['Registration', 'Registration fails for all attendees since the update.', 1, TS, '24x5'],
  ['Donation page', 'The payment page rejects every donor since this morning.', 1, TS, '24x5'],
  ['Calls', 'Calls fail for all our callers since 9am.', 1, TS, '24x5'],
  ['Check-in', 'Online check-in fails for every guest.', 1, TS, '24x5'],
  ['Absences', 'The absence report fails for all students.', 1, TS, '24x5'],
  ['Confirmations', 'Booking confirmations fail to send to any patient since the update.', 1, TS, '24x5'],
  ['Donations', 'No donor can make a donation on the website since Friday.', 1, TS, '24x5'],
  ['Requests gone', 'About 4,000 citizen service requests have disappeared from the Creator app after the sync.', 1, TS, '24x5'],
  ['End dates', "After the import every member's membership end date moved back by a year.", 1, TS, '24x5'],
  ['PDF', 'The PDF copy citizens receive is missing the postcode field.', 2, TS, '24x5'],
  // traps: a planned migration asked about, how-tos for the public, groups and accounts with no one in them, a renewal
  // asked beside an expired card
  ['Migration', 'Will tenants be unable to log in during the migration next month?', 3, TS, '24x5'],
  ['Card', 'How can donors update their card themselves when it expires?', 3, TS, '24x5'],
  ['Booking form', 'How can we add a date of birth field to the booking form for all patients?', 3, TS, '24x5'],
  ['Donations', 'How do we let donors make a donation by bank transfer instead of card?', 3, TS, '24x5'],
  ['Groups', 'The group has no members yet, how do we add them?', 3, TS, '24x5'],
  ['Parent account', 'This contact has no parent account, how do we link one?', 3, TS, '24x5'],
  ['Renewal', "Our customer's card expired so the renewal failed, can you renew the subscription manually?", 3, 'Payments Renewal', '24x5'],
]

describe('phrasings, round 109: the public a partner serves', () => {
  it('reads patients, parents, members, guests, donors, citizens, tenants, attendees and callers as the audience', async () => {
    expect(await misread(PUBLIC)).to.deep.equal([])
  })
})
