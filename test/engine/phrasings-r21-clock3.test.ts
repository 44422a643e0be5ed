// Round 21 (branch r21-clock3): the meanings behind the first-read misses of grown-71.yaml (English Support
// severity-1 pairs where what is unavailable decides the clock), in other words and languages than the
// tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The product's start screen (a spinner, a splash screen) with nothing past it, or for everyone: the product
// never opens, downtime (1, 24x7, README rounds 17-20); a spinner for a moment, in one widget, for one user,
// or a question about it, is not.
const START_SCREEN: Phrasing[] = [
  ['Desk', 'When the agents open Desk all they see is the loading icon, nothing after that.', 1, TS, '24x7'],
  ['CRM', 'Since 8 the splash screen comes up and stays that way for all our users.', 1, TS, '24x7'],
  ['People', 'Every employee gets the loading animation when opening People and it goes no further.', 1, TS, '24x7'],
  ['Books', 'Our accountants only get a spinning circle when they open Books this morning.', 1, TS, '24x7'],
  ['CRM', 'Seit heute früh sehen alle Benutzer nur den Ladekreis, CRM kommt nicht weiter.', 1, TS, '24x7'],
  ['Desk', "Depuis ce matin, tous nos agents ne voient que l'écran de chargement de Desk.", 1, TS, '24x7'],
  // traps: a spinner for a moment, one widget, one user with the rest fine, a question about the screen
  ['Dashboard', 'The revenue widget only shows a spinner, the other widgets are fine.', 2, TS],
  ['CRM', 'Only on Anna\'s laptop the loading screen stays there; everyone else is fine.', 2, TS],
  ['Portal', 'Can we change the splash screen of our help centre to show our own logo?', 3, TS],
]

// Records that cannot move on, whatever their kind ("no ticket can be moved to Closed"): the process does
// not work (1, 24x5, README round 13), no outage.
const NO_RECORD_MOVES: Phrasing[] = [
  ['Desk', 'Since the update no ticket can be moved to Closed, it jumps back to Open.', 1, TS, '24x5'],
  ['Books', 'No invoice can be marked as complete since this morning.', 1, TS, '24x5'],
  ['Recruit', 'No candidate can be moved into the Interview stage for any recruiter.', 1, TS, '24x5'],
  ['Projects', 'No milestone can be set to done since the template change.', 1, TS, '24x5'],
  // traps: a question about moving records, one record moved by mistake
  ['Projects', 'How do we make sure no task can be moved to Done before it is approved?', 3, TS],
  ['Desk', 'How do we move a ticket back to Open after it was closed?', 3, TS],
]

// Minutes "or more" to open an everyday screen: slowness (1, 24x5, README round 14), as "minutes to open".
const MINUTES_OR_MORE: Phrasing[] = [
  ['CRM', 'Each contact takes four minutes or longer to open for our sales team.', 1, TS, '24x5'],
  ['Desk', 'The ticket list needs two minutes or so to load, every time, for all agents.', 1, TS, '24x5'],
  ['Creator', 'Every report takes 3 minutes plus to show up since Monday.', 1, TS, '24x5'],
  ['CRM', 'Jeder Kontakt braucht drei Minuten oder länger zum Öffnen.', 1, TS, '24x5'],
  ['CRM', "Chaque fiche met trois minutes ou plus pour s'ouvrir depuis lundi.", 1, TS, '24x5'],
  // traps: a bit slower than usual, a scheduled run every few minutes, a duration the partner calls fine
  ['CRM', 'Contacts are a bit slower than usual to open this week.', 2, TS],
  ['Import', 'The nightly import takes 20 minutes or more, is that normal?', 3, TS],
]

