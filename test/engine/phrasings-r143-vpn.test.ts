// Round 143: a VPN said to be in place and working beside a login nobody gets through. "We are on the VPN but nobody can
// log in." had read 3: "VPN" is an `outside party` (a failure outside Zoho, round 24), and the access rules yield to it.
// A VPN the partner is on or connected to, said with a "but", or said up and working, is no cause named: the partner
// rules it out (`outside party ruled out`), as "no VPN, no proxy, and still …" (round 78). A VPN said down or said to be
// the cause, and an IP restriction met through the VPN, stay the partner's own (traps).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ON_THE_VPN: Phrasing[] = [
  ['Login', 'We are on the VPN but nobody can log in.', 1, TS, '24x7'],
  ['Login', "We're on the VPN but no one can log in to CRM.", 1, TS, '24x7'],
  ['Login', 'We are connected to the VPN but nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'Our VPN is up and working, yet none of our agents can sign in to Desk since 8:00.', 1, TS, '24x7'],
  ['CRM', 'The VPN works fine, but nobody can log in to CRM this morning.', 1, TS, '24x7'],
  ['Anmeldung', 'Wir sind im VPN, aber niemand kann sich bei CRM anmelden.', 1, TS, '24x7'],
  ['Connexion', 'Nous sommes sur le VPN mais personne ne peut se connecter à Desk.', 1, TS, '24x7'],
]

const TRAPS: Phrasing[] = [
  ['Desk', 'We cannot log in because our VPN is down.', 3, TS],
  ['CRM down', 'Ignore my previous mail, false alarm - our VPN was the cause. How do I export the dashboard as PDF?', 3, TS, '24x5'],
  ['Allowed IPs', 'Our consultants get "Access denied" through the VPN because of the customer\'s IP restriction. Where do we add the new range?', 3, TS],
  ['VPN', 'Do we need to be on the VPN to log in to Zoho CRM?', 3, TS],
]

describe('phrasings, round 143: a VPN in place beside a login nobody gets through', () => {
  it('reads the login failure when the partner says the VPN is on and working', async () => {
    expect(await misread(ON_THE_VPN)).to.deep.equal([])
  })
  it('leaves a VPN said down or to blame, and a question about it, as they were', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
