// Round 104 (fails): plainly told severity-1 Support tickets had read 3 because no severity word was found: a run or batch
// the business depends on that fails, or a task done for nobody. (1) "All our scheduled campaigns failed to send", "every
// import we start fails at 0%", "all syncs between CRM and Books fail", "jeder Import bricht bei 0 % ab", "toutes nos
// campagnes programmées ont échoué": a run named with its quantifier (`every run`; an English "all" with the plural as
// written) beside a failing verb (`run failed`: fail, abort, "bricht … ab", "échoue", not "a problem" or "an issue") is
// nothing going through, 1 on 24x5 (rule `every run fails`); so is the pay or billing run failing ("the payroll run fails
// with an error", "der Lohnlauf schlägt fehl", "le traitement de la paie échoue": `business run fails`). (2) "All calls
// through the phone bridge drop after 5 seconds", "alle Anrufe brechen ab", "tous les appels coupent": every call dropped
// (24x5); a count that dropped ("all calls dropped by 20 %") is none. (3) A task done for nobody: "documents can't be signed
// by any of our customers", "scheduled reports are no longer being emailed to anyone", "scheduled reports fail to send to
// anyone", "not a single campaign went out", "keiner unserer Kunden kann … unterschreiben" (`run task` beside an inability
// and "any", or beside nobody; `to nobody` beside a failing verb); "anyone with a Gmail address" is a subset. (4) "The bug
// stops us from saving any quote", "this keeps us from sending quotes": `prevented` (round 101) takes "stops / keeps / kept
// … from" told of people; "how do we stop users from saving …" stays the wish. (5) "The SalesIQ chat widget disappeared
// from our website for everyone": gone for everyone (24x5); an error or a warning that disappeared is over. (6) A backup
// that failed while everyone works on is 2 (`backup failed`). Traps: one file's import, a failed campaign to retry, a run
// that failed last week and is fine now, a run supposed, one employee's payslip, a limit, a run that went through after a
// restart.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FAILS: Phrasing[] = [
  // (1) a run failing as a whole, or the pay or billing run
  ['Campaigns', 'All our scheduled campaigns failed to send this morning.', 1, TS, '24x5'],
  ['Imports', 'Every import we start fails at 0%.', 1, TS, '24x5'],
  ['Sync', 'All syncs between CRM and Books fail since Monday.', 1, TS, '24x5'],
  ['Jobs', 'Every scheduled job fails with "Internal error" since the release.', 1, TS, '24x5'],
  ['Workflows', 'All our scheduled workflows failed to run last night and again today.', 1, TS, '24x5'],
  ['Payroll', 'Payroll run fails with an error, we cannot pay salaries today.', 1, TS, '24x5'],
  ['Invoice batch', 'The nightly invoice batch failed, none of our customers got their invoices.', 1, TS, '24x5'],
  ['Renewal quote', 'Thanks for the renewal quote, we will sign it this week. Separately: since this morning all our scheduled campaigns fail to send.', 1, TS, '24x5'],
  ['Synchronisation', 'Seit Montag schlägt jede Synchronisation zwischen CRM und Books fehl.', 1, TS, '24x5'],
  ['Import', 'Jeder Import, den wir starten, bricht bei 0 % ab.', 1, TS, '24x5'],
  ['Campagnes', 'Toutes nos campagnes programmées ont échoué ce matin.', 1, TS, '24x5'],
  ['Paie', "Le traitement de la paie échoue avec une erreur, nous ne pouvons pas payer les salaires aujourd'hui.", 1, TS, '24x5'],
  // (2) every call dropping
  ['Phone bridge', 'All calls through the CRM phone bridge drop after 5 seconds.', 1, TS, '24x5'],
  ['Calls', 'Every call drops after 5 seconds.', 1, TS, '24x5'],
  ['Telefonie', 'Alle Anrufe über die PhoneBridge brechen nach 5 Sekunden ab.', 1, TS, '24x5'],
  ['Appels', 'Tous les appels via la PhoneBridge coupent après 5 secondes.', 1, TS, '24x5'],
  // (3) a task done for nobody
  ['Zoho Sign', "Zoho Sign documents can't be signed by any of our customers.", 1, TS, '24x5'],
  ['Scheduled reports', 'Scheduled reports are no longer being emailed to anyone.', 1, TS, '24x5'],
  ['Reports', 'Scheduled reports fail to send to anyone since the update.', 1, TS, '24x5'],
  ['Campaigns', 'Not a single campaign went out this morning.', 1, TS, '24x5'],
  ['Signatur', 'Keiner unserer Kunden kann die Zoho-Sign-Dokumente unterschreiben.', 1, TS, '24x5'],
  ['Signature', 'Aucun de nos clients ne peut signer les documents Zoho Sign.', 1, TS, '24x5'],
  // (4) kept from a task
  ['Quotes', 'The bug stops us from saving any quote.', 1, TS, '24x5'],
  ['Quotes', 'This keeps us from sending any quotes to customers.', 1, TS, '24x5'],
  // (5) gone for everyone
  ['SalesIQ', 'The SalesIQ chat widget disappeared from our website for everyone.', 1, TS, '24x5'],
  ['Widget', 'Le widget de chat SalesIQ a disparu de notre site pour tout le monde.', 1, TS, '24x5'],
  // (6) a backup that failed, the users working
  ['Backup', 'Our nightly backup failed last night. Users are working normally.', 2, TS, '24x5'],
  // traps: one file's import, a retry asked, over, supposed, one person's, a subset or a limit, a count, a wish
  ['Import', 'Hello all, our import failed with an error. Which column causes it?', 3, TS, '24x5'],
  ['Campaigns', 'All our campaigns work, only the import failed.', 3, TS, '24x5'],
  ['Campaign', 'How do I retry a failed campaign?', 3, TS, '24x5'],
  ['Campaign', 'The campaign failed last week, now it is fine. Just letting you know.', 3, TS, '24x5'],
  ['Payroll', 'What happens if the payroll run fails?', 3, TS, '24x5'],
  ['Lohnlauf', 'Was passiert, wenn der Lohnlauf fehlschlägt?', 3, TS, '24x5'],
  ['Batch', 'The nightly batch failed last night but ran fine when we restarted it.', 3, TS, '24x5'],
  ['Payroll', 'The payroll run failed for one employee, the others were paid.', 2, TS, '24x5'],
  ['Zoho Sign', "One customer can't sign the document we sent, the others signed fine.", 2, TS, '24x5'],
  ['Import', 'Every import fails for files larger than 50 MB, smaller ones work. Is that the plan limit?', 3, TS, '24x5'],
  ['Campaign', 'The campaign failed to send to anyone with a Gmail address. Which setting causes this?', 3, TS, '24x5'],
  ['Calls', 'The number of all calls dropped by 20% this month, can we get a report on that?', 3, TS, '24x5'],
  ['Calls', 'Can we set calls to drop after 30 seconds of silence?', 3, TS, '24x5'],
  ['Quotes', 'How do we stop users from saving a quote without a discount?', 3],     // (its type is the quote's, not this round's)
  ['Quotes', 'The bug that stopped us from saving quotes is fixed now, thanks.', 3, TS, '24x5'],
  ['Warning', 'The duplicate warning disappeared for all users, thanks for the fix.', 3, TS, '24x5'],
  ['Backup', 'Backup codes failed? How do we generate new backup codes for the admin?', 3, TS, '24x5'],
  ['Campagne', 'Comment relancer une campagne qui a échoué ?', 3, TS, '24x5'],
]

describe('phrasings, round 104: runs that fail, tasks done for nobody', () => {
  it('reads a run, a batch or a call that fails as a whole, and a task done for nobody', async () => {
    expect(await misread(FAILS)).to.deep.equal([])
  })
})
