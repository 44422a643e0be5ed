// Round 22 (branch r22-s1h): the meanings behind the first-read misses of grown-74.yaml (small-business
// owners and office staff reporting a severity-1 matter in plain words), in other words and languages than
// the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A waiting screen and nothing else ("it just shows the spinning circle"): the product never opens, downtime
// (24x7, README rounds 17-21); a spinner for a moment before it opens is not.
const ONLY_A_SPINNER: Phrasing[] = [
  ['Tills', 'The till app only shows the loading wheel since we opened this morning, on every tablet.', 1, TS, '24x7'],
  ['CRM', 'CRM just shows the loading screen, nothing else, and it has been like that for an hour.', 1, TS, '24x7'],
  ['App', 'The app on the iPad only showing the turning circle since 7, the front desk is stuck.', 1, TS, '24x7'],
  // traps: a spinner for a moment, a how-to, a widget
  ['App', 'It just shows a spinner for a second and then opens normally.', 3, TS],
  ['App', 'The app only shows the loading screen for a few seconds before it opens, is that normal?', 3, TS],
  ['Startup', 'How do I stop the app from only showing the loading screen at startup?', 3, TS],
]

// An error on whatever one clicks or opens is an error on every page (an outage, 24x7, README round 13), also
// when the error's words come in a frame ("a page saying ..."), which takes no room in the rule's window.
const WHATEVER_I_CLICK: Phrasing[] = [
  ['Desk', 'Whatever I click on in Desk I get a message saying "something went wrong".', 1, TS, '24x7'],
  ['Books', 'Whichever page we open in Books we get an error, since 10 this morning.', 1, TS, '24x7'],
  ['CRM', 'Anything we click in the system gives a page saying error 403.', 1, TS, '24x7'],
  ['CRM', 'Egal was ich anklicke, es kommt ein Fehler.', 1, TS, '24x7'],
  ['CRM', "Où que je clique, j'ai une erreur depuis ce matin.", 1, TS, '24x7'],
  ['Error', 'Whatever page I open in Desk I get a page saying error 404.', 1, TS, '24x7'],
  // traps: no failure, a how-to
  ['Audit', 'Whatever I click, how do I see who changed it in the audit log?', 3, TS],
  ['Theme', 'Whichever page I open the logo looks tiny, can we make it bigger?', 3, TS],
]

// Not trusting what one opens is a doubt about the data, no lack of access to it.
const TRUST_IS_NO_ACCESS: Phrasing[] = [
  ['Report', "We can't trust the figures in the report any more, they are off by a few pounds.", 2, TS],
  ['Data', 'The vet says he cannot rely on anything he opens since the import - how do we check the import log?', 3, TS],
  // still access: no trust in the sentence
  ['CRM', "We can't open CRM at all since this morning, none of us.", 1, TS, '24x7'],
]

// Records that landed under the wrong parent, with words between: a data integrity problem (1, 24x5).
const LANDED_UNDER_THE_WRONG_PARENT: Phrasing[] = [
  ['Emails', 'All the emails we sent to clients yesterday have ended up under the wrong contacts.', 1, TS, '24x5'],
  ['Scans', 'Every x-ray file the nurses uploaded on Monday has gone under the wrong patient.', 1, TS, '24x5'],
  ['Notes', 'The notes from this week were all saved against the wrong customers.', 1, TS, '24x5'],
  ['Dateien', 'Alle Dateien von gestern sind beim falschen Kunden gelandet.', 1, TS, '24x5'],
  ['Fichiers', 'Tous les fichiers envoyés hier se retrouvent sous le mauvais client.', 1, TS, '24x5'],
  // traps: one record, the user's mistake or a how-to
  ['Note', 'How do we move a note that ended up under the wrong deal?', 2, TS],
  ['Invoice', 'A colleague saved the invoice under the wrong customer by mistake.', 3, TS],
]

// The partner's own one machine ("it's just my laptop"): what does not open there is that machine's (2),
// a login included (README rounds 20-21); "not just my laptop" is everyone.
const JUST_MY_LAPTOP: Phrasing[] = [
  ['Zoho', "Zoho won't open on my laptop at home, it works on my phone, so it's just my laptop.", 2, TS],
  ['Login', "I can't log in on my laptop, my colleague's PC is fine, it's only my laptop.", 2, TS],
  ['CRM', 'CRM is unreachable from just this computer, the others in the office are OK.', 2, TS],
  ['CRM', 'Ich komme nicht ins CRM, aber nur an meinem Laptop, die anderen geht es.', 2, TS],
  // traps: everyone, said beside the machine
  ['Zoho', 'Zoho is down for everyone, not just my laptop.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in on any of our computers, not only my laptop.', 1, TS, '24x7'],
]

// Repeat or recurring cases named beside a failure: a subset, it works for the rest (2).
const REPEAT_CASES: Phrasing[] = [
  ['Reminders', 'Reminders are not sent for repeat bookings, the one-off ones are fine.', 2, TS],
  ['Invoices', 'The invoice emails are not going out for repeating orders.', 2, TS],
  ['Reminders', "Texts don't work for clients who have a repeat appointment.", 2, TS],
  // trap: all of them
  ['Reminders', 'No reminder has gone out since Monday, not one patient got one.', 1, TS, '24x5'],
]

describe('phrasings of round 22, branch r22-s1h', () => {
  it('reads a waiting screen and nothing else as downtime, not one for a moment', async () => {
    expect(await misread(ONLY_A_SPINNER)).to.deep.equal([])
  })
  it('reads an error on whatever one clicks as an error on every page', async () => {
    expect(await misread(WHATEVER_I_CLICK)).to.deep.equal([])
  })
  it('reads not trusting what one opens as no lack of access', async () => {
    expect(await misread(TRUST_IS_NO_ACCESS)).to.deep.equal([])
  })
  it('reads records that landed under the wrong parent as data integrity', async () => {
    expect(await misread(LANDED_UNDER_THE_WRONG_PARENT)).to.deep.equal([])
  })
  it("reads the partner's own one machine as 2, and 'not just my laptop' as everyone", async () => {
    expect(await misread(JUST_MY_LAPTOP)).to.deep.equal([])
  })
  it('reads repeat cases named beside a failure as a subset', async () => {
    expect(await misread(REPEAT_CASES)).to.deep.equal([])
  })
})
