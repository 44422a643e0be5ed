// Round 21 (branch r21-hedge): the meanings behind the first-read misses of grown-72.yaml (polite,
// understated partners who wrap a severity 1 in apologies, hedges and questions), in other words and
// languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'

// A hedge between a symptom's words ("appears to have been", "anscheinend", "apparemment") softens it and
// takes no room in the rule's window: the data is still said to be lost (1 on 24x5).
const HEDGED_SYMPTOM: Phrasing[] = [
  ['Analytics', 'All the sales data of the previous year appears to have been deleted from the workspace.', 1, TS, '24x5'],
  ['CRM', 'I am afraid the leads imported in spring seem to have been deleted overnight; nobody here removed them.', 1, TS, '24x5'],
  ['Books', 'The customer records might have been lost overnight, as far as we can tell.', 1, TS, '24x5'],
  ['CRM', 'The notes of all our contacts in the north region seem to be gone since this morning.', 1, TS, '24x5'],
  ['CRM', 'Die Kontakte der Filiale in Bergen sind anscheinend gelöscht.', 1, TS, '24x5'],
  // traps: a hedge with nothing failing, records the user deleted, a question where to find them
  ['Reports', 'It seems to be a question of configuration: how do we add a filter to the report?', 3, TS],
  ['CRM', 'An intern appears to have deleted two contacts by mistake, how do we get them back?', 3, TS],
  ['CRM', 'Where can I find the records that may have been deleted last week?', 3, TS],
]

// A courtesy that names a trouble or a disturbance ("sorry for the trouble", "Entschuldigen Sie die
// Störung", "désolé pour le dérangement") reports nothing; a real failure beside it still counts.
const COURTESY: Phrasing[] = [
  ['Frage', 'Entschuldigen Sie die Störung, wie kann ich in CRM einen Bericht exportieren?', 3, TS],
  ['Rechnung', 'Verzeihen Sie bitte die Störung, könnten Sie uns die Rechnung für Oktober noch einmal schicken?', 2, 'Invoice changes'],
  ['Portal', 'Entschuldigung für die Störung: wo finde ich im Partnerportal die Provisionsabrechnung?', 3, 'Commission Payment'],
  ['Store', 'Apologies for the trouble - we ordered the same licences twice in the Zoho Store, could you cancel order 5512?', 2, SR],
  ['Store', 'So sorry to trouble you: would you send us the quote from the Zoho Store again?', 2, SR],
  // traps: the failure itself, next to the courtesy
  ['CRM', 'Entschuldigen Sie die Störung, aber CRM ist seit heute früh nicht erreichbar.', 1, TS, '24x7'],
  ['Store', 'Sorry for the trouble, but the checkout in the Zoho Store fails every time we try to buy licences.', 1, SR, '24x5'],
  ['CRM', 'Désolé pour le dérangement, mais CRM est en panne depuis ce matin.', 1, TS, '24x7'],
]

// An error on every employee's payslip is an error on every item of a run (1 on 24x5).
const EVERY_PAYSLIP: Phrasing[] = [
  ['Payroll', "Each employee's payslip fails with an error when we run this month's payroll.", 1, TS, '24x5'],
  ['Payroll', "Generating everyone's payslip ends in an error since the update.", 1, TS, '24x5'],
  ['Payroll', 'All employees\' payslips fail with an error in Zoho Payroll today.', 1, TS, '24x5'],
  ['Lohn', 'Die Gehaltsabrechnung jedes Mitarbeiters bricht mit einem Fehler ab.', 1, TS, '24x5'],
  // traps: one payslip wrong, a how-to
  ['Payroll', "One employee's payslip shows the wrong tax amount.", 2, TS],
  ['Payroll', "How do we email each employee's payslip automatically?", 3, TS],
]

// What does not open on one machine, the others fine, is that machine's (2), no lack of access; a login
// that fails for one user, or nobody getting in, stays 1 on 24x7.
const ONE_MACHINE: Phrasing[] = [
  ['Zia', "The Zia panel does not load on one colleague's laptop; for everybody else it is fine.", 2, TS],
  ['Desk', 'The dashboard cannot be opened on one of our laptops, the others open it without trouble.', 2, TS],
  ['Desk', 'Das Dashboard lässt sich nur auf einem Laptop nicht öffnen, bei allen anderen geht es.', 2, TS],
  // traps: one user's login, everybody
  ['Login', 'One of our agents cannot log in to Desk since this morning; the others are fine.', 1, TS, '24x7'],
  ['Desk', 'Nobody in the team can open the Desk dashboard since nine.', 1, TS, '24x7'],
]

// A file stored as 0 bytes is lost data (1 on 24x5), however far from the word for the files, and its
// "cannot be opened" is the damage's, no outage or login (not 24x7).
const ZERO_BYTES: Phrasing[] = [
  ['WorkDrive', 'Every document our customer uploaded to WorkDrive since Monday now shows a size of 0 bytes.', 1, TS, '24x5'],
  ['CRM', 'The attachments added to the deals over the weekend are listed as 0 KB and cannot be opened.', 1, TS, '24x5'],
  ['WorkDrive', 'Alle seit Montag hochgeladenen Dateien haben 0 Byte und lassen sich nicht öffnen.', 1, TS, '24x5'],
  ['WorkDrive', 'Tous les fichiers envoyés depuis lundi font 0 octet et ne peuvent pas être ouverts.', 1, TS, '24x5'],
  // traps: a how-to about empty files, a limit
  ['WorkDrive', 'How do I stop users from uploading 0 byte files?', 3, TS],
]

describe('phrasings of round 21, branch r21-hedge', () => {
  it('reads a hedge between a symptom\'s words as taking no room', async () => {
    expect(await misread(HEDGED_SYMPTOM)).to.deep.equal([])
  })
  it('reads a courtesy about trouble or disturbance as no failure', async () => {
    expect(await misread(COURTESY)).to.deep.equal([])
  })
  it("reads an error on every employee's payslip as an error on every item of a run", async () => {
    expect(await misread(EVERY_PAYSLIP)).to.deep.equal([])
  })
  it('reads what does not open on one machine as that machine\'s, not a lack of access', async () => {
    expect(await misread(ONE_MACHINE)).to.deep.equal([])
  })
  it('reads files stored as 0 bytes as lost data on 24x5', async () => {
    expect(await misread(ZERO_BYTES)).to.deep.equal([])
  })
})
