// Round 18 (branch r18-ops): the meanings behind the first-read misses of grown-63.yaml (English
// Operations tickets in everyday words), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const SR = 'Store Related'
const UP = 'Upgrades'
const SD = 'Sales Discussions'
const PMR = 'Product Management Related'

// A customer walking away from Zoho, or asking that nothing carries on after the term: a cancellation
// (DOMAIN §4 Ops 1, README round 13: a customer moving off Zoho); only threatened, it is none.
const WALKING_AWAY: Phrasing[] = [
  ['Customer leaving', 'Our client Ashdown Vets is walking away from Zoho at the end of March. Please confirm.', 1, PR, '24x5'],
  ['Leaving', 'The customer is walking away from their Desk subscription in May, please make sure it ends then.', 1, PR, '24x5'],
  ['Term ends 30 June', 'Please make sure nothing carries on after 30 June for Brook Farm, they have chosen another tool.', 1, PR, '24x5'],
  ['Kunde', 'Unser Kunde Müller GmbH kehrt Zoho zum Jahresende den Rücken, bitte bestätigen.', 1, PR, '24x5'],
  ['Client', 'Notre client quitte Zoho à la fin du mois, merci de confirmer.', 1, PR, '24x5'],
  // traps: a walk-away only feared or threatened is a price talk
  ['Price rise', 'They might walk away from Zoho if the price goes up again. Can you offer a discount?', 2, SD],
  ['Price rise', 'Our client may walk away at renewal unless we find a better price for them.', 2, SD],
]

// The reseller console is the partner's place: thrown out of it, no access to it, is an Operations
// show-stopper (DOMAIN §4 Ops 1, 24x5), not a Support login failure on 24x7.
const RESELLER_CONSOLE: Phrasing[] = [
  ['Reseller console', 'Every time we open a client in the reseller console it throws us back to the sign-in page.', 1, SR, '24x5'],
  ['Console login', 'Nobody here can log in to the reseller console since this morning.', 1, SR, '24x5'],
  ['Reseller dashboard down', 'The reseller dashboard has been unreachable since 9am, we cannot place orders.', 1, SR, '24x5'],
  ['Reseller-Konsole', 'Seit heute Morgen können wir uns nicht mehr an der Reseller-Konsole anmelden.', 1, SR, '24x5'],
  ['Console revendeur', 'Impossible de se connecter à la console revendeur depuis ce matin.', 1, SR, '24x5'],
  // traps: the console merely slow, or a how-to about it
  ['Console', 'Our reseller console is a bit slow today but it works.', 2, SR],
  ['Console', 'How do we download last month\'s orders from the reseller console?', 3, SR],
]

// A customer coming over from another partner, or associated with our partner ID: customer mapping
// (DOMAIN §4 Ops 3, Store Related), even when future renewals are what it is for.
const MAPPING: Phrasing[] = [
  ['New client', 'Fenwick Dental came over to us from another partner. Could you move them across?', 3, SR],
  ['Partner ID', 'Please associate Orchard Homes\' org with our partner ID ZP-UK-1182.', 3, SR],
  ['Client', 'Hollis & Co moved to us from their previous Zoho partner; please make sure their renewals come through us.', 3, SR],
  ['Kunde', 'Die Firma Weber kommt von einem anderen Partner zu uns. Bitte ordnen Sie sie unserem Konto zu.', 3, SR],
  ['Client', 'Le client Dupont arrive d\'un autre partenaire, pouvez-vous le rattacher à notre compte ?', 3, SR],
  // trap: a renewal billed through the partner is still a renewal
  ['Renewal', 'Please renew the Mail licences for Hollis & Co for another year. Their renewals go through us as always.', 3, PR],
]

// Adding seats to a customer's plan is an upgrade, also asked as a how-to from the reseller console;
// adding a user to a product is user management (Support).
const ADDING_SEATS: Phrasing[] = [
  ['Adding seats', 'Can you add 4 users to Brook Farm\'s plan from Monday?', 2, UP],
  ['Adding licences for Weber', 'They need them before the new staff start next week.', 2, UP],
  ['Adding seats ourselves', 'Is there a way to add users to a client\'s plan from the reseller console ourselves?', 3, UP],
  // traps: a user added inside a product, Azure AD
  ['Adding a user', 'How do I add a new user to our client\'s Desk org?', 3, TS],
  ['SAML with Azure AD', 'We would like to configure SSO with Azure AD, so that our users sign in with Microsoft. Is there documentation?', 3, TS],
]

