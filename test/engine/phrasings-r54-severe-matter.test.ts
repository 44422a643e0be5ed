// Round 54 (found by round 52's probing): a ticket that names one Operations type (a renewal, an invoice,
// a commission) and, in another sentence, reports a Support severity-1 matter in words that name no type
// ("nobody in the office can work") is of the type of the matter that sets severity 1 (DOMAIN.md §4: the
// most severe wins): Technical Support. Before, the reordering (`severeMatter`) ran only when two types
// were named, and the Operations type's rules read the ticket 2 or 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SEVERE_MATTER_BESIDE_ONE_OPERATIONS_TYPE: Phrasing[] = [
  ['Renewal', 'Please send us the renewal quote for next year. Also, since 9 this morning nobody in the office can work, the CRM shows nothing.', 1, TS, '24x5'],
  ['Invoice', 'Thanks for correcting the invoice. Since this morning the agents cannot work at all.', 1, TS, '24x5'],
  ['Rechnung', 'Danke für die korrigierte Rechnung. Seit heute früh kann bei uns niemand mehr arbeiten, das CRM zeigt nichts an.', 1, TS, '24x5'],
  ['Commission', 'Our Q3 commission statement is attached for reference. Separately: every time we save a deal the CRM throws an error, for every user and every record.', 1, TS],
  ['Renouvellement', 'Merci pour le devis de renouvellement. Par ailleurs, depuis ce matin plus personne chez nous ne peut travailler dans le CRM.', 1, TS, '24x5'],
  // traps: no severity-1 matter at all, or the Support words said of the Operations object
  ['Provision', 'Unsere Provision für das zweite Quartal ist bis heute nicht auf unserem Konto eingegangen.', 2, 'Commission Payment'],
  ['Trial', 'We cannot log in to our trial since yesterday.', 2, 'Trial Extension'],
]

describe('phrasings, round 54: a severe Support matter beside one Operations type', () => {
  it('reads the ticket as the severe matter\'s type, Technical Support', async () => {
    expect(await misread(SEVERE_MATTER_BESIDE_ONE_OPERATIONS_TYPE)).to.deep.equal([])
  })
})
