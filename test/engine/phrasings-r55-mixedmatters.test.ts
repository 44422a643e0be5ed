// Round 55 (branch r55-mixedmatters): the meanings behind the first-read misses of grown-130.yaml (tickets with an
// Operations matter and a Support severity-1 matter), in other words and languages than the tickets, with traps that
// must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// Every attempt at an action (concept `every attempt`, rule `errors on every attempt`: "every attempt", "jeder Versuch",
// "chaque tentative"; `every transaction`: "every … try to save", "any call") that ends in an error: the action never
// succeeds, 1 on 24x5, and a severe matter beside an Operations request.
const EVERY_ATTEMPT: Phrasing[] = [
  ['Kontakte', 'Jeder Versuch, einen neuen Kontakt anzulegen, bricht mit einem Fehler ab.', 1, TS, '24x5'],
  ['Devis', "Chaque tentative d'envoyer un devis se termine par une erreur depuis ce matin.", 1, TS, '24x5'],
  ['Bookings', 'Each attempt to confirm a booking throws an error since the update.', 1, TS, '24x5'],
  ['Uploads', 'Every file they try to save to WorkDrive fails with an error.', 1, TS, '24x5'],
  ['Credit note + CRM', "Thanks for the credit note on last month's invoice. Separately: every attempt to save a quote in CRM ends with an error since 11.", 1, TS, '24x5'],
  ['Lizenzen', 'Bitte buchen Sie für unseren Kunden fünf weitere Lizenzen dazu. Außerdem: jeder Versuch, einen Auftrag in Inventory anzulegen, scheitert seit heute früh.', 1, TS, '24x5'],
  // a sign-in tried every time stays a login failure (24x7)
  ['Login', 'Jeder Versuch, sich anzumelden, scheitert seit heute früh.', 1, TS, '24x7'],
  ['Anmeldung', 'Niemand kann sich seit 8 Uhr anmelden, jeder Versuch endet mit einem Fehler.', 1, TS, '24x7'],
  ['Téléphonie', 'Le standard refuse de connecter le moindre appel : chaque tentative se termine par une erreur.', 1, TS, '24x5'],
  // traps: an attempt that worked; a setting
  ['Versuch', 'Beim zweiten Versuch hat es dann geklappt, danke.', 3, TS],
  ['Attempts', 'How many attempts does the sync make before it gives up?', 3, TS],
]

// The product's own "unable to process" message is a failure (concept `failure`).
const UNABLE_TO_PROCESS: Phrasing[] = [
  ['Orders', "Each order we submit comes back with 'could not process' since noon.", 1, TS, '24x5'],
  ['Commandes', 'Impossible de traiter la moindre commande depuis midi : chaque validation renvoie une erreur.', 1, TS, '24x5'],
]

// A cancellation question named as such (concept `cancellation in general`) asks no cancellation; a cancellation
// asked for still is one, and beside a Support severity-1 matter the Support matter names the type.
const CANCELLATION_QUESTION: Phrasing[] = [
  ['Kündigungsfrage', 'Wie lange ist die Kündigungsfrist bei Zoho One, wenn der Kunde zum Laufzeitende aussteigen möchte?', 2, PR],
  ['Question de résiliation', 'Quel est le préavis si notre client veut arrêter Zoho One en fin de contrat ?', 2, PR],
  ['Cancellation questions', 'Two quick ones: what notice do customers need to give if they want to stop at the end of the term, and is it pro-rated?', 2, PR],
  ['Cancellation question + outage', 'Cancellation question from a client: what notice applies if they stop at renewal? Separately, Desk has been unreachable for everyone since 9.', 1, TS, '24x7'],
  // trap: a cancellation asked for
  ['Cancellation', 'Please cancel the Zoho One subscription of Acme Ltd at the end of the month.', 1, PR, '24x5'],
]

// People who "haven't been able to work" (concept `people cannot work`): a show-stopper on 24x5.
const HAVE_NOT_BEEN_ABLE_TO_WORK: Phrasing[] = [
  ['Books', "Our accountants haven't been able to work since Books went read-only at 10.", 1, TS, '24x5'],
  ['Trial', 'Could you extend the Bigin trial of Fox & Sons by a week? Also, their reps have not been able to work since lunch.', 1, TS, '24x5'],
  // trap: working out how to do a thing
  ['Team', "The team hasn't been able to work out how to set up the blueprint.", 3, TS],
]

// Telephony that puts no call through (concepts `call connecting`, `work`): the feature fails, no sign-in (24x5);
// a German "keine … mehr" stays a total stop (24x7).
const CALLS_NOT_CONNECTED: Phrasing[] = [
  ['Calls', "Since this morning the softphone won't connect calls for any of our agents.", 1, TS, '24x5'],
  ['Téléphonie', 'La téléphonie de Desk ne connecte plus aucun appel depuis 9h.', 1, TS, '24x5'],
  ['Telefonie', 'Die Telefonie verbindet keine Anrufe mehr.', 1, TS, '24x7'],
  // traps: signing in to the telephony or the product is still a login
  ['Login', 'Agents cannot log in to the telephony panel since 9.', 1, TS, '24x7'],
  ['Connexion', "Je n'arrive plus à me connecter à Desk depuis ce matin, j'ai des appels en attente.", 1, TS, '24x7'],
  ['Desk', 'Ich kann mich seit heute früh nicht mit Desk verbinden.', 1, TS, '24x7'],
]

// A risk asked about with the French inverted verb ("risquent-ils", "risque-t-elle"): a question, nothing reported.
const RISK_ASKED: Phrasing[] = [
  ['Migration', "Pendant la bascule, les contacts risquent-ils d'être supprimés ?", 3, TS],
  ['Renouvellement', "Merci de nous envoyer le devis de renouvellement. Et une question : pendant la migration, les pièces jointes risquent-elles d'être perdues ?", 3, PR],
  // trap: the loss reported
  ['Données', "Les données risquent d'être perdues, elles ont disparu de CRM depuis hier.", 1, TS, '24x5'],
]

describe('phrasings, round 55: an Operations matter beside a severity-1 matter', () => {
  it('reads an error on every attempt as an action that never succeeds', async () => {
    expect(await misread(EVERY_ATTEMPT)).to.deep.equal([])
  })
  it('reads "unable to process" as a failure', async () => {
    expect(await misread(UNABLE_TO_PROCESS)).to.deep.equal([])
  })
  it('reads a cancellation question as no cancellation', async () => {
    expect(await misread(CANCELLATION_QUESTION)).to.deep.equal([])
  })
  it('reads people who have not been able to work as a show-stopper', async () => {
    expect(await misread(HAVE_NOT_BEEN_ABLE_TO_WORK)).to.deep.equal([])
  })
  it('reads calls not put through as a failing feature, not a login', async () => {
    expect(await misread(CALLS_NOT_CONNECTED)).to.deep.equal([])
  })
  it('reads a French inverted risk as a question', async () => {
    expect(await misread(RISK_ASKED)).to.deep.equal([])
  })
})
