// Round 221: troubles told in the vocabulary of one Zoho app rather than in generic IT words, ~60 % en, 20 % de, 20 % fr:
// Inventory (shipments, packages, sales orders, warehouses, stock levels), People (check-in, attendance, leave),
// Payroll (pay runs, payslips), Sign (envelopes, signers), Bookings (booking page, staff calendars), Recruit (career
// site, candidates, job openings), Projects (timesheets, Gantt), Analytics (dashboards, data sync), Creator (forms,
// deployments), Campaigns (mailing lists), SalesIQ (chat widget), Commerce (storefront, checkout), Cliq, WorkDrive.
// Choices (DOMAIN.md §4–§5 and the README's settled readings): the app's own task failing for everyone while the app is
// up (a pay run that fails, nobody can check in, no envelope sent, no shipment created, no time logged, checkout erroring
// for every shopper, candidates who cannot apply) is Technical Support 1 on 24x5; the app down, stopped working or
// refusing sign-in is 1 on 24x7; one warehouse's stock, one employee's payslip, a Gantt date, slower than documented is
// 2; Deluge functions, how-tos and configuration are 3. A customer's Zoho Commerce storefront is Support, not the
// partner store. "Das Lager steht still" is the warehouse team at a standstill (`other down`, as "Geschäft steht
// still"), no outage. Traps: one user or one signer while the others are fine (2), negations ("No problem with the pay
// run itself", "Kein Fehler, der Checkout funktioniert"), hypotheticals ("What happens if the checkout page goes down",
// "Si la synchronisation … échoue un jour"), a trouble told over ("it is working again now"), "without downtime" in a
// deployment question, a deleted file to restore (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 221 (/work/tools/probes/r221.txt)
  ["Pay run can't be processed", "We're trying to process the March pay run in Zoho Payroll and it fails with an error at the final step. None of our payroll admins can complete it and salaries are due on Friday.", 1, 'Technical Support', '24x5'],
  ["No applications coming in", "Candidates can't apply on our career site. When they click Apply on any job opening the form throws an error. This is for every job posting.", 1, 'Technical Support', '24x5'],
  ["Check-in not possible", "None of our employees can check in this morning in Zoho People. The check-in button just spins and nothing is recorded.", 1, 'Technical Support', '24x5'],
  ["Checkout broken", "The checkout page of our Zoho Commerce store shows an error for every shopper. No one has been able to place an order since 7am.", 1, 'Technical Support', '24x5'],
  ["Envelopes not sending", "We can't send any envelopes from Zoho Sign. Every time we click Send the document stays in draft. Happens for all our users.", 1, 'Technical Support', '24x5'],
  ["Booking page", "Our booking page doesn't let customers book any appointment. All time slots show as unavailable for every staff member, though the staff calendars are empty.", 1, 'Technical Support', '24x5'],
  ["Cannot create shipments", "Since this morning we cannot create any shipment for our sales orders in Zoho Inventory. The warehouse team is blocked, nothing can go out today.", 1, 'Technical Support', '24x5'],
  ["Data sync failing", "The data sync from CRM to Zoho Analytics fails every time since Monday. All our dashboards are stuck on last week's numbers.", 1, 'Technical Support', '24x5'],
  ["Form submissions failing", "Nobody can submit the order form in our Creator app. After clicking Submit it says \"Error occurred\" and nothing is saved.", 1, 'Technical Support', '24x5'],
  ["Chat widget gone", "The SalesIQ chat widget has disappeared from our website. Visitors can't start a chat at all.", 1, 'Technical Support', '24x5'],
  ["Campaign cannot be sent", "None of our campaigns can be sent. The Send button gives \"Unable to process request\" for every mailing list.", 1, 'Technical Support', '24x5'],
  ["Cliq messages not delivered", "Messages in our Cliq channels are not delivered to anyone since 10am. People post and the others see nothing.", 1, 'Technical Support', '24x5'],
  ["Timesheets can't be logged", "None of our team can log time in Zoho Projects, the timesheet entry fails with an error on every task. We bill our clients from these hours.", 1, 'Technical Support', '24x5'],
  ["Signers get nothing", "None of the signers receive the emails for the documents to sign. We sent 30 envelopes today and no one got anything.", 1, 'Technical Support', '24x5'],
  ["Stock levels all zero", "After the overnight sync, stock levels for all items in every warehouse show 0. We can't sell anything.", 1, 'Technical Support', '24x5'],
  ["Packages won't generate", "No package can be created for any sales order, we get \"Something went wrong\". The whole warehouse is standing still.", 1, 'Technical Support', '24x5'],
  ["WorkDrive is down", "WorkDrive won't load for anyone in our company, just a 502 error page.", 1, 'Technical Support', '24x7'],
  ["Can't log in to Zoho People", "None of our employees can log in to Zoho People, it says \"invalid credentials\" for everyone.", 1, 'Technical Support', '24x7'],
  ["Payroll has stopped working", "Zoho Payroll stopped working completely after the update this morning. Nothing loads.", 1, 'Technical Support', '24x7'],
  ["Career site down", "Our career site is down, candidates get a blank page when they open it.", 1, 'Technical Support', '24x7'],
  ["Stock wrong in one warehouse", "The stock on hand for our Hamburg warehouse is wrong for several items, it shows more than we physically have. The other warehouses are fine.", 2, 'Technical Support', '24x5'],
  ["Payslip shows wrong tax", "One employee's payslip shows the wrong income tax amount this month. Everyone else's looks correct.", 2, 'Technical Support', '24x5'],
  ["Dashboards slow", "Our Analytics dashboards take over a minute to load, the documentation says a few seconds. They do load eventually.", 2, 'Technical Support', '24x5'],
  ["Gantt chart dates off", "In Zoho Projects the Gantt chart shows the task end dates one day earlier than what is in the task itself.", 2, 'Technical Support', '24x5'],
  ["Check-in not working for one employee", "One of our employees cannot check in, she gets an error. All other staff can check in normally.", 2, 'Technical Support', '24x5'],
  ["Open rates look wrong", "The campaign report shows an open rate of 180 %, which can't be right.", 2, 'Technical Support', '24x5'],
  ["Deluge function for stock alert", "Can you help us write a Deluge function in Zoho Inventory that sends an email when the stock level of an item falls below the reorder point?", 3, 'Technical Support', '24x5'],
  ["How to add a staff member to the booking page", "How do we add a new staff member so that their calendar shows on our booking page?", 3, 'Technical Support', '24x5'],
  ["Signing order", "Is it possible to set a signing order in Zoho Sign so the second signer only gets the envelope after the first one has signed?", 3, 'Technical Support', '24x5'],
  ["Deploying Creator app to production", "What's the recommended way to deploy changes from our Creator development environment to production without downtime?", 3, 'Technical Support', '24x5'],
  ["Pay run question", "No problem with the pay run itself, it processed fine. We just want to know how to add a bonus component for next month.", 3, 'Technical Support', '24x5'],
  ["What if the checkout fails", "What happens if the checkout page in Zoho Commerce goes down during our Black Friday sale? Is there a status page we can watch?", 3, 'Technical Support', '24x5'],
  ["Check-in issue", "Earlier today nobody could check in, but it is working again now. Can you tell us what caused it?", 3, 'Technical Support', '24x5'],
  ["Can't see my timesheets", "I can't see my own timesheets in Zoho Projects, my colleagues see theirs fine.", 2, 'Technical Support', '24x5'],
  ["Can candidates apply without an account?", "Can candidates apply on the career site without creating an account, or is login mandatory?", 3, 'Technical Support', '24x5'],
  ["Envelopes", "Envelopes are sending fine, no errors. We want to know how to add a company stamp field to the document.", 3, 'Technical Support', '24x5'],
  ["Hide chat widget on some pages", "How can we hide the SalesIQ chat widget on our checkout page only?", 3, 'Technical Support', '24x5'],
  ["Restoring deleted files", "A user deleted a file in a team folder by mistake. How can we restore it from the trash?", 3, 'Technical Support', '24x5'],
  ["Gehaltsabrechnung nicht möglich", "Der Abrechnungslauf für März lässt sich in Zoho Payroll nicht abschließen. Bei jedem Versuch kommt eine Fehlermeldung, die Gehälter müssen morgen raus.", 1, 'Technical Support', '24x5'],
  ["Einstempeln geht nicht", "Seit heute Morgen kann sich kein Mitarbeiter in Zoho People einstempeln. Der Button reagiert nicht, bei allen.", 1, 'Technical Support', '24x5'],
  ["Keine Sendungen möglich", "Wir können in Zoho Inventory für keinen Verkaufsauftrag eine Sendung anlegen, es kommt immer ein Fehler. Das Lager steht still.", 1, 'Technical Support', '24x5'],
  ["Bewerbungen über Karriereseite", "Bewerber können sich auf unserer Karriereseite nicht bewerben, beim Absenden kommt bei jeder Stellenanzeige ein Fehler.", 1, 'Technical Support', '24x5'],
  ["Zoho Sign nicht erreichbar", "Zoho Sign ist seit 9 Uhr nicht erreichbar, wir können keine Dokumente zur Unterschrift versenden.", 1, 'Technical Support', '24x7'],
  ["Terminbuchung", "Kunden können über unsere Buchungsseite keine Termine buchen, alle Zeitfenster werden als belegt angezeigt, obwohl die Kalender der Mitarbeiter leer sind.", 1, 'Technical Support', '24x5'],
  ["Lagerbestand falsch", "Der Lagerbestand im Lager Köln stimmt bei einigen Artikeln nicht, die anderen Lager sind korrekt.", 2, 'Technical Support', '24x5'],
  ["Urlaubsanträge zeigen falsche Resttage", "Bei manchen Mitarbeitern werden im Urlaubsantrag falsche Resttage angezeigt.", 2, 'Technical Support', '24x5'],
  ["Deluge-Funktion", "Wie schreibe ich eine Deluge-Funktion in Zoho Creator, die nach dem Absenden eines Formulars einen Datensatz in einem anderen Formular anlegt?", 3, 'Technical Support', '24x5'],
  ["Frage zum Checkout", "Kein Fehler, der Checkout funktioniert. Wir möchten nur wissen, wie man in Zoho Commerce PayPal als Zahlungsart hinzufügt.", 3, 'Technical Support', '24x5'],
  ["Stempeluhr bei einem Mitarbeiter", "Nur ein Mitarbeiter kann sich nicht einstempeln, alle anderen schon.", 2, 'Technical Support', '24x5'],
  ["Paie bloquée", "Impossible de valider la paie du mois dans Zoho Payroll, une erreur apparaît à la dernière étape pour tous nos gestionnaires. Les salaires doivent être versés vendredi.", 1, 'Technical Support', '24x5'],
  ["Pointage impossible", "Aucun salarié ne peut pointer ce matin dans Zoho People, le bouton d'arrivée ne répond pas.", 1, 'Technical Support', '24x5'],
  ["Paiement impossible sur la boutique", "Sur notre boutique Zoho Commerce, la page de paiement affiche une erreur pour tous les clients. Aucune commande depuis ce matin.", 1, 'Technical Support', '24x5'],
  ["Enveloppes Zoho Sign", "Nous ne pouvons envoyer aucune enveloppe depuis Zoho Sign, chaque envoi échoue avec une erreur. Cela concerne tous les utilisateurs.", 1, 'Technical Support', '24x5'],
  ["Zoho Recruit inaccessible", "Personne ne peut se connecter à Zoho Recruit depuis ce matin, le message « identifiants incorrects » s'affiche pour tous.", 1, 'Technical Support', '24x7'],
  ["Stock erroné dans un entrepôt", "Les niveaux de stock de l'entrepôt de Lyon sont faux pour quelques articles. Les autres entrepôts sont corrects.", 2, 'Technical Support', '24x5'],
  ["Tableaux de bord lents", "Nos tableaux de bord dans Zoho Analytics mettent plus d'une minute à s'afficher, bien plus que ce qui est documenté.", 2, 'Technical Support', '24x5'],
  ["Fonction Deluge", "Pourriez-vous nous aider à écrire une fonction Deluge dans Zoho Creator pour calculer automatiquement le total d'une commande ?", 3, 'Technical Support', '24x5'],
  ["Question sur les bulletins de paie", "Aucun souci avec les bulletins de paie, tout fonctionne. Comment ajouter le logo de l'entreprise sur les bulletins ?", 3, 'Technical Support', '24x5'],
  ["Feuille de temps", "Un seul collaborateur n'arrive pas à saisir sa feuille de temps dans Zoho Projects, les autres n'ont aucun problème.", 2, 'Technical Support', '24x5'],
  ["Synchronisation des données", "Si la synchronisation des données entre Zoho CRM et Zoho Analytics échoue un jour, est-ce que nous recevrons une alerte ?", 3, 'Technical Support', '24x5'],
  // 2. written after looking: more apps and forms, and traps around one user or signer
  ["Shipments", "No shipment can be marked as delivered in Zoho Inventory, every attempt gives an error.", 1, 'Technical Support', '24x5'],
  ["Payslips", "The pay run fails with an error for every employee, no payslips are generated.", 1, 'Technical Support', '24x5'],
  ["Nobody can check in", "Nobody can check in or check out in Zoho People today, the attendance page throws an error for all employees.", 1, 'Technical Support', '24x5'],
  ["Booking page", "Customers cannot book any appointments on our booking page since this morning.", 1, 'Technical Support', '24x5'],
  ["Zoho Sign login", "None of our users can sign in to Zoho Sign, the login page keeps loading.", 1, 'Technical Support', '24x7'],
  ["Storefront checkout", "Shoppers cannot complete checkout on our Zoho Commerce storefront, the payment step errors for everyone.", 1, 'Technical Support', '24x5'],
  ["Stock count off", "The stock level shown for one item in our Dubai warehouse doesn't match the physical count.", 2, 'Technical Support', '24x5'],
  ["Leave balance wrong", "Leave balances for a few employees are calculated wrongly after the accrual ran.", 2, 'Technical Support', '24x5'],
  ["Campaign mailing list", "How do I import a mailing list from a CSV file into Zoho Campaigns?", 3, 'Technical Support', '24x5'],
  ["Career site form", "Our career site works fine. We'd just like to add a new field for the LinkedIn profile to the application form.", 3, 'Technical Support', '24x5'],
  ["Signer can't open document", "One of our signers says she can't open the document to sign, the other signers signed without trouble.", 2, 'Technical Support', '24x5'],
  ["Pay run fallback", "If the pay run fails on the last day of the month, what is the fallback?", 3, 'Technical Support', '24x5'],
  ["Cliq bot", "Can you help us write a Deluge script for a Cliq bot that posts daily sales figures to a channel?", 3, 'Technical Support', '24x5'],
  ["Lohnlauf", "Der Lohnlauf in Zoho Payroll schlägt bei jedem Versuch fehl, keine Gehaltsabrechnung wird erstellt.", 1, 'Technical Support', '24x5'],
  ["Stundenzettel", "Keiner unserer Mitarbeiter kann in Zoho Projects Zeiteinträge erfassen, es kommt immer eine Fehlermeldung.", 1, 'Technical Support', '24x5'],
  ["Nur ein Bewerber", "Nur ein Bewerber meldet, dass er sich nicht bewerben kann, alle anderen Bewerbungen kommen an.", 2, 'Technical Support', '24x5'],
  ["Buchungsseite", "Wie kann ich auf unserer Buchungsseite die Pufferzeit zwischen zwei Terminen einstellen?", 3, 'Technical Support', '24x5'],
  ["WorkDrive", "WorkDrive ist komplett ausgefallen, niemand kommt an seine Dateien.", 1, 'Technical Support', '24x7'],
  ["Feuilles de temps", "Aucun membre de l'équipe ne peut saisir les feuilles de temps dans Zoho Projects, une erreur s'affiche à chaque fois.", 1, 'Technical Support', '24x5'],
  ["Expéditions", "Impossible de créer la moindre expédition pour nos commandes clients dans Zoho Inventory. L'entrepôt est à l'arrêt.", 1, 'Technical Support', '24x5'],
  ["Frais de port", "Sur notre boutique Zoho Commerce, les frais de port sont mal calculés pour certains pays.", 2, 'Technical Support', '24x5'],
  ["Widget SalesIQ", "Comment personnaliser le message d'accueil du widget de chat SalesIQ pour les visiteurs ?", 3, 'Technical Support', '24x5'],
  ["Campagne", "La campagne est bien partie, aucun problème. Comment voir le taux d'ouverture par liste de diffusion ?", 3, 'Technical Support', '24x5'],
  ["Pointage d'un salarié", "Un seul salarié ne peut pas pointer, tous les autres pointent normalement.", 2, 'Technical Support', '24x5'],
  ["Timesheets", "I cannot open my timesheets in Zoho Projects, it works for my colleagues.", 2, 'Technical Support', '24x5'],
]

describe('phrasings, round 221: troubles told in one Zoho app\'s own vocabulary', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
