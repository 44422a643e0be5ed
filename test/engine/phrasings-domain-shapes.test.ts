// DOMAIN.md §3 and §4 said back in the SHAPES partners' tickets take in Zoho Desk, for both teams,
// all severities and types, in EN/DE/FR: (1) HTML descriptions as Desk stores them (<div>, <br>,
// <p>, &nbsp;, <b>, lists, a signature in a <div>), (2) a subject that says one thing and a body
// that says another ("Re:" subjects included), (3) the request template with free text around it and
// labels in odd formatting (a Type/Severity template line wins over the words), (4) mixed languages,
// (5) very short tickets (subject only). Written from DOMAIN.md and the README's conventions alone,
// not from the corpus. Each: subject, text, severity, and the type and clock where the phrasing
// decides them.
// Round 7 (branch r7-shapes): 165 phrasings written before any fix, 159 read right as written
// (misread: a bare subject "Invoice"/"Rechnung" over recurring invoices in Books; "Fwd: Issue" over
// an FYI forward; "TR: Panne" / "le problème est résolu"; "verlängern Sie den Test"; a German
// sentence quoted in an English one). TRAPS were written with the fixes, to hold them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'
const COM = 'Commission Payment'
const TRIAL = 'Trial Extension'

const HTML: Phrasing[] = [
  ['CRM down', '<div>Hi team,<br></div><div>our CRM is down since 9:00, nobody can work.<br></div><div><br></div><div>Best regards<br>John Smith<br>Acme Partners</div>', 1, TS, '24x7'],
  ['Dashboard question', '<div>Hello,</div><div>how do I add a chart to a dashboard in Analytics?</div><div>&nbsp;</div><div>Thanks,<br>Jane</div>', 3, TS],
  ['Wrong totals', '<p>Hi,</p><p>The <b>sales report</b> shows wrong totals for April.</p><p>Kind regards,<br>Tom</p>', 2, TS],
  ['Cancellation', '<div>Dear Zoho,<br><br>please cancel the subscription of our customer Acme Ltd at the end of the term.<br><br>Thanks<br>Mark</div>', 1, PR],
  ['Partner portal', '<div>We cannot log in to the partner portal since this morning&nbsp;- error 500.</div><div><br></div><div>--<br>Anna Lee | Partner Manager</div>', 1, STORE],
  ['Issues since the update', '<p>Issues since the update:</p><ul><li>emails are sent twice</li><li>the signature is missing from the PDF</li></ul>', 2, TS],
  ['Invoice address', '<div>Please correct the billing address on your invoice INV-4411:<br><b>New address:</b> 12 High Street, London</div>', 2, INV],
  ['Commission', '<div>Hi,<br>our commission for March has not been paid yet. Could you check?<br><br>Regards,<br>Priya</div>', 2, COM],
  ['Export', '<div>How can I export contacts to CSV?</div><div>--</div><div>Acme IT – 24/7 outage hotline: +44 20 1234</div>', 3, TS],
  ['Idea', '<p>Feature request: <b>please add</b> a Kanban view for tickets.</p>', 3, PMR],
  ['Störung', '<div>Hallo,<br>seit 8 Uhr ist Zoho Mail komplett ausgefallen.<br><br>Mit freundlichen Grüßen<br>Max Müller</div>', 1, TS, '24x7'],
  ['Frage', '<div>Guten Tag,</div><div>wie kann ich in CRM ein Pflichtfeld anlegen?</div><div>&nbsp;</div><div>Viele Grüße<br>Anna</div>', 3, TS],
  ['Kündigung', '<p>Sehr geehrte Damen und Herren,</p><p>bitte kündigen Sie das Abonnement unseres Kunden <b>Beispiel GmbH</b> zum 31.05.</p><p>Mit freundlichen Grüßen</p>', 1, PR],
  ['Falsche Beträge', '<div>Der Bericht zeigt falsche Beträge&nbsp;für Mai.</div>', 2, TS],
  ['Partnerportal', '<div>Wir kommen nicht mehr ins Partnerportal.<br>Fehlermeldung: Zugriff verweigert</div>', 1, STORE],
  ['Rechnung', '<div>Bitte ändern Sie die Rechnungsadresse auf Ihrer Rechnung RE-2231.</div>', 2, INV],
  ['Provision', '<p>Unsere Provision für das erste Quartal wurde noch nicht ausgezahlt.</p>', 2, COM],
  ['CRM', '<ul><li>CRM ist extrem langsam</li><li>jede Seite lädt eine Minute</li></ul>', 1, TS],
  ['Testphase', '<div>Könnten Sie die Testphase unseres Kunden um 14 Tage verlängern?<br>Danke!</div>', 2, TRIAL],
  ['Webhook', '<div>Wie richte ich einen Webhook zu Slack ein?</div><div>--<br>Hotline bei Ausfall: 0800 123</div>', 3, TS],
  ['Panne', '<div>Bonjour,<br>Zoho CRM est en panne depuis ce matin, aucun utilisateur ne peut travailler.<br><br>Cordialement,<br>Pierre Martin</div>', 1, TS, '24x7'],
  ['Question', '<div>Bonjour,</div><div>comment créer un champ personnalisé dans Desk ?</div><div>&nbsp;</div><div>Merci,<br>Julie</div>', 3, TS],
  ['Résiliation', '<p>Bonjour,</p><p>merci de <b>résilier</b> l\'abonnement de notre client à la fin du mois.</p><p>Cordialement</p>', 1, PR],
  ['Totaux', '<div>Le rapport des ventes affiche des totaux incorrects&nbsp;pour avril.</div>', 2, TS],
  ['Portail partenaire', '<div>Nous n\'avons plus accès au portail partenaire.<br>Erreur 403.</div>', 1, STORE],
  ['Facture', '<div>Merci de corriger l\'adresse de facturation sur votre facture FA-1234.</div>', 2, INV],
  ['Commission', '<p>Notre commission du premier trimestre n\'a pas encore été versée.</p>', 2, COM],
  ['Depuis la mise à jour', '<ul><li>les e-mails sont envoyés deux fois</li><li>la signature manque dans le PDF</li></ul>', 2, TS],
  ['Essai', '<div>Pourriez-vous prolonger la période d\'essai de notre client de 15 jours ?</div>', 2, TRIAL],
  ['Webhook', '<div>Comment configurer un webhook vers Slack ?</div><div>--<br>Astreinte panne : 01 23 45 67 89</div>', 3, TS],
  ['Re: Export question', '<div dir="ltr">Thanks, that worked.<br></div><blockquote><div>On Mon, John wrote:<br>CRM is down for all our users!</div></blockquote>', 3],
  ['Sync', '<div style="font-family: Verdana; font-size: 10pt;"><span>Since Monday the Books&nbsp;&amp;&nbsp;CRM sync sends the wrong amounts into every deal.</span></div><div><br></div><div>Sent from my iPhone</div>', 2, TS],
  ['Bestellung', '<table><tr><td><b>Art der Supportanfrage</b></td><td>Shop</td></tr><tr><td><b>Beschreibung des Problems/der Frage</b></td><td>Wie ordne ich einen Kunden unserem Partnerkonto zu?</td></tr></table>', 3, STORE],
  ['Connexion', '<div>Bonjour,</div><div><br></div><div>depuis la mise à jour, <u>aucun</u> de nos agents ne peut se connecter à Desk&nbsp;!</div><div><br></div><div>Bien à vous,</div><div>Sophie</div>', 1, TS, '24x7'],
  ['Mise à jour', '<ol><li>Ouvrir le rapport</li><li>Choisir avril</li></ol><p>→ les totaux sont faux.</p>', 2, TS],
]

