// Round 91: English Operations show-stoppers in partners' words. Signing in to the partner portal or the store
// answered by an error a few words on ("every time we try to log into the partner portal we get \"something went
// wrong\"", "we log in to the portal and get an error") had read the Operations default 2: `access` + failure takes
// only six words, since `access` also opens and loads things. The sign-in's own words (`signing in`) now take twelve
// (rule `portal or store sign-in fails`). Ending a plan ("please end our plan") and deactivating a subscription are
// cancellations (1, Payments Renewal); "end our plan … not billed again" had read Invoice changes 2 by "billed".
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const SR = 'Store Related'
const PR = 'Payments Renewal'

const OPS: Phrasing[] = [
  ['Partner portal keeps erroring', 'Hi,\nEvery time we try to log into the partner portal we get "something went wrong". We\'ve been stuck since yesterday.\nThanks', 1, SR, '24x5'],
  ['Partner portal', 'We log in to the portal and get an error.', 1, SR, '24x5'],
  ['Partner portal', 'When we log into the partner portal it says something went wrong.', 1, SR, '24x5'],
  ['Reseller store', 'Whenever we sign in to the partner store we are shown an error page and nothing else.', 1, SR, '24x5'],
  ['Please end our plan', 'Hello,\nWe no longer need Zoho Desk. Please end our plan and make sure we are not billed again.\nRegards', 1, PR, '24x5'],
  ['Deactivate subscription', 'Hi,\nPlease deactivate the subscription of Cobalt Partners and delete their organisation. They are switching to Microsoft.\nThanks', 1, PR, '24x5'],
  // traps: a how-to about signing in, an error elsewhere once signed in, a sign-in failure that is over
  ['Partner portal', 'How do we log in to the partner portal without getting the error about cookies?', 3, SR],
  ['Partner portal', 'We can log in to the partner portal fine, but the commission report shows an error.', 2],
  ['Partner portal', 'Last month we could not log in to the partner portal and got an error, that is fixed now. Question about our tier.', 2, SR],
  ['Renewal', 'Please renew the Zoho Desk licences of Saltmarsh Inns, 15 agents, for one more year.', 3, PR],
]

describe('phrasings, round 91: English Operations show-stoppers', () => {
  it('reads a portal sign-in answered by an error and a plan ended as severity 1', async () => {
    expect(await misread(OPS)).to.deep.equal([])
  })
})
