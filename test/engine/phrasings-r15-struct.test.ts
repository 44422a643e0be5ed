// Round 15 (branch r15-struct): the meanings behind the first read's misses of grown-46.yaml (English
// tickets in the structured register of US/Canadian partners and MSPs), each in other words and
// languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Logged out by the idle timer ("after 20 minutes of inactivity"): the session setting at work, no lockout.
const IDLE_LOGOUT: Phrasing[] = [
  ['Sessions', 'Agents get signed out after an hour of inactivity. Can we make that longer?', 3, TS, '24x5'],
  ['Abmeldung', 'Unsere Nutzer werden nach 15 Minuten Inaktivität ausgeloggt. Wie kann man das ändern?', 3, TS, '24x5'],
  ['Déconnexion', 'Nos agents sont déconnectés après 20 minutes d\'inactivité. Comment allonger ce délai ?', 3, TS, '24x5'],
  // traps: logged out all the time, kicked out while working, locked out
  ['Logged out', 'All agents keep getting logged out every few minutes while they are typing a reply.', 1, TS, '24x7'],
  ['Locked', 'Our admin is locked out of the account since this morning.', 1, TS, '24x7'],
]

// A troubleshooting step that did not help ("re-login made no difference"): the negation is spent on the
// help, no inability of what the step names; the trouble is said elsewhere.
const FIX_DID_NOT_HELP: Phrasing[] = [
  ['Calendar sync', 'Some calendars sync and others don\'t. Reconnecting the account did not make a difference.', 2, TS, '24x5'],
  ['Summen', 'Die Summen im Bericht sind falsch. Neu anmelden hat nichts gebracht.', 2, TS, '24x5'],
  ['Totaux', 'Les totaux du rapport sont faux. Se reconnecter n\'a rien changé.', 2, TS, '24x5'],
  ['Totals', 'The report totals are wrong. Clearing the cache and signing in again didn\'t help.', 2, TS, '24x5'],
  // traps: the access failure itself stays, said before or after the step
  ['Login', 'Users cannot log in since 9, and resetting the passwords did not help.', 1, TS, '24x7'],
  ['Login', 'Password reset hasn\'t helped, still no access for the team.', 1, TS, '24x7'],
  ['Anmeldung', 'Niemand kann sich anmelden, Cache leeren hat nicht geholfen.', 1, TS, '24x7'],
]

// A control on a screen that is "not available" (a button, a transition, a menu item): a feature that
// fails, no lack of access to the account; records that cannot move on past a stage stop the process.
const SCREEN_CONTROL: Phrasing[] = [
  ['Blueprint', 'The Approve transition is not available for any manager, so none of our quotes can move past Draft.', 1, TS, '24x5'],
  ['Button', 'The Convert button is not available on leads since the update, reps convert nothing today.', 1, TS, '24x5'],
  ['Schaltfläche', 'Die Schaltfläche "Senden" ist nicht verfügbar, kein Angebot kommt in die nächste Phase.', 1, TS],
  ['Button', 'The mass email button is not available in the list view. Where do we enable it?', 3, TS, '24x5'],
  // traps: the account or the app itself not available stays an outage or an access failure
  ['CRM', 'CRM is not available for any of our users since 8 AM.', 1, TS, '24x7'],
  ['Login', 'The login page is not available, nobody can sign in.', 1, TS, '24x7'],
]

// Outages named as a class, in a question about what to do then ("a hotline for P1 outages"): no outage reported.
const OUTAGES_AS_A_CLASS: Phrasing[] = [
  ['Support line', 'What number do we call for critical outages outside business hours?', 3, TS, '24x5'],
  ['Runbook', 'Who should our NOC contact during an outage, and what info do you need?', 3, TS, '24x5'],
  ['Notfall', 'Welche Hotline gilt für Ausfälle am Wochenende?', 3, TS, '24x5'],
  ['Procédure', 'Quel contact utiliser lors des pannes la nuit ?', 3, TS, '24x5'],
  // traps: an outage going on
  ['Outage', 'We are in an outage right now: Desk is down for all 60 agents.', 1, TS, '24x7'],
  ['CRM down', 'CRM has been down for two hours for everyone.', 1, TS, '24x7'],
]

// A flow's trigger names the product's workings: the invoices it names are a product's, no Invoice changes.
const FLOW_TRIGGER: Phrasing[] = [
  ['Zoho Flow', 'How do we start a Zoho Flow when an invoice is overdue in Xero?', 3, TS, '24x5'],
  ['Trigger', 'Which trigger should we use so that a paid invoice in Stripe updates the deal?', 3, TS, '24x5'],
  // traps: Zoho's own invoice to change
  ['Invoice', 'Please correct the company name on the invoice you sent us for November.', 2, 'Invoice changes'],
]

describe('phrasings of round 15 (r15-struct)', () => {
  it('reads a logout by the idle timer as the session setting, no lockout', async () => {
    expect(await misread(IDLE_LOGOUT)).to.deep.equal([])
  })
  it('reads a troubleshooting step that did not help as no inability', async () => {
    expect(await misread(FIX_DID_NOT_HELP)).to.deep.equal([])
  })
  it('reads a screen control not available as a feature failing, no lack of access', async () => {
    expect(await misread(SCREEN_CONTROL)).to.deep.equal([])
  })
  it('reads outages named as a class in a question as no outage', async () => {
    expect(await misread(OUTAGES_AS_A_CLASS)).to.deep.equal([])
  })
  it('reads a flow trigger as the product\'s workings', async () => {
    expect(await misread(FLOW_TRIGGER)).to.deep.equal([])
  })
})
