// Round 12 (branch r12-short): the meanings behind the first read's misses of grown-32.yaml (very
// short English tickets typed in a hurry), each in other words and languages than the ticket, with
// traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const PMR = 'Product Management Related'

// Zoho Books is no booking: cancelling a Books subscription is a cancellation (the stem of
// "booking" is "book", which took "Books" for an appointment to call off).
const BOOKS_NOT_BOOKING: Phrasing[] = [
  ['cancel', 'please cancel their Books licences from next month', 1, PR, '24x5'],
  ['Books', 'Customer wants to cancel Zoho Books, they moved to another accounting tool.', 1, PR, '24x5'],
  ['Cancellation', 'Kindly cancel the Books subscription of Patel Traders at the end of the term.', 1, PR, '24x5'],
  ['Kündigung Books', 'Bitte kündigen Sie das Books-Abonnement unseres Kunden zum Monatsende.', 1, PR, '24x5'],
  ['Résiliation', 'Merci de résilier l\'abonnement Books de notre client.', 1, PR, '24x5'],
  // traps: a booking or an appointment to call off is no cancellation of an account
  ['Bookings', 'how do we cancel a booking on behalf of a customer in Zoho Bookings?', 3, TS, '24x5'],
  ['Meeting', 'please cancel the booking for Friday\'s onboarding call', 3, TS, '24x5'],
]

// A subscription the customer already holds places them: a mapping question stays a mapping question.
const HELD_SUBSCRIPTION: Phrasing[] = [
  ['New client', 'The client already has a CRM subscription they bought from Zoho. How do we map them to our partner account?', 3, STORE, '24x5'],
  ['Mapping', 'They have an existing subscription to Zoho One, how can we get them mapped to us?', 3, STORE, '24x5'],
  ['Kundenzuordnung', 'Der Kunde hat bereits ein Abonnement für Books. Wie können wir ihn unserem Partnerkonto zuordnen?', 3, STORE, '24x5'],
  ['Rattachement', 'Le client a déjà un abonnement CRM. Comment le rattacher à notre compte partenaire ?', 3, STORE, '24x5'],
  // traps: the held subscription to cancel or to renew is still the subscription's matter
  ['cancel', 'they already have a Desk subscription, please cancel it', 1, PR, '24x5'],
  ['Renewal', 'please renew the existing subscription of Acme Ltd for one more year', 3, PR, '24x5'],
]

// "It's sorted": the trouble is over (a subject or an earlier sentence's symptom reports nothing).
const SORTED: Phrasing[] = [
  ['login', 'the login issue is sorted, thanks a lot', 3, TS, '24x5'],
  ['Re: Desk down', 'all sorted on our side, you can close it', 3, TS, '24x5'],
  ['sync', 'Sync error from this morning got sorted out after the restart.', 3, TS, '24x5'],
  ['AW: Login', 'Das Problem hat sich erledigt, danke.', 3, TS, '24x5'],
  // traps: not sorted yet; "sorted" as an order, with a symptom after it
  ['login', 'the issue is not sorted, still nobody can log in', 1, TS, '24x7'],
  ['Report', 'the report is sorted by date but the totals are wrong', 2, TS, '24x5'],
]

// "Everything works fine here": a question about someone else's outage reports none.
const WORKS_HERE: Phrasing[] = [
  ['Outage?', 'saw a post about Mail in the US on social media. everything works fine here.', 3, TS, '24x5'],
  ['Downtime?', 'Got a status alert for CRM. All good on our end, just checking.', 3, TS, '24x5'],
  ['Störung?', 'Ein Kunde hat etwas auf LinkedIn gelesen. Bei uns funktioniert alles.', 3, TS, '24x5'],
  ['Panne ?', 'Un client a vu un message sur LinkedIn. Chez nous tout fonctionne.', 3, TS, '24x5'],
  // traps: an outage of our own, said plainly
  ['Outage', 'CRM has been down since 9 for all users', 1, TS, '24x7'],
  ['Outage?', 'is anyone else seeing this? Desk is down for all our agents.', 1, TS, '24x7'],
]

// "Won't let us in": no access.
const LET_IN: Phrasing[] = [
  ['Store', 'the Zoho store won\'t let us in since this morning', 1, STORE, '24x5'],
  ['Partner portal', 'partner portal doesn\'t let me in anymore', 1, STORE, '24x5'],
  ['CRM', 'CRM won\'t let me in after the password reset', 1, TS, '24x7'],
  // traps: "let me know", "let us in on"
  ['Question', 'please let me know in which module the custom field lives', 3, TS, '24x5'],
]

