// Round 133: terse, lowercase, South-Asian-English and mobile-written tickets whose severity-1 fact is a task the
// product does per record, said with a verb the engine did not know as that task: "salary not credited to any
// employee", "transactions not posting to ledger for any account", "attendance not capturing for any employee", "stock
// not getting updated for any item", "payments not reflecting in books for any customer". With "any", or said of the
// whole staff ("for all employees") or of all records of a kind ("for all deals", "for all items"), the task is done
// for nobody: 1 on 24x5 (DOMAIN.md §4, Support 1 "the service does not work … hurts revenue or operations"; §5, no
// downtime or login, so 24x5), as round 104's tasks done for nobody (`run task`, rules `task done for nobody`, `task
// done for all of them`, `task done for no record`). Records zeroed for all, said "showing zero / nil for all items",
// are round 119's amounts zeroed on every record (1, 24x5; "all items", "all products", "all ledgers" are records of a
// kind, "showing nil" a zero).
// Choices (DOMAIN.md does not settle them): "not credited for all employees" is read as South-Asian English writes it,
// for none of them, not "for some only"; "partly", "others fine" and one employee or item set it aside. "customer
// payments" and "payments received" are what the partner's customers pay, recorded in Books: no Zoho subscription (as
// round 116's payment in the partner's shop). Kept as they were: one employee's salary or one item's stock (2), a
// payment "not reflecting" for one invoice (2), data not reflecting "in any report" (a report that shows nothing stays
// a wrong result, round 119: 2), how-tos and "kindly share the steps" (3). "production fine" now says the trouble is in a
// test copy only (2, rule `only in a test copy`; main read "not … in sandbox only" as a negated test copy and said 1).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TERSE: Phrasing[] = [
  ['salary not credited', 'salary not credited to any employee this month due to payroll error in zoho payroll', 1, TS, '24x5'],
  ['urgent', 'salary not credited to any of our employees. kindly resolve on priority', 1, TS, '24x5'],
  ['not credited', 'reimbursements not credited to any employee this month', 1, TS, '24x5'],
  ['not posting', 'transactions not posting to ledger for any account since update', 1, TS, '24x5'],
  ['attendance not capturing', 'attendance not capturing for any employee since morning in zoho people', 1, TS, '24x5'],
  ['biometric', 'biometric attendance not getting captured for all employees since monday', 1, TS, '24x5'],
  ['leads', 'leads not getting captured from website form for any submission since 2 days', 1, TS, '24x5'],
  ['stock not updating', 'stock not getting updated for any item after sales orders since 2 days', 1, TS, '24x5'],
  ['deals', 'deal stage not getting updated for all deals after blueprint', 1, TS, '24x5'],
  ['fields not updating', 'fields not getting updated for any record after sync', 1, TS, '24x5'],
  ['payroll', 'payroll not processing for any employee this month', 1, TS, '24x5'],
  ['payments', 'customer payments not reflecting for all invoices in zoho books since yesterday', 1, TS, '24x5'],
  ['stock zero', 'stock levels showing zero for all items since sync', 1, TS, '24x5'],
  ['zero', 'all items showing zero quantity since last sync', 1, TS, '24x5'],
  ['items', 'item prices showing zero for all items in the price list after import', 1, TS, '24x5'],
  // traps: one employee or item, a report, questions and how-tos, the sandbox only
  ['salary not credited', 'salary not credited for one employee this month, rest all fine', 2, TS, '24x5'],
  ['one item', 'stock showing zero for one item only, rest items ok', 2, TS, '24x5'],
  ['reports', 'data not reflecting in any report since yesterday, all dashboards blank', 2, TS, '24x5'],
  ['report zero', 'report showing zero for all items in stock summary report', 2, TS, '24x5'],
  ['how to', 'how to credit salary to employees through zoho payroll?', 3, TS, '24x5'],
  ['steps', 'kindly share the steps to sync crm with books', 3, TS, '24x5'],
  ['why not reflecting', 'why is the updated stock not reflecting in the sales order?', 3, TS, '24x5'],
  ['not triggering test', 'workflow not getting triggered in sandbox only, production fine', 2, TS, '24x5'],
  ['some payments', 'few payments not reflecting in books, others fine', 2, TS, '24x5'],
]

describe('phrasings, round 133: terse tasks done for nobody and records zeroed for all', () => {
  it('reads the task not done for any or all of them, and the traps as before', async () => {
    expect(await misread(TERSE)).to.deep.equal([])
  })
})
