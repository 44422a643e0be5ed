// Round 12 (branch r12-clock): the clock boundary of Support severity 1 (DOMAIN.md §5, README "Choices"):
// a total failure is 24x7, "X does not work" is 24x5. The adverbs that say "totally" ("completely",
// "komplett", "complètement", "totalement", "total") were read by their stems, so the verb "complete"
// ("we cannot complete the payroll run", "compléter l'envoi", "komplettieren") and the noun "total"
// ("the invoice total is not synced") made a task that does not work a total failure (24x7). They are
// now read as written, and German "total" only in a German sentence. TRAPS: the adverbs still say a
// total stop.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NOT_TOTAL: Phrasing[] = [
  ['Payroll approval fails', 'We cannot complete the March payroll run, the approve step errors for every user.', 1, TS, '24x5'],
  ['Pay run', 'Our client is unable to complete this month\'s pay run in Zoho Payroll, the submission does not go through.', 1, TS, '24x5'],
  ['Fiches de paie', 'Impossible de compléter l\'envoi des fiches de paie ce mois-ci.', 1, TS, '24x5'],
  ['Import', 'Nous n\'arrivons pas à compléter l\'import, les contacts ne sont pas importés.', 1, TS, '24x5'],
  ['Lohnlauf', 'Wir können den Lohnlauf nicht komplettieren, er läuft nicht.', 1, TS, '24x5'],
  ['Totals', 'The invoice total is not synced to Xero.', 1, TS, '24x5'],
  ['Totaux', 'Le total des factures n\'est pas envoyé à la comptabilité.', 1, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  ['CRM', 'CRM is completely not working since 9.', 1, TS, '24x7'],
  ['Workflows', 'Our workflows are totally not triggering since the update.', 1, TS, '24x7'],
  ['Webhooks', 'The webhooks are not fired from Desk at all.', 1, TS, '24x7'],
  ['Synchronisation', 'Die Synchronisation funktioniert komplett nicht.', 1, TS, '24x7'],
  ['Synchronisation', 'Die Synchronisation läuft total nicht mehr.', 1, TS, '24x7'],
  ['Envoi', 'L\'envoi des devis ne fonctionne totalement plus.', 1, TS, '24x7'],
]

describe('phrasings r12-clock: "complete" and "total" are no total stop', () => {
  it('a task that cannot be completed, or a total not synced, does not work (1, 24x5)', async () => {
    expect(await misread(NOT_TOTAL)).to.deep.equal([])
  })
  it('the adverbs still say a total stop (24x7)', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
