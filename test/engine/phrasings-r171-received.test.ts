// Round 171 (found by probing): a partner saying that NOTHING HAS ARRIVED since a time or for a period ("We have not
// received any emails since Friday", "Haven't had a single order come through since the update", "Zero chats have come
// in since yesterday", "Wir haben seit 8 Uhr kein einziges Ticket bekommen") read 3, while "We are not receiving any
// emails since this morning" and "Nous n'avons reçu aucun e-mail depuis vendredi" read 1: the "not" of "have not
// received" was Zoho's document awaited (`zoho document`), and German had no rule for "kein … erhalten / bekommen" with
// a time. A channel's whole flow stopped is 1 on 24x5, as `none since` and round 112's `we get none` read it (rules
// `nothing received since` and `nothing received since with the verb apart`), with what the channel brings named
// (`channel items`) and a time said with it (`channel items since`, or first, as `lately` names it); "at all" and a
// stop ("we stopped receiving emails", as "emails stopped arriving") stay 24x7. Zoho's own invoice awaited, a reply or
// an update from Zoho's people, good news ("no complaints since the fix"), fewer than usual, one sender, a question and
// some of the receivers (2) stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const IC = 'Invoice changes'

const RECEIVED_NONE: Phrasing[] = [
  ['Inbox', 'We have not received a single customer email since 7 this morning.', 1, TS, '24x5'],
  ['Desk', "Our helpdesk hasn't received any new tickets since Tuesday, customers say they wrote to us.", 1, TS, '24x5'],
  ['Mail', "We haven't had any emails come in since about 3pm yesterday.", 1, TS, '24x5'],
  ['Web shop', 'We have not had one order through the shop since the weekend.', 1, TS, '24x5'],
  ['SalesIQ', "We haven't got a single chat since yesterday although the widget shows online.", 1, TS, '24x5'],
  ['Voice', 'We have not received any calls for 2 days, the numbers seem fine.', 1, TS, '24x5'],
  ['Forms', 'Zero submissions since Friday on our contact form.', 1, TS, '24x5'],
  ['Mail', "Haven't received any emails for 24 hours.", 1, TS, '24x5'],
  ['Mail', 'We did not get any mails since yesterday evening.', 1, TS, '24x5'],
  ['Notifications', 'Nobody has had a single notification since the update.', 1, TS, '24x5'],
  ['Bookings', 'Our clients have not received any booking confirmations since Monday.', 1, TS, '24x5'],
  ['Books', 'Customers have not received any payment reminders since the 1st.', 1, TS, '24x5'],
  ['Invoices', 'Our customers have not received any invoices since Monday.', 1, TS, '24x5'],
  ['Mail', 'No incoming mails for three days now.', 1, TS, '24x5'],
  // the time first, said as `lately` names it
  ['SalesIQ', 'Since this morning we have not had a single chat on SalesIQ.', 1, TS, '24x5'],
  // "at all" is a total stop (round 112), and a stop said with "stopped" runs 24x7 as "emails stopped arriving"
  ['Desk', 'Since Thursday our team has received no emails at all in Desk.', 1, TS, '24x7'],
  ['Mail', 'We stopped receiving customer emails this morning.', 1, TS, '24x7'],
  ['Desk', 'Our support team has stopped receiving tickets.', 1, TS, '24x7'],
]

const ERHALTEN_RECU: Phrasing[] = [
  ['E-Mails', 'Seit gestern Mittag haben wir keine einzige E-Mail erhalten.', 1, TS, '24x5'],
  ['Tickets', 'Wir bekommen seit Montag keine Tickets, obwohl Kunden uns schreiben.', 1, TS, '24x5'],
  ['Anrufe', 'Seit 9 Uhr ist kein einziger Anruf eingegangen.', 1, TS, '24x5'],
  ['Leads', 'Wir haben seit Dienstag keine Leads aus dem Webformular erhalten.', 1, TS, '24x5'],
  ['Bestellungen', 'Seit dem Update haben wir keine Bestellungen mehr bekommen.', 1, TS],
  ['Rechnungen', 'Unsere Kunden haben seit Montag keine Rechnungen mehr bekommen.', 1, TS],
  ['Mails', "Nous n'avons pas reçu d'e-mails depuis hier.", 1, TS, '24x5'],
  ['Appels', "Nous n'avons pas eu un seul appel depuis ce matin.", 1, TS, '24x5'],
  ['Réservations', "On n'a pas eu une seule réservation depuis la mise à jour du site.", 1, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  // Zoho's own invoice awaited: Invoice changes, Operations' default
  ['Invoice', 'We still have not received our invoice for the renewal, can you send it?', 2, IC],
  ['Invoice', 'We have not received any invoices from you since January.', 2, IC],
  ['Rechnung', 'Wir haben die Rechnung für letzten Monat noch nicht erhalten.', 2, IC],
  // a reply or an update from Zoho's people: a person silent
  ['Ticket', 'We have not received any update on ticket 4711 since last Tuesday.', 3, TS],
  ['Ticket', "We haven't received any response from your team since Monday.", 3, TS],
  ['Ticket', 'We have not received any emails from your support team since the call on Monday.', 3, TS],
  ['Ticket', 'Wir haben seit Montag keine Rückmeldung von Ihnen erhalten.', 3, TS],
  ['Ticket', "Nous n'avons eu aucun retour de votre équipe depuis lundi.", 3, TS],
  // good news, fewer than usual, spam that a filter keeps out
  ['Fix', 'We have not received any complaints since the fix, thanks.', 3, TS],
  ['Fix', 'Good news: we have not had a single error since the patch.', 3, TS],
  ['Fix', 'Wir haben seit dem Fix keine Beschwerden mehr erhalten.', 3, TS],
  ['Spam', "We haven't received any spam emails since we set up the filter.", 3, TS],
  ['Shop', "We haven't had as many orders since the summer, how can we promote the shop?", 3],
  // one sender with a how-to, a question, "is that normal?", a question about a form
  ['Mail', 'We have not received any emails from one customer since Monday, how do we check the filter?', 3, TS],
  ['Mail', "We haven't received any emails since Friday, is that normal on the free plan?", 3, TS],
  ['Form', 'Did you receive our signed order form?', 3, TS],
  // some of the receivers: partly (2)
  ['Notifications', 'A few of our agents have not received their assignment emails since Monday.', 2, TS],
  ['Mail', "Some customers haven't received any invoice emails since Monday.", 2],
]

describe('phrasings, round 171: nothing received since a time', () => {
  it('reads a channel that brought nothing since a time as stopped (1)', async () => {
    expect(await misread(RECEIVED_NONE)).to.deep.equal([])
  })
  it('reads the same in German and French', async () => {
    expect(await misread(ERHALTEN_RECU)).to.deep.equal([])
  })
  it('keeps what Zoho sends, good news, fewer than usual and some receivers as they were', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
