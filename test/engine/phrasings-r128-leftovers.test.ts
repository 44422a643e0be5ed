// Round 128: leftovers of earlier rounds, each read wrongly on main, read as families.
// - Tasks nobody can do (DOMAIN §4 Support 1, "show-stopper affecting all users"; README round 103): marking or closing
//   tasks ("Nobody is able to mark tasks complete", read 3) and exporting anything at all ("We can't export anything",
//   read 3; "…, every export is empty" read 2) join `people task`: 1 on 24x5. Choice: an export that comes out empty
//   with no inability said stays a result shown empty (2), as README round 119's "export that shows zero".
// - Reports "showing blank" (read 3): a result shown empty, 2 (DOMAIN §4 "incorrect results"; README round
//   119/122: a report that shows zero or none keeps the wrong-result reading). "blank" after show/display/come up joins
//   `empty`. (Dashboards left: as a `result` word "access to dashboards without admin rights" read a wrong result.)
// - "All our Deluge functions failing" (read 3, README round 118's leftover): all custom functions failing is an error on
//   every run (README round 42), 1 on 24x5; French "échouent" joins the failure words.
// - Posts "not published on Facebook" (read 3): a social network named as the channel is every post there, as round 124's
//   "on any channel": 1 on 24x5 (DOMAIN §4 "does not work without a fix"); "not published yet" stays a state (round 20),
//   and the design asked about ("is that by design?") sets `task done for nobody` aside as it does the task rules.
// - "Some agents get logged out every 10 minutes. The rest work normally." (read 1 on 24x7, README round 114's leftover):
//   a logout that comes over and over for some while the rest work is the service working worse (DOMAIN §4, 2, 24x5);
//   for all agents it stays a lockout, 1 on 24x7 (rounds 13–15). New concept `logged out over and over`, rules `logged out
//   over and over` (1) and `some logged out over and over` (2); `locked out` leaves such a logout to them.
// - The partner's own invoice not received ("What happened to our invoice? We still haven't received it.", read Technical
//   Support 1, README round 126's leftover): Zoho's document to the partner (DOMAIN §1/§3: invoices are Operations'),
//   Invoice changes, Operations default 2. Choice: Invoice changes rather than Payments Renewal, the only invoice type.
// - German "ihre Rechnungen" after the customers (README round 116's leftover): their invoices, the product's documents, no
//   Zoho "Ihre Rechnung": "Unsere Kunden bekommen ihre Rechnungen nicht mehr" is Technical Support 1 on 24x5, as English
//   "Our customers no longer receive their invoices" and French "Nos clients ne reçoivent plus leurs factures".
// Left as they are (see the round's report): "Could you restore our data?" (3 in all three languages, README round 113);
// German/French "nicht mehr versendet" on 24x7 where English "no longer being sent" is 24x5: both readings are held by
// earlier rounds' tests (r37 and r121), so one language cannot be moved without undoing a settled reading.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const IC = 'Invoice changes'

