// Round 80: an outage told and its fix asked in one clause. "Our CRM is down for all users and we need to know when it
// will be working again?" and "Can you tell me why CRM is down and when it will be back online?" had read 3: the asked
// "resolved" cue ("working again", "back online") set aside its whole clause as a hypothesis, the outage told before
// the question with it. The question now asks from its asking word on ("when", "whether", "how long", `reading.asked`);
// what the clause tells before it stands. A fix told in the future ("when it will be up again.", "it will be working
// again soon") is awaited, nothing over (`reading.awaited`). Traps: a question that asks all it names, a hypothesis, a
// fix that holds.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ASKED_IN_CLAUSE: Phrasing[] = [
  ['Desk', 'Our CRM is down for all users and we need to know when it will be working again?', 1, TS, '24x7'],
  ['Desk', 'Can you tell me why CRM is down and when it will be back online?', 1, TS, '24x7'],
  ['Desk', 'CRM is down for the whole team and we would like to know when it will be available again?', 1, TS, '24x7'],
  ['Desk', 'Nobody can log in since 9 and we need to know when it will be working again?', 1, TS, '24x7'],
  ['Desk', 'Desk is down since 8 and I would like to know how long until it is working again?', 1, TS, '24x7'],
  ['Desk', 'CRM has been down all morning and nobody can tell us whether it will be back online today?', 1, TS, '24x7'],
  ['Desk', 'Desk is down for everyone and we need to know by when it will be back up?', 1, TS, '24x7'],
  ['Desk', 'Our Desk portal is down and we need to know when it will be up again.', 1, TS, '24x7'],
  ['Desk', 'We can\'t log in and need to know when it will be working again.', 1, TS, '24x7'],
  ['Desk', 'CRM is down and it will be working again soon, your team said.', 1, TS, '24x7'],
  ['Desk', 'Le CRM est en panne pour tous et nous voulons savoir quand il sera de nouveau accessible ?', 1, TS, '24x7'],
  // traps
  ['Desk', 'When will login be working again?', 3, TS],
  ['Desk', 'Is the login working again?', 3, TS],
  ['Desk', 'Could you tell us if CRM is back online?', 3, TS],
  ['Desk', 'If the portal goes down, how long until it is available again?', 3, TS],
  ['Desk', 'We\'d like to know when the portal will be available again after the planned maintenance?', 3, TS],
  ['Desk', 'Please let us know when it is working again.', 3, TS],
  ['Desk', 'What happens if CRM is down?', 3, TS],
  ['Desk', 'CRM was down this morning and is working again now, can you tell us why?', 3, TS],
  ['Desk', 'Quand le portail sera-t-il de nouveau accessible ?', 3, TS],
  ['Desk', 'Wann ist das Portal wieder erreichbar?', 3, TS],
]

describe('phrasings, round 80: an outage told and its fix asked in one clause', () => {
  it('reads the outage told before the question about its fix', async () => {
    expect(await misread(ASKED_IN_CLAUSE)).to.deep.equal([])
  })
})
