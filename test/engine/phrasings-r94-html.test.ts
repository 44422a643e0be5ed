// Round 94 (branch r94-html): HTML e-mails as Desk stores them (grown-155.yaml), read for their structure. Outlook writes
// a `<p class="MsoNormal">` a line (Word's style sheet gives it no margin): a sentence typed over two of them had become
// two sentences ("not a single one of our agents is able" / "to log in to Zoho Desk" read 3), and a question's
// last words a statement of their own ("Is there a way to stop agents from being" / "logged out after 15 minutes?"
// read a lockout, 24x7); real mail writes a line break between the tags, which left an empty line too. A partner who
// answers inside the quoted message ("answers inline below in blue") had only the announcement read (3). A web form's
// table row "What happened | zoho desk shows a blank page …" was read as one sentence whose value asked "what
// happened" (a question, 3): a cell closed before the next is a label and its value, read as "label: value".
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const p = (line: string) => `<p class="MsoNormal">${line}<o:p></o:p></p>`
const blank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'

const OUTLOOK_LINES: Phrasing[] = [
  ['Helpdesk', p('Hello,') + blank + p('Since 9 this morning not a single one of our agents is able') + p('to log in to Zoho Desk.'), 1, TS, '24x7'],
  ['Sync', [p('Hi,'), p('the nightly sync has deleted the'), p('notes of about 800 contacts.'), p('Regards, Joe')].join('\r\n'), 1, TS, '24x5'],
  ['Desk', '<div>since 8 none of our agents are able</div>\n<div>to get into Desk at all</div>', 1, TS, '24x7'],
  ['People', '<div dir="ltr">Hi,<br>\r\n<br>\r\nNot one person at the clinic is able<br>\r\nto sign in to Zoho People since 7.<br>\r\n</div>', 1, TS, '24x7'],
  // traps: a question typed over two lines stays a question; a blank line still ends the words before a signature
  // that names an outage line
  ['Session', p('Hi,') + p('Is there a way to stop agents from being') + p('logged out after 15 minutes?'), 3, TS, '24x5'],
  ['Holidays', [p('Hello,'), blank, p('How do we add the bank holidays to the business hours in Desk?'), blank, p('Kind regards,'), p('Amy Lee'), p('IT Manager | System down? Call our 24/7 outage line')].join('\r\n'), 3, TS, '24x5'],
]

const header = (subject: string) =>
  '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Zoho Partner Support &lt;partner-support@zohocorp.com&gt;<br><b>Sent:</b> Tuesday, March 10, 2026 9:12 AM<br><b>To:</b> Mike Dunn<br>' +
  `<b>Subject:</b> ${subject}<o:p></o:p></p></div>`

const INLINE_ANSWERS: Phrasing[] = [
  [
    'RE: [##51002##] A few questions',
    p('Hi, please find my answers inline below.') + p('Mike') + blank + header('[##51002##] A few questions') +
      p('Which users are affected? <span style="color:red">Every user, the whole company. Nobody can open Zoho CRM since 8, it shows a blank page.</span>') +
      p('Regards, Zoho Partner Support'),
    1, TS, '24x7',
  ],
  [
    'RE: your ticket',
    'Hi Sara, my answers are inline.\n\nFrom: Sara <partner-support@zohocorp.com>\nSent: Tuesday, 10 March 2026 09:12\nTo: Tom\nSubject: your ticket\n\nAre all users affected? Yes, all of them - none of us can sign in to Zoho People since 8am.\nDid you change anything? No.',
    1, TS, '24x7',
  ],
  // traps: without the announcement the quoted message stays unread; answers that tell one user's trouble are 2
  ['RE: CRM down', 'Thanks, everything works again since 11.\n\nFrom: Sara <partner-support@zohocorp.com>\nSent: Tuesday, 10 March 2026 09:12\nTo: Tom\nSubject: CRM down\n\nIs CRM still down for all of your users?', 3, TS, '24x5'],
  [
    'RE: sign-in',
    'Answers inline below.\n\nFrom: Sara <partner-support@zohocorp.com>\nSent: Tuesday, 10 March 2026 09:12\nTo: Tom\nSubject: sign-in\n\nWhich browser does the user have? Safari. In Chrome she signs in fine.\nHow many users? Only Maria, the others are fine.',
    2, TS, '24x5',
  ],
]

const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`

const FORM_TABLES: Phrasing[] = [
  ['Web form', `<table>${row('What happened', 'zoho desk shows a blank page to every agent since 9')}</table>`, 1, TS, '24x7'],
  ['Incident form', `<table><tr><th>Where can we see it</th><td>help.acme.com answers 502 to every visitor</td></tr></table>`, 1, TS, '24x7'],
  // (a row "From | 09:00" is no e-mail header: the sender stands on a header's own "From:" line)
  ['Incident', `<table>${row('From', '09:00 today')}${row('Date', '10 March')}${row('What happened', 'none of our agents can log in to desk')}</table>`, 1, TS, '24x7'],
  // traps: a question in the value still asks; a row's label and value are still one statement ("Other contacts | look fine")
  ['Migration', `<table>${row('Question', 'what happens to our data if crm is down during the migration?')}</table>`, 3, TS, '24x5'],
  ['Contacts', `<table>${row('Issue', 'some contacts show the wrong owner')}${row('Other contacts', 'look fine')}</table>`, 2, TS, '24x5'],
]

describe('phrasings, round 94: HTML e-mails read for their structure', () => {
  it("reads Outlook's MsoNormal paragraphs as lines, and sibling divs across a line break as one line", async () => {
    expect(await misread(OUTLOOK_LINES)).to.deep.equal([])
  })
  it('reads answers written inside the quoted message when the partner says so', async () => {
    expect(await misread(INLINE_ANSWERS)).to.deep.equal([])
  })
  it("reads a form table's row as its label and its value", async () => {
    expect(await misread(FORM_TABLES)).to.deep.equal([])
  })
})
