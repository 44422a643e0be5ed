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

// A feature that fails for a subset of the cases named anywhere in its sentence works for the rest,
// partly (2): recurring events, tasks created via the API, only the standard fields.
const SUBSET: Phrasing[] = [
  ['Sync', 'Calendar sync doesn\'t work for recurring events.', 2, TS, '24x5'],
  ['Reminders', 'Task reminders don\'t fire for tasks created via the API.', 2, TS, '24x5'],
  ['Webhook', 'The webhook doesn\'t send the custom fields, only the standard ones.', 2, TS, '24x5'],
  ['Sync', 'Bei wiederkehrenden Terminen funktioniert die Kalendersynchronisation nicht.', 2, TS, '24x5'],
  ['Sync', 'La synchronisation du calendrier ne fonctionne pas pour les récurrents.', 2, TS, '24x5'],
  // traps: "some" that names a reason or a time, a how-to, the whole feature
  ['Sync', 'For some reason the Books sync is not working since Monday.', 1, TS, '24x5'],
  ['Sync', 'Since some time yesterday the Books sync is not working.', 1, TS, '24x5'],
  ['Reminders', 'How do we make reminders work for tasks created via the API?', 3, TS],
  ['Sync', 'Calendar sync doesn\'t work at all since Monday.', 1, TS, '24x7'],
]

describe('phrasings of round 17, branch r17-me3', () => {
  it('reads a failure for a subset of the cases as partly, a reason or a time said with "some" as none', async () => {
    expect(await misread(SUBSET)).to.deep.equal([])
  })

  it('reads a question about a past outage and a request about one deleted record as no symptom', async () => {
    expect(await misread(PAST_AND_REQUESTS)).to.deep.equal([])
  })
})
