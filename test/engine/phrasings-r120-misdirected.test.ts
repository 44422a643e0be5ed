// Round 120: things the product sends, routes or files to the wrong place or to no one, for everyone ("Incoming calls are no
// longer routed to any agent", "All new leads from the website form end up in the trash", "Every new ticket gets assigned to
// a deactivated agent", "All contacts were merged into one single contact", "Replies from agents are sent to the wrong
// customer", "All tickets are showing the status closed though they are open", "Our IVR … hangs up on every caller") read 3
// or 2: no symptom word, or only "wrong" (a result off, 2). README's settled readings: records tied to the wrong parent or to
// none, and data changed en masse, are data integrity (1, 24x5); tickets sent to the wrong recipients en masse are 1 (round
// 109); every call dropped is 1 (24x5); a task done for nobody is 1.
// Judgement call (this round): sending one customer's invoices, replies or notifications to another customer is a
// data-integrity and privacy show-stopper (1, 24x5), even without "all": the product leaks one customer's data to another.
// One item the writer sent so, a question or a share of them named ("not all …, only the ones …") is not.
// What changed (config/policy.yaml): `handed on` (routed, assigned, forwarded …) with an inability and "any" (rule `handed on
// to nobody`); `all of a kind` + `data` + `sent astray`, or `all records` ("all contacts", "all tickets") + `sent astray` (to
// the wrong agent/owner/team, to a deactivated or deleted one, into the trash or recycle bin; rules `all sent astray`, `all
// records sent astray`); records merged into one (`all merged into one`, `merged all into one`);
// a state the text denies for all of a kind (`all shown against the fact`); `to other customers` (sent to the wrong
// customer/recipient/contact, meant for other customers; rule `sent to other customers`); "every caller", "all callers" are
// every call, and "hang up on", "hangs up on", "hung up on" left `setting name`, so "hangs up on every caller" is every call
// dropped ("hang up … calls" stays a setting: "Agents want to hang up calls from the Desk widget" is 3).
// Traps keep main's reading: one ticket, one lead, one call to the wrong agent or owner; how-tos; the partner's own moves.
// Left: German and French routing to no agent ("werden keinem Agenten mehr zugewiesen", "ne sont plus attribués à aucun
// agent") read `stopped working` (24x7) on main and still do, while English reads 24x5.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const MISDIRECTED: Phrasing[] = [
  ['Problem', 'Incoming calls are no longer routed to any agent, callers hear silence.', 1, TS, '24x5'],
  ['Phone routing', 'Since this morning calls are not routed to any of our agents.', 1, TS, '24x5'],
  ['Chats', 'Incoming chats are no longer assigned to any agent since the update.', 1, TS, '24x5'],
  ['Problem', 'All new leads from the website form end up in the trash.', 1, TS, '24x5'],
  ['Web form', 'Every new lead from our web form lands in the recycle bin instead of the leads list.', 1, TS, '24x5'],
  ['Emails', 'All incoming emails end up in the trash folder of Desk instead of becoming tickets.', 1, TS, '24x5'],
  ['Leads', 'All web leads are going to the trash since yesterday.', 1, TS, '24x5'],
  ['Problem', 'Every new ticket gets assigned to a deactivated agent, so nobody sees them.', 1, TS, '24x5'],
  ['Assignment', 'All new tickets are assigned to an inactive user, nobody sees them.', 1, TS, '24x5'],
  ['Round robin', 'Round robin assigns every ticket to a deleted agent since Monday.', 1, TS, '24x5'],
  ['Problem', 'All contacts were merged into one single contact by the dedupe job.', 1, TS, '24x5'],
  ['Dedupe', 'The dedupe job merged all our accounts into a single account.', 1, TS, '24x5'],
  ['Problem', 'Our customers receive invoices meant for other customers.', 1, TS, '24x5'],
  ['Invoices', 'Customers are receiving invoices that belong to other customers.', 1, TS, '24x5'],
  ['Privacy', 'Our clients get emails intended for other clients.', 1, TS, '24x5'],
  ['Problem', 'Replies from agents are sent to the wrong customer.', 1, TS, '24x5'],
  ['Replies', 'Agent replies go to the wrong customers since the update.', 1, TS, '24x5'],
  ['Notifications', 'Ticket notifications are being sent to the wrong customers.', 1, TS, '24x5'],
  ['Quotes', 'Every quote we send goes to the wrong contact.', 1, TS, '24x5'],
  ['Replies', 'Every time we reply, the email goes to the wrong customer.', 1, TS, '24x5'],
  ['Problem', 'All tickets are showing the status closed though they are open.', 1, TS, '24x5'],
  ['Status', 'Every deal shows as Closed Lost although they are still open.', 1, TS, '24x5'],
  ['Status', 'All invoices show as paid though none of them are.', 1, TS, '24x5'],
  ['Problem', 'Our IVR plays the wrong message and hangs up on every caller.', 1, TS, '24x5'],
  ['IVR', 'The IVR hangs up on all callers after the greeting.', 1, TS, '24x5'],
  ['Phone', 'Every caller gets hung up on after the first ring.', 1, TS, '24x5'],
  // German and French
  ['Antworten', 'Die Antworten unserer Agenten gehen an den falschen Kunden.', 1, TS, '24x5'],
  ['Rechnungen', 'Unsere Kunden erhalten Rechnungen, die für andere Kunden bestimmt sind.', 1, TS, '24x5'],
  ['Leads', 'Alle neuen Leads aus dem Webformular landen im Papierkorb.', 1, TS, '24x5'],
  ['Telefonie', 'Alle Anrufe landen bei keinem Agenten, die Anrufer hören nur Stille.', 1, TS, '24x5'],
  ['Réponses', 'Les réponses partent au mauvais client.', 1, TS, '24x5'],
  ['Factures', "Nos clients reçoivent des factures destinées à d'autres clients.", 1, TS, '24x5'],
  ['Leads', 'Tous les nouveaux leads du formulaire finissent dans la corbeille.', 1, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  ['Assignment', 'One ticket was assigned to the wrong agent.', 2, TS, '24x5'],
  ['Lead', 'A lead went to the wrong owner.', 2, TS, '24x5'],
  ['Call', 'One call was routed to the wrong agent yesterday.', 2, TS, '24x5'],
  ['Invoice', 'I accidentally sent an invoice to the wrong customer, can I recall it?', 2],
  ['Replies', 'Not all replies go to the wrong customer, only the ones from the mobile app.', 2, TS, '24x5'],
  ['Notifications', 'Les notifications sont envoyées à la mauvaise personne.', 2, TS, '24x5'],
  ['Routing', 'How do I route calls to a group?', 3, TS, '24x5'],
  ['Assignment', 'How can we assign new tickets to a specific agent?', 3, TS, '24x5'],
  ['Merge', 'How do I merge two contacts into one?', 3, TS, '24x5'],
  ['Merge', 'Can we merge all duplicates into one contact automatically?', 3, TS, '24x5'],
  ['Merge', 'We merged two contacts into one by mistake, how do we undo it?', 3, TS, '24x5'],
  ['Trash', 'How long do leads stay in the trash?', 3, TS, '24x5'],
  ['Leads', 'Is there a way to move all old leads to the trash at once?', 3, TS, '24x5'],
  ['Leads', 'We moved all old leads to the trash ourselves last week, that is fine.', 3, TS, '24x5'],
  ['Cleanup', 'How can we send all test tickets to the trash automatically?', 3, TS, '24x5'],
  ['GDPR', 'What is the correct way to delete a contact and all of its tickets permanently in Desk, so nothing stays in the recycle bin?', 3, TS, '24x5'],
  ['Status', 'How do we show the status closed for tickets that are resolved?', 3, TS, '24x5'],
  ['Status', 'Why does this ticket show closed though it is open?', 3, TS, '24x5'],
  ['Agents', 'We deactivated an agent, how do we reassign all tickets assigned to a deactivated agent?', 3, TS, '24x5'],
  ['Telephony', 'Agents want to hang up calls from the Desk widget, is that possible?', 3, TS, '24x5'],
  ['Telephony', 'Can agents hang up on spam callers from the widget?', 3, TS, '24x5'],
  ['Search in Desk', "When our customer searches for a contact's email address in Desk, the results only list tickets from 2025. Tickets from 2026 with the same email don't show up in the search results, although they are all still there when you open the contact.", 2, TS, '24x5'],
  ['Leads', 'Wie kann ich alle alten Leads in den Papierkorb verschieben?', 3, TS, '24x5'],
  ['Routing', 'Wie kann ich Anrufe an eine Gruppe weiterleiten?', 3, TS, '24x5'],
  ['Fusion', 'Comment fusionner tous les doublons en un seul contact ?', 3, TS, '24x5'],
  ['Routage', 'Comment router les appels vers un groupe ?', 3, TS, '24x5'],
]

describe('phrasings, round 120: sent, routed or filed to the wrong place or to no one', () => {
  it('reads misdirection for all, and to other customers, as severity 1 (24x5)', async () => {
    expect(await misread(MISDIRECTED)).to.deep.equal([])
  })
  it('keeps one misrouted item, how-tos and the partner\'s own moves as they were', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
