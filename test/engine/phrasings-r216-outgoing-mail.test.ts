// Round 216: mail and notifications that go OUT but never arrive, ~60 % en, 20 % de, 20 % fr. Outgoing mail that reaches
// no customer (replies that never reach them, all stuck in the outbox, every mail in spam, invoices mailed from Books
// that never arrive, a campaign "sent" that nobody got) and notifications nobody is sent are a feature doing nothing for
// everyone: Technical Support 1 on 24x5 (rounds 110, 123, 174, 192). Choice: sending that no longer happens, said with
// "anymore", "mehr", "plus" ("not sent to customers anymore", "keine Benachrichtigungen mehr … verschickt", "gehen keine
// E-Mails mehr raus", "ne partent plus", "ne sont plus envoyés"), keeps the total stop's 24x7, as round 121's "stopped
// being sent" and dev r40fr-006 / r26st-033 have it (a 24x5 reading was tried and made both newly wrong); mail sent but
// not delivered to anyone any more stays round 192's 24x5. German "keine Benachrichtigungen an die Agenten verschickt"
// (no "mehr", the participle after the recipients) read 3 and is 1 on 24x5 (concept `none sent de`, rule `none sent in
// German order`). Mail to the partner that stopped ("Bei uns kommen keine E-Mails mehr an") stays 24x7. Choice: password
// reset mails sent to no portal user are a login failure (1, 24x7, as round 130's reset mail that never comes). Traps:
// one customer or one client while the others get them (2; "the others get them", "alle anderen schon" are `everyone
// else fine`), some mails in spam (2),
// delays of minutes (2), SPF/DKIM and notification how-tos (3), mail that arrives again now ("jetzt kommen sie wieder
// an", 3), a hypothesis (3), notifications muted on purpose (3), a negation (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 216 (/work/tools/probes/r216.txt)
  ["Replies not reaching customers", "Our replies never reach the customers. They say they got nothing from us this week.", 1, 'Technical Support', '24x5'],
  ["Customers not getting our answers", "Customers don't receive any of our answers since Monday.", 1, 'Technical Support', '24x5'],
  ["Outbox stuck", "All outgoing mails are stuck in the outbox since this morning.", 1, 'Technical Support', '24x5'],
  ["Emails in spam", "Every mail we send lands in the customers' spam folder.", 1, 'Technical Support', '24x5'],
  ["No notifications", "No notification emails are sent to agents any more.", 1, 'Technical Support', '24x7'],     // (round 217: "any more" closing the sentence, as "not sent … anymore")
  ["SLA alerts", "SLA alerts stopped going out on Friday.", 1, 'Technical Support', '24x7'],
  ["Assignment notifications", "Assignment notifications are not sent. Agents don't know when a ticket is assigned to them.", 1, 'Technical Support', '24x5'],
  ["Campaign not received", "The campaign mails show as sent but nobody received them.", 1, 'Technical Support', '24x5'],
  ["Invoices not arriving", "Invoices emailed from Books never arrive at our customers.", 1, 'Technical Support', '24x5'],
  ["Outgoing mail broken", "None of our outgoing emails are being delivered.", 1, 'Technical Support', '24x5'],
  ["Emails not delivered", "Emails sent from Desk are not delivered to customers. The ticket shows the reply as sent.", 1, 'Technical Support', '24x5'],
  ["Customers receive nothing", "Our customers are not receiving any emails from our CRM.", 1, 'Technical Support', '24x5'],
  ["Replies lost", "Replies sent from Zoho Desk never get to the customer. This affects all agents.", 1, 'Technical Support', '24x5'],
  ["Outgoing mail", "Since the update no outgoing email leaves Zoho Mail. They all sit in the Outbox.", 1, 'Technical Support', '24x5'],
  ["Mails not going out", "Our emails are not going out. Nothing has been sent since 10am.", 1, 'Technical Support', '24x5'],
  ["Spam folder", "All our mails to customers end up in junk. Customers only find them by searching spam.", 1, 'Technical Support', '24x5'],
  ["Estimates never arrive", "Quotes we email to clients never show up in their inbox.", 1, 'Technical Support', '24x5'],
  ["Notifications", "Agents are not getting any ticket notifications since yesterday.", 1, 'Technical Support', '24x5'],
  ["Email alerts not sent", "Workflow email alerts are not being sent to anyone.", 1, 'Technical Support', '24x5'],
  ["Notifications stopped", "Email notifications have stopped being sent.", 1, 'Technical Support', '24x7'],
  ["Customers can't get our mails", "None of our customers get the emails we send from Books.", 1, 'Technical Support', '24x5'],
  ["Acknowledgement emails", "The auto-acknowledgement emails are not sent to customers anymore when they open a ticket.", 1, 'Technical Support', '24x7'],
  ["Password reset emails", "Password reset emails are not sent to any of our portal users.", 1, 'Technical Support', '24x7'],
  ["Mail delivery", "Nothing we send gets delivered. Customers keep calling to ask why we never answered.", 1, 'Technical Support', '24x5'],
  ["Sent but not received", "Emails show as sent in the CRM but the recipients never receive them.", 1, 'Technical Support', '24x5'],
  ["Outbound emails", "Outbound emails are failing silently: no bounce, no error, they just never arrive.", 1, 'Technical Support', '24x5'],
  ["One customer", "One customer doesn't receive our replies, all others do.", 2, 'Technical Support', '24x5'],
  ["A client's emails", "A client says our invoices don't arrive in his mailbox. Other customers get them fine.", 2, 'Technical Support', '24x5'],
  ["Some in spam", "Some of our mails land in the customers' spam folder.", 2, 'Technical Support', '24x5'],
  ["Mails delayed", "Outgoing mails are delayed by a few minutes before they arrive.", 2, 'Technical Support', '24x5'],
  ["Notifications late", "Notifications reach agents about 10 minutes late.", 2, 'Technical Support', '24x5'],
  ["SPF/DKIM", "How do we configure SPF and DKIM so our mails don't land in spam?", 3, 'Technical Support', '24x5'],
  ["Notifications setup", "How can I set up notifications for agents when a ticket is assigned?", 3, 'Technical Support', '24x5'],
  ["Working again", "Our replies weren't reaching customers this morning, but they arrive again now. Thanks.", 3, 'Technical Support', '24x5'],
  ["Question", "What happens if our outgoing mails don't reach customers? Is there a retry?", 3, 'Technical Support', '24x5'],
  ["Muted", "We turned off the assignment notifications on purpose. How can we turn them back on for one team?", 3, 'Technical Support', '24x5'],
  ["No mail problem", "Mail delivery is fine, no problem with outgoing mail. We just want to change the signature.", 3, 'Technical Support', '24x5'],
  ["Antworten kommen nicht an", "Unsere Antworten kommen beim Kunden nicht an.", 1, 'Technical Support', '24x5'],
  ["Postausgang", "Alle ausgehenden Mails hängen im Postausgang.", 1, 'Technical Support', '24x5'],
  ["Benachrichtigungen", "Seit gestern werden keine Benachrichtigungen mehr an die Agenten verschickt.", 1, 'Technical Support', '24x7'],
  ["Spam", "Alle E-Mails, die wir senden, landen beim Kunden im Spam.", 1, 'Technical Support', '24x5'],
  ["Rechnungen kommen nicht an", "Die Rechnungen, die wir aus Books per E-Mail versenden, kommen bei den Kunden nie an.", 1, 'Technical Support', '24x5'],
  ["Keine Mails raus", "Seit Montag gehen keine E-Mails mehr raus.", 1, 'Technical Support', '24x7'],
  ["Kunden bekommen nichts", "Unsere Kunden erhalten keine E-Mails mehr von uns.", 1, 'Technical Support', '24x5'],
  ["Ein Kunde", "Ein Kunde bekommt unsere Antworten nicht, bei allen anderen klappt es.", 2, 'Technical Support', '24x5'],
  ["SPF", "Wie richten wir SPF und DKIM ein, damit unsere Mails nicht im Spam landen?", 3, 'Technical Support', '24x5'],
  ["Wieder ok", "Die Mails kamen heute früh nicht an, jetzt kommen sie wieder an. Danke.", 3, 'Technical Support', '24x5'],
  ["Verzögert", "Ausgehende Mails kommen mit einigen Minuten Verzögerung an.", 2, 'Technical Support', '24x5'],
  ["Réponses non reçues", "Nos réponses n'arrivent pas chez les clients.", 1, 'Technical Support', '24x5'],
  ["Boîte d'envoi", "Les e-mails sortants restent bloqués dans la boîte d'envoi.", 1, 'Technical Support', '24x5'],
  ["Notifications", "Les notifications ne partent plus.", 1, 'Technical Support', '24x7'],
  ["Spam", "Tous nos e-mails arrivent dans les spams de nos clients.", 1, 'Technical Support', '24x5'],
  ["Factures", "Les factures envoyées par e-mail depuis Books n'arrivent jamais chez nos clients.", 1, 'Technical Support', '24x5'],
  ["Aucun e-mail envoyé", "Aucun e-mail ne part depuis lundi.", 1, 'Technical Support', '24x5'],
  ["Clients", "Nos clients ne reçoivent plus nos e-mails depuis ce matin.", 1, 'Technical Support', '24x5'],
  ["Un client", "Un seul client ne reçoit pas nos réponses, les autres oui.", 2, 'Technical Support', '24x5'],
  ["Paramétrer", "Comment paramétrer les notifications pour les agents ?", 3, 'Technical Support', '24x5'],
  ["Résolu", "Nos e-mails n'arrivaient pas ce matin, mais maintenant ils arrivent de nouveau.", 3, 'Technical Support', '24x5'],
  ["Retard", "Les e-mails sortants arrivent avec quelques minutes de retard.", 2, 'Technical Support', '24x5'],
  // 2. more forms of the same meanings, and traps around `sent out no more`
  ["Notifications", "Notifications are not being sent to agents anymore.", 1, 'Technical Support', '24x7'],
  ["Mail", "Our invoices don't go out anymore.", 1, 'Technical Support', '24x7'],
  ["Notifications", "Reminder emails aren't sent to customers anymore.", 1, 'Technical Support', '24x7'],
  ["Mail", "How do we make sure reminder emails are not sent to customers anymore after they paid?", 3, 'Technical Support', '24x5'],
  ["Notifications", "We don't want the survey emails sent to customers anymore. How do we switch them off?", 3, 'Technical Support', '24x5'],
  ["Mail", "One customer is not sent our invoices anymore, the others get them.", 2, 'Technical Support', '24x5'],
  ["Notifications", "Email notifications have stopped being sent.", 1, 'Technical Support', '24x7'],
  ["Mail", "Die Rechnungen werden nicht mehr verschickt.", 1, 'Technical Support', '24x7'],
  ["Notifications", "Es werden keine E-Mails mehr versendet.", 1, 'Technical Support', '24x7'],
  ["Mail", "Wie stellen wir ein, dass keine Benachrichtigungen mehr an die Agenten verschickt werden?", 3, 'Technical Support', '24x5'],
  ["Notifications", "Ein Kunde bekommt keine Mails mehr von uns, alle anderen schon.", 2, 'Technical Support', '24x5'],
  ["Mail", "Gestern gingen keine Mails raus, jetzt gehen sie wieder raus.", 3, 'Technical Support', '24x5'],
  ["Notifications", "Les e-mails ne sont plus envoyés aux clients.", 1, 'Technical Support', '24x7'],
  ["Mail", "Les e-mails sortants ne partent plus depuis ce matin.", 1, 'Technical Support', '24x7'],
  ["Notifications", "Comment faire pour que les e-mails de suivi ne partent plus le week-end ?", 3, 'Technical Support', '24x5'],
  ["Mail", "Un seul client ne reçoit plus nos factures, les autres oui.", 2, 'Technical Support', '24x5'],
  ["Notifications", "Les factures ne sortent plus.", 1, 'Technical Support', '24x7'],
  ["Mail", "We are not receiving any emails anymore.", 1, 'Technical Support', '24x7'],
  ["Notifications", "Bei uns kommen keine E-Mails mehr an.", 1, 'Technical Support', '24x7'],
  ["Mail", "The other customers get them fine, only one client says our invoices don't arrive.", 2, 'Technical Support', '24x5'],
  // 3. German: none of the mail or notifications sent, the participle after the recipients (`none sent de`, 24x5)
  ['Benachrichtigungen', 'Seit gestern werden keine Benachrichtigungen an die Agenten verschickt.', 1, 'Technical Support', '24x5'],
  ['E-Mails', 'Es werden keine E-Mails an die Kunden versendet.', 1, 'Technical Support', '24x5'],
  ['Frage', 'Wie stellen wir ein, dass keine Benachrichtigungen an die Agenten verschickt werden?', 3, 'Technical Support', '24x5'],
  ['Ein Kunde', 'An einen Kunden werden keine Rechnungen zugestellt, bei allen anderen klappt es.', 2, 'Technical Support', '24x5'],
]

describe('phrasings, round 216: outgoing mail and notifications that never arrive', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
