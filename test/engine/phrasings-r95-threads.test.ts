// Round 95: mail conversations, where only the partner's newest message counts (DOMAIN.md §4). A reply written under an
// Outlook header block ("From: … Sent: …") or an "-----Original Message-----" marker and the ">" lines it quotes, with
// nothing of the partner's above them, had been cut with the quote (only "On … wrote:" over ">" lines quoted those
// lines alone): it is read. A note over a forward that says only how far the trouble reaches ("FYI, this now affects
// every user") or what it costs ("they can't work", "a show-stopper for them") had decided alone, on 24x5: the
// forwarded message it speaks of is read with it. A note that tells the forwarded trouble over in a sentence of its own
// ("it came back on its own after ten minutes, nothing to do") had been dropped for the forwarded outage: it sets the
// forward aside, as it sets a reply's subject aside. A note that points below ("Please see the email below") over a
// header block forwards the message under it, whatever the subject. A closing of two closings ("Viele Grüße / Best
// regards") had not been cut, and the signature's "24/7 Hotline bei Systemausfall" was read. Gmail's and Outlook's
// quote headers in Dutch, Spanish and Italian ("Op … schreef", "El … escribió", "Il giorno … ha scritto", "Van: /
// Verzonden:", "De: / Enviado:", "Da: / Inviato:") quote, and a gateway's tag before a reply's or a forward's prefix
// ("[EXTERNAL] FW:", "EXTERNAL: RE:") keeps the subject a reply's or a forward's. A reply that tells its subject over
// names no matter of its own by saying who it is over for ("All users can access it again"), and "Looks good now",
// "it's working for us now", "Confirmed resolved" tell it over. A document told working again ("the invoices go out
// again") still tells the product's workings: its invoices are the product's documents, no Invoice changes.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const GMAIL_FORWARD = (note: string, subject: string, body: string) =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: Dana Ruiz <dana@harbor.example>\nDate: Tue, 10 Mar 2026 at 08:02\nSubject: ${subject}\nTo: <support@partner.example>\n\n${body}`
const OUTLOOK_FORWARD = (note: string, subject: string, body: string) =>
  `${note}\n\nFrom: Dana Ruiz <dana@harbor.example>\nSent: Tuesday, March 10, 2026 8:02 AM\nTo: Support <support@partner.example>\nSubject: ${subject}\n\n${body}`
const CALM_OVER = (header: string) => `Thanks, works now. How do I add a BCC to every reply?\n\n${header}\n\nDesk is down for everyone here.`

const REPLY_UNDER_A_HEADER: Phrasing[] = [
  [
    'RE: Dashboard filters',
    'From: Zoho Support <support@zohocorp.com>\nSent: Tuesday, 10 March 2026 09:40\nTo: Omar\nSubject: RE: Dashboard filters\n\n> Hi Omar, does the dashboard load for you now?\n\nNo. Since 9 nobody on the team can open Analytics at all, every dashboard returns a 503 error.\n\nOmar',
    1,
    TS,
    '24x7',
  ],
  ['AW: Login', 'Von: Zoho Support <support@zohocorp.com>\nGesendet: Dienstag, 10. März 2026 09:40\nAn: Jonas\nBetreff: AW: Login\n\n> Could you describe the error?\n\nEvery user gets "Invalid credentials" since 8, nobody can log in to CRM.', 1, TS, '24x7'],
  ['RE: Reports', '-----Original Message-----\n> From: Zoho Support\n> Sent: Tuesday, 10 March 2026 09:40\n> Is the report loading again?\n\nNo, Zoho Analytics is still down for all of our users.', 1, TS, '24x7'],
  // traps: a calm reply under the quote stays calm; a quote with no ">" lines runs to the end
  ['RE: Sync interval', '-----Original Message-----\n> From: Zoho Support\n> Sent: Tuesday, 10 March 2026 09:40\n> Is the sync running again?\n\nYes, it runs again, thanks. How do I change its interval to 15 minutes?', 3, TS, '24x5'],
  ['RE: Export', 'How do I export all tickets to CSV?\n\nFrom: Zoho Support\nSent: Monday, 9 March 2026 10:00\n\nDesk is down for everyone right now, we are working on it.', 3, TS, '24x5'],
]

