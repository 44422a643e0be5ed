// Round 49 (branch r49-deskfeatures): the meanings behind the first-read misses of grown-125.yaml (Zoho Desk's own
// features as helpdesk admins name them), in other words and languages than the tickets, with traps that must not
// read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A customer's own customers are everyone who uses the thing (concept `everyone`): an error page for
// them all is downtime (rule `error page for everyone`, 24x7).
const ERROR_PAGE_FOR_THEIR_CUSTOMERS: Phrasing[] = [
  ['Portal', 'Since noon the knowledge base shows an error page to all its customers.', 1, TS, '24x7'],
  ['Portail', "Le portail d'aide affiche une page d'erreur à tous leurs clients depuis midi.", 1, TS, '24x7'],
  ['Hilfeportal', 'Das Hilfeportal zeigt seit Mittag allen ihren Kunden eine Fehlerseite.', 1, TS, '24x7'],
  ['Support site', 'Our support site has been giving all of their customers an error page since 2pm.', 1, TS, '24x7'],
  // trap: an error page to design
  ['Portail', "Comment personnaliser la page d'erreur que voient tous nos visiteurs ?", 3, TS],
]

// Assignment rules that no longer take effect or assign (concept `work`: "greifen", "attribuent"):
// a feature that no longer runs, 24x7.
const RULES_NO_LONGER_TAKE_EFFECT: Phrasing[] = [
  ['Regeln', 'Unsere Eskalationsregeln greifen seit Montag überhaupt nicht mehr.', 1, TS, '24x7'],
  ['Makros', 'Die Makros greifen seit dem Wochenende nicht mehr.', 1, TS, '24x7'],
  ['Attribution', "Le round robin n'attribue plus aucun ticket depuis lundi.", 1, TS, '24x7'],
  // traps: a rule that assigns wrongly sometimes; a how-to
  ['Zuweisung', 'Die Regel weist manchmal dem falschen Agenten zu, der Rest klappt.', 2, TS],
  ['Attribution', 'Comment faire pour que les tickets soient attribués aux agents en ligne ?', 3, TS],
]

// French "plus aucun <noun>" is a stop of the feature that delivers it (concept `no longer at all`): 24x7.
const PLUS_AUCUN: Phrasing[] = [
  ['Webhooks', "Depuis la mise à jour, plus aucun webhook n'est envoyé vers notre ERP.", 1, TS, '24x7'],
  ['Courriels', 'Plus aucun courriel ne part de la boîte partagée depuis midi.', 1, TS, '24x7'],
  ['Appels', "Depuis hier, plus aucun appel n'est transféré vers les agents.", 1, TS, '24x7'],
  // trap: nothing wrong any more
  ['Merci', "Merci, il n'y a plus aucun message d'erreur, tout est réglé.", 3, TS],
]

// An SLA's due time is a ticket's target, no renewal (concept `other renewal`).
const SLA_DUE_TIME: Phrasing[] = [
  ['Échéance', "L'échéance du SLA affichée dans la liste est fausse d'une heure.", 2, TS],
  ['SLA', "L'échéance SLA de certains tickets est fausse dans la vue Kanban.", 2, TS],
  // trap: the subscription's renewal date
  ['Échéance', "Merci de renouveler l'abonnement Desk de notre client, qui arrive à échéance le 30 juin.", 3, 'Payments Renewal'],
]

describe("phrasings, round 49: Zoho Desk's own features", () => {
  it("reads an error page for a customer's own customers as downtime", async () => {
    expect(await misread(ERROR_PAGE_FOR_THEIR_CUSTOMERS)).to.deep.equal([])
  })
  it('reads assignment rules that no longer take effect as a stop', async () => {
    expect(await misread(RULES_NO_LONGER_TAKE_EFFECT)).to.deep.equal([])
  })
  it('reads French "plus aucun" with a delivered noun as a stop', async () => {
    expect(await misread(PLUS_AUCUN)).to.deep.equal([])
  })
  it("reads an SLA's due time as no renewal", async () => {
    expect(await misread(SLA_DUE_TIME)).to.deep.equal([])
  })
})
