// Round 220: severity-1 Support troubles told without any outage word, ~70 % en, 15 % de, 15 % fr. Records lost told by
// numbers ("our contacts went from 48,000 to 11,000 overnight", "were cut from 48,000 to 11,000", "von 22.000 auf 9.800
// gesunken", "sont passés de 30 000 à 12 000": concept and rule `count cut`), records deleted by the product itself ("the audit
// log shows System as the user", "System  Bulk delete  1,024 tickets": `system deletion`, which `user deletion` yields to),
// leads arriving with no name, email or phone (more `emptied` words), a permission error even the super admin gets
// (`even the admin` with `permission refused` or inability + access, rules `refused even to the admin`,
// `no permission even for the admin`), an API refusing every call (`api refuses all`, and
// "every POST /…/v3/…" in `every api request`), an import that breaks off every time (`fails every time`), a workflow that
// no longer creates its tasks (`creates nothing`, rule `automation creates nothing`), a bot that posts nothing (`posts
// nothing`): a function failing for every user or data lost, 1 on 24x5 (README rounds 178, 190, 205). Every record a user
// opens showing "Oups, une erreur est survenue" and the mobile app that sits on its logo for every rep are the product
// unusable, 1 on 24x7 (rules `error on every record opened`, `stuck on the start screen`). Choice: "anymore", "mehr",
// "ne … plus" and "stopped posting" keep main's total stop (24x7, as rounds 121 and 216); English "no longer creates" /
// "no longer posts" and German "legt keine Aufgaben mehr an" (dev g6-029) stay 24x5. Traps: one record or one lead (2 or
// 3), how-tos about import limits and permissions, records the partner deleted themselves asked to be restored, a count that
// is fine, a welcome fall ("went from 300 to 120 thanks to the new macros", `welcome change`), a rising count, a hypothetical import.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // data loss told by numbers (1 24x5)
  ["Tickets missing", "Since the weekend roughly 2,000 tickets are missing from our help desk. The ticket numbers jump from 10233 to 12410.", 1, 'Technical Support', '24x5'],
  ["Where did our accounts go?", "Our customer has 5200 accounts, today only 3100 are left. The recycle bin is empty. Please check urgently.", 1, 'Technical Support', '24x5'],
  ["Deals gone after sync", "After last night's sync with the ERP only 140 of our 900 open deals are still there.", 1, 'Technical Support', '24x5'],
  ["Half of the products are gone", "The product catalogue went from 1,250 items down to 600 overnight and we cannot find the others anywhere.", 1, 'Technical Support', '24x5'],
  ["Anzahl Kontakte halbiert", "Gestern hatten wir noch 22.000 Kontakte, heute zeigt das CRM nur noch 9.800 an. Niemand hat etwas gelöscht.", 1, 'Technical Support', '24x5'],
  ["Tickets fehlen", "Seit dem Update fehlen uns ca. 1.500 Tickets aus dem letzten Monat.", 1, 'Technical Support', '24x5'],
  ["Nombre de contacts", "Hier nous avions 30 000 contacts, ce matin il n'en reste que 12 000. Aucune suppression n'a été faite de notre côté.", 1, 'Technical Support', '24x5'],
  ["Factures disparues", "Environ 800 factures ont disparu de Books depuis hier soir.", 1, 'Technical Support', '24x5'],
  // records arriving empty (1 24x5)
  ["Leads come in blank", "Since Monday about 600 leads arrived with no name, email or phone, only the creation date is filled.", 1, 'Technical Support', '24x5'],
  ["Imported contacts have no data", "We imported 3,000 contacts and all of them were created without any values, just empty records.", 1, 'Technical Support', '24x5'],
  ["Leere Leads", "Alle Leads aus dem Webformular kommen seit gestern leer an, ohne Namen und ohne E-Mail.", 1, 'Technical Support', '24x5'],
  ["Fiches vides", "Les prospects arrivent sans nom, sans e-mail et sans téléphone depuis lundi, plus de 400 fiches vides.", 1, 'Technical Support', '24x5'],
  // permission error for everybody incl. super admin (1 24x5)
  ["Permission denied when moving deals", "Every user, even our super admin, gets \"You do not have permission to perform this operation\" when changing the stage of a deal. Nobody can move deals in the pipeline.", 1, 'Technical Support', '24x5'],
  ["Nobody can edit quotes", "All users including the administrator get an insufficient privileges error when they try to save a quote.", 1, 'Technical Support', '24x5'],
  ["Keine Berechtigung für alle", "Selbst der Super-Admin bekommt beim Verschieben eines Deals die Meldung \"Keine Berechtigung\". Niemand kann mehr Deals bearbeiten.", 1, 'Technical Support', '24x5'],
  ["Droits insuffisants", "Même l'administrateur reçoit le message « permission refusée » en déplaçant une affaire. Personne ne peut faire avancer le pipeline.", 1, 'Technical Support', '24x5'],
  // mobile app stuck on splash for all
  ["App stuck on splash screen", "The mobile app stays on the splash screen forever for all of our sales reps, iOS and Android. They cannot log calls from the field.", 1, 'Technical Support', '24x7'],
  ["CRM app hangs at start", "On every phone of our field team the app hangs on the loading logo and never opens.", 1, 'Technical Support', '24x7'],
  ["App startet nicht", "Die Mobile App bleibt bei allen Außendienstmitarbeitern auf dem Startbildschirm hängen.", 1, 'Technical Support', '24x7'],
  ["Application bloquée", "L'application mobile reste bloquée sur l'écran de démarrage pour tous nos commerciaux.", 1, 'Technical Support', '24x7'],
  // workflow / automation no longer does its task (blind: 1 24x7 for all). After looking: English "no longer creates" is a function failing
  ["Workflow no longer creates tasks", "Our workflow rule for new deals no longer creates the follow-up tasks. Nothing changed on our side.", 1, 'Technical Support', '24x5'],
  ["Blueprint transitions not firing anymore", "Since Tuesday the assignment rule stopped assigning new tickets to agents, they all stay unassigned.", 1, 'Technical Support', '24x7'],
  ["Workflow erstellt keine Aufgaben mehr", "Seit gestern legt die Workflow-Regel keine Aufgaben mehr an.", 1, 'Technical Support', '24x7'],
  ["Le workflow ne crée plus de tâches", "Depuis vendredi la règle de workflow ne crée plus aucune tâche pour les commerciaux.", 1, 'Technical Support', '24x7'],
  // bot / integration stopped posting though active (blind: 1 24x7). After looking: English "no longer posts" 1 24x5 (as r26st-021),
  ["Slack bot silent", "The Slack integration shows as active and connected, but the bot stopped posting new ticket notifications in our channel three days ago.", 1, 'Technical Support', '24x7'],
  ["Teams notifications stopped", "Our Microsoft Teams connector no longer posts anything, although the integration page says it is active.", 1, 'Technical Support', '24x5'],
  ["Bot postet nicht mehr", "Die Slack-Integration ist aktiv, aber der Bot postet seit Montag keine Nachrichten mehr.", 1, 'Technical Support', '24x7'],
  ["Le bot ne publie plus", "L'intégration Slack est active mais le bot ne publie plus rien dans le canal depuis trois jours.", 1, 'Technical Support', '24x7'],
  // import breaks off every time (1 24x5)
  ["Import aborts", "Every time we import our contact file the import breaks off after about 2,000 rows. We tried five times with the same result.", 1, 'Technical Support', '24x5'],
  ["Data import keeps failing", "The import of our accounts fails every single time halfway through, we cannot migrate the customer.", 1, 'Technical Support', '24x5'],
  ["Import bricht ab", "Der Import bricht jedes Mal nach ca. 30 % ab, egal welche Datei wir nehmen.", 1, 'Technical Support', '24x5'],
  // every API call refused with validation error (1 24x5)
  ["API returns INVALID_DATA", "Every API call to create a lead is rejected with INVALID_DATA although our payload has not changed in months.", 1, 'Technical Support', '24x5'],
  ["All API requests rejected", "All of our requests to the Desk API are refused with a validation error, same payload as last week.", 1, 'Technical Support', '24x5'],
  ["Jeder API-Aufruf wird abgelehnt", "Alle API-Aufrufe werden mit einem Validierungsfehler abgewiesen, obwohl wir nichts am Payload geändert haben.", 1, 'Technical Support', '24x5'],
  // traps (must stay low)
  ["Import limit", "How many records can we import at once? Our file has 48,000 contacts and we want to know if we need to split it.", 3, 'Technical Support', '24x5'],
  ["Restore deleted records?", "We deleted 2,000 old leads ourselves last week by mistake. Is there any way to restore them?", 3, 'Technical Support', '24x5'],
  ["What if the import breaks off", "If an import breaks off halfway, will the records that were already imported stay, or is everything rolled back?", 3, 'Technical Support', '24x5'],
  ["Splash screen logo", "How can we change the logo shown on the splash screen of the mobile app?", 3, 'Technical Support', '24x5'],
  ["Workflow to create tasks", "How do I set up a workflow that creates a task when a deal reaches the negotiation stage?", 3, 'Technical Support', '24x5'],
  ["Slack integration setup", "Can the Slack bot post new tickets to two channels? Where do we configure that?", 3, 'Technical Support', '24x5'],
  ["Empty fields in one lead", "One lead from yesterday has an empty email field. Is that field mandatory in the web form?", 2, 'Technical Support', '24x5'],
  ["Permission for one user", "How do I give our new sales rep permission to move deals between stages?", 3, 'Technical Support', '24x5'],
  ["API validation question", "Which fields are mandatory when creating a lead over the API? We want to avoid validation errors.", 3, 'Technical Support', '24x5'],
  ["Wiederherstellung gelöschter Daten", "Wir haben selbst 500 Kontakte gelöscht. Kann man die wiederherstellen?", 3, 'Technical Support', '24x5'],
  ["Importlimit", "Wie viele Datensätze kann man maximal auf einmal importieren?", 3, 'Technical Support', '24x5'],
  ["Restaurer des contacts supprimés", "Nous avons supprimé nous-mêmes 300 contacts par erreur. Est-il possible de les restaurer ?", 3, 'Technical Support', '24x5'],
  ["Limite d'import", "Quelle est la taille maximale d'un fichier d'import ? Nous avons 40 000 lignes.", 3, 'Technical Support', '24x5'],
  // written after looking at the dev tickets (siblings, not their wording)
  ["Contacts gone", "The audit log shows System as the user for each of the 3,400 contact deletions last night. We did not run anything.", 1, 'Technical Support', '24x5'],
  ["Deals missing", "Our deals were cut from 9,200 to 4,100 between Friday and Monday.", 1, 'Technical Support', '24x5'],
  ["Kontakte gelöscht", "Laut Audit-Log wurden 2.300 Kontakte vom System gelöscht, niemand von uns war das.", 1, 'Technical Support', '24x5'],
  ["Nobody can close deals", "Clicking any blueprint transition says \"You don't have permission to perform this action\", even for our admins.", 1, 'Technical Support', '24x5'],
  ["Oops on every record", "Since this morning every record we open in Desk (tickets, contacts, accounts) shows \"Oops, something went wrong\". Same for all 20 agents.", 1, 'Technical Support', '24x7'],
  ["Automation", "Our automation for incoming orders no longer creates the invoices, nothing changed on our side.", 1, 'Technical Support', '24x5'],
  ["Shop API", "The Inventory API is rejecting every sales order from our webshop since yesterday, payload unchanged.", 1, 'Technical Support', '24x5'],
  ["Leads leer", "Seit heute Nacht kommen alle Web-Leads ohne Namen, E-Mail und Telefon an, rund 300 Stück.", 1, 'Technical Support', '24x5'],
  // traps after looking
  ["Bulk delete question", "How can we do a bulk delete of 2,000 old test tickets? Is there a limit?", 3, 'Technical Support', '24x5'],
  ["Admin permission", "Even the admin should not be able to delete invoices. How do we set that up?", 3, 'Invoice changes', '24x5'],
  ["Audit log", "Where do I find the audit log that shows who deleted a contact?", 3, 'Technical Support', '24x5'],
  ["Workflow creates tasks?", "Can a workflow create tasks for several users at once?", 3, 'Technical Support', '24x5'],
  ["Count went up", "Our lead count went from 2,000 to 5,000 after the campaign, great result!", 3, 'Technical Support', '24x5'],
  // more after the first fixes: fr/de siblings and traps (a welcome fall, the partner's own clean-up, an admin-only how-to)
  ["Droits", "Même l'administrateur reçoit « Vous n'avez pas l'autorisation » quand il fait avancer une affaire.", 1, 'Technical Support', '24x5'],
  ["Contacts supprimés", "Selon le journal d'audit, 1 200 contacts ont été supprimés par le système cette nuit.", 1, 'Technical Support', '24x5'],
  ["Affaires manquantes", "Nos affaires sont passées de 5 000 à 1 800 depuis la synchronisation d'hier.", 1, 'Technical Support', '24x5'],
  ["Kontakte weg", "Unsere Kontakte sind über Nacht von 12.000 auf 4.000 gesunken.", 1, 'Technical Support', '24x5'],
  ["Workflow", "Le workflow des nouveaux prospects ne génère aucune tâche depuis lundi.", 1, 'Technical Support', '24x5'],
  ["Autorisations", "Comment donner à un commercial l'autorisation de modifier les devis ?", 3, 'Technical Support', '24x5'],
  ["Leads", "Die Anzahl unserer Leads ist von 2.000 auf 5.000 gestiegen, super!", 3, 'Technical Support', '24x5'],
  ["Backlog down", "Good news: our open tickets went from 300 to 120 this week thanks to the new macros. How do we report on this?", 3, 'Technical Support', '24x5'],
  ["Cleanup", "We cut our contacts from 48,000 to 11,000 ourselves by deleting old test data. How do we free the storage?", 3, 'Technical Support', '24x5'],
  ["Admin only", "Only the admin should be able to see the permission settings. Is that possible?", 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 220: severity-1 troubles told without an outage word', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
