// Round 69 (branch r69-dev-tickets): the meanings behind the first-read misses of grown-141.yaml (developers and
// technical consultants at partners, pasted logs, JSON bodies and stack traces, mostly carrying a real severity 1), in
// other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// The partner's own serverless function (an AWS Lambda, an Azure or Cloud Function) failing on what Zoho sends: their
// code, as "our script" (concept `own code`; rule `layout broken` now yields to it too): writing functions (3).
const OWN_SERVERLESS_FUNCTION: Phrasing[] = [
  ['Lambda', 'My Lambda function crashes when a Desk ticket arrives without a contact. How do I read an empty contact?', 3, TS],
  ['Format', 'Our cloud function crashes on the new date format in the webhook body. Which format does Desk send?', 3, TS],
  ['Lambda', 'Unsere Lambda-Funktion stürzt beim Verarbeiten der Webhook-Daten ab. Wo ist das Format beschrieben?', 3, TS],
  ['Lambda', 'Notre fonction Lambda plante sur le webhook de Desk. Où est décrit le format des données ?', 3, TS],
  // traps: Zoho's side failing while the partner's function only receives the errors
  ['API', 'Since 9 the Desk API answers 503 to our Lambda on every call.', 1, TS, '24x7'],
  ['Desk', 'Desk crashes for every agent since this morning.', 1, TS],
]

// The partner's own endpoint being redeployed when it answered Zoho with a 5xx (concept `outside party`): their
// server, no outage of Zoho's.
const OWN_ENDPOINT_REDEPLOYED: Phrasing[] = [
  ['Webhook errors', 'Desk logged HTTP 502 while our endpoint was being moved to a new cluster. Can we replay those events?', 3, TS],
  ['Webhooks', 'Desk got HTTP 503 from us during our redeploy. Does it send those events again?', 3, TS],
  ['Webhooks', 'Desk hat während unseres Redeployments HTTP 503 bekommen. Werden die Ereignisse erneut gesendet?', 3, TS],
  ['Webhooks', 'Desk a reçu des erreurs HTTP 503 pendant notre redéploiement. Les événements sont-ils renvoyés ?', 3, TS],
  // trap: Zoho's API answering the 5xx
  ['API', 'Since 9 the Desk API itself answers HTTP 503 on every request, for all our orgs.', 1, TS, '24x7'],
]

// A Deluge or workflow function named as what runs over the records, failing "on every record" (concepts `run log`,
// `function run`, rule `errors on every item of a function's run`): an error on every item of its run (1, 24x5), no
// error on every record opened (24x7), also when the failing sentence names the function "it".
const FUNCTION_FAILS_ON_EVERY_RECORD: Phrasing[] = [
  ['Deluge', 'Since the update the Deluge function throws an exception on every deal, nothing changed in the code.', 1, TS, '24x5'],
  ['Workflow function', 'The workflow function broke last night. Since then it fails on every contact.', 1, TS, '24x5'],
  ['Functions', 'Our custom function fails on every record since Tuesday.', 1, TS, '24x5'],
  ['Funktion', 'Seit dem Update schlägt die Deluge-Funktion bei jedem Datensatz fehl.', 1, TS, '24x5'],
  ['Fonction', 'Depuis la mise à jour, la fonction Deluge échoue sur chaque fiche.', 1, TS, '24x5'],
  // traps: the product failing on every record opened or on every page
  ['CRM', 'Since 9 every record we open in CRM fails with an error, for every user.', 1, TS, '24x7'],
  ['CRM', 'Every page fails with an error since 9. We removed our custom functions, no change.', 1, TS, '24x7'],
]

// A failure on every transaction or for everyone only in a sandbox, production fine (concept `test copy only`, now set
// aside by `errors on every transaction` and `fails for everyone`): 2 (README round 29).
const ONLY_IN_THE_SANDBOX: Phrasing[] = [
  ['Sandbox', 'Every payment we test in the sandbox fails; production is not affected.', 2, TS],
  ['Sandbox', 'In the sandbox the blueprint fails for all users, production works fine.', 2, TS],
  ['Sandbox', 'Jede Zahlung schlägt fehl, aber nur in der Sandbox. Die Produktion ist nicht betroffen.', 2, TS],
  ['Sandbox', "Chaque paiement échoue, uniquement dans la sandbox. La production n'est pas impactée.", 2, TS],
  // trap: production failing as well
  ['Payments', 'Every payment fails since 9, in production and in the sandbox.', 1, TS, '24x5'],
]

// Staff "stood idle" or "stood there waiting" (British): people kept from their work (1, 24x5), as "standing idle".
const STOOD_IDLE: Phrasing[] = [
  ['Scanners', 'Since the update the scanners in Inventory show nothing and the pickers have stood idle all morning.', 1, TS, '24x5'],
  ['Orders', 'The order screen never finishes, our packers stood there waiting for an hour.', 1, TS, '24x5'],
  // trap: a supposed idle time
  ['Fallback', 'If the sync fails, our pickers would stand idle. What is the fallback?', 3, TS],
]

describe('phrasings, round 69: developers reporting severity 1 in technical words', () => {
  it("reads the partner's own serverless function failing as their code", async () => {
    expect(await misread(OWN_SERVERLESS_FUNCTION)).to.deep.equal([])
  })
  it("reads a 5xx from the partner's endpoint being redeployed as theirs", async () => {
    expect(await misread(OWN_ENDPOINT_REDEPLOYED)).to.deep.equal([])
  })
  it('reads a function failing on every record as an error on every item of its run', async () => {
    expect(await misread(FUNCTION_FAILS_ON_EVERY_RECORD)).to.deep.equal([])
  })
  it('reads a failure for everyone only in the sandbox as 2', async () => {
    expect(await misread(ONLY_IN_THE_SANDBOX)).to.deep.equal([])
  })
  it('reads staff who "stood idle" as people who cannot work', async () => {
    expect(await misread(STOOD_IDLE)).to.deep.equal([])
  })
})
