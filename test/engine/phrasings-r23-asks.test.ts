// Round 23 (branch r23-asks): the meanings behind the first-read misses of grown-78.yaml (severity 1 said as a
// question or a request for help, with true questions as traps), in other words and languages than the
// tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Stored amounts now at zero, written as a figure ("now 0.00", "stehen auf 0,00", "sont à 0,00"), also where
// the records are said to be still there "but" their values are gone: lost data (1, 24x5); where a report or
// a dashboard shows it, a result (2); a how-to stays 3.
const AMOUNTS_AT_ZERO: Phrasing[] = [
  ['Quotes', 'Since the update every quote in CRM is now 0.00, also the ones that were fine last week.', 1, TS, '24x5'],
  ['Orders', 'The orders are still there but the unit prices on all of them are now 0.00.', 1, TS, '24x5'],
  ['Angebote', 'Die Angebote sind noch da, aber alle Beträge stehen jetzt auf 0,00.', 1, TS, '24x5'],
  ['Rechnungen', 'Seit dem Import heute Nacht stehen alle Beträge unserer Rechnungen auf 0,00.', 1, TS, '24x5'],
  ['Factures', 'Les factures sont toujours là mais les montants des lignes sont maintenant à 0,00.', 1, TS, '24x5'],
  // traps: a question about a display, a how-to, records still there but shown under the wrong stage in a view
  ['Dashboard', 'The dashboard shows 0.00 revenue for this month, is that because the filter is set to next month?', 3, TS],
  ['Free item', 'How do we set the line amounts to 0.00 for a free item?', 3, TS],
  ['Deals', 'The deals are still there but the pipeline view shows them under the wrong stage.', 2, TS],
]

// A past outage followed by a sentence that says everything works now ("Everything works fine now, we just need
// a confirmation for our report"): over (README rounds 13-22, a past outage); what a request for a confirmation
// names after it reports nothing, so that sentence says nothing else.
const OVER_NOW: Phrasing[] = [
  ['Outage?', 'Our evening team says Desk was unreachable from 9 to 10 pm. Everything is working fine now, we only need a written confirmation for our client.', 3, TS],
  ['Ausfall?', 'Ein Kunde meinte, Books war gegen 6 Uhr nicht erreichbar. Inzwischen läuft alles wieder, wir brauchen nur eine kurze Bestätigung.', 3, TS],
  ['Panne ?', "Un client dit que le CRM était inaccessible vers 6h. Tout est revenu à la normale, nous voulons seulement une confirmation pour notre rapport mensuel.", 3, TS],
  // traps: the rest fine but one product still down; a question whether it is over; down again
  ['Books down', 'Books is down for all of us since 8. Everything else works fine now.', 1, TS, '24x7'],
  ['CRM', 'CRM was down all morning. Is everything back to normal now? For us it still does not load at all.', 1, TS, '24x7'],
  // a request for a confirmation holds only what follows it in its clause
  ['Migration', 'We got the confirmation of the migration, but all our contacts are gone since.', 1, TS, '24x5'],
  ['Desk', 'Desk is down for everyone. We need a confirmation for our client of when it will be back.', 1, TS, '24x7'],
]

// A how-to about one user's own setting ("where can she change it?"): a how-to (3), the others being fine.
const WHERE_CAN_SHE: Phrasing[] = [
  ['Language', 'One agent set her portal to French by mistake. Where can she switch it back? The rest of the team is fine.', 3, TS],
  ['Signature', 'Where does a user change their own email signature in Desk?', 3, TS],
  ['Sprache', 'Wo kann sie die Sprache wieder auf Deutsch umstellen? Es betrifft nur ihre Einstellung.', 3, TS],
  ['Langue', "Où peut-elle remettre l'interface en français ? Ça ne concerne que son compte.", 3, TS],
  // trap: everyone locked out beside the question
  ['Login', 'Where can they log in now? The login page has been down for all our staff since 9.', 1, TS, '24x7'],
]

// Nobody on the partner's side deleted the records: the loss is not the users' doing, and the negation takes
// nothing from the subject's question (1, 24x5).
const NOBODY_DELETED: Phrasing[] = [
  ['Contacts deleted?', 'We had 4,200 contacts yesterday and 2,950 today. None of us deleted anything.', 1, TS, '24x5'],
  ['Tickets gelöscht?', 'Gestern waren es 800 Tickets, heute sind es nur noch 300. Niemand von uns hat etwas gelöscht.', 1, TS, '24x5'],
  ['Contacts supprimés ?', "Hier nous avions 4 200 contacts, ce matin il en reste 2 950. Personne n'a rien supprimé.", 1, TS, '24x5'],
  // traps: a how-to, a record a colleague deleted, a rule nobody touched that deleted records (still lost)
  ['Leads deleted', 'A workflow rule that nobody touched for months deleted 800 leads last night.', 1, TS, '24x5'],
  ['Recycle bin', "We didn't delete anything yet, how long do deleted records stay in the recycle bin?", 3, TS],
  ['Contact deleted', 'A colleague deleted one contact by mistake, how do we get it back?', 3, TS],
]

// A count said as what is left now ("only 2,950 are left", "sind nur noch 300 übrig", "il en reste 2 950")
// against a past figure ("yesterday we had"): records fallen in number (1, 24x5), not where a display shows it.
const COUNT_LEFT: Phrasing[] = [
  ['Contacts', 'Yesterday we had 4,200 contacts in CRM, this morning only 2,950 are left.', 1, TS, '24x5'],
  ['Kontakte', 'Gestern hatten wir 1.500 Kontakte, heute sind nur noch 900 übrig.', 1, TS, '24x5'],
  ['Contacts', "Hier nous en avions 1 500, ce matin il n'en reste que 900 dans le CRM.", 1, TS, '24x5'],
  // traps: a trial's days, seats left
  ['Trial', 'Only 3 days are left on our trial, how do we extend it?', 3, 'Trial Extension'],
  ['Seats', 'Yesterday we had 10 free seats, now only 2 are left. How do we add more users?', 3, 'Upgrades'],
]

describe('phrasings of round 23, branch r23-asks', () => {
  it('reads stored amounts now at zero as lost data, not on a display', async () => {
    expect(await misread(AMOUNTS_AT_ZERO)).to.deep.equal([])
  })
  it('reads a past outage followed by "everything works now" as over', async () => {
    expect(await misread(OVER_NOW)).to.deep.equal([])
  })
  it("reads where one user changes her own setting as a how-to", async () => {
    expect(await misread(WHERE_CAN_SHE)).to.deep.equal([])
  })
  it('reads "none of us deleted anything" as no denial of the loss', async () => {
    expect(await misread(NOBODY_DELETED)).to.deep.equal([])
  })
  it('reads what is left against a past figure as records fallen in number', async () => {
    expect(await misread(COUNT_LEFT)).to.deep.equal([])
  })
})
