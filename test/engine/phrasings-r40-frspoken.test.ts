// Round 40 (branch r40-frspoken): the meanings behind the first-read misses of grown-116.yaml (French as people
// write it quickly: no "ne", Québec and Belgian usages), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Spoken French drops the "ne" of "ne … plus": a feature that no longer runs at all (concept `runs no more`,
// rule `stopped working said without ne`): 24x7, as "ne marche plus".
const PLUS_WITHOUT_NE: Phrasing[] = [
  ['Synchro', 'La synchro avec Outlook fonctionne plus depuis jeudi.', 1, TS, '24x7'],
  ['Règles', "Les règles d'attribution se déclenchent plus du tout.", 1, TS, '24x7'],
  ['Appli', "L'appli mobile marche pu depuis la mise à jour.", 1, TS, '24x7'],
  // traps: "plus" as "more", "plus ou moins", "not properly"
  ['Merci', 'Depuis la mise à jour le CRM marche plus vite, merci !', 3, TS],
  ['Synchro', 'La synchro marche plus correctement depuis lundi, certains champs sont faux.', 2, TS],
]

// Errors on any record opened, said "une fiche, n'importe laquelle" (concept `everywhere`): an outage, 24x7.
const ANY_RECORD: Phrasing[] = [
  ['Erreur', "On a une erreur en ouvrant n'importe quelle fiche contact.", 1, TS, '24x7'],
  ['Error', 'We get an error whichever record we open in Desk.', 1, TS, '24x7'],
  ['Fehler', 'Egal welcher Datensatz, beim Öffnen kommt ein Fehler.', 1, TS, '24x7'],
  // trap: any record asked about
  ['Question', "Comment afficher l'historique de n'importe quelle fiche ?", 3, TS],
]

// Getting into the partner portal or the store, and being sent back to its sign-in page (concepts `access`,
// `sign-in loop`): Operations 1.
const INTO_THE_PORTAL: Phrasing[] = [
  ['Portail', 'Impossible de rentrer sur le portail partenaire depuis ce matin.', 1, 'Store Related', '24x5'],
  ['Store', 'On peut plus rentrer dans le store Zoho pour commander des licences.', 1, 'Store Related', '24x5'],
  ['Portail', 'Le portail partenaire nous ramène sans arrêt à la page de connexion.', 1, 'Store Related', '24x5'],
  // trap: a how-to about the portal
  ['Portail', 'Comment on fait pour ajouter un collègue sur le portail partenaire ?', 3, 'Store Related'],
]

// One user whose sign-in fails on one device and who signs in on his own PC (concept `signs in elsewhere`): 2.
const WORKS_ON_HIS_PC: Phrasing[] = [
  ['Connexion', "Une collègue peut pas se connecter sur la tablette, sur son ordinateur ça fonctionne bien.", 2, TS],
  ['Login', "One rep can't log in on his phone; on his PC it works fine.", 2, TS],
  // trap: it fails on his PC too, and everyone is out
  ['Connexion', 'Personne peut se connecter, et sur son PC ça marche pas non plus.', 1, TS, '24x7'],
]

// "Rien de grave", "nothing serious": the negation is spent on the gravity (concept `urgency`), no inability.
const NOTHING_SERIOUS: Phrasing[] = [
  ['Lenteur', "L'appli est un peu lente depuis hier, rien de bien grave, ça marche.", 2, TS],
  ['Slow', 'Reports are a bit slower than usual, nothing serious, it works.', 2, TS],
  // trap: a real failure after it
  ['Panne', "C'est grave : rien ne marche depuis ce matin.", 1, TS],
]

describe('phrasings, round 40: French as written quickly', () => {
  it('reads "marche plus" without "ne" as a total failure', async () => {
    expect(await misread(PLUS_WITHOUT_NE)).to.deep.equal([])
  })
  it("reads an error on any record opened as an outage", async () => {
    expect(await misread(ANY_RECORD)).to.deep.equal([])
  })
  it('reads getting into the partner portal or store as access', async () => {
    expect(await misread(INTO_THE_PORTAL)).to.deep.equal([])
  })
  it("reads one user signing in on his own PC as working elsewhere", async () => {
    expect(await misread(WORKS_ON_HIS_PC)).to.deep.equal([])
  })
  it('reads "rien de grave" as no failure', async () => {
    expect(await misread(NOTHING_SERIOUS)).to.deep.equal([])
  })
})
