// Round 77: a mail system's disclaimer or banner is no partner's words. "How do I add a custom field to deals?" over
// a disclaimer ("… we do not accept liability for any loss or damage caused by viruses, data corruption or
// interruption of service") read 1 on the 24x7 clock by "interruption", and an Outlook banner on top ("CAUTION: This
// email originated from outside of the organization. Do not click links or open attachments …") read 1 by "not …
// open attachments": nothing cut a disclaimer but a closing and a name above it. Now the sentence holding a phrase of
// `reading.disclaimers` and the rest of its line, with the lines wrapped on from it, are left out wherever they stand;
// the partner's words above and below them are read, and phrases a partner says too ("confidential", "users from
// outside the organization") cut nothing.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'
const DISCLAIMER = 'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. We do not accept liability for any loss or damage caused by viruses, data corruption or interruption of service.'
const BANNER = 'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.'

const DISCLAIMERS: Phrasing[] = [
  // traps: what a disclaimer or a banner says is not read
  ['Question', `How do I add a custom field to deals?\n\n${DISCLAIMER}`, 3, TS],
  ['Question', `How do I add a custom field to deals?\n\nSent from my iPhone\n${DISCLAIMER}`, 3, TS],
  ['Question', `How do I add a custom field to deals?\n\n--\n${DISCLAIMER}`, 3, TS],
  ['Question', `${BANNER}\n\nHow do I add a custom field to deals?`, 3, TS],
  ['Question', '<div>How do I add a custom field to deals?</div><div><br></div><div>Cheers</div><div style="font-size:8pt">This message is confidential. We accept no liability for data loss, outages or service interruption caused by this e-mail.</div>', 3, TS],
  ['Frage', 'Wie füge ich ein Feld hinzu?\n\nViele Grüße\nMax\nDiese E-Mail enthält vertrauliche Informationen. Wir übernehmen keine Haftung für Ausfälle oder Datenverlust.', 3, TS],
  ['Question', 'Comment ajouter un champ ?\n\nCordialement\nJean\nCe message est strictement confidentiel. Nous déclinons toute responsabilité en cas de perte de données ou de panne.', 3, TS],
  // the partner's words around them are read
  [ASK, 'CAUTION: This email originated from outside of the organization. Do not click\nlinks or open attachments unless you recognize the sender and know the content\nis safe.\n\nHi team,\nnobody can log in to Zoho CRM since this morning.', 1, TS, '24x7'],
  [ASK, `<div style="background:#fc0">${BANNER}</div><div>Hi,</div><div>Since 9:00 none of our agents can log in to Zoho Desk.</div>`, 1, TS, '24x7'],
  [ASK, 'Hi, CRM is down for all our users since 8am. This e-mail is confidential and intended solely for the addressee.', 1, TS, '24x7'],
  [ASK, 'How do I add a field?\n\nRegards\nJane\nThis e-mail is confidential and intended only for the addressee.\nP.S. since 10 minutes nobody can log in at all', 1, TS, '24x7'],
  [ASK, 'Hi,\nusers from outside the organization cannot log in to the help center since 9am, all of them get an error.', 1, TS, '24x7'],
  [ASK, 'Hi,\nour customer data is confidential and now nobody can log in to CRM since 9am.', 1, TS, '24x7'],
]

describe('phrasings, round 77: disclaimers and banners', () => {
  it("leaves a mail system's disclaimer or banner out and reads the partner's words around it", async () => {
    expect(await misread(DISCLAIMERS)).to.deep.equal([])
  })
})