const NOTES_OVER_A_FORWARD: Phrasing[] = [
  // a note that says how far the forwarded trouble reaches
  ['FW: Sign-in', OUTLOOK_FORWARD('FYI, this now affects every user at the firm.', 'Sign-in', "Since 8:30 Zoho Desk tells everyone 'This account has been locked'. We cannot get in."), 1, TS, '24x7'],
  ['Fwd: Projects', GMAIL_FORWARD('See below - the whole company is affected.', 'Projects', "Zoho Projects shows 'Service Unavailable' on every page since 7am."), 1, TS, '24x7'],
  ['Fwd: Desk', GMAIL_FORWARD("This is urgent, they can't work.", 'Desk', "Since 8:30 Zoho Desk tells everyone 'This account has been locked'. We cannot get in."), 1, TS, '24x7'],
  ['FW: CRM', OUTLOOK_FORWARD('This is a show-stopper for them.', 'CRM', 'Nobody at the office can log in to CRM since 9, it says invalid password.'), 1, TS, '24x7'],
  // a note that tells the forwarded trouble over
  ['Fwd: Desk unreachable', GMAIL_FORWARD('FYI only - it came back on its own after ten minutes, nothing to do.', 'Desk unreachable', 'Our help desk has been unreachable for all agents since 14:05.'), 3, TS, '24x5'],
  ['Fwd: CRM outage', GMAIL_FORWARD('FYI: this was resolved within the hour, no action needed.', 'CRM outage', 'Nobody here can log in to CRM since 9, it says invalid password.'), 3, TS, '24x5'],
  // a note that points below, under a subject of the partner's own
  ['Urgent: Harbor complaint', OUTLOOK_FORWARD('Please see the email below from our client.', 'Zoho', 'None of our staff can sign in to Zoho People since this morning, it says the password is wrong for everyone.'), 1, TS, '24x7'],
  ['Customer issue', OUTLOOK_FORWARD('Forwarding the mail below.', 'Quotes', 'All our quotes in CRM have vanished since this morning.'), 1, TS, '24x5'],
  // traps: a bare note still reads the forward; a thanks for another fix tells nothing over; extent over lost data stays
  // 24x5; a reply under a subject of its own, pointing nowhere, keeps its quote out
  ['Fwd: CRM outage', GMAIL_FORWARD('FYI, see below.', 'CRM outage', 'Nobody here can log in to CRM since 9, it says invalid password.'), 1, TS, '24x7'],
  ['Fwd: CRM', GMAIL_FORWARD('Thanks for fixing the sync yesterday. Now see below from another client.', 'CRM', 'Nobody here can log in to CRM since 9, it says invalid password.'), 1, TS, '24x7'],
  ['Fwd: Tasks', GMAIL_FORWARD('FYI, this affects all of their users.', 'Tasks', 'Half of the tasks in Projects were deleted overnight, and nobody here deleted them.'), 1, TS, '24x5'],
  ['Desk', 'Thanks, all fine now.\n\nFrom: Zoho Support <support@zohocorp.com>\nSent: Monday, 9 March 2026 10:02\n\nWe are sorry Desk is down for all your users.', 3, TS, '24x5'],
  ['Question', 'How do I merge two contacts?\n\nFrom: Dana Ruiz <dana@harbor.example>\nSent: Monday, 9 March 2026 10:02\n\nCRM is down for all of us.', 3, TS, '24x5'],
]

const SIGNATURES_AND_HEADERS: Phrasing[] = [
  ['Workflow rules', 'Hello, how can I make a workflow rule run only when a deal is edited?\n\nViele Grüße / Best regards\nKlaus Meier\nLeiter IT | 24/7 Hotline bei Systemausfall: +49 30 555 0100', 3, TS, '24x5'],
  ['Dashboard chart', 'How do I add a chart to the sales dashboard?\n\nCordialement / Kind regards\nMarie Dubois\nOutage Response Lead | Dubois Conseil', 3, TS, '24x5'],
  ['Re: Desk outage', CALM_OVER('Op ma 9 mrt 2026 om 10:12 schreef Pieter Jansen <pieter@x.nl>:'), 3, TS, '24x5'],
  ['Re: Desk outage', CALM_OVER('El lun, 9 mar 2026 a las 10:12, Lucía Gómez <lucia@x.es> escribió:'), 3, TS, '24x5'],
  ['Re: Desk outage', CALM_OVER('Il giorno lun 9 mar 2026 alle ore 10:12 Marco Rossi <marco@x.it> ha scritto:'), 3, TS, '24x5'],
  ['RE: Desk outage', CALM_OVER('Van: Pieter Jansen <pieter@x.nl>\nVerzonden: maandag 9 maart 2026 10:12\nAan: Zoho Support\nOnderwerp: Desk outage'), 3, TS, '24x5'],
  ['RE: Desk outage', CALM_OVER('Da: Marco Rossi <marco@x.it>\nInviato: lunedì 9 marzo 2026 10:12\nA: Zoho Support\nOggetto: Desk outage'), 3, TS, '24x5'],
  ['RE: Desk outage', CALM_OVER('De: Lucía Gómez <lucia@x.es>\nEnviado: lunes, 9 de marzo de 2026 10:12\nPara: Zoho Support\nAsunto: Desk outage'), 3, TS, '24x5'],
  // traps: the words above a closing of two closings, or above a Dutch header, are read
  ['CRM', 'CRM is down for all users since 9.\n\nKind regards / Viele Grüße\nAnna', 1, TS, '24x7'],
  ['Re: BCC', 'Since 11 Desk is down for all our agents again.\n\nOp ma 9 mrt 2026 om 10:12 schreef Zoho Support <support@zohocorp.com>:\n\nYou can add a BCC under Settings.', 1, TS, '24x7'],
]

