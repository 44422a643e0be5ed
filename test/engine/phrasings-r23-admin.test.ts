// Round 23 (branch r23-admin): the meanings behind the first-read misses of grown-75.yaml (IT admins and Zoho
// consultants writing tersely, with error codes, log lines and bullet lists), in other words and languages than
// the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// A browser's or a program's request, call or job aborted on its way ("pending ... then cancelled", "(canceled)
// in the network tab"): a technical event, no account cancellation; a real cancellation stays one.
const REQUEST_CANCELLED: Phrasing[] = [
  ['Desk', 'In the network tab every XHR stays pending for a minute and is then canceled.', 3, TS],
  ['Upload', 'The upload gets cancelled after 30 seconds, the request was cancelled by the browser. How do we raise the limit?', 3, TS],
  ['Desk', 'Im Netzwerk-Tab bleibt die Anfrage ausstehend und wird dann beendet. Wie können wir das prüfen?', 3, TS],
  ['Desk', "Dans l'onglet réseau, la requête reste en attente puis est annulée. Comment vérifier ?", 3, TS],
  // traps: a cancellation asked for, also beside a pending matter
  ['Cancellation', 'Please process our pending cancellation for org 5521, the customer leaves Zoho.', 1, PR, '24x5'],
  ['Cancel', 'Please cancel the subscription of our client, they move to another vendor.', 1, PR, '24x5'],
  ['Kündigung', 'Bitte beenden Sie den Vertrag unseres Kunden zum Monatsende.', 1, PR, '24x5'],
]

// Asking Zoho to stop or pause a feature ("please stop the sync on your side"): a step wanted, no feature that
// stopped; a feature that stopped is still one.
const PLEASE_STOP: Phrasing[] = [
  ['Campaigns', 'The mailing goes to the wrong list. Could you please stop the campaign on your side?', 2, TS],
  ['Flow', 'Can you stop the flow for now until we have fixed our field mapping? How do we restart it later?', 3, TS],
  ['Sync', 'Könnten Sie bitte die Synchronisation auf Ihrer Seite stoppen? Wie starten wir sie danach neu?', 3, TS],
  ['Synchro', "Pouvez-vous arrêter la synchronisation de votre côté ? Comment la relancer ensuite ?", 3, TS],
  // traps: the feature stopped
  ['Sync', 'The sync stopped at 02:00 and has not run since, please check.', 1, TS, '24x7'],
  ['Flows', 'Please help, all our flows stopped running last night.', 1, TS, '24x7'],
]

// A failure that matches the documentation ("429 after 24k calls, which matches the documented daily limit")
// is no failure against it; a failure against what the docs say still is 2.
const AS_DOCUMENTED: Phrasing[] = [
  ['Rate limit', 'We get error 429 after 5,000 calls, in line with the documented limit for our edition. Does it reset at midnight?', 3, TS],
  ['API Limit', 'Unser Job bekommt HTTP 429 nach 24.000 Anfragen, das entspricht dem dokumentierten Tageslimit. Wann wird es zurückgesetzt?', 3, TS],
  ['Limite API', "Nous recevons l'erreur 429 après 24 000 appels, ce qui correspond à la limite documentée. Quand le quota est-il réinitialisé ?", 3, TS],
  // traps: a failure against the documentation
  ['Upload', 'Uploading a 10 MB file fails with error 413, the docs say 25 MB is allowed.', 2, TS],
  ['Webhook', 'The webhook fails after 5 seconds although the documentation says the timeout is 30 seconds.', 2, TS],
]

// A failure only in a sandbox or staging copy, production said fine: the service works where the business
// runs (2); "only in production" is the opposite.
const SANDBOX_ONLY: Phrasing[] = [
  ['Sandbox', 'Since the refresh nobody can sign in to our Desk sandbox, SSO error invalid audience. It happens only in the sandbox.', 2, TS],
  ['Staging', 'The webhooks stopped firing completely on staging. Production works fine.', 2, TS],
  ['Sandbox', 'In unserer Sandbox schlägt die SAML-Anmeldung fehl. Die Produktion ist nicht betroffen.', 2, TS],
  ['Sandbox', 'La connexion SAML échoue avec une erreur, uniquement dans la sandbox. La production fonctionne normalement.', 2, TS],
  // traps: production hit
  ['PROD down', 'The sandbox works fine, but production is down for everyone since 9.', 1, TS, '24x7'],
  ['Login', 'Login fails for every user, only in production; the sandbox is fine.', 1, TS, '24x7'],
  ['Login', 'Login fails for all users. It no longer works in production either.', 1, TS, '24x7'],
]

// A bullet list: each item is a statement of its own, so words of two items make no rule together; within an
// item they still do.
const BULLET_ITEMS: Phrasing[] = [
  ['Checks', 'Checked:\n- the agents are all available\n- deactivated and reactivated the rule', 3, TS],
  ['Prüfung', 'Geprüft:\n* Benutzer sind verfügbar\n* Regel deaktiviert und wieder aktiviert', 3, TS],
  ['Vérifié', 'Vérifié :\n• les agents sont disponibles\n• règle désactivée puis réactivée', 3, TS],
  // traps: the symptom inside one item
  ['SSO', 'Status:\n- nobody can log in since 8\n- cleared the cache', 1, TS, '24x7'],
  ['CRM', 'Symptoms:\n- CRM is down for all users\n- API returns 503', 1, TS, '24x7'],
]

describe('phrasings of round 23, branch r23-admin', () => {
  it('reads a request or job cancelled on its way as no account cancellation', async () => {
    expect(await misread(REQUEST_CANCELLED)).to.deep.equal([])
  })
  it('reads asking Zoho to stop a feature as no feature that stopped', async () => {
    expect(await misread(PLEASE_STOP)).to.deep.equal([])
  })
  it('reads a failure that matches the documentation as none against it', async () => {
    expect(await misread(AS_DOCUMENTED)).to.deep.equal([])
  })
  it('reads a failure only in a sandbox, production fine, as 2', async () => {
    expect(await misread(SANDBOX_ONLY)).to.deep.equal([])
  })
  it('reads each bullet item as a statement of its own', async () => {
    expect(await misread(BULLET_ITEMS)).to.deep.equal([])
  })
})
