// Round 209: leftovers rounds 201-205 saw and left alone. An outage told by its fix awaited ("Business is effectively on
// hold until you get Desk back up for us", "tant que vous n'avez pas remis Desk en ligne"): concept `back up awaited`,
// which the hypothetical "until ... back up" yields to, rule `down until it is back up` (1, 24x7; a planned maintenance, a
// how-to or a question in the sentence is a case asked). Slowness for the writer alone ("taking 20 seconds to load for
// me", "bei mir", "chez moi"): concept `me only`, rule `slow for me` (2), which a subject's slowness yields to; "for me
// and the whole team" is more than one (`me among others`, 1). Records saved with the wrong customer (`misfiled`: 1, 24x5);
// wrong calculated values on invoices stay 2. Sorting the list of the product's invoices and a rounding issue on them told
// fixed are the product's invoices (`product invoice`: Technical Support 3). A stage value in a filter ("Étape différente
// de Perdu", "Phase ungleich Verloren", "Stage = Lost") is a `sales stage`, no loss. An audit log that does not hold the
// users' changes (rule `audit log without the changes`, 1, 24x5). Choice held: a Deluge function or script that fails or
// errors for every user is a feature failing (1, 24x5); one said stopped or no longer working ("stopped working", "bei
// niemandem mehr", "ne marche plus pour personne") no longer runs at all (1, 24x7, README's total failure).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // A. an outage told with "until you get it back up" (1 24x7); traps: hypothetical, over, planned maintenance
  ['Business on hold', 'Business is effectively on hold until you get Desk back up for us.', 1, 'Technical Support', '24x7'],
  ['Please hurry', "We can't do anything until you get the CRM back up and running.", 1, 'Technical Support', '24x7'],
  ['Still waiting', 'Our whole sales team is stuck until Zoho CRM is back up. It has been down since 8am.', 1, 'Technical Support', '24x7'],
  ['Stillstand', 'Bis Sie Desk wieder zum Laufen bringen, steht bei uns alles still.', 1, 'Technical Support', '24x7'],
  ['Ausfall', 'Solange das CRM nicht wieder online ist, können unsere Mitarbeiter nicht arbeiten.', 1, 'Technical Support', '24x7'],
  ["Activité à l'arrêt", "Notre activité est à l'arrêt tant que vous n'avez pas remis Desk en ligne.", 1, 'Technical Support', '24x7'],
  ['Urgent', "Tant que le CRM n'est pas de nouveau accessible, toute l'équipe est bloquée.", 1, 'Technical Support', '24x7'],
  ['Back up', 'Desk is back up now, thanks for the quick fix. Could you send us the root cause?', 3, 'Technical Support', '24x5'],
  ['Maintenance', "Until the CRM is back up after Saturday's planned maintenance, how should our agents log calls?", 3, 'Technical Support', '24x5'],
  ['Wieder da', 'Das CRM läuft wieder, danke. Können Sie uns die Ursache des Ausfalls schicken?', 3, 'Technical Support', '24x5'],
  ['Question', "Pendant la maintenance prévue samedi, comment nos agents peuvent-ils noter les appels jusqu'au retour du CRM ?", 3, 'Technical Support', '24x5'],
  // B. slowness for one user only (2); traps: slow for everyone (1 24x5)
  ['slow one', "It's not a total meltdown, just the dashboard taking 20 seconds to load for me.", 2, 'Technical Support', '24x5'],
  ['Slow for me', "The deals list takes about 30 seconds to open for me, my colleagues don't notice anything.", 2, 'Technical Support', '24x5'],
  ['Slow', 'Only my account is slow: every report takes ages to load for me.', 2, 'Technical Support', '24x5'],
  ['Langsam bei mir', 'Kein Totalausfall, nur bei mir braucht das Dashboard 20 Sekunden zum Laden.', 2, 'Technical Support', '24x5'],
  ['Langsam', 'Bei mir dauert das Öffnen der Kontakte etwa eine halbe Minute.', 2, 'Technical Support', '24x5'],
  ['Lent chez moi', "Ce n'est pas une panne, juste le tableau de bord qui met 20 secondes à charger chez moi.", 2, 'Technical Support', '24x5'],
  ['Lenteur', "Chez moi, la liste des devis met une minute à s'afficher.", 2, 'Technical Support', '24x5'],
  ['Slow for everyone', 'The dashboard takes over a minute to load for all our users, we can barely work.', 1, 'Technical Support', '24x5'],
  ['Sehr langsam', 'Das CRM ist seit heute Morgen für alle extrem langsam, jede Seite braucht eine Minute.', 1, 'Technical Support', '24x5'],
  ['Très lent', "Le CRM est extrêmement lent pour toute l'équipe depuis ce matin.", 1, 'Technical Support', '24x5'],
  // C. records saved with the wrong customer (data integrity, 1 24x5); traps: wrong calculated values (2), how-to (3)
  ['Wrong customer', 'Invoices are being saved with the wrong customer attached.', 1, 'Technical Support', '24x5'],
  ['Invoices mixed up', 'Since yesterday new invoices get saved under a different customer than the one we picked.', 1, 'Technical Support', '24x5'],
  ['Falscher Kunde', 'Rechnungen werden mit dem falschen Kunden gespeichert.', 1, 'Technical Support', '24x5'],
  ['Kunde vertauscht', 'Seit dem Update landen neue Angebote beim falschen Kunden.', 1, 'Technical Support', '24x5'],
  ['Mauvais client', 'Les factures sont enregistrées avec le mauvais client.', 1, 'Technical Support', '24x5'],
  ['Client erroné', 'Depuis hier, nos devis sont rattachés à un autre client que celui choisi.', 1, 'Technical Support', '24x5'],
  ['Wrong tax', 'The invoices calculate the wrong VAT total, it is always a few cents off.', 2, 'Technical Support', '24x5'],
  ['Falsche Summe', 'Die Rechnungen zeigen eine falsche Gesamtsumme, die Steuer wird doppelt berechnet.', 2, 'Technical Support', '24x5'],
  ['Mauvais total', "Le total des factures est faux, la remise n'est pas déduite.", 2, 'Technical Support', '24x5'],
  // D. how-to about sorting a list (Technical Support 3)
  ['Comment trier par date ?', 'Comment trier la liste des factures par date ?', 3, 'Technical Support', '24x5'],
  ['Sort invoices', 'How can I sort the invoice list by due date?', 3, 'Technical Support', '24x5'],
  ['Sortierung', 'Wie kann ich die Rechnungsliste nach Datum sortieren?', 3, 'Technical Support', '24x5'],
  // E. an already-fixed rounding issue on invoices (Technical Support 3); trap: rounding still off (2)
  ['Rounding fixed', 'The rounding issue on invoices is fixed now, thanks for your help.', 3, 'Technical Support', '24x5'],
  ['Rundung behoben', 'Das Rundungsproblem auf den Rechnungen ist behoben, vielen Dank.', 3, 'Technical Support', '24x5'],
  ['Arrondi résolu', "Le problème d'arrondi sur les factures est résolu, merci beaucoup.", 3, 'Technical Support', '24x5'],
  ['Rounding', 'The invoices still round the line totals wrong, the total is one cent off.', 2, 'Technical Support', '24x5'],
  // F. a quoted filter value that names a loss (3); traps: data really lost (1 24x5)
  ['Filtre', "J'ai créé une vue avec le filtre « Étape différente de Perdu ». Comment l'ajouter au tableau de bord ?", 3, 'Technical Support', '24x5'],
  ['Filter', 'I built a view with the filter "Stage is not Closed Lost". How do I show it on the home page?', 3, 'Technical Support', '24x5'],
  ['Filter', 'Ich habe eine Ansicht mit dem Filter „Phase ungleich Verloren" angelegt. Wie füge ich sie dem Dashboard hinzu?', 3, 'Technical Support', '24x5'],
  ['Contacts perdus', "Nous avons perdu tous nos contacts après l'import d'hier.", 1, 'Technical Support', '24x5'],
  ['Daten verloren', 'Nach dem Import haben wir alle Kontakte verloren.', 1, 'Technical Support', '24x5'],
  // G. an audit log that does not hold changes (data integrity, 1 24x5); trap: how-to (3)
  ['Audit log', "The audit log doesn't contain last week's changes.", 1, 'Technical Support', '24x5'],
  ['Audit log empty', 'Our audit log shows none of the changes our team made last week.', 1, 'Technical Support', '24x5'],
  ['Audit-Log', 'Das Audit-Log enthält die Änderungen der letzten Woche nicht.', 1, 'Technical Support', '24x5'],
  ["Journal d'audit", "Le journal d'audit ne contient pas les modifications de la semaine dernière.", 1, 'Technical Support', '24x5'],
  ['Audit log', 'How long does the audit log keep changes?', 3, 'Technical Support', '24x5'],
  ['Audit-Log', 'Wie lange bewahrt das Audit-Log Änderungen auf?', 3, 'Technical Support', '24x5'],
  // H. a function or script failing for every user: "fails / doesn't work for everyone" is a feature failing (1 24x5);
  ['Deluge function error', 'Our Deluge function that creates invoices fails for every user since this morning.', 1, 'Technical Support', '24x5'],
  ['Script error', 'The custom script on the quote layout throws an error for all users, no quote can be saved.', 1, 'Technical Support', '24x5'],
  ['Funktion', 'Unsere Deluge-Funktion funktioniert bei keinem Benutzer, es werden keine Rechnungen erstellt.', 1, 'Technical Support', '24x5'],
  ['Fonction en erreur', "Notre fonction Deluge échoue pour tous les utilisateurs, aucune facture n'est créée.", 1, 'Technical Support', '24x5'],
  ['Deluge function stopped working for all users', 'Since the update our Deluge function stopped working for everyone.', 1, 'Technical Support', '24x7'],
  ['Funktion geht nicht mehr', 'Seit dem Update funktioniert unsere Deluge-Funktion bei niemandem mehr.', 1, 'Technical Support', '24x7'],
  ['La fonction ne marche plus', 'Depuis la mise à jour, notre fonction Deluge ne marche plus pour personne.', 1, 'Technical Support', '24x7'],
  ['Function error for one user', 'Our Deluge function fails for one user only, everyone else is fine.', 2, 'Technical Support', '24x5'],
  ['Help with a function', 'Could you help us write a Deluge function that creates an invoice when a deal is won?', 3, 'Technical Support', '24x5'],
  // traps and variants written after looking
  ['Help', 'Our agents are idle until you get Zoho Desk back online.', 1, 'Technical Support', '24x7'],
  ['Down', 'Nothing moves until the portal is back up, it has been offline since 7.', 1, 'Technical Support', '24x7'],
  ['Question', 'Can we keep logging calls in a spreadsheet until the CRM is back up after the planned maintenance?', 3, 'Technical Support', '24x5'],
  ['Maintenance', 'Please let us know as soon as Desk is back up after the maintenance.', 3, 'Technical Support', '24x5'],
  ['Urgent', "Nous sommes bloqués jusqu'à ce que vous remettiez le CRM en ligne.", 1, 'Technical Support', '24x7'],
  ['Slow', 'Loading a deal takes a minute for me, the others are fine.', 2, 'Technical Support', '24x5'],
  ['Slow', 'Desk is very slow for me and the whole team since this morning.', 1, 'Technical Support', '24x5'],
  ['Langsam', 'Auch bei mir und allen Kollegen ist das CRM seit heute extrem langsam.', 1, 'Technical Support', '24x5'],
  ['Lent', 'Le CRM est très lent chez moi et chez tous mes collègues.', 1, 'Technical Support', '24x5'],
  ['Down for me', 'Desk is down for me and nobody here can log in.', 1, 'Technical Support', '24x7'],
  ['Sort', 'How do I sort invoices by amount in Books?', 3, 'Technical Support', '24x5'],
  ['Invoice', 'Please correct the company name on your invoice to us, it is misspelled.', 2, 'Invoice changes', '24x5'],
  ['Rounding', 'Your invoice to us has a rounding error, please correct the amount.', 2, 'Invoice changes', '24x5'],
  ['Audit', 'Since the update, the audit trail no longer records any field changes.', 1, 'Technical Support', '24x5'],
  ['Audit-Log', 'Seit dem Update zeichnet das Audit-Log keine Änderungen mehr auf.', 1, 'Technical Support', '24x5'],
  ['Journal', "Depuis la mise à jour, le journal d'audit n'enregistre plus aucune modification.", 1, 'Technical Support', '24x5'],
  ['Audit', 'Does the audit log contain changes made through the API?', 3, 'Technical Support', '24x5'],
  ['Audit', "The audit log doesn't contain the IP address of the user, is there a setting to show it?", 3, 'Technical Support', '24x5'],
  ['Lost deals', 'How can I report on deals where Stage = Lost?', 3, 'Technical Support', '24x5'],
  ['Quotes', 'All our quotes are saved with the wrong contact attached since yesterday.', 1, 'Technical Support', '24x5'],
]

describe('phrasings, round 209: leftovers of rounds 201-205', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
