// Round 81: partners' e-mails about their customers' Support tickets (test/fixtures/classify/grown-142.yaml).
// Four shapes had read wrong, and one is left:
// - other products said to open fine ("Other Zoho apps on the same account open fine") were read as other people
//   fine, so a product unreachable for everyone read 2 (one user fails while the rest work); `everyone else fine`
//   now yields to `other things fine` on the same words (a yielding phrase may be as long as its own), and so does
//   `others not` ("Les autres applications Zoho s'ouvrent normalement");
// - "off by" in "switched on and off by the team leads", "turned off by their admin" was a figure off (2);
// - a search that "only returns" part of what is there read as no result at all (3, the documentation a question);
// - one user who forgot a password, "everybody else is fine", read 2 (not all of it works): the person's doing;
// - left: what someone wants, "wants students to log in with Azure AD instead of a separate Zoho login", still reads
//   a result given instead of another (2). Setting "instead" aside wherever a wish stands in the sentence made "We want
//   this fixed today: Books shows the gross amount instead of the net" an Operations invoice matter (at merge).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const EMAILS: Phrasing[] = [
  ['Analytics unreachable', 'Since 7:00 the Analytics site cannot be reached by anyone in their company. Other Zoho apps on the same account open fine.', 1, TS, '24x7'],
  ['Desk unreachable', 'Since 9am Zoho Desk cannot be reached by any of their agents. All other Zoho apps open fine.', 1, TS, '24x7'],
  ['Analytics inaccessible', "Depuis 7h Zoho Analytics est inaccessible pour toute l'entreprise. Les autres applications Zoho s'ouvrent normalement.", 1, TS, '24x7'],
  ['Analytics nicht erreichbar', 'Seit 7 Uhr ist Zoho Analytics nicht erreichbar. Die anderen Zoho-Apps öffnen normal.', 1, TS, '24x7'],
  ['Desk banner', 'Our client wants a banner on the help center that their team leads can switch on and off by themselves. How do we set it up?', 3, TS],
  ['Zia setting', 'The Zia feature was turned off by their admin last week and they want it back. Where is the setting?', 3, TS],
  ['Mail search', 'Search in Zoho Mail only returns messages from the last 30 days, although the older emails are in the folders. According to the help documentation search should cover the whole mailbox.', 2, TS],
  ['Password', 'One user at our customer forgot her password and cannot log in to Zoho Desk. Everybody else is fine. How do we reset her password?', 3, TS],
  // traps: the same words where they report a fault
  ['CRM', 'One user at our client cannot open CRM, everybody else is fine.', 2, TS],
  ['Invoices', 'Books shows the gross amount instead of the net amount on every invoice since the update.', 2, TS],
  ['Report', 'The forecast total is off by 15% against the sum of the deals.', 2, TS],
  ['Analytics', 'The dashboards load for one user only, all the other users are fine.', 2, TS],
  ['Analytics nicht erreichbar', 'Seit 7 Uhr ist Zoho Analytics nicht erreichbar. Die anderen Kollegen können normal arbeiten.', 2, TS, '24x5'],
  ['Invoices', 'The customer wants to send the invoices today but Books shows the gross amount instead of the net amount on each of them.', 2, TS],
  ['Invoices', 'We want this fixed today: Books shows the gross amount instead of the net amount on every invoice.', 2, TS],
  ['Invoices', 'The customer wants to send all of the March invoices to their own clients today but Books shows the gross amount instead of the net amount.', 2, TS],
  ['Search', 'Our customer wants to know why the search shows archived tickets instead of open ones.', 2, TS],
]

describe('phrasings, round 81: partners\' e-mails about their customers', () => {
  it('reads other products fine, switches, partial search results and forgotten passwords', async () => {
    expect(await misread(EMAILS)).to.deep.equal([])
  })
})
