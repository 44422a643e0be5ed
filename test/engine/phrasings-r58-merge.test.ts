// At round 58's merge: round 58 made "the pipeline" records (an empty pipeline is lost data), and "a mess"
// beside it read "The pipeline is a mess, how do I clean it up?" as data damaged (1). A sales pipeline in a
// mess is the state of a business (concept `pipeline mess`, which `damage` gives way to).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PIPELINE_IN_A_MESS: Phrasing[] = [
  ['Pipeline', 'The pipeline is a mess, how do I clean it up?', 3, TS],
  ['Pipeline', "Our pipeline's a bit of a mess this quarter, can we get a training on stages?", 3, TS],
  // the records themselves in a mess, or an emptied pipeline, stay lost data
  ['Pipeline', 'Since this morning the whole pipeline is empty for all reps.', 1, TS, '24x5'],
  ['Data', 'After the import all our contact data is a mess, addresses swapped between companies.', 1, TS, '24x5'],
]

describe("phrasings, round 58's merge: a pipeline in a mess", () => {
  it('reads a sales pipeline in a mess as no damage to records', async () => {
    expect(await misread(PIPELINE_IN_A_MESS)).to.deep.equal([])
  })
})
