// Round 92: mobile apps and third-party integrations. A crash on one device model ("only on their Galaxy tablets") had read 1: the
// rest works, 2 (`one user only` + the device, rule `crashes for one user`). "Every PayPal payment fails ...,
// whichever customer pays" had read 3: a payment failing whoever pays is every transaction (1, 24x5). Receipts scanned "without a connection" had
// read as no access (24x7): being offline is the user's place (`no connection`, 24x5 by the data lost). "Syncs some
// invoices and skips others" had read 3: the rest not, partly (2). "Can users log in with Face ID instead of typing
// their password?" had read 2 by `results instead`: a question what people may do (`people may asked`), 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const APPS: Phrasing[] = [
  ['CRM app crashes on one tablet model', 'The CRM app crashes when opening a contact, but only on their Samsung Galaxy Tab A8 tablets. On their phones it works fine.', 2, TS, '24x5'],
  ['PayPal payments', 'For three days every PayPal payment fails at the last step with "Payment could not be completed", whichever customer pays.', 1, TS, '24x5'],
  ['Receipts lost after syncing', 'Employees scanned receipts in the Expense app while travelling without a connection. When the phones synced, the receipts vanished; around 90 are lost.', 1, TS, '24x5'],
  ['QuickBooks sync', 'The QuickBooks integration syncs some of our invoices into Zoho CRM and skips others, without an error.', 2, TS, '24x5'],
  ['Face ID', 'Can users log in to the Zoho CRM iOS app with Face ID instead of typing their password each time?', 3, TS, '24x5'],
  // traps: a crash for everyone stays broken (1, 24x5); one rep's crash stays 2; every card stays every
  // transaction; the app that shows the wrong view instead of another stays 2; a login failure for everyone, 24x7
  ['Books app', 'The Books app crashes whenever anyone opens an invoice, for all users.', 1, TS, '24x5'],
  ['CRM app', 'The CRM app crashes on launch, but only on one of our reps\' phones; everyone else is fine.', 2, TS, '24x5'],
  ['Credit notes', 'Our integration throws an error for every credit note, estimates and payments all sync fine.', 2, TS, '24x5'],
  ['Desk app', 'The Desk app shows the closed tickets instead of the open ones since the update.', 2, TS, '24x5'],
  ['Offline', 'Nobody can log in to the CRM app since 9am, on Wi-Fi or without a connection alike.', 1, TS, '24x7'],
  ['Offline mode', 'How long can our reps work offline in the CRM app without a connection?', 3, TS, '24x5'],
]

describe('phrasings, round 92: mobile apps and integrations', () => {
  it('reads device models, payments failing whoever pays, offline and people-may questions', async () => {
    expect(await misread(APPS)).to.deep.equal([])
  })
})
