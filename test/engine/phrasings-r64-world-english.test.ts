// Round 64 (branch r64-world-english): the meanings behind the first-read misses of grown-139.yaml (English as
// partners in South Asia, South-East Asia, the Gulf, Africa and Latin America write it to a helpdesk), in other words
// and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// "some" before one singular trouble word is an article ("showing some error": an error, not named), no part of the
// cases (concept `some trouble unnamed`, which `partly` yields to); the failure said again for all in a sentence of
// its own the same way ("it is happening for all users", "same is coming for all the agents": `failure`).
const SOME_ERROR_FOR_ALL: Phrasing[] = [
  ['Reply issue', 'Some technical issue is coming when the agents reply to a ticket. Same is coming for all the agents.', 1, TS, '24x5'],
  ['Estimates', 'Getting error while converting the estimate. It is happening for all users since the morning.', 1, TS, '24x5'],
  // read as "an issue" would be: no partial failure
  ['Estimates', 'Getting some issue while converting the estimate to invoice in Books, kindly check.', 3, TS],
  // traps: some errors among many, the failure for some records only
  ['Sync log', 'Some errors are coming in the sync log for a few contacts.', 2, TS],
  ['Sync', 'The contact sync gives an error. It is happening for some records only.', 2, TS],
]

// The partner's own billing, dispatch or work said stopped (concept `business activity stopped`): the business cannot
// go on, people who cannot work (1, 24x5), no feature of the product that stopped (24x7).
const BUSINESS_STOPPED: Phrasing[] = [
  ['Urgent', 'Since the update the picking list fails, our dispatch is completely stopped.', 1, TS, '24x5'],
  ['Urgent', 'Our whole invoicing got stopped today because of this, please help.', 1, TS, '24x5'],
  ['Dringend', 'Seit heute Morgen ist unser Versand komplett gestoppt.', 1, TS, '24x5'],
  ['Urgent', 'Notre facturation est complètement arrêtée depuis ce matin.', 1, TS, '24x5'],
  // trap: a feature of the product that stopped stays a total stop
  ['Workflow', 'The invoice reminder workflow has completely stopped since Friday.', 1, TS, '24x7'],
]

// Licences already bought, told before what is asked (`other upgrade`): an upgrade done, no upgrade asked.
const UPGRADE_DONE: Phrasing[] = [
  ['Licences', 'We bought 10 additional licences last week. How do we give the new users a role?', 3, TS],
  ['Lizenzen', 'Wir haben letzte Woche 5 weitere Lizenzen gekauft. Wie weisen wir den neuen Benutzern eine Rolle zu?', 3, TS],
  ['Licences', 'Nous avons acheté 3 licences supplémentaires. Comment attribuer un rôle aux nouveaux utilisateurs ?', 3, TS],
  // trap: more licences asked for stay an upgrade
  ['Licences', 'Kindly add 10 more licences to our client subscription.', 2, 'Upgrades'],
]

// What a report, a PDF or an export puts out "not coming properly" (`wrong`): a result put out wrongly (2).
const NOT_COMING_PROPERLY: Phrasing[] = [
  ['Quote PDF', 'In the quote PDF the tax amounts are not coming correctly.', 2, TS],
  ['Pivot', 'Data in the pivot report is not coming properly for last month.', 2, TS],
  ['Export', "L'export des contacts ne sort pas correctement dans Excel.", 2, TS],
  // trap: a code that never comes for anyone is no result
  ['OTP', 'OTP is not coming for any user, nobody can login since morning.', 1, TS, '24x7'],
]

// The same person fine on another device, said place first and in the continuous form (`works elsewhere`, which
// `cannot access` now yields to), or the others said working (`everyone else fine`): no outage (2).
const FINE_ELSEWHERE: Phrasing[] = [
  ['Desk app', 'The Desk app is not opening on her phone. On laptop it is working fine.', 2, TS],
  ['CRM', 'CRM is not opening on his desktop, in browser it is opening.', 2, TS],
  ['People app', 'The People app is not opening for Ravi. The other employees app is also working.', 2, TS],
  // trap: not opening for anyone, and not on the phone either
  ['CRM', 'CRM is not opening for anyone since morning, on mobile also it is not working.', 1, TS, '24x7'],
]

describe('phrasings, round 64: English as partners around the world write it', () => {
  it('reads "some error" as an error and "it is happening for all users" as a failure for all', async () => {
    expect(await misread(SOME_ERROR_FOR_ALL)).to.deep.equal([])
  })
  it('reads the partner\'s own billing or dispatch stopped as people who cannot work', async () => {
    expect(await misread(BUSINESS_STOPPED)).to.deep.equal([])
  })
  it('reads licences already bought as no upgrade asked', async () => {
    expect(await misread(UPGRADE_DONE)).to.deep.equal([])
  })
  it('reads output "not coming properly" as a wrong result', async () => {
    expect(await misread(NOT_COMING_PROPERLY)).to.deep.equal([])
  })
  it('reads a product fine on another device or for the others as no outage', async () => {
    expect(await misread(FINE_ELSEWHERE)).to.deep.equal([])
  })
})
