// Round 50 (branch r50-consequence): the meanings behind the first-read misses of grown-126.yaml (severity 1 told only
// by its consequences), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Customers queuing at the tills, the whole call centre waiting, customers turned away, back to pen and paper
// (concept `people cannot work`): the business stands still, a show-stopper on 24x5, no outage.
const BUSINESS_STANDS_STILL: Phrasing[] = [
  ['Checkouts', 'Since the doors opened there are queues at the checkouts in every branch.', 1, TS, '24x5'],
  ['Kassen', 'Seit Ladenöffnung gibt es Schlangen an allen Kassen unserer Filialen.', 1, TS, '24x5'],
  ['Caisses', "Depuis l'ouverture, les clients font la queue en caisse dans tous les magasins.", 1, TS, '24x5'],
  ['Call center', 'Since 10 our entire call center is waiting, not one agent has anything to answer.', 1, TS, '24x5'],
  ['Callcenter', 'Das gesamte Callcenter wartet seit zehn Uhr auf Anrufe.', 1, TS, '24x5'],
  ['Front desk', 'Reception turned customers away all morning because the schedule is empty.', 1, TS, '24x5'],
  ['Empfang', 'Am Empfang schicken wir seit heute früh Kunden weg, der Kalender ist leer.', 1, TS, '24x5'],
  ['Papier', 'Unsere Monteure arbeiten seit heute Morgen wieder mit Stift und Papier.', 1, TS, '24x5'],
  ['Papier', 'Les techniciens sont repassés au stylo et au papier depuis ce matin.', 1, TS, '24x5'],
  // traps: the consequence only supposed; one agent idle while the colleagues work as usual
  ['Fallback', 'How do we set up a backup plan? Without it our shops would be queuing at the tills.', 3, TS],
  ['Secours', "Quelle solution de secours conseillez-vous ? Sinon nos clients feraient la queue aux caisses.", 3, TS],
  ['One agent', 'Tom has been sitting idle since 9 as his queue is empty; his colleagues are working normally.', 2, TS],
  ['Eine Kollegin', 'Eine Kollegin sitzt untätig herum, weil ihre Ansicht leer ist; ihre Kollegen arbeiten wie gewohnt.', 2, TS],
]

// French "n'imprime rien", "rien ne s'imprime" with no "plus": nothing delivered (concept `nothing arrived`), 24x5.
const NOTHING_PRINTS: Phrasing[] = [
  ['Étiquettes', "L'imprimante d'étiquettes n'imprime rien depuis ce matin, sur tous les postes.", 1, TS, '24x5'],
  ['Bons', 'Depuis la mise à jour, rien ne s’imprimait dans aucun de nos entrepôts.', 1, TS, '24x5'],
]

// French "reçu" with a negation: nothing a feature delivered reached anyone (concept `comes through`), 24x5 as "ne
// recevons plus"; a reply from a person not received is a person silent (concept `person silent`), no failure.
const NOT_RECEIVED: Phrasing[] = [
  ['Rappels', "Depuis lundi, aucun client n'a reçu son rappel de rendez-vous.", 1, TS, '24x5'],
  ['Devis', 'Depuis lundi, les devis de Books ne sont plus reçus par nos clients.', 1, TS, '24x5'],
  // traps: a reply from a person, in French and English
  ['Relance', "Nous n'avons toujours pas reçu de réponse à notre question sur les modèles.", 3, TS],
  ['Follow-up', 'We have not received any response to our question about the templates.', 3, TS],
]

// German "hängt komplett an der …": depending entirely on something (concept `depends`), no hang.
const DEPENDS_ENTIRELY: Phrasing[] = [
  ['Abhängigkeit', 'Unser Vertrieb hängt komplett an der CRM-Integration. Wie richten wir eine Sicherung ein?', 3, TS],
  // the hang itself still counts
  ['Hängt', 'Das CRM hängt komplett, seit 9 Uhr lädt bei allen Benutzern keine Seite.', 1, TS],
]

describe('phrasings, round 50: severity 1 told by its consequences', () => {
  it('reads the business standing still as a show-stopper on 24x5', async () => {
    expect(await misread(BUSINESS_STANDS_STILL)).to.deep.equal([])
  })
  it('reads French "rien ne s\'imprime" as nothing delivered', async () => {
    expect(await misread(NOTHING_PRINTS)).to.deep.equal([])
  })
  it('reads French "reçu" with a negation as nothing delivered, a reply not received as none', async () => {
    expect(await misread(NOT_RECEIVED)).to.deep.equal([])
  })
  it('reads German "hängt komplett an der" as depending, no hang', async () => {
    expect(await misread(DEPENDS_ENTIRELY)).to.deep.equal([])
  })
})
