// Round 14 (branch r14-frops): the meanings behind the first read's misses of grown-42.yaml (French
// Operations tickets in the partner's own words, and Support tickets that use Operations words), each
// in other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const TE = 'Trial Extension'
const UP = 'Upgrades'
const SD = 'Sales Discussions'
const IC = 'Invoice changes'

// French "ignorer" is "to disregard" (a request called off), no "ignored" result; "ignorée" still is one.
const DISREGARD: Phrasing[] = [
  ['RE: Résiliation', 'Le client a changé d\'avis, merci donc d\'ignorer notre demande.', 2, PR],
  ['Re: cancellation', 'The customer changed their mind, please ignore our request.', 2, PR],
  ['Doublon', 'Ce ticket a été ouvert par erreur, vous pouvez ignorer celui-ci.', 3, TS],
  // traps: a rule or a discount the product ignores is a wrong result
  ['Remise', 'Books ignore la remise globale sur les devis depuis hier.', 2, TS],
  ['Attribution', 'La règle d\'attribution est ignorée pour les tickets du portail.', 2, TS],
]

// Ending licences or a subscription at its term, said without "résilier": a cancellation (1).
const END_AT_TERM: Phrasing[] = [
  ['Licences Desk', 'Merci d\'arrêter les 12 licences Desk de notre client à la fin du mois.', 1, PR],
  ['Contrat CRM', 'Le client ne souhaite pas de reconduction de son contrat CRM.', 1, PR],
  ['Abonnement Mail', 'L\'abonnement Mail de notre client doit s\'arrêter à l\'échéance, il change de fournisseur.', 1, PR],
  ['Licences', 'Please stop the 20 CRM licences of our client at the end of the month.', 1, PR],
  ['Workplace', 'The customer wants no renewal of Workplace, it should end at the end of the term.', 1, PR],
  ['Abo', 'Der Kunde möchte keine Verlängerung seines CRM-Abonnements.', 1, PR],
  ['Arrêt de l\'abonnement Desk', 'Notre client cesse d\'utiliser Desk à la fin du mois, merci de faire le nécessaire.', 1, PR],
  // traps: a renewal wanted; a how-to about stopping a sync; a letter opening "par la présente"
  ['Licences', 'Les licences de notre client arrivent à échéance, il souhaite continuer. Merci d\'envoyer l\'offre.', 3, PR],
  ['Synchronisation', 'Comment arrêter la synchronisation des licences entre CRM et Desk ?', 3, TS],
  ['Fin du partenariat', 'Par la présente, nous souhaitons mettre fin à notre contrat de partenariat.', 1, PR],
]

// Funding lost is business news, no lost data.
const LOST_FUNDING: Phrasing[] = [
  ['Client', 'Notre client a perdu son financement et demande une remise sur ses licences.', 2, SD],
  ['Customer', 'Our customer lost their funding and asks for a discount on the licences.', 2, SD],
  ['Kunde', 'Der Kunde hat seine Förderung verloren und bittet um einen Rabatt auf die Lizenzen.', 2, SD],
  // traps: data really lost
  ['Données', 'Le client a perdu toutes ses fiches contacts après la synchronisation.', 1, TS, '24x5'],
]

// More time to test, or a demonstration environment: a trial extension.
const MORE_TIME_TO_TEST: Phrasing[] = [
  ['Prospect', 'Notre prospect a besoin de plus de temps pour tester Desk, pouvez-vous prolonger ?', 2, TE],
  ['Books', 'Ils voudraient continuer à tester Books jusqu\'à fin avril.', 2, TE],
  ['Analytics', 'The prospect needs more time to evaluate Analytics before signing.', 2, TE],
  ['Interessent', 'Der Interessent braucht mehr Zeit zum Testen von Zoho Desk.', 2, TE],
  ['Salon', 'Pouvez-vous créer une instance de démonstration Zoho One pour notre équipe ?', 2, TE],
  ['Event', 'Could you give us a demonstration environment of Zoho One for our booth?', 2, TE],
  // traps: testing a fix is no trial
  ['Correctif', 'Le workflow renvoie un montant erroné, nous avons testé le correctif sur deux affaires.', 2, TS],
]

// A meeting or a presentation cancelled is no cancellation; pre-sales help is a sales discussion.
const MEETING_CANCELLED: Phrasing[] = [
  ['Présentation', 'Le prospect a dû annuler la présentation commune prévue mardi, pouvez-vous proposer une autre date ?', 2, SD],
  ['Presentation', 'Our prospect had to cancel the presentation with your presales team on Thursday.', 2, SD],
  ['Avant-vente', 'Pouvez-vous nous appuyer en avant-vente sur un dossier de 200 utilisateurs ?', 2, SD],
  ['Termin', 'Können wir einen gemeinsamen Termin mit dem Interessenten und Ihrem Team vereinbaren?', 2, SD],
  // traps: a subscription cancelled stays 1
  ['Annulation', 'Merci d\'annuler l\'abonnement Desk de notre client après la démonstration de jeudi.', 1, PR],
]

