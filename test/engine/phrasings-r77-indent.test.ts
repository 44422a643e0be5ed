// Round 77: an indented block is no quote. Gmail's "Indent more" wraps the partner's own lines in
// `<blockquote style="margin:0 0 0 40px;border:none;padding:0px">`; "Our customer reports:" over such a block
// saying "Nobody can log in to Zoho Desk since 9am" had read 3, every blockquote being left out as a quoted earlier
// message. A blockquote styled "border:none", with no border on a side, no "cite" type and no gmail_quote class,
// is an indent: its lines are read. Quotes keep their marks (Gmail's class and left border, Apple Mail's and
// Thunderbird's type="cite", Outlook's "border:none;border-left:solid …") and stay unread (README: a reply's quote
// is never read).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const ASK = 'Support request'
const INDENT = '<blockquote style="margin:0 0 0 40px;border:none;padding:0px">'

const INDENTED: Phrasing[] = [
  [ASK, `<div dir="ltr">Hi,<div><br></div><div>Our customer reports:</div>${INDENT}<div>Nobody can log in to Zoho Desk since 9am, every user gets an error.</div></blockquote><div>Please help asap.</div></div>`, 1, TS, '24x7'],
  [ASK, '<div dir="ltr">Hi,<div><br></div><blockquote style="margin:0px 0px 0px 40px;border:none;padding:0px"><div>CRM is down for all users since 8:00.</div></blockquote><div><br></div><div>Thanks</div></div>', 1, TS, '24x7'],
  ['Anfrage', `<div>Hallo,</div>${INDENT}<div>seit 8 Uhr kann sich niemand mehr im CRM anmelden.</div></blockquote><div>Viele Grüße</div>`, 1, TS, '24x7'],
  // traps: quotes as mail clients write them stay unread, an indent inside a quote with them
  ['Re: Question', '<div class="WordSection1"><p class="MsoNormal">Thanks, all fine now. How do I export the audit log?</p><blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm"><p class="MsoNormal">CRM is down for all our users, nobody can log in!</p></blockquote></div>', 3, TS],
  ['Re: Question', '<div dir="ltr">Thanks, all fine now. How do I export the audit log?</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 9 Mar 2026 at 10:14, Anna &lt;anna@x.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">CRM is down, nobody can log in since 10:00.</div></blockquote></div>', 3, TS],
  ['Re: Question', '<div>Thanks, all fine now. How do I export the audit log?</div><blockquote type="cite"><div>On 3 Mar 2026, at 09:02, Nadia wrote:</div><div>CRM is down for all users.</div></blockquote>', 3, TS],
  ['Re: Question', `<div>Thanks, all fine now. How do I export the audit log?</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div>Hi</div>${INDENT}CRM is down for all users.</blockquote></blockquote>`, 3, TS],
  ['Re: Question', `${INDENT}<div>How do I export the audit log?</div></blockquote><blockquote type="cite">CRM is down for all users.</blockquote>`, 3, TS],
]

describe('phrasings, round 77: an indented block is no quote', () => {
  it('reads the lines of a blockquote that only indents, and still leaves quotes out', async () => {
    expect(await misread(INDENTED)).to.deep.equal([])
  })
})
