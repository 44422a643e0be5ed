// Round 90: the subject tells the trouble and the text does something else. "Desk unreachable for all agents" /
// "Is there a status page we can share?" had read 3: a subject's match alone yields to a how-to or a question
// in the text ("CRM down?" / "How are we informed of outages?"). A firm headline, a subject that asks nothing
// and names everyone or urgency besides its match, is a report: the text's side question neither answers it
// (`severity.firmHeadline`), nor denies it by a hypothesis ("Will anything sent today be lost?"), nor qualifies
// it in a question ("so the team can keep working offline?"). A bare "the issue resolved itself" is the subject's
// trouble told over; "org-wide" is everyone; "down on all ..." is down; "informed of an outage" a topic.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FIRM: Phrasing[] = [
  ['URGENT: Zoho People down for whole company', 'Hi,\n\nIs there a status page we can share with the customer?\n\nThanks,\nSophie', 1, TS, '24x7'],
  ['CRM login failing for everyone since 8', 'Hello,\n\nAlso, how do we export our contacts meanwhile?\n\nRegards,\nNadia', 1, TS, '24x7'],
  ['[P1] SalesIQ chat widget down on all customer websites', 'Hi,\n\nHow do we get the chats that visitors started today?\n\nBen', 1, TS, '24x7'],
  ['Zoho Projects outage - whole team blocked', 'Meanwhile, is there a way to download the task list as Excel so the team can keep working offline?', 1, TS, '24x7'],
  ['Mail not working org-wide', 'We are using Gmail for now, how can we get our mails later? Will anything sent to us today be lost?', 1, TS],
]

const TRAPS: Phrasing[] = [
  // a subject that asks, or names no one and no urgency, still yields to the text's question
  ['CRM down?', 'How are customers informed of an outage?', 3, TS, '24x5'],
  ['What happens if CRM goes down?', 'Hello,\n\nOur customer asks what their options are if Zoho CRM is ever unavailable: is there an SLA, and how are customers informed of an outage?', 3, TS, '24x5'],
  ['Desk outage - resolved', 'Hi, just to let you know the issue resolved itself after 10 minutes and all agents are working normally. No action needed, we only want to know if there will be an incident report.', 3, TS, '24x5'],
  // an urgency the text takes back is no firm headline
  ['URGENT - data loss', 'Not urgent really, sorry for the subject line, our intern wrote it.\n\nQuestion: how long are deleted records kept in the CRM recycle bin before they are gone for good?', 3, TS, '24x5'],
  ['Outage notifications', 'How do we get alerts for all users when there is an outage?', 3, TS, '24x5'],
]

describe('phrasings, round 90: the trouble told in the subject, something else in the text', () => {
  it('reads a firm headline past a side question, a hypothesis or a question that qualifies it', async () => {
    expect(await misread(FIRM)).to.deep.equal([])
  })
  it('keeps a subject that asks, names no one, or is taken back or told over in the text', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
