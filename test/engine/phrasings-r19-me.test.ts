// Round 19 (branch r19-me): "no deal"/"no record" as "none of them" only where they go on with what
// cannot be done ("no deal can move on"); a pipeline or kanban view is where things are shown (a
// result or a configuration), not where a feature delivers them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const VIEWS_AND_NONE: Phrasing[] = [
  ['Pipeline', 'No deals show up in the pipeline view any more since the filter change.', 3, TS],
  ['Kanban', 'Closed deals no longer show up in the kanban view, how do we bring them back?', 3, TS],
  ['Payment', 'We have no record of this payment in our account, can you check?', 2],
  // traps: what cannot move on, and a delivery that brings nothing
  ['Blueprint', 'No deal can move to the next stage since the Blueprint change.', 1, TS, '24x5'],
  ['Leads', 'No new leads show up in CRM since Friday.', 1, TS, '24x5'],
]

describe('phrasings of round 19, branch r19-me', () => {
  it('reads a view as where things are shown, and "no deal" as none only with what cannot be done', async () => {
    expect(await misread(VIEWS_AND_NONE)).to.deep.equal([])
  })
})
