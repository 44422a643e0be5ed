// Round 41 (branch r41-negation): the meanings behind the first-read misses of grown-117.yaml (negations and hedges
// beside a real matter, and traps where everything alarming is denied or asked about), in other words and languages
// than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Asking whether slowness is normal or to be expected while a change runs (concept `slowness to expect`, in the
// slowness rules' `unlessInSentence`): a question, 3.
const SLOWNESS_TO_EXPECT: Phrasing[] = [
  ['Import', 'Is some lag expected while the nightly import of 80k products runs?', 3, TS],
  ['Migration', 'Quick check before Saturday: is it normal for Desk to get slower during the data migration?', 3, TS],
  ['Sync', 'Ist das normal, dass CRM während der ersten Synchronisierung etwas langsamer reagiert?', 3, TS],
  ['Reprise', 'Est-il normal que Books soit plus lent durant la reprise des données de lundi ?', 3, TS],
  // traps: slowness complained about as a question, and slowness during a change that stops the work
  ['Slow', 'Is it normal that CRM is this slow? Every page takes a minute for the whole team.', 1, TS, '24x5'],
  ['Lent', 'Depuis la migration, le CRM est extrêmement lent, chaque fiche met une minute à s’ouvrir.', 1, TS, '24x5'],
]

// "We just want to know" (concept `only asking`): only asking; French "juste" there is "only", no "correct", so no
// result read as wrong.
const ONLY_ASKING: Phrasing[] = [
  ['Sauvegarde', 'Aucun enregistrement perdu, je voulais juste savoir si la sauvegarde inclut les pièces jointes.', 3, TS],
  ['Export', 'Nous n’avons aucun problème de données, nous voulons juste savoir comment planifier un export.', 3, TS],
  ['Backup', 'No records missing at all, we just want to know how often the backup runs.', 3, TS],
  ['Sicherung', 'Verloren ist bei uns nichts, wir möchten nur wissen, wie oft die Sicherung läuft.', 3, TS],
  // traps: a result that is not right, and data gone beside "just want to know"
  ['Montants', 'Les montants ne sont pas justes dans le rapport de mars.', 2, TS],
  ['Données', 'Nous voulons juste savoir pourquoi 300 contacts ont disparu depuis hier.', 1, TS, '24x5'],
]

describe('phrasings, round 41: negations and hedges beside a real matter', () => {
  it('reads a question whether slowness is normal while a change runs as a question', async () => {
    expect(await misread(SLOWNESS_TO_EXPECT)).to.deep.equal([])
  })
  it('reads "we just want to know" as only asking, French "juste" as "only"', async () => {
    expect(await misread(ONLY_ASKING)).to.deep.equal([])
  })
})
