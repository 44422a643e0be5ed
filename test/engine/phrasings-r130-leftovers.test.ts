// Round 130: leftovers of rounds 127–128, each read wrongly on main, read as families.
// - A task done for some and not the rest ("Some posts are not published on Facebook", read 3): partly, 2 on 24x5 (DOMAIN
//   §4 Support 2, "it works, but …"; README round 121's "some things failing"), rule `task done for some` (inability + run
//   task + partly). Posts not published on a network at all stay 1 on 24x5 (round 128), "not published yet" a state.
// - A result shown empty or blank and asked about in its own sentence, whether that is normal or expected ("The report is
//   blank when I filter by last year, is that expected?", "Is it normal that the export is empty when there are no
//   records?", read 2): the design asked about, no trouble told, 3 (DOMAIN §4 Support 3, how-to and configuration;
//   README round 119: an empty list under a filter the partner set is a question). `results empty` sets its match aside
//   beside `normal or not asked` in its sentence. Choice (DOMAIN.md leaves it open): only in the same sentence; "Every
//   export is empty since Monday. Is that normal?" asks after a trouble told and stays 2. Round 89's reading is kept:
//   "whether it is normal that CRM is slower" still tells the slowness.
// - "nothing", "nichts", "rien" as the object of a task people can no longer do ("Wir können nichts mehr exportieren", read
//   3): a task nobody can do, 1 on 24x5, as "We can't export anything" and "nous ne pouvons plus rien exporter" (round
//   128; DOMAIN §4 Support 1, "show-stopper affecting all users"). German "können/kann … nichts" joins `ability lost`,
//   and "mehr exportieren/scannen/buchen/freigeben/genehmigen" `people task`; "approve/book/assign/merge/ship/dispatch
//   anything" and French "rien … scanner/réserver/valider/envoyer" join `people task`.
// - Records missing for a share, the rest fine ("Call recordings are missing for about one in ten calls. The rest are
//   recorded fine.", r127tp-028, read 1): partly, 2 (DOMAIN §4 Support 2), rule `lost for a share` (a share of them +
//   damage), which data integrity yields to, in the text and in the subject ("Missing recordings"). A share is "one in
//   ten", "1 in 10", "a few of", "percent of", "jedem zehnten", "un sur dix"; a count ("300 contacts are missing",
//   "around 300 of our contacts are not there anymore", "about half of our deals vanished") stays data loss, 1 on 24x5.
//   Round 115's "1 in 10 deliveries lost" now reads 2 as the README says (it read 3 bare on main).
//   Choice: "%" is no word to the reader, so "about 5 % of the recordings" is left (written "5 percent of" it reads 2).
// Left (see the round's report):
// - "The import duplicated every single record in the Leads module, we now have 40k duplicates." (reads 2): "every single"
//   is a filler, so its first clause is round 20's settled trap "The sync duplicated every contact twice since Friday." (2,
//   the product creating doubles); only the count "40k duplicates" says by the thousand (README round 118), and "40k" is
//   one token the reader does not take for a number ("thousands of duplicates" already reads 1). A settled reading wins.
// - r127tp-034 (a cause told in the sentence of the fix, "It turned out we had changed the MX records by mistake; we put
//   them back and everything is delivered again since 11:00.", reads 1): with "It turned out" in it the sentence no longer
//   says only the fix, so it does not reach back to the failure told before it; without those words it reads 3 already.
//   Reaching past it needs engine work beyond a narrow family.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TASK_DONE_FOR_SOME: Phrasing[] = [
  ['Social', 'Some posts are not published on Facebook', 2, TS, '24x5'],
  ['Social', 'Some of our scheduled posts are not published on Facebook.', 2, TS, '24x5'],
  ['Social', "A few of our posts don't get posted to LinkedIn.", 2, TS, '24x5'],
  ['Social', 'Sometimes posts are not published on Instagram.', 2, TS, '24x5'],
  ['Social', 'Manche Beiträge werden nicht auf Facebook veröffentlicht.', 2, TS, '24x5'],
  ['Social', 'Einige geplante Beiträge werden nicht veröffentlicht.', 2, TS, '24x5'],
  ['Social', 'Certaines publications ne sont pas publiées sur Facebook.', 2, TS, '24x5'],
  ['Sign', 'Some contracts cannot be signed by our customers.', 2, TS, '24x5'],
  // traps: all posts on a network, a post not published yet, a how-to
  ['Social', 'posts are not published on Facebook', 1, TS, '24x5'],
  ['Social', 'The post is not published yet, how do we publish it on Facebook?', 3, TS, '24x5'],
  ['Social', 'How do I make sure some posts are not published on Facebook?', 3, TS, '24x5'],
]

