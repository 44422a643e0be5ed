// Round 27 (branch r27-froffice): the meanings behind the first-read misses of grown-102.yaml (French tickets in
// everyday office French: long sentences, split negations, conditional politeness), in other words and languages
// than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

// Closing the books at the end of a period ("clôturer les comptes de l'exercice", "close the accounts for the year",
// "die Konten zum Jahresende schließen") is bookkeeping: no account to close, no cancellation (concept `closing the
// books`, which `terminate` yields to).
const CLOSING_THE_BOOKS: Phrasing[] = [
  ['Books', "Notre comptable doit clôturer les comptes de l'exercice vendredi : comment exporter le grand livre depuis Zoho Books ?", 3, TS],
  ['Books', "Le trésorier souhaite clôturer les comptes annuels avant le 31 mars ; où trouver le bilan dans Books ?", 3, TS],
  ['Books', 'We need to close the accounts for the year next week - how do we lock the period in Books?', 3, TS],
  ['Books', 'Wir müssen die Konten zum Jahresende schließen. Wie sperren wir die Periode in Zoho Books?', 3, TS],
  // traps: an account really to close, and a login failure beside the books' close
  ['Fermeture', 'Pourriez-vous clôturer le compte Zoho de notre client, qui cesse son activité ?', 1, PR, '24x5'],
  ['Closure', 'Please close the Zoho account of our client Harlow Dental at the end of the month.', 1, PR, '24x5'],
  ['Books', "Nous devons clôturer les comptes de l'exercice et personne ne peut se connecter à Zoho Books depuis ce matin.", 1, TS, '24x7'],
]

// Stored values changed with nobody touching them ("modifiés sans que personne n'y touche", "changed without anyone
// touching them", "geändert, ohne dass jemand sie angefasst hat") are the product's doing, data changed (1, 24x5),
// and a French participle reports a change made, it asks Zoho for none (`change request` takes "modifier" as a
// request, "être modifiée" too, not "ont été modifiés").
const CHANGED_UNTOUCHED: Phrasing[] = [
  ['Articles', "Les prix de vente de nos articles ont été modifiés sans que personne n'y touche, ils sont tous à zéro.", 1, TS, '24x5'],
  ['Devis', "Les remises de nos devis ont été modifiées sans qu'aucun commercial n'y ait touché.", 1, TS, '24x5'],
  ['Deals', 'The close dates of our deals were changed without anyone touching them over the weekend.', 1, TS, '24x5'],
  ['Preise', 'Die Preise unserer Artikel wurden geändert, ohne dass jemand sie angefasst hat.', 1, TS, '24x5'],
  // traps: a change asked of Zoho for its invoice, in French
  ['Facture', "Pourriez-vous modifier l'adresse qui figure sur votre facture INV-30412 ?", 2, 'Invoice changes'],
  ['Facture', "Votre facture INV-30412 doit être modifiée : le numéro de TVA est celui de notre ancienne société.", 2, 'Invoice changes'],
  ['Facture', "Nous souhaitons que la raison sociale de votre facture INV-30412 soit modifiée.", 2, 'Invoice changes'],
]

// One person in trouble while the rest of the team works ("une seule de nos collaboratrices", "les autres membres de
// l'équipe n'ont aucun souci", "only one of our colleagues", "die anderen Teammitglieder haben keine Probleme"): no
// show-stopper for all users, 2 (`everyone else fine`, the others' "no problem" at the sentence's end only); "pas une
// seule de nos collaboratrices", "not just one user" and "only one of our staff still gets email" say the opposite.
const ONE_COLLEAGUE: Phrasing[] = [
  ['Tableaux de bord', "Un seul de nos collaborateurs ne parvient plus à afficher les tableaux de bord ; le reste de l'équipe n'a aucun problème.", 2, TS],
  ['Rapports', "Depuis lundi, les rapports ne s'ouvrent plus chez M. Dupuis. De leur côté, les autres membres du service n'ont aucun souci.", 2, TS],
  ['Reports', 'Only one of our colleagues cannot open the dashboards since Monday; the other team members have no problem.', 2, TS],
  ['Berichte', 'Nur eine unserer Mitarbeiterinnen kann die Berichte nicht mehr öffnen, die anderen Teammitglieder haben keine Probleme.', 2, TS],
  // traps: nobody, or more than one person
  ['CRM', "Pas une seule de nos collaboratrices ne peut ouvrir le CRM depuis ce matin, c'est une panne complète.", 1, TS, '24x7'],
  ['CRM', 'It is not just one user: since 9 the whole team cannot log in to CRM.', 1, TS, '24x7'],
  ['CRM', 'Nicht nur ein Benutzer ist betroffen: seit heute früh ist Zoho CRM für alle ausgefallen.', 1, TS, '24x7'],
  // traps: the one for whom it still works, and the others fine with something else than the product that is down
  ['Mail', 'Un seul de nos collaborateurs reçoit encore ses courriels ; Zoho Mail est en panne pour tous les autres depuis ce matin.', 1, TS, '24x7'],
  ['Mail', 'Only one of our staff still gets email; Zoho Mail has been down for everyone else since 7.', 1, TS, '24x7'],
  ['Mail', 'Nur einer unserer Mitarbeiter bekommt noch E-Mails, Zoho Mail ist seit 7 Uhr für alle anderen ausgefallen.', 1, TS, '24x7'],
  ['Desk', "Les autres membres de l'équipe n'ont aucun souci avec Outlook, mais Zoho Desk est en panne pour tout le monde depuis 8h.", 1, TS, '24x7'],
  ['Desk', 'The other team members have no problem with the phones, but Zoho Desk has been down for all of us since 8.', 1, TS, '24x7'],
]

describe('phrasings of round 27: office French', () => {
  it('reads closing the books at the end of a period as bookkeeping, no cancellation', async () => {
    expect(await misread(CLOSING_THE_BOOKS)).to.deep.equal([])
  })
  it('reads values changed with nobody touching them as data changed, and a French participle as no change asked', async () => {
    expect(await misread(CHANGED_UNTOUCHED)).to.deep.equal([])
  })
  it('reads one colleague in trouble with the rest of the team fine as 2, and nobody or more than one as 1', async () => {
    expect(await misread(ONE_COLLEAGUE)).to.deep.equal([])
  })
})