// A move to a higher plan, an edition or Zoho One, said in the partner's words: an upgrade; a new
// version of an extension, or a button named "upgrade", is none.
const UPGRADE_WORDS: Phrasing[] = [
  ['Client', 'Le client veut passer au plan supérieur dès le mois prochain.', 2, UP],
  ['Zoho One', 'Notre client voudrait passer à Zoho One pour regrouper ses trois abonnements.', 2, UP],
  ['Customer', 'They want to move to Enterprise next month, 25 users.', 2, UP],
  ['Kunde', 'Der Kunde möchte zum 1. Mai auf Enterprise wechseln.', 2, UP],
  // traps: an extension's version, a button's name
  ['Extension', 'Après la mise à niveau de notre extension, le widget affiche chaque date en double.', 2, TS],
  ['Plugin', 'After upgrading our plugin to 3.1 the widget shows every amount twice.', 2, TS],
  ['Bouton', 'Le bouton « Passer au plan supérieur » de notre portail client renvoie une erreur pour certains abonnés seulement.', 2, TS],
]

// A renewal as a point in time ("since the renewal", "before the expiry"), or a renewal reminder a
// product sends: no renewal asked for.
const RENEWAL_MOMENT: Phrasing[] = [
  ['Connexion', 'Depuis le renouvellement, plus aucun utilisateur ne peut se connecter à CRM.', 1, TS, '24x7'],
  ['Login', 'Since the licences were renewed, none of our users can log in to Desk.', 1, TS, '24x7'],
  ['Anmeldung', 'Seit der Verlängerung kann sich niemand mehr bei CRM anmelden.', 1, TS, '24x7'],
  ['Rappels', 'Billing envoie les rappels de renouvellement deux fois à nos abonnés.', 2, TS],
  ['Reminders', 'Billing sends the renewal reminders twice to every subscriber.', 2, TS],
  ['Lien de paiement', 'Comment ajouter un lien de paiement aux relances avant l\'échéance de l\'abonnement ?', 3, TS],
  ['Payment link', 'How do we add a payment link to the email sent before the subscription expiry?', 3, TS],
  // traps: a renewal asked for before the expiry
  ['Renouvellement', 'Merci de renouveler les licences de notre client avant l\'échéance du 30.', 3, PR],
  ['Renewal', 'Please renew our partner account before the expiry next week.', 3, PR],
  ['Auto-renew', 'How do we stop a customer\'s plan from renewing by itself?', 3, PR],
  ['Renewal reminder', 'We got the renewal reminder for Acme\'s licences, please send us the renewal quote.', 3, PR],
  ['Rappel', 'Nous avons reçu un rappel : les licences de notre client expirent le 30. Merci de les renouveler.', 3, PR],
]

// A report that shows nothing while the data is there: a result off (2).
const EMPTY_REPORT: Phrasing[] = [
  ['Rapport', 'Le rapport des ventes est vide depuis lundi, les données sont pourtant dans le CRM.', 2, TS],
  ['Bericht', 'Seit Montag ist der Umsatzbericht leer, obwohl die Daten im CRM sind.', 2, TS],
  // ("leer seit Montag" is no "leere Seite", a blank page)
  ['Bericht', 'Der Umsatzbericht ist leer seit Montag, obwohl die Daten im CRM sind.', 2, TS],
  ['Portal', 'Das Kundenportal zeigt seit 9 Uhr nur eine leere Seite.', 1, TS, '24x7'],
  // traps: an empty report wanted
  ['Rapport', 'Comment créer un rapport vide pour partir de zéro ?', 3, TS],
]

// "Comment corriger ?" asks how to fix the product, no change of a Zoho document; "merci de la corriger" is one.
const HOW_TO_FIX: Phrasing[] = [
  ['Widget', 'Le widget affiche les montants des factures en double. Comment corriger ?', 2, TS],
  // traps: a Zoho invoice to correct
  ['Facture', 'L\'adresse sur votre facture est erronée, merci de la corriger.', 2, IC],
  ['Facture', 'Pourriez-vous corriger la raison sociale sur la facture 1234 ?', 2, IC],
]

describe('classifier: round 14 French Operations in the partner\'s words (r14-frops), the meanings behind the first read\'s misses', () => {
  it('reads French "ignorer" as disregarding, and "ignorée" as a wrong result', async () => {
    expect(await misread(DISREGARD)).to.deep.equal([])
  })
  it('reads ending licences or a subscription at its term as a cancellation', async () => {
    expect(await misread(END_AT_TERM)).to.deep.equal([])
  })
  it('reads funding lost as business news, no lost data', async () => {
    expect(await misread(LOST_FUNDING)).to.deep.equal([])
  })
  it('reads more time to test and a demonstration environment as a trial extension', async () => {
    expect(await misread(MORE_TIME_TO_TEST)).to.deep.equal([])
  })
  it('reads a cancelled presentation as no cancellation, and pre-sales help as a sales discussion', async () => {
    expect(await misread(MEETING_CANCELLED)).to.deep.equal([])
  })
  it('reads a move to a higher plan or to Zoho One as an upgrade, an extension\'s new version as none', async () => {
    expect(await misread(UPGRADE_WORDS)).to.deep.equal([])
  })
  it('reads a renewal as a point in time, or a product\'s renewal reminder, as no renewal request', async () => {
    expect(await misread(RENEWAL_MOMENT)).to.deep.equal([])
  })
  it('reads an empty report as a result off', async () => {
    expect(await misread(EMPTY_REPORT)).to.deep.equal([])
  })
  it('reads "comment corriger ?" as a how-to, and "merci de la corriger" as a change request', async () => {
    expect(await misread(HOW_TO_FIX)).to.deep.equal([])
  })
})
