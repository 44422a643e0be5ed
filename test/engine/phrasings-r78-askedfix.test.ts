// Round 78: an outage told, then its fix asked or waited for. "CRM is down, when will it be up again?" and "CRM is
// down, please let me know when it is working again." had read 3: the asked "resolved" cue set aside its whole
// sentence as a hypothesis, and the awaited one ("when it is working again") was read as over. An asked cue is a
// hypothesis only in the clause that asks; a fix to be told of ("let us know when ... is", "notify me once ... is",
// `reading.awaited`) is awaited, nothing over. Traps: a question about a fix that is all the text says, and a fix
// that holds, stay as they read.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ASKED_FIX: Phrasing[] = [
  ['Desk', 'CRM is down - do you know when it will be up again?', 1, TS, '24x7'],
  ['Desk', 'CRM is down, when will it be up again?', 1, TS, '24x7'],
  ['Desk', 'Nobody can log in, when will it work again?', 1, TS, '24x7'],
  ['Desk', 'Desk has been down since 9, when can we expect it to be available again?', 1, TS, '24x7'],
  ['Desk', 'CRM is down, please let me know when it is working again.', 1, TS, '24x7'],
  ['Desk', 'Desk is down for everyone, please inform us when it is back up.', 1, TS, '24x7'],
  ['Desk', 'CRM is down for all users, please notify me once it is resolved.', 1, TS, '24x7'],
  // traps
  ['Desk', 'When will the planned maintenance be over?', 3, TS],
  ['Re: Desk down', 'Thanks, it is working again now. Please let us know once the RCA is ready.', 3, TS],
  ['Desk', 'The portal was down this morning. It is back up now.', 3, TS],
  ['Desk', 'CRM was down this morning but it is fixed now.', 3, TS],
]

describe('phrasings, round 78: an outage told, its fix asked or awaited', () => {
  it('reads the outage when only its fix is asked about or waited for', async () => {
    expect(await misread(ASKED_FIX)).to.deep.equal([])
  })
})
