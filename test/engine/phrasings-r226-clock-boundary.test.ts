// Round 226: the 24x7 clock boundary (DOMAIN.md §5: Support severity 1 about downtime, outage or login runs 24x7, other
// severity 1 stays 24x5), ~40 % de, 40 % fr, 20 % en. Pairs that differ only in kind: the product unreachable, down, an
// error page or 503 for all, a maintenance page nobody announced, "le serveur ne répond plus", "Zeitüberschreitung bei
// jedem Aufruf" (README: "a timeout on every request (rule `timeouts everywhere`, 24x7)"), nobody able to log in, 2FA codes
// that reach nobody, SSO broken for all, everyone logged out over and over (24x7) versus data lost or corrupted, slowness
// for all, every save failing ("an error on every action or save ('bei jeder Aktion', 'à chaque enregistrement') a
// failing action (24x5)"), a scheduled import failing on every record (24x5). Settled readings followed, so four blind
// 24x5 labels became 24x7: "a feature that no longer runs at all ('the workflow stopped triggering', 'wird nicht mehr
// ausgelöst', 'ne se déclenche plus')" and a sync that "funktioniert nicht mehr" or "keine ... mehr an" are 24x7 (README
// rounds 15, 196, 208); wrong prices on every document are a wrong result (2, as "a tax wrong on every invoice"); one
// colleague who cannot sign in stays a login failure (1, 24x7). Choices where README is silent: "so slow it times out for
// everyone", "tellement lent que tout finit en timeout" is everything timing out (24x7, README round 60), not slowness;
// nobody able to log into the mobile app while the web works is a login failure (1, 24x7: DOMAIN.md's login problems,
// the web still working does not make it one browser's trouble); the partner's help center or support portal down for
// their customers is an outage (24x7). Fixed: the German bracket "kann sich … anmelden" closing its sentence (`access`);
// French feminine and "régulièrement" forms of being logged out over and over (`logged out over and over`); "chaque
// enregistrement échoue" is every save (`every transaction`, 24x5, was `errors everywhere` 24x7); German and French names
// of a scheduled import or sync (`run log`); "les autres travaillent normalement" says who is fine (`everyone else
// fine`, which `resolved` yields to). Traps: how-tos (2FA, SSO), a planned maintenance asked, a fixed outage with an RCA
// asked, a hypothetical outage, "no outage, just a question", one agent logged out regularly while the others work (2),
// slowness against the documentation or now and then (2), a report timing out now and then (2), wrong prices (2).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the probes of round 226 (/work/tools/probes/r226.txt; blind first, the last 12 written after looking)
  // pairs: down/login (24x7) vs function/data/slowness (24x5), German
  ['CRM nicht erreichbar', 'Seit 8 Uhr ist unser CRM komplett nicht erreichbar, bei allen Kollegen kommt nur "Seite kann nicht angezeigt werden".', 1, 'Technical Support', '24x7'],
  ['Daten weg', 'Seit heute früh fehlen alle Kontakte, die wir letzte Woche angelegt haben. Etwa 900 Datensätze sind einfach verschwunden.', 1, 'Technical Support', '24x5'],
  ['Anmeldung unmöglich', 'Niemand in unserer Firma kann sich seit heute Morgen bei Zoho Desk anmelden. Das Passwort wird bei allen abgelehnt.', 1, 'Technical Support', '24x7'],
  ['Alles extrem langsam', 'Desk ist seit dem Update extrem langsam, jede Seite braucht über eine Minute. Alle Agenten sind betroffen.', 1, 'Technical Support', '24x5'],
  ['2FA-Code kommt nicht', 'Seit gestern Abend kommt bei keinem unserer Benutzer der Bestätigungscode per SMS an. Dadurch kann sich niemand einloggen.', 1, 'Technical Support', '24x7'],
  ['Import schlägt fehl', 'Der nächtliche Import aus unserem ERP schlägt seit drei Tagen komplett fehl, es kommen keine neuen Artikel mehr an.', 1, 'Technical Support', '24x7'],
  ['SSO kaputt', 'Die Anmeldung über Azure AD funktioniert für alle Mitarbeiter nicht mehr. Wir kommen nicht mehr ins System.', 1, 'Technical Support', '24x7'],
  ['Workflows laufen nicht', 'Keiner unserer Workflows wird mehr ausgelöst. Tickets werden nicht mehr zugewiesen, für alle Abteilungen.', 1, 'Technical Support', '24x7'],
  ['Zeitüberschreitung', 'Bei jedem Aufruf von Zoho CRM bekommen wir eine Zeitüberschreitung. Niemand kann arbeiten.', 1, 'Technical Support', '24x7'],
  ['Wartungsseite', 'Seit Stunden wird bei uns nur die Wartungsseite angezeigt, obwohl keine Wartung angekündigt war.', 1, 'Technical Support', '24x7'],
  ['Falsche Preise überall', 'Seit gestern zeigt das System bei allen Artikeln falsche Preise an, in jedem Angebot und jeder Rechnung.', 2, 'Technical Support', '24x5'],
  ['Speichern geht nicht', 'Die Seite lädt ganz normal, aber jedes Speichern schlägt fehl mit "Ein Fehler ist aufgetreten". Betrifft alle Benutzer.', 1, 'Technical Support', '24x5'],
  ['Ständig abgemeldet', 'Alle unsere Agenten werden seit heute alle paar Minuten abgemeldet und müssen sich neu einloggen. So kann niemand arbeiten.', 1, 'Technical Support', '24x7'],
  ['Serverfehler 503', 'Bei allen Benutzern erscheint beim Öffnen von Desk nur "503 Service Unavailable".', 1, 'Technical Support', '24x7'],
  ['Synchronisation defekt', 'Die Synchronisation zwischen CRM und Books funktioniert seit Montag nicht mehr, keine Rechnung wird übertragen.', 1, 'Technical Support', '24x7'],
  ['Datensätze beschädigt', 'Nach dem Update sind bei allen Kontakten die Umlaute zerstört, aus "Müller" wurde "MÃ¼ller". Tausende Datensätze betroffen.', 1, 'Technical Support', '24x5'],
  ['Kundenportal down', 'Unser Hilfeportal ist für unsere Kunden seit heute Nacht nicht erreichbar, sie bekommen nur eine Fehlerseite.', 1, 'Technical Support', '24x7'],
  ['Mobile App Login', 'Keiner unserer Außendienstler kann sich in der CRM-App auf dem Handy anmelden. Im Browser geht es.', 1, 'Technical Support', '24x7'],
  // traps German (2/3, 24x5)
  ['Frage zu 2FA', 'Wie richten wir die Zwei-Faktor-Authentifizierung für alle Benutzer ein?', 3, 'Technical Support', '24x5'],
  ['Ein Kollege kann sich nicht anmelden', 'Ein Kollege kann sich seit heute nicht mehr anmelden, alle anderen kommen problemlos rein.', 1, 'Technical Support', '24x7'],
  ['Wartung am Wochenende', 'Ist das CRM während der geplanten Wartung am Samstag nicht erreichbar? Wir möchten unsere Kunden informieren.', 3, 'Technical Support', '24x5'],
  ['Manchmal langsam', 'Ab und zu dauert das Laden der Berichte etwas länger als sonst, ansonsten läuft alles.', 2, 'Technical Support', '24x5'],
  // pairs French
  ['CRM inaccessible', 'Depuis ce matin 9h, le CRM est totalement inaccessible pour toute l\'équipe. Le serveur ne répond plus.', 1, 'Technical Support', '24x7'],
  ['Données perdues', 'Tous les devis créés la semaine dernière ont disparu de Zoho CRM. Environ 300 enregistrements perdus.', 1, 'Technical Support', '24x5'],
  ['Impossible de se connecter', 'Personne chez nous n\'arrive à se connecter à Zoho Desk depuis 8h, le message "identifiants invalides" s\'affiche pour tous.', 1, 'Technical Support', '24x7'],
  ['Lenteur générale', 'Zoho Desk est d\'une lenteur extrême depuis hier, chaque ticket met plus d\'une minute à s\'ouvrir. Tous les agents sont touchés.', 1, 'Technical Support', '24x5'],
  ['Code de vérification', 'Aucun de nos utilisateurs ne reçoit le code de vérification à deux facteurs. Plus personne ne peut se connecter.', 1, 'Technical Support', '24x7'],
  ['Synchronisation en échec', 'La synchronisation avec notre boutique Shopify échoue à chaque fois depuis lundi, plus aucune commande n\'arrive dans Inventory.', 1, 'Technical Support', '24x5'],
  ['SSO en panne', 'L\'authentification SSO via Okta ne fonctionne plus pour aucun utilisateur, nous sommes bloqués à l\'écran de connexion.', 1, 'Technical Support', '24x7'],
  ['Workflows en panne', 'Plus aucune règle de workflow ne s\'exécute depuis la mise à jour, les tickets ne sont plus assignés pour personne.', 1, 'Technical Support', '24x7'],
  ['Erreur 503', 'Erreur 503 pour tous nos utilisateurs dès qu\'on ouvre Desk, depuis 7h ce matin.', 1, 'Technical Support', '24x7'],
  ['Page blanche', 'Page blanche pour tout le monde quand on ouvre le CRM, sur tous les navigateurs et tous les postes.', 1, 'Technical Support', '24x7'],
  ['Données erronées', 'Depuis l\'import d\'hier, tous les montants des opportunités sont faux, multipliés par cent partout.', 1, 'Technical Support', '24x5'],
  ['Enregistrement impossible', 'La page s\'affiche normalement mais chaque enregistrement échoue avec une erreur. Cela touche tous les agents.', 1, 'Technical Support', '24x5'],
  ['Déconnexions', 'Nous sommes déconnectés en permanence de Zoho Desk, toute l\'équipe doit se reconnecter toutes les deux minutes.', 1, 'Technical Support', '24x7'],
  ['Portail client en panne', 'Notre portail de support est en panne pour nos clients, ils ne peuvent plus ouvrir de tickets ni consulter leurs demandes.', 1, 'Technical Support', '24x7'],
  ['Trop lent, timeout', 'Le CRM est tellement lent que tout finit en timeout, pour tout le monde. On ne peut plus rien faire.', 1, 'Technical Support', '24x7'],
  ['Fiches corrompues', 'Les fiches clients sont corrompues depuis la migration, les adresses sont mélangées entre les comptes.', 1, 'Technical Support', '24x5'],
  ['Application mobile', 'Aucun commercial ne peut se connecter à l\'application mobile CRM depuis ce matin, mais la version web fonctionne.', 1, 'Technical Support', '24x7'],
  ['Le serveur ne répond plus', 'Le serveur ne répond plus depuis une heure, Desk ne se charge pour aucun agent.', 1, 'Technical Support', '24x7'],
  // traps French (2/3, 24x5)
  ['Question SSO', 'Comment configurer le SSO avec Google Workspace pour notre organisation ?', 3, 'Technical Support', '24x5'],
  ['Une utilisatrice déconnectée', 'Une seule de nos agentes est déconnectée régulièrement, les autres n\'ont aucun souci.', 2, 'Technical Support', '24x5'],
  ['Panne résolue', 'Merci, la panne d\'hier est résolue, tout fonctionne à nouveau. Pouvez-vous nous envoyer un rapport d\'incident ?', 3, 'Technical Support', '24x5'],
  ['Rapport un peu lent', 'Le tableau de bord des ventes met environ 15 secondes à charger, la documentation parle de 5 secondes.', 2, 'Technical Support', '24x5'],
  // English
  ['CRM down', 'Our CRM has been down since 7am, nobody can open it. We just get a connection error.', 1, 'Technical Support', '24x7'],
  ['Records deleted', 'Around 2,000 leads vanished overnight. Nobody in our team deleted anything.', 1, 'Technical Support', '24x5'],
  ['CRM timing out for everyone', 'The CRM is so slow it times out for everyone, nothing loads at all.', 1, 'Technical Support', '24x7'],
  ['Every save fails', 'The page loads fine but every save fails with "Something went wrong". All agents affected.', 1, 'Technical Support', '24x5'],
  ['Mobile login broken', 'Nobody can log into the Desk mobile app since this morning. The web version works.', 1, 'Technical Support', '24x7'],
  ['Help center down', 'Our help center portal is down for our customers, they get a 502 error.', 1, 'Technical Support', '24x7'],
  // traps English (2/3, 24x5)
  ['If the CRM goes down', 'What happens to incoming emails if Desk is ever down? Do they get queued?', 3, 'Technical Support', '24x5'],
  ['Occasional timeout', 'Now and then a report times out, after a refresh it works.', 2, 'Technical Support', '24x5'],
  ['No outage, question', 'No outage on our side, just a question: how do we see the login history of our agents?', 3, 'Technical Support', '24x5'],
  // written after looking: 24x5 versions of the function/run troubles (no "mehr"/"plus"), and more boundary pairs
  ['Import', 'Der nächtliche Import schlägt seit Montag bei jedem Datensatz fehl.', 1, 'Technical Support', '24x5'],
  ['Import en échec', 'L\'import de cette nuit a échoué pour toutes les lignes, aucun article n\'a été créé.', 1, 'Technical Support', '24x5'],
  ['Speichern schlägt fehl', 'Bei jedem Speichern eines Tickets kommt eine Fehlermeldung, bei allen Agenten. Öffnen und Lesen funktioniert.', 1, 'Technical Support', '24x5'],
  ['Sauvegarde impossible', 'Impossible d\'enregistrer un devis, à chaque sauvegarde une erreur s\'affiche pour tous les commerciaux.', 1, 'Technical Support', '24x5'],
  ['Desk nicht erreichbar', 'Desk ist für alle Mitarbeiter nicht erreichbar, der Browser meldet eine Zeitüberschreitung.', 1, 'Technical Support', '24x7'],
  ['Personne ne peut se connecter', 'Depuis ce matin, personne ne peut se connecter au CRM, le code SMS n\'arrive jamais.', 1, 'Technical Support', '24x7'],
  ['Ein Agent fliegt raus', 'Ein einzelner Agent wird regelmäßig abgemeldet, alle anderen arbeiten normal.', 2, 'Technical Support', '24x5'],
  ['Tout est lent', 'Le CRM rame énormément pour tout le monde depuis ce matin, chaque fiche met une minute à s\'ouvrir.', 1, 'Technical Support', '24x5'],
  ['Daten beschädigt', 'Seit der Migration sind die Adressen aller Kunden vertauscht, die Datensätze sind beschädigt.', 1, 'Technical Support', '24x5'],
  ['SSO einrichten', 'Wir möchten SSO mit Azure AD einrichten. Gibt es dazu eine Anleitung?', 3, 'Technical Support', '24x5'],
  ['One agent logged out', 'One agent gets logged out regularly, the others are fine.', 2, 'Technical Support', '24x5'],
  ['Portail inaccessible pour nos clients', 'Nos clients ne peuvent plus accéder au portail d\'assistance, erreur 503 depuis une heure.', 1, 'Technical Support', '24x7'],
  // 2. written after the fixes, around them
  ['App-Anmeldung', 'Niemand aus dem Vertrieb kann sich in der Zoho CRM App auf dem iPhone anmelden.', 1, 'Technical Support', '24x7'],
  ['Login App', 'Keiner der Techniker kann sich seit dem Update auf dem Tablet in der Desk-App einloggen.', 1, 'Technical Support', '24x7'],
  ['Frage App', 'Wie kann sich ein neuer Mitarbeiter in der App auf dem Handy anmelden?', 3, 'Technical Support', '24x5'],
  ['Déconnexions', 'Un seul commercial est déconnecté régulièrement de l\'application, les autres travaillent normalement.', 2, 'Technical Support', '24x5'],
  ['Déconnexions', 'Toute l\'équipe est déconnectée en permanence depuis ce matin.', 1, 'Technical Support', '24x7'],
  ['Enregistrement', 'Depuis la mise à jour, chaque enregistrement échoue pour tous les agents.', 1, 'Technical Support', '24x5'],
  ['Synchronisation', 'La synchronisation nocturne échoue pour chaque fiche depuis lundi.', 1, 'Technical Support', '24x5'],
  ['Synchronisation', 'Die tägliche Synchronisation schlägt bei jedem Datensatz fehl.', 1, 'Technical Support', '24x5'],
  ['Abgemeldet', 'Ein Kollege wird regelmäßig abgemeldet. Alle anderen arbeiten problemlos.', 2, 'Technical Support', '24x5'],
  ['Logged out', 'All our agents are logged out regularly since this morning, nobody can work.', 1, 'Technical Support', '24x7'],
]

describe('phrasings, round 226: the 24x7 clock boundary', () => {
  it('reads each pair on its clock and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
