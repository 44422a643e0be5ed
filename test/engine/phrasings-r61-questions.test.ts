// Round 61 (branch r61-sev1-in-questions): the meanings behind the first-read misses of grown-136.yaml (severity 1
// on the Support team told as a question, hedged, or beside setup and script words), in other words and languages
// than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The product refusing the people themselves, everyone at once, with a sign-in named anywhere in the ticket (concept
// `everyone refused`, rule `everyone refused at sign-in`): a login that fails for all (24x7), not a feature failing.
const EVERYONE_REFUSED_AT_SIGN_IN: Phrasing[] = [
  ['Login', 'Can you help? Since this morning Desk simply refuses every agent, whatever they type.', 1, TS, '24x7'],
  ['SSO question', 'We switched identity provider on Friday. Since then CRM rejects all our users, the admin included.', 1, TS, '24x7'],
  ['Anmeldung', 'Seit heute Morgen weist Desk alle Benutzer ab, auch den Administrator.', 1, TS, '24x7'],
  ['Connexion', "Depuis la mise à jour, Desk refuse tous nos agents, même l'administrateur.", 1, TS, '24x7'],
  // traps: a refusal with no sign-in named is a failure for everyone (24x5); a how-to wanting the refusal
  ['Checkout', 'Since the update the payment page rejects everyone, no order goes through.', 1, TS, '24x5'],
  ['Login', 'How can our help center reject everyone who has no customer contract?', 3, TS],
]

// One module or tab that shows an error page to every user once signed in: a feature failing (1, 24x5, README round
// 23), not the product down; `error page for everyone` yields to the part.
const ONE_PART_ERROR_PAGE: Phrasing[] = [
  ['Reports', 'The Reports tab shows an error page for all our users since the update.', 1, TS, '24x5'],
  ['Purchase orders', 'Every user gets an error page when they open the Purchase Orders module, since lunchtime.', 1, TS, '24x5'],
  // traps: the whole product, or every module, showing an error page stays downtime
  ['Desk', 'Desk shows an error page to every agent since 10:00.', 1, TS, '24x7'],
  ['CRM', 'Every module shows an error page for all users since 10:00.', 1, TS, '24x7'],
]

// Records showing zero as their value ("show 0.00 as the price"): the stored value gone, lost data (1, 24x5); a
// widget's own figure asked about is a question (README round 23: a display, no record).
const ZERO_AS_THE_VALUE: Phrasing[] = [
  ['Products', 'Since the import every product shows 0.00 as its unit price.', 1, TS, '24x5'],
  ['Verkaufschancen', 'Nach dem Update zeigen alle Verkaufschancen 0,00 als Betrag.', 1, TS, '24x5'],
  ['Commandes', 'Depuis hier toutes nos commandes affichent 0,00 comme montant.', 1, TS, '24x5'],
  // trap: a dashboard's figure asked about
  ['Dashboard', 'Why does the revenue widget show 0.00 as the total for April? Is it the date filter?', 3, TS],
]

// The product attaching records to the wrong parent, the records named in between ("attaches each email to the wrong
// contact", "rattache chaque ticket au mauvais client"), and records that "sit on the wrong" ones: damage (1, 24x5).
const ATTACHED_TO_THE_WRONG_PARENT: Phrasing[] = [
  ['Email add-in', 'Since Friday the mail add-in attaches each incoming email to the wrong contact.', 1, TS, '24x5'],
  ['Call notes', 'Half the call notes from this week sit on the wrong contacts.', 1, TS, '24x5'],
  ['Synchro', 'Depuis vendredi la synchronisation rattache chaque ticket au mauvais client.', 1, TS, '24x5'],
  // traps: the partner's own slip, a how-to
  ['Quote', 'I attached the quote to the wrong deal by mistake, can I move it?', 3, TS],
  ['Attachments', 'How do we attach the same document to several deals at once?', 3, TS],
]

// Signed out again and again in one browser while the same person is fine in another or on the phone: that browser's
// (2, README round 30), no lockout; everyone signed out stays a login failure (24x7).
const SIGNED_OUT_IN_ONE_BROWSER: Phrasing[] = [
  ['Sessions', 'One of our agents keeps getting logged out in Safari; in Chrome it works fine for him.', 2, TS],
  ['Abmeldung', 'Eine Kollegin wird in Edge ständig ausgeloggt, in Chrome funktioniert es.', 2, TS],
  // trap: everyone, every browser
  ['Sessions', 'Since 9 Desk keeps logging all of us out every few minutes, in every browser.', 1, TS, '24x7'],
]

describe('phrasings, round 61: severity 1 told as a question, hedged, or beside setup words', () => {
  it('reads everyone refused, with a sign-in named, as a login failure', async () => {
    expect(await misread(EVERYONE_REFUSED_AT_SIGN_IN)).to.deep.equal([])
  })
  it("reads one module's error page for everyone as a feature failing", async () => {
    expect(await misread(ONE_PART_ERROR_PAGE)).to.deep.equal([])
  })
  it('reads records showing zero as their value as lost data', async () => {
    expect(await misread(ZERO_AS_THE_VALUE)).to.deep.equal([])
  })
  it('reads records attached to the wrong parent as damage', async () => {
    expect(await misread(ATTACHED_TO_THE_WRONG_PARENT)).to.deep.equal([])
  })
  it('reads signed out in one browser, fine in another, as that browser', async () => {
    expect(await misread(SIGNED_OUT_IN_ONE_BROWSER)).to.deep.equal([])
  })
})
