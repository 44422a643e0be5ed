// Round 224: German and French troubles told in NOMINAL style, ~50 % de, 50 % fr, no English in the blind probes: noun
// chains and compounds ("Totalausfall des CRM seit 8 Uhr", "Systemstillstand", "Nichtverfügbarkeit der Plattform",
// "Datenverlust nach Import", "Performanceeinbruch"), officialese ("Es liegt eine Beeinträchtigung vor", "Wir bitten um
// umgehende Behebung der Störung") and French nominal style ("panne générale", "indisponibilité totale de la plateforme",
// "perte de données suite à la migration", "suppression inexpliquée", "remontée d'incident"), Support 1 (24x7 for outage,
// unavailability, login and no access; 24x5 for data integrity, slowness and a function failing for everyone), 2 (results
// off, a part failing) and 3 (how-tos, documentation), and Operations (Kündigungswunsch, demande de résiliation, no access
// to the partner portal). Fixed: "Nichtverfügbarkeit", "Nichterreichbarkeit", "Unerreichbarkeit", "Systemstillstand",
// "inaccessibilité" are down (`outage`); an outage said partial ("Teilausfall", "Teilstörung", "partial outage", "panne
// partielle") is 2 (new concept and rule `partial outage`, which `outage` yields to); "Fehlfunktion", "dysfonctionnement" name
// a failure, no function to write (`malfunction`, which `building` yields to; `technical`); "suppression inexpliquée",
// "unerklärliche Löschung" are data damaged (`damage`); "Versand von Angeboten aus dem CRM" is the product's quotes, no sales
// talk (`other sales`), and the task impossible "für alle Vertriebsmitarbeiter" over a longer window (rule `task not possible
// for everyone`); "facturation dans Zoho Books" is the product's invoicing (`product invoice`), "aucune facture ne peut être
// émise" a task that fails (`work`). Choices: "Erhebliche Beeinträchtigung" alone names no severity, what is impossible does;
// a login failure of one user stays 1 (README), so the one-user traps are other failures. Traps: a Teilausfall or a
// malfunction for one user ("am Rechner eines Mitarbeiters", "bei allen anderen … normal", `one user only`, `everyone else
// fine`), a Störung "behoben" and an incident "rétabli", "Ausfallsicherheit" and "haute disponibilité" asked about
// (`symptom topic`), a "plan de continuité" or an SLA "en cas d'indisponibilité prolongée" (French elided "en cas d'" is
// `hypothetical`; "prolongée" beside an outage word is no renewal, `other renewal`), a planned Wartungsfenster and
// maintenance programmée, "Kein Ausfall", "Pas de panne", a Notfallplan, slowness that has gone.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 224 (/work/tools/probes/r224.txt)
  ["Totalausfall des CRM seit 8 Uhr", "Sehr geehrte Damen und Herren, seit 8 Uhr heute Morgen Totalausfall des CRM bei uns. Wir bitten um umgehende Behebung der Störung.", 1, 'Technical Support', '24x7'],
  ["Systemstillstand Zoho Desk", "Es liegt ein vollständiger Systemstillstand vor. Keine Bearbeitung von Tickets möglich. Bitte um dringende Rückmeldung.", 1, 'Technical Support', '24x7'],
  ["Komplettausfall der Telefonie-Integration", "Komplettausfall der Telefonie-Integration seit heute früh. Keine Anrufannahme über das CRM möglich, betrifft alle Agenten.", 1, 'Technical Support', '24x7'],
  ["Anmeldeprobleme bei allen Mitarbeitern", "Guten Tag, seit heute Vormittag Anmeldeprobleme bei sämtlichen Mitarbeitern. Eine Nutzung von Zoho One ist derzeit nicht möglich.", 1, 'Technical Support', '24x7'],
  ["Zugriffsverweigerung für alle Benutzer", "Seit dem Update Zugriffsverweigerung für alle Benutzer beim Aufruf von Zoho Desk (\"Access denied\"). Bitte um schnellstmögliche Behebung.", 1, 'Technical Support', '24x7'],
  ["Störungsmeldung: Nichterreichbarkeit des Kundenportals", "Hiermit melden wir die Nichterreichbarkeit unseres Kundenportals seit 14 Uhr. Für unsere Endkunden ist das Portal vollständig unzugänglich.", 1, 'Technical Support', '24x7'],
  ["Ausfall Zoho Mail", "Ausfall des Mailsystems seit ca. 7:30 Uhr. Kein Versand und kein Empfang möglich. Wir bitten um umgehende Behebung.", 1, 'Technical Support', '24x7'],
  ["Nichtverfügbarkeit der Plattform", "Wir verzeichnen seit heute Nacht eine vollständige Nichtverfügbarkeit der Plattform für unser gesamtes Unternehmen.", 1, 'Technical Support', '24x7'],
  ["Datenverlust nach Import", "Nach dem gestrigen Import Verlust sämtlicher Kontaktdaten im CRM. Wir bitten um Prüfung und Wiederherstellung.", 1, 'Technical Support', '24x5'],
  ["Synchronisationsabbruch Kalender", "Synchronisationsabbruch zwischen Zoho CRM und Outlook bei allen Benutzern seit Montag. Keine Übertragung von Terminen mehr.", 1, 'Technical Support'],
  ["Fehlfunktion der Rechnungserstellung", "Fehlfunktion der Rechnungserstellung in Zoho Books: Erstellung von Rechnungen für sämtliche Kunden nicht möglich. Monatsabschluss gefährdet.", 1, 'Technical Support', '24x5'],
  ["Performanceeinbruch CRM", "Erheblicher Performanceeinbruch seit dem Wochenende. Ladezeiten von über einer Minute pro Datensatz, Bearbeitung der Kundenanfragen kaum möglich.", 1, 'Technical Support', '24x5'],
  ["Massiver Leistungsabfall", "Es liegt ein massiver Leistungsabfall des Systems vor. Sämtliche Mitarbeiter sind in ihrer Arbeit stark beeinträchtigt.", 1, 'Technical Support', '24x5'],
  ["Verlust von Datensätzen", "Verlust mehrerer hundert Datensätze im Modul Angebote nach der Migration. Wiederherstellung dringend erforderlich.", 1, 'Technical Support', '24x5'],
  ["Beeinträchtigung des Geschäftsbetriebs", "Es liegt eine erhebliche Beeinträchtigung vor: Versand von Angeboten aus dem CRM für alle Vertriebsmitarbeiter nicht mehr möglich. Wir bitten um zeitnahe Bearbeitung.", 1, 'Technical Support'],
  ["Dateninkonsistenz nach Synchronisation", "Dateninkonsistenz nach der nächtlichen Synchronisation: Überschreibung der Telefonnummern sämtlicher Kontakte mit falschen Werten.", 1, 'Technical Support', '24x5'],
  ["Fehlerhafte Berechnung der Steuer", "Fehlerhafte Berechnung der Umsatzsteuer bei Rechnungen mit Rabatt. Abweichung von wenigen Cent gegenüber der manuellen Berechnung.", 2, 'Technical Support'],
  ["Teilausfall Berichtsmodul", "Teilausfall im Berichtsmodul: Export nach Excel ohne Funktion, Anzeige der Berichte im Browser jedoch möglich.", 2, 'Technical Support'],
  ["Abweichung der Dashboard-Werte", "Abweichung zwischen Dashboard-Werten und den Berichtszahlen. Umsatz im Dashboard um ca. 10 % zu niedrig.", 2, 'Technical Support'],
  ["Teilausfall bei einem Benutzer", "Fehlfunktion bei einem einzelnen Benutzer: Bei Frau Kaiser öffnet sich die Kalenderansicht nicht, bei allen anderen Kollegen funktioniert alles.", 2, 'Technical Support'],
  ["Störung behoben", "Die gestern gemeldete Störung ist behoben, das System läuft wieder einwandfrei. Vielen Dank für die schnelle Unterstützung. Ticket kann geschlossen werden.", 3, 'Technical Support'],
  ["Frage zur Ausfallsicherheit", "Wir bitten um Informationen zur Ausfallsicherheit der Zoho-Rechenzentren in der EU. Gibt es eine Dokumentation zur Verfügbarkeit?", 3, 'Technical Support'],
  ["Geplantes Wartungsfenster", "Ist für das kommende Wochenende ein Wartungsfenster geplant? Wir bitten um Mitteilung, ob mit einer Nichtverfügbarkeit zu rechnen ist.", 3, 'Technical Support'],
  ["Konfiguration der Feldberechtigungen", "Bitte um Unterstützung bei der Einrichtung von Feldberechtigungen für das Profil Vertrieb.", 3, 'Technical Support'],
  ["Dokumentation Deluge-Funktion", "Anfrage bezüglich Dokumentation zur Erstellung einer benutzerdefinierten Funktion in Deluge für die automatische Angebotsnummerierung.", 3, 'Technical Support'],
  ["Kein Ausfall – nur eine Frage", "Kein Ausfall, keine Störung, lediglich eine Verständnisfrage zur Einrichtung der Webformulare.", 3, 'Technical Support'],
  ["Notfallplan", "Gibt es seitens Zoho einen Notfallplan für den Fall eines Totalausfalls? Unser Kunde benötigt diese Information für sein Audit.", 3, 'Technical Support'],
  ["Leistungsabfall bei einem Benutzer", "Leistungsabfall nur am Rechner eines Mitarbeiters, bei allen anderen normale Ladezeiten.", 2, 'Technical Support'],
  ["Wartungsarbeiten am Samstag", "Information zu den angekündigten Wartungsarbeiten am Samstag: Wird es zu einem Datenverlust kommen?", 3, 'Technical Support'],
  ["Kündigungswunsch Kunde Schneider AG", "Sehr geehrte Damen und Herren, hiermit übermitteln wir den Kündigungswunsch unseres Kunden Schneider AG für Zoho CRM zum Ende der Laufzeit. Mit freundlichen Grüßen", 1, 'Payments Renewal', '24x5'],
  ["Kein Zugang zum Partnerportal", "Kein Zugang zum Partnerportal seit gestern Abend. Anmeldung mit allen Partnerkonten nicht möglich, Bestellungen können nicht aufgegeben werden.", 1, 'Store Related', '24x5'],
  ["Rechnungskorrektur", "Bitte um Korrektur der Rechnungsadresse auf Rechnung INV-2231.", 2, 'Invoice changes'],
  ["Panne générale Zoho CRM", "Bonjour, panne générale de Zoho CRM depuis 9h ce matin. Merci de bien vouloir intervenir en urgence.", 1, 'Technical Support', '24x7'],
  ["Indisponibilité totale de la plateforme", "Indisponibilité totale de la plateforme pour l'ensemble de nos collaborateurs depuis ce matin. Merci de votre retour rapide.", 1, 'Technical Support', '24x7'],
  ["Impossibilité de connexion", "Impossibilité de connexion pour l'ensemble des utilisateurs depuis 8h30. Message « mot de passe incorrect » systématique.", 1, 'Technical Support', '24x7'],
  ["Remontée d'incident – interruption de service", "Remontée d'incident : interruption de service sur Zoho Desk depuis 10h, page d'erreur 503 pour tous.", 1, 'Technical Support', '24x7'],
  ["Coupure du service", "Coupure totale du service Zoho Mail ce matin, ni envoi ni réception.", 1, 'Technical Support', '24x7'],
  ["Inaccessibilité du compte", "Inaccessibilité du compte Zoho One de notre client depuis ce matin, aucun accès possible pour ses 40 utilisateurs.", 1, 'Technical Support', '24x7'],
  ["Perte de données suite à la migration", "Perte de données suite à la migration depuis Salesforce : disparition de l'historique des opportunités. Nous sollicitons une analyse urgente.", 1, 'Technical Support', '24x5'],
  ["Dysfonctionnement majeur de la facturation", "Dysfonctionnement majeur : blocage complet de la facturation dans Zoho Books, aucune facture ne peut être émise.", 1, 'Technical Support', '24x5'],
  ["Lenteurs importantes", "Lenteurs importantes sur Zoho Desk depuis lundi : plus de 30 secondes pour l'ouverture d'un ticket, les agents ne peuvent plus suivre le flux d'appels.", 1, 'Technical Support', '24x5'],
  ["Corruption des données", "Corruption des données clients après l'import de vendredi : champs mélangés entre fiches, adresses attribuées aux mauvais contacts.", 1, 'Technical Support', '24x5'],
  ["Dégradation sévère des performances", "Dégradation sévère des performances de l'application, temps de chargement de plusieurs minutes, activité commerciale à l'arrêt.", 1, 'Technical Support', '24x5'],
  ["Arrêt de la synchronisation", "Arrêt complet de la synchronisation entre Zoho Inventory et Shopify pour toutes nos boutiques, aucune commande remontée depuis hier.", 1, 'Technical Support'],
  ["Suppression massive de contacts", "Suppression inexpliquée de plus de 2000 contacts dans le CRM cette nuit. Demande de restauration urgente.", 1, 'Technical Support', '24x5'],
  ["Anomalie sur les montants", "Anomalie sur les montants des devis : arrondi erroné sur la TVA pour certaines lignes.", 2, 'Technical Support'],
  ["Écart dans les rapports", "Écart constaté entre le nombre de tickets affiché dans le tableau de bord et celui du rapport.", 2, 'Technical Support'],
  ["Fonctionnement partiel de l'export", "Fonctionnement partiel de l'export CSV : colonnes personnalisées absentes du fichier, le reste est correct.", 2, 'Technical Support'],
  ["Dysfonctionnement pour un seul utilisateur", "Dysfonctionnement pour un seul utilisateur : M. Dubois ne voit plus ses tableaux de bord, les autres collaborateurs ne rencontrent aucun problème.", 2, 'Technical Support'],
  ["Incident résolu", "Suite à notre remontée d'incident d'hier, le service est rétabli. Merci pour votre réactivité, vous pouvez clôturer le ticket.", 3, 'Technical Support'],
  ["Pas de panne – question de paramétrage", "Pas de panne, simple question de paramétrage : comment configurer les règles d'attribution automatique des tickets ?", 3, 'Technical Support'],
  ["Plan de continuité d'activité", "Demande d'informations sur le plan de continuité d'activité de Zoho en cas d'indisponibilité prolongée des centres de données.", 3, 'Technical Support'],
  ["Maintenance programmée", "Une maintenance programmée est-elle prévue ce week-end ? Nous souhaitons en informer nos utilisateurs en cas d'indisponibilité.", 3, 'Technical Support'],
  ["Documentation API", "Demande de documentation concernant les limites de l'API REST de Zoho CRM (nombre d'appels par jour).", 3, 'Technical Support'],
  ["Question sur la sauvegarde", "Question concernant la procédure de sauvegarde et de restauration des données en cas de perte éventuelle.", 3, 'Technical Support'],
  ["Lenteurs résolues", "Les lenteurs signalées hier ont disparu, tout fonctionne normalement aujourd'hui.", 3, 'Technical Support'],
  ["Demande de résiliation", "Bonjour, demande de résiliation de l'abonnement Zoho Desk de notre client Martin SARL à compter du 30 juin. Cordialement.", 1, 'Payments Renewal', '24x5'],
  ["Absence d'accès au portail partenaire", "Absence d'accès au portail partenaire depuis ce matin pour toute notre équipe, impossibilité de passer les commandes clients.", 1, 'Store Related', '24x5'],
  ["Renouvellement compte partenaire", "Demande de renouvellement de notre compte partenaire pour l'année prochaine.", 3, 'Payments Renewal'],
  // 2. neighbours of the fixes
  ["Partial outage of the reports module", "Partial outage in the reports module: the Excel export does not work, the reports still display in the browser.", 2, 'Technical Support'],
  ["Panne partielle", "Panne partielle de Zoho Desk : le module de rapports ne répond plus, le reste fonctionne.", 2, 'Technical Support'],
  ["Teilstörung Zoho Desk", "Teilstörung im Help Center: die Suche liefert keine Ergebnisse, alles andere funktioniert.", 2, 'Technical Support'],
  ["Löschung von Kontakten", "Unerklärliche Löschung von 500 Kontakten heute Nacht.", 1, 'Technical Support', '24x5'],
  ["Unerreichbarkeit des Help Centers", "Seit 10 Uhr Unerreichbarkeit unseres Help Centers für sämtliche Kunden.", 1, 'Technical Support', '24x7'],
  ["Systemstillstand", "Systemstillstand seit 9 Uhr, niemand kann arbeiten.", 1, 'Technical Support', '24x7'],
  ["Ausfallsicherheit", "Wie ist die Ausfallsicherheit von Zoho Desk geregelt?", 3, 'Technical Support'],
  ["Haute disponibilité", "Quelle est la politique de haute disponibilité de Zoho CRM ?", 3, 'Technical Support'],
  ["SLA", "En cas d'interruption prolongée du service, que prévoit votre SLA ?", 3, 'Technical Support'],
  ["Dysfonctionnement de la facturation", "Dysfonctionnement de la facturation dans Zoho Books : les factures sont créées avec un mauvais taux de TVA.", 2, 'Technical Support'],
  ["Angebotsversand", "Versand von Angeboten für alle unsere Vertriebsmitarbeiter nicht mehr möglich.", 1, 'Technical Support', '24x5'],
  ["Leistungsabfall", "Leistungsabfall am PC einer Mitarbeiterin, bei allen anderen läuft alles normal.", 2, 'Technical Support'],
  ["Suppression de contacts", "Suppression inexpliquée de tous nos contacts CRM pendant la nuit.", 1, 'Technical Support', '24x5'],
  ["Fehlfunktion Export", "Fehlfunktion beim CSV-Export: die benutzerdefinierten Felder fehlen in der Datei, sonst ist alles korrekt.", 2, 'Technical Support'],
]

describe('phrasings, round 224: German and French troubles in nominal style', () => {
  it('reads every row as labelled', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
