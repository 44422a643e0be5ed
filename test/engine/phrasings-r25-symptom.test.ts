// Round 25 (branch r25-symptom): the meanings behind the first-read misses of grown-93.yaml (severity-1 outages and
// total failures told only by what the user sees: a white page, a spinner, a 5xx, timeouts, an app that closes itself,
// a sign-in form that comes back), in other words and languages than the tickets, with traps that must not read so.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A timeout on every request, page or screen: the service answers nothing, downtime on 24x7 (rule `timeouts
// everywhere`); one report that times out stays slowness (24x5), most or some timing out is partial.
const TIMEOUTS_EVERYWHERE: Phrasing[] = [
  ['Books', 'Since 6:30 every page in Books ends with a timeout, for all four of us.', 1, TS, '24x7'],
  ['API', 'All requests to the Desk API have been timing out for an hour now, whatever the endpoint.', 1, TS, '24x7'],
  ['CRM', 'Seit dem Morgen endet jede Seite im CRM mit einer Zeitüberschreitung.', 1, TS, '24x7'],
  ['Projects', "Depuis 9h, chaque page de Zoho Projects se termine par un délai d'attente dépassé.", 1, TS, '24x7'],
  // traps: one report, or a share of them; a setting; the partner's own client
  ['Report', 'The yearly sales report times out when we pick the whole of 2025.', 1, TS, '24x5'],
  ['Creator', 'Creator is crawling today: every page takes a minute to load and most of them time out.', 1, TS, '24x5'],
  ['Session', 'Where do we change the session timeout so agents are not signed out after 15 minutes?', 3, TS],
  ['Script', 'Our own Python client uses a 5-second timeout for every request. Is that too short for the CRM API?', 3, TS],
]

// An HTTP 500 written out in German or French is the service down (README: a 5xx however it is written).
const SERVER_ERROR_WRITTEN_OUT: Phrasing[] = [
  ['Recruit', 'Seit 10 Uhr zeigt Zoho Recruit bei allen nur noch einen internen Serverfehler.', 1, TS, '24x7'],
  ['Fehler', 'Beim Öffnen von Zoho Sign erscheint für alle Kollegen "HTTP 500".', 1, TS, '24x7'],
  ['Erreur', 'Zoho Inventory affiche une erreur interne du serveur à tous nos magasiniers depuis midi.', 1, TS, '24x7'],
  // trap: designing error handling around it
  ['Fehlerbehandlung', 'Für unsere Fehlerbehandlung: sollen wir bei einem internen Serverfehler nochmal senden?', 3, TS],
]

// A page or screen that stays white, empty or grey, and a product that only loads (never anything else): nothing
// shows, downtime (24x7); for one person, or in one browser with the others fine, it is theirs (2).
const STAYS_WHITE_OR_ONLY_LOADS: Phrasing[] = [
  ['Desk', 'Seit heute früh bleibt der Desk-Bildschirm bei allen Agenten weiß.', 1, TS, '24x7'],
  ['Mail', 'Im Postfach sehen alle Kollegen nur noch eine graue Fläche, keine einzige Mail.', 1, TS, '24x7'],
  ['Bigin', 'Bigin: es lädt nur noch.', 1, TS, '24x7'],
  ['Desk', "Chez nous l'écran reste blanc dans Desk pour toute l'équipe support.", 1, TS, '24x7'],
  ['Sites', 'Le site ne fait que charger depuis ce matin, aucun visiteur ne voit la page.', 1, TS, '24x7'],
  ['CRM', 'The CRM page stays blank after sign-in for every salesperson in the office.', 1, TS, '24x7'],
  ['Bookings', 'The booking page just keeps loading for every customer who tries it.', 1, TS, '24x7'],
  // traps: one browser, one person
  ['Weiß', 'In Safari bleibt die Seite weiß. In Chrome und Firefox funktioniert alles einwandfrei.', 2, TS, '24x5'],
  ['Desk', 'The page stays white for one agent only, the others are fine.', 2, TS, '24x5'],
]

// The app closing itself at launch: a crash, severity 1 on 24x5; on one phone with the others fine, 2; a session
// that closes at once stays a login failure (24x7).
const APP_CLOSES_ON_LAUNCH: Phrasing[] = [
  ['Mobile', 'The Desk app closes as soon as it opens, on every agent phone.', 1, TS, '24x5'],
  ['App', 'Die Expense-App schließt sich sofort wieder, bei allen im Vertrieb.', 1, TS, '24x5'],
  ['App', "L'application Zoho Expense se ferme dès le lancement sur tous les téléphones de l'équipe.", 1, TS, '24x5'],
  // traps: one phone, the rest fine; a session that ends at once
  ['App', "L'appli se referme aussitôt sur la tablette d'une vendeuse ; sur les autres tablettes tout fonctionne.", 2, TS, '24x5'],
  ['Connexion', "Depuis ce matin, la session se ferme immédiatement après la connexion pour tout le monde.", 1, TS, '24x7'],
]

