// Round 13 (branch r13-s1): the meanings behind the first read's misses of grown-35.yaml (English
// Support tickets around severity 1, said by consequence, scope, screen, login trouble, data loss and
// slowness), each in other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A white page where the app should be: nothing loads, an outage (as "blank page", "weiße Seite", "page blanche").
const WHITE_PAGE: Phrasing[] = [
  ['Portal', 'Since 10:00 the customer portal is just a white page for all visitors.', 1, TS, '24x7'],
  ['CRM', 'We only get a blank white screen when we open CRM, all of us.', 1, TS, '24x7'],
  ['Desk', 'Desk zeigt seit heute früh nur eine weiße Seite.', 1, TS, '24x7'],
  ['Desk', 'Desk n\'affiche qu\'une page blanche depuis ce matin.', 1, TS, '24x7'],
  // traps: a page that is white by design, or a blank page in a document
  ['Landing page', 'Our new landing page is a plain white page with one form. How do we add a header?', 3, TS, '24x5'],
  ['Re: white page', 'No white page any more after the cache clear, thanks.', 3, TS, '24x5'],
]

// A failure on every payment said with the means of payment between ("every card payment").
const EVERY_CARD_PAYMENT: Phrasing[] = [
  ['Checkout', 'Every card payment is rejected at the checkout of our client\'s site since the morning.', 1, TS],
  ['Kasse', 'Jede Kartenzahlung schlägt seit dem Update fehl.', 1, TS],
  ['Paiements', 'Chaque paiement par carte est refusé depuis ce matin.', 1, TS],
  // traps: every payment shown with a wrong figure is a result, no failure
  ['Receipts', 'Every card payment shows the fee twice on the receipt.', 2, TS],
]

// A password asked for again and again: the sign-in does not hold, a login failure.
const PASSWORD_AGAIN: Phrasing[] = [
  ['Outlook', 'Outlook keeps asking our staff for their Zoho password, even right after they type it.', 1, TS, '24x7'],
  ['Mobile', 'The Desk app keeps prompting for the password every few minutes on all our phones.', 1, TS, '24x7'],
  ['Mail', 'Zoho Mail fragt immer wieder nach dem Passwort, obwohl es korrekt ist.', 1, TS, '24x7'],
  ['Mail', 'Zoho Mail redemande sans cesse le mot de passe à nos collaborateurs.', 1, TS, '24x7'],
  // traps: a password question, a how-to about the prompt
  ['Password', 'How often does Zoho ask users to change their password?', 3, TS, '24x5'],
]

// A redirect loop at the sign-in: the login fails.
const REDIRECT_LOOP: Phrasing[] = [
  ['SSO', 'Signing in with SSO ends in a redirect loop for every agent.', 1, TS, '24x7'],
  ['Login', 'The browser says too many redirects when we log in to CRM.', 1, TS, '24x7'],
  ['Anmeldung', 'Beim Anmelden landen wir in einer Weiterleitungsschleife.', 1, TS, '24x7'],
  ['Connexion', 'Trop de redirections à la connexion à Desk depuis ce matin.', 1, TS, '24x7'],
  // traps: a redirect set up on purpose
  ['Redirect', 'How do we redirect customers to the knowledge base after they sign in?', 3, TS, '24x5'],
]

// A field missing from a named PDF ("missing on the estimate PDF"): a result off, no lost data.
const MISSING_ON_A_PDF: Phrasing[] = [
  ['Quote', 'The PO number is missing on the quote PDF since Monday.', 2, TS],
  ['Delivery note', 'Quantities missing from the new delivery note PDF.', 2, TS],
  ['Devis', 'Le montant de la remise manque sur le nouveau pdf du devis.', 2, TS],
  // traps: records missing are lost data
  ['Quotes', '200 quotes are missing from the module since the import.', 1, TS, '24x5'],
]

// An alert named after a failed login is a setting, no login failure.
const LOGIN_FAILED_ALERT: Phrasing[] = [
  ['Failed login alerts', 'Can admins get a failed login notification by email?', 3, TS, '24x5'],
  ['Login failure alert', 'Where do we turn off the login failure alert for agents?', 3, TS, '24x5'],
  ['Alerte', 'Où activer les alertes de connexion échouée pour les admins ?', 3, TS, '24x5'],
  // traps: a login that fails, said plainly
  ['Login failed', 'Login failed for all agents since 8:00, the page says invalid credentials.', 1, TS, '24x7'],
]

