// Round 84: tickets an agent or a partner's helpdesk wrote from a phone call or a chat, in note form. They had read
// wrong where the note shortened: "arrive ~20 min late" (no "minutes", so no lateness: 3); "No payments coming in at
// all" beside failing card payments (read as a product that stopped working: 24x7, where every payment refused is a
// show-stopper on 24x5); "Sent KB link, cx wants a guide" (a link sent read as linking a customer: Store Related);
// "one user forgot her password and the reset mail goes to her old address" (the old address read as a wrong result:
// 2); and "Everything working now." after a past outage said in note form, without "is": over, as "everything is
// working now" was.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NOTES: Phrasing[] = [
  ['Notifications late', 'Caller says email notifications for new tickets arrive ~20 min late since Tuesday, otherwise Desk fine.', 2, TS, '24x5'],
  ['Sync late', 'Pt on phone: invoices reach the bank feed 3 hrs late every day.', 2, TS, '24x5'],
  ['Payments failing', 'Pt on chat: every invoice payment through the payment gateway fails since this morning, whatever card. No payments coming in at all.', 1, TS, '24x5'],
  ['How-to: round robin', 'Cx called asking how to set up round-robin assignment in Desk. Sent KB link, cx wants a short written guide too.', 3, TS, '24x5'],
  ['One user forgot password', 'Cx called: one user forgot her password and the reset mail goes to her old address. How does the admin reset it?', 3, TS, '24x5'],
  ['RCA', "Partner on chat asking for the RCA of last Tue's outage (CRM was down ~40 min). Everything working now.", 3, TS, '24x5'],
  // traps: what must stay
  ['Mail', 'Cx called: Zoho Mail down for the whole company, no emails coming in at all since 07:30.', 1, TS, '24x7'],
  ['Link customer', 'Please link the customer Acme Ltd to our partner account.', 3, 'Store Related'],
  ['Wrong address', 'The contact records show the wrong address since the import.', 2, TS, '24x5'],
  ['Still down', 'CRM was down at 9. Everything working now? No, it is still down for everyone.', 1, TS, '24x7'],
]

describe('phrasings, round 84: notes from a call or a chat', () => {
  it('reads note-form lateness, payments, links, a forgotten password and a fix told without its verb', async () => {
    expect(await misread(NOTES)).to.deep.equal([])
  })
})
