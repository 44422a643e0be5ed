// Round 191: Operations tickets inside the request template (EN/DE/FR labels, values on the label's line or the next,
// bullets, extra spaces) and as plain mails. No access to the partner portal or the store said in German with "kommen"
// ("wir kommen nicht mehr in den Shop", `access`), the partner's rights gone ("keine Berechtigung mehr", rule `rights to
// portal or store gone`), the access said barred with its words apart ("our access to the partner portal has been
// blocked", rule `portal or store access barred`) are 1; ending the work with Zoho as a wish or a decision ("we want to
// stop working with Zoho", "nicht mehr mit Zoho zusammenarbeiten", "cesser notre partenariat", `terminate`, which
// `outage` yields to) is a cancellation, 1. The 3s (customer mapping, mail control panel, partner account renewal) and
// the 2s (commission amounts, invoice addresses, trial extensions, upgrades, sales talk) keep their readings. Traps:
// how-tos, access had "but" another thing, one who left, a cancellation called off, a sync that stops working.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. no access to the store or the portal, German "kommen", in the template and as a mail
  ['Shop', 'Art der Supportanfrage:\nShop\nBeschreibung des Problems/der Frage:\nWir kommen nicht mehr in den Shop.', 1, 'Store Related', '24x5'],
  ['Anfrage', '- Art der Supportanfrage :   Shop\n- Beschreibung des Problems/der Frage :\n   Seit heute Morgen kommen wir nicht mehr in den Zoho Store.', 1, 'Store Related', '24x5'],
  ['Partnerbereich', 'Seit dem Passwortwechsel kommt keiner von uns mehr in den Partnerbereich.', 1, 'Store Related', '24x5'],
  ['Store', 'Wir schaffen es nicht mehr, in den Store zu kommen.', 1, 'Store Related', '24x5'],
  ['Shop', 'Wie kommen wir in den Zoho Store, um Lizenzen für Kunden zu kaufen?', 3, 'Store Related', '24x5'],
  ['Re: Shop', 'Danke, wir kommen wieder in den Shop.', 2, 'Store Related', '24x5'],
  // 2. the partner's rights to the portal or the store gone
  ['Keine Berechtigung mehr', 'Seit dem Update haben wir keine Berechtigung mehr, im Store Lizenzen für Kunden zu kaufen.', 1, 'Store Related', '24x5'],
  ['Partnerportal', 'Art der Supportanfrage: Shop\nBeschreibung des Problems/der Frage: Uns wurden die Berechtigungen im Partnerportal entzogen.', 1, 'Store Related', '24x5'],
  ['Portal', 'Our permissions in the partner portal were revoked overnight.', 1, 'Store Related', '24x5'],
  ['Portail', 'Nous n\'avons plus les droits sur le portail partenaire depuis lundi.', 1, 'Store Related', '24x5'],
  ['CRM', 'Ein Benutzer hat keine Berechtigung, Deals im CRM zu löschen.', 3, 'Technical Support', '24x5'],
  ['Berechtigung', 'Wie können wir einem neuen Kollegen die Berechtigung für das Partnerportal geben?', 3, 'Store Related', '24x5'],
  // 3. access said barred, its words apart
  ['Portal', 'Our access to the partner portal has been blocked.', 1, 'Store Related', '24x5'],
  ['Store', 'Type of Support request: Store Related\nDescription of the issue/question:\nOur reseller access to the store was suspended without any explanation.', 1, 'Store Related', '24x5'],
  ['Partnerportal', 'Der Zugang zum Partnerportal wurde uns heute gesperrt.', 1, 'Store Related', '24x5'],
  ['Portail', 'Type de demande de support : Lié au magasin\nDescription du problème/de la question : l\'accès au portail partenaire nous a été bloqué.', 1, 'Store Related', '24x5'],
  ['Portal', 'We have access to the partner portal but the order button is disabled for this customer.', 2, 'Store Related', '24x5'],
  ['Portal', 'Our former colleague\'s access to the partner portal was deactivated, which is expected.', 2, 'Store Related', '24x5'],
  ['Portal', 'How do we get our access to the partner portal unblocked after too many attempts?', 3, 'Store Related', '24x5'],
  // 4. other ways in, all three languages (held as they read)
  ['Locked out', 'Type of Support request: Store Related\nDescription of the issue/question: We are locked out of the partner portal since this morning.', 1, 'Store Related', '24x5'],
  ['Store', 'The store won\'t let us in anymore, it keeps sending us back to the sign-in page.', 1, 'Store Related', '24x5'],
  ['Boutique', 'Type de demande de support :\nLié au magasin\nDescription du problème/de la question :\nOn n\'arrive plus à entrer dans la boutique.', 1, 'Store Related', '24x5'],
  ['Portail', 'Le portail partenaire ne nous laisse plus entrer.', 1, 'Store Related', '24x5'],
  ['Portal login', 'Type of Support request: Store Related\nDescription of the issue/question: One of our sales reps cannot log in to the partner portal, the others are fine.', 1, 'Store Related', '24x5'],
  // 5. ending the work with Zoho, a cancellation
  ['Stop', 'We want to stop working with Zoho. Please let us know what is needed from our side.', 1, 'Payments Renewal', '24x5'],
  ['Reseller', 'We have decided to stop working with Zoho as a reseller at the end of the quarter.', 1, 'Payments Renewal', '24x5'],
  ['Partnership', 'We no longer want to work with Zoho, please close our partner account.', 1, 'Payments Renewal', '24x5'],
  ['Zusammenarbeit', 'Wir möchten nicht mehr mit Zoho zusammenarbeiten.', 1, 'Payments Renewal', '24x5'],
  ['Zusammenarbeit', 'Art der Supportanfrage: Zahlungsverlängerung\nBeschreibung des Problems/der Frage: Wir werden die Zusammenarbeit mit Zoho zum Jahresende einstellen.', 1, 'Payments Renewal', '24x5'],
  ['Partenariat', 'Nous avons décidé de cesser notre partenariat avec Zoho.', 1, 'Payments Renewal', '24x5'],
  ['Collaboration', 'Nous ne travaillerons plus avec Zoho à partir de juillet.', 1, 'Payments Renewal', '24x5'],
  ['Integration', 'Since the update the Outlook integration stopped working with Zoho CRM for all users.', 1, 'Technical Support', '24x7'],
  ['CRM', 'Nous ne pouvons plus travailler avec Zoho CRM depuis ce matin.', 1, 'Technical Support', '24x5'],
  // 6. cancellations with verbs and nouns (held as they read)
  ['Kündigung', 'Art der Supportanfrage: Zahlungsverlängerung\nBeschreibung des Problems/der Frage: Kündigung zum Monatsende für den Kunden Müller GmbH.', 1, 'Payments Renewal', '24x5'],
  ['Résiliation', 'Type de demande de support : Renouvellement de paiements\nDescription du problème/de la question : Nous demandons la résiliation de notre contrat.', 1, 'Payments Renewal', '24x5'],
  ['Cancellation', 'Type of Support request:\n   Payments Renewal\nDescription of the issue/question:\n   Cancellation of all 25 licences for customer Brown & Co at the end of the month.', 1, 'Payments Renewal', '24x5'],
  ['Subscription', 'Type of Support request: Payments Renewal\nDescription of the issue/question: Please do not cancel the subscription of Acme, the customer has paid now.', 2, 'Payments Renewal', '24x5'],
  ['Add-on', 'Is it possible to cancel only one of the add-ons of our customer?', 3, 'Payments Renewal', '24x5'],
  ['Kündigung', 'Wir haben uns entschieden, doch nicht zu kündigen. Bitte die Lizenzen verlängern.', 3, 'Payments Renewal', '24x5'],
  // 7. the 3s: customer mapping, mail control panel, partner account renewal
  ['Customer mapping', 'Type of Support request: Store Related\nDescription of the issue/question: How can we map our new customer to our partner account?', 3, 'Store Related', '24x5'],
  ['Zuordnung', 'Art der Supportanfrage: Shop\nBeschreibung des Problems/der Frage: Wie funktioniert die Kundenzuordnung zu unserem Partnerkonto?', 3, 'Store Related', '24x5'],
  ['Rattachement', 'Comment rattacher un client à notre compte partenaire ?', 3, 'Store Related', '24x5'],
  ['MCP', 'Art der Supportanfrage: Shop\nBeschreibung des Problems/der Frage: Wo finden wir das Mail Control Panel?', 3, 'Store Related', '24x5'],
  ['Mail control panel', 'How do we get access to the mail control panel for our customer\'s domain?', 3, 'Store Related', '24x5'],
  ['Renewal', 'Hi, our partner account expires on 30 April. Please renew it.', 3, 'Payments Renewal', '24x5'],
  ['Verlängerung', 'Art der Supportanfrage: Zahlungsverlängerung\nBeschreibung des Problems/der Frage:\nBitte unser Partnerkonto um ein Jahr verlängern.', 3, 'Payments Renewal', '24x5'],
  // 8. the 2s: commission, invoice, trial, upgrade, sales talk
  ['Commission', 'Type of Support request: Commission Payment\nDescription of the issue/question: The commission amount for Q1 seems too low.', 2, 'Commission Payment', '24x5'],
  ['Provision', 'Wir haben für März weniger Provision erhalten als erwartet.', 2, 'Commission Payment', '24x5'],
  ['Facture', 'Type de demande de support : Modifications de facture\nDescription du problème/de la question : Merci de corriger l\'adresse de facturation.', 2, 'Invoice changes', '24x5'],
  ['Rechnung', 'Bitte ändern Sie die Rechnungsadresse auf unserer Rechnung INV-4411, wir sind umgezogen.', 2, 'Invoice changes', '24x5'],
  ['Testzeitraum', 'Art der Supportanfrage: Verlängerung des Testzeitraums\nBeschreibung des Problems/der Frage: Bitte den Testzeitraum um zwei Wochen verlängern.', 2, 'Trial Extension', '24x5'],
  ['Upgrade', 'Type of Support request: Upgrades\nDescription of the issue/question: Our customer wants to move from Standard to Professional.', 2, 'Upgrades', '24x5'],
  ['Verkaufsgespräch', 'Art der Supportanfrage: Verkaufsgespräche\nBeschreibung des Problems/der Frage: Wir hätten gern einen Termin zu Staffelpreisen für 200 Lizenzen.', 2, 'Sales Discussions', '24x5'],
]

describe('phrasings, round 191: Operations tickets in the template and as mails', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