const SUBJECT_VS_BODY: Phrasing[] = [
  ['Quick question', 'Since 8:00 none of our users can log in to Zoho One, we get an error on every attempt.', 1, TS, '24x7'],
  ['Small issue', 'CRM is completely down for the whole company since this morning.', 1, TS, '24x7'],
  ['URGENT!!! CRITICAL', 'How do I change the date format in reports?', 3, TS],
  ['EMERGENCY', 'How can we add a second signature for our agents?', 3, TS],
  ['Re: Commission statement', 'Thanks for the statement. Separate topic: nobody in our team can log in to CRM since this morning.', 1, TS, '24x7'],
  ['Re: CRM down', 'Thanks for fixing it, everything works again.', 3],
  ['Re: How to create a report', 'We followed your steps but now the report shows wrong numbers for every region.', 2, TS],
  ['Hello', 'Please cancel the subscription of our customer Acme Inc, they are moving away.', 1, PR],
  ['Invoice', 'How do I set up recurring invoices in Zoho Books?', 3, TS],
  ['Store access', 'We would like to know how to map a new customer to our partner account.', 3, STORE],
  ['Feedback', 'Feature request: could you add a bulk edit for ticket tags?', 3, PMR],
  ['Kurze Frage', 'Seit heute Morgen kann sich niemand bei Zoho CRM anmelden.', 1, TS, '24x7'],
  ['Kleines Problem', 'Zoho Desk ist seit 9 Uhr komplett ausgefallen, wir können nicht arbeiten.', 1, TS, '24x7'],
  ['DRINGEND!!!', 'Wie kann ich das Datumsformat in Berichten ändern?', 3, TS],
  ['AW: Rechnung RE-2231', 'Danke für die Korrektur. Anderes Thema: CRM ist seit 10 Uhr für alle Nutzer nicht erreichbar.', 1, TS, '24x7'],
  ['AW: Störung CRM', 'Vielen Dank, seit 11 Uhr läuft alles wieder.', 3],
  ['Hallo', 'Bitte kündigen Sie den Vertrag unseres Kunden Beispiel AG zum Quartalsende.', 1, PR],
  ['Anfrage', 'Unsere Provision für Februar fehlt noch.', 2, COM],
  ['Rechnung', 'Wie richte ich in Zoho Books wiederkehrende Rechnungen ein?', 3, TS],
  ['Feedback', 'Funktionsanfrage: Bitte eine Massenbearbeitung für Tags hinzufügen.', 3, PMR],
  ['AW: Anleitung Bericht', 'Wir haben Ihre Schritte befolgt, aber jetzt zeigt der Bericht falsche Zahlen.', 2, TS],
  ['Petite question', 'Depuis ce matin, plus personne ne peut se connecter à Zoho CRM.', 1, TS, '24x7'],
  ['Petit souci', 'Zoho Desk est complètement en panne depuis 9h, nous ne pouvons pas travailler.', 1, TS, '24x7'],
  ['URGENT !!!', 'Comment modifier le format de date dans les rapports ?', 3, TS],
  ['RE: Facture FA-1234', 'Merci pour la correction. Autre sujet : le CRM est inaccessible depuis 10h pour tous nos utilisateurs.', 1, TS, '24x7'],
  ['RE: Panne CRM', 'Merci, tout fonctionne de nouveau.', 3],
  ['Bonjour', 'Merci de résilier le contrat de notre client Exemple SARL à la fin du trimestre.', 1, PR],
  ['Demande', 'Notre commission de février n\'a toujours pas été payée.', 2, COM],
  ['Facture', 'Comment configurer des factures récurrentes dans Zoho Books ?', 3, TS],
  ['Suggestion', 'Demande de fonctionnalité : pourriez-vous ajouter la modification en masse des tags ?', 3, PMR],
  ['RE: Tutoriel rapport', 'Nous avons suivi vos étapes mais le rapport affiche maintenant des chiffres faux.', 2, TS],
  ['Fwd: Issue', 'FYI\n\n---------- Forwarded message ---------\nFrom: Customer <c@example.com>\nDate: Mon, 9 Mar 2026\nSubject: Issue\n\nOur whole team cannot log in to CRM since this morning.', 1, TS, '24x7'],
  ['WG: Rechnung', 'Bitte korrigieren Sie die Firmenanschrift auf Ihrer Rechnung.\n\nAm 02.03.2026 schrieb Zoho Billing:\n> Ihre Rechnung RE-5521 ist verfügbar.', 2, INV],
  ['TR: Panne', 'Merci, le problème est résolu de notre côté, tout marche.', 3],
]

