// Round 17 (branch r17-me3): questions about a past outage and requests about deleting or restoring
// one record report nothing; probed in everyday English, with traps that report the symptom.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PAST_AND_REQUESTS: Phrasing[] = [
  ['Outage', 'Was there an outage yesterday around 3pm? A few users mentioned it.', 3, TS],
  ['Outage', 'Gab es gestern einen Ausfall? Einige Benutzer haben das erwähnt.', 3, TS],
  ['Panne', 'Y a-t-il eu une panne hier vers 15h ? Quelques utilisateurs l\'ont signalé.', 3, TS],
  ['Recycle bin', 'Is there a way to restore a deleted contact from last week?', 3, TS],
  ['GDPR', 'A customer asked us to delete all their data under GDPR, how do we do that?', 3, TS],
  // traps: the outage and the loss themselves
  ['CRM', 'CRM was down for two hours this morning and is still very slow.', 1, TS, '24x7'],
  ['Import', 'After the import 4,000 contacts are gone, we need to restore the deleted contacts.', 1, TS, '24x5'],
  ['Portal', 'Was there a problem with the portal? It\'s down for us since 9.', 1, TS, '24x7'],
]

describe('phrasings of round 17, branch r17-me3', () => {
  it('reads a question about a past outage and a request about one deleted record as no symptom', async () => {
    expect(await misread(PAST_AND_REQUESTS)).to.deep.equal([])
  })
})