// a gateway's tag before a reply's or a forward's prefix ("[EXTERNAL] FW:", "EXTERNAL: RE:") keeps it a reply or a forward
const TAGGED_SUBJECTS: Phrasing[] = [
  ['EXTERNAL: RE: Contact merge', 'How do I merge two contacts?\n\n> CRM is down for all users since 9.', 3, TS, '24x5'],
  ['[EXTERNAL] FW: Sign-in', OUTLOOK_FORWARD('FYI', 'Sign-in', 'Nobody here can log in to CRM since 8am, it says the password is wrong.'), 1, TS, '24x7'],
  ['RV: CRM', OUTLOOK_FORWARD('FYI', 'CRM', 'Nobody here can log in to CRM since 8am, it says the password is wrong.'), 1, TS, '24x7'],
  // trap: a tag before a subject of the partner's own names no reply
  ['[Partner] Renewal quote request', 'Please send us a renewal quote for 20 users.', 3, 'Payments Renewal'],
]

// a reply that tells its subject's trouble over: who it is over for names no matter of its own; plain "over" words
const REPLIES_OVER: Phrasing[] = [
  ['RE: URGENT: nobody can log in', 'All users can access it again, thanks.', 3, TS, '24x5'],
  ['Re: Desk down', 'Looks good now, thanks.', 3, TS, '24x5'],
  ['Re: Helpdesk unreachable', "Yes, it's working for us now.", 3, TS, '24x5'],
  ['Re: Desk down', 'Confirmed resolved on our end.', 3, TS, '24x5'],
  // traps: a trouble told beside the fix, or still there for others, or asked about, stays
  ['RE: URGENT: nobody can log in', 'All users can access it again, but since noon the whole of Desk is down.', 1, TS, '24x7'],
  ['Re: Desk down', 'Looks good now for the admins, but the agents still cannot log in.', 1, TS, '24x7'],
  ['Re: Desk down', 'Is it working for everyone now? Our agents still see the error page.', 1, TS],
]

const TROUBLE_TOLD_OVER: Phrasing[] = [
  ['Re: Invoices not sending', 'All good, the invoices go out again, thank you. How do I attach the PDF to the payment reminders?', 3, TS, '24x5'],
  // trap: a change asked of Zoho's own invoice stays Invoice changes
  ['Re: Invoice address', 'Thanks, the corrected invoice is fine now. Could you also change the VAT number on it?', 2, 'Invoice changes'],
]

describe('phrasings, round 95: mail threads', () => {
  it('reads a reply written under a header block or a marker and the ">" lines it quotes', async () => {
    expect(await misread(REPLY_UNDER_A_HEADER)).to.deep.equal([])
  })
  it('reads a note over a forward with the forward, or sets the forward aside when the note tells it over', async () => {
    expect(await misread(NOTES_OVER_A_FORWARD)).to.deep.equal([])
  })
  it('cuts a closing of two closings and quotes under Dutch, Spanish and Italian headers', async () => {
    expect(await misread(SIGNATURES_AND_HEADERS)).to.deep.equal([])
  })
  it("reads a tagged reply's or forward's subject as one", async () => {
    expect(await misread(TAGGED_SUBJECTS)).to.deep.equal([])
  })
  it('reads a reply that tells its subject over, whoever it is over for', async () => {
    expect(await misread(REPLIES_OVER)).to.deep.equal([])
  })
  it("reads a product's documents in a trouble told over", async () => {
    expect(await misread(TROUBLE_TOLD_OVER)).to.deep.equal([])
  })
})
