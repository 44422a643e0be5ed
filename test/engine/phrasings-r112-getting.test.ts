// Round 112: the partner as a whole receiving no mail, said with "get" ("We are not getting any emails in Desk since last
// night.", "We don't get any emails anymore.", "Our support inbox is not getting any new emails since yesterday.") had read
// 3: "getting" is no `work` word (it says too much else), and round 105's `nobody gets any` needs a "nobody". "we", "our
// inbox / team / helpdesk" with "not getting / don't get" and "any" right before the mail, tickets, messages or
// notifications is the mail intake down (rules `we get none`, 1 on 24x5, as "We are not receiving any emails" reads, and
// `we get none at all` on 24x7 with "at all" or "anymore", as "not receiving any emails anymore" reads). One sender
// named, "is that normal?" asked after it, spam that stopped, a how-to and a reply not received stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const GETTING: Phrasing[] = [
  ['Emails', 'We are not getting any emails in Desk since last night.', 1, TS, '24x5'],
  ['Emails', "We don't get any emails anymore.", 1, TS, '24x7'],
  ['No emails', 'Our support inbox is not getting any new emails since yesterday.', 1, TS, '24x5'],
  ['Urgent', 'we are not getting any emails in our desk since last night customers are complaining that we are not replying can you check whether there is any issue from your end', 1, TS, '24x5'],
  ['Tickets', 'Our helpdesk is not getting any tickets since yesterday.', 1, TS, '24x5'],
  ['Mails', "We haven't got any mails at all since Friday.", 1, TS, '24x7'],
  ['Notifications', 'Our team is not getting any notifications since the update.', 1, TS, '24x5'],
  // as "receiving" reads already
  ['Emails', 'We are not receiving any emails since last night.', 1, TS, '24x5'],
  // traps: one sender, a setting asked about, good news, a how-to, a reply
  ['Emails', 'We are not getting any emails from one customer.', 3, TS, '24x5'],
  ['Question', "we don't get any emails for closed tickets, is that normal?", 3, TS, '24x5'],
  ['Spam', 'We are not getting any spam anymore, thanks.', 3, TS, '24x5'],
  ['How-to', 'How do we get emails for new tickets?', 3, TS, '24x5'],
  ['Setting', 'We are not getting any emails for new tickets, how do we set that up?', 3, TS, '24x5'],
  ['Reply', 'We are not getting any reply from your support team.', 3, TS, '24x5'],
]

describe('phrasings, round 112: the partner getting no mail', () => {
  it('reads "we are not getting any emails" as the mail intake down and keeps the traps', async () => {
    expect(await misread(GETTING)).to.deep.equal([])
  })
})
