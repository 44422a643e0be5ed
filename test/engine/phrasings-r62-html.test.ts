// Round 62 (branch r62-html): the meanings behind the first-read misses of grown-137.yaml (English tickets whose
// description is HTML as Desk stores mail), in other words and languages than the tickets, with traps that must not
// read that way; and the HTML reading itself (a div a line, a row's cells side by side).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Slowness said with a failure noun before it ("a bigger problem: so slow that every click takes a minute"): the
// `every …` is slowness per screen (1, 24x5), no error everywhere (24x7). `errors everywhere` yields to `slow`.
const SLOW_EVERYWHERE: Phrasing[] = [
  ['Performance', 'Real issue here: CRM got so slow that every record takes a minute to open for the sales team.', 1, TS, '24x5'],
  ['Books', 'Our problem: Books is so sluggish that every screen needs 40 seconds before anything shows.', 1, TS, '24x5'],
  // traps: errors on every page stay downtime; a timeout on every page stays one too
  ['Errors', 'Problem since 10: every page shows an error 500 for all users.', 1, TS, '24x7'],
  ['Timeouts', 'Big problem: every page times out for all our agents since 9.', 1, TS, '24x7'],
]

// "nobody is held up / blocked / affected" (concept `nobody hindered`, which `inability` and `nobody` yield to):
// no one who cannot, the trouble beside it decides.
const NOBODY_HINDERED: Phrasing[] = [
  ['Reminders', 'The reminder mails go out about twenty minutes late instead of on time. The rest works fine and no one is really affected.', 2, TS],
  ['Outlook-Sync', 'Die Synchronisierung mit Outlook dauert eine Stunde statt ein paar Minuten. Sonst läuft alles, niemand ist blockiert.', 2, TS],
  ['Synchro', "La synchronisation prend une heure au lieu de quelques minutes. Le reste fonctionne et personne n'est bloqué.", 2, TS],
  // traps: nobody who really cannot stays 1
  ['Login', 'Nobody in the team can log in since 9, all of us are blocked.', 1, TS, '24x7'],
  ['Desk', 'Since the update nobody can work, every ticket view stays empty and the agents are held up.', 1, TS],
]

// A sign-out asked about before a planned change ("will our agents be signed out …?"): a question, no lockout.
const SIGN_OUT_ASKED: Phrasing[] = [
  ['Release', 'Will our agents be signed out when the new version goes live on Sunday night?', 3, TS],
  ['Go-live', 'Will our staff get logged out while you move the data centre?', 3, TS],
  ['Mise à jour', 'Les agents seront-ils déconnectés pendant la mise à jour de dimanche ?', 3, TS],
  // trap: users signed out now, who cannot get back in
  ['Logout', 'Since this morning our agents are signed out every few minutes and cannot get back in.', 1, TS, '24x7'],
]

// A view of the product (a saved or custom view, a list view, a default view): its workings, so a reply subject naming
// invoices makes no invoice change.
const VIEWS_ARE_WORKINGS: Phrasing[] = [
  ['Re: invoices', 'They were only hidden by a saved filter. How can I share a custom view with the whole team?', 3, TS],
  ['Re: Rechnungen', 'Alles da, danke. Wie richte ich eine Standardansicht für alle Benutzer ein?', 3, TS],
  ['Re: factures', "Tout est là, merci. Comment créer une vue par défaut pour tous les utilisateurs ?", 3, TS],
  // trap: a change asked to Zoho's own invoice stays an invoice change
  ['Invoice', 'Please correct the VAT number on the invoice you sent us for March.', 2, 'Invoice changes'],
]

// The other records "open fine" said without an article, as a table's label and value write it: one record (2).
const OTHERS_OPEN_FINE: Phrasing[] = [
  ['Quote error', 'One quote throws an error every time it is opened. Other quotes open normally', 2, TS],
  ['Ticket', '<table><tr><td>Ticket</td><td>#55120 gives an error when opened</td></tr><tr><td>Other tickets</td><td>open fine</td></tr></table>', 2, TS],
  // trap: no record opens
  ['Quotes', 'No quote opens any more since 9, every one of them shows an error for all users.', 1, TS],
]

// HTML as Gmail, Desk's editor and tables write it: `</div><div>` is one line, a row's cells one statement, so a
// sentence typed over two lines stays one; a list item is still a statement of its own.
const HTML_LINES: Phrasing[] = [
  ['help', '<div>since the update nobody in our team can</div><div>sign in to Desk</div>', 1, TS, '24x7'],
  ['Books', '<div dir="ltr"><div>Since 8 none of our accountants can</div><div>get into Zoho Books at all</div></div>', 1, TS, '24x7'],
  ['Login one user', '<table><tr><td>Problem</td><td>one user cannot sign in with Edge</td></tr><tr><td>Firefox</td><td>logs in fine</td></tr></table>', 2, TS],
  // traps: list items and paragraphs stay statements of their own
  ['Checked', '<div>What we checked:</div><ul><li>agents are available</li><li>deactivated the rule</li></ul><div>How do we route tickets by language?</div>', 3, TS],
]

describe('phrasings, round 62: HTML descriptions as Desk stores mail', () => {
  it('reads slowness with "every …" beside a failure noun as slowness, no error everywhere', async () => {
    expect(await misread(SLOW_EVERYWHERE)).to.deep.equal([])
  })
  it('reads "nobody is held up / blocked / affected" as no one who cannot', async () => {
    expect(await misread(NOBODY_HINDERED)).to.deep.equal([])
  })
  it('reads a sign-out asked about before a planned change as a question', async () => {
    expect(await misread(SIGN_OUT_ASKED)).to.deep.equal([])
  })
  it('reads saved, custom, list and default views as the product\'s workings', async () => {
    expect(await misread(VIEWS_ARE_WORKINGS)).to.deep.equal([])
  })
  it('reads the other records "open fine" without an article as one record failing', async () => {
    expect(await misread(OTHERS_OPEN_FINE)).to.deep.equal([])
  })
  it('reads a div a line and a row\'s cells as one statement, list items as statements of their own', async () => {
    expect(await misread(HTML_LINES)).to.deep.equal([])
  })
})
