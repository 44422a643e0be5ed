// Round 23 (branch r23-impact): the meanings behind the first-read misses of grown-81.yaml (partners' customers in
// warehouses, clinics, care homes, schools, hotels, plants, charities, law firms and field service saying a
// severity-1 matter through its consequences), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A shift sent home or people standing about with nothing to do: people who cannot work, 1 on 24x5 (README round 14);
// only feared, or a how-to about waiting between tasks, it reports nothing.
const SHIFT_SENT_HOME: Phrasing[] = [
  ['Plant', 'We sent the late shift home at 11 because nothing could be booked.', 1, TS, '24x5'],
  ['Depot', 'The drivers were sent home, the crew too. We sent the crew home at 6.', 1, TS, '24x5'],
  ['Lager', 'Wir haben die Frühschicht nach Hause geschickt, es ging nichts.', 1, TS, '24x5'],
  ['Usine', "Nous avons renvoyé l'équipe du matin, rien ne passait dans le système.", 1, TS, '24x5'],
  ['Floor', 'The packers are standing around doing nothing since the start of the shift.', 1, TS, '24x5'],
  ['Lager', 'Die Packer stehen tatenlos herum seit Schichtbeginn.', 1, TS, '24x5'],
  // traps: feared, a how-to, a shift of output lost is no result off
  ['Plant', 'If this goes on we will have to send the night shift home.', 3, TS],
  ['Pickers', 'Pickers wait a few minutes between lists. Is there a way to push the next list automatically? How do we set it up?', 3, TS],
  ['Output', 'We lost a whole shift of output last week during the power cut, how do we re-plan the orders?', 3, TS],
]

// "Open" as the state of records ("the open orders", "offene Aufträge") opens nothing; what they fail to reach is a
// delivery (24x5), no lack of access (24x7).
const OPEN_RECORDS: Phrasing[] = [
  ['Scanners', 'We can see the open orders in Inventory but none of them reach the scanners.', 1, TS, '24x5'],
  ['Phones', 'Not one appointment has reached the clinicians\' diaries since 8am.', 1, TS, '24x5'],
  ['Jobs', 'No job has reached the technicians\' tablets today, they are all scheduled on the board.', 1, TS, '24x5'],
  // still access: nobody opens the product
  ['CRM', 'None of us can open CRM since this morning.', 1, TS, '24x7'],
]

// Off the air is down (24x7); "vom Netz" too.
const OFF_THE_AIR: Phrasing[] = [
  ['Site', 'Our booking site has gone off the air since 8pm, customers tell us on the phone.', 1, TS, '24x7'],
  ['Website', 'Die Buchungsseite ist seit 20 Uhr vom Netz.', 1, TS, '24x7'],
  // trap: a past time off the air, back now
  ['Question', 'The site was off the air for an hour yesterday, it is back now. What happened?', 3, TS],
]

// Values that "now read/show 0" in the records are lost (1, 24x5, README rounds 20-21); minutes per scan or to go
// through is slowness (1, 24x5).
const ZERO_AND_MINUTES: Phrasing[] = [
  ['Grades', 'The grades for 10B now show 0 for every pupil.', 1, TS, '24x5'],
  ['Notes', 'Toutes les notes saisies hier par les enseignants affichent maintenant 0.', 1, TS, '24x5'],
  ['Tills', 'Each payment at the till takes three minutes to go through this morning.', 1, TS, '24x5'],
  ['Scan', 'Jeder Scan braucht zwei Minuten pro Scan, die Packer warten.', 1, TS, '24x5'],
  ['Scan', 'Chaque scan prend deux minutes par scan depuis ce matin.', 1, TS, '24x5'],
  // trap: a bit slower than usual
  ['Scan', 'Scans are a bit slower than usual this week, everything still works.', 2, TS],
]

// One device (a tablet, a scanner, a till) failing while the others work: 2 (README rounds 17-22).
const ONE_DEVICE: Phrasing[] = [
  ['Tablet', 'The tablet in room 4 will not let anyone sign in. It is only that one tablet.', 2, TS],
  ['Tablette', 'La connexion ne marche que sur cette tablette, pas les autres.', 2, TS],
  ['Scanner', 'The scanner at bench 4 cannot log in, it is just this scanner.', 2, TS],
  // not one device: everyone
  ['Tablets', 'None of the tablets let anyone sign in since 7.', 1, TS, '24x7'],
]

// Records that turn up on another patient's or person's record are misfiled (1, 24x5); the partner stopping a
// thing on purpose is no program that stopped, and people who do not turn up are no records.
const MISFILED_AND_OWN_HALT: Phrasing[] = [
  ['Visits', "Since Tuesday the visits booked online show up on other patients' records.", 1, TS, '24x5'],
  ['Termine', 'Seit Dienstag landen die Online-Termine beim falschen Patienten.', 1, TS, '24x5'],
  ['Chart', "The night medication rounds are missing from every resident's chart.", 1, TS, '24x5'],
  // traps: the partner's own halt, people who did not come, one's own click
  ['Reminders', 'We have stopped sending the reminders ourselves until the diary is sorted. How do we resend them later?', 3, TS],
  ['Rappels', "Nous avons arrêté l'envoi des rappels pour éviter la confusion.", 3, TS],
  ['Patients', 'Nobody turned up for the 9 o\'clock class, how do we send a reminder the day before?', 3, TS],
  ['Booking', 'I clicked on the wrong patient and booked it there by mistake, how do I move it?', 3, TS],
]

describe('phrasings, round 23 (r23-impact): severity 1 said through industry consequences', () => {
  it('reads a shift sent home or people standing idle as people who cannot work', async () => {
    expect(await misread(SHIFT_SENT_HOME)).to.deep.equal([])
  })
  it('reads open records as a state and what fails to reach a place as a delivery', async () => {
    expect(await misread(OPEN_RECORDS)).to.deep.equal([])
  })
  it('reads off the air as down', async () => {
    expect(await misread(OFF_THE_AIR)).to.deep.equal([])
  })
  it('reads values now reading 0 as lost, and minutes per scan as slowness', async () => {
    expect(await misread(ZERO_AND_MINUTES)).to.deep.equal([])
  })
  it('reads one device failing as 2', async () => {
    expect(await misread(ONE_DEVICE)).to.deep.equal([])
  })
  it('reads records on another patient as misfiled, and the partner\'s own halt as no failure', async () => {
    expect(await misread(MISFILED_AND_OWN_HALT)).to.deep.equal([])
  })
})
