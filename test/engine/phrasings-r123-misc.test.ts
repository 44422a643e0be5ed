// Round 123: four English severity-1 shapes that read 3 (no severity word found), and their German and French twins.
// (1) Mail that reaches its recipients only in their spam folder, every mail or every customer's ("Every email we send from
// Desk lands in our customers' spam folder since yesterday"): the customers get none of it in practice. Labelled 1 on 24x5,
// as mail that reaches nobody (a task done for nobody, not an outage of the service: Desk still sends). Nothing named a
// spam folder as a failure; new concepts `lands in spam`, `all our mail`, `some mail`, rules `every mail lands in spam`,
// `mail in spam for everyone` (1) and `some mail lands in spam`, `mail partly in spam` (2: "a few mails to one domain").
// (2) Internal data shown to the wrong audience ("Our help center shows internal notes to customers!", "private comments are
// visible to the end user"): a data exposure, labelled 1 on 24x5 as the `security incident` rule reads one; that rule needs
// a `security` word ("data leak", "other customers' tickets"), and internal notes shown to customers named none. New
// concepts `internal content`, `shown to customers` (or `showing internal` + `to the public`), rules `internal shown to customers`,
// `internal shown to the public`; a display wished for (`showing wanted`) or asked how stays 3. "Phishing attempts" in the
// partner's own spam folder are no incident (`security` yields to `phishing received`).
// (3) An export or a filing that "fails every time": `every try` knew "every time we …" only, since "every time a ticket
// comes in, …" is a trigger; "every time" closing its sentence or followed by "and" is every try too (1 on 24x5, rule
// `errors on every try`), while "fails every time the file is over 50 MB" stays a condition.
// (4) The business's phone numbers "not in service" or busy for callers: no caller reaches it. Labelled 1 on 24x7, the
// telephony down for its callers, as main already reads "our phone lines are down", "all our lines are dead" and "all our
// phone numbers are out of service" (outage words); round 104's calls that connect and then drop and round 55's softphone
// that connects no call for the agents stay 24x5 (the service up, one of its features failing). New concepts
// `line out of service`, `our lines`, rule `phone lines unreachable` (in `clock.allDay`); a number of several out of
// service with the others working is 2, a message wished for "when a number is out of service" 3.
// On main the severity-1 cases below read 3 (traps as labelled); after, all pass.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SPAM: Phrasing[] = [
  ['Spam', "Every email we send from Desk lands in our customers' spam folder since yesterday.", 1, TS, '24x5'],
  ['Replies in spam', 'All of our ticket replies are landing in spam for every customer since this morning.', 1, TS, '24x5'],
  ['Spam', "Since the DNS change, every mail from our helpdesk goes straight to our clients' spam.", 1, TS, '24x5'],
  ['Gmail', 'All of our outbound emails are being flagged as spam by Gmail since this morning.', 1, TS, '24x5'],
  ['Spam', 'Since Monday all our emails go to spam for every customer.', 1, TS, '24x5'],
  ['Spam', 'Alle unsere E-Mails landen im Spam-Ordner der Kunden.', 1, TS, '24x5'],
  ['Spam', 'Tous nos e-mails arrivent dans les spams de nos clients.', 1, TS, '24x5'],
  ['Spam', 'A few mails to one domain go to spam.', 2, TS, '24x5'],
  // traps
  ['Spam', "How do we set up SPF so our emails don't land in spam?", 3, TS, '24x5'],
  ['Spam', 'Our spam folder is full of phishing attempts, how do we filter them?', 3, TS, '24x5'],
  ['Spam', "What can we do to keep our replies out of customers' spam folders?", 3, TS, '24x5'],
  ['DKIM', "Does Desk mail go to spam if we don't set DKIM?", 3, TS, '24x5'],
  ['Spam', 'We marked all those emails as spam ourselves.', 3, TS, '24x5'],
  ['Spam', 'Wie verhindern wir, dass unsere E-Mails im Spam landen?', 3, TS, '24x5'],
]

