// Round 17 (branch r17-me2): severity 1 in everyday English about Zoho's other products, found by
// probing the shapes partners write; each with traps in the same words.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// An error on every item of a run (every employee's payslip, every recipient of a mailing): errors on
// every transaction (1, 24x5); a form that cannot be submitted, a page that goes white and loses the
// changes, a 404 on every page, nobody able to join a meeting.
const EVERYDAY_SEVERITY_1: Phrasing[] = [
  ['Payroll', 'Payroll cannot be processed, the calculation fails for every employee.', 1, TS, '24x5'],
  ['Campaign', 'Emails sent from CRM are bouncing for all recipients.', 1, TS, '24x5'],
  ['Lohn', 'Die Abrechnung schlägt für alle Mitarbeiter fehl.', 1, TS, '24x5'],
  ['Paie', 'Le calcul échoue pour tous les salariés depuis la mise à jour.', 1, TS, '24x5'],
  ['Expense', 'Expense reports cannot be submitted, the Submit button gives \'something went wrong\'.', 1, TS, '24x5'],
  ['Deals', 'Every time we save a deal the page goes white and the changes are lost.', 1, TS, '24x5'],
  ['Sites', 'Our Zoho Sites website shows a 404 on every page since the domain change.', 1, TS, '24x7'],
  ['Meeting', 'Nobody can join our Zoho Meeting sessions, the link shows \'meeting not found\'.', 1, TS, '24x7'],
  ['Orders', 'Orders are not processed since the update, they stay in the queue.', 1, TS, '24x5'],
  // traps: how-tos and a layout change about the same things
  ['Payroll', 'How do we process payroll for employees who joined mid-month?', 3, TS],
  ['Refunds', 'There\'s no process for refunds in Books, how should we handle them?', 3, TS],
  ['Newsletter', 'Can we send the newsletter to all recipients except the unsubscribed ones?', 3, TS],
  ['Audit', 'Can we track the changes made to a deal?', 3, TS],
  ['Webinar', 'How can external guests join our webinar without an account?', 3, TS],
  ['Layout', 'We made some changes to the layout and now the phone field is missing.', 2, TS],
]

describe('phrasings of round 17, branch r17-me2', () => {
  it('reads errors on every item of a run, forms that cannot be submitted and pages gone white as severity 1', async () => {
    expect(await misread(EVERYDAY_SEVERITY_1)).to.deep.equal([])
  })
})
