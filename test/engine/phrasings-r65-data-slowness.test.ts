// Round 65 (branch r65-data-slowness): the meanings behind the first-read misses of grown-140.yaml (Support severity 1
// told by numbers and effects: data damaged without "data loss", slowness that holds people up, tasks nobody can do), in
// other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A duration measured on an everyday action, with people held up by it (rule `measured time holding people up`; new
// `held up` words: callers hanging up, falling behind, a backlog, trucks waiting): slowness (1, 24x5). Per-unit
// durations ("20 seconds per scan") are slowness on their own.
const MEASURED_TIME_HOLDING_PEOPLE_UP: Phrasing[] = [
  ['Desk', 'Opening a ticket takes 50 seconds and our agents are falling behind.', 1, TS, '24x5'],
  ['CRM', 'Every lookup takes 45 seconds now. Callers just hang up.', 1, TS, '24x5'],
  ['Books', 'Posting a bill has taken two minutes all week and the accounts team are days behind.', 1, TS, '24x5'],
  ['Desk', 'Das Öffnen eines Tickets dauert 50 Sekunden, die Anrufer legen auf.', 1, TS, '24x5'],
  ['CRM', "L'ouverture d'une fiche prend 40 secondes, nos agents prennent du retard.", 1, TS, '24x5'],
  ['Inventory', 'Since the update it is 20 seconds per scan at the packing bench.', 1, TS, '24x5'],
  ['Desk', 'Seit dem Update sind es 30 Sekunden pro Ticket.', 1, TS, '24x5'],
  // traps: a measured time with nobody held up, one laptop's, a slow month of business
  ['Export', 'The nightly export takes 20 minutes. Is there a way to schedule it earlier?', 3, TS],
  ['Laptop', "Each save takes 30 seconds on Janet's laptop only, everyone else is fine, and she is falling behind.", 2, TS],
  ['Question', "It's been a slow month for our sales team. How do I build a report of lost deals?", 3, TS],
]

// A subject "slow - month end": the month's end is when it hurts, no slow month of business (`slow going` keeps
// "a slow month", "slow month for", "slow months").
const SLOW_AT_MONTH_END: Phrasing[] = [['CRM slow - month end close', 'Please have a look.', 1, TS, '24x5']]

// Printing that cannot be done is a feature failing ("not printed" on a PDF is a value left out only as written, no
// longer "can't print"); a whole warehouse or call centre is everyone (no "whole" read as "totally", 24x7).
const CANNOT_PRINT: Phrasing[] = [
  ['Labels', "The entire warehouse can't print packing slips today.", 1, TS, '24x5'],
  ['Dispatch', "We can't print delivery notes since this morning.", 1, TS, '24x5'],
  // trap: a field left off the PDF
  ['Quote PDF', 'The discount is not printed on the quote PDF.', 2, TS],
]

// Approving and closing are a product's work: "no purchase orders can be approved", "agents can't close any tickets"
// (1, 24x5).
const APPROVE_AND_CLOSE: Phrasing[] = [
  ['Approvals', 'No timesheets can be approved since the update.', 1, TS, '24x5'],
  ['Desk', "Our agents can't close any tickets today.", 1, TS, '24x5'],
  ['Rechnungen', 'Seit heute früh können keine Rechnungen genehmigt werden.', 1, TS, '24x5'],
  ['Factures', 'Aucune facture ne peut être approuvée depuis ce matin.', 1, TS, '24x5'],
  // traps: how-tos
  ['Question', 'How do I close a ticket automatically after three days?', 3, TS],
]

// The partner's staff halting a task until the fix ("our staff have stopped sending quotes until it is fixed"): their
// doing (`own halt`), no feature that stopped (24x7); the damage beside it stays on 24x5.
const STAFF_HALT: Phrasing[] = [
  ['Prices', 'Every product price was multiplied by ten overnight. Our staff have stopped sending quotes until it is fixed.', 1, TS, '24x5'],
  // trap: the program's own stop stays a stop
  ['Workflow', 'Our workflow has stopped sending emails since Monday.', 1, TS, '24x7'],
]

