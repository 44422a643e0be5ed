// Round 77: a reply written under the quote, or between its lines, is the partner's words. "On Mon, … wrote:⏎> Could
// you send us a screenshot?⏎⏎There is nothing to screenshot: CRM is down for all our users" read 3: everything from
// "On … wrote:" on was cut as the earlier message. When the header stands over ">" lines the quote is those lines,
// and what follows them unmarked is read; an HTML blockquote is left as a ">" line, so a Gmail reply under its
// quote reads the same. An unmarked quote (Outlook's header block, "-----Original Message-----") still runs to the
// end, and the quoted lines are never read (README).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const HEADER = 'On Mon, 9 Mar 2026 at 10:14, Zoho Support <support@zoho.com> wrote:'
const GMAIL_QUOTE = (quoted: string) =>
  `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 9 Mar 2026 at 10:14, Zoho Support &lt;support@zoho.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quoted}</blockquote></div>`

const UNDER_QUOTE: Phrasing[] = [
  ['Re: Login', `${HEADER}\n> Could you send us a screenshot of the login page?\n\nThere is nothing to screenshot: CRM is down for all our users since this morning.`, 1, TS, '24x7'],
  ['Re: Login', `${HEADER}\n> Is this affecting all users?\nYes, nobody can log in since 9am.\n> Since when?\nSince 9am today.`, 1, TS, '24x7'],
  ['Re: Login', `${GMAIL_QUOTE('Could you send a screenshot?')}<div>There is nothing to screenshot: CRM is down for all our users since this morning.</div>`, 1, TS, '24x7'],
  ['AW: Anmeldung', 'Am Mo., 9. März 2026 um 10:14 Uhr schrieb Zoho Support <support@zoho.com>:\n> Betrifft es alle Benutzer?\nJa, seit 9 Uhr kann sich niemand mehr anmelden.', 1, TS, '24x7'],
  // traps: the quoted lines are not read, nor an unmarked quote
  ['Re: CRM', 'On Mon, 9 Mar 2026 at 10:14, Jane <jane@acme.com> wrote:\n> CRM is down for all our users!\n\nSorry, false alarm, all fine again. How do I export the audit log?', 3, TS],
  ['Re: CRM', `How do I export the audit log?\n\n${HEADER}\n> Is CRM down for all your users?\n>> CRM is down for all our users!`, 3, TS],
  ['Re: CRM', `<div>How do I export the audit log?</div>${GMAIL_QUOTE('<div>CRM is down for all users, nobody can log in.</div>')}`, 3, TS],
  ['RE: CRM', 'How do I export the audit log?\n\n-----Original Message-----\nFrom: Jane <jane@acme.com>\nSent: Monday, March 9, 2026 10:14 AM\n\n> quoted\nCRM is down for all our users, nobody can log in.', 3, TS],
]

describe('phrasings, round 77: a reply under its quote', () => {
  it('reads the lines under or between ">" lines after "On … wrote:", never the quoted ones', async () => {
    expect(await misread(UNDER_QUOTE)).to.deep.equal([])
  })
})
