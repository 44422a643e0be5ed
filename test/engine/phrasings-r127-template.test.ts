// Round 127: template tickets telling a product's own symptom (blind batch grown-r127-template.yaml, 31 of 40 right as
// written). The families its misses stood for, read here in the template's lines and in free text:
// - an unavailability message quoted before "instead of" ("shows "Application not available" instead of the home page"):
//   the "not" is the message's, no negation of "instead of" (concept `instead` is no longer negatable), so the product
//   is unavailable (DOMAIN.md §4 "system unavailable", §5 downtime: 24x7);
// - things the partner sends that reach no one, said with a relative clause or a recipient ("Documents we send for
//   signature are not reaching any recipient", "None of the contracts we send are reaching the signers"): a delivery
//   (`records reach`), a task done for nobody (1, 24x5 as round 118's invoices e-mailed to no customer), no login;
// - a feature acting later than its set time ("go out about an hour after the due time"): worse than documented (2);
// - some of the partner's mail landing in junk, said with two providers named ("Some of our emails to Outlook.com and
//   Hotmail recipients land in their junk folder"): partly (2, round 123), the rule's window now 16;
// - a lookup or dropdown that "only lists" the first records: a result leaving records out (2, round 13);
// - an output that does not or no longer includes a name ("transcripts do not include the operator name"): a layout's
//   field missing (2, round 109), no failing feature;
// - a trouble told over in the next sentence by "It is working again" or "… working again since 11:00": over (3), as
//   "Everything is working again." (round 125);
// - a purpose "so that … not counted" in a how-to ("so that weekends are not counted"): a setting wished, no wrong count.
// Choices (DOMAIN.md is silent): "not reaching any recipient" is a delivery (24x5), not downtime; data missing for "one
// in ten" calls was labelled 2 (round 115's "1 in 10 deliveries lost") and is left: the engine reads missing records as
// data integrity (1) whatever their share. An HTML template label without its colon is still the label.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const tpl = (product: string, description: string, repro = 'Yes', steps = 'Cleared the cache') =>
  `Customer email address: it@example.com\nType of Support request: Technical Support\nAble to reproduce the problem?: ${repro}\nZoho product name: ${product}\nDescription of the issue/question: ${description}\nTroubleshooting steps performed: ${steps}`

const FAMILY: Phrasing[] = [
  ['Order portal', tpl('Zoho Creator', 'Our order portal app shows "Application not available" instead of the home page.', 'Yes, for all our users since 7am'), 1, TS, '24x7'],
  ['Help center', 'Our help center shows "Service not available" instead of the article list for every customer.', 1, TS, '24x7'],
  ['Sign requests', tpl('Zoho Sign', 'Documents we send for signature are not reaching any recipient.'), 1, TS, '24x5'],
  ['Contracts', 'None of the contracts we send are reaching the signers since Monday.', 1, TS, '24x5'],
  ['Invoices', 'The invoices we send from Books are not reaching any recipient.', 1, TS, '24x5'],
  ['SLA escalations', tpl('Zoho Desk', 'The SLA escalation emails go out about an hour after the due time.'), 2, TS, '24x5'],
  ['Reminders', 'Our appointment reminders are sent two hours after the scheduled time.', 2, TS, '24x5'],
  ['Junk folder', tpl('Zoho Mail', 'Some of our emails to Outlook.com and Hotmail recipients land in their junk folder.', 'Yes', 'SPF and DKIM are set up and pass'), 2, TS, '24x5'],
  ['Lookup', tpl('Zoho Creator', 'The lookup field on our job form only lists the first 200 customers.'), 2, TS, '24x5'],
  ['Dropdown', 'The dropdown only shows the first 50 products, the rest are not there.', 2, TS, '24x5'],
  ['Chat transcripts', tpl('Zoho SalesIQ', 'Chat transcripts emailed to visitors do not include the operator name, only "Operator".'), 2, TS, '24x5'],
  ['Payslips', 'The payslips no longer include the employee name since the update.', 2, TS, '24x5'],
  ['Mail', 'Mail was not being delivered this morning. It is working again since 11:00.', 3, TS, '24x5'],
  ['Desk', 'Desk was down this morning. It is working again.', 3, TS, '24x5'],
  ['SLA business hours', tpl('Zoho Desk', 'How do we set business hours for an SLA so that weekends are not counted?', 'No', 'None, everything is working fine'), 3, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  // a product down or a login failing beside the new words keeps its reading
  ['Desk', 'Desk was down this morning. It is working again but nobody can log in now.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in to CRM. The page shows an error instead of the dashboard.', 1, TS, '24x7'],
  // a result given instead of another stays a wrong result; a wish with "instead of" stays a how-to
  ['Books', 'The invoice shows gross instead of net.', 2, TS, '24x5'],
  ['Reports', 'How do we run the sales report weekly instead of monthly?', 3, TS, '24x5'],
  // all mail in spam stays everyone's; a how-to about a lookup and a question about a PDF stay 3
  ['Spam', 'Every email we send from Desk lands in our customers\' spam folder.', 1, TS, '24x5'],
  ['Lookup', 'How can we make the lookup field list more than 200 records?', 3, TS, '24x5'],
  ['Ticket category', 'Our client wants to set up Desk so that tickets with the category "Service down" go to a separate team. How do we configure that?', 3, TS, '24x5'],
]

describe('phrasings, round 127: product symptoms in template tickets', () => {
  it('reads the families of the blind batch', async () => {
    expect(await misread(FAMILY)).to.deep.equal([])
  })
  it('keeps the traps', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
