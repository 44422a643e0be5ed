// Round 135: a past trouble told over in German and French, where English already read it. Round 132 saw a subject
// naming a past outage ("Ausfall gestern", "Panne d'hier") kept by a body that tells it over and asks about it, while
// "Outage yesterday" / "Everything works again. …" reads 3. Most plain wordings were read already ("Inzwischen läuft
// alles wieder", "tout remarche"); what was not (a sweep of 116 probes, 107 German and French: 96 as labelled on main,
// 116 after): the fix told in words English had and German and French lacked ("Wieder alles in Ordnung.", "alles wieder
// im grünen Bereich", "wir können wieder arbeiten", "tout va bien de nouveau", "tout est de nouveau en ordre", "les agents
// peuvent de nouveau travailler", "on peut retravailler"; English "All good again."), and the past outage asked about
// after the fix, as English "why did CRM go down" and "how long did" (`reading.hypothetical`): "Warum ist CRM
// ausgefallen?", "Wie lange hat der Ausfall gedauert?", "Pourquoi le CRM est-il tombé en panne ?", "Combien de temps a
// duré la panne ?", a report on it ("Störungsbericht", "Ausfallbericht", "rapport sur la panne"; English "outage report")
// and a credit for it ("Gutschrift für die Ausfallzeit", "credit for the downtime").
// Choices (DOMAIN.md §4: Support 3 is "not affected", 1 a downtime, outage or login failure; §5: outages and logins on
// 24x7; README rounds 14, 80, 95, 118, 125, 127): a trouble told over and asked about (cause, duration, report) is 3; a
// credit asked for it is a credit note, Invoice changes (2, README round 14's Operations reading; "geste commercial" a
// sales discussion, 2). German "warum ist … ausgefallen" may also ask about an outage still going on: it holds only its
// own clause, so a subject or another sentence telling the outage live ("Warum ist CRM schon wieder ausgefallen? Niemand
// kann arbeiten.") keeps 1 — chosen as English "why did CRM go down". Traps that stay 1: the trouble back ("läuft wieder
// nicht", "ça remarche plus", "seit heute morgen wieder down"), fixed for some only ("bei einigen läuft es wieder", "die
// Admins können wieder arbeiten, die Agenten …"), a fix asked for ("Wann läuft es wieder?", "Quand est-ce que ça
// remarchera ?", "Wann können wir wieder arbeiten?"), "works again on my phone only", a report or credit asked beside an
// outage told live. Left: "Tout est revenu." alone is not read as over ("came back" alone recurs, round 23).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const IC = 'Invoice changes'

const GERMAN: Phrasing[] = [
  ['Ausfall gestern', 'Wieder alles in Ordnung. Was war der Grund?', 3, TS, '24x5'],
  ['Ausfall gestern', 'Alles wieder im grünen Bereich. Was war die Ursache?', 3, TS],
  ['Ausfall gestern', 'Die Agenten können wieder arbeiten. Was war die Ursache?', 3, TS],
  ['Ausfall gestern', 'Wir können wieder arbeiten. Was war die Ursache?', 3, TS],
  ['Ausfall gestern', 'Der Dienst ist wieder verfügbar. Wir brauchen einen Störungsbericht.', 3, TS],
  ['CRM gestern nicht erreichbar', 'Inzwischen funktioniert alles wieder. Wir bitten um einen Störungsbericht.', 3, TS],
  ['Ausfall gestern', 'Alles läuft wieder. Wir brauchen einen Ausfallbericht für den Kunden.', 3, TS],
  ['Ausfall gestern', 'Alles läuft wieder. Warum ist CRM ausgefallen?', 3, TS],
  ['Ausfall gestern', 'Alles läuft wieder. Wie lange hat der Ausfall gedauert?', 3, TS],
  ['Ausfall gestern', 'Seit 14 Uhr läuft alles wieder. Gibt es eine Gutschrift für die Ausfallzeit?', 2, IC],
  // read before, kept
  ['Ausfall gestern', 'Heute läuft alles wieder. Bitte schicken Sie uns eine Ursachenanalyse.', 3, TS],
  ['Login-Probleme gestern', 'Die Anmeldung klappt wieder bei allen. Können Sie uns die Ursache mitteilen?', 3, TS],
  // traps: back again, fixed for some, a fix asked for, an outage told live
  ['Ausfall gestern', 'Heute morgen lief es kurz, jetzt läuft es wieder nicht. Niemand kann arbeiten.', 1, TS],
  ['Ausfall gestern', 'Es lief kurz wieder, aber seit heute morgen ist CRM wieder down.', 1, TS, '24x7'],
  ['Ausfall gestern', 'Bei einigen läuft es wieder, die meisten können sich aber immer noch nicht anmelden.', 1, TS, '24x7'],
  ['Ausfall gestern', 'CRM ist immer noch nicht erreichbar. Wann läuft es wieder?', 1, TS, '24x7'],
  ['Ausfall seit gestern', 'Niemand kann sich anmelden. Wann können wir wieder arbeiten?', 1, TS, '24x7'],
  ['Ausfall gestern', 'Es geht nur auf meinem Handy wieder, am PC kommt keiner rein.', 1, TS],
  ['Ausfall gestern', 'Wir können wieder nicht arbeiten, CRM ist seit 9 Uhr down.', 1, TS],
  ['Ausfall gestern', 'Die Admins können wieder arbeiten, die Agenten kommen aber nicht rein.', 1, TS],
  ['CRM ausgefallen', 'Warum ist CRM schon wieder ausgefallen? Niemand kann arbeiten.', 1, TS],
  ['CRM down', 'CRM ist seit 9 Uhr nicht erreichbar. Wir brauchen später einen Störungsbericht.', 1, TS, '24x7'],
  ['Ausfall', 'Seit heute morgen ist CRM komplett ausgefallen und wir wollen eine Gutschrift für die Ausfallzeit.', 1],
]