const TEMPLATE: Phrasing[] = [
  ['Lookup field', 'Hi team,\n\n• Type of Support request : Technical Support\n• Zoho product name: CRM\n• Description of the issue/question: How do I add a lookup field?\n• Able to reproduce the problem? Yes\n\nThanks', 3, TS],
  ['Acme', '**Type of Support request:** Payments Renewal\n**Description of the issue/question:** Please cancel the subscription of Acme Ltd.', 1, PR],
  ['VAT number', 'Type of Support request\nInvoice changes\nDescription of the issue/question\nThe VAT number on your invoice is wrong.', 2, INV],
  ['Q1', 'Type of Support request   :   Commission Payment\nDescription of the issue/question :  Our Q1 commission is missing.', 2, COM],
  ['Tax rate', 'Type of Support request: Technical Support\nDescription of the issue/question: The invoice template in Books shows the wrong tax rate.', 2, TS],
  ['CRM', 'Severity: 3\nType of Support request: Technical Support\nDescription of the issue/question: CRM is down for all users.', 3, TS],
  ['Reports', 'Severity: 1\nType of Support request: Technical Support\nDescription of the issue/question: How do I export reports?', 1, TS],
  ['Trial', '<div><b>Type of Support request:</b> Trial Extension</div><div><b>Description of the issue/question:</b> Please extend the trial of Acme by 30 days.</div>', 2, TRIAL],
  ['Login', 'Hello,\nour whole team cannot log in since 8:00.\n\nType of Support request: Technical Support\nZoho product name: Zoho One\nDescription of the issue/question: login fails with "invalid credentials" for everyone\nTroubleshooting steps performed: cleared cache', 1, TS, '24x7'],
  ['Dark mode', 'Type of Support request: Product Management Related\nDescription of the issue/question: We would like a dark mode in Desk.', 3, PMR],
  ['Edition', 'Type of Support request: upgrades\nDescription of the issue/question: The customer wants to move to the Enterprise edition.', 2, 'Upgrades'],
  ['Discount', 'Type of Support request: Sales Discussions\nDescription of the issue/question: We would like a volume discount for 300 users.', 2, 'Sales Discussions'],
  ['Abteilung', '• Art der Supportanfrage: Technischer Support\n• Name des Zoho Produkts: Desk\n• Beschreibung des Problems/der Frage: Wie lege ich eine neue Abteilung an?', 3, TS],
  ['Beispiel GmbH', '**Art der Supportanfrage:** Zahlungsverlängerung\n**Beschreibung des Problems/der Frage:** Bitte kündigen Sie das Abo der Beispiel GmbH.', 1, PR],
  ['USt-IdNr.', 'Art der Supportanfrage\nRechnungsänderungen\nBeschreibung des Problems/der Frage\nDie USt-IdNr. auf Ihrer Rechnung ist falsch.', 2, INV],
  ['Q1', 'Art der Supportanfrage   :   Provisionszahlungen\nBeschreibung des Problems/der Frage :  Provision für Q1 fehlt.', 2, COM],
  ['CRM', 'Schweregrad 3\nArt der Supportanfrage: Technischer Support\nBeschreibung des Problems/der Frage: CRM ist komplett ausgefallen.', 3, TS],
  ['Berichte', 'Schweregrad: 1\nArt der Supportanfrage: Technischer Support\nBeschreibung des Problems/der Frage: Wie exportiere ich Berichte?', 1, TS],
  ['Test', '<div><b>Art der Supportanfrage:</b> Verlängerung des Testzeitraums</div><div><b>Beschreibung des Problems/der Frage:</b> Bitte verlängern Sie den Test um 30 Tage.</div>', 2, TRIAL],
  ['Anmeldung', 'Hallo,\nseit 8 Uhr kann sich niemand mehr anmelden.\n\nArt der Supportanfrage: Technischer Support\nName des Zoho Produkts: Zoho One\nBeschreibung des Problems/der Frage: Anmeldung schlägt für alle fehl\nKann das Problem reproduziert werden? Ja', 1, TS, '24x7'],
  ['Dunkelmodus', 'Art der Supportanfrage: Produktmanagement\nBeschreibung des Problems/der Frage: Wir wünschen uns einen Dunkelmodus.', 3, PMR],
  ['Edition', 'Art der Supportanfrage: Upgrades\nBeschreibung des Problems/der Frage: Der Kunde möchte auf die Enterprise-Edition wechseln.', 2, 'Upgrades'],
  ['Rabatt', 'Art der Supportanfrage: Verkaufsgespräche\nBeschreibung des Problems/der Frage: Mengenrabatt für 300 Nutzer', 2, 'Sales Discussions'],
  ['Bestellung', 'ART DER SUPPORTANFRAGE: SHOP\nBESCHREIBUNG DES PROBLEMS/DER FRAGE: Unsere Bestellung wird im Shop als storniert angezeigt.', 2, STORE],
  ['Département', '• Type de demande de support : Support technique\n• Nom du produit Zoho : Desk\n• Description du problème/de la question : Comment créer un nouveau département ?', 3, TS],
  ['Client', '**Type de demande de support :** Renouvellement de paiements\n**Description du problème/de la question :** Merci de résilier l\'abonnement de notre client.', 1, PR],
  ['TVA', 'Type de demande de support\nModifications de facture\nDescription du problème/de la question\nLe numéro de TVA sur votre facture est erroné.', 2, INV],
  ['T1', 'Type de demande de support   :   Paiement de commission\nDescription du problème/de la question :  commission du T1 manquante', 2, COM],
  ['CRM', 'Gravité 3\nType de demande de support : Support technique\nDescription du problème/de la question : Le CRM est complètement en panne.', 3, TS],
  ['Rapports', 'Gravité : 1\nType de demande de support : Support technique\nDescription du problème/de la question : Comment exporter les rapports ?', 1, TS],
  ['Essai', '<div><b>Type de demande de support :</b> Extension de la version d\'évaluation</div><div><b>Description du problème/de la question :</b> Merci de prolonger l\'essai de 30 jours.</div>', 2, TRIAL],
  ['Connexion', 'Bonjour,\ndepuis 8h plus personne ne peut se connecter.\n\nType de demande de support : Support technique\nNom du produit Zoho : Zoho One\nDescription du problème/de la question : la connexion échoue pour tous\nEst-il possible de reproduire le problème ? Oui', 1, TS, '24x7'],
  ['Mode sombre', 'Type de demande de support : Gestion de produit\nDescription du problème/de la question : Nous aimerions un mode sombre.', 3, PMR],
  ['Édition', 'Type de demande de support : Mises à niveau\nDescription du problème/de la question : Le client souhaite passer à l\'édition Enterprise.', 2, 'Upgrades'],
  ['Remise', 'Type de demande de support : Discussions sur les ventes\nDescription du problème/de la question : remise pour 300 utilisateurs', 2, 'Sales Discussions'],
  ['Commande', 'TYPE DE DEMANDE DE SUPPORT : LIE AU MAGASIN\nDESCRIPTION DU PROBLEME/DE LA QUESTION : notre commande apparaît comme annulée dans le magasin', 2, STORE],
  ['Renewal', '- Type of Support request:\n  Payments Renewal\n- Description of the issue/question:\n  Our partner account renewal is due, what do we need to send?', 3, PR],
  ['Portal', 'TYPE OF SUPPORT REQUEST: STORE RELATED\nDESCRIPTION OF THE ISSUE/QUESTION: NOBODY IN OUR TEAM CAN LOG IN TO THE PARTNER PORTAL', 1, STORE],
  ['Kunde', 'Hallo,\nanbei unsere Anfrage.\n\n- Art der Supportanfrage : Zahlungsverlängerung\n- Beschreibung des Problems/der Frage :\nDas Abo unseres Kunden läuft nächsten Monat ab, bitte verlängern.\n\nDanke', 3, PR],
  ['Question', 'Type de demande de support :\nSupport technique\n\nDescription du problème/de la question :\nComment ajouter un champ de recherche dans Creator ?\n\nCaptures d\'écran/diffusion d\'écran : aucune', 3, TS],
]

