// Round 168: tickets the partner FORWARDS with a short note on top. A forward the partner sends as the matter is the
// matter (README round 95); what this round adds: a forward of a forward ("Fwd: FW: …", a colleague's "this one is for
// you" over the customer's mail) reads the innermost message too, not only the colleague's line; another vendor's own
// notice (its sender at microsoft.com, amazon.com, datev.de … `reading.forwards.vendorDomains`) is no request, and
// neither it nor the forward's subject is read; a note that only tells who says what follows ("Customer reports the
// following:", "meldet Folgendes", "nous signale ce qui suit") is a telling verb, no report, and leaves the forward read;
// a column "cut off" in a PDF is a result left out (2); "nobody changed it" asks no change of a document.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const gmail = (from: string, subject: string, body: string) =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: Mon, 7 Apr 2025 at 08:12\nSubject: ${subject}\nTo: Helpdesk <helpdesk@partner-it.example>\n\n${body}`
const outlook = (from: string, subject: string, body: string) =>
  `From: ${from}\nSent: Monday, April 7, 2025 8:12 AM\nTo: Helpdesk <helpdesk@partner-it.example>\nSubject: ${subject}\n\n${body}`
const german = (from: string, subject: string, body: string) =>
  `Von: ${from}\nGesendet: Montag, 7. April 2025 08:12\nAn: Helpdesk <helpdesk@partner-it.example>\nBetreff: ${subject}\n\n${body}`

const NESTED: Phrasing[] = [
  ['Fwd: FW: CRM login', `FYI, see the thread below.\n\n${gmail('Ben <ben@partner-it.example>', 'FW: CRM login', `Passing this on to you.\n\n${outlook('Jo Lane <jo@lanebakery.example>', 'CRM login', 'Since 8 this morning none of our staff can sign in to Zoho CRM, it says invalid credentials for everyone.')}`)}`, 1, TS, '24x7'],
  ['Fwd: Fwd: Desk', `Please help.\n\n${gmail('Ana <ana@partner-it.example>', 'Fwd: Desk', `See below.\n\n${gmail('Omar <omar@dunecars.example>', 'Desk', 'Our Zoho Desk help center shows a blank page to every visitor since 9am.')}`)}`, 1, TS, '24x7'],
  ['WG: WG: Angebote', `Siehe unten.\n\n${german('Kollege <k@partner-it.example>', 'WG: Angebote', `Zur Info.\n\n${german('Kunde <kunde@metallbau.example>', 'Angebote', 'Nach dem Import sind in Zoho Books alle Angebote verschwunden, die Liste ist leer.')}`)}`, 1, TS, '24x5'],
  // traps: a nested forward told over in the partner's note, a nested forward of a how-to, a reply's quote
  ['Fwd: FW: CRM login', `All fine again since yesterday, thanks. How do I add a second administrator?\n\n${gmail('Ben <ben@partner-it.example>', 'FW: CRM login', `For you.\n\n${outlook('Jo Lane <jo@lanebakery.example>', 'CRM login', 'Nobody can log in to Zoho CRM.')}`)}`, 3, TS, '24x5'],
  ['Fwd: FW: Question', `Please advise.\n\n${gmail('Ben <ben@partner-it.example>', 'FW: Question', `For you.\n\n${outlook('Jo Lane <jo@lanebakery.example>', 'Question', 'How do we set up round-robin assignment for our agents in Zoho Desk?')}`)}`, 3, TS, '24x5'],
  ['RE: Desk outage', `Thanks for fixing it. Where do I change the date format in reports?\n\n${outlook('Zoho Partner Support <partner-support@zohocorp.com>', 'RE: Desk outage', `Restored.\n\n${outlook('Me <me@partner-it.example>', 'Desk outage', 'Zoho Desk is down for all agents.')}`)}`, 3, TS, '24x5'],
]

const VENDOR_NOTICES: Phrasing[] = [
  ['FW: Service incident', `Our client got this from Microsoft. Does it affect Zoho Mail for them?\n\n${outlook('Microsoft 365 Message center <o365mc@microsoft.com>', 'Service incident', 'Users may be unable to access their mailbox in Exchange Online. We are investigating the outage.')}`, 3, TS, '24x5'],
  ['Fwd: [Investigating] Dashboard unavailable', `FYI, see below.\n\n${gmail('Cloudflare <noreply@cloudflarestatus.com>', '[Investigating] Dashboard unavailable', 'Cloudflare is investigating an outage: customers may be unable to log in to the dashboard.')}`, 3, TS, '24x5'],
  ['Fwd: Operational issue', `Is Zoho affected by this one?\n\n${gmail('AWS Health <no-reply@health.aws.amazon.com>', 'Operational issue', 'We are investigating increased error rates. Services in us-east-1 are down for some customers.')}`, 3, TS, '24x5'],
  ['WG: Störung', `Zur Info, siehe unten. Muss der Export aus Zoho Books danach neu gestartet werden?\n\n${german('DATEV Service <service@datev.de>', 'Störung', 'Derzeit ist DATEV Unternehmen online nicht erreichbar. Datenübertragungen schlagen fehl.')}`, 3, TS, '24x5'],
  ['TR: Incident', `Pour info, voir ci-dessous.\n\nDe : Google Workspace <workspace-noreply@google.com>\nEnvoyé : lundi 7 avril 2025 08:12\nÀ : admin@client.example\nObjet : Incident\n\nGmail est indisponible pour de nombreux utilisateurs. Nous enquêtons.`, 3, TS, '24x5'],
  // traps: customers' own mailboxes at free-mail and tenant domains are no vendor; the partner's note reporting a Zoho
  // trouble still decides; Zoho's own notice is read
  ['Fwd: CRM down', `Please help.\n\n${gmail('Jo Lane <jolane1980@gmail.com>', 'CRM down', 'Zoho CRM is down for all of us since 9, nobody can log in.')}`, 1, TS, '24x7'],
  ['FW: Desk down', `See below.\n\n${outlook('Sam Ito <sam@itotrading.onmicrosoft.com>', 'Desk down', 'Zoho Desk has been down for all our agents since 8am.')}`, 1, TS, '24x7'],
  ['FW: Service incident', `Because of this, none of our customer's users can sign in to Zoho CRM since 8am.\n\n${outlook('Microsoft 365 Message center <o365mc@microsoft.com>', 'Service incident', 'Users may be unable to sign in with Entra ID.')}`, 1, TS, '24x7'],
  ['Fwd: Zoho CRM incident', `Please help, this is our customer's CRM.\n\n${gmail('Zoho Status <status@zoho.com>', 'Zoho CRM incident', 'Zoho CRM is down in the EU data center. Users cannot log in.')}`, 1, TS, '24x7'],
]