const FRENCH: Phrasing[] = [
  ["Panne d'hier", 'Tout va bien de nouveau. Quelle était la raison ?', 3, TS, '24x5'],
  ["Panne d'hier", 'Tout est de nouveau en ordre. Quelle était la cause ?', 3, TS],
  ["Panne d'hier", 'Les agents peuvent de nouveau travailler. Quelle était la cause ?', 3, TS],
  ["Panne d'hier", 'On peut retravailler. Quelle était la cause ?', 3, TS],
  ["Panne d'hier", 'Tout remarche. Pourquoi le CRM est-il tombé en panne ?', 3, TS],
  ["Panne d'hier", 'Tout remarche. Combien de temps a duré la panne ?', 3, TS],
  ["Panne d'hier", 'Tout remarche. Nous voulons un rapport sur la panne.', 3, TS],
  ["Panne d'hier", "Tout est revenu à la normale. Pourquoi ça s'est arrêté ?", 3, TS],
  ["Panne d'hier", 'Depuis 14 h tout fonctionne de nouveau. Avons-nous droit à un avoir ?', 2, IC],
  // read before, kept
  ["Panne d'hier", 'Tout remarche, mais notre client demande un rapport d\'incident.', 3, TS],
  ['Problème de connexion hier', 'Tout le monde peut de nouveau se connecter. Pouvez-vous nous indiquer la cause ?', 3, TS],
  // traps
  ["Panne d'hier", 'Ça remarchait ce matin, mais ça remarche plus depuis 10 h. Personne ne peut travailler.', 1, TS],
  ["Panne d'hier", 'Ça a remarché un moment, mais depuis ce matin le CRM est de nouveau en panne.', 1, TS, '24x7'],
  ["Panne d'hier", 'Pour certains ça remarche, mais la plupart ne peuvent toujours pas se connecter.', 1, TS, '24x7'],
  ["Panne d'hier", 'Le CRM est toujours inaccessible. Quand est-ce que ça remarchera ?', 1, TS, '24x7'],
  ['Panne depuis hier', "Personne ne peut se connecter. Quand est-ce qu'on pourra retravailler ?", 1, TS, '24x7'],
  ["Panne d'hier", 'Ça remarche uniquement sur mon téléphone, sur les PC personne ne peut se connecter.', 1, TS],
  ["Panne d'hier", "Tout va bien de nouveau chez moi, mais mes collègues n'arrivent pas à se connecter.", 1, TS, '24x7'],
  ["Panne d'hier", 'Les admins peuvent de nouveau travailler, mais les agents ne peuvent pas se connecter.', 1, TS, '24x7'],
  ['CRM en panne', 'Pourquoi le CRM est-il encore tombé ? Personne ne peut travailler.', 1, TS],
  ['CRM en panne', 'Le CRM est inaccessible depuis 9 h. Il nous faudra un rapport sur la panne.', 1, TS, '24x7'],
]

const ENGLISH: Phrasing[] = [
  ['Outage yesterday', 'All good again. What was the reason?', 3, TS],
  ['Outage yesterday', 'Everything works again. Why did CRM go down?', 3, TS],
  ['Outage yesterday', 'Everything is working again since 2pm. Is there a credit for the downtime?', 3, TS],
  // traps
  ['Outage yesterday', 'All good again for me, but my colleagues cannot log in.', 1, TS, '24x7'],
  ['CRM down', 'CRM has been down since 9am. We will need an outage report afterwards.', 1, TS, '24x7'],
]

describe('phrasings, round 135: a past trouble told over in German and French', () => {
  it('reads German fixes told and past outages asked about', async () => {
    expect(await misread(GERMAN)).to.deep.equal([])
  })
  it('reads French fixes told and past outages asked about', async () => {
    expect(await misread(FRENCH)).to.deep.equal([])
  })
  it('reads English "all good again" and a credit for the downtime, and keeps its traps', async () => {
    expect(await misread(ENGLISH)).to.deep.equal([])
  })
})
