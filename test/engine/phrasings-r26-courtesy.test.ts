// Courtesy formulas that begin with a hypothesis's word ("s'il vous plaît", "if possible", "wenn möglich") ask
// politely; they set nothing aside (`courtesy`, which the `hypothetical` cue yields to: `reading.yieldsTo`).
// Round 25's Operations branch found "s'il vous plaît" read as a "s'il" hypothesis that hid the request after it.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const COURTESY_ASKS: Phrasing[] = [
  ['Résiliation', "Pourriez-vous s'il vous plaît résilier notre abonnement à la fin du mois ?", 1, PR],
  ['Compte', "Merci de bien vouloir s'il vous plait clôturer notre compte partenaire.", 1, PR],
  ['Urgent', "S'il vous plaît regardez vite, personne ne peut se connecter au CRM depuis ce matin.", 1, TS, '24x7'],
  ['Abo', 'Könnten Sie wenn möglich unser Abonnement zum Monatsende kündigen?', 1, PR],
  ['Cancel', 'Could you if possible cancel our subscription at the end of the month?', 1, PR],
  ['Licences', "If you don't mind, please cancel all of Harlow Dental's licences from April.", 1, PR],
  // traps: the hypothesis itself, after the same words or alone
  ['Panne', "S'il y a une panne, comment serons-nous prévenus ?", 3, TS],
  ['Outage', 'If the portal is down during the migration, how will we be told?', 3, TS],
  ['Ausfall', 'Wenn das CRM ausfällt, wie werden wir informiert?', 3, TS],
]

describe('phrasings, round 26 (courtesy formulas)', () => {
  it('reads a request made "s\'il vous plaît", "if possible" or "wenn möglich" as the request, a real "if" as a hypothesis', async () => {
    expect(await misread(COURTESY_ASKS)).to.deep.equal([])
  })
})