const EXPOSED: Phrasing[] = [
  ['Exposed', 'Our help center shows internal notes to customers!', 1, TS, '24x5'],
  ['Private comments', 'Private comments are visible to the end user since the update.', 1, TS, '24x5'],
  ['Help center', 'Internal comments on tickets are now shown to our customers in the help center.', 1, TS, '24x5'],
  ['Portal', "Customers can see other customers' tickets in the portal.", 1, TS, '24x5'],
  ['Notizen', 'Interne Notizen sind für Kunden sichtbar!', 1, TS, '24x5'],
  ['Notes', 'Les notes internes sont visibles par les clients dans le portail.', 1, TS, '24x5'],
  // traps
  ['Private comments', 'How do we make sure internal notes are not visible to customers?', 3, TS, '24x5'],
  ['Portal', 'Can customers see private comments in the portal?', 3, TS, '24x5'],
  ['Notes', 'Is it possible to show some internal notes to customers?', 3, TS, '24x5'],
  ['Notes', 'We want to show internal notes to our customers in the portal, is that possible?', 3, TS, '24x5'],
  ['Comments', 'Private comments should not be visible to the end user, how do we set that?', 3, TS, '24x5'],
  ['Notes', 'Comment rendre les notes internes invisibles pour les clients ?', 3, TS, '24x5'],
]

const EVERY_TIME: Phrasing[] = [
  ['Tax', 'The tax filing export fails every time and the deadline is tomorrow.', 1, TS, '24x5'],
  ['VAT', "The VAT return can't be generated, it errors every time.", 1, TS, '24x5'],
  ['Payroll export', 'The payroll export fails every time we run it.', 1, TS, '24x5'],
  // traps
  ['Export', 'The export fails every time the file is over 50 MB, what is the limit?', 3, TS, '24x5'],
  ['Alerts', 'Every time the sync fails we get an email alert, can we turn that off?', 3, TS, '24x5'],
  ['Report', 'The scheduled report worked every time.', 3, TS, '24x5'],
  ['Export', 'The tax export failed every time we tried yesterday, today it works again.', 3, TS, '24x5'],
  ['Export', 'What happens if the tax export fails?', 3, TS, '24x5'],
]

const PHONES: Phrasing[] = [
  ['Phone', 'Our numbers show as "not in service" to callers.', 1, TS, '24x7'],
  ['Phones', 'Callers get a busy tone on all our lines.', 1, TS, '24x7'],
  ['Calls', 'None of our callers can get through, every call gets a busy signal.', 1, TS, '24x7'],
  ['Hotline', 'Callers to our hotline get "this number is not in service" since 8am.', 1, TS, '24x7'],
  ['Support line', 'When callers call our support line they hear "the number you have dialled is not in service".', 1, TS, '24x7'],
  ['Telefon', 'Unsere Nummern sind für Anrufer nicht erreichbar, es kommt "kein Anschluss unter dieser Nummer".', 1, TS, '24x7'],
  ['Phone', 'One of our numbers shows as not in service, the others work.', 2, TS, '24x5'],
  // traps
  ['Busy', 'Callers hear a busy tone when all agents are on a call, can we play music instead?', 3, TS, '24x5'],
  ['Old number', 'Our old number is no longer in service, please remove it from the widget.', 3, TS, '24x5'],
  ['Phone', 'How do we port our numbers to Zoho Voice?', 3, TS, '24x5'],
  ['Phone', 'Can we play a message when a number is out of service?', 3, TS, '24x5'],
]

describe('phrasings, round 123: spam for everyone, internal data shown, fails every time, numbers out of service', () => {
  it('reads every mail landing in spam as mail that reaches nobody', async () => {
    expect(await misread(SPAM)).to.deep.equal([])
  })
  it('reads internal notes shown to customers as a data exposure', async () => {
    expect(await misread(EXPOSED)).to.deep.equal([])
  })
  it('reads a failure "every time" as an error on every try', async () => {
    expect(await misread(EVERY_TIME)).to.deep.equal([])
  })
  it('reads the business\'s numbers out of service for callers as telephony down', async () => {
    expect(await misread(PHONES)).to.deep.equal([])
  })
})
