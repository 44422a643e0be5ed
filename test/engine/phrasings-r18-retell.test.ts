// Round 18 (branch r18-retell): the meanings behind the first-read misses of grown-60.yaml (the English
// originals retold by other partners), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// An app that closes by itself as it opens is a crash (1, 24x5); a ticket, a chat or a session that
// closes by itself is an automation at work, no crash.
const CLOSES_BY_ITSELF: Phrasing[] = [
  ['Mobile app', "Since Tuesday the Desk app on our agents' Android phones shuts itself down a second after it starts.", 1, TS, '24x5'],
  ['CRM app', 'The app just closes by itself whenever a rep taps on a contact.', 1, TS, '24x5'],
  ['Creator app', 'Our Creator app quits on its own as soon as the form opens, on every device.', 1, TS, '24x5'],
  ['App', 'Die CRM-App schließt sich von selbst, sobald unsere Außendienstler sie öffnen.', 1, TS, '24x5'],
  ['Application', "L'application mobile se ferme toute seule dès qu'on l'ouvre.", 1, TS, '24x5'],
  ['App', 'The Desk app closes by itself the moment an agent opens a ticket.', 1, TS, '24x5'],
  // traps: records and conversations closed by an automation
  ['Ticket', 'A ticket closes by itself once the customer rates it. Where is that configured?', 3, TS],
  ['Tickets', 'Our tickets close on their own after 3 days, can we switch that off?', 3, TS],
  ['Chat', 'The chat window closes by itself after 2 minutes of waiting, how do we extend that?', 3, TS],
  ['Chat', 'Der Chat schließt sich von selbst nach 2 Minuten, wo stellt man das ein?', 3, TS],
  ['Ticket', 'Le ticket se ferme tout seul après la réponse du client, où se règle ce délai ?', 3, TS],
]

// Non-native "cannot enter to the system": no way in, a login failure (1, 24x7); a how-to about it is not.
const ENTER_TO_THE_SYSTEM: Phrasing[] = [
  ['Login', 'Since Monday our accountants cannot enter to the system, it says the password is wrong.', 1, TS, '24x7'],
  ['Access', 'None of the agents can enter to the CRM since the morning.', 1, TS, '24x7'],
  // traps: a how-to, data entered in the system
  ['SSO', 'How do our users enter to the system with Google SSO? We want to switch it on.', 3, TS],
  ['Orders', 'The orders we enter in the system take a while to show up in the report.', 3, TS],
]

// A subject's words set aside once in the text do not set aside the text's own other words for the same
// trouble: a reset mail that does not reach the inboxes (a delivery), then nobody who can get in (login, 24x7).
const SAID_AGAIN_OTHERWISE: Phrasing[] = [
  ['Cannot reset password', "The reset mails do not reach our staff's mailboxes. Since yesterday none of them can get into Zoho One.", 1, TS, '24x7'],
  ['Password reset mail not received', "The reset email does not reach our users' mailboxes. So since this morning they cannot enter to the system at all.", 1, TS, '24x7'],
  ['Reset link not arriving', "The link for the reset does not reach anyone's inbox. Because of that our agents are unable to sign in to Desk.", 1, TS, '24x7'],
  ['Passwort-Reset kommt nicht an', 'Die Mail zum Zurücksetzen erreicht die Postfächer nicht. Seit gestern kann sich keiner mehr anmelden.', 1, TS, '24x7'],
  // traps: the same words again are the same thing the text qualified
  ['Merging duplicates in bulk', 'Our web form creates duplicate contacts when people submit it twice. We have a few hundred duplicates now. Is there a way to merge them in bulk?', 3, TS],
]

// It works, only not at the speed promised: worse than documented (2), no failure.
const NOT_AT_THE_SPEED: Phrasing[] = [
  ['Export speed', 'The export runs, only not at full speed: 10 minutes for 2,000 rows.', 2, TS, '24x5'],
  ['Sync', 'The sync does its job, just not at the speed the documentation promises.', 2, TS, '24x5'],
  ['Sync', 'Die Synchronisation funktioniert, nur nicht mit der versprochenen Geschwindigkeit.', 2, TS, '24x5'],
  ['Synchro', 'La synchronisation fonctionne, mais pas à la vitesse annoncée.', 2, TS, '24x5'],
  // traps: a total failure, with a speed asked of Zoho
  ['Sync', 'The sync does not work at all since the update.', 1, TS, '24x7'],
  ['Sync', 'Sync not working at all, please look at it at full speed!', 1, TS, '24x7'],
]

