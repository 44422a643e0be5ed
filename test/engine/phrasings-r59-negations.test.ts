// Round 59 (branch r59-negations): the meanings behind the first-read misses of grown-134.yaml (severity 1 said
// through English negations and contractions), in other words and languages than the tickets, with traps that must
// not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PM = 'Product Management Related'

// A thing that works only some of the time, said with "not always" on its verb (concept `not every time`, rule
// `works not every time`): it works, partly (2), no inability.
const NOT_EVERY_TIME: Phrasing[] = [
  ['Reminders', "The task reminders don't always fire for our reps.", 2, TS],
  ['Webforms', "Leads from the web form aren't always created in CRM.", 2, TS],
  ['Workflow', 'Der Workflow wird nicht immer ausgelöst, meistens klappt es.', 2, TS],
  ['Flux', 'Le workflow ne se déclenche pas toujours sur les nouveaux prospects.', 2, TS],
  // traps: a how-to with "not always"; a total stop stays one
  ['Question', "How do I set a field so it's not always required on the layout?", 3, TS],
  ['Reminders', "The reminders don't fire at all any more since Monday.", 1, TS, '24x7'],
]

// Eagerness and praise ("can't wait for", "can't say enough"): no negation of what follows.
const EAGERNESS_NO_NEGATION: Phrasing[] = [
  ['Roadmap', "Our client can't wait to try the new feature for Gantt charts. Any idea when it ships?", 3, PM],
  ['Feature', 'We cant wait for the feature request we voted on to be released.', 3, PM],
  // trap: a real inability beside "can't wait" stays one
  ['Login', "We can't wait any longer: nobody in the office can log in since 8am.", 1, TS, '24x7'],
]

describe('phrasings, round 59: severity said through negations and contractions', () => {
  it('reads "not always" on a verb as working partly', async () => {
    expect(await misread(NOT_EVERY_TIME)).to.deep.equal([])
  })
  it('reads "can\'t wait" and "can\'t say enough" as no negation', async () => {
    expect(await misread(EAGERNESS_NO_NEGATION)).to.deep.equal([])
  })
})