// Sent back to the sign-in form after typing the password: a login failure (24x7).
const SIGN_IN_FORM_COMES_BACK: Phrasing[] = [
  ['Login', 'After the password we land back on the empty login form, every one of us.', 1, TS, '24x7'],
  ['Sign in', 'Sign-in page keeps coming back for our whole team since lunch.', 1, TS, '24x7'],
  ['Connexion', 'Après le mot de passe, on revient au formulaire de connexion, pour tous les agents.', 1, TS, '24x7'],
  // trap: designing the form
  ['Portal', 'How do we put our logo on the help centre login form?', 3, TS],
]

// A brief symptom in the past that has not come back since: over, a question about it is a question (3); one that
// came back now is not over.
const NOT_SEEN_SINCE: Phrasing[] = [
  ['Desk', 'Last Tuesday we got a 503 in Desk for a minute. We have not seen it since.', 3, TS],
  ['Books', 'Am Montag kam kurz ein 502 in Books. Das ist nicht mehr aufgetreten, nur zur Info.', 3, TS],
  ['CRM', "Hier midi, le CRM a affiché une erreur 503 pendant deux minutes. Ça ne s'est plus reproduit.", 3, TS],
  // trap: it is back
  ['Desk', 'We got a 503 in Desk last week for a minute. This morning it is back for everyone and stays.', 1, TS, '24x7'],
]

// Slower than it used to be, with the earlier duration named: worse (2), no slowness that stops the work.
const SLOWER_THAN_IT_USED_TO_BE: Phrasing[] = [
  ['Reports', 'The pipeline report takes 25 seconds to open now; it used to open in two.', 2, TS],
  ['Dashboards', 'Les tableaux de bord mettent 20 secondes à charger ; ils s\'affichaient en 3 secondes.', 2, TS],
  // trap: painfully slow, nobody can work
  ['Reports', 'Every report is painfully slow today and nobody in finance can work.', 1, TS, '24x5'],
]

// A 5xx seen during the partner's own backups or proxy restarts comes from their side (concept `own maintenance`).
const OWN_MAINTENANCE: Phrasing[] = [
  ['Logs', 'Our connector logged a few 502 responses during our nightly backups. Do we need to do anything?', 3, TS],
  ['Logs', 'Wir sehen 503-Antworten nur beim Neustart unseres Proxys. Ist das normal?', 3, TS],
  ['Journaux', "Des erreurs 502 apparaissent lors du redémarrage de notre proxy. Faut-il s'en inquiéter ?", 3, TS],
  // trap: Zoho's own 502, for everyone
  ['502', 'Desk answers 502 Bad Gateway for every agent since 8, from every network we tried.', 1, TS, '24x7'],
]

describe('phrasings, round 25 (symptom-only total failures)', () => {
  it('reads a timeout on every request or page as downtime, one report or most of them as slowness', async () => {
    expect(await misread(TIMEOUTS_EVERYWHERE)).to.deep.equal([])
  })
  it('reads a server error written out in German or French as the service down', async () => {
    expect(await misread(SERVER_ERROR_WRITTEN_OUT)).to.deep.equal([])
  })
  it('reads a page that stays white or only loads as downtime, one browser or one person as theirs', async () => {
    expect(await misread(STAYS_WHITE_OR_ONLY_LOADS)).to.deep.equal([])
  })
  it('reads an app that closes itself at launch as a crash, one phone as theirs', async () => {
    expect(await misread(APP_CLOSES_ON_LAUNCH)).to.deep.equal([])
  })
  it('reads a sign-in form that comes back as a login failure', async () => {
    expect(await misread(SIGN_IN_FORM_COMES_BACK)).to.deep.equal([])
  })
  it('reads a brief past symptom not seen since as over', async () => {
    expect(await misread(NOT_SEEN_SINCE)).to.deep.equal([])
  })
  it('reads slower than it used to be as worse', async () => {
    expect(await misread(SLOWER_THAN_IT_USED_TO_BE)).to.deep.equal([])
  })
  it("reads a 5xx during the partner's own backups or restarts as theirs", async () => {
    expect(await misread(OWN_MAINTENANCE)).to.deep.equal([])
  })
})