// A product's check that should block a record ("instead of blocking it") is a result (2), no show-stopper.
const BLOCKING_A_RECORD: Phrasing[] = [
  ['Validation', 'The validation rule lets the record through instead of blocking it.', 2, TS],
  ['Duplicates', 'Leads with the same phone number are saved twice; the duplicate rule should be blocking them.', 2, TS],
  // traps: blocking people
  ['Blocked', 'This error is blocking our whole team since 9am.', 1, TS, '24x5'],
  ['Quotes', 'The error is blocking us, nobody can send quotes.', 1, TS],
]

// A purchase "billed as usual" is paid for as usual (its own type), no change to an invoice.
const BILL_AS_USUAL: Phrasing[] = [
  ['Seats', "Please add 5 more licences to Harbour Dental's CRM subscription and invoice accordingly.", 2, 'Upgrades'],
  ['+20 Desk users', 'Thornbury Retail needs 20 extra agent seats on their Desk plan, please add and bill as usual.', 2, 'Upgrades'],
  ['Lizenzen', 'Bitte für Meyer 10 zusätzliche Lizenzen für Desk buchen und wie gewohnt in Rechnung stellen.', 2, 'Upgrades'],
  ['Licences', "Merci d'ajouter 3 licences supplémentaires à l'abonnement de Durand et de facturer comme d'habitude.", 2, 'Upgrades'],
  ['Seats', 'Two extra user seats on the Bookings subscription of Lindqvist, please, and bill us as usual.', 2, 'Upgrades'],
  // traps: a fault on Zoho's invoice; seats at a workshop
  ['Workshop', 'Can we book two extra seats on the Deluge workshop and bill as usual?', 3, TS],
  ['Invoice', 'The invoice for the extra seats shows the wrong VAT number, please correct it.', 2, 'Invoice changes'],
]

// The partner's contract "valid until" a date, asked how it goes on: a partner account renewal (3).
const CONTRACT_VALID_UNTIL: Phrasing[] = [
  ['Agreement', 'Our reseller agreement is valid until 30 June. What do we need to do to keep it going?', 3, PR],
  ['Partner contract valid until end of March', 'Hello, our partner contract with Zoho is valid until 31 March. What steps are necessary so that it continues?', 3, PR],
  ['Partnervertrag', 'Unser Partnervertrag ist gültig bis 31.03. Was müssen wir tun, damit er weiterläuft?', 3, PR],
  ['Contrat', "Notre contrat partenaire est valable jusqu'au 31 mars, que faut-il faire pour continuer ?", 3, PR],
  // trap: ended, not renewed
  ['Contract', 'Our partner contract is valid until March, but we will not continue. Please terminate it.', 1, PR],
]

describe('phrasings of round 18, branch r18-retell', () => {
  it('reads an app that closes by itself as a crash, not a ticket that closes by itself', async () => {
    expect(await misread(CLOSES_BY_ITSELF)).to.deep.equal([])
  })
  it('reads "cannot enter to the system" as no way in', async () => {
    expect(await misread(ENTER_TO_THE_SYSTEM)).to.deep.equal([])
  })
  it('keeps the text\'s other words for a trouble its subject headlines', async () => {
    expect(await misread(SAID_AGAIN_OTHERWISE)).to.deep.equal([])
  })
  it('reads "works, only not at the speed promised" as worse, not as a failure', async () => {
    expect(await misread(NOT_AT_THE_SPEED)).to.deep.equal([])
  })
  it('reads a check blocking a record as a result, not a show-stopper', async () => {
    expect(await misread(BLOCKING_A_RECORD)).to.deep.equal([])
  })
  it('reads "add and bill as usual" as the purchase, not an invoice change', async () => {
    expect(await misread(BILL_AS_USUAL)).to.deep.equal([])
  })
  it('reads a partner contract valid until a date as a renewal', async () => {
    expect(await misread(CONTRACT_VALID_UNTIL)).to.deep.equal([])
  })
})
