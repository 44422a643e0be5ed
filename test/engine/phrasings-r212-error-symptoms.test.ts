// Round 212: outages told by what the screen shows, and outages that come and go, EN/DE/FR. An error page on every page
// ("Something went wrong. Please try again later", "503 Service Unavailable for everyone", "This site can't be reached",
// ERR_CONNECTION_TIMED_OUT), a blank white screen after login, a spinner forever, a loading screen that never ends, a page
// that keeps reloading: the product unavailable for everyone, Support 1 on 24x7. Choice for outages that come and go: the
// product itself that "keeps going down", is "up and down all morning", has its "third outage today", is "on and off since
// 8am", "fällt immer wieder aus", "ist immer wieder weg", "keeps crashing every 20 minutes", "stürzt alle zehn Minuten ab",
// "plante toutes les dix minutes" is downtime (1, 24x7; concept `over and over`, rules `crashes over and over` and its
// German bracket form), while an error seen now and then with the product working ("Sometimes we see a 503 page", "De temps
// en temps on a une erreur 500", round 208's "sometimes" 500) or gone on a refresh (`retry succeeds`) is 2. "egal welche
// Seite" is every page (`any page`, no transaction's error: 24x7). Traps: the message on one page or one record with the
// rest fine (2: rules `error while the rest works`, `error on one record`), one user (2), an error once and gone (3),
// customising the error page (3), a planned maintenance window asked about (3; `cannot access` yields to `planned outage`).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // the blind probes (r212), all but one read as labelled
  ["Desk not usable", "Every page in Desk shows \"Something went wrong. Please try again later\". None of our agents can work.", 1, 'Technical Support', '24x7'],
  ["Something went wrong on every page", "Since 9am every single page of the CRM just says 'Something went wrong. Please try again later'.", 1, 'Technical Support', '24x7'],
  ["503 Service Unavailable", "Zoho Desk gives 503 Service Unavailable for everyone in our office since this morning.", 1, 'Technical Support', '24x7'],
  ["Desk unreachable", "When we open desk.zoho.eu the browser says \"This site can't be reached\". Same for all our staff, on every network.", 1, 'Technical Support', '24x7'],
  ["ERR_CONNECTION_TIMED_OUT", "We get ERR_CONNECTION_TIMED_OUT on desk.zoho.eu since 7:30, all users, all browsers.", 1, 'Technical Support', '24x7'],
  ["Blank screen after login", "After login we just get a blank white screen. All of our users, nothing else appears.", 1, 'Technical Support', '24x7'],
  ["CRM loads forever", "The spinner keeps spinning forever, nothing loads. This is happening for the whole sales team.", 1, 'Technical Support', '24x7'],
  ["Stuck on loading screen", "Zoho Books is stuck on the loading screen for everyone here, we haven't been able to get in for an hour.", 1, 'Technical Support', '24x7'],
  ["Page keeps reloading", "The Desk page keeps reloading over and over, none of our agents can open a single ticket.", 1, 'Technical Support', '24x7'],
  ["Desk keeps going down", "Desk keeps going down every few minutes today. Our agents lose their work each time.", 1, 'Technical Support', '24x7'],
  ["CRM up and down", "CRM has been up and down all morning, our sales team can barely work.", 1, 'Technical Support', '24x7'],
  ["Third outage today", "This is the third outage today. Desk was unavailable again from 11:10 to 11:40.", 1, 'Technical Support', '24x7'],
  ["Desk on and off", "Desk has been on and off since 8am, one minute it works and the next nothing loads.", 1, 'Technical Support', '24x7'],
  ["Intermittent outage", "We have intermittent outages of Zoho CRM since yesterday: it goes down for 10-15 minutes several times an hour.", 1, 'Technical Support', '24x7'],
  ["Service unavailable for everybody", "Nobody in the company can use Zoho People, the page only shows \"Service temporarily unavailable\".", 1, 'Technical Support', '24x7'],
  ["White screen", "Our Zoho Desk portal is just a white screen for all agents and customers since 6am.", 1, 'Technical Support', '24x7'],
  ["Desk will not load", "Zoho Desk will not load at all. The loading bar stops halfway and stays there. Tried different PCs and browsers, same for everyone.", 1, 'Technical Support', '24x7'],
  ["502 Bad Gateway", "Everyone gets \"502 Bad Gateway\" when opening Zoho Inventory since 10am.", 1, 'Technical Support', '24x7'],
  ["Connection timed out", "The CRM times out for all users - \"The connection has timed out\" in Firefox, ERR_CONNECTION_TIMED_OUT in Chrome.", 1, 'Technical Support', '24x7'],
  ["Keeps crashing", "Zoho Books keeps crashing every 20 minutes and we have to log in again each time. The whole accounts team is affected.", 1, 'Technical Support', '24x7'],
  ["Outages all week", "Desk has gone down four times this week, each time for about half an hour. We need this fixed.", 1, 'Technical Support', '24x7'],
  ["Down again", "Desk is down again, for the second time today. Nobody can reach it.", 1, 'Technical Support', '24x7'],
  ["Oops error page", "All we get is the \"Oops! Something went wrong\" page whenever anybody opens the CRM.", 1, 'Technical Support', '24x7'],
  ["Error on one page", "The Reports page shows \"Something went wrong. Please try again later\". All other pages in CRM work fine.", 2, 'Technical Support', '24x5'],
  ["Error on one deal", "When I open one particular deal (Acme renewal) I get \"Something went wrong\". Every other deal opens normally.", 2, 'Technical Support', '24x5'],
  ["Blank screen for one user", "One of our agents, Maria, gets a blank white screen after login. Everyone else can use Desk without problems.", 2, 'Technical Support', '24x5'],
  ["Occasional error", "Now and then we get an error \"Something went wrong\" when saving a contact, but after refreshing it works.", 2, 'Technical Support', '24x5'],
  ["Sometimes 503", "Sometimes we see a 503 page for a second, then it loads normally on refresh.", 2, 'Technical Support', '24x5'],
  ["Error yesterday", "Yesterday we saw a \"Something went wrong\" message once for a few minutes. It's gone now and everything works, just letting you know.", 3, 'Technical Support', '24x5'],
  ["Custom error page", "How can we customise the error page that customers see on our help center when a page is not found?", 3, 'Technical Support', '24x5'],
  ["Maintenance window", "Is there a planned maintenance window this weekend? Will Desk be unavailable and for how long?", 3, 'Technical Support', '24x5'],
  ["Change 503 page text", "Can we change the text on the \"Service unavailable\" page shown on our portal during maintenance?", 3, 'Technical Support', '24x5'],
  ["Down earlier", "Desk was down this morning between 8 and 9, it's back up now. Could you send us a root cause?", 3, 'Technical Support', '24x5'],
  ["Seite lädt nicht", "Die Seite lädt nicht, nur ein weißer Bildschirm. Das betrifft alle Mitarbeiter.", 1, 'Technical Support', '24x7'],
  ["Etwas ist schiefgelaufen", "Es kommt ständig 'Etwas ist schiefgelaufen', egal welche Seite wir im CRM öffnen. Niemand kann arbeiten.", 1, 'Technical Support', '24x7'],
  ["CRM fällt immer wieder aus", "Das CRM fällt immer wieder aus, seit heute Morgen schon fünfmal.", 1, 'Technical Support', '24x7'],
  ["Desk nicht erreichbar", "Zoho Desk ist für uns alle nicht erreichbar, der Browser meldet \"Die Website ist nicht erreichbar\".", 1, 'Technical Support', '24x7'],
  ["Ladebildschirm", "Zoho Books bleibt bei allen Benutzern auf dem Ladebildschirm hängen, seit einer Stunde.", 1, 'Technical Support', '24x7'],
  ["Ständige Ausfälle", "Seit gestern haben wir ständige Ausfälle von Zoho Desk, alle paar Minuten ist es weg.", 1, 'Technical Support', '24x7'],
  ["503 bei allen", "Alle Mitarbeiter bekommen beim Öffnen des CRM \"503 Service Unavailable\".", 1, 'Technical Support', '24x7'],
  ["Fehler auf einer Seite", "Nur auf der Seite \"Berichte\" kommt \"Etwas ist schiefgelaufen\", alles andere funktioniert.", 2, 'Technical Support', '24x5'],
  ["Ab und zu Fehler", "Gelegentlich erscheint beim Speichern eine Fehlermeldung, beim zweiten Versuch klappt es aber.", 2, 'Technical Support', '24x5'],
  ["Wartungsfenster", "Gibt es am Wochenende ein geplantes Wartungsfenster, in dem Desk nicht verfügbar ist?", 3, 'Technical Support', '24x5'],
  ["Fehler heute früh", "Heute früh kam einmal kurz eine Fehlermeldung, jetzt funktioniert wieder alles. Nur zur Info.", 3, 'Technical Support', '24x5'],
  ["Page blanche", "La page reste blanche pour tous nos utilisateurs depuis ce matin, impossible de travailler.", 1, 'Technical Support', '24x7'],
  ["Ça tourne dans le vide", "Quand on ouvre Zoho CRM, ça tourne dans le vide, rien ne se charge. Toute l'équipe est bloquée.", 1, 'Technical Support', '24x7'],
  ["Le CRM plante", "Le CRM plante toutes les dix minutes depuis ce matin, toute l'équipe commerciale est touchée.", 1, 'Technical Support', '24x7'],
  ["Site inaccessible", "Desk est inaccessible pour tout le monde : « Ce site est inaccessible » dans le navigateur.", 1, 'Technical Support', '24x7'],
  ["Coupures à répétition", "Zoho Desk subit des coupures à répétition depuis 8h, il tombe toutes les demi-heures.", 1, 'Technical Support', '24x7'],
  ["Erreur sur toutes les pages", "Toutes les pages affichent « Une erreur s'est produite. Veuillez réessayer plus tard. »", 1, 'Technical Support', '24x7'],
  ["Chargement infini", "Zoho Books reste bloqué sur l'écran de chargement pour tous les utilisateurs.", 1, 'Technical Support', '24x7'],
  ["Erreur sur une fiche", "Sur une seule fiche client on a le message « Une erreur s'est produite », les autres fiches s'ouvrent bien.", 2, 'Technical Support', '24x5'],
  ["Erreur de temps en temps", "De temps en temps on a une erreur 500 en enregistrant un devis, puis ça repasse.", 2, 'Technical Support', '24x5'],
  ["Maintenance prévue", "Y a-t-il une maintenance planifiée ce week-end ? Le CRM sera-t-il indisponible ?", 3, 'Technical Support', '24x5'],
  ["Erreur passée", "Hier soir on a eu une page d'erreur pendant quelques minutes, depuis tout fonctionne. C'est juste pour info.", 3, 'Technical Support', '24x5'],
  ["Page blanche pour un utilisateur", "Un seul utilisateur a une page blanche après connexion, chez les autres tout va bien.", 2, 'Technical Support', '24x5'],
  // written after looking
  ["Desk keeps crashing", "Desk keeps crashing every few minutes for all our agents.", 1, 'Technical Support', '24x7'],
  ["CRM goes down constantly", "The CRM goes down every 10 minutes or so and comes back after a while. It's been like this since 8am.", 1, 'Technical Support', '24x7'],
  ["Outage again", "Another outage of Zoho Desk, the fourth this week.", 1, 'Technical Support', '24x7'],
  ["Desk flapping", "Desk has been flapping all day, up for five minutes, down for ten.", 1, 'Technical Support', '24x7'],
  ["Unstable", "Zoho CRM is extremely unstable today, it keeps going offline for everyone.", 1, 'Technical Support', '24x7'],
  ["Repeated outages", "We're experiencing repeated outages of Zoho Books today, the whole finance team is affected.", 1, 'Technical Support', '24x7'],
  ["Infinite loading", "Zoho Desk is stuck in an infinite loading loop for all agents since this morning.", 1, 'Technical Support', '24x7'],
  ["Nothing loads", "Nothing loads in CRM, just the spinning wheel, for every user.", 1, 'Technical Support', '24x7'],
  ["Blank page", "Desk only shows a blank page for everyone since 9am.", 1, 'Technical Support', '24x7'],
  ["500 everywhere", "Every page in Zoho Creator returns \"500 Internal Server Error\" since lunchtime.", 1, 'Technical Support', '24x7'],
  ["Bad gateway", "We keep getting 504 Gateway Timeout on every page in Desk.", 1, 'Technical Support', '24x7'],
  ["DNS_PROBE", "Chrome shows DNS_PROBE_FINISHED_NXDOMAIN for crm.zoho.eu for everybody in the office, our internet is fine.", 1, 'Technical Support', '24x7'],
  ["Error sometimes", "Every now and then we get a 503 page in Desk, after a refresh it's fine.", 2, 'Technical Support', '24x5'],
  ["Occasional white screen", "Occasionally a user gets a blank screen after login, a refresh fixes it.", 2, 'Technical Support', '24x5'],
  ["One record", "One specific contact gives an error page when opened, the rest are fine.", 2, 'Technical Support', '24x5'],
  ["Error page branding", "Is it possible to brand the 404 page of our help center with our logo?", 3, 'Technical Support', '24x5'],
  ["Status page", "Where can we check whether Zoho Desk is having an outage? Is there a status page?", 3, 'Technical Support', '24x5'],
  ["Seite bleibt weiß", "Seit heute Morgen bleibt die Seite bei allen Kollegen weiß, wenn sie Desk öffnen.", 1, 'Technical Support', '24x7'],
  ["Desk stürzt ständig ab", "Desk stürzt alle zehn Minuten ab, das ganze Team ist betroffen.", 1, 'Technical Support', '24x7'],
  ["Immer wieder weg", "Zoho CRM ist seit heute früh immer wieder weg, mal geht es, mal nicht.", 1, 'Technical Support', '24x7'],
  ["Dritter Ausfall", "Das ist heute schon der dritte Ausfall von Zoho Desk.", 1, 'Technical Support', '24x7'],
  ["Lädt endlos", "Zoho Books lädt endlos, das Rad dreht sich nur. Betrifft alle Benutzer.", 1, 'Technical Support', '24x7'],
  ["Ein Datensatz", "Bei einem einzigen Kontakt kommt \"Etwas ist schiefgelaufen\", alle anderen lassen sich öffnen.", 2, 'Technical Support', '24x5'],
  ["Écran blanc", "Écran blanc pour tout le monde quand on ouvre Zoho Desk, depuis 9h.", 1, 'Technical Support', '24x7'],
  ["Coupures", "Le CRM est coupé toutes les vingt minutes depuis ce matin.", 1, 'Technical Support', '24x7'],
  ["Ça tourne", "Desk charge à l'infini, ça tourne sans arrêt, rien ne s'affiche. Tous les agents sont concernés.", 1, 'Technical Support', '24x7'],
  ["Encore en panne", "Zoho Desk est encore en panne, c'est la troisième fois aujourd'hui.", 1, 'Technical Support', '24x7'],
  ["Instable", "Zoho CRM est très instable depuis hier, il tombe sans arrêt.", 1, 'Technical Support', '24x7'],
  ["Parfois 503", "Parfois on tombe sur une page 503, après actualisation ça marche.", 2, 'Technical Support', '24x5'],
  ["Une seule page", "Seule la page des rapports affiche « Une erreur s'est produite », le reste fonctionne.", 2, 'Technical Support', '24x5'],
  // traps: one crash rhythm for one user, a refresh interval asked, a mobile app crashing on every open (round 204: 24x5)
  ['Crash', 'One of our agents says Desk keeps crashing every few minutes on her laptop, everyone else is fine.', 2, 'Technical Support', '24x5'],
  ['Absturz', 'Bei einem Kollegen stürzt Desk alle zehn Minuten ab, bei allen anderen funktioniert es.', 2, 'Technical Support', '24x5'],
  ['Question', 'How do we set the dashboard to refresh every few minutes?', 3, 'Technical Support', '24x5'],
  ['App', 'The Desk mobile app crashes every time we open it, for all agents.', 1, 'Technical Support', '24x5'],
  ['Erreur', 'Parfois on a une erreur 500 en enregistrant un devis.', 2, 'Technical Support', '24x5'],
]

describe('phrasings, round 212: outages told by the screen, and outages that come and go', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
