// Round 9 (branch r9-para): the English dev originals said again in other words, by terse native
// speakers and by formal or non-native writers (test/fixtures/classify/grown-27.yaml). Each family
// the fixes read, in words other than the batch's, in the three languages where the meaning exists;
// TRAPS hold what the fixes must not reach.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'
const TRIAL = 'Trial Extension'
const UP = 'Upgrades'
const SALES = 'Sales Discussions'

// an account to be closed for good, said without "cancel" or "close the account": 1 (Payments Renewal)
const CLOSE_FOR_GOOD: Phrasing[] = [
  ['Acme', 'Acme sold the business, so their Zoho account needs closing before the next billing cycle.', 1, PR],
  ['Acme Ltd', 'The company is being dissolved. Their CRM account can be shut for good.', 1, PR],
  ['Acme GmbH', 'Die Firma wird aufgelöst, das Konto des Kunden soll endgültig geschlossen werden.', 1, PR],
  ['Acme SARL', "Notre client cesse son activité, merci de fermer définitivement son compte Zoho.", 1, PR],
]

// thrown out of the portal, the store or a product: locked out, 1
const THROWN_OUT: Phrasing[] = [
  ['partner store', 'The partner store kicks us out straight after the login page, every single time.', 1, STORE],
  ['Desk', 'Desk keeps booting us out after a few seconds, none of the agents can work.', 1, TS, '24x7'],
  ['partner portal', 'Since Monday every one of us gets an error on the partner portal login.', 1, STORE],
]

// a portal the partner asks about, whether it has a problem, and that does not open: 1 (Operations)
const ASKED_WHETHER: Phrasing[] = [
  ['Partner portal?', 'We wanted to check whether something is wrong with the partner portal. It is not reachable from any of our laptops.', 1, STORE, '24x5'],
  ['Partnerportal', 'Wir wollten fragen, ob es ein Problem mit dem Partnerportal gibt. Keiner von uns kann sich dort anmelden.', 1, STORE],
  ['Help center', 'Our help center shows only an empty page to every customer since last night.', 1, TS, '24x7'],
]

// a renewal said as "another year": 3 (Payments Renewal); a demo that lapsed: Trial Extension
const ANOTHER_YEAR: Phrasing[] = [
  ['Northwind', 'Please keep Northwind on Zoho One for another year, same 30 users.', 3, PR],
  ['Northwind', 'Bitte das Abo von Northwind um ein weiteres Jahr weiterführen.', 3, PR],
  ['Northwind', "Merci de garder l'abonnement de Northwind une année de plus.", 3, PR],
  ['demo', 'Our demo org has lapsed, could we have ten more days for a pilot?', 2, TRIAL],
  ['Demo', 'Unsere Demo-Umgebung ist abgelaufen, bitte um zwei Wochen mehr.', 2, TRIAL],
]

// more seats said as "bump", a deal registered as "logged against us" or "protected": Operations, 2
const SEATS_AND_DEALS: Phrasing[] = [
  ['Acme', 'Can you bump Acme up by 15 seats on their CRM plan?', 2, UP],
  ['Acme', 'Acme needs extra licences for the new branch, 8 of them.', 2, UP],
  ['Opportunity', 'Please protect the opportunity Globex (500 users) for us, we meet them on Thursday.', 2, SALES],
  ['Globex', 'Can Globex be logged against us before the tender closes?', 2, SALES],
  ['Globex', 'Wir bitten um Projektschutz für Globex (500 Lizenzen).', 2, SALES],
]

// a customer tied to the partner: customer mapping, 3
const TIED_TO_US: Phrasing[] = [
  ['Initech', 'Initech is not showing under us in the partner dashboard, please tie them to our partner account.', 3, STORE],
  ['Initech', 'Initech should be attached to our partner account, it is missing from our list.', 3, STORE],
]

// a document missing from the portal: no lack of access to the portal, the document's request (2)
const MISSING_IN_PORTAL: Phrasing[] = [
  ['Invoice copy', 'Please send a copy of the invoice for the March renewal, it is not available in the partner portal.', 2, INV],
  ['Credit note', 'The credit note you promised is not visible in the partner portal yet.', 2, INV],
]

