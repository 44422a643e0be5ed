// Round 153: longer e-mails that tell more than one thing (grown-r153-multi.yaml, a blind batch of 40). Five families
// the batch found misread, each with traps that must stay:
// - another vendor's own trouble told as background ("yesterday Salesforce had a major outage there: nobody could log in
//   for about four hours and sales came to a halt"): concept `other vendor trouble`, which the outage rules yield to near
//   it and the sign-in and show-stopper rules in its sentence; Zoho's own outage told beside it still counts;
// - records told gone by a pronoun that looks back at them ("we imported about 2,300 contacts …, and this morning all of
//   them have disappeared"): rule `all of them gone` (1, 24x5); the users' own deletion and a question stay as they were;
// - data a day or days behind ("the dashboards show figures that are a day behind"): `data behind` and `worse` (2), while
//   people a day behind stay people's;
// - deleted records to be recovered in a how-to ("so that deleted emails can be recovered", "restore deleted contacts"):
//   `recycle bin`, a question about the users' deletions; a loss told beside it still counts;
// - the customer's VAT number on a product's document ("how do we show the customer's VAT number on the packing slip?")
//   is the product's (`product invoice`), no change asked of Zoho's invoice.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const VENDOR: Phrasing[] = [
  ['Question about uptime', 'Our customer also uses Salesforce at their US branch, and yesterday Salesforce had a major outage there: nobody could log in for about four hours and sales came to a halt. Is there a public status page for Zoho?', 3, TS, '24x5'],
  ['Migration from Freshdesk', 'One reason for the move is that Freshdesk had a major outage last month and nobody could log in for half a day. How do we migrate the ticket history?', 3, TS, '24x5'],
  ['Status page', 'Zendesk had an outage yesterday. Does Zoho Desk have a status page we can subscribe to?', 3, TS, '24x5'],
  ['Uptime', 'HubSpot was down for the whole day yesterday and the client is nervous. What uptime does Zoho commit to for CRM?', 3, TS, '24x5'],
  ['Uptime SLA', 'ServiceNow went down last week at our client\'s other office. Which uptime does Zoho guarantee?', 3, TS, '24x5'],
  ['CRM down', 'Salesforce had an outage last year, that is why we moved. Since 9 Zoho CRM is down for everyone.', 1, TS, '24x7'],
  ['Desk down', 'HubSpot had an outage yesterday, and today Zoho Desk is down for all our agents.', 1, TS, '24x7'],
  ['Login', 'Unlike Salesforce, which had an outage last year, Zoho was always fine. But since 9 nobody can log in to Zoho CRM.', 1, TS, '24x7'],
  ['Contacts missing', 'We migrated from Salesforce last week and 2,000 contacts are missing in Zoho CRM.', 1, TS, '24x5'],
]

const PRONOUN: Phrasing[] = [
  ['Import', 'Yesterday evening we imported about 2,300 contacts for our customer, and this morning all of them have disappeared from Zoho CRM.', 1, TS, '24x5'],
  ['Invoices', 'We created 40 invoices for the March run and now they have all disappeared from Books.', 1, TS, '24x5'],
  ['Deals', 'The team entered 120 deals last week. This morning every one of them is gone.', 1, TS, '24x5'],
  ['Leads', 'We captured 300 leads at the trade fair on Tuesday, and today all of them were deleted without anyone touching them.', 1, TS, '24x5'],
  ['Test leads', 'An intern loaded 50 test leads by mistake; all of them were deleted by our admin on Friday. Nothing else to report.', 3, TS, '24x5'],
  ['Cleanup', 'What happens to the attachments if all of them are deleted from the record?', 3, TS, '24x5'],
  ['Old contacts', 'We deleted the 200 old contacts ourselves and all of them are gone now, as planned. How do we export the list of deletions?', 3, TS, '24x5'],
]

const BEHIND: Phrasing[] = [
  ['Dashboards stale', 'Since Monday the Zia dashboards show figures that are a day behind.', 2, TS, '24x5'],
  ['Reports behind', 'The sales reports are two days behind, although the deals themselves are up to date.', 2, TS, '24x5'],
  ['Sync behind', 'The Books sync is running a day behind since the update.', 2, TS, '24x5'],
  ['Backlog', 'Our agents are a day behind with the tickets after the holidays, how do we bulk-assign the open ones?', 3, TS, '24x5'],
  ['Slow', 'CRM is painfully slow since this morning and our agents are already two days behind with their calls.', 1, TS, '24x5'],
]

const DELETED: Phrasing[] = [
  ['Retention', 'How do we set up retention so that deleted emails can be recovered for at least a year?', 3, TS, '24x5'],
  ['Restore', 'Is it possible to restore deleted contacts after 60 days?', 3, TS, '24x5'],
  ['Recover', 'Where can we recover deleted tickets in Desk?', 3, TS, '24x5'],
  ['Contacts deleted', 'Last night the sync deleted all 800 contacts of our customer. How do we restore deleted contacts now?', 1, TS, '24x5'],
  ['Records gone', 'About 500 deals have been deleted overnight, nobody on our side deleted them.', 1, TS, '24x5'],
]

const VAT: Phrasing[] = [
  ['Two questions about Books', 'First, how do we show the customer\'s VAT number on the packing slip? Second, for customers in Ireland the VAT is added twice on invoices.', 2, TS, '24x5'],
  ['VAT on packing slip', 'How do we show the customer\'s VAT number on the packing slip in Zoho Books?', 3, TS, '24x5'],
]

describe('phrasings, round 153: longer e-mails that tell more than one thing', () => {
  it("reads another vendor's outage as no Zoho symptom", async () => {
    expect(await misread(VENDOR)).to.deep.equal([])
  })
  it('reads records told gone by a pronoun as lost data', async () => {
    expect(await misread(PRONOUN)).to.deep.equal([])
  })
  it('reads data a day behind as worse', async () => {
    expect(await misread(BEHIND)).to.deep.equal([])
  })
  it('reads deleted records to be recovered in a how-to as a question', async () => {
    expect(await misread(DELETED)).to.deep.equal([])
  })
  it("reads the customer's VAT number on a product document as the product's", async () => {
    expect(await misread(VAT)).to.deep.equal([])
  })
})
