// Round 80: an outage only asked about. "Is the outage resolved?" and "How will we know when the portal is down? Is there
// a status page?" had read 1 on 24x7: "is ... resolved" with the trouble between its words was no cue, and "how will we
// know when" no hypothesis. `resolved` now holds "is the ... resolved", "are the ... fixed", "is the ... over": asked, the
// words in its gap are the question's too; `hypothetical` holds "how will we know when", "how do we know when", "how can
// we tell when", and how long a downtime lasted ("how long was", "how long did", "how long the"). A subject that
// headlines the trouble stands beside a question whether it is over ("CRM down" / "Is the outage resolved?"): no
// denial. Traps: the fix negated or asked beside the trouble still there, and an outage told before the question.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ONLY_ASKED: Phrasing[] = [
  ['Desk', 'Is the outage resolved?', 3, TS],
  ['Desk', 'Is the outage over?', 3, TS],
  ['Desk', 'Is the login problem fixed yet?', 3, TS],
  ['Desk', 'Are the login issues resolved now?', 3, TS],
  ['Desk', 'Is this outage fixed?', 3, TS],
  ['Desk', 'How will we know when the portal is down? Is there a status page?', 3, TS],
  ['Desk', 'How do we know when CRM is down?', 3, TS],
  ['Desk', 'How can we tell when Desk is down?', 3, TS],
  ['Desk', 'How will our users know when the portal is unavailable?', 3, TS],
  ['Desk', 'How do I know when the login service is down for everyone?', 3, TS],
  ['Desk', 'We would like to know how long the outage lasted yesterday.', 3, TS],
  ['Desk', 'How long was CRM down this morning? Our manager wants a report.', 3, TS],
  ['Desk', 'How long did the outage last yesterday?', 3, TS],
  // traps
  ['Desk', 'The outage is not resolved, nobody can work.', 1, TS],
  ['Desk', 'CRM is down and nothing is fixed yet.', 1, TS, '24x7'],
  ['Desk', 'Is the outage still not resolved? Nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'Is the CRM outage fixed? Our users still cannot log in.', 1, TS, '24x7'],
  ['Desk', 'CRM is down. How do we know when it will be back?', 1, TS, '24x7'],
  ['Desk', 'The portal is down, how will we know when it is back?', 1, TS, '24x7'],
  ['CRM down', 'Is the outage resolved? Our team is waiting.', 1, TS, '24x7'],
  ['Desk', 'CRM is down for everyone, how long will the outage last?', 1, TS, '24x7'],
  ['Desk', 'Our portal has been down for two hours and we don\'t know how long the outage will last.', 1, TS, '24x7'],
]

describe('phrasings, round 80: an outage only asked about', () => {
  it('reads a question whether an outage is over, or how to learn of one, as a question', async () => {
    expect(await misread(ONLY_ASKED)).to.deep.equal([])
  })
})
