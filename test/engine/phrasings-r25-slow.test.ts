// Round 25 (branch r25-slow): the meanings behind the first-read misses of grown-91.yaml (Support slowness and
// performance collapse said in everyday idioms, in English, German and French), in other words and languages than
// the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Seconds per page, screen, click or record: slowness (1, 24x5), as minutes per scan or per click already were
// (concept `slow`).
const SECONDS_PER_PAGE: Phrasing[] = [
  ['Books', 'Since this morning Books needs 35 seconds per screen for our whole accounts team.', 1, TS, '24x5'],
  ['Creator', 'Our order app now takes about 25 seconds per click, for every one of the 12 dispatchers.', 1, TS, '24x5'],
  ['CRM', 'Seit dem Wochenende braucht CRM bei allen Vertriebsleuten rund 30 Sekunden pro Seite.', 1, TS, '24x5'],
  ['Desk', 'Depuis lundi, Desk met environ 20 secondes par page pour tous nos agents.', 1, TS, '24x5'],
  ['Recruit', 'Recruit is at 40 seconds per record for all recruiters, they cannot get through the shortlist.', 1, TS, '24x5'],
  // traps: against the documented figure, and on one laptop only
  ['Export', 'The PDF export runs at 3 seconds per page, your docs say 1 second per page. The files are fine.', 2, TS],
  ['Books', 'Only on the intern laptop Books takes 30 seconds per page, everyone else is fine.', 2, TS],
]

// The product as slow as a snail, like molasses, sluggish ("zäh"), taking an eternity or minutes until a screen
// shows, half a minute per action, "ça mouline", "trois plombes", "au ralenti": slowness (1, 24x5).
const SLOWNESS_IDIOMS: Phrasing[] = [
  ['Mail', 'Zoho Mail is like treacle today for all 20 staff, opening a message is a wait every time.', 1, TS, '24x5'],
  ['Desk', 'Desk läuft heute bei allen Agenten extrem zäh, jeder Klick ist eine Geduldsprobe.', 1, TS, '24x5'],
  ['Inventory', 'Inventory ist bei allen Lagermitarbeitern im Schneckentempo unterwegs.', 1, TS, '24x5'],
  ['Analytics', 'Es dauert jedes Mal eine Ewigkeit, bis das Dashboard für die Geschäftsleitung aufgeht.', 1, TS, '24x5'],
  ['People', 'Die Urlaubsanträge brauchen bei allen Mitarbeitern zwei Minuten, bis sie angezeigt werden.', 1, TS, '24x5'],
  ['Projects', 'Bei jedem Speichern einer Aufgabe warten alle Kollegen eine halbe Minute.', 1, TS, '24x5'],
  ['CRM', "Le CRM mouline à chaque recherche, toute l'équipe attend devant l'écran.", 1, TS, '24x5'],
  ['Books', 'Books met des plombes à générer chaque devis, toute la compta est concernée.', 1, TS, '24x5'],
  ['Desk', 'Desk est complètement au ralenti depuis ce matin pour tous les agents.', 1, TS, '24x5'],
  ['Mail', "La boîte mail met une éternité à s'ouvrir chez les 30 utilisateurs du client.", 1, TS, '24x5'],
  ['Analytics', "Les rapports mettent trois minutes avant de s'afficher, pour toute la direction.", 1, TS, '24x5'],
  // traps: a little slower than usual, people working normally
  ['CRM', 'CRM est un peu plus lent que d’habitude, mais on peut travailler normalement.', 2, TS],
  ['Desk', 'Desk ist etwas zäher als sonst, man kann aber normal arbeiten.', 2, TS],
]

// The pace of people or of a business ("slow to pay", "slow season", "Verhandlungen sind zäh", "notre activité
// tourne au ralenti", "lent à se décider"): no slowness of the product (concept `slow going`).
const SLOW_PEOPLE_OR_BUSINESS: Phrasing[] = [
  ['Trial', 'The prospect is slow to decide, could you extend their CRM trial by two weeks?', 2, 'Trial Extension'],
  ['Trial', "It's a slow month for the client, can their Books trial run another 14 days?", 2, 'Trial Extension'],
  ['Testphase', 'Die Verhandlungen mit dem Interessenten sind zäh, können Sie die Testphase um zwei Wochen verlängern?', 2, 'Trial Extension'],
  ['Testphase', 'Der Kunde ist bei der Entscheidung langsam, bitte verlängern Sie die Testphase.', 2, 'Trial Extension'],
  ['Essai', "Le prospect est lent à se décider, pouvez-vous prolonger sa période d'essai ?", 2, 'Trial Extension'],
  ['Essai', "L'activité du client est au ralenti cet été, pouvez-vous prolonger l'essai de Desk ?", 2, 'Trial Extension'],
  // traps: the product slow, said next to people
  ['CRM', 'CRM is so slow that our reps are slow to call anyone back, 40 seconds per page for all of them.', 1, TS, '24x5'],
]