// sign-in words: cannot get back in, cannot enter the account, not a single user gets in: 1, 24x7
const GETTING_IN: Phrasing[] = [
  ['Zoho One', 'After the password reset our admin cannot get back in.', 1, TS, '24x7'],
  ['Desk', 'We are unable to enter our Zoho Desk since the morning.', 1, TS, '24x7'],
  ['People', 'Not a single user of our company is able to open Zoho People today.', 1, TS, '24x7'],
  ['Mail', 'No employee of the Berlin branch can sign in to Zoho Mail.', 1, TS, '24x7'],
]

// slowness said as a load time or as work that no longer gets done: 1 on 24x5
const SLOW_SAID_OTHERWISE: Phrasing[] = [
  ['CRM', 'Since the update each record needs 25 seconds for loading.', 1, TS, '24x5'],
  ['Desk', 'The agents cannot get anything done, the ticket view freezes all the time.', 1, TS, '24x5'],
  ['Desk search', 'Search needs about 8 seconds, whereas the help page promises 2 seconds. It works, just below the specification.', 2, TS],
]

// an idea for the product, said as "would be handy if" or passed on to the product team: exempt
const HANDY_IF: Phrasing[] = [
  ['Idea', 'Would be super handy if agents could pin a ticket to the top of the list.', 3, PMR],
  ['Suggestion', 'Could you pass this on to the product team: a dark mode for the agent console.', 3, PMR],
]

const TRAPS: Phrasing[] = [
  // a status page to subscribe to is no subscription of the customer
  ['Status page subscription', 'How do we sign our customers up to the status page?', 3, TS],
  ['Newsletter', 'Can you add my colleague to the partner newsletter subscription?', 3, TS],
  // bank details to enter are no account to get into
  ['Bank details', 'Where do I enter the bank details for the commission payout?', 3, 'Commission Payment'],
  // a seat booked for a workshop: no upgrade
  ['Workshop', 'Can we book two extra seats on the Deluge workshop?', 3, TS],
  // a portal that is not reachable stays 1 even with a document named in another sentence
  ['Partner portal', 'We need the March invoice. The partner portal is not reachable for any of us.', 1],
  // a demo meeting called off is no trial, no cancellation
  ['Demo', 'Please cancel the demo call with our customer tomorrow.', 3, TS],
  // a hypothesis about the portal, with no symptom of the partner's own, reports nothing
  ['Partner portal', 'If the partner portal is down during the migration, how will we be told?', 2, STORE],
]

describe('phrasings of round 9: the English originals in other words', () => {
  it('reads an account to be closed for good as a cancellation', async () => expect(await misread(CLOSE_FOR_GOOD)).to.deep.equal([]))
  it('reads being thrown out as locked out', async () => expect(await misread(THROWN_OUT)).to.deep.equal([]))
  it('reads a portal asked about and not reachable as no access', async () => expect(await misread(ASKED_WHETHER)).to.deep.equal([]))
  it('reads "another year" as a renewal and a lapsed demo as a trial', async () => expect(await misread(ANOTHER_YEAR)).to.deep.equal([]))
  it('reads more seats and registered deals in other words', async () => expect(await misread(SEATS_AND_DEALS)).to.deep.equal([]))
  it('reads a customer tied to the partner as customer mapping', async () => expect(await misread(TIED_TO_US)).to.deep.equal([]))
  it('reads a document missing from the portal as no lack of access', async () => expect(await misread(MISSING_IN_PORTAL)).to.deep.equal([]))
  it('reads getting back in, entering and "not a single user" as login trouble', async () => expect(await misread(GETTING_IN)).to.deep.equal([]))
  it('reads slowness said as a load time or as work not done', async () => expect(await misread(SLOW_SAID_OTHERWISE)).to.deep.equal([]))
  it('reads "would be handy if" and "pass it to the product team" as a feature request', async () => expect(await misread(HANDY_IF)).to.deep.equal([]))
  it('keeps what the fixes must not reach', async () => expect(await misread(TRAPS)).to.deep.equal([]))
})