const MIXED: Phrasing[] = [
  ['CRM Ausfall', 'Since 9 am none of our users can open CRM, it is completely down.', 1, TS, '24x7'],
  ['Frage zu Berichten', 'How can I schedule a report to be emailed every Monday?', 3, TS],
  ['Kündigung Kunde', 'Please cancel the subscription of our customer at the end of the month.', 1, PR],
  ['Rechnung falsch', 'Could you please correct the company name on your invoice INV-3381?', 2, INV],
  ['Provision fehlt', 'We have not received our commission for Q1 yet.', 2, COM],
  ['Problème de connexion', 'Nobody in our company can log in to Zoho Desk since this morning.', 1, TS, '24x7'],
  ['Question rapport', 'How do I add a filter to the sales report?', 3, TS],
  ['Résiliation', 'Please terminate the contract of our customer Acme at the end of the term.', 1, PR],
  ['Accès portail partenaire', 'We cannot access the partner portal anymore, it says access denied.', 1, STORE],
  ['Customer report', 'Hello, our customer wrote: "le CRM ne marche plus du tout depuis la mise à jour". Can you check?', 1, TS, '24x7'],
  ['Customer report', 'Hi, our German customer reports: "Der Bericht liefert falsche Zahlen." Could you have a look?', 2, TS],
  ['Login problem', 'Seit heute früh kann sich keiner unserer Mitarbeiter bei Zoho CRM anmelden.', 1, TS, '24x7'],
  ['Question', 'Wie kann ich ein Feld in Desk ausblenden?', 3, TS],
  ['Report issue', 'Der Bericht zeigt doppelte Einträge für jeden Kunden.', 2, TS],
  ['Outage', 'Zoho Mail est en panne depuis 8h pour toute notre société.', 1, TS, '24x7'],
  ['How-to', 'Comment ajouter une signature pour nos agents ?', 3, TS],
  ['Trial', 'Pourriez-vous prolonger l\'essai de notre client de 15 jours ?', 2, TRIAL],
  ['Custom module', 'Hi, how do I create a custom module? Merci d\'avance pour votre aide.', 3, TS],
  ['Workflow', 'Hallo zusammen, the workflow emails are not sent anymore since Monday.', 1, TS],
]