const TELLING_NOTES: Phrasing[] = [
  ['FW: Books', `Customer reports the following:\n\n${outlook('Lia <lia@finchfarm.example>', 'Books', 'Zoho Books is extremely slow since Monday, every page takes two minutes to open and nobody can work.')}`, 1, TS, '24x5'],
  ['Fwd: Login', `Our client reported the below, please help.\n\n${gmail('Lia <lia@finchfarm.example>', 'Login', 'Nobody can log in to Zoho People since this morning.')}`, 1, TS, '24x7'],
  ['WG: CRM', `Der Kunde meldet Folgendes:\n\n${german('Kunde <kunde@baeckerei.example>', 'CRM', 'Seit heute früh kann sich niemand mehr bei Zoho CRM anmelden.')}`, 1, TS, '24x7'],
  ['TR: Desk', `Le client nous signale ce qui suit :\n\nDe : Claire <claire@maison.example>\nEnvoyé : lundi 7 avril 2025 08:12\nÀ : support@partenaire.example\nObjet : Desk\n\nPlus personne ne peut se connecter à Zoho Desk depuis ce matin.`, 1, TS, '24x7'],
  // traps: a report that reports, a telling note whose own words ask a how-to
  ['Report', 'The scheduled report reports the following totals every Monday. How do I add a grand total row?', 3, TS, '24x5'],
  ['FW: Login', `Customer reported the below, but it is all fine again since noon. How do I enforce 2FA for all users?\n\n${outlook('Lia <lia@finchfarm.example>', 'Login', 'Nobody can log in to Zoho People.')}`, 3, TS, '24x5'],
]

const CUT_OFF: Phrasing[] = [
  ['Quote PDF', 'In the quote PDF the last column of the item table is cut off at the right edge; on screen it is fine.', 2, TS, '24x5'],
  ['Printout', 'When we print a sales order, the Amount column gets cut off.', 2, TS, '24x5'],
  ['Report PDF', 'In the exported PDF report the last two columns are cut off.', 2, TS, '24x5'],
  // traps: calls dropped, access cut off, a how-to, another's internet
  ['Calls', 'Since this morning all our calls in Zoho Voice get cut off after five seconds, nobody can talk to customers.', 1, TS, '24x5'],
  ['Access', 'How do we make sure that leavers are cut off from CRM on their last day?', 3, TS, '24x5'],
  ['PDF layout', 'How do I stop long product names from being cut off in the invoice PDF template?', 3, TS, '24x5'],
  ['Internet', 'Our office internet was cut off for an hour by the provider, CRM itself works. Is there an offline mode?', 3, TS, '24x5'],
]

const LEFT_ALONE: Phrasing[] = [
  ['Emails sent twice', 'Since Monday each booking confirmation from our workflow goes out twice. Nobody changed it. Guests ask if they have been charged twice.', 2, TS, '24x5'],
  ['Reminder sent twice', 'Every payment reminder goes out twice since the update; we have not changed it.', 2, TS, '24x5'],
  // traps: a change of Zoho's invoice asked still is one
  ['Invoice', 'The invoice you sent shows 30 users instead of 25. Can you change it please?', 2, 'Invoice changes', '24x5'],
  ['Invoice', 'Our address on your invoice is wrong, please change it to 14 Wharf Street.', 2, 'Invoice changes', '24x5'],
]

describe('phrasings, round 168: forwarded messages', () => {
  it('reads the innermost message of a forward of a forward', async () => {
    expect(await misread(NESTED)).to.deep.equal([])
  })
  it("reads no other vendor's own notice, nor its subject", async () => {
    expect(await misread(VENDOR_NOTICES)).to.deep.equal([])
  })
  it('takes "reports the following" over a forward as telling, no report', async () => {
    expect(await misread(TELLING_NOTES)).to.deep.equal([])
  })
  it('reads a column cut off in a PDF as a result left out', async () => {
    expect(await misread(CUT_OFF)).to.deep.equal([])
  })
  it('reads "nobody changed it" as no change asked', async () => {
    expect(await misread(LEFT_ALONE)).to.deep.equal([])
  })
})