const TASKS_NOBODY_CAN_DO: Phrasing[] = [
  ['Tasks', 'Nobody is able to mark tasks complete', 1, TS, '24x5'],
  ['Tasks', 'None of our users can mark tasks as completed.', 1, TS, '24x5'],
  ['Tasks', 'Nobody can close tasks anymore.', 1, TS, '24x5'],
  ['Tasks', 'Our team can no longer mark tasks as done.', 1, TS, '24x5'],
  ['Problem', "We can't complete any tasks in Projects since this morning.", 1, TS, '24x5'],
  ['Aufgaben', 'Niemand kann Aufgaben als erledigt markieren.', 1, TS, '24x5'],
  ['Aufgaben', 'Wir können keine Aufgaben mehr abschließen.', 1, TS, '24x5'],
  ['Tâches', 'Personne ne peut marquer les tâches comme terminées.', 1, TS, '24x5'],
  ['Tâches', 'Nous ne pouvons plus clôturer les tâches.', 1, TS, '24x5'],
  ['Export', "We can't export anything, every export is empty", 1, TS, '24x5'],
  ['Export', "We can't export anything.", 1, TS, '24x5'],
  ['Export', 'Nobody can export anything since the update.', 1, TS, '24x5'],
  ['Export', 'None of our users can export any reports anymore.', 1, TS, '24x5'],
  ['Export', 'Wir können keine Daten mehr exportieren, jeder Export ist leer.', 1, TS, '24x5'],
  ['Export', 'Niemand kann mehr etwas exportieren.', 1, TS, '24x5'],
  ['Export', 'Nous ne pouvons plus rien exporter, chaque export est vide.', 1, TS, '24x5'],
  ['Export', 'Personne ne peut exporter les données depuis hier.', 1, TS, '24x5'],
  // traps: how-tos, a rule wished, one user, a limit, exports empty with no inability said, a value shown zero
  ['Tasks', 'How do I mark tasks as complete in bulk?', 3, TS, '24x5'],
  ['Tasks', 'Can we stop agents from marking tasks complete without a comment?', 3, TS, '24x5'],
  ['Tasks', "One user can't mark tasks complete, everyone else can.", 2, TS, '24x5'],
  ['Export', 'How can we export all contacts to Excel?', 3, TS, '24x5'],
  ['Export', 'We cannot export more than 10,000 records at once, is there a way around that?', 3, TS, '24x5'],
  ['Export', 'Every export is empty since Monday.', 2, TS, '24x5'],
  ['Exports', 'All exports come out empty.', 2, TS, '24x5'],
  ['Export', 'The export shows zero for the revenue column.', 2, TS, '24x5'],
  ['Export', 'One column in the export is empty.', 2, TS, '24x5'],
]

const SHOWN_BLANK: Phrasing[] = [
  ['Reports', 'All reports are showing blank since update', 2, TS, '24x5'],
  ['Reports', 'All our reports show blank since yesterday.', 2, TS, '24x5'],
  ['Reports', 'Our reports are coming up blank for everyone.', 2, TS, '24x5'],
  ['Reports', 'Reports display blank after the update.', 2, TS, '24x5'],
  ['Berichte', 'Alle Berichte werden seit dem Update leer angezeigt.', 2, TS, '24x5'],
  ['Rapports', "Tous les rapports s'affichent vides depuis la mise à jour.", 2, TS, '24x5'],
  // traps: how-tos about blank values, a blank page for everyone stays down
  ['Reports', 'How do I hide blank rows in reports?', 3, TS, '24x5'],
  ['Reports', 'Can a report show blank instead of zero for empty values?', 3, TS, '24x5'],
  ['Desk', 'Desk is showing a blank page for all agents.', 1, TS, '24x7'],
]

const FUNCTIONS_AND_POSTS: Phrasing[] = [
  ['Deluge', 'All our Deluge functions failing', 1, TS, '24x5'],
  ['Functions', 'All our Deluge functions are failing since this morning.', 1, TS, '24x5'],
  ['Functions', 'All of our custom functions are failing.', 1, TS, '24x5'],
  ['Deluge', 'Toutes nos fonctions Deluge échouent.', 1, TS, '24x5'],
  ['Deluge', 'Alle unsere Deluge-Funktionen schlagen fehl.', 1, TS, '24x5'],
  ['Social', 'posts are not published on Facebook', 1, TS, '24x5'],
  ['Facebook', 'Our scheduled posts are not published on Facebook.', 1, TS, '24x5'],
  ['Social', 'Posts are no longer published to LinkedIn since Monday.', 1, TS, '24x5'],
  ['Social', "Our posts don't get posted to Facebook anymore.", 1, TS, '24x5'],
  ['Social', 'Geplante Beiträge werden nicht auf Facebook veröffentlicht.', 1, TS, '24x5'],
  ['Social', 'Les publications programmées ne sont pas publiées sur Facebook.', 1, TS, '24x5'],
  // traps: writing a function, one function on some records, a post not published yet, a how-to
  ['Deluge', 'How do I write a Deluge function that loops over all deals?', 3, TS, '24x5'],
  ['Deluge', 'One of our Deluge functions fails on some records.', 2, TS, '24x5'],
  ['Social', 'The post is not published yet, how do we publish it on Facebook?', 3, TS, '24x5'],
  ['Social', 'How do I get posts published on Facebook and Instagram at once?', 3, TS, '24x5'],
  ['Social', 'Why are posts not published on Facebook when the page is disconnected? Is that by design?', 3, 'Product Management Related', '24x5'],
  ['Social', 'Scheduled posts are not published on any channel on weekends, is that by design?', 3, 'Product Management Related', '24x5'],
]

