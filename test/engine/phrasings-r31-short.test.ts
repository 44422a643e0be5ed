// Round 31 (branch r31-short): the meanings behind the first-read misses of grown-109.yaml (short tickets that
// paraphrase DOMAIN.md §4), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Being shut out of an account is a lockout (24x7), not closing it (concept `terminate` narrowed to shutting the /
// their / our … account).
const SHUT_OUT_OF_AN_ACCOUNT: Phrasing[] = [
  ['Help', 'Our whole team got shut out of the Zoho account this morning.', 1, TS, '24x7'],
  ['Access', 'Since the update we are shut out of our admin account, the reset link fails too.', 1, TS, '24x7'],
  ['Konto', 'Seit heute früh sind alle Kollegen aus dem Zoho-Konto ausgesperrt.', 1, TS, '24x7'],
  ['Compte', 'Nos agents sont bloqués hors du compte Zoho depuis hier soir.', 1, TS, '24x7'],
  // traps: closing an account asked for is still a cancellation
  ['Closing', 'Acme is closing down. Please shut their Zoho account at the end of the month.', 1, 'Payments Renewal', '24x5'],
  ['Closing', 'Please shut our customer account down, they no longer need it.', 1, 'Payments Renewal', '24x5'],
]

// A click on an action (Send, Save, Reply) failing every time is that action failing (concept `action button`,
// rule `errors on every action`): 1 on 24x5, not an error on every page (24x7).
const EVERY_CLICK_ON_AN_ACTION: Phrasing[] = [
  ['Saving', 'Every click on Save gives an error for all our agents since 10.', 1, TS, '24x5'],
  ['Replies', 'Each click on Reply ends in an error message, for every ticket.', 1, TS, '24x5'],
  ['Speichern', 'Bei jedem Klick auf Speichern kommt ein Fehler, egal bei welchem Ticket.', 1, TS, '24x5'],
  ['Envoi', 'Chaque clic sur Envoyer renvoie une erreur, sur tous les tickets.', 1, TS, '24x5'],
  // trap: an error on every page opened stays an outage (24x7)
  ['CRM', 'Every page we open in CRM shows an error since 9.', 1, TS, '24x7'],
]

// An error page for everyone in place of the product is downtime (concept `error page`, rule `error page for
// everyone`): 1 on 24x7.
const ERROR_PAGE_FOR_EVERYONE: Phrasing[] = [
  ['Desk', 'Since 8 all our agents only see an error page when they open Desk.', 1, TS, '24x7'],
  ['Creator', 'The whole team lands on an error screen when they start the Creator app.', 1, TS, '24x7'],
  ['Books', 'Seit heute Morgen sehen alle Mitarbeiter in Books nur noch eine Fehlerseite.', 1, TS, '24x7'],
  ['CRM', "Tous nos commerciaux tombent sur une page d'erreur dès qu'ils ouvrent CRM.", 1, TS, '24x7'],
  // traps: how to make or show an error page
  ['Help center', 'How do we customise the error page that all our customers see in the help center?', 3, TS],
  ['Fehlerseite', 'Können wir allen Besuchern während der Wartung eine eigene Fehlerseite zeigen?', 3, TS],
  ['Page', "Peut-on afficher notre propre page d'erreur à tous nos visiteurs ?", 3, TS],
]

describe('phrasings, round 31: short tickets paraphrasing DOMAIN.md §4', () => {
  it('reads being shut out of an account as a lockout, not a closing', async () => {
    expect(await misread(SHUT_OUT_OF_AN_ACCOUNT)).to.deep.equal([])
  })
  it('reads a click on an action failing every time as that action failing', async () => {
    expect(await misread(EVERY_CLICK_ON_AN_ACTION)).to.deep.equal([])
  })
  it('reads an error page for everyone as downtime', async () => {
    expect(await misread(ERROR_PAGE_FOR_EVERYONE)).to.deep.equal([])
  })
})
