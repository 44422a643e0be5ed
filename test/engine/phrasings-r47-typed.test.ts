// Round 47 (branch r47-typed): the meanings behind the first-read misses of grown-123.yaml (tickets typed fast on a
// phone: lowercase, no punctuation, typos, accents left out), in other words and languages than the tickets, with
// traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// "stoped", the one-p slip, is "stopped" (concept `stopped`): a feature that stopped is a total failure, 24x7.
const STOPED: Phrasing[] = [
  ['sync', 'calendar sync stoped completely since friday', 1, TS, '24x7'],
  ['reminders', 'the invoice reminders stoped going out on monday', 1, TS, '24x7'],
  ['webhooks', 'our webhooks stoped firing after the update last nite', 1, TS, '24x7'],
  // traps: a stop that never came, a how-to about stopping
  ['sync', 'the sync never stoped, it just runs slower than usual this week', 2, TS],
  ['workflow', 'how do i stop a workflow from sending the same mail twice??', 3, TS],
]

// "adress", the one-d slip, on Zoho's invoice is a change to Zoho's document (concept `zoho document`): Invoice changes.
const ADRESS_ON_ZOHO_INVOICE: Phrasing[] = [
  ['invoice', 'wrong adress on the invoice you sent us last week, we moved in may', 2, 'Invoice changes'],
  ['inv', 'the adress on your invoice is the old office, pls change it', 2, 'Invoice changes'],
  ['Rechnung', 'auf ihrer rechnung steht noch die alte adresse, bitte aendern', 2, 'Invoice changes'],
  // trap: the address on the invoices the product makes for the partner's customers
  ['books', 'how do i get the customer adress to print on the invoices books generates?', 3, TS],
]

// The same person's phone works, said short ("on mobile it works", "am handy gehts", "sur le tel ça marche"): one
// machine, the login works elsewhere (concept `signs in elsewhere`): 2.
const PHONE_WORKS: Phrasing[] = [
  ['login', 'cant log in on my laptop since this morning, on mobile it works', 2, TS],
  ['Login', 'Sie kommt am Laptop nicht mehr ins CRM, aufm Handy gehts', 2, TS],
  ['Anmeldung', 'meine kollegin kommt am rechner nicht ins crm, am handy gehts', 2, TS],
  ['connexion', "il arrive pas a se connecter sur son pc, sur son tel ca marche", 2, TS],
  // traps: nobody on the computers, and the phone failing too
  ['login', 'none of us can log in on the office pcs, on the phone it works', 1, TS, '24x7'],
  ['connexion', 'personne peut se connecter, sur le tel ca marche pas non plus', 1, TS, '24x7'],
]

describe('phrasings, round 47: typed fast on a phone', () => {
  it('reads "stoped" as stopped', async () => {
    expect(await misread(STOPED)).to.deep.equal([])
  })
  it("reads an \"adress\" on Zoho's invoice as an invoice change", async () => {
    expect(await misread(ADRESS_ON_ZOHO_INVOICE)).to.deep.equal([])
  })
  it('reads a phone that works, said short, as one machine', async () => {
    expect(await misread(PHONE_WORKS)).to.deep.equal([])
  })
})