// One and the same number on every record, records set back to an earlier step, history cut off at a date: damage
// (1, 24x5), of Technical Support also where the records are invoices.
const SAME_NUMBER_SET_BACK_HISTORY: Phrasing[] = [
  ['Numbering', 'All our sales orders since Monday have the same number, SO-00981.', 1, TS, '24x5'],
  ['Books', 'We now have 40 bills with the same number in Books.', 1, TS, '24x5'],
  ['Angebote', 'Seit Montag gibt es 25 Angebote mit derselben Nummer.', 1, TS, '24x5'],
  ['Pipeline', 'All our deals are back at the first stage since last night, nobody moved them.', 1, TS, '24x5'],
  ['Pipeline', 'Alle Deals stehen wieder auf Qualifizierung, obwohl niemand etwas geändert hat.', 1, TS, '24x5'],
  ['Pipeline', "Toutes nos affaires sont revenues à l'étape Prospection depuis hier.", 1, TS, '24x5'],
  ['History', 'We had four years of tickets in Desk. Since the weekend nothing older than March shows up anywhere.', 1, TS, '24x5'],
  // traps: a dedupe how-to, an outage over with the team back at work, a view set to show recent records
  ['Question', 'How do I find contacts with the same number so I can merge them?', 3, TS],
  ['Re: Desk down', 'Desk is back and the team is back at work. Thanks!', 3, TS],
  ['View', 'How do I make sure nothing older than 30 days shows up in the agents view?', 3, TS],
]

// Slowness asked about while a change runs, said as whether users will notice it: a question (3).
const SLOWNESS_ASKED_AHEAD: Phrasing[] = [
  ['Migration', 'We move 80,000 records on Saturday. Will users notice it being slow while it runs?', 3, TS],
  ['Import', 'Werden die Benutzer während des Imports merken, dass alles langsam ist?', 3, TS],
  ['Import', "Les utilisateurs remarqueront-ils une lenteur pendant l'import ?", 3, TS],
  // trap: slowness told, not asked
  ['CRM', 'CRM has been slow all morning and the agents cannot keep up.', 1, TS, '24x5'],
]

// How to merge or dedupe asked anywhere in the ticket: the duplicates are the partner's to clean, a how-to (3); a
// dedupe done as a workaround leaves a doubling the product does (2).
const DEDUPE_ASKED: Phrasing[] = [
  ['Duplicates', 'After our trade show import we have 600 duplicate contacts. How do we merge them in bulk?', 3, TS],
  ['Dubletten', 'Nach dem Import haben wir 300 doppelte Kontakte. Wie können wir die Dubletten zusammenführen?', 3, TS],
  ['Doublons', "Après l'import nous avons 200 contacts en double. Comment dédoublonner nos contacts ?", 3, TS],
  // trap: a workaround
  ['Webhook', 'The webhook fires twice on every update; we dedupe on our side for now.', 2, TS],
]

describe('phrasings, round 65: severity 1 told by numbers and effects', () => {
  it('reads a measured time that holds people up, and a per-unit time, as slowness', async () => {
    expect(await misread(MEASURED_TIME_HOLDING_PEOPLE_UP)).to.deep.equal([])
  })
  it('reads "slow - month end" as slowness, no slow month', async () => {
    expect(await misread(SLOW_AT_MONTH_END)).to.deep.equal([])
  })
  it('reads printing that cannot be done as a feature failing, a whole warehouse as everyone', async () => {
    expect(await misread(CANNOT_PRINT)).to.deep.equal([])
  })
  it('reads approving and closing as a product\'s work', async () => {
    expect(await misread(APPROVE_AND_CLOSE)).to.deep.equal([])
  })
  it('reads staff who halt a task until the fix as their doing', async () => {
    expect(await misread(STAFF_HALT)).to.deep.equal([])
  })
  it('reads one number on every record, records set back and history cut off as damage', async () => {
    expect(await misread(SAME_NUMBER_SET_BACK_HISTORY)).to.deep.equal([])
  })
  it('reads whether users will notice slowness during a change as a question', async () => {
    expect(await misread(SLOWNESS_ASKED_AHEAD)).to.deep.equal([])
  })
  it('reads how to merge or dedupe as a how-to', async () => {
    expect(await misread(DEDUPE_ASKED)).to.deep.equal([])
  })
})
