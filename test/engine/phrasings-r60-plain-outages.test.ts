// Round 60 (branch r60-plain-outages): the meanings behind the first-read misses of grown-135.yaml (severity 1 told the
// plain, short way a busy partner writes it: a product and a state or a symptom), in other words and languages than the
// tickets, with traps that use the same words with no outage.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A site or a product that is not coming up (concepts `whole site` + `not coming up`, rule `not coming up`): it never
// opens, downtime (24x7); a field or a popup that does not come up is no site down.
const NOT_COMING_UP: Phrasing[] = [
  ['Bookings page', "The client's booking website isn't coming up on any device.", 1, TS, '24x7'],
  ['Zoho One', 'Analytics will not come up for our finance people this morning.', 1, TS, '24x7'],
  ['Webseite', 'Die Startseite unseres Kunden baut sich seit dem Mittag nicht mehr auf.', 1, TS, '24x7'],
  ['Portail', "Le portail de nos clients ne s'affiche plus depuis midi.", 1, TS, '24x7'],
  // traps: a field or a popup that does not come up; a question that has come up
  ['PDF', 'The tax field is not coming up in the invoice template.', 3, TS],
  ['Question', 'A question came up during the demo about the help centre theme.', 3, TS],
]

// A browser's error page for everyone in place of the product (DNS, certificate, "server not found": added to
// `error page`, rule `error page for everyone`): downtime (24x7); the same words in a set-up question or over are none.
const BROWSER_ERROR_PAGE: Phrasing[] = [
  ['Help centre', 'All our customers get ERR_CERT_AUTHORITY_INVALID when they open the knowledge base.', 1, TS, '24x7'],
  ['CRM', 'Since 10 every user gets "server not found" on the CRM address.', 1, TS, '24x7'],
  ['Desk', 'Alle Agenten bekommen seit heute früh einen SSL-Fehler, wenn sie Desk öffnen.', 1, TS, '24x7'],
  ['Centre d\'aide', "Tous nos clients ont une erreur SSL en ouvrant le centre d'aide.", 1, TS, '24x7'],
  // traps: a set-up question, a certificate error that is over
  ['Custom domain', 'Which CNAME do we add so customers get no certificate error on the new help centre domain?', 3, TS],
  ['Certificate', 'On Monday the whole team had a certificate error for ten minutes, it has been fine since.', 3, TS],
]

// The product's maintenance notice in its place with nothing planned (concept `maintenance page`, rule `maintenance
// page shown`): down (24x7); a maintenance announced, or a page the partner wants to show, is none.
const MAINTENANCE_PAGE: Phrasing[] = [
  ['Desk', 'Since lunchtime our agents only see the maintenance screen in Desk.', 1, TS, '24x7'],
  ['CRM', 'CRM has said "under maintenance" for five hours now, no maintenance was announced.', 1, TS, '24x7'],
  ['Helpcenter', 'Unser Helpcenter steht seit heute Morgen im Wartungsmodus, obwohl nichts angekündigt war.', 1, TS, '24x7'],
  // traps: a maintenance planned in the sentence, a maintenance page the partner wants
  ['Saturday', 'During the planned maintenance on Sunday night, will the help centre show a maintenance page?', 3, TS],
  ['Migration', 'Can we show our own maintenance message on the portal while we move the articles?', 3, TS],
]

// A page that hangs and stays so (concept `page hangs`, rule `page hangs`): downtime (24x7); a hang for a moment is none.
const PAGE_HANGS: Phrasing[] = [
  ['Recruit', 'Recruit hangs on the login page for all the recruiters.', 1, TS, '24x7'],
  ['Books', 'Books just hangs for everybody in the accounts office.', 1, TS, '24x7'],
  // trap: a tap that hangs a while is slowness on the working week, no page down
  ['Quotes', 'The app just hangs when we tap Save on a quote, for the whole sales team.', 1, TS, '24x5'],
]

// Everything timing out, said as one phrase (concept `everything timed out`, rule `everything times out`): downtime
// (24x7); "everything else works" beside one timeout is not.
const EVERYTHING_TIMES_OUT: Phrasing[] = [
  ['Desk', 'Since the release everything keeps timing out in Desk.', 1, TS, '24x7'],
  ['Projets', 'Tout part en timeout dans Zoho Projects depuis ce matin.', 1, TS, '24x7'],
  // trap: everything slow and one report timing out is slowness (24x5)
  ['Reports', 'Everything is slow today and one report timed out.', 1, TS, '24x5'],
]

// A mail service bouncing or rejecting everything (added to `outage`): down (24x7); bounces for some contacts are partly.
const MAIL_BOUNCING: Phrasing[] = [
  ['Mail', 'Our mail domain is rejecting everything since the weekend.', 1, TS, '24x7'],
  ['Mail', 'All incoming emails are bounced back to the senders since 4am.', 1, TS, '24x7'],
  ['Mail', 'Zoho Mail weist seit heute Nacht alle E-Mails ab.', 1, TS, '24x7'],
  // trap: bounces for some contacts are partly
  ['Campaigns', 'Our newsletter emails are bouncing for some contacts.', 2, TS],
]

// "Get on" a product (added to `access`): getting in; "get on" a call, with a task or well is not (`get on idiom`).
const GET_ON: Phrasing[] = [
  ['Desk', 'None of the agents can get onto Desk today.', 1, TS, '24x7'],
  ['Books', "I can't get on Books, and neither can the bookkeeper.", 1, TS, '24x7'],
  // traps
  ['Call', "We can't get on a call before Thursday, can we do Friday?", 3, TS],
  ['Import', "We can't get on with the data import until the client sends the file. How do we map the columns?", 3, TS],
]