const SHORT: Phrasing[] = [
  ['CRM down', '', 1, TS, '24x7'],
  ['Cannot log in to Desk', '', 1, TS, '24x7'],
  ['How to add a custom field?', '', 3, TS],
  ['Please cancel subscription for Acme Ltd', '', 1, PR],
  ['Commission Q1 missing', '', 2, COM],
  ['Feature request: dark mode', '', 3, PMR],
  ['Report shows wrong totals', '', 2, TS],
  ['Trial extension for Acme', '', 2, TRIAL],
  ['Partner portal not accessible', '', 1, STORE],
  ['Renewal of our partner account', '', 3, PR],
  ['Urgent', '', 3, TS],
  ['Zoho Books is down', '<div><br></div>', 1, TS, '24x7'],
  ['CRM ausgefallen', '', 1, TS, '24x7'],
  ['Anmeldung nicht möglich', '', 1, TS, '24x7'],
  ['Wie lege ich ein Pflichtfeld an?', '', 3, TS],
  ['Kündigung Abo Beispiel GmbH', '', 1, PR],
  ['Provision Q1 fehlt', '', 2, COM],
  ['Funktionsanfrage: Dunkelmodus', '', 3, PMR],
  ['Bericht zeigt falsche Summen', '', 2, TS],
  ['Testzeitraum verlängern', '', 2, TRIAL],
  ['Kein Zugang zum Partnerportal', '', 1, STORE],
  ['Dringend', '', 3, TS],
  ['Wie kann ich Berichte planen?', '<div>&nbsp;</div>', 3, TS],
  ['CRM en panne', '', 1, TS, '24x7'],
  ['Impossible de se connecter à Desk', '', 1, TS, '24x7'],
  ['Comment ajouter un champ personnalisé ?', '', 3, TS],
  ['Résiliation abonnement client Exemple SARL', '', 1, PR],
  ['Commission T1 manquante', '', 2, COM],
  ['Demande de fonctionnalité : mode sombre', '', 3, PMR],
  ['Le rapport affiche des totaux faux', '', 2, TS],
  ['Prolongation de la période d\'essai', '', 2, TRIAL],
  ['Pas d\'accès au portail partenaire', '', 1, STORE],
  ['Très urgent', '', 3, TS],
  ['Renouvellement de notre compte partenaire', '', 3, PR],
  ['Re: Partner portal down', '', 1, STORE],
  ['API error 500 on every call', '', 1, TS],
  ['Mail control panel access', '', 3],
]

