// Round 78: a fix told beside a trouble that is back or persists is an earlier fix, nothing over. "Desk is down again
// even though you fixed it yesterday", "the outage that was resolved yesterday has returned" and "the outage is back"
// had read 3: the "resolved" cue ("fixed", "was resolved", "is back") set aside everything before it in its sentence.
// A fix conceded (`reading.conceded`: "even though", "despite", "again ... after", "still ... although", "which you
// said") is over only in its own clause; the trouble back later in the sentence (`reading.recurred`: "has returned",
// "has come back", "persists") makes the cue an earlier fix; the trouble said back ("the outage is back", concept
// `trouble back`) is no service back. Traps: fixes that hold stay over.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const REFIXED: Phrasing[] = [
  ['Desk', 'Desk went down again after it was fixed yesterday.', 1, TS, '24x7'],
  ['Desk', 'Desk is down again, although it was fixed yesterday.', 1, TS, '24x7'],
  ['Desk', 'Desk is down again even though you fixed it yesterday.', 1, TS, '24x7'],
  ['Desk', 'Desk is still unreachable, although you said it was resolved.', 1, TS, '24x7'],
  ['CRM', 'CRM is still down even though your status page says it is resolved.', 1, TS, '24x7'],
  ['Login', 'The login failure is happening again after it was fixed last week.', 1, TS, '24x7'],
  ['Login', 'Users are locked out again, despite your team having fixed it.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in even after you fixed the SSO settings.', 1, TS, '24x7'],
  ['Desk', 'The outage that was resolved yesterday has returned.', 1, TS, '24x7'],
  ['Desk', 'Desk is down for all users, the issue that was fixed last week has come back.', 1, TS, '24x7'],
  ['Desk', 'The outage, which you said was resolved, is still happening.', 1, TS, '24x7'],
  ['Login', 'The issue was resolved on Monday but still persists for all our users, nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'The outage is back.', 1, TS, '24x7'],
  ['Desk', 'The outage is back after being resolved yesterday.', 1, TS, '24x7'],
  ['Desk', 'The outage is back again!', 1, TS, '24x7'],
  ['CRM', 'Das CRM ist wieder komplett ausgefallen, obwohl es gestern behoben wurde.', 1, TS, '24x7'],
  ['CRM', 'Der Ausfall ist wieder da.', 1, TS, '24x7'],
  ['CRM', "Le CRM est de nouveau en panne, bien qu'il ait été corrigé hier.", 1, TS, '24x7'],
  // traps: a fix that holds stays over
  ['CRM', 'Although the portal was down this morning, it was fixed at noon.', 3, TS],
  ['CRM', 'Although the outage is resolved, we would like a root cause analysis.', 3, TS],
  ['CRM', 'We had an outage yesterday, though it was resolved within an hour. How can we get notified next time?', 3, TS],
  ['Desk', 'The portal was down for two hours, after it was fixed everyone could work again.', 3, TS],
  ['Desk', 'The outage after the update was fixed yesterday, thanks.', 3, TS],
  ['CRM', 'The outage was resolved and has not happened again.', 3, TS],
  ['CRM', 'The login issue was fixed last week and never came back again.', 3, TS],
  ['CRM', 'The outage was resolved. Will it come back again?', 3, TS],
  ['CRM', 'Our CRM went down at 9 but it was restored and came back online at 10.', 3, TS],
  ['Desk', 'The outage was resolved; the investigation is still ongoing on our side.', 3, TS],
  ['Re: Desk down', 'Desk is back, thanks.', 3, TS],
  ['Re: Desk down', 'Although it took a while, it is fixed now. Thank you!', 3, TS],
]

describe('phrasings, round 78: a fix told beside a trouble back or persisting', () => {
  it('reads the trouble as current when the fix is conceded, followed by its return, or the trouble is said back', async () => {
    expect(await misread(REFIXED)).to.deep.equal([])
  })
})
