// Round 17 (branch r17-s1d): the meanings behind the first-read misses of grown-58.yaml (severity 1 standing
// somewhere unusual: only in the subject, in the template's lines, in a forwarded complaint under a one-line
// note, in a reply's newest lines), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A headline ends at its separator: a symptom said before a spaced dash, a bar, a colon, a bracket (and in
// the subject a comma) stands at the end of what it names ("Creator app down - Harbour Freight"), as at a
// sentence's end: an outage, 24x7.
const HEADLINE_SEPARATOR: Phrasing[] = [
  ['Help desk down – Orbit Legal', 'Details as per our call.', 1, TS, '24x7'],
  ['CRM down | Acme Ltd', 'see subject', 1, TS, '24x7'],
  ['Customer portal dead - please call me', 'As discussed on the phone.', 1, TS, '24x7'],
  ['Zoho Books down (all users)', 'Thanks', 1, TS, '24x7'],
  ['Desk down, please help', 'see subject', 1, TS, '24x7'],
  ['Update', 'Status at 7am:\nHelp centre: down - blank page for everyone', 1, TS, '24x7'],
  // traps: a list, a scroll, a figure, a cancellation's "shutting down"
  ['Drop down - question', 'How do we add values to the drop down list?', 3, TS],
  ['Scroll down (mobile app)', 'How do we make the page scroll down automatically?', 3, TS],
  ['Revenue down 20% - report question', 'Which report shows revenue by month?', 3, TS],
  ['Shutting down - Kestrel', 'The customer is closing their business, please cancel their subscription.', 1, 'Payments Renewal', '24x5'],
]

// Nothing "comes across" or "comes over" from one product to the other: a delivery that brings nothing, 1
// on 24x5 (README: records that do not reach another product, none). Meeting a thing ("we haven't come
// across this") is no delivery.
const NOTHING_COMES_ACROSS: Phrasing[] = [
  ['Shopify sync', 'Nothing has come across from Shopify since Monday morning.', 1, TS, '24x5'],
  ['Web forms', 'Not one lead came over from the web forms yesterday.', 1, TS, '24x5'],
  ['Sync', 'Since Friday no tickets are coming across from the old helpdesk.', 1, TS, '24x5'],
  ['Sync', 'Seit Montag ist keine Rechnung aus dem CRM rübergekommen.', 1, TS, '24x5'],
  ['Sync', 'Es kommen seit Montag keine Aufträge mehr rüber.', 1, TS, '24x5'],
  // traps: meeting something, a how-to, only some of them
  ['Error', "We haven't come across this error before, how do we read the log?", 3, TS],
  ['Question', 'Has anyone come across this? How do we set a default owner?', 3, TS],
  ['Frage', 'Wie kommen die Daten aus Shopify ins CRM rüber?', 3, TS],
  ['Sync', "About one in ten invoices doesn't come across from CRM, the rest are fine.", 2, TS],
]

// A team that cannot bill, invoice or ship anyone at all cannot do its job: people who cannot work, a
// show-stopper, 1 on 24x5 (README: "can't take calls", "can't serve customers").
const TEAM_CANNOT_BILL: Phrasing[] = [
  ['Books', "Since this morning the finance team can't invoice any customers.", 1, TS, '24x5'],
  ['Inventory', "The warehouse can't ship a single order since the update.", 1, TS, '24x5'],
  ['Books', 'Our accounts team is unable to bill a single customer after the tax change.', 1, TS, '24x5'],
  // traps: how-to questions about billing
  ['Books', 'How can we bill a customer twice a month?', 3],
  ['Books', 'Is there a way to invoice any customers who have not paid?', 3],
]

