// Partners' phrasings behind round 3's French batch (test/fixtures/classify/grown-18.yaml, issue 14):
// the meanings its tickets showed the policy missing or misreading, written afresh (not copies of
// the tickets), with their English or German counterparts where the policy's words changed too.
// Each: subject, text, severity, and the type and clock where the phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PHRASINGS: Phrasing[] = [
  // French words whose stem is a common word: "comme" is no commission, "vous devez" no quote,
  // "nous sommes" no sum, "avoir" (to have) no credit note, "reçu" (received) no receipt
  ['Tri', 'Le tri des contacts ne marche pas comme prévu.', 2, 'Technical Support'],
  ['Mise à jour', 'Vous devez savoir que depuis la mise à jour le CRM ne répond plus du tout.', 1, 'Technical Support', '24x7'],
  ['Question', 'Nous sommes bloqués : impossible de nous connecter à Zoho Projects depuis ce matin.', 1, 'Technical Support', '24x7'],
  ['Mail de réinitialisation', "Je n'ai pas reçu le mail de réinitialisation, impossible de me connecter à Desk.", 1, 'Technical Support', '24x7'],
  ['Accès au module', 'Comment avoir accès au module Inventaire pour un nouvel utilisateur ?', 3, 'Technical Support'],
  // the partner's own sales staff and a CRM's quotes are no sales talk with Zoho; a quote from Zoho is
  ['Commerciaux', "Nos commerciaux n'arrivent plus à se connecter au CRM.", 1, 'Technical Support', '24x7'],
  ['Modèle de devis', 'Le champ remise reste vide dans le modèle de devis du CRM.', 2, 'Technical Support'],
  ['Licences', 'Pouvez-vous nous faire un devis pour 80 licences Zoho One ?', 2, 'Sales Discussions'],
  ['Opportunités', "Le workflow qui doit s'exécuter quand l'opportunité passe en Négociation ne se déclenche plus.", 1, 'Technical Support', '24x7'],
  // a CRM user's profile is no partner profile; the partner's own profile is
  ['Profil lecture seule', 'Comment créer un profil en lecture seule dans CRM ?', 3, 'Technical Support'],
  ['Nouvelle adresse', 'Merci de mettre à jour notre profil de partenaire avec notre nouvelle adresse.', 2, 'Store Related'],
  // an invoice as a product feature stays technical
  ['Factures récurrentes', 'Comment créer des factures récurrentes dans Zoho Books ?', 3, 'Technical Support'],
  ['Recurring invoices', 'How do I set up recurring invoices in Books?', 3, 'Technical Support'],
  ['Rapport TVA', 'Le rapport de TVA de Zoho Books donne des montants faux pour le taux réduit.', 2, 'Technical Support'],
  ['Rechnungsvorlage', 'Die Vorlage für Rechnungen in Zoho Books zeigt die Steuer falsch an.', 2, 'Technical Support'],
  ['Facture INV-4410', "L'adresse sur votre facture INV-4410 est erronée, merci de la corriger.", 2, 'Invoice changes'],
  // corrupted, lost and vanished records in the masculine plural
  ['Après la migration', 'Les noms des comptes sont corrompus depuis la migration.', 1, 'Technical Support', '24x5'],
  ['Synchro', 'Depuis la synchro, des contacts ont disparus et des devis sont perdus.', 1, 'Technical Support', '24x5'],
  // badly computed, no longer matching, not showing, "which one is right": results that are off
  ['Traductions', 'Plusieurs libellés du portail client sont mal traduits.', 2, 'Technical Support'],
  ['Montants', 'Les montants synchronisés ne correspondent plus à ceux de la comptabilité.', 2, 'Technical Support', '24x5'],
  ['Champ PDF', "Le champ SIRET n'apparaît pas sur le PDF des bons de livraison.", 2, 'Technical Support'],
  ['Two figures', 'The dashboard says 120 open deals and the list says 98. Which one is right?', 2, 'Technical Support'],
  ['Chiffres', 'Le rapport affiche 54 tickets et la vue 61. Lequel est le bon ?', 2, 'Technical Support'],
  // the product does less than its documentation says
  ['Pièces jointes', 'Les fichiers de 15 Mo sont refusés alors que la documentation indique 25 Mo.', 2, 'Technical Support'],
  ['Attachments', 'Files over 10 MB are rejected although the documentation says 25 MB is allowed.', 2, 'Technical Support'],
  // it barely runs: a show-stopper on the 24x5 clock, not an outage
  ['Lenteurs', 'La liste des factures de Books ne charge quasiment plus, on ne peut presque plus travailler.', 1, 'Technical Support', '24x5'],
  ['Barely loads', 'The deals view barely loads any more, the team can hardly work.', 1, 'Technical Support', '24x5'],
  // "Android" is no German "and(ere)" + "roid": a total failure stays one
  ['App Android', "L'application ne marche plus du tout sur Android depuis la mise à jour.", 1, 'Technical Support', '24x7'],
  // it is over: "fonctionne de nouveau", "c'est réglé"
  ['RE: Panne CRM', "Tout fonctionne de nouveau, merci. Comment exporter l'historique des connexions ?", 3, 'Technical Support', '24x5'],
  ['RE: Desk inaccessible', "C'est réglé de notre côté. Où trouver la documentation des SLA ?", 3, 'Technical Support', '24x5'],
  // a request that closes with "Est-ce possible ?" asks for it; it is no how-to
  ['Compte démo', "Il nous faudrait un compte démo pour un salon la semaine prochaine. Est-ce possible ?", 2, 'Trial Extension'],
  // French wishes: "ce serait une amélioration"; "sera bien" is a promise, no wish
  ['Idée', 'Ce serait une vraie amélioration de pouvoir filtrer les vues par équipe.', 3, 'Product Management Related'],
  ['Facture INV-20', 'Le paiement de la facture INV-20 sera bien fait vendredi.', 2, 'Invoice changes'],
  // a cancellation called off, and an order shown as cancelled, are no cancellation
  ['Résiliation', "Merci d'ignorer notre demande de résiliation, le client reste chez Zoho.", 2, 'Payments Renewal'],
  ['RE: Résiliation', 'Le client a changé d\'avis, nous retirons notre demande de résiliation.', 2, 'Payments Renewal'],
  ['Cancellation', 'Please disregard our cancellation request from Monday, the customer stays.', 2, 'Payments Renewal'],
  ['Kündigung', 'Bitte ignorieren Sie unsere Kündigung von gestern, der Kunde bleibt.', 2, 'Payments Renewal'],
  ['Commande annulée', "La commande de notre client apparaît comme annulée dans la boutique alors qu'elle est payée.", 2, 'Store Related'],
  ['Order', 'The order for our customer shows as cancelled in the store although it was paid.', 2, 'Store Related'],
  ['Abonnement', 'Notre client arrête Zoho CRM, merci de résilier son abonnement.', 1, 'Payments Renewal'],
  // the anglicism "le store"
  ['Licences client', "Le store n'est plus accessible, impossible de commander des licences.", 1, 'Store Related'],
]

describe("classifier: partners' phrasings of round 3's French batch", () => {
  it('reads each phrasing to the severity, type and clock it names', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
