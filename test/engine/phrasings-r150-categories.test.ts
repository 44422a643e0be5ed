// Round 150: severity 1 by each of DOMAIN.md §4's named meanings, in partners' words (grown-r150-categories). The batch
// read all but one: a call cancelled with its party AND its topic before "was cancelled" ("Our call with the partner
// manager about the Harrow Group deal on Thursday was cancelled") stood too far from its event for round 139's
// "call ... on ... was cancelled" (six words a gap) and read an account cancellation (1). The event followed by its
// party ("with", "for") and then its topic ("about", "regarding") is now the event's (`event cancelled`). A
// subscription cancelled beside a meeting or call about something, with no party before the topic, stays 1.
// Probing the batch's traps further: a load time asked about, as a figure to expect, a norm or a thing to improve
// ("What page load time should we expect in Desk with 100 agents?", "Welche Ladezeit ist normal?", "Quel temps de
// chargement est normal ?") read slowness (1), the measure's name taken for the complaint. These are questions
// (`speed asked`, in the sentence); load times that are terrible, or that keep people from working, stay 1.
// Data integrity said with an intransitive verb: values that "changed to zero" by themselves ("Half of our deal amounts
// changed to zero overnight. Nobody touched them.") read 3, where "were set to zero" read 1 (`emptied`); the values
// named before "changed to zero / 0" are emptied; a how-to or a workflow asked to set zero stays 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const SD = 'Sales Discussions'
const PR = 'Payments Renewal'
const TPL = (text: string): string => `Type of Support request: Sales Discussions\nDescription of the issue/question: ${text}`

const EVENTS: Phrasing[] = [
  ['Meeting cancelled', TPL('Our call with the partner manager about the Harrow Group deal on Thursday was cancelled on your side. Could we reschedule it for next week?'), 2, SD, '24x5'],
  ['Meeting', 'Our meeting with your channel team regarding the Q3 pipeline review has been cancelled. Please send a new invite.', 2, SD, '24x5'],
  ['Demo', TPL('The demo for our client about the new CRM Plus bundle was cancelled by your team. Can we book another slot?'), 2, SD, '24x5'],
  ['Workshop', 'The workshop with your partner team regarding our reseller onboarding got cancelled. When is the next one?', 2, 'Store Related', '24x5'],
  // traps: cancellations beside a meeting or a call about something stay account cancellations
  ['Cancel', 'Please cancel our subscription, we talked about it in our call with the partner manager.', 1, PR, '24x5'],
  ['Cancellation', "After our meeting about the renewal, the customer's subscription was cancelled and we need it closed for good.", 1, PR, '24x5'],
  ['Cancel', 'The customer has decided to cancel their Zoho One subscription after the call about pricing.', 1, PR, '24x5'],
  ['Cancel', 'Our meeting with the customer went well, but they want to cancel their subscription regarding the price increase.', 1, PR, '24x5'],
]

const TS = 'Technical Support'

const SPEED: Phrasing[] = [
  ['Speed', 'What page load time should we expect in Desk with 100 agents?', 3, TS, '24x5'],
  ['Speed', 'What load time is normal for a Creator page with 20 fields?', 3, TS, '24x5'],
  ['Speed', 'Is there a recommended maximum load time for our portal pages?', 3, TS, '24x5'],
  ['Loading', 'How can we improve the load time of our help center?', 3, TS, '24x5'],
  ['Ladezeit', 'Welche Ladezeit ist für eine Seite mit 20 Feldern normal?', 3, TS, '24x5'],
  ['Chargement', 'Quel temps de chargement est normal pour une page du portail ?', 3, TS, '24x5'],
  // traps: load times complained of stay slowness
  ['Speed', "The load time of every page is now over 30 seconds and the agents can't keep up.", 1, TS, '24x5'],
  ['Speed', "Load times are terrible today, every page takes a minute and our staff are stuck.", 1, TS, '24x5'],
  ['Speed', "High load times on every page, agents can't work.", 1, TS, '24x5'],
  ['Speed', 'What can we do? The load time of every page is over a minute and nobody can work.', 1, TS, '24x5'],
]

const ZERO: Phrasing[] = [
  ['Data', 'Half of our deal amounts changed to zero overnight. Nobody touched them.', 1, TS, '24x5'],
  ['Prices', 'All product prices in Books changed to 0 since the update this morning.', 1, TS, '24x5'],
  ['Invoices', 'The line item values on every invoice suddenly changed to zero.', 1, TS, '24x5'],
  // traps: zero asked for
  ['Data', 'How do I change the deal amount to zero for lost deals?', 3, TS, '24x5'],
  ['Data', 'Can a workflow set the amount to zero when a deal is lost?', 3, TS, '24x5'],
  ['Data', 'Our reps changed the deal probabilities to zero on purpose for closed deals; how do we restore the default?', 3, TS, '24x5'],
  ['Data', 'How can the amount be changed to zero automatically when a deal is lost?', 3, TS, '24x5'],
]

describe('phrasings, round 150: an event cancelled with its party and its topic', () => {
  it('reads the event, and keeps the cancellations beside one', async () => {
    expect(await misread(EVENTS)).to.deep.equal([])
  })
})

describe('phrasings, round 150: a load time asked about', () => {
  it('reads a load time to expect, normal or to improve as a question, and complaints as slowness', async () => {
    expect(await misread(SPEED)).to.deep.equal([])
  })
})

describe('phrasings, round 150: values that changed to zero', () => {
  it('reads values changed to zero by themselves as emptied data, and zero asked for as a how-to', async () => {
    expect(await misread(ZERO)).to.deep.equal([])
  })
})
