// Round 113: German and French questions read as reports. Round 108's `reading.questions` had English words only, so "Überschreibt
// die Synchronisation bestehende Kontakte?", "Werden beim Update alle Benutzer abgemeldet?" and "Est-ce que l'import écrase les
// données existantes ?" read 1 (how-to questions, DOMAIN.md §4: 3). German now asks with a modal or the verb itself put first,
// "stimmt es, dass" (a `hypothetical` that runs past its comma); French with "est-ce que", "y a-t-il", "peut-on" or an inverted
// verb ("écrase-t-il"). Traps: a request to Zoho said as a question (`request asked`, now in German and French) and a state
// asked ("Ist CRM down?", "Est-ce que Desk est en panne ?": `state asked`, as English "is") still report what they name.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FRAGEN: Phrasing[] = [
  ['Frage zur Synchronisation', 'Überschreibt die Synchronisation bestehende Kontakte?', 3, TS, '24x5'],
  ['Frage', 'Werden beim Update alle Benutzer abgemeldet?', 3, TS, '24x5'],
  ['Frage zur Wartung', 'Sind alle Benutzer von der Wartung betroffen?', 3, TS, '24x5'],
  ['Frage', 'Stimmt es, dass der Import alle Kontakte überschreibt?', 3, TS, '24x5'],
  ['Frage', 'Sollte der Sync bestehende Daten überschreiben?', 3, TS, '24x5'],
  ['Question import', "Est-ce que l'import écrase les données existantes ?", 3, TS, '24x5'],
  ['Question', 'Y a-t-il un risque de perte de données lors de la migration ?', 3, TS, '24x5'],
  ['Question maintenance', 'Est-ce que tous les utilisateurs seront déconnectés pendant la maintenance ?', 3, TS, '24x5'],
  ['Question', 'Écrase-t-il les données existantes ?', 3, TS, '24x5'],
  // traps: a request to Zoho, a state asked beside its report, a harm told beside the question
  ['Dringend', 'Können Sie bitte prüfen? Niemand kann sich anmelden.', 1, TS, '24x7'],
  ['Ausfall', 'Ist CRM down? Niemand kann arbeiten.', 1, TS, '24x7'],
  ['Urgent', 'Pouvez-vous vérifier ? Aucun agent ne peut ouvrir Desk.', 1, TS, '24x7'],
  ['Panne', 'Est-ce que Desk est en panne ? Personne ne peut se connecter.', 1, TS, '24x7'],
  ['Panne', 'Est-ce que Desk est en panne ?', 1, TS, '24x7'],
  ['Perte de données', "Est-ce que vous pouvez restaurer nos données ? L'import a écrasé tous nos contacts.", 1, TS, '24x5'],
]

describe('phrasings, round 113: German and French questions', () => {
  it('reads a yes/no question in German or French as asked, and a request or a state asked as told', async () => {
    expect(await misread(FRAGEN)).to.deep.equal([])
  })
})
