// Round 46 (branch r46-threats): the meanings behind the first-read misses of grown-122.yaml (threats and conditions
// next to a real matter), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// A cancellation made the price of a fix not coming, the condition before or after it, also across a comma (concept
// `cancellation threatened`, which `cancel` and `terminate` yield to): a threat, no request; the matter counts on its own.
const CANCELLATION_THREATENED: Phrasing[] = [
  ['Outage', 'Zoho Inventory has been down all morning for the warehouse. If it is not back by 2pm, we\'ll terminate the contract.', 1, TS, '24x7'],
  ['Login', 'None of the agents can log into Desk. Get it working today or they\'ll cancel.', 1, TS, '24x7'],
  ['CRM offline', 'CRM is offline for the whole sales team. The client will cancel the licences unless this is solved by tonight.', 1, TS, '24x7'],
  ['Ausfall', 'Zoho Books ist seit heute Morgen komplett ausgefallen. Wenn das nicht bis Mittag läuft, wird der Kunde kündigen.', 1, TS, '24x7'],
  ['Anmeldung', 'Keiner unserer Mitarbeiter kommt mehr in Desk rein. Wir kündigen den Vertrag, falls das heute nicht behoben wird.', 1, TS, '24x7'],
  ['Panne', "Zoho Desk est hors service depuis 10h. Si ce n'est pas rétabli ce soir, le client résiliera.", 1, TS, '24x7'],
  ['Connexion', "Plus aucun commercial ne peut se connecter au CRM. Réglez-le aujourd'hui, sinon nous allons résilier.", 1, TS, '24x7'],
  // a threat alone names the subscription, and asks nothing (the Operations default)
  ['Preis', 'Falls der Preis nicht gleich bleibt, kündigen wir zum Jahresende.', 2, PR],
  // traps: cancellations asked or announced, a courtesy "if possible" among them, still a request
  ['Cancel', 'We will cancel the subscription on 30 June, please confirm.', 1, PR],
  ['Cancel', 'Please cancel the subscription if possible by Friday.', 1, PR],
  ['Kündigung', 'Bitte kündigen Sie das Abo zum Monatsende, wenn möglich.', 1, PR],
  ['Kündigung', 'Da wir Desk nicht mehr nutzen, kündigen wir hiermit.', 1, PR],
  ['Résiliation', 'Le client résiliera son abonnement au 30 juin, merci de le noter.', 1, PR],
  ['Résiliation', 'Si possible, merci de résilier notre abonnement.', 1, PR],
]

describe('phrasings, round 46: threats and conditions next to a real matter', () => {
  it('reads a cancellation made conditional on a fix as a threat, and the matter on its own', async () => {
    expect(await misread(CANCELLATION_THREATENED)).to.deep.equal([])
  })
})
