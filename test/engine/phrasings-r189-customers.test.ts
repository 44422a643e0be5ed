// Round 189: failures told through what the partner's end customers, clients, visitors, recipients, respondents,
// candidates or callers can no longer do: pay, check out, book a meeting, sign the documents sent to them, submit a form
// or a survey, start a chat, reach the agents, open the link sent to them, download their invoice (concepts `served
// public`, `public task`; rules `the public kept from their task`, `none of the public can do their task`, `the public
// gets an error at their task`, `the public gets an error page at their task`: 1 on 24x5, round 145's choice for a task
// failing for everyone while the product is up), their portal sign-in staying a login failure (24x7), and a blank page or
// an error 500 staying the outage words they were (24x7). One of them (`one served`) or some of them is 2. The partner's
// own payment processing that takes no payment (`payments processed`, rule `payments not processed`) is the product's,
// Technical Support 1, no Payments Renewal; its payment to Zoho, a failed renewal payment and an extension asked stay
// Operations'. Traps: how-tos, questions, thanks, a negation, a hypothesis, one customer, some customers.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const ROWS: Phrasing[] = [
  // 1. none of the public, or the public as a whole, kept from their task
  ['Bookings', 'None of our customers can book a meeting.', 1, TS, '24x5'],
  ['Bookings', 'Not one of our customers can book a meeting.', 1, TS, '24x5'],
  ['Zahlung', 'Kein einziger Kunde kann mehr bezahlen.', 1, TS, '24x5'],
  ['Bookings', 'Since the update our clients cannot book appointments through the booking page.', 1, TS, '24x5'],
  ['Zoho Sign', 'Customers cannot sign the documents we send, the link expires instantly.', 1, TS, '24x5'],
  ['Forms', 'None of our clients can submit the intake form, they get "something went wrong".', 1, TS, '24x5'],
  ['Survey', 'Respondents cannot submit the survey since this morning.', 1, TS, '24x5'],
  ['SalesIQ', 'Visitors can no longer start a chat on our website.', 1, TS, '24x5'],
  ['Phones', 'Callers cannot reach our agents, every call drops after the greeting.', 1, TS, '24x5'],
  ['Campaign', 'Recipients cannot open the link we sent them in yesterday\'s mailing.', 1, TS, '24x5'],
  ['Portal', 'Our clients can no longer download their invoices from the portal.', 1, TS, '24x5'],
  ['Termine', 'Keiner unserer Kunden kann mehr einen Termin buchen.', 1, TS, '24x5'],
  ['Zoho Sign', 'Unsere Kunden können die Dokumente, die wir zur Unterschrift senden, nicht unterschreiben. Der Link ist sofort abgelaufen.', 1, TS, '24x5'],
  ['Formular', 'Keiner unserer Kunden kann das Formular absenden.', 1, TS, '24x5'],
  ['Chat', 'Besucher können auf unserer Website keinen Chat mehr starten.', 1, TS, '24x5'],
  ['Rechnungen', 'Unsere Kunden können ihre Rechnungen nicht mehr herunterladen, es kommt immer eine Fehlermeldung.', 1, TS, '24x5'],
  ['Rendez-vous', 'Aucun de nos clients ne peut prendre rendez-vous.', 1, TS, '24x5'],
  ['Signature', 'Les clients ne peuvent pas signer les documents que nous envoyons, le lien expire tout de suite.', 1, TS, '24x5'],
  ['Lien', 'Les destinataires ne peuvent pas ouvrir le lien que nous avons envoyé.', 1, TS, '24x5'],
  // 2. the public gets an error at their task
  ['Payment error', 'Customers see an error when they try to pay.', 1, TS, '24x5'],
  ['Pay now', 'Our customers get "page not found" when they click pay now.', 1, TS, '24x5'],
  ['Signing', 'Signers get an error when they open the documents we sent.', 1, TS, '24x5'],
  ['Bezahlen', 'Kunden bekommen eine Fehlermeldung, wenn sie bezahlen wollen.', 1, TS, '24x5'],
  ['Zahlungslink', 'Unsere Kunden bekommen "Seite nicht gefunden", wenn sie auf den Zahlungslink klicken.', 1, TS, '24x5'],
  ['Paiement', 'Les clients voient une erreur quand ils essaient de payer.', 1, TS, '24x5'],
  ['Factures', 'Nos clients obtiennent une erreur quand ils essaient de télécharger leur facture.', 1, TS, '24x5'],
  // 3. a blank page or an error 500 stays an outage word (24x7); the portal sign-in a login failure (24x7)
  ['Checkout', 'Customers get a blank page at checkout.', 1, TS, '24x7'],
  ['Kasse', 'Kunden sehen eine leere Seite, wenn sie zur Kasse gehen.', 1, TS, '24x7'],
  ['Page blanche', 'Nos clients voient une page blanche au moment de payer.', 1, TS, '24x7'],
  ['Customers cannot pay', 'Since this morning every customer who clicks Pay Now gets an error 500.', 1, TS, '24x7'],
  ['Portal login', 'None of our customers can log in to the customer portal since 8am.', 1, TS, '24x7'],
  ['Kundenportal', 'Unsere Kunden können sich nicht mehr im Kundenportal anmelden.', 1, TS, '24x7'],
  ['Portail client', 'Nos clients ne peuvent plus se connecter au portail client.', 1, TS, '24x7'],
  ['Portal', 'Customers cannot open the portal to pay their invoices.', 1, TS, '24x7'],
  // 4. the partner's own payment processing: the product's, no subscription payment
  ['Zoho Checkout', 'We are unable to process any payments through Zoho Checkout.', 1, TS, '24x5'],
  ['Payments', 'We are unable to process any payments in Zoho Books since the gateway update.', 1, TS, '24x5'],
  ['Zahlungen', 'Wir können keine Zahlungen mehr verarbeiten.', 1, TS, '24x5'],
  ['Zahlungen', 'Seit dem Update können wir über Zoho Checkout keine Zahlungen mehr annehmen.', 1, TS, '24x5'],
  ['Paiements', 'Nous ne pouvons plus traiter aucun paiement.', 1, TS, '24x5'],
  ['Paiements', 'Depuis hier nous ne pouvons plus accepter de paiements en ligne.', 1, TS, '24x5'],
  ['Help', 'How do we process payments through Zoho Checkout?', 3, TS, '24x5'],
  ['Question', 'Can Zoho Checkout process payments in USD and EUR?', 3, TS, '24x5'],
  // 5. genuine payment-renewal tickets keep their reading
  ['Renewal', 'Our renewal payment failed, what should we do?', 3, PR, '24x5'],
  ['Subscription', 'Please extend our subscription by one month, the payment is on its way.', 3, PR, '24x5'],
  ['Verlängerung', 'Unsere Verlängerungszahlung ist fehlgeschlagen, wie gehen wir vor?', 3, PR, '24x5'],
  ['Renouvellement', 'Notre paiement de renouvellement a échoué, que devons-nous faire ?', 3, PR, '24x5'],
  ['Payment', 'We cannot pay your invoice, the card is declined.', 2, PR, '24x5'],
  ['Zahlung', 'Wir können Ihre Rechnung nicht bezahlen.', 2, PR, '24x5'],
  ['Paiement', 'Nous ne pouvons pas payer votre facture.', 2, PR, '24x5'],
  ['Renewal', 'Please process our renewal payment.', 3, PR, '24x5'],
  ['Renouvellement', 'Merci de traiter le paiement de notre renouvellement.', 3, PR, '24x5'],
  // 6. beside an Operations matter, the public's failure decides the type
  ['Renewal quote', 'Thanks for the renewal quote. Since 9 none of our customers can book a meeting on our site.', 1, TS, '24x5'],
  ['Invoice INV-2231', 'Thanks for the corrected invoice. Unrelated: customers see an error when they try to pay on our website.', 1, TS, '24x5'],
  ['Verlängerung', 'Danke für das Angebot zur Verlängerung. Seit heute früh können unsere Kunden die Dokumente nicht mehr unterschreiben.', 1, TS, '24x5'],
  // 7. one customer, or some customers: 2
  ['Payment', 'One customer sees an error when he tries to pay.', 2, TS, '24x5'],
  ['Zoho Sign', 'A client cannot sign the document we sent.', 2, TS, '24x5'],
  ['Bookings', 'Some of our customers cannot book a meeting.', 2, TS, '24x5'],
  ['Checkout', 'Some customers see a blank page at checkout on Safari.', 2, TS, '24x5'],
  ['Formular', 'Ein Kunde kann das Formular nicht absenden.', 2, TS, '24x5'],
  ['Bezahlen', 'Einige Kunden können nicht bezahlen.', 2, TS, '24x5'],
  ['Paiement', 'Un client voit une erreur quand il essaie de payer.', 2, TS, '24x5'],
  ['Paiement', 'Certains clients ne peuvent pas payer.', 2, TS, '24x5'],
  ['Paiement', 'Un client n\'arrive pas à payer, les autres oui.', 2, TS, '24x5'],
  // 8. traps: how-tos, questions, thanks, a negation, a hypothesis, a duplicate submission asked about
  ['Booking page', 'How can customers book a meeting through our booking page?', 3, TS, '24x5'],
  ['Bookings', 'Customers cannot book a meeting on Sundays, how do we enable that?', 3, TS, '24x5'],
  ['Zoho Sign', 'Can customers sign documents on their phone?', 3, TS, '24x5'],
  ['Re: Customers cannot pay', 'Customers can pay again, thanks for the quick fix!', 3, TS, '24x5'],
  ['Confirmation text', 'No outage, customers can book meetings fine. We just want to change the text of the confirmation email.', 3, TS, '24x5'],
  ['Signing', 'What happens if a customer does not sign the document before the link expires?', 3, TS, '24x5'],
  ['Forms', 'Some people submit our sign-up form twice. Is there a setting to allow only one submission per email address?', 3, TS, '24x5'],
  ['Online-Termine', 'Wir möchten, dass Kunden Termine online buchen können. Wie richten wir das ein?', 3, TS, '24x5'],
  ['Factures', 'Comment nos clients peuvent-ils télécharger leurs factures ?', 3, TS, '24x5'],
  ['Formulaire', 'Comment faire pour que le formulaire n\'arrive pas en double quand une personne remplit le formulaire deux fois ?', 3, TS, '24x5'],
]

describe('phrasings, round 189: what the end customers can no longer do', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