const LOGGED_OUT_OVER_AND_OVER: Phrasing[] = [
  ['Logout', 'Some agents get logged out every 10 minutes. The rest work normally.', 2, TS, '24x5'],
  ['Logged out', 'A few of our agents keep getting logged out every few minutes; everyone else is fine.', 2, TS, '24x5'],
  ['Logout', 'Some of our users keep getting logged out every few minutes.', 2, TS, '24x5'],
  ['Desk', 'Two agents get kicked out of Desk every hour, the other agents work normally.', 2, TS, '24x5'],
  // traps: everyone logged out over and over, people who cannot log in, the session timeout at work
  ['Logged out', 'All agents keep getting logged out every few minutes since this morning.', 1, TS, '24x7'],
  ['Kicked out', 'Users get kicked out of CRM every few minutes and have to sign in again.', 1, TS, '24x7'],
  ['Login', 'The whole team gets logged out every five minutes and has to log in again.', 1, TS, '24x7'],
  ['Login', 'Some of our agents cannot log in.', 1, TS, '24x7'],
  ['Login', "One of our admins got logged out and now can't log back in.", 1, TS, '24x7'],
  ['Sessions', 'Agents get logged out after 8 hours and have to sign in again. Can that be 10?', 3, TS, '24x5'],
  ['Logout', 'How can we stop some agents from being logged out every 15 minutes?', 3, TS, '24x5'],
]

const INVOICES_WHOSE: Phrasing[] = [
  ['Invoice', "What happened to our invoice? We still haven't received it.", 2, IC, '24x5'],
  ['Invoice', "We still haven't received our invoice for March.", 2, IC, '24x5'],
  ['Rechnung', 'Wir haben unsere Rechnung für März noch nicht erhalten.', 2, IC, '24x5'],
  ['Facture', "Nous n'avons toujours pas reçu notre facture de mars.", 2, IC, '24x5'],
  ['Rechnungen', 'Unsere Kunden bekommen ihre Rechnungen nicht mehr', 1, TS, '24x5'],
  ['Rechnungen', 'Unsere Kunden erhalten ihre Rechnungen nicht mehr per E-Mail.', 1, TS, '24x5'],
  ['Factures', 'Nos clients ne reçoivent plus leurs factures.', 1, TS, '24x5'],
  ['Invoices', 'Our customers no longer receive their invoices from Books.', 1, TS, '24x5'],
  // traps: Zoho's invoice to correct, invoices gone, a habit told
  ['Rechnung', 'Ihre Rechnung vom März ist falsch, bitte korrigieren.', 2, IC, '24x5'],
  ['Invoices', 'What happened to our invoices? All of March is gone.', 1, TS, '24x5'],
  ['Rechnungen', 'Die Kunden bekommen von uns ihre Rechnungen per Post.', 3, TS, '24x5'],
]

describe('phrasings, round 128: leftovers read as families', () => {
  it('reads tasks nobody can do, marking tasks done and exporting anything, as 1 on 24x5', async () => {
    expect(await misread(TASKS_NOBODY_CAN_DO)).to.deep.equal([])
  })
  it('reads reports shown blank as a result shown empty (2)', async () => {
    expect(await misread(SHOWN_BLANK)).to.deep.equal([])
  })
  it('reads all our functions failing and posts not published on a network as 1 on 24x5', async () => {
    expect(await misread(FUNCTIONS_AND_POSTS)).to.deep.equal([])
  })
  it('reads some people logged out over and over as 2, everyone as 1 on 24x7', async () => {
    expect(await misread(LOGGED_OUT_OVER_AND_OVER)).to.deep.equal([])
  })
  it('reads the partner\'s own invoice not received as Invoice changes, the customers\' invoices as Support', async () => {
    expect(await misread(INVOICES_WHOSE)).to.deep.equal([])
  })
})