// A process step failing on every record ("the approval fails for every request"): no record moves on
// (1, 24x5), not an error on every record opened; errors on every page stay an outage (24x7).
const STEP_ON_EVERY_RECORD: Phrasing[] = [
  ['Blueprint', 'The stage change throws an error on every deal since the update.', 1, TS, '24x5'],
  ['Approvals', 'Every status change fails with an error for every ticket, for all agents.', 1, TS, '24x5'],
  ['Blueprint', 'Bei jedem Deal schlägt der Phasenwechsel fehl.', 1, TS, '24x5'],
  ['Tickets', 'Der Statuswechsel bringt seit dem Update bei jedem Ticket einen Fehler.', 1, TS, '24x5'],
  ['Blueprint', "Le changement d'étape échoue avec une erreur sur chaque affaire depuis la mise à jour.", 1, TS, '24x5'],
  // traps: errors on every page or on every record opened are an outage
  ['CRM', 'Every page throws an error for all users since 9.', 1, TS, '24x7'],
  ['CRM', 'Every record we open shows an error since this morning.', 1, TS, '24x7'],
  ['CRM', 'Seit heute früh zeigt jeder Datensatz beim Öffnen einen Fehler, bei allen Benutzern.', 1, TS, '24x7'],
  ['CRM', 'Chaque fiche que nous ouvrons affiche une erreur depuis ce matin.', 1, TS, '24x7'],
]

// Errors on every page said with the entry page among them ("even the home page"): errors on every page,
// an outage (24x7, README).
const EVEN_THE_HOME_PAGE: Phrasing[] = [
  ['Inventory', 'Items, bills, reports, even the home page - all of them show an error since noon.', 1, TS, '24x7'],
  ['CRM', 'Sogar die Startseite zeigt seit heute Morgen nur einen Fehler.', 1, TS, '24x7'],
  ['CRM', "Même la page d'accueil affiche une erreur depuis ce matin.", 1, TS, '24x7'],
  // trap: a how-to about the home page
  ['CRM', 'How do we add a chart to the home page, including the home page of the sales team?', 3, TS],
]

// Values set to zero by the product in the records: lost or corrupted data (1, 24x5, README round 14 "written
// over by the product"); the same in a question, or the partner's own setting, is not.
const SET_TO_ZERO: Phrasing[] = [
  ['Inventory', 'Overnight the quantity of every product was changed to zero, nobody touched them.', 1, TS, '24x5'],
  ['CRM', 'All deal amounts went to 0 after the sync last night.', 1, TS, '24x5'],
  ['Books', 'Die Beträge aller offenen Rechnungen wurden heute Nacht auf 0 gesetzt.', 1, TS, '24x5'],
  ['Inventory', 'Les stocks de tous les articles ont été mis à zéro pendant la nuit.', 1, TS, '24x5'],
  // traps: a how-to, the partner's own setting
  ['Inventory', 'How do I reset the stock of an item to 0 before a stocktake?', 3, TS],
  ['Quote', 'We set the discount to 0 on this quote, how do we hide the discount column?', 3],
]

// "The whole operations team" names people, no total stop: records that cannot move on stay 24x5.
const WHOLE_TEAM: Phrasing[] = [
  ['Orders', 'No order can move past Approval and the whole sales team is blocked.', 1, TS, '24x5'],
  ['Desk', 'No ticket can be moved to Closed, our entire support team is stuck.', 1, TS, '24x5'],
  // trap: a total stop stays one
  ['Sync', 'The sync has stopped completely since Monday.', 1, TS, '24x7'],
]

describe('phrasings of round 21, branch r21-clock3', () => {
  it('reads a start screen for everyone or with nothing past it as downtime', async () => {
    expect(await misread(START_SCREEN)).to.deep.equal([])
  })
  it('reads records of any kind that cannot move on as a process that does not work', async () => {
    expect(await misread(NO_RECORD_MOVES)).to.deep.equal([])
  })
  it('reads minutes or more to open a screen as slowness', async () => {
    expect(await misread(MINUTES_OR_MORE)).to.deep.equal([])
  })
  it('reads a process step failing on every record as a show-stopper, not an outage', async () => {
    expect(await misread(STEP_ON_EVERY_RECORD)).to.deep.equal([])
  })
  it('reads errors on every page down to the home page as an outage', async () => {
    expect(await misread(EVEN_THE_HOME_PAGE)).to.deep.equal([])
  })
  it('reads values set to zero by the product as lost data', async () => {
    expect(await misread(SET_TO_ZERO)).to.deep.equal([])
  })
  it('reads "the whole X team" as people, no total stop', async () => {
    expect(await misread(WHOLE_TEAM)).to.deep.equal([])
  })
})
