// Round 35 (branch r35-ops): the meaning behind the one first-read miss of grown-112.yaml (Operations from partners'
// finance, procurement and account managers), in other words and languages than the tickets, with traps that must
// not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PR = 'Payments Renewal'

// A contract, subscription or licences "brought to an end" (EN), "dem Vertrag ein Ende setzen" (DE), "mettre un point
// final au contrat" (FR) is ending it: an account cancellation (concept `terminate`), 1 on 24x5.
const BROUGHT_TO_AN_END: Phrasing[] = [
  ['Subscription', 'The client asked us to bring the CRM subscription to an end after this quarter.', 1, PR, '24x5'],
  ['Licences', 'Please bring all 15 of their Desk licences to an end on 30 June.', 1, PR, '24x5'],
  ['Abo', 'Der Kunde möchte dem Abonnement für Zoho One zum Jahresende ein Ende setzen.', 1, PR, '24x5'],
  ['Vertrag', 'Bitte setzen Sie dem Vertrag der Kanzlei Ritter zum 31.03. ein Ende.', 1, PR, '24x5'],
  ['Contrat', "Le client souhaite mettre un point final à son contrat Zoho Books en septembre.", 1, PR, '24x5'],
  // traps: a contract that ends at its term with a renewal asked for, and an end that is not the contract's
  ['Vertrag', 'Der Vertrag läuft am 30.06. aus, ein Ende der Zusammenarbeit ist nicht geplant. Bitte schicken Sie uns das Verlängerungsangebot.', 3, PR],
  ['Contract', 'Our partner agreement comes to an end in June, please send the renewal paperwork for the partner account.', 3, PR],
]

describe('phrasings, round 35: Operations from finance and procurement', () => {
  it('reads a contract or subscription brought to an end as a cancellation', async () => {
    expect(await misread(BROUGHT_TO_AN_END)).to.deep.equal([])
  })
})
