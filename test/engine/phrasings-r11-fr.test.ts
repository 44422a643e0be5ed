// Partners' phrasings behind round 11's French batch (test/fixtures/classify/grown-28.yaml, issue 14):
// the French dev originals said again in other words (France, Belgium, Québec, Switzerland, Maghreb,
// West Africa). The meanings its tickets showed the policy missing or misreading, written afresh (not
// copies of the tickets), in the three languages where the meaning exists, each family with a trap
// that must not match. Each: subject, text, severity, and the type and clock where the phrasing
// decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PHRASINGS: Phrasing[] = [
  // the partner portal said "portail des partenaires" / a reseller portal
  ['Accès', "L'accès au portail des partenaires est refusé depuis lundi.", 1, 'Store Related', '24x5'],
  ['Portail revendeur', 'Impossible de nous connecter au portail revendeur ce matin.', 1, 'Store Related', '24x5'],
  ['Reseller portal', 'We cannot log in to the reseller portal since this morning.', 1, 'Store Related', '24x5'],
  ['Händlerportal', 'Wir können uns seit heute nicht mehr im Händlerportal anmelden.', 1, 'Store Related', '24x5'],
  ['Portail client', "Comment personnaliser les couleurs du portail client de notre client ?", 3, 'Technical Support'],
  // charged twice, a refund asked for: a change to Zoho's charge
  ['Licences Mail', 'Nous avons été débités deux fois ce mois-ci, merci de rembourser.', 2, 'Invoice changes'],
  ['Double débit', 'Le montant a été encaissé à deux reprises sur notre carte.', 2, 'Invoice changes'],
  ['Mail licences', 'We were debited twice for the Mail licences this month.', 2, 'Invoice changes'],
  ['Mail-Lizenzen', 'Uns wurde der Betrag für Mail doppelt belastet, bitte um Rückerstattung.', 2, 'Invoice changes'],
  ['Workflow', "Le workflow s'exécute deux fois quand on enregistre un contact.", 2, 'Technical Support'],
  // the partner's share, said without "commission"
  ['T4', "Nous n'avons toujours pas reçu notre rétrocession du quatrième trimestre.", 2, 'Commission Payment'],
  ['Part partenaire', 'Quand sera versée notre part partenaire pour le Q1 ?', 2, 'Commission Payment'],
  ['Q4 share', 'Our partner share for Q4 has still not been paid out.', 2, 'Commission Payment'],
  ['Q4', 'Unser Partneranteil für das vierte Quartal ist noch nicht eingegangen.', 2, 'Commission Payment'],
  ['Part de marché', 'Comment afficher la part de chaque commercial dans un rapport CRM ?', 3, 'Technical Support'],
  // a trial said as a test version
  ['Version de test', 'Pouvez-vous rallonger de deux semaines la version de test de notre prospect ?', 2, 'Trial Extension'],
  ['Période de test', 'La période de test de notre prospect se termine demain, un mois de plus est-il envisageable ?', 2, 'Trial Extension'],
  ['Test', "J'ai testé le script sur notre sandbox, il renvoie une erreur de syntaxe.", 3, 'Technical Support'],
  // a better price for a deal
  ['400 postes', 'On est en pourparlers avec un hôpital pour 400 postes, un geste sur le prix est possible ?', 2, 'Sales Discussions'],
  ['Prix', 'Pouvez-vous nous faire un meilleur prix pour 250 licences CRM ?', 2, 'Sales Discussions'],
  ['Pricing', 'Could you give us a better price for 300 seats of Zoho One?', 2, 'Sales Discussions'],
  ['Preis', 'Können Sie uns für 300 Lizenzen einen Preisnachlass geben?', 2, 'Sales Discussions'],
  ['Prix', 'Le prix unitaire affiché sur les devis générés par CRM est faux.', 2, 'Technical Support'],
  // an end of contract is a termination; asked not to act on it, no show-stopper
  ['Fin de contrat', 'Notre client souhaite la fin de son contrat Zoho One au 31 mars.', 1, 'Payments Renewal', '24x5'],
  ['Fin de contrat', 'Merci de ne pas donner suite à la demande de fin de contrat envoyée hier.', 2, 'Payments Renewal'],
  ['Contrat', 'Comment ajouter un champ date de fin de contrat dans le module Comptes ?', 3, 'Technical Support'],
  // "HS" is "hors service": an outage
  ['Desk HS', 'Desk est HS depuis ce matin, personne ne peut travailler.', 1, 'Technical Support', '24x7'],
  ['CRM', 'Le CRM est HS pour tout le monde depuis 9h.', 1, 'Technical Support', '24x7'],
  // "aucun user / usager": nobody gets in
  ['Login', "Aucun user n'arrive à se connecter à CRM depuis ce matin.", 1, 'Technical Support', '24x7'],
  ['Connexion', 'Aucun usager ne réussit à ouvrir une session sur Desk.', 1, 'Technical Support', '24x7'],
  ['Users', 'Aucun user ne se plaint, juste une question : comment changer le fuseau horaire ?', 3, 'Technical Support'],
  // "marche mal": works, but badly
  ['Doublons', 'La détection des doublons marche mal avec les noms composés.', 2, 'Technical Support', '24x5'],
  ['Filtre', 'Le filtre par date fonctionne mal depuis la mise à jour.', 2, 'Technical Support', '24x5'],
  ['Filter', 'The date filter works badly since the update.', 2, 'Technical Support', '24x5'],
  ['Filter', 'Der Datumsfilter funktioniert schlecht seit dem Update.', 2, 'Technical Support', '24x5'],
  // a go-live stopped is a show-stopper (24x5)
  ['Webhooks', 'Mise en production de notre client impossible : les webhooks ne partent pas.', 1, 'Technical Support', '24x5'],
  ['Go-live', 'The go-live of our customer is jeopardised by the API errors.', 1, 'Technical Support', '24x5'],
  ['Go-Live', 'Der Go-Live unseres Kunden ist gefährdet, die API liefert Fehler.', 1, 'Technical Support', '24x5'],
  ['Mise en production', 'Comment préparer la mise en production de notre portail client ?', 3, 'Technical Support'],
  // a product's workings misbehaving: "facturer correctement" asks Zoho for nothing
  ['Synchro Books', "La synchronisation a écrasé les adresses de 200 clients, on ne peut plus facturer correctement.", 1, 'Technical Support', '24x5'],
  ['Adresse', "Merci de corriger l'adresse sur votre dernière facture, nous avons déménagé.", 2, 'Invoice changes'],
  // slower than the documentation, said as going beyond what it announces
  ['Recherche', 'Les temps de réponse dépassent largement les valeurs annoncées dans la documentation.', 2, 'Technical Support', '24x5'],
  ['Search', 'Response times are far above what the documentation promises.', 2, 'Technical Support', '24x5'],
  ['Suche', 'Die Antwortzeiten liegen deutlich über den Werten der Dokumentation.', 2, 'Technical Support', '24x5'],
  ['Documentation', 'Où trouver la documentation sur les limites supérieures des appels API ?', 3, 'Technical Support'],
  // mapping a customer is "l'associer" to the account; a firm called "… & Associés" maps nothing
  ['Client absent', "Le client Morel n'apparaît pas dans notre compte partenaire, merci de l'associer à notre organisation.", 3, 'Store Related'],
  ['Passage Enterprise', 'Notre client, le cabinet Roux & Associés, veut passer à l\'édition Enterprise le mois prochain.', 2, 'Upgrades'],
  // a severity line with its level's name after "Niveau de"
  ['Sync', 'Niveau de gravité : modérée\nLa synchronisation est complètement arrêtée.', 2, 'Technical Support', '24x5'],
  ['Sync', 'Level of severity: minimal\nThe sync is down since 9.', 3, 'Technical Support', '24x5'],
]

describe('phrasings: round 11, the French originals said again (r11-fr)', () => {
  it('reads each phrasing as it says', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
