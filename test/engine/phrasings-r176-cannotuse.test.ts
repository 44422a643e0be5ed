// Round 176 (found by probing): a team that cannot use the product itself ("We can't use Desk at all", "Unable to use
// Zoho Books", "The CRM can't be used at all today", "Wir können das CRM nicht mehr benutzen", "Impossible d'utiliser le
// CRM") read 3: only "nobody can use it" was read (round 89). Rule `cannot use it` reads the product unavailable (1,
// 24x7). A feature of it, a question or a how-to, and the product not in use by choice or not yet stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const UNUSABLE: Phrasing[] = [
  ['Desk', "We can't use Desk at all.", 1, TS, '24x7'],
  ['Helpdesk', 'Our agents are unable to use the helpdesk since 8:00.', 1, TS, '24x7'],
  ['Books', 'We are unable to use Zoho Books at all this morning.', 1, TS, '24x7'],
  ['CRM', 'Since the update we cannot use our CRM.', 1, TS, '24x7'],
  ['CRM', "We can't use the CRM anymore, every page errors.", 1, TS, '24x7'],
  ['CRM', "The CRM can't be used at all today.", 1, TS, '24x7'],
  ['Nutzen', 'Wir können das CRM seit heute Morgen nicht mehr benutzen.', 1, TS, '24x7'],
  ['Desk', 'Desk ist seit 9 Uhr nicht mehr nutzbar.', 1, TS, '24x7'],
  ['Utiliser', "Impossible d'utiliser le CRM depuis ce matin.", 1, TS, '24x7'],
  ['Utiliser', 'Nous ne pouvons plus utiliser Desk du tout.', 1, TS, '24x7'],
]

const TRAPS: Phrasing[] = [
  ['Plan', "We can't use custom functions on our plan, right?", 3, TS, '24x5'],
  ['Use', 'Can we use Desk for our internal IT tickets as well?', 3, TS, '24x5'],
  ['Offline', 'How can we use the CRM offline when travelling?', 3, TS, '24x5'],
  ['Filter', "We can't use the filter on the Deals view, it returns nothing; the rest works.", 2, TS, '24x5'],
  ['Interns', 'Our interns should not be able to use the CRM, how do we restrict them?', 3, TS, '24x5'],
  ['Archive', 'We no longer use Desk for internal tickets, how do we archive them?', 3, TS, '24x5'],
  ['Onboarding', 'We are not using Zoho Desk yet, can you send the onboarding guide?', 3, TS, '24x5'],
  ['Schulung', 'Wir können das CRM noch nicht nutzen, weil die Schulung erst nächste Woche ist. Wo finden wir die Anleitung?', 3, TS, '24x5'],
  ['Mobile', "Est-ce qu'on peut utiliser le CRM sur mobile ?", 3, TS, '24x5'],
  // new staff who cannot start before they have licences: no outage (r17up-020)
  ['Licences', "Our 5 new reps can't start using CRM until they have licences. Could you add 5 licences?", 2],
]

describe('phrasings, round 176: a team that cannot use the product itself', () => {
  it('reads the product unavailable, on the 24x7 clock', async () => {
    expect(await misread(UNUSABLE)).to.deep.equal([])
  })
  it('keeps a feature, a question, a how-to and a product not in use by choice as they were', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
