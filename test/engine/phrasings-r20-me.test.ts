// Round 20 (branch r20-me): severity 1 said with "no … since" around a qualifier, and values swapped
// between records; with traps in the same words.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NONE_SINCE_AND_SWAPPED: Phrasing[] = [
  ['Workflow emails', 'No workflow emails have been sent since Monday.', 1, TS, '24x5'],
  ['Reminders', 'No payment reminders went out to customers since the update.', 1, TS, '24x5'],
  ['Contacts', 'Contacts\' phone numbers got swapped between records after the update.', 1, TS, '24x5'],
  ['Données', 'Depuis la mise à jour, les numéros de téléphone des contacts sont intervertis.', 1, TS, '24x5'],
  // traps: a business fact, a change the partner made
  ['Dashboard', 'We had no big orders since March, can the dashboard show that trend?', 3, TS],
  ['Layout', 'We swapped the order of the fields in the layout, how do we undo it?', 3, TS],
]

describe('phrasings of round 20, branch r20-me', () => {
  it('reads "no … since" around a qualifier and values swapped between records as severity 1', async () => {
    expect(await misread(NONE_SINCE_AND_SWAPPED)).to.deep.equal([])
  })
})