const EMPTY_ASKED_ABOUT: Phrasing[] = [
  ['Report', 'The report is blank when I filter by last year, is that expected?', 3, TS, '24x5'],
  ['Export', 'Is it normal that the export is empty when there are no records?', 3, TS, '24x5'],
  ['Dashboard', 'Our dashboard shows empty when the date range has no deals, is this expected?', 3, TS, '24x5'],
  ['Export', 'Ist es normal, dass der Export leer ist, wenn keine Datensätze vorhanden sind?', 3, TS, '24x5'],
  ['Export', "Est-ce normal que l'export soit vide quand il n'y a aucun enregistrement ?", 3, TS, '24x5'],
  ['Rapport', "Le rapport est vide quand je filtre sur l'année dernière, est-ce normal ?", 3, TS, '24x5'],
  // traps: a result shown empty told, asked about in a sentence of its own after it
  ['Report', 'The report is blank when I filter by last year.', 2, TS, '24x5'],
  ['Reports', 'All reports are showing blank since the update.', 2, TS, '24x5'],
  ['Export', 'Every export is empty since Monday. Is that normal?', 2, TS, '24x5'],
  ['Bericht', 'Der Bericht ist leer, wenn ich nach letztem Jahr filtere. Ist das normal?', 2, TS, '24x5'],
]

const NOTHING_AS_OBJECT: Phrasing[] = [
  ['Export', 'Wir können nichts mehr exportieren', 1, TS, '24x5'],
  ['Export', 'Seit dem Update kann das Team nichts mehr exportieren.', 1, TS, '24x5'],
  ['Scan', 'Wir können seit heute nichts mehr scannen.', 1, TS, '24x5'],
  ['Export', 'Nous ne pouvons plus rien exporter', 1, TS, '24x5'],
  ['Scan', 'Nous ne pouvons plus rien scanner.', 1, TS, '24x5'],
  ['Réservations', 'Nous ne pouvons plus rien réserver.', 1, TS, '24x5'],
  ['Validation', 'On ne peut plus rien valider depuis la mise à jour.', 1, TS, '24x5'],
  ['Approvals', "We can't approve anything since the update.", 1, TS, '24x5'],
  ['Bookings', 'Our front desk cannot book anything since this morning.', 1, TS, '24x5'],
  // traps: a how-to, a limit asked about, a result shown empty
  ['Export', 'Wie kann ich mehr Felder exportieren?', 3, TS, '24x5'],
  ['Export', 'Kann man nicht mehr als 10.000 Datensätze exportieren?', 3, TS, '24x5'],
  ['Export', 'Wir können nichts dafür, aber der Export ist leer.', 2, TS, '24x5'],
  ['Export', 'How can we export all contacts to Excel?', 3, TS, '24x5'],
]

const MISSING_FOR_A_SHARE: Phrasing[] = [
  [
    'Missing recordings',
    'Customer email address: cc@example.co.za\nType of Support request: Technical Support\nAble to reproduce the problem?: Sometimes\nZoho product name: Zoho Voice\nDescription of the issue/question: Call recordings are missing for about one in ten calls. The rest are recorded fine.\nTroubleshooting steps performed: Checked storage, it is not full',
    2, TS, '24x5',
  ],
  ['Missing recordings', 'Call recordings are missing for about one in ten calls. The rest are recorded fine.', 2, TS, '24x5'],
  ['Voice', 'Recordings are missing for a few of our calls, the rest are fine.', 2, TS, '24x5'],
  ['Voice', 'A few of our call recordings are missing, the rest are there.', 2, TS, '24x5'],
  ['Voice', 'About 5 percent of the call recordings are missing.', 2, TS, '24x5'],
  ['Webhooks', 'Roughly 1 in 10 webhook deliveries are lost. The rest arrive fine.', 2, TS, '24x5'],
  ['Webhooks', '1 in 10 deliveries lost', 2, TS, '24x5'],
  ['Voice', 'Bei etwa jedem zehnten Anruf fehlt die Aufnahme, die übrigen sind in Ordnung.', 2, TS, '24x5'],
  ['Voice', 'Les enregistrements sont manquants pour environ un appel sur dix.', 2, TS, '24x5'],
  // traps: a count lost, half of them lost
  ['Contacts', '300 contacts are missing', 1, TS, '24x5'],
  ['Contacts', 'Since the sync around 300 of our contacts are not there anymore.', 1, TS, '24x5'],
  ['Deals', 'About half of our deals have vanished after the merge - 3,200 of them.', 1, TS, '24x5'],
  ['Recordings', 'All call recordings from yesterday are missing.', 1, TS, '24x5'],
]

describe('phrasings, round 130: leftovers of rounds 127–128 read as families', () => {
  it('reads a task done for some and not the rest as partly (2)', async () => {
    expect(await misread(TASK_DONE_FOR_SOME)).to.deep.equal([])
  })
  it('reads an empty result asked about as normal or expected as a question (3)', async () => {
    expect(await misread(EMPTY_ASKED_ABOUT)).to.deep.equal([])
  })
  it('reads nothing, nichts, rien as the object of a blocked task as 1 on 24x5', async () => {
    expect(await misread(NOTHING_AS_OBJECT)).to.deep.equal([])
  })
  it('reads records missing for a share as partly (2), a count missing as data loss (1)', async () => {
    expect(await misread(MISSING_FOR_A_SHARE)).to.deep.equal([])
  })
})
