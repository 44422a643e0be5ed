// Round 38 (branch r38-english): the meanings behind the first-read misses of grown-114.yaml (English as partners
// around the world write it), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Staff kept from clocking in for their shift cannot start work (concept `people cannot work`): 1 on 24x5.
const NOBODY_CLOCKS_IN: Phrasing[] = [
  ['Attendance', 'Since 8am no one at the warehouse can punch in, the attendance page errors.', 1, TS, '24x5'],
  ['Shifts', "Our night staff can't clock in, the kiosk just shows an error.", 1, TS, '24x5'],
  ['Zeiterfassung', 'Seit heute früh kann sich niemand in der Filiale einstempeln.', 1, TS, '24x5'],
  ['Pointage', 'Personne ne peut pointer à l’entrepôt depuis 7 heures.', 1, TS, '24x5'],
  // traps: a how-to about clocking in, and one person with the others fine
  ['Clock in', 'How do we let staff clock in from the mobile app as well?', 3, TS],
  ['Clock in', 'Can we set a geofence so employees can only clock in at the office?', 3, TS],
]

// A product that will not load at all for everyone is down, even where a timeout shows it (rule `not reachable at
// all`): 24x7; a timeout without everyone named stays slowness (24x5).
const NOT_LOADING_AT_ALL: Phrasing[] = [
  ['Desk', 'Desk does not load at all for any of our agents, it times out after a while.', 1, TS, '24x7'],
  ['Books', "Books won't open at all for all our users, the browser gives up with a timeout.", 1, TS, '24x7'],
  ['CRM', 'Since lunch the CRM will not load at all for everyone in the office, it just times out.', 1, TS, '24x7'],
  // traps: slowness with a timeout and no one named, one user with the others fine
  ['Analytics', 'Analytics is very slow, the dashboards do not load at all before the timeout.', 1, TS, '24x5'],
  ['CRM', 'CRM does not load at all for one user, Maria; everyone else is fine.', 2, TS],
]

// British and Australian slang: "on the blink" is out of order (concept `broken`), "carked it" died (concept
// `outage`); "grand now" and "right as rain" are fine now (`resolved`).
const SLANG_OUT_OF_ORDER: Phrasing[] = [
  ['Phones', 'The Desk telephony has been on the blink all morning for the whole team.', 1, TS, '24x5'],
  ['Projects', 'Zoho Projects has carked it, nobody in the office can use it.', 1, TS, '24x7'],
  ['Sync', 'The calendar sync carked it overnight and nothing has come through since.', 1, TS],
  // traps: over and fine now
  ['Desk', 'Desk was on the blink on Friday but it is grand now. Could you tell us what went wrong?', 3, TS],
  ['Portal', 'CRM carked it for ten minutes yesterday, right as rain now. Was there an incident on your side?', 3, TS],
]

// "Broken" said of an output whose dates come out in another format than set is a result shown otherwise (rule
// `broken` yields to `other format`): 2.
const BROKEN_DATE_FORMAT: Phrasing[] = [
  ['Export busted', 'The report export is busted, the dates come out as MM/DD/YYYY.', 2, TS],
  ['PDF broken', 'The quote PDF is broken: the due date prints in US format although our locale is UK.', 2, TS],
  ['Datum', 'Der Export ist kaputt, die Daten kommen als MM/TT/JJJJ heraus.', 2, TS],
  // trap: broken for real
  ['Export broken', 'The export is broken, it fails for every user with an error.', 1, TS],
]

describe('phrasings, round 38: English as partners around the world write it', () => {
  it('reads nobody able to clock in as people who cannot work', async () => {
    expect(await misread(NOBODY_CLOCKS_IN)).to.deep.equal([])
  })
  it('reads a product that will not load at all for everyone as down', async () => {
    expect(await misread(NOT_LOADING_AT_ALL)).to.deep.equal([])
  })
  it('reads "on the blink" and "carked it" as out of order, "grand now" as over', async () => {
    expect(await misread(SLANG_OUT_OF_ORDER)).to.deep.equal([])
  })
  it('reads an output said broken for its date format as a result shown otherwise', async () => {
    expect(await misread(BROKEN_DATE_FORMAT)).to.deep.equal([])
  })
})
