// Round 187: a failure said with its scope ("for the whole domain", "for all of our mailboxes", "für die ganze Domain",
// "pour tout le domaine") read 3: the domain and the mailboxes were no `everyone`, mail bouncing as a whole was no
// `whole product not working`, and the German bracket "CRM funktioniert für das ganze Team nicht" was not read as the
// product not working. With everyone it is the mail or the product down for all (24x7, as `mail to us bounced` and
// round 93's "Mail not working org-wide"); one user's or one mailbox's is 2; outgoing mail bouncing keeps round 174's
// 24x5; how-tos, questions, a fix told and a part named stay lower.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SCOPE: Phrasing[] = [
  ['Mail', 'Incoming mail is bouncing for the whole domain.', 1, TS, '24x7'],
  ['Mail', 'Incoming mail bounces for all of our mailboxes.', 1, TS, '24x7'],
  ['Ticket', 'Type of Support request: Technical Support\nAble to reproduce the problem? Yes\nZoho product name: Mail\nDescription of the issue/question: Incoming mail is bouncing for the whole domain with 550 5.1.1.', 1, TS, '24x7'],
  ['Mail', 'Emails bouncing org-wide since 9.', 1, TS, '24x7'],
  ['Mail', 'All mail to our domain is bouncing since 8am.', 1, TS, '24x7'],
  ['Mail', 'Every mailbox in the domain is rejecting incoming mail.', 1, TS, '24x7'],
  ['Mail', 'Mail is not working for all mailboxes.', 1, TS, '24x7'],
  ['Mail', 'E-Mails kommen für die ganze Domain zurück.', 1, TS, '24x7'],
  ['CRM', 'CRM funktioniert für das ganze Team nicht.', 1, TS, '24x7'],
  ['Mail', 'Eingehende E-Mails werden für die ganze Firma abgewiesen.', 1, TS, '24x7'],
  ['Mail', 'Seit heute früh kommen alle Mails an unsere Domain zurück.', 1, TS, '24x7'],
  ['Mail', 'Les mails rebondissent pour tout le domaine.', 1, TS, '24x7'],
  ['Mail', 'Les courriels rebondissent pour toutes nos boîtes mail.', 1, TS, '24x7'],
  ['Mail', 'Les e-mails entrants sont rejetés pour toute la société.', 1, TS, '24x7'],
  // outgoing mail bouncing for everyone: sending fails for every mail (round 174, 24x5)
  ['Mail', 'Outgoing mail bounces for all users.', 1, TS, '24x5'],
  // traps: one user or one mailbox, part of the mail, a part named, how-tos, questions, a fix told
  ['Mail', 'Incoming mail is bouncing for one user.', 2, TS, '24x5'],
  ['Mail', 'Incoming mail bounces for one of our mailboxes, the rest is fine.', 2, TS, '24x5'],
  ['Mail', 'Les mails rebondissent pour un seul utilisateur.', 2, TS, '24x5'],
  ['Mail', 'Some emails are bouncing for all users.', 2, TS, '24x5'],
  ['CRM', 'Das CRM funktioniert für das ganze Team, nur der Export nicht.', 2, TS, '24x5'],
  ['CRM', 'CRM funktioniert für das ganze Team nicht richtig.', 2, TS, '24x5'],
  ['Newsletter', 'Our newsletter address newsletter@acme.com bounces when sending to some recipients.', 2, TS, '24x5'],
  ['Mail', 'How do we set up a catch-all for the whole domain?', 3, TS, '24x5'],
  ['Mail', 'Wie richten wir eine Weiterleitung für die ganze Domain ein?', 3, TS, '24x5'],
  ['Mail', 'Comment configurer une signature pour tout le domaine ?', 3, TS, '24x5'],
  ['Mail', 'Mail was bouncing for the whole domain this morning, we fixed the MX record and it works again.', 3, TS, '24x5'],
  ['Mail', "Do bounces from one address affect the whole domain's reputation?", 3, TS, '24x5'],
  ['Mail', 'Will incoming mail bounce for the whole domain during the MX change?', 3, TS, '24x5'],
  ['Mail', 'Können Bounces die ganze Domain betreffen?', 3, TS, '24x5'],
  ['Mail', 'Est-ce que les rebonds touchent tout le domaine ?', 3, TS, '24x5'],
]

describe('phrasings, round 187: a failure said with its scope', () => {
  it('reads mail bouncing and the product failing for the whole domain, team or company', async () => {
    expect(await misread(SCOPE)).to.deep.equal([])
  })
})