// What the fixes of this round read, and what they must leave alone.
const TRAPS: Phrasing[] = [
  // "the problem is resolved" is the subject's trouble over; not when the cue is negated
  ['Re: CRM down', 'Thanks, the problem is resolved on our side.', 3],
  ['AW: Ausfall', 'Danke, das Problem ist auf unserer Seite gelöst.', 3],
  ['RE: Panne', 'Merci, le problème est résolu.', 3],
  ['Re: CRM down', 'The problem is not resolved yet.', 1, TS, '24x7'],
  ['AW: Ausfall', 'Das Problem ist noch nicht gelöst.', 1, TS, '24x7'],
  ['AW: Ausfall', 'Das Problem ist leider immer noch nicht behoben.', 1, TS, '24x7'],
  ['RE: Panne', 'Le problème n\'est toujours pas résolu.', 1, TS, '24x7'],
  ['Status', 'Der Ausfall ist noch nicht behoben.', 1, TS, '24x7'],
  // a forward's subject is the forwarded message's: "FYI" alone says nothing of the partner's own
  ['Fwd: Problem', 'FYI\n\n---------- Forwarded message ---------\nFrom: Customer <c@example.com>\nDate: Mon, 9 Mar 2026\n\nThe sales report shows wrong totals since Monday.', 2, TS],
  ['WG: Problem', 'Zur Info\n\n---------- Weitergeleitete Nachricht ---------\nVon: Kunde <k@example.com>\nDatum: Mo., 9. März 2026\n\nBitte kündigen Sie unser Abonnement zum Monatsende.', 1, PR],
  // a subject's type word names what the text names: set aside there, set aside in the subject
  ['Invoice', 'How do I set up recurring invoices in Zoho Books?', 3, TS],
  ['Rechnung', 'Wie richte ich in Zoho Books wiederkehrende Rechnungen ein?', 3, TS],
  ['Invoice', 'Please correct the billing address on your invoice INV-881. Our recurring invoices in Books are not affected.', 2, INV],
  // a sentence whose stop words tie: each clause in its own language
  ['Customer report', 'Hi, our German customer reports:\nDer Bericht liefert falsche Zahlen.\nCould you have a look?', 2, TS],
  ['Customer', 'Hello, the customer says: « le rapport affiche des totaux faux ». Can you check?', 2, TS],
]

describe('DOMAIN.md §3–§4 in the shapes Desk tickets take', () => {
  it('reads the traps of these shapes as they say, and no further', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
  it('reads HTML descriptions as the words they carry', async () => {
    expect(await misread(HTML)).to.deep.equal([])
  })
  it('reads a subject and a body that say different things', async () => {
    expect(await misread(SUBJECT_VS_BODY)).to.deep.equal([])
  })
  it('reads the request template with free text and odd formatting', async () => {
    expect(await misread(TEMPLATE)).to.deep.equal([])
  })
  it('reads mixed-language tickets', async () => {
    expect(await misread(MIXED)).to.deep.equal([])
  })
  it('reads subject-only tickets', async () => {
    expect(await misread(SHORT)).to.deep.equal([])
  })
})