// A note over a forward that names one concept of a rule and no more ("see below from our customer":
// "customer" is a record a rule may find lost) decides nothing: the forwarded message is read (README).
const FORWARD_UNDER_A_NOTE = (note: string, body: string, subject = 'Fwd: our system') =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: Gary Price <gary@price.example>\nDate: Mon, 7 Dec 2026 at 09:12\nSubject: ${subject.replace(/^Fwd: /, '')}\n\n${body}`
const FORWARDED: Phrasing[] = [
  ['Fwd: our CRM', FORWARD_UNDER_A_NOTE('FYI - see below from our customer, please help.', 'Nobody here can log in to CRM since 8am, it says invalid password for everyone.'), 1, TS, '24x7'],
  ['Fwd: contacts', FORWARD_UNDER_A_NOTE("Please see the customer's mail below.", 'About 2,000 of our contacts have disappeared since the import on Friday.'), 1, TS, '24x5'],
  ['Fwd: Desk', FORWARD_UNDER_A_NOTE("Forwarding the note from our client's accounts team below.", 'Our help centre has been showing an error 503 to everyone since 7am.'), 1, TS, '24x7'],
  ['Fwd: subscription', FORWARD_UNDER_A_NOTE('FYI - see below from our customer, please action.', 'Please cancel our Zoho One subscription at the end of this month.'), 1, 'Payments Renewal', '24x5'],
  [
    'TR: accès',
    "Pour info, voir ci-dessous le message de notre client.\n\n---------- Message transféré ---------\nDe : Luc Martin <luc@martin.example>\nDate : lun. 7 déc. 2026 à 09:12\nObjet : accès\n\nPlus personne ne peut se connecter à Zoho CRM depuis ce matin.",
    1,
    TS,
    '24x7',
  ],
  // traps: the partner's own words decide (a purchase; a result off in what they forward is still read as a result)
  ['Fwd: our CRM', FORWARD_UNDER_A_NOTE("FYI, the customer's contacts are all back now, we only need a quote for 10 more licences.", 'About 2,000 of our contacts have disappeared since the import on Friday.'), 2],
  ['Fwd: invoices', FORWARD_UNDER_A_NOTE('FYI, see below from our customer.', 'The totals on the invoices Books generates are wrong since we added the discount field.'), 2, TS],
]

// A subject that names a setting ("Session timeout") stays a setting's name when the text asks how to keep
// users from being logged out: a how-to, 3 (README r15: a logout after inactivity is the timeout at work),
// not slowness.
const SUBJECT_SETTING: Phrasing[] = [
  ['Session timeout', 'How can we stop agents being logged out after 15 minutes of inactivity?', 3, TS, '24x5'],
  ['Session timeout', 'How do we prevent users from being logged out after 10 minutes of inactivity?', 3, TS, '24x5'],
  ['Idle timeout', 'Is there a setting to avoid the logout after 20 minutes of inactivity?', 3, TS, '24x5'],
  ['Session timeout in Desk', "We'd like to avoid agents getting signed out after a period of inactivity. Where is that set?", 3, TS, '24x5'],
  ['Session timeout', 'Wie verhindern wir, dass Benutzer nach 10 Minuten Inaktivität abgemeldet werden?', 3, TS],
  // traps: a session that ends at once, timeouts for everyone
  ['Session timeout', 'Since this morning every agent is logged out a few seconds after signing in, all day long.', 1, TS, '24x7'],
  ['Timeouts', 'The CRM API calls time out for everyone since the update, nothing gets through.', 1, TS],
]

// A stage's name after "move past" / "get past" / "stuck in" is a pipeline stage, no sales discussion:
// records that cannot get past it stop the process (README r15), Technical Support.
const PAST_A_STAGE: Phrasing[] = [
  ['Re: Blueprint', 'Still the same - no deal can move past "Negotiation", the sales team is stuck.', 1, TS, '24x5'],
  ['Blueprint', 'No deal can move past Negotiation since the blueprint change.', 1, TS, '24x5'],
  ['Deals', 'Deals are not moving past the Negotiation stage since the update, for every rep.', 1, TS, '24x5'],
  // traps: real negotiations with a prospect
  ['Pricing', 'We are stuck in negotiations with a 200-user prospect, can you help with a special price?', 2, 'Sales Discussions'],
  ['Deal', 'Negotiation with Ashford is stuck at the pricing stage, could your sales team join a call?', 2, 'Sales Discussions'],
]

describe('phrasings of round 17, branch r17-s1d', () => {
  it('reads a symptom before a headline separator as at the end of its sentence', async () => {
    expect(await misread(HEADLINE_SEPARATOR)).to.deep.equal([])
  })
  it('reads nothing coming across from a product as a delivery that brings nothing', async () => {
    expect(await misread(NOTHING_COMES_ACROSS)).to.deep.equal([])
  })
  it('reads a team that cannot bill or ship anyone as people who cannot work', async () => {
    expect(await misread(TEAM_CANNOT_BILL)).to.deep.equal([])
  })
  it('reads a forward under a note that names one concept of a rule', async () => {
    expect(await misread(FORWARDED)).to.deep.equal([])
  })
  it('keeps a setting named in the subject a setting when the text asks a how-to', async () => {
    expect(await misread(SUBJECT_SETTING)).to.deep.equal([])
  })
  it('reads a stage name after "move past" as a pipeline stage', async () => {
    expect(await misread(PAST_A_STAGE)).to.deep.equal([])
  })
})
