// Round 58 (branch r58-symptoms): the meanings behind the first-read misses of grown-133.yaml (severity 1 told only
// by what users see on screen, and asked as a question), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'

// A sign-in button that does nothing is a login failure (concept `failure`: "button does nothing"), 24x7.
const BUTTON_DOES_NOTHING: Phrasing[] = [
  ['Sign-in', "Hitting the sign-in button doesn't do anything for anyone in the office.", 1, TS, '24x7'],
  ['Anmeldung', 'Der Anmelden-Button macht bei allen Benutzern nichts, seit heute früh.', 1, TS, '24x7'],
  ['Connexion', 'Impossible de se connecter : le bouton ne fait rien.', 1, TS, '24x7'],
  // trap: a button to put back on a toolbar
  ['Toolbar', 'How do we add the Export button back to the toolbar?', 3, TS],
]

// A spinner that only turns, said as "round and round" or "only shows a spinning wheel" (concept `outage`):
// downtime, 24x7; on the partner portal, no access (Operations 1).
const ONLY_A_SPINNER: Phrasing[] = [
  ['Desk', 'The loading wheel goes round and round for the whole team, nothing opens.', 1, TS, '24x7'],
  ['Portal', 'Das Partnerportal zeigt nach dem Login nur noch ein Ladesymbol, bei allen Kollegen.', 1, SR],
  ['Portail', "Le portail partenaire n'affiche qu'une roue qui tourne après la connexion, pour toute l'équipe.", 1, SR],
  // trap: the spinner's look, a setting
  ['Spinner', 'Is it possible to put our logo on the loading screen in place of the spinning wheel?', 3, TS],
]

// Stored values that show 0 in a field on every record are damage (concept `emptied`: "shows 0 in"), 24x5;
// a figure that shows 0 once or in a report is a result (2).
const RECORDS_SHOW_ZERO: Phrasing[] = [
  ['Amounts', 'Every invoice now shows 0 in the Total field, for all customers.', 1, TS, '24x5'],
  // traps: a line that shows 0 until a refresh; a report
  ['Quote', 'The line total shows 0 until we refresh the page, then it is right.', 2, TS],
]

// The sales pipeline is the deals (concept `data`): an emptied pipeline is lost data, 24x5.
const EMPTY_PIPELINE: Phrasing[] = [
  ['Pipeline', 'Our whole sales pipeline is blank now, every stage, and nobody deleted anything.', 1, TS, '24x5'],
  // trap: a new rep without permission
  ['Pipeline', 'A new rep sees an empty pipeline while the rest see all deals. Which role should he get?', 3, TS],
]

// Asking what users will see during maintenance, or how to be told of an outage (concept `hypothetical`).
const ASKED_AHEAD: Phrasing[] = [
  ['Maintenance', 'During the planned works on Sunday night, will our customers see an error page?', 3, TS],
  ['Monitoring', 'We want a webhook so we know when Desk is unavailable.', 3, TS],
  // not asked ahead: down now
  ['Down', 'Desk is unavailable for all of us since 9, so we know when it started.', 1, TS, '24x7'],
]

// A cleared browser cache that made it work again sets aside the sentence before it (concept `resolvedSince`);
// a report filter the partner set wrong is their own mistake (concept `own mistake`).
const OWN_SIDE: Phrasing[] = [
  ['Loading', 'His CRM was stuck on loading. We cleared the cache in Edge and it works now. Any tips?', 3, TS],
  ['Report', 'The pipeline report shows no data, I think we set the filter to the wrong year. How do I change it?', 3, TS],
]

describe('phrasings, round 58: severity 1 told by on-screen symptoms', () => {
  it('reads a sign-in button that does nothing as a login failure', async () => {
    expect(await misread(BUTTON_DOES_NOTHING)).to.deep.equal([])
  })
  it('reads a spinner that only turns as downtime', async () => {
    expect(await misread(ONLY_A_SPINNER)).to.deep.equal([])
  })
  it('reads records that show 0 in a field as damage', async () => {
    expect(await misread(RECORDS_SHOW_ZERO)).to.deep.equal([])
  })
  it('reads an emptied pipeline as lost data', async () => {
    expect(await misread(EMPTY_PIPELINE)).to.deep.equal([])
  })
  it('reads what users will see, or how to be told, as a question', async () => {
    expect(await misread(ASKED_AHEAD)).to.deep.equal([])
  })
  it("reads a cleared cache and a wrong report filter as the partner's side", async () => {
    expect(await misread(OWN_SIDE)).to.deep.equal([])
  })
})
