// Partners' phrasings behind round 8's French batch (test/fixtures/classify/grown-21.yaml, issue 14):
// French from Morocco, Tunisia, Algeria, Senegal, Côte d'Ivoire, Québec, Belgium, Switzerland and
// France. The meanings its tickets showed the policy missing or misreading, written afresh (not
// copies of the tickets), in the three languages where the meaning exists, each family with a
// trap that must not match. Each: subject, text, severity, and the type and clock where the
// phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PHRASINGS: Phrasing[] = [
  // "essayer" (to try) is no trial ("j'ai essayé", "on essaie"); "l'essai", "période d'essai" still are
  ['Connexion', "J'ai essayé de me connecter trois fois, le mot de passe est refusé.", 1, 'Technical Support', '24x7'],
  ['Export', "On essaie d'exporter les contacts en CSV, comment faire ?", 3, 'Technical Support'],
  ['Essai Books', "Pourriez-vous prolonger l'essai de Zoho Books de deux semaines pour notre prospect ?", 2, 'Trial Extension'],
  ['Période d\'essai', "La période d'essai de notre client se termine vendredi, une extension est-elle possible ?", 2, 'Trial Extension'],
  // Québec "barré": locked out of the account; a crossed-out price ("prix barré") is none
  ['Compte barré', 'Mon compte est barré depuis à matin, je peux pas entrer dans CRM.', 1, 'Technical Support', '24x7'],
  ['Accès', 'Nos comptes utilisateurs sont barrés depuis le changement de mot de passe.', 1, 'Technical Support', '24x7'],
  ['Commerce', "Comment afficher un prix barré sur les articles de la boutique en ligne de notre client ?", 3, 'Technical Support'],
  // Québec "pu" is "plus" (no more); after "avoir" it is "pouvoir" (could)
  ['Connexion', 'Je peux pu me connecter à Desk depuis la mise à jour.', 1, 'Technical Support', '24x7'],
  ['CRM', 'Les agents peuvent pu accéder à leurs tickets.', 1, 'Technical Support', '24x7'],
  ['Rapports', "On a pu se connecter ce matin, mais les rapports affichent des totaux faux.", 2, 'Technical Support'],
  ['Merci', "J'ai pu me connecter, merci. Comment activer la double authentification pour les autres ?", 3, 'Technical Support'],
  // French "aucun" says "no" as often as "none of us": only "aucun de nos…", "aucun utilisateur" is nobody
  ['SSO', 'Aucun souci de connexion, on prépare juste la mise en place du SSO avec Google. Comment faire ?', 3, 'Technical Support'],
  ['Connexion', 'Aucun de nos agents ne parvient à se connecter à Desk.', 1, 'Technical Support', '24x7'],
  ['Connexion', "Aucun utilisateur n'arrive à se connecter à CRM depuis 8h.", 1, 'Technical Support', '24x7'],
  ['Accès', "Aucune erreur d'accès, tout va bien : où trouver la documentation des rôles ?", 3, 'Technical Support'],
  // a bug is a failure: "no bug" spends its negation ("pas de bug, tout fonctionne")
  ['Question', "Pas de bug, tout fonctionne, juste une question sur l'export des devis.", 3, 'Technical Support'],
  ['Question', 'No bug, everything works, just a question about exporting quotes.', 3, 'Technical Support'],
  ['Frage', 'Kein Bug, alles funktioniert, nur eine Frage zum Export der Angebote.', 3, 'Technical Support'],
  ['Login bug', 'Login bug for all users since this morning, nobody can get past the password page.', 1, 'Technical Support', '24x7'],
  // people who cannot work ("ne peuvent plus travailler", "kann nicht arbeiten"): a show-stopper, no outage by itself
  ['Lenteur', "Les comptables ne peuvent plus travailler, chaque écran met une minute à s'afficher.", 1, 'Technical Support', '24x5'],
  ['Bloqués', "Depuis la mise à jour, notre équipe ne peut pas travailler dans Desk.", 1, 'Technical Support', '24x5'],
  ['Langsam', 'Das Team kann seit heute früh nicht mehr arbeiten, jede Seite braucht Minuten.', 1, 'Technical Support', '24x5'],
  ['Desk', 'Zoho Desk ne fonctionne plus du tout depuis ce matin.', 1, 'Technical Support', '24x7'],
  // mail that no longer leaves ("ne partent plus", "rien ne sort"): a feature that no longer runs
  ['Courriels', 'Les courriels ne partent plus depuis hier midi.', 1, 'Technical Support', '24x7'],
  ['Mail', "Plus aucun message ne sort de nos boîtes Zoho Mail.", 1, 'Technical Support'],
  // a request called off ("ne pas donner suite", "do not proceed with") reports no cancellation
  ['Résiliation', "Merci de ne pas donner suite à notre demande de résiliation de l'abonnement CRM.", 2, 'Payments Renewal'],
  ['Cancellation', "Please do not proceed with the cancellation of our client's subscription.", 2, 'Payments Renewal'],
  ['Résiliation', "Merci de résilier l'abonnement CRM de notre client au 30 juin.", 1, 'Payments Renewal'],
  // Québec "magasiner" (to shop around) is a sales talk, no store; "le magasin Zoho" still is the store
  ['Prix', 'Notre client magasine un CRM pour 40 personnes, pouvez-vous nous faire un prix ?', 2, 'Sales Discussions'],
  ['Licences', 'Our customer is shopping around for 60 licences, is a volume discount possible?', 2, 'Sales Discussions'],
  ['Magasin', "Impossible d'accéder au magasin Zoho depuis ce matin.", 1, 'Store Related', '24x5'],
  // adding to a subscription, or more licences, is an upgrade; adding a user in the product is a how-to
  ['Utilisateurs', "Pourriez-vous ajouter 3 utilisateurs à l'abonnement de notre client ?", 2, 'Upgrades'],
  ['Licences', 'Nous voudrions augmenter le nombre de licences Desk du client de 10 à 20.', 2, 'Upgrades'],
  ['Users', 'Please add 5 users to our subscription from next month.', 2, 'Upgrades'],
  ['Lizenzen', 'Bitte für unseren Kunden 5 Lizenzen hinzufügen.', 2, 'Upgrades'],
  ['Utilisateur', 'Comment ajouter un utilisateur dans Zoho Desk ?', 3, 'Technical Support'],
  // a fault with a document Zoho is asked to correct is about Zoho's invoice, not a product's results
  ['Facture erronée', 'La facture reçue hier porte une mauvaise raison sociale, merci de la corriger.', 2, 'Invoice changes'],
  ['Wrong invoice', 'The renewal invoice shows the wrong company name. Please correct it to "Smith Integrations Ltd".', 2, 'Invoice changes'],
  ['Falsche Rechnung', 'Die Rechnung hat die falsche Firmierung, bitte korrigieren Sie sie. Richtig ist "Müller Integration GmbH".', 2, 'Invoice changes'],
  ['Devis faux', 'Les totaux des devis générés par CRM sont faux depuis la mise à jour.', 2, 'Technical Support'],
  // German "andere" (other) is no "ändern" (change); French "avoir" (to have) is no credit note
  ['Rechnungen', 'Manche Rechnungen aus Books kommen in CRM an, andere nicht, seit dem Update.', 2, 'Technical Support'],
  ['Rechnung', 'Bitte ändern Sie die Adresse auf Ihrer Rechnung.', 2, 'Invoice changes'],
  ['Books', "Les montants des factures générées par Books sont faux, nous aimerions avoir de l'aide.", 2, 'Technical Support'],
  ['Avoir', "Merci d'émettre un avoir pour la facture INV-2231, facturée deux fois.", 2, 'Invoice changes'],
]

describe('classifier: French from Africa, Québec, Belgium, Switzerland and France (round 8)', () => {
  it('reads each phrasing to the severity, type and clock it names', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