// A question whether slowness is to be expected during something to come ("should we expect CRM to be slow while
// the import runs?", "müssen wir mit Verzögerungen rechnen?", "faut-il s'attendre à des lenteurs ?"): a question (3).
const SLOWNESS_TO_EXPECT: Phrasing[] = [
  ['Import', 'Should we expect Desk to be slow for the agents while we import 200k old tickets on Saturday?', 3, TS],
  ['Sync', 'Do we need to expect slow screens during the first full sync of the new integration?', 3, TS],
  ['Import', 'Müssen wir mit langsamen Seiten in CRM rechnen, während der Import am Samstag läuft?', 3, TS],
  ['Import', "Faut-il s'attendre à des lenteurs dans Books pendant la reprise des données samedi ?", 3, TS],
  // trap: slow now, asked when it will be fixed
  ['CRM', 'When can we expect a fix? CRM is crawling for the whole team, 40 seconds per page.', 1, TS, '24x5'],
]

// Slowness that was, with a sentence of its own saying today it runs normally again, asked for its cause: over (3);
// a German question "gab es da eine Störung?" about it asks about a past outage.
const SLOWNESS_OVER: Phrasing[] = [
  ['Desk', 'Am Montag war Desk den ganzen Vormittag langsam. Heute funktioniert alles wieder normal. Was war die Ursache?', 3, TS],
  ['CRM', 'Gestern war CRM sehr träge. Heute läuft alles wieder. Gab es bei Ihnen einen Ausfall?', 3, TS, '24x5'],
  ['CRM', 'Yesterday CRM was crawling for two hours. Today everything is back to normal. What happened?', 3, TS],
  ['Books', "Hier Books était très lent. Tout est redevenu normal. Quelle était la cause ?", 3, TS],
  // trap: still slow today
  ['Desk', 'Gestern war Desk langsam und heute ist es extrem langsam, alle Agenten warten.', 1, TS, '24x5'],
]

// A how-to about making the partner's own script faster ("is there a faster way", "gibt es eine schnellere
// Möglichkeit", "existe-t-il un moyen"): a how-to, an "instead of" in it what the partner wants (3).
const FASTER_WAY: Phrasing[] = [
  ['Deluge', 'Is there a quicker way to update 8,000 deals than calling updateRecord for each of them instead of in bulk?', 3, TS],
  ['Deluge', 'Gibt es eine schnellere Möglichkeit, statt jeden Datensatz einzeln zu holen, alle auf einmal zu laden?', 3, TS],
  ['Deluge', 'Existe-t-il un moyen de mettre à jour 5 000 contacts en une fois au lieu de boucler sur chacun ?', 3, TS],
  // trap: a result given instead of another
  ['Invoice', 'Books prints the net amount instead of the gross amount on every invoice since the update.', 2, TS],
]

describe('phrasings of round 25, branch r25-slow', () => {
  it('reads seconds per page, screen, click or record as slowness', async () => {
    expect(await misread(SECONDS_PER_PAGE)).to.deep.equal([])
  })
  it('reads slowness idioms (treacle, zäh, Schneckentempo, Ewigkeit, mouline, plombes, au ralenti) as slowness', async () => {
    expect(await misread(SLOWNESS_IDIOMS)).to.deep.equal([])
  })
  it('reads the pace of people or of a business as no slowness of the product', async () => {
    expect(await misread(SLOW_PEOPLE_OR_BUSINESS)).to.deep.equal([])
  })
  it('reads a question whether slowness is to be expected as a question', async () => {
    expect(await misread(SLOWNESS_TO_EXPECT)).to.deep.equal([])
  })
  it('reads past slowness, running normally again today, as over', async () => {
    expect(await misread(SLOWNESS_OVER)).to.deep.equal([])
  })
  it('reads a faster way asked for the partner’s own script as a how-to', async () => {
    expect(await misread(FASTER_WAY)).to.deep.equal([])
  })
})