// A service named "dead" at its clause's end: an outage.
const DEAD: Phrasing[] = [
  ['Cliq dead', '', 1, TS, '24x7'],
  ['Help', 'Mail is dead. Nothing comes in.', 1, TS, '24x7'],
  ['Zoho', 'our helpdesk is completely dead since lunch', 1, TS, '24x7'],
  // traps: dead leads to archive, a dead link in the docs page
  ['Leads', 'how do I bulk-archive dead leads in CRM?', 3, TS, '24x5'],
  ['Docs', 'the link in the Desk API guide is dead, where is the page now?', 3, TS, '24x5'],
]

// Names mangled or scrambled: data integrity (1, 24x5).
const MANGLED: Phrasing[] = [
  ['names', 'after the import every contact name came out mangled', 1, TS, '24x5'],
  ['CRM', 'Customer names are garbled into symbols since the sync.', 1, TS, '24x5'],
  ['Import', 'Nach dem Import sind alle Kundennamen verstümmelt.', 1, TS, '24x5'],
  ['Import', 'Après l\'import, les noms des clients sont brouillés.', 1, TS, '24x5'],
  // traps: changing names is a how-to
  ['Stages', 'how do I change the names of the pipeline stages?', 3, TS, '24x5'],
]

// A result shown otherwise than entered, even with a few words between (results off, 2).
const OTHER_THAN_ENTERED: Phrasing[] = [
  ['Quote dates', 'Dates on the sales order PDF show a day earlier than what we typed.', 2, TS, '24x5'],
  ['Prices', 'prices on the quote come out different from what we entered', 2, TS, '24x5'],
  ['Termine', 'Die Termine im Kalender stehen einen Tag früher als eingegeben.', 2, TS, '24x5'],
  ['Dates', 'Les dates du devis sont différentes de ce qui a été saisi.', 2, TS, '24x5'],
  // traps: a how-to about how a date is shown
  ['Date format', 'how do I show dates as DD/MM on the quote PDF?', 3, TS, '24x5'],
]

// "Would save us hours": the wish behind a request for a new feature (exempt).
const SAVES_TIME: Phrasing[] = [
  ['Suggestion', 'pls add bulk edit for tasks in Projects, would save us hours every week', 3, PMR],
  ['Desk', 'A bulk merge button for contacts would save us a lot of time.', 3, PMR],
  ['Idee', 'Ein Massenexport der Anhänge würde uns viel Zeit sparen.', 3, PMR],
  ['Idée', 'Un export groupé des pièces jointes nous ferait gagner beaucoup de temps.', 3, PMR],
  // trap: time saved by something that exists is no request
  ['Question', 'which setting makes the blueprint save time on approvals?', 3, TS],
]

// The partner's own postal address in Zoho's records: a partner profile update (Store Related, 2);
// on Zoho's invoice it stays an invoice change.
const PARTNER_ADDRESS: Phrasing[] = [
  ['no rush', 'the portal still lists our old office address, please update it when you can', 2, STORE, '24x5'],
  ['Address', 'We have moved. Please change our registered address in your records.', 2, STORE, '24x5'],
  ['Adresse', 'Bitte aktualisieren Sie unsere Firmenadresse, wir sind umgezogen.', 2, STORE, '24x5'],
  ['Adresse', 'Merci de mettre à jour l\'adresse de notre société, nous avons déménagé.', 2, STORE, '24x5'],
  // traps: the address on Zoho's invoice; an e-mail address
  ['Invoice', 'please change our company address on your invoice INV-2231', 2, 'Invoice changes', '24x5'],
  ['Signature', 'how do I put our company email address in the Desk reply signature?', 3, TS, '24x5'],
]

describe('classifier: round 12 short tickets (r12-short), the meanings behind the first read\'s misses', () => {
  it('reads a Books subscription as a subscription, not a booking', async () => {
    expect(await misread(BOOKS_NOT_BOOKING)).to.deep.equal([])
  })
  it('reads a subscription the customer already holds as context, not a payment', async () => {
    expect(await misread(HELD_SUBSCRIPTION)).to.deep.equal([])
  })
  it('reads "sorted" as over', async () => {
    expect(await misread(SORTED)).to.deep.equal([])
  })
  it('reads "everything works fine here" as no outage of ours', async () => {
    expect(await misread(WORKS_HERE)).to.deep.equal([])
  })
  it('reads "won\'t let us in" as no access', async () => {
    expect(await misread(LET_IN)).to.deep.equal([])
  })
  it('reads a service "dead" at its clause\'s end as an outage', async () => {
    expect(await misread(DEAD)).to.deep.equal([])
  })
  it('reads mangled names as damaged data', async () => {
    expect(await misread(MANGLED)).to.deep.equal([])
  })
  it('reads a result shown otherwise than entered as results off', async () => {
    expect(await misread(OTHER_THAN_ENTERED)).to.deep.equal([])
  })
  it('reads the partner\'s own office address as a partner profile update', async () => {
    expect(await misread(PARTNER_ADDRESS)).to.deep.equal([])
  })
  it('reads "would save us time" as a wish for a feature', async () => {
    expect(await misread(SAVES_TIME)).to.deep.equal([])
  })
})
