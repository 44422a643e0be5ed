// Round 205: data integrity (Support 1, 24x5: not downtime, outage or login) in partners' own words, EN/DE/FR, beyond the
// records that vanished, show zero or came twice (round 190) and mass overwrites: records corrupted or garbled, fields
// holding other records' values, one customer seeing another's data, contacts merged into the wrong accounts, attachments
// replaced by other files, umlauts and accents turned into "?", a sync writing old data over new, amounts changing by
// themselves, modules whose data no longer agree, an audit log missing entries. Choices: "incohérentes", "inkonsistent",
// "widersprüchlich" far from their data word are data integrity (concept `inconsistent`, rule `data inconsistent`,
// window 12); "altérées" and "des entrées manquent" are damage to records; inconsistent fonts or formatting are a look
// (`broken look`). Traps: one wrong value (2), accents shown wrongly in an export (2), how-tos about merging duplicates or
// the encoding of an import file ("quel encodage", "welche Kodierung", "damit die Umlaute … nicht", "pour que les
// accents ne …"), hypotheses about a sync, corruption already restored, and "data" in harmless sentences (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. data integrity told in the partners' words (the blind probes)
  ['Records corrupted', "Since last night's import a lot of our account records are corrupted - the fields are full of random characters.", 1, 'Technical Support', '24x5'],
  ['Garbled data', 'Our deal records are garbled, the descriptions show strings like "Ã¤Ã¶" and half the text is cut off.', 1, 'Technical Support', '24x5'],
  ["Contacts have other contacts' phone numbers", 'Since yesterday the phone and email fields of our contacts are being overwritten with values from other contacts.', 1, 'Technical Support', '24x5'],
  ["Customer sees another customer's tickets", "One of our customers logged into the help center and could see another company's tickets and attachments.", 1, 'Technical Support', '24x5'],
  ['Contacts attached to the wrong accounts', 'Hundreds of our contacts have been merged into the wrong accounts after the dedupe job ran.', 1, 'Technical Support', '24x5'],
  ['Attachments swapped', 'The PDFs attached to our quotes have been replaced by completely different files from other customers.', 1, 'Technical Support', '24x5'],
  ['Special characters destroyed', 'All accents and special characters in our customer names have turned into question marks since the update.', 1, 'Technical Support', '24x5'],
  ['Sync overwrote our changes', "The Books sync overwrote this week's updated prices with the old ones from last month.", 1, 'Technical Support', '24x5'],
  ['Invoice amounts changed by themselves', 'Several invoice totals have changed on their own overnight, nobody edited them.', 1, 'Technical Support', '24x5'],
  ["CRM and Books don't match", 'The customer balances in CRM and in Books no longer agree for any customer; the data is inconsistent between the two modules.', 1, 'Technical Support', '24x5'],
  ['Audit log is missing entries', "Our audit log has gaps: changes made by users last week don't appear in it at all, we need it for compliance.", 1, 'Technical Support', '24x5'],
  ['Our data is all mixed up', 'Our records are all mixed up - deals show the wrong owners, accounts and stages since the migration.', 1, 'Technical Support', '24x5'],
  ['Datensätze beschädigt', 'Seit dem Update sind viele unserer Datensätze beschädigt, in den Feldern stehen nur noch kryptische Zeichen.', 1, 'Technical Support', '24x5'],
  ['Daten durcheinander', 'Nach der Migration sind unsere Daten völlig durcheinander, Kontakte haben falsche Adressen und Firmen.', 1, 'Technical Support', '24x5'],
  ['Felder überschrieben', 'Bei unseren Angeboten werden die Kundendaten mit den Werten anderer Datensätze überschrieben.', 1, 'Technical Support', '24x5'],
  ['Kunde sieht fremde Rechnungen', 'Ein Kunde hat im Portal die Rechnungen eines anderen Kunden gesehen. Das ist ein Datenschutzproblem!', 1, 'Technical Support', '24x5'],
  ['Kontakte falschen Firmen zugeordnet', 'Seit gestern sind etliche Kontakte mit falschen Firmen zusammengeführt worden.', 1, 'Technical Support', '24x5'],
  ['Anhänge vertauscht', 'Die Anhänge an unseren Tickets wurden durch fremde Dateien ersetzt.', 1, 'Technical Support', '24x5'],
  ['Umlaute kaputt', 'Alle Umlaute in unseren Kundennamen werden seit heute als Fragezeichen angezeigt, z.B. "M?ller" statt "Müller".', 1, 'Technical Support', '24x5'],
  ['Sync hat alten Stand geschrieben', 'Die Synchronisierung hat unsere aktuellen Daten mit einem alten Stand überschrieben.', 1, 'Technical Support', '24x5'],
  ['Beträge geändert', 'Beträge in unseren Rechnungen haben sich von selbst geändert, niemand hat sie bearbeitet.', 1, 'Technical Support', '24x5'],
  ['Bestände stimmen nicht überein', 'Die Lagerbestände in Inventory und in Books stimmen nicht mehr überein, die Daten sind inkonsistent.', 1, 'Technical Support', '24x5'],
  ['Audit-Log unvollständig', 'Im Audit-Log fehlen Einträge der letzten Woche, Änderungen unserer Mitarbeiter sind nicht protokolliert.', 1, 'Technical Support', '24x5'],
  ['Kundendaten korrupt', 'Unsere Kundendatensätze sind korrupt, Telefonnummern und E-Mails sind vertauscht.', 1, 'Technical Support', '24x5'],
  ['Données corrompues', 'Depuis la mise à jour, les données de nos fiches clients sont corrompues, les champs contiennent des caractères illisibles.', 1, 'Technical Support', '24x5'],
  ['Données mélangées', "Nos données sont complètement mélangées : les contacts ont les adresses d'autres sociétés.", 1, 'Technical Support', '24x5'],
  ['Fiches écrasées', "Nos fiches clients ont été écrasées par les valeurs d'autres fiches lors de la dernière synchronisation.", 1, 'Technical Support', '24x5'],
  ["Un client voit les factures d'un autre", "Un de nos clients voit les factures d'un autre client dans son portail.", 1, 'Technical Support', '24x5'],
  ['Contacts fusionnés', 'Des dizaines de contacts ont été fusionnés avec les mauvais comptes.', 1, 'Technical Support', '24x5'],
  ['Pièces jointes remplacées', "Les pièces jointes de nos devis ont été remplacées par des fichiers d'autres clients.", 1, 'Technical Support', '24x5'],
  ['Accents remplacés', "Tous les accents de nos fiches sont remplacés par des points d'interrogation depuis hier (« Fran?ois », « soci?t? »).", 1, 'Technical Support', '24x5'],
  ['Synchronisation', "La synchronisation a remplacé nos données récentes par d'anciennes versions.", 1, 'Technical Support', '24x5'],
  ['Montants modifiés', 'Les montants de plusieurs factures ont changé tout seuls pendant la nuit.', 1, 'Technical Support', '24x5'],
  ['Incohérences', 'Les données entre le module Ventes et la Comptabilité sont incohérentes, les totaux ne correspondent plus.', 1, 'Technical Support', '24x5'],
  ["Journal d'audit", "Le journal d'audit ne contient plus les modifications de la semaine dernière, des entrées manquent.", 1, 'Technical Support', '24x5'],
  ['Dates altérées', 'Les dates de nos rendez-vous ont été altérées, elles sont toutes décalées de plusieurs jours.', 1, 'Technical Support', '24x5'],
  // 2. the same, further variants: data far from "inconsistent", altered records, audit log entries missing, records damaged
  ['Data inconsistent', 'The stock figures between Inventory and the CRM product module have become inconsistent for every item.', 1, 'Technical Support', '24x5'],
  ['Inkonsistenz', 'Die Kundendaten zwischen CRM und Desk sind seit dem Sync widersprüchlich.', 1, 'Technical Support', '24x5'],
  ['Incohérence des données', 'Depuis la synchronisation, les données clients entre le CRM et Desk sont incohérentes.', 1, 'Technical Support', '24x5'],
  ['Données altérées', "Les données de nos contacts ont été altérées après l'import d'hier.", 1, 'Technical Support', '24x5'],
  ['Journal', "Des entrées manquent dans le journal d'audit depuis lundi.", 1, 'Technical Support', '24x5'],
  ['Journal', "Il manque des entrées dans notre journal d'audit pour toute la semaine dernière.", 1, 'Technical Support', '24x5'],
  ['Umlaute', 'In allen Kontakten werden die Umlaute falsch angezeigt, die Namen sind in der Datenbank kaputt.', 1, 'Technical Support', '24x5'],
  ['Sync', 'Die Synchronisierung funktioniert nicht, damit die Daten aktuell sind müssen wir alles von Hand eintragen.', 1, 'Technical Support', '24x5'],
  // traps: one wrong value, how-tos, hypotheses, things restored, harmless "data", shown wrongly in an export, a look
  ['One invoice shows the wrong total', 'Invoice INV-0042 shows 120 instead of 100, the others are fine.', 2, 'Technical Support', '24x5'],
  ['Merging duplicates', 'How can I merge duplicate contacts in bulk after our import?', 3, 'Technical Support', '24x5'],
  ['CSV encoding', 'Our CSV shows umlauts as ? when I open it in Excel. How should I save it so the import keeps them?', 3, 'Technical Support', '24x5'],
  ['Two-way sync question', 'If we turn on the two-way sync, could it overwrite newer data in CRM with older data from Books?', 3, 'Technical Support', '24x5'],
  ['Thanks for the restore', 'Some records were corrupted yesterday but your team restored them from backup and everything is correct now. Thanks!', 3, 'Technical Support', '24x5'],
  ['Monthly export', "We'd like to export our data to a spreadsheet every month, where is the export option?", 3, 'Technical Support', '24x5'],
  ['Rabatt falsch', 'Bei Angebot AN-1043 wird der Rabatt falsch berechnet, 10 statt 15 %. Alle anderen sind richtig.', 2, 'Technical Support', '24x5'],
  ['Dubletten bereinigen', 'Gibt es eine Möglichkeit, Dubletten nach dem Import in einem Rutsch zu bereinigen?', 3, 'Technical Support', '24x5'],
  ['Umlaute in CSV', 'Wie muss ich meine CSV-Datei speichern, damit die Umlaute beim Import nicht als Fragezeichen ankommen?', 3, 'Technical Support', '24x5'],
  ['Frage zur Synchronisierung', 'Kann die Synchronisierung mit Books eigentlich neuere Daten mit älteren überschreiben? Wir überlegen, sie zu aktivieren.', 3, 'Technical Support', '24x5'],
  ['Danke', 'Die beschädigten Datensätze von gestern wurden wiederhergestellt, alles ist wieder in Ordnung. Danke!', 3, 'Technical Support', '24x5'],
  ['Datenexport', 'Wie kann ich alle Daten eines Moduls als Excel exportieren?', 3, 'Technical Support', '24x5'],
  ['Un montant faux', 'La facture F-2031 affiche un total de 118 € au lieu de 120 €, les autres sont correctes.', 2, 'Technical Support', '24x5'],
  ['Doublons', 'Comment fusionner les doublons de contacts après un import ?', 3, 'Technical Support', '24x5'],
  ['Encodage CSV', "Les accents de mon fichier CSV s'affichent mal dans Excel, quel encodage dois-je choisir pour l'import ?", 3, 'Technical Support', '24x5'],
  ['Question synchronisation', "Est-ce que la synchronisation pourrait écraser nos données plus récentes ? Nous hésitons à l'activer.", 3, 'Technical Support', '24x5'],
  ['Merci', "Les données corrompues ont été restaurées par votre équipe hier, tout est rentré dans l'ordre. Merci !", 3, 'Technical Support', '24x5'],
  ['Stockage', "Où puis-je voir combien d'espace de stockage de données il nous reste ?", 3, 'Technical Support', '24x5'],
  ['Question', 'Comment éviter que les données entre CRM et Books deviennent incohérentes ?', 3, 'Technical Support', '24x5'],
  ['Frage', 'Wie vermeiden wir, dass die Daten zwischen CRM und Books inkonsistent werden?', 3, 'Technical Support', '24x5'],
  ['Question', 'How do we avoid inconsistent data between CRM and Books when both are edited?', 3, 'Technical Support', '24x5'],
  ['Formatting', 'The font sizes in our email templates are inconsistent, where do I set a default?', 3, 'Technical Support', '24x5'],
  ['Entrée', 'Comment ajouter une entrée dans le menu de navigation ?', 3, 'Technical Support', '24x5'],
  ['Import', 'Welche Kodierung muss die CSV-Datei für den Import haben, damit die Umlaute nicht als Fragezeichen ankommen?', 3, 'Technical Support', '24x5'],
  ['CSV', "Which encoding should our CSV have so the accents don't turn into question marks on import?", 3, 'Technical Support', '24x5'],
  ['CSV', "Quel encodage faut-il utiliser pour que les accents ne deviennent pas des points d'interrogation à l'import ?", 3, 'Technical Support', '24x5'],
  ['Export', 'The accents display wrong in the CSV export from CRM.', 2, 'Technical Support', '24x5'],
  ['Export', 'Im CSV-Export werden die Umlaute falsch angezeigt.', 2, 'Technical Support', '24x5'],
  ['Export', "Dans l'export CSV, les accents s'affichent mal.", 2, 'Technical Support', '24x5'],
  ['Frage', 'Wie stelle ich ein, dass die Erinnerung nicht an den Kunden geht, damit die Kunden nicht doppelt Mails bekommen?', 3, 'Technical Support', '24x5'],
  // traps beside round 202: figures said incoherent are results (2); a negated inconsistency is none
  ['Formule', 'Le champ formule affiche des valeurs incohérentes sur les devis.', 2, 'Technical Support', '24x5'],
  ['Report', 'The pipeline report shows inconsistent totals from one day to the next.', 2, 'Technical Support', '24x5'],
  ['Bericht', 'Der Umsatzbericht liefert inkonsistente Werte.', 2, 'Technical Support', '24x5'],
  ['Check', 'The data between CRM and Books is not inconsistent, we just want to know how often the sync runs.', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 205: data integrity in partners\' own words', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