// "False alarm": nothing happened; and records only hidden by a filter are still there.
const FALSE_ALARM: Phrasing[] = [
  ['Re: CRM down', 'False alarm, it was our office firewall. Sorry!', 3, TS, '24x5'],
  ['AW: Ausfall', 'Fehlalarm, es lag an unserem Proxy.', 3, TS, '24x5'],
  ['AW: Ausfall', 'Falscher Alarm, danke.', 3, TS, '24x5'],
  ['RE: Panne', 'Fausse alerte, c\'était notre réseau.', 3, TS, '24x5'],
  ['Deals gone?', 'The deals were only hidden by a filter on the list view, nothing is lost.', 3, TS, '24x5'],
  // traps: an alarm that is no false alarm; records really gone
  ['Re: CRM down', 'This is not a false alarm, CRM is still down for all users.', 1, TS, '24x7'],
  ['Deals', '300 deals vanished after the import, they are not hidden by a filter, we checked.', 1, TS, '24x5'],
]

// Slower than it used to be: performs worse, 2 (a "slow" subject headlines it).
const USED_TO_BE_FAST: Phrasing[] = [
  ['Slow reports', 'The report now takes about 15 seconds to run, it used to be instant.', 2, TS],
  ['Slow search', 'Search takes 8 seconds per query now, it used to be quick.', 2, TS],
  ['Langsame Suche', 'Die Suche braucht jetzt 10 Sekunden, war früher sofort da.', 2, TS],
  // traps: slowness that stops the work stays 1
  ['Slow', 'CRM used to be fine but now every page takes 3 minutes to open and nobody can work.', 1, TS],
]

// "Works for most, not for some": only partly, 2, also under a "not working" subject.
const WORKS_FOR_MOST: Phrasing[] = [
  ['Sync not working', 'The calendar sync works for most users, but three of them never get their events.', 2, TS],
  ['Webhooks', 'Webhooks work for most of our forms, not for the two newest ones.', 2, TS],
  ['Sync', 'Die Synchronisation funktioniert bei den meisten Kunden, bei zwei aber nicht.', 2, TS],
  ['Synchro', 'La synchro fonctionne pour la plupart des comptes, sauf deux.', 2, TS],
  // traps: a "not working" subject over a text that says nothing works
  ['Sync not working', 'Nothing syncs any more since Monday, for any user.', 1, TS],
]

// People who cannot do their job, said by the job ("can't take calls", "can't serve customers"): 1 on 24x5.
const CANNOT_DO_THE_JOB: Phrasing[] = [
  ['Phones', 'Our agents cannot answer calls since the update, the softphone shows nothing.', 1, TS, '24x5'],
  ['Desk', 'Our agents can\'t serve any customers today, the reply editor is greyed out in Desk.', 1, TS, '24x5'],
  ['Telephony', 'Since 9 our team can\'t take calls through the Desk integration.', 1, TS, '24x5'],
  // traps: a how-to about taking calls; a program's "work" is not a person's
  ['Calls', 'How can agents take calls from the browser instead of the desk phone?', 3, TS, '24x5'],
]

describe('classifier: round 13 severity 1 by consequence (r13-s1), the meanings behind the first read\'s misses', () => {
  it('reads a white page where the app should be as an outage', async () => {
    expect(await misread(WHITE_PAGE)).to.deep.equal([])
  })
  it('reads a failure on every card payment as errors everywhere', async () => {
    expect(await misread(EVERY_CARD_PAYMENT)).to.deep.equal([])
  })
  it('reads a password asked for again and again as a login failure', async () => {
    expect(await misread(PASSWORD_AGAIN)).to.deep.equal([])
  })
  it('reads a redirect loop at the sign-in as a login failure', async () => {
    expect(await misread(REDIRECT_LOOP)).to.deep.equal([])
  })
  it('reads a field missing on a named PDF as a result off', async () => {
    expect(await misread(MISSING_ON_A_PDF)).to.deep.equal([])
  })
  it('reads an alert named after a failed login as a setting', async () => {
    expect(await misread(LOGIN_FAILED_ALERT)).to.deep.equal([])
  })
  it('reads a false alarm as over and records hidden by a filter as still there', async () => {
    expect(await misread(FALSE_ALARM)).to.deep.equal([])
  })
  it('reads slower than it used to be as worse than usual', async () => {
    expect(await misread(USED_TO_BE_FAST)).to.deep.equal([])
  })
  it('reads "works for most" as working only partly, also under a "not working" subject', async () => {
    expect(await misread(WORKS_FOR_MOST)).to.deep.equal([])
  })
  it('reads people who cannot do their job as a show-stopper', async () => {
    expect(await misread(CANNOT_DO_THE_JOB)).to.deep.equal([])
  })
})
