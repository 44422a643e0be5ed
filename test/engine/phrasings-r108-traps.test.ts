// Round 108: questions, how-tos and configuration wishes read as severity 1 (DOMAIN.md §4: "not affected, or achievable with
// other features: how-to questions, documentation, configurations" is 3). A question was a hypothesis only through a listed
// phrase ("is there any outage"), so "Could a sync delete all our contacts?" read data damage, "Is the whole office affected
// by the maintenance on Sunday?" everyone affected, "What's stopping us from going live …?" the business stopped, "Please
// make sure reps cannot dial out …" a task lost. Now a question's own words (`reading.questions`: a modal or "do" put
// first, "is … affected", "is it true that", "what's stopping", a tag ", right?") make what its clause names of Support's
// severity 1 and 2 troubles a case asked about; "make sure … cannot" wishes a restriction (`hypothetical`); "how do we set
// that up?", "is that right?" and "why agents cannot …" ask about a rule (`design asked`). Severity 1 told beside a
// question stays 1: a request to Zoho ("could you please check?", `request asked`), a cause guessed for a harm told ("could
// the migration have wiped …"), "Is Zoho Mail down?" with its symptoms, and every other clause and sentence of the ticket.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ASKED: Phrasing[] = [
  ['Sync question', 'Could a sync delete all our contacts?', 3, TS, '24x5'],
  ['Update next week', 'Will the update delete all our custom fields?', 3, TS, '24x5'],
  ['Workflows', 'Can a workflow delete all records in a module?', 3, TS, '24x5'],
  ['Maintenance', 'Is the whole office affected by the maintenance on Sunday?', 3, TS, '24x5'],
  ['Password policy', 'Are all users affected by the new password policy?', 3, TS, '24x5'],
  ['Maintenance window', 'Does the maintenance on Saturday affect all our customers?', 3, TS, '24x5'],
  ['Orders', 'Is it possible to process any orders offline?', 3, TS, '24x5'],
  ['Question', 'Could the portal be unavailable during the migration?', 3, TS, '24x5'],
  ['SSO change', 'Will all users be logged out when we switch on SSO?', 3, TS, '24x5'],
  ['Go-live', "What's stopping us from going live with the portal next week?", 3, TS, '24x5'],
  ['Approvals', 'No one can approve expense reports over 10k except the CFO, how do we set that up?', 3, TS, '24x5'],
  ['Calls', 'Please make sure reps cannot dial out to international numbers.', 3, TS, '24x5'],
  ['Deleting contacts', 'Make sure nobody can delete contacts except the admins.', 3, TS, '24x5'],
  ['Restriction', 'Only team leads should assign tickets, nobody else. How can we do that?', 3, TS, '24x5'],
  ['Assigning', "It's impossible to assign tickets to more than one agent, right?", 3, TS, '24x5'],
  ['Maintenance', 'So nobody can log in during the maintenance window on Sunday, right?', 3, TS, '24x5'],
  ['Merging', 'Why can agents not merge tickets from different departments?', 3, TS, '24x5'],
  ['Merging', 'why agents cannot merge tickets from different departments?', 3, TS, '24x5'],
  ['Assign question', 'Am I right that agents cannot assign tickets to other departments?', 3, TS, '24x5'],
  // traps: severity 1 told beside a question, a request to Zoho, a cause guessed for a harm told, a cancellation asked
  ['CRM down', 'CRM is down for everyone since 9, any ETA?', 1, TS, '24x7'],
  ['Login', 'Nobody can log in. Is there an outage?', 1, TS, '24x7'],
  ['Urgent', 'Could you please check? None of our agents can open Desk.', 1, TS, '24x7'],
  ['Login', 'Can you check why nobody can log in to CRM?', 1, TS, '24x7'],
  ['Login', "Can't log in to CRM?", 1, TS, '24x7'],
  ['Mail', 'Is Zoho Mail down? Nobody in our office can receive mail since 7am.', 1, TS, '24x7'],
  ['Contacts', 'Could you look into it urgently? All our contacts were deleted overnight by the sync.', 1, TS, '24x5'],
  ['Notes gone', 'Could the migration have wiped all our notes? All of them are gone.', 1, TS, '24x5'],
  ['Why', 'Why can none of our agents reply to tickets since this morning?', 1, TS, '24x5'],
  ['Calls', 'None of our reps can make calls since the update. Can you help?', 1, TS, '24x5'],
  ['Cancel', 'Can we cancel our subscription, please?', 1, 'Payments Renewal', '24x5'],
  ['Cancellation', 'We want to cancel our subscription. Please make sure we are not charged again.', 1, 'Payments Renewal', '24x5'],
]

describe('phrasings, round 108: questions and configuration wishes', () => {
  it('reads a case asked about as a question and keeps severity 1 told beside one', async () => {
    expect(await misread(ASKED)).to.deep.equal([])
  })
})
