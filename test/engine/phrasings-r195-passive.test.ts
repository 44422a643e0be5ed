// Round 195: failures told in the passive or impersonally, the people who cannot do the task named as its agent ("Tickets
// cannot be answered by any agent", "Termine können von Kunden nicht mehr gebucht werden", "Les rendez-vous ne peuvent plus
// être réservés par les clients"): a feature failing for everyone, 1 on 24x5 (rules `task nobody can do told in the passive`,
// `passive by people` beside `ability lost`, and `task nobody does told in the passive`, the agent itself a negation: "von
// keinem Agenten", "par personne", "by no one"); for some of them it is 2 (`task lost for some told in the passive`). French
// feminine participles ("Aucune facture ne peut plus être créée") are the product's work, so its invoices are its own
// (Technical Support). A question about a document the product makes from another ("Can invoices be created from a quote?",
// `document made by the product`) is a how-to (Technical Support 3), while a change to the invoice Zoho sent stays Invoice
// changes. Traps: one record locked by an approval (`record lock`, no lockout), a record in a final state ("closed tickets",
// `finished records`), questions, how-tos, some of them, a fix.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the task told in the passive, the people named
  ['Desk replies', 'Tickets cannot be answered by any agent.', 1, 'Technical Support', '24x5'],
  ['Helpdesk', 'Since 8am, emails cannot be replied to by any of our agents.', 1, 'Technical Support', '24x5'],
  ['Bookings', 'Appointments can no longer be booked by customers.', 1, 'Technical Support', '24x5'],
  ['Booking page', 'Since the update, meetings can no longer be scheduled by our clients.', 1, 'Technical Support', '24x5'],
  ['CRM deals', "Deals can't be edited by anyone.", 1, 'Technical Support', '24x5'],
  ['Deals', "Deals can't be edited by any of our sales reps since this morning.", 1, 'Technical Support', '24x5'],
  ['CRM', "Leads can't be converted by anybody in sales.", 1, 'Technical Support', '24x5'],
  ['Timesheets', 'Timesheets cannot be submitted by employees since Monday.', 1, 'Technical Support', '24x5'],
  ['Forms', "Our web form can't be submitted by visitors anymore.", 1, 'Technical Support', '24x5'],
  ['Deals', 'Deals can be edited by no one since this morning.', 1, 'Technical Support', '24x5'],
  ['Desk', 'Tickets können von keinem Agenten mehr beantwortet werden.', 1, 'Technical Support', '24x5'],
  ['Tickets', 'Tickets können seit heute früh von niemandem mehr geschlossen werden.', 1, 'Technical Support', '24x5'],
  ['Buchungen', 'Termine können von Kunden nicht mehr gebucht werden.', 1, 'Technical Support', '24x5'],
  ['Buchung', 'Kurse können von unseren Kunden nicht mehr gebucht werden.', 1, 'Technical Support', '24x5'],
  ['Angebote', 'Angebote können von keinem Vertriebsmitarbeiter mehr freigegeben werden.', 1, 'Technical Support', '24x5'],
  ['Kontakte', 'Kontakte lassen sich von niemandem mehr importieren.', 1, 'Technical Support', '24x5'],
  ['Rendez-vous', 'Les rendez-vous ne peuvent plus être réservés par les clients.', 1, 'Technical Support', '24x5'],
  ['Réservation', 'Les cours ne peuvent plus être réservés par nos clients depuis ce matin.', 1, 'Technical Support', '24x5'],
  ['Tickets', 'Les tickets ne peuvent plus être clôturés par nos agents.', 1, 'Technical Support', '24x5'],
  ['Devis', 'Les devis ne peuvent plus être envoyés par personne.', 1, 'Technical Support', '24x5'],
  ['Factures', 'Les factures ne peuvent être validées par personne.', 1, 'Technical Support', '24x5'],
  // 2. impersonal, no agent: kept, and the French feminine participle
  ['Invoices', 'No invoices can be created.', 1, 'Technical Support', '24x5'],
  ['Quotes', 'Quotes can no longer be sent since this morning.', 1, 'Technical Support', '24x5'],
  ['Records', 'Records cannot be saved.', 1, 'Technical Support', '24x5'],
  ['Rechnungen', 'Es können keine Rechnungen mehr erstellt werden.', 1, 'Technical Support', '24x5'],
  ['Tickets', "Il n'est plus possible de répondre aux tickets.", 1, 'Technical Support', '24x5'],
  ['Factures', 'Aucune facture ne peut plus être créée.', 1, 'Technical Support', '24x5'],
  ['Factures', 'Aucune facture ne peut être envoyée depuis ce matin.', 1, 'Technical Support', '24x5'],
  // 3. what the product can do with a document, asked: a how-to
  ['Invoices', 'Can invoices be created from a quote?', 3, 'Technical Support', '24x5'],
  ['Quotes', 'Can a quote be converted into an invoice automatically?', 3, 'Technical Support', '24x5'],
  ['Rechnungen', 'Können Rechnungen aus Angeboten erstellt werden?', 3, 'Technical Support', '24x5'],
  ['Angebot', 'Kann ein Angebot in eine Rechnung umgewandelt werden?', 3, 'Technical Support', '24x5'],
  ['Factures', 'Les factures peuvent-elles être créées depuis un devis ?', 3, 'Technical Support', '24x5'],
  ['Devis', 'Un devis peut-il être converti en facture ?', 3, 'Technical Support', '24x5'],
  // 4. a change to the invoice Zoho sent stays Invoice changes
  ['Invoice', 'Please correct the VAT number on your invoice to us.', 2, 'Invoice changes', '24x5'],
  ['Invoice', 'The VAT number on your invoice to us is wrong, please correct it.', 2, 'Invoice changes', '24x5'],
  ['Rechnung', 'Bitte die Rechnung an uns ändern, die Adresse ist falsch.', 2, 'Invoice changes', '24x5'],
  ['Facture', 'Pourriez-vous corriger le numéro de TVA sur votre facture ?', 2, 'Invoice changes', '24x5'],
  // 5. traps: one record locked, a record in a final state, questions, how-tos, some, a fix
  ['Deal locked', "This deal can't be edited because it is locked by an approval.", 3, 'Technical Support', '24x5'],
  ['Deal', 'Der Deal kann nicht geändert werden, da er durch den Genehmigungsprozess gesperrt ist.', 3, 'Technical Support', '24x5'],
  ['Devis', "Le devis ne peut pas être modifié, il est verrouillé par l'approbation.", 3, 'Technical Support', '24x5'],
  ['Tickets', 'Closed tickets cannot be edited by agents, how can we allow it?', 3, 'Technical Support', '24x5'],
  ['Fields', 'Is it normal that closed tickets cannot be edited by agents?', 3, 'Technical Support', '24x5'],
  ['Tickets', 'Geschlossene Tickets können von niemandem mehr bearbeitet werden, ist das so gewollt?', 3, 'Technical Support', '24x5'],
  ['Tickets', 'Les tickets clôturés ne peuvent plus être modifiés par les agents, est-ce normal ?', 3, 'Technical Support', '24x5'],
  ['Bookings', 'Can meetings be booked by customers on weekends?', 3, 'Technical Support', '24x5'],
  ['Buchungen', 'Können Termine von Kunden auch ohne Anmeldung gebucht werden?', 3, 'Technical Support', '24x5'],
  ['Rendez-vous', 'Les rendez-vous peuvent-ils être réservés par les clients sans compte ?', 3, 'Technical Support', '24x5'],
  ['Permissions', 'How do we make sure that deals cannot be edited by sales reps?', 3, 'Technical Support', '24x5'],
  ['Deals', 'Deals can be edited by anyone, how do we restrict that to managers?', 3, 'Technical Support', '24x5'],
  ['Tickets', 'Some tickets cannot be answered by our agents, the reply button is missing on them.', 2, 'Technical Support', '24x5'],
  ['Tickets', 'Some emails cannot be answered by our agents, the reply box is empty.', 2, 'Technical Support', '24x5'],
  ['Tickets', 'Einige Tickets können von den Agenten nicht beantwortet werden.', 2, 'Technical Support', '24x5'],
  ['Termine', 'Manche Termine können von Kunden nicht gebucht werden.', 2, 'Technical Support', '24x5'],
  ['Rendez-vous', 'Certains rendez-vous ne peuvent pas être réservés par les clients.', 2, 'Technical Support', '24x5'],
  ['Solved', 'Thanks, tickets can be answered by all agents again.', 3, 'Technical Support', '24x5'],
  ['Fixed', 'Deals can be edited by everyone again, thanks.', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 195: failures told in the passive', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
