// Round 156: slowness and data integrity, a blind batch of 40 (test/fixtures/classify/grown-r156-slow.yaml). Every report
// or dashboard timing out read "slower than it was" (2) where the partner added that they used to open in seconds; every
// record of a kind there two or three times ("every contact in our CRM exists three times") read nothing; deals "moved from
// Negotiation back to Qualification" were no set-back (and "Negotiation" made a sales talk); the partner's own mapping or
// choice ("Wrong column mapped in our import", "we chose Overwrite instead of Skip ourselves") read a wrong result; "doing
// it one by one would take forever" read slowness; "the ones in our file" read "one in" (a share), and an import that "did
// what it should" replacing old values read damage. Traps: a timeout now and then, how-tos and questions about timeouts
// and duplicates, duplicates shown only in a list view, the product mapping a wrong field, slowness that stops people.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const REPORT_TIMEOUTS: Phrasing[] = [
  ['Analytics', 'Every report in Analytics times out since Monday, even small ones that used to open in a few seconds.', 1, TS, '24x5'],
  ['Reports', 'All our reports and dashboards are timing out after five minutes. They used to load in seconds.', 1, TS, '24x5'],
  ['Berichte', 'Seit Montag laufen alle Berichte in einen Timeout, früher waren sie in wenigen Sekunden da.', 1, TS, '24x5'],
  ['Rapports', "Tous les rapports tombent en timeout depuis lundi, avant ils s'ouvraient en quelques secondes.", 1, TS, '24x5'],
  // traps: now and then, a how-to, a question during a migration
  ['Report', 'One report times out now and then, the others are fine.', 2, TS, '24x5'],
  ['Timeouts', 'How can we stop every report from timing out when we pick five years of data?', 3, TS, '24x5'],
  ['Reports', 'Is it normal that every report times out while the migration runs?', 3, TS, '24x5'],
]

const MULTIPLIED: Phrasing[] = [
  ['Contacts', 'After the sync every contact in our CRM exists three times.', 1, TS, '24x5'],
  ['Invoices', 'Since the import every invoice now exists twice in Books.', 1, TS, '24x5'],
  ['Duplicates', 'All leads appear twice since the web form update.', 1, TS, '24x5'],
  ['Kontakte', 'Seit dem Import sind alle Kontakte doppelt vorhanden.', 1, TS, '24x5'],
  ['Contacts', 'Depuis la synchronisation, chaque contact existe en double.', 1, TS, '24x5'],
  // traps: shown twice in a view only, how-tos, one record
  ['List view', 'Every contact shows up twice in our list view, but when we open them there is only one record.', 2, TS, '24x5'],
  ['Import', 'How can I check that no contact exists twice before the import?', 3, TS, '24x5'],
  ['Duplicates', 'Is there a way to find every contact that exists twice?', 3, TS, '24x5'],
  ['Dubletten', 'Wie finde ich heraus, welche Kontakte doppelt vorhanden sind?', 3, TS, '24x5'],
]

const SET_BACK: Phrasing[] = [
  ['Deals moved back', 'Overnight 600 deals were moved from Negotiation back to Qualification, nobody did it.', 1, TS, '24x5'],
  ['Pipeline', 'All our deals were moved from Proposal back to the first stage by the system.', 1, TS, '24x5'],
]

const OWN_DOING: Phrasing[] = [
  ['Wrong column mapped in our import - how to undo?', 'How can we undo the import?', 3, TS, '24x5'],
  ['Import', 'We mapped the wrong column in our import. How can we fix the phones in bulk?', 3, TS, '24x5'],
  ['Import', 'We chose "Overwrite" instead of "Skip" ourselves. Can we see the old values?', 3, TS, '24x5'],
  ['Import', 'The import did what it should and replaced the old values with the ones in our file. Where can we see the old values?', 3, TS, '24x5'],
  ['Mass update', 'We need to change 10,000 leads. Doing it one by one would take forever, is there a faster way?', 3, TS, '24x5'],
  ['Data', 'Checking them all by hand would take ages. Can we export them?', 3, TS, '24x5'],
  // traps: the product's own mapping, a result instead of another, damage and slowness told
  ['Import', 'The import mapped the mobile number into the wrong field for all contacts.', 2, TS, '24x5'],
  ['Books', 'Books shows gross instead of net on the invoice PDF.', 2, TS, '24x5'],
  ['Import', 'The import overwrote the phone numbers of 3,000 accounts with values of other accounts.', 1, TS, '24x5'],
  ['Import', 'The import replaced the values of all accounts with the ones from another client.', 1, TS, '24x5'],
  ['CRM', 'CRM takes forever to load any page, our reps cannot work.', 1, TS, '24x5'],
  ['Webhooks', 'One in ten webhooks does not arrive, the rest are fine.', 2, TS, '24x5'],
]

describe('phrasings, round 156: slowness and data integrity', () => {
  it('reads every report timing out as slowness, also where they used to open in seconds', async () => {
    expect(await misread(REPORT_TIMEOUTS)).to.deep.equal([])
  })
  it('reads every record of a kind there two or three times as data integrity', async () => {
    expect(await misread(MULTIPLIED)).to.deep.equal([])
  })
  it('reads records moved from a stage back to an earlier one as data set back', async () => {
    expect(await misread(SET_BACK)).to.deep.equal([])
  })
  it("reads the partner's own mapping, choice or supposed duration as theirs", async () => {
    expect(await misread(OWN_DOING)).to.deep.equal([])
  })
})