// A Zoho product said "gone" (added to `outage`): down (24x7); records gone are data (24x5), a thing "gone from" a
// place is none.
const PRODUCT_GONE: Phrasing[] = [
  ['Help', "Desk's completely gone for the whole support floor.", 1, TS, '24x7'],
  ['Creator', 'Creator is gone again, blank for all users.', 1, TS, '24x7'],
  // traps
  ['Deals', 'All the CRM deals from March are gone since the sync.', 1, TS, '24x5'],
  ['Menu', 'The Analytics tab is gone from the top menu, where did it move?', 3, TS],
]

// An org said suspended at sign-in (added to `lockout`): no way in (24x7); a question about what suspension means is none.
const ORG_SUSPENDED: Phrasing[] = [
  ['Zoho One', 'Our org got suspended overnight and nobody can do anything.', 1, TS, '24x7'],
  ['Sign-in', 'Every user sees that the organization is suspended when signing in.', 1, TS, '24x7'],
  // trap: what happens if payment is late is a question about the subscription (Operations default 2)
  ['Payment', 'If our card fails, will the org be suspended straight away?', 2, 'Payments Renewal'],
]

// English "so nobody can" after a failure is its consequence (no hypothesis); a purpose is "so that …" or after
// restricting, enforcing or configuring.
const CONSEQUENCE_NOT_PURPOSE: Phrasing[] = [
  ['Codes', 'The verification emails never come, so nobody can get into Zoho One.', 1, TS, '24x7'],
  ['Reset', 'Password reset links expire straight away so no one can get back in.', 1, TS, '24x7'],
  // traps: a purpose
  ['IP', 'We restricted the allowed IPs so nobody can sign in from home. Is that the right setting?', 3, TS],
  ['2FA', 'How do we enforce the authenticator app so no one can log in with a password alone?', 3, TS],
]

// A sign-out after a time left idle (concept `idle logout`): the session timeout at work, no lockout; signed out every
// few minutes stays one.
const IDLE_LOGOUT: Phrasing[] = [
  ['Session', 'Agents are thrown out of Desk after 20 minutes of inactivity. Can it be longer?', 3, TS],
  ['Session', 'Our reps get logged out after an hour idle, which setting controls this?', 3, TS],
  // trap: thrown out every few minutes while working
  ['Desk', 'Since the update Desk keeps logging everyone out every two minutes.', 1, TS, '24x7'],
]

// Over, said with contractions ("everything's working fine now") and as a headline ("now fine"): nothing left.
const OVER_CONTRACTED: Phrasing[] = [
  ['CRM', "CRM wouldn't load for half an hour this morning. Everything's back to normal, what happened?", 3, TS],
  ['Outage earlier - now all fine', 'Just so you know, no action needed from you.', 3, TS],
  // trap: something else fine, the product still down
  ['CRM', "CRM is unavailable for the whole office. Everything's fine with our network.", 1, TS, '24x7'],
]

// A future downtime asked with "completely" ("will Desk be completely down?"): a question; a login failing in one
// browser while another "works fine" is that browser's (2).
const ASKED_AND_ONE_BROWSER: Phrasing[] = [
  ['Migration', 'Will Desk be completely offline while you migrate our help centre?', 3, TS],
  ['Edge', 'Our admin cannot log in on Edge. Firefox on the same laptop works fine.', 2, TS],
  // trap: a present downtime said with "completely"
  ['Desk', 'Desk is completely down for every agent.', 1, TS, '24x7'],
]

describe('phrasings, round 60: plain outages told by a product and a state', () => {
  it('reads a site or product not coming up as down', async () => {
    expect(await misread(NOT_COMING_UP)).to.deep.equal([])
  })
  it("reads a browser's DNS or certificate error page for everyone as down", async () => {
    expect(await misread(BROWSER_ERROR_PAGE)).to.deep.equal([])
  })
  it('reads a maintenance page with nothing planned as down', async () => {
    expect(await misread(MAINTENANCE_PAGE)).to.deep.equal([])
  })
  it('reads a page that hangs for good as down', async () => {
    expect(await misread(PAGE_HANGS)).to.deep.equal([])
  })
  it('reads everything timing out as down', async () => {
    expect(await misread(EVERYTHING_TIMES_OUT)).to.deep.equal([])
  })
  it('reads a mail service bouncing everything as down', async () => {
    expect(await misread(MAIL_BOUNCING)).to.deep.equal([])
  })
  it('reads "get on" a product as getting in, not "get on" a call', async () => {
    expect(await misread(GET_ON)).to.deep.equal([])
  })
  it('reads a Zoho product "gone" as down', async () => {
    expect(await misread(PRODUCT_GONE)).to.deep.equal([])
  })
  it('reads an org suspended at sign-in as a lockout', async () => {
    expect(await misread(ORG_SUSPENDED)).to.deep.equal([])
  })
  it('reads "so nobody can" after a failure as its consequence', async () => {
    expect(await misread(CONSEQUENCE_NOT_PURPOSE)).to.deep.equal([])
  })
  it('reads a sign-out after idle time as the session timeout', async () => {
    expect(await misread(IDLE_LOGOUT)).to.deep.equal([])
  })
  it("reads \"everything's fine now\" as over", async () => {
    expect(await misread(OVER_CONTRACTED)).to.deep.equal([])
  })
  it('reads "completely down" asked about the future as a question, and a login fine in another browser as 2', async () => {
    expect(await misread(ASKED_AND_ONE_BROWSER)).to.deep.equal([])
  })
})
