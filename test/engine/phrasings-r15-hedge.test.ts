// Round 15 (branch r15-hedge): the meanings behind the first read's misses of grown-45.yaml (English
// Support tickets in the hedged office register of UK, Irish, Australian and New Zealand partners),
// each in other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A hedge after a negation is the negation's own ("doesn't appear to be working" says "isn't working";
// "we don't seem to be able to log in" says "we can't log in"), no thing that "doesn't appear" on a page.
const HEDGED_NEGATION: Phrasing[] = [
  ['Emails', 'The reminder emails do not appear to be going out since the weekend.', 1, TS, '24x5'],
  ['Sign in', 'Our consultants don\'t seem to be able to sign in to Books this morning.', 1, TS, '24x7'],
  ['Access', 'We do not appear to have access to the CRM any more.', 1, TS, '24x7'],
  ['Webhook', 'The webhook didn\'t seem to fire for last night\'s orders.', 1, TS, '24x5'],
  ['Sync', 'Die Synchronisation scheint nicht zu funktionieren.', 1, TS, '24x5'],
  ['Sync', 'La synchronisation ne semble pas fonctionner.', 1, TS, '24x5'],
  // traps: a hedged negation of a trouble negates it; a thing that does not appear on a page is a result
  ['Reports', 'There doesn\'t seem to be an outage, just a question about scheduled reports.', 3, TS, '24x5'],
  ['Browsers', 'It doesn\'t seem to matter which browser we use for the new layout; how do we set a default one?', 3, TS, '24x5'],
  ['Dashboard', 'The total doesn\'t appear on the dashboard widget since the update.', 2, TS],
]

// "Not working properly" as far as "properly" sets "not working" aside, also with a hedge between
// ("doesn't seem to be syncing quite as it should").
const HEDGED_NOT_PROPERLY: Phrasing[] = [
  ['Sync', 'The calendar sync doesn\'t seem to be running quite as it should, some events are late.', 2, TS],
  ['Workflow', 'The workflow does not appear to be triggering quite as expected.', 2, TS],
  ['Sync', 'Die Synchronisation scheint nicht richtig zu funktionieren.', 2, TS],
  ['Sync', 'La synchronisation ne semble pas fonctionner correctement.', 2, TS],
  // trap: a thing that works as it should
  ['Sync', 'The sync is working as it should now, thank you.', 3, TS, '24x5'],
]

// A field that "isn't showing" on a PDF, as "not showing": missing from a layout (2).
const ISNT_SHOWING_ON_A_PDF: Phrasing[] = [
  ['Estimate', 'The discount column isn\'t showing on the estimate PDF since Monday.', 2, TS],
  ['Delivery note', 'The batch numbers aren\'t showing in the delivery note PDF.', 2, TS],
  ['Lieferschein', 'Die Chargennummer fehlt im PDF des Lieferscheins.', 2, TS],
  ['Bon de livraison', 'Le numéro de lot manque sur le pdf du bon de livraison.', 2, TS],
  // trap: how to show a field is a how-to
  ['Delivery note', 'How do we get the batch numbers to show on the delivery note PDF?', 3, TS, '24x5'],
]

// A wrapped plain-text line that goes on with a name in capitals ("an email whenever⏎Desk is down"):
// the line ran on from a word no line ends on, the clause goes on.
const WRAPPED_BEFORE_A_NAME: Phrasing[] = [
  ['Alerts', 'We would love to be notified by email whenever\nCRM is unavailable, is that possible?', 3, TS, '24x5'],
  ['Alerts', 'Could our admins get a text message in case the\nDesk portal goes down?', 3, TS, '24x5'],
  ['Benachrichtigung', 'Wir möchten benachrichtigt werden, falls der\nDesk-Server ausfällt.', 3, TS, '24x5'],
  ['Alerte', 'Nous voulons être prévenus en cas de panne de notre\nCRM, est-ce possible ?', 3, TS, '24x5'],
  // traps: a line that ends on a word of its own still ends ("Hi team⏎CRM is down")
  ['Outage', 'Hi team\nCRM is down since 9 for everyone.', 1, TS, '24x7'],
  ['Login', 'Morning all\nNobody can log in to Desk.', 1, TS, '24x7'],
]

describe('phrasings of round 15 (r15-hedge): hedged English', () => {
  it('reads a hedge after a negation as the negation itself', async () => {
    expect(await misread(HEDGED_NEGATION)).to.deep.equal([])
  })
  it('reads a hedged "not quite as it should" as not working properly', async () => {
    expect(await misread(HEDGED_NOT_PROPERLY)).to.deep.equal([])
  })
  it('reads a field that "isn\'t showing" on a PDF as missing from a layout', async () => {
    expect(await misread(ISNT_SHOWING_ON_A_PDF)).to.deep.equal([])
  })
  it('reads a wrapped line that goes on with a name in capitals as one clause', async () => {
    expect(await misread(WRAPPED_BEFORE_A_NAME)).to.deep.equal([])
  })
})
