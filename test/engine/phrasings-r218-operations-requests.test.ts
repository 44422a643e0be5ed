// Round 218: Operations-team requests in partners' own words, without template labels (~45 % en, 28 % de, 27 % fr):
// business letters, terse one-liners, verbs instead of nouns ("we'd like to stop our subscription", "kündigen Sie bitte",
// "merci de résilier"), amounts, dates and order numbers, small talk around them. Labels from DOMAIN.md §3-§5 and the
// README's settled Operations readings: a cancellation of a subscription, licences, an account or an agreement is 1
// (Payments Renewal), no access to the partner portal or store 1 (Store Related), a renewal asked 3, a how-to 3, invoice,
// commission, trial, upgrade, order and sales matters Operations' default 2; all on 24x5.
// Fixed: a cancellation told as done ("cancelled their subscription back in January", "Die Kündigung ... wurde letzten
// Monat bestätigt", "a résilié son abonnement le mois dernier") is no request (concept `cancellation done`, which `cancel`
// and `terminate` yield to; it names the subscription for the type); a cancellation asked in the same sentence still
// counts. Asking how to cancel oneself ("How do I cancel ... myself", "Wie kann ich ... selbst ... kündigen", "Comment
// résilier soi-même") is the procedure asked (`cancellation in general`): a how-to, 3. An order held up ("Die Bestellung
// ... hängt seit einer Woche im Status") is no slowness (`order held up`); an order cancelled or licences awaited from
// Zoho with no store named ("Bitte stornieren Sie die Bestellung 4470011", "Merci d'annuler la commande", "wartet auf
// seine Lizenzen") is Store Related 2 (`order placed with Zoho`); "the customer picked the wrong edition" is their own
// choice (`own mistake`), no wrong result. French "Plus personne ne peut envoyer de facture" is people kept from a task
// (`people task`: 1 on 24x5, as the English and German), no product that stopped (24x7).
// Choices: an Operations question asked how to renew oneself in the store reads Payments Renewal (the renewal is the topic).
// Traps: the invoice PDF export crashing for everyone (Technical Support 1, 24x5), how-tos (renew or cancel oneself,
// recurring invoices, where the commission statement is, customer mapping, the mail control panel: 3), a cancellation
// called off (2), a meeting cancelled (2), an order cancelled (2), a past cancellation beside a final invoice or a charge
// (2), a renewal already paid (2), a pro-rata question as a hypothesis (2).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 218 (/work/tools/probes/r218.txt)
  ['Stopping our subscription', 'Hi team, hope you had a good weekend. We\'d like to stop our Zoho One subscription at the end of this month, the customer is moving to another tool. Kind regards, Mark', 1, 'Payments Renewal', '24x5'],
  ['Customer account 88123', 'Please close the account of Harlow Dental Ltd, they no longer need it. Thanks!', 1, 'Payments Renewal', '24x5'],
  ['Licences', 'Could you switch off the 15 CRM licences for Brightway as of 1 July? They\'ve gone with Salesforce.', 1, 'Payments Renewal', '24x5'],
  ['Renewal for Pinecrest', 'Pinecrest\'s Desk licences run out on 14 March. Please renew them for another year, same 20 seats.', 3, 'Payments Renewal', '24x5'],
  ['Invoice INV-40512', 'The invoice you sent us for February shows our old address in Leeds. We moved to Manchester in January, could you reissue it with the new one?', 2, 'Invoice changes', '24x5'],
  ['VAT number missing', 'Our VAT number GB 123 4567 89 is missing on invoice 2026-0311. Our accountant needs it before Friday.', 2, 'Invoice changes', '24x5'],
  ['commission Q4', 'Hi, we haven\'t received the commission for Q4 yet. It was EUR 3,420 according to the statement. Could you check?', 2, 'Commission Payment', '24x5'],
  ['Upgrade', 'Customer Ferris & Co wants to move from CRM Standard to Enterprise, 12 users. Can you send us a quote?', 2, 'Upgrades', '24x5'],
  ['More time please', 'Our customer is still evaluating Zoho Inventory and the trial ends tomorrow. Could we get another two weeks?', 2, 'Trial Extension', '24x5'],
  ['order 7781234', 'Order 7781234 placed on 3 March still shows pending in the store and the customer is waiting for the licences. Please push it through.', 2, 'Store Related', '24x5'],
  ['Can\'t get into the partner portal', 'None of us can log in to the partner portal since this morning, it keeps saying the account is not recognised.', 1, 'Store Related', '24x5'],
  ['Demo account', 'Could you set up a demo account for our sales team? We have a big pitch on the 20th.', 2, 'Trial Extension', '24x5'],
  ['Joint meeting', 'We have a prospect with 300 users interested in Zoho One. Could someone from your partner sales team join a call next week?', 2, 'Sales Discussions', '24x5'],
  ['we\'re done', 'After five years we\'ve decided to end our reseller agreement with Zoho. Please process this from 30 April.', 1, 'Payments Renewal', '24x5'],
  ['Charged twice', 'We were charged twice for order 55102, 1,188.00 EUR each time. Please refund one of them.', 2, 'Invoice changes', '24x5'],
  ['Tier', 'We passed 40 certified consultants last quarter; please update our partner tier to Premium.', 2, 'Store Related', '24x5'],
  ['cancel', 'pls cancel Zoho Books for Acme Plumbing, 3 users, effective today. ta', 1, 'Payments Renewal', '24x5'],
  ['PO number', 'Can you add PO 4500098812 to invoice INV-41877? Their AP team rejects invoices without it.', 2, 'Invoice changes', '24x5'],
  ['10 more seats', 'Please add 10 users to Greenleaf\'s CRM Professional plan, they\'re hiring.', 2, 'Upgrades', '24x5'],
  ['Store checkout', 'The partner store won\'t let any of us into checkout, it says our reseller ID is unknown. We have three orders waiting.', 1, 'Store Related', '24x5'],
  ['Refund', 'Hi! Hope all is well on your side. Quick one: the customer downgraded on 2 Feb but we were still billed the full Enterprise price of 2,400 USD. Could you credit the difference?', 2, 'Invoice changes', '24x5'],
  // traps, en
  ['Invoice PDF export', 'Exporting invoices to PDF crashes for everyone in Books since this morning, nobody can send invoices today.', 1, 'Technical Support', '24x5'],
  ['renewal question', 'How do I renew a customer\'s subscription myself in the partner store? I\'d rather not bother you each time.', 3, 'Payments Renewal', '24x5'],
  ['Recurring invoices', 'How do I set up recurring invoices in Books for a customer who pays monthly?', 3, 'Technical Support', '24x5'],
  ['Please don\'t cancel', 'Please do not cancel the Meyer account, they changed their mind.', 2, 'Payments Renewal', '24x5'],
  ['Meeting', 'Our call with your sales team on Tuesday was cancelled, can we find a new slot?', 2, 'Sales Discussions', '24x5'],
  ['Final invoice', 'The customer cancelled their subscription back in January. They now need a final invoice showing their PO number.', 2, 'Invoice changes', '24x5'],
  ['where', 'Where can we see the commission statement for last quarter in the partner portal?', 3, 'Commission Payment', '24x5'],
  ['Pro rata?', 'If the customer cancels mid-term, do they get a pro-rata refund? Just asking before we talk to them.', 2, 'Payments Renewal', '24x5'],
  ['Renewal paid', 'We paid the renewal for Oakridge on 1 March (ref 77812) but the store still shows it as overdue.', 2, 'Payments Renewal', '24x5'],
  ['Mail control panel', 'How do we get access to the mail control panel for a customer we manage?', 3, 'Store Related', '24x5'],
  // German
  ['Kündigung Kunde Müller GmbH', 'Guten Tag, bitte kündigen Sie die Zoho CRM Lizenzen der Müller GmbH zum 31.05. Vielen Dank und schöne Grüße aus Köln', 1, 'Payments Renewal', '24x5'],
  ['Vertrag', 'Hallo, wir möchten unser Abo zum Quartalsende beenden. Der Kunde stellt auf ein anderes System um.', 1, 'Payments Renewal', '24x5'],
  ['Verlängerung', 'Die Lizenzen von Bäckerei Schulz laufen am 15. April aus. Bitte um Verlängerung für weitere 12 Monate.', 3, 'Payments Renewal', '24x5'],
  ['Rechnung RE-2026-0412', 'Auf der Rechnung steht noch unsere alte Firmierung (Schmidt IT GbR). Seit Januar sind wir die Schmidt IT GmbH, bitte korrigieren.', 2, 'Invoice changes', '24x5'],
  ['Provision', 'Die Provision für das dritte Quartal (1.240 €) ist bis heute nicht bei uns eingegangen. Können Sie das prüfen?', 2, 'Commission Payment', '24x5'],
  ['Testphase', 'Unser Interessent braucht noch etwas Zeit zum Testen. Könnten Sie den Testzeitraum um 14 Tage verlängern?', 2, 'Trial Extension', '24x5'],
  ['Bestellung 4471902', 'Die Bestellung 4471902 vom 02.03. hängt seit einer Woche im Status "in Bearbeitung". Der Kunde wartet auf seine Lizenzen.', 2, 'Store Related', '24x5'],
  ['Partnerportal', 'Wir kommen seit heute Morgen nicht mehr ins Partnerportal, bei allen Kollegen kommt eine Fehlermeldung.', 1, 'Store Related', '24x5'],
  ['Upgrade auf Enterprise', 'Kunde Hofmann AG möchte von Standard auf Enterprise wechseln, 25 Benutzer. Bitte Angebot schicken.', 2, 'Upgrades', '24x5'],
  ['Doppelt abgebucht', 'Uns wurde der Betrag von 590,00 EUR für Bestellung 88120 zweimal abgebucht. Bitte erstatten Sie eine Buchung.', 2, 'Invoice changes', '24x5'],
  ['Zusammenarbeit', 'Nach reiflicher Überlegung haben wir entschieden, die Partnerschaft mit Zoho zum 30.06. zu beenden.', 1, 'Payments Renewal', '24x5'],
  ['Kurze Bitte', 'Moin, kündigen Sie bitte das Desk-Abo von Hansen Logistik, 8 Nutzer. Danke!', 1, 'Payments Renewal', '24x5'],
  ['Weitere Lizenzen', 'Bitte buchen Sie für die Firma Keller 5 zusätzliche Benutzer in Zoho People dazu.', 2, 'Upgrades', '24x5'],
  // traps, de
  ['Bestellung stornieren', 'Bitte stornieren Sie die Bestellung 4470011, der Kunde hat sich für ein anderes Paket entschieden.', 2, 'Store Related', '24x5'],
  ['Frage', 'Wie kann ich als Partner die Verlängerung für einen Kunden selbst im Store auslösen?', 3, 'Payments Renewal', '24x5'],
  ['Rechnungen', 'Seit dem Update stürzt Books beim Export der Rechnungen als PDF bei allen Benutzern ab. Wir können heute keine Rechnungen verschicken.', 1, 'Technical Support', '24x5'],
  ['Schlussrechnung', 'Die Kündigung der Firma Wagner wurde letzten Monat bestätigt. Der Kunde braucht jetzt noch eine Schlussrechnung mit seiner Bestellnummer.', 2, 'Invoice changes', '24x5'],
  ['Nicht kündigen', 'Bitte die Lizenzen der Firma Krause doch nicht kündigen, der Kunde hat es sich anders überlegt.', 2, 'Payments Renewal', '24x5'],
  ['Kundenzuordnung', 'Wie können wir einen Bestandskunden unserem Partnerkonto zuordnen?', 3, 'Store Related', '24x5'],
  // French
  ['Résiliation', 'Bonjour, merci de résilier l\'abonnement Zoho One de la société Lefèvre SARL à compter du 1er juin. Cordialement', 1, 'Payments Renewal', '24x5'],
  ['Fin de contrat', 'Notre client ne souhaite pas reconduire son contrat, il passe chez un concurrent. Pouvez-vous arrêter ses licences à l\'échéance ?', 1, 'Payments Renewal', '24x5'],
  ['Renouvellement', 'Les licences Desk de notre client Boulangerie Martin arrivent à échéance le 10 mai, merci de les renouveler pour un an.', 3, 'Payments Renewal', '24x5'],
  ['Facture n° F-2026-118', 'L\'adresse de facturation sur la facture de mars est incorrecte, pourriez-vous la corriger ? La bonne adresse : 12 rue de la Paix, 75002 Paris.', 2, 'Invoice changes', '24x5'],
  ['Commission', 'Nous n\'avons toujours pas reçu le paiement de notre commission du T4, soit 2 150 €. Merci de vérifier.', 2, 'Commission Payment', '24x5'],
  ['Période d\'essai', 'Notre prospect n\'a pas fini ses tests, serait-il possible de prolonger sa période d\'essai de deux semaines ?', 2, 'Trial Extension', '24x5'],
  ['Portail partenaire', 'Impossible d\'accéder au portail partenaire depuis ce matin, aucun de nous n\'arrive à se connecter.', 1, 'Store Related', '24x5'],
  ['Commande 5521907', 'La commande 5521907 passée le 4 mars est toujours en attente dans le store, le client attend ses licences.', 2, 'Store Related', '24x5'],
  ['Passage à Enterprise', 'Le client Durand & Fils souhaite passer de l\'édition Standard à Enterprise pour 18 utilisateurs. Merci de nous envoyer un devis.', 2, 'Upgrades', '24x5'],
  ['Compte démo', 'Pourriez-vous nous créer un compte de démonstration pour un salon la semaine prochaine ?', 2, 'Trial Extension', '24x5'],
  ['Arrêt', 'Bonjour, suite à la fermeture de notre client, merci de mettre fin à son abonnement CRM au 31/03. Bonne journée !', 1, 'Payments Renewal', '24x5'],
  ['Opportunité', 'Nous avons un prospect de 200 utilisateurs intéressé par Zoho One, pouvons-nous organiser un rendez-vous avec votre équipe commerciale ?', 2, 'Sales Discussions', '24x5'],
  ['Double prélèvement', 'Bonjour, on nous a prélevé deux fois 345 € pour la commande 66210. Merci de rembourser le doublon.', 2, 'Invoice changes', '24x5'],
  // traps, fr
  ['Question', 'Comment résilier soi-même l\'abonnement d\'un client depuis le portail partenaire ?', 3, 'Payments Renewal', '24x5'],
  ['Factures', 'Depuis la mise à jour, l\'export des factures en PDF plante chez tous nos utilisateurs dans Books. Plus personne ne peut envoyer de facture.', 1, 'Technical Support', '24x5'],
  ['Annulation de commande', 'Merci d\'annuler la commande 5520013, le client s\'est trompé d\'édition.', 2, 'Store Related', '24x5'],
  ['Ne pas résilier', 'Finalement ne résiliez pas le compte de la société Petit, le client a changé d\'avis.', 2, 'Payments Renewal', '24x5'],
  ['Facture finale', 'Le client Garnier a résilié son abonnement le mois dernier. Il lui faut maintenant une facture finale avec son numéro de TVA.', 2, 'Invoice changes', '24x5'],
  // 2. variants of the fixes and their limits
  ['Order', 'Please cancel order 5520013, the customer picked the wrong edition.', 2, 'Store Related', '24x5'],
  ['Order', 'Our order 4471902 has been stuck in processing for a week, the customer is still waiting for the licences.', 2, 'Store Related', '24x5'],
  ['Commande', 'Notre commande 5521907 est bloquée depuis une semaine, le client attend ses licences.', 2, 'Store Related', '24x5'],
  ['Question', 'How do I cancel a customer\'s subscription myself in the partner portal?', 3, 'Payments Renewal', '24x5'],
  ['Frage', 'Wie kann ich das Abo eines Kunden selbst im Partnerportal kündigen?', 3, 'Payments Renewal', '24x5'],
  ['Question', 'Comment pouvons-nous résilier nous-mêmes l\'abonnement d\'un client ?', 3, 'Payments Renewal', '24x5'],
  ['Kündigung', 'Wir haben die Desk-Lizenzen letzten Monat gekündigt, bitte kündigen Sie jetzt auch die Books-Lizenzen.', 1, 'Payments Renewal', '24x5'],
  ['Cancel', 'We cancelled Desk back in January, now please cancel the CRM subscription too.', 1, 'Payments Renewal', '24x5'],
  ['Résiliation', 'Le client a résilié Desk le mois dernier, merci de résilier aussi son abonnement CRM.', 1, 'Payments Renewal', '24x5'],
  ['Charged again', 'We already cancelled the Desk subscription, but you charged us again this month. Please refund it.', 2, 'Payments Renewal', '24x5'],
  ['Abbuchung', 'Wir haben das Abo bereits gekündigt, trotzdem wurde diesen Monat wieder abgebucht.', 2, 'Payments Renewal', '24x5'],
  ['Avoir', 'La résiliation de notre client a bien été prise en compte, merci. Pouvez-vous nous envoyer l\'avoir correspondant ?', 2, 'Payments Renewal', '24x5'],
  ['Factures', 'Plus personne ne peut envoyer de factures depuis ce matin.', 1, 'Technical Support', '24x5'],
]

describe('phrasings, round 218: Operations requests in partners\' own words', () => {
  it('reads each request and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