// An order shown as cancelled that the partner never cancelled: a status they report (Store Related, 2),
// no cancellation.
const NEVER_CANCELLED: Phrasing[] = [
  ['Order cancelled in the store', 'The order shows as cancelled in the store, but we never cancelled it and the card was charged.', 2, SR],
  ['Order status', 'Our order for 5 Desk users says cancelled in the store although we did not cancel it.', 2, SR],
  ['Bestellung', 'Die Bestellung für Weber wird im Store als storniert angezeigt, wir haben sie nie storniert.', 2, SR],
  ['Commande', 'La commande pour Dupont apparaît comme annulée dans le store, nous ne l\'avons jamais annulée.', 2, SR],
  // trap: a real cancellation beside it
  ['Cancel subscription', 'Please cancel the CRM subscription of Weber from next month.', 1, PR, '24x5'],
]

// A portal outage that is back up, said in the next sentence: over (README round 14), the team default.
const BACK_UP: Phrasing[] = [
  ['Portal this morning', 'The partner portal was down for about an hour this morning. It\'s back up now and everything looks fine.', 2, SR],
  ['Store earlier', 'The partner store was unreachable from 8 to 9. It is back up now.', 2, SR],
  // traps: still down, or back up for others only
  ['Portal', 'The partner portal went down at 9. It\'s still down for us.', 1, SR, '24x5'],
  ['Portal', 'The partner portal was down this morning. It is back up now, but we still cannot log in to it.', 1, SR, '24x5'],
]

// A session on the roadmap is a talk, no feature asked for; with a pitch it is a sales discussion.
const ROADMAP_TALK: Phrasing[] = [
  ['Prospect meeting', 'Could someone from Zoho give a presentation on the roadmap at our pitch with Hollis & Co? We are sending a proposal next week.', 2, SD],
  ['Big prospect', 'We need a proposal and a briefing from your team on the roadmap for the pitch on the 19th.', 2, SD],
  ['Partnertreffen', 'Können Sie uns bei der Präsentation zur Roadmap beim Kunden unterstützen? Ein Angebot folgt.', 2, SD],
  // traps: asking whether a feature is on the roadmap
  ['Dark mode', 'Is dark mode for the help centre on the roadmap?', 3, PMR],
  ['Roadmap', 'Any plans to add a Gantt view? Is it on your roadmap?', 3, PMR],
]

// A reminder email a product sends is its workings: asked how to set it up, a Support how-to, even
// beside the subscriptions and renewals it is about.
const REMINDER_EMAIL: Phrasing[] = [
  ['Renewal reminders', 'How can we set it up so our client\'s subscribers get a reminder email 7 days before each renewal?', 3, TS],
  ['Reminders in Billing', 'Where do we change the wording of the reminder emails Billing sends to subscribers before each renewal?', 3, TS],
  ['Erinnerung', 'Wie richten wir eine Erinnerungs-E-Mail vor jeder Verlängerung der Abonnements unserer Kunden ein?', 3, TS],
  // traps: a reminder from Zoho about a renewal to make
  ['Renewal', 'We got your renewal reminder for Patel & Co. Please renew their licences for another year.', 3, PR],
]

describe('phrasings of round 18, branch r18-ops', () => {
  it('reads a customer walking away from Zoho as a cancellation, a threat as none', async () => {
    expect(await misread(WALKING_AWAY)).to.deep.equal([])
  })
  it('reads the reseller console as the partner place', async () => {
    expect(await misread(RESELLER_CONSOLE)).to.deep.equal([])
  })
  it('reads a customer coming from another partner or tied to a partner ID as customer mapping', async () => {
    expect(await misread(MAPPING)).to.deep.equal([])
  })
  it('reads seats added to a plan as an upgrade, a user added to a product as Support', async () => {
    expect(await misread(ADDING_SEATS)).to.deep.equal([])
  })
  it('reads an order the partner never cancelled as a status, no cancellation', async () => {
    expect(await misread(NEVER_CANCELLED)).to.deep.equal([])
  })
  it('reads "it is back up now" after a portal outage as over', async () => {
    expect(await misread(BACK_UP)).to.deep.equal([])
  })
  it('reads a session on the roadmap as a talk, not a feature request', async () => {
    expect(await misread(ROADMAP_TALK)).to.deep.equal([])
  })
  it('reads a reminder email a product sends as its workings', async () => {
    expect(await misread(REMINDER_EMAIL)).to.deep.equal([])
  })
})
