// Round 136: Zoho's mobile apps and the devices partners' teams use (blind batch grown-r136-mobile.yaml). The words of
// phones and tablets read as something else: "the App Store" / "the Play Store" as the partner store (Store Related);
// records "completed offline" or an "Offline checklists" subject as an outage (24x7), and technicians who "go back online"
// as a fix told; the shop's opening hour ("declining every card payment since opening at 9") and the scanner's camera
// that "opens but" reads nothing as a login or access failure (24x7, where tills and scanners are 24x5); one of the
// shop's tablets refusing cards as every till; the app fine on the other devices ("On phones it loads fine") and "the
// other agents see them" as nothing said; a crash "last week" that "works fine again" since an update, and a phone an
// agent "lost", as present trouble.
// Choices (DOMAIN.md §4, §5 and README's settled readings): a login or a start screen failing for everyone is 24x7, a
// crash at launch for everyone 24x5 (rounds 25-28: "an app that closes at launch is a crash"); the app failing on one
// kind of device while the others work is 2; a login failing for a few people stays 1 on 24x7 even when the others are
// fine (round 23); the web working while the app fails for everyone stays 1 (grown-41, grown-83); a device lost is no
// data lost; a phone's app store is no Zoho store (Technical Support).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const MOBILE: Phrasing[] = [
  // the phone's app store
  ['App version', 'Our App Store shows version 5.8 of the Zoho Books app. Is that the latest release?', 3, TS, '24x5'],
  ['Update', 'The Play Store still offers the old version of the Desk app. When will the new one be there?', 3, TS, '24x5'],
  // offline as a way of working
  ['Offline checklists partly syncing', 'Some checklists sync, the rest stay pending for hours.', 2, TS, '24x5'],
  ['Sync', 'When our technicians go back online, some of the forms they completed offline sync and others stay pending.', 2, TS, '24x5'],
  // the shop's opening hour, the scanner's camera
  ['Tills', 'Every till is declining every card payment since opening at 9.', 1, TS, '24x5'],
  ['Scanning', 'The camera opens but no barcode is ever recognised, for any of our warehouse staff. Nobody can pick any orders.', 1, TS, '24x5'],
  // the other devices, the other people fine
  ['Map view', 'The map view in the CRM app does not load on our iPads. On phones it loads fine.', 2, TS, '24x5'],
  ['POS', 'One of the five POS tablets has started rejecting card payments. The other four take cards normally.', 2, TS, '24x5'],
  ['Desk app', 'For 3 of our 25 agents the Desk app does not show new tickets until they reopen it. The other agents see them immediately.', 2, TS, '24x5'],
  // over, a device lost
  ['App crash last week', 'Last week the Desk app crashed on launch for all our agents. Since version 4.12.1 it works fine again.', 3, TS, '24x5'],
  ['Lost phone', 'One of our agents lost her phone on the train. How do we sign her out of the Desk app remotely?', 3, TS, '24x5'],
  // traps that must stay
  ['Store', 'We cannot log in to our store since this morning, error 500.', 1, 'Store Related', '24x5'],
  ['CRM offline', 'Zoho CRM is offline for all our users since 9am.', 1, TS, '24x7'],
  ['iOS app says incorrect password', 'None of our reps can log in to the CRM app on their iPhones, although the same password works in the browser.', 1, TS, '24x7'],
  ['Login', 'Our accountant gets an error when she logs in, all other users can work.', 1, TS, '24x7'],
  ['CRM app', 'The CRM app closes right after launch for every rep. The web version on laptops is fine.', 1, TS, '24x5'],
  ['App', 'Since this morning the Desk app crashes on launch for all agents and still crashes after the update.', 1, TS, '24x5'],
  ['Notes', 'Our reps lost all the notes they entered in the app yesterday, about 300 of them.', 1, TS, '24x5'],
]

describe('phrasings, round 136: mobile apps and devices', () => {
  it('reads phones, tablets and offline work as what they are', async () => {
    expect(await misread(MOBILE)).to.deep.equal([])
  })
})
