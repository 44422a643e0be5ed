// Round 13 (branch r13-ops): the meanings behind the first read's misses of grown-36.yaml (English
// Operations tickets as partners' finance and admin staff write them), each in other words and
// languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const UP = 'Upgrades'
const INV = 'Invoice changes'
const COM = 'Commission Payment'
const SALES = 'Sales Discussions'

// The portal or the store announced down for maintenance: planned, no outage reported.
const PORTAL_MAINTENANCE: Phrasing[] = [
  ['Store maintenance', 'The Zoho store will be offline for maintenance on Sunday night. Can we still place orders on Friday?', 2, STORE, '24x5'],
  ['Wartung Partnerportal', 'Das Partnerportal ist am Samstag wegen Wartungsarbeiten nicht erreichbar. Werden Bestellungen vom Freitag trotzdem bearbeitet?', 2, STORE, '24x5'],
  ['Maintenance portail', 'Le portail partenaire sera indisponible pour maintenance samedi. Les commandes passées vendredi seront-elles traitées ?', 2, STORE, '24x5'],
  // traps: the portal down now, for no maintenance
  ['Portal down', 'The partner portal has been down since 9 this morning, none of us can place orders.', 1, STORE, '24x5'],
  ['Portail', 'Le portail partenaire est inaccessible depuis ce matin.', 1, STORE, '24x5'],
]

// Buying more storage or an add-on for a customer is an upgrade.
const STORAGE: Phrasing[] = [
  ['Storage', 'Our client is almost out of space in WorkDrive. Can we buy more storage for them?', 2, UP, '24x5'],
  ['Speicher', 'Der Kunde braucht mehr Speicher für Zoho Mail, bitte um ein Angebot für zusätzlichen Speicher.', 2, UP, '24x5'],
  ['Stockage', 'Notre client a besoin de stockage supplémentaire pour WorkDrive, pouvez-vous nous faire une offre ?', 2, UP, '24x5'],
  // trap: an add-on as a plugin that stopped working is the product's
  ['Outlook add-on', 'The CRM add-on for Outlook does not sync emails any more since Monday.', 1, TS, '24x7'],
]

// A detail missing from Zoho's invoice is a document to complete, no lost records.
const MISSING_FROM_INVOICE: Phrasing[] = [
  ['Invoice', 'The VAT number is missing from the invoice you sent for Acme, please add it and resend.', 2, INV, '24x5'],
  ['Rechnung', 'Auf der Rechnung fehlt unsere Bestellnummer, bitte neu ausstellen.', 2, INV, '24x5'],
  ['Facture', 'Le numéro de bon de commande manque sur la facture, merci de la corriger.', 2, INV, '24x5'],
  // traps: records missing are lost data; a field missing from a product's PDF is a result off
  ['Contacts missing', 'About 400 contacts are missing after last night\'s import.', 1, TS, '24x5'],
  ['Quote PDF', 'The discount field is missing on the PDF of the quotes CRM generates.', 2, TS, '24x5'],
]

// Charged too much, or for more users than the customer has: Zoho's invoice to correct.
const OVERCHARGED: Phrasing[] = [
  ['Overcharged', 'We were overcharged on the last invoice for Delta Ltd, please credit the difference.', 2, INV, '24x5'],
  ['User count', 'You billed us for 40 users but the customer has 32, please correct.', 2, INV, '24x5'],
  ['Zu viel berechnet', 'Uns wurde für den Kunden zu viel berechnet, bitte Gutschrift.', 2, INV, '24x5'],
  ['Surfacturation', 'Nous avons été surfacturés sur la dernière facture, merci de corriger.', 2, INV, '24x5'],
  // trap: the customers' payments a product takes twice are the product's
  ['Billing integration', 'Our customers are charged twice by the Stripe integration in Zoho Billing since the update.', 2, TS, '24x5'],
]

// "Issue one in EUR": issuing a document, no issue that fails for one in five.
const ISSUE_A_DOCUMENT: Phrasing[] = [
  ['Invoice currency', 'The invoice is in GBP, could you cancel it and issue one in EUR?', 2, INV, '24x5'],
  ['Billed in GBP', 'Can you please cancel that invoice and issue a new one in USD?', 2, INV, '24x5'],
  // trap: failures for one in five are a service that works partly
  ['Sync', 'Some invoices fail to sync to Books, about one in five.', 2, TS, '24x5'],
]

// A fault in a subject over a text asking Zoho to correct its document: the document's fault.
const FAULT_ON_ZOHO_DOCUMENT: Phrasing[] = [
  ['Wrong amount', 'The invoice you sent for Delta shows 30 users, they have 25. Please correct it.', 2, INV, '24x5'],
  ['Wrong statement', 'Our commission statement for May shows 10% instead of 15%, please correct it.', 2, COM, '24x5'],
  ['Falsche Provision', 'Die Provisionsabrechnung für Mai zeigt 10 % statt 15 %, bitte korrigieren.', 2, COM, '24x5'],
  // traps: a product's own results, wrong, even with "correct" asked; "Bericht" and "taux de change" ask no change
  ['Wrong totals', 'The totals on the quotes CRM generates are wrong, please correct this asap.', 2, TS, '24x5'],
  ['Wrong tax', 'Books computes the VAT wrongly on the invoices it generates, can you correct it?', 2, TS, '24x5'],
  ['Summen falsch', 'Die Summen im Bericht stimmen nicht mit den Rechnungen überein.', 2, TS, '24x5'],
  ['Taux erroné', 'Books utilise un taux de change erroné sur les factures en EUR.', 2, TS, '24x5'],
]

// Presales help, a joint pitch, a reference customer: sales discussions.
const PRESALES: Phrasing[] = [
  ['Presales', 'Could one of your presales people help us with a demo for a 150-user prospect next week?', 2, SALES, '24x5'],
  ['Referenzkunde', 'Unser Interessent möchte mit einem Referenzkunden aus der Logistik sprechen. Haben Sie jemanden?', 2, SALES, '24x5'],
  ['Avant-vente', 'Nous préparons une présentation commune avec votre équipe avant-vente pour un prospect, qui contacter ?', 2, SALES, '24x5'],
  ['Reference', 'The prospect wants a customer reference in healthcare before signing.', 2, SALES, '24x5'],
  // trap: a cancelled presales call is no cancellation
  ['Cancelled call', 'We had to cancel the call with Orion, can your presales team find a new slot?', 2, SALES, '24x5'],
  ['Presales call', 'Our call with Orion got cancelled, can your presales engineer join the rescheduled one?', 2, SALES, '24x5'],
]

// Leaving Zoho is a cancellation; only asked about, it is none.
const LEAVING_ZOHO: Phrasing[] = [
  ['Customer', 'They are moving off Zoho at the end of the quarter, please make sure nothing renews.', 1, PR, '24x5'],
  ['Kunde', 'Der Kunde geht weg von Zoho, bitte das Abonnement zum Monatsende beenden.', 1, PR, '24x5'],
  ['Client', 'Le client veut quitter Zoho à la fin du mois, merci de ne pas renouveler.', 1, PR, '24x5'],
  ['Org', 'Their org should be shut down on the 30th, they closed the business.', 1, PR, '24x5'],
  // trap: a question about leaving
  ['Question', 'If a client moves off Zoho, can they export all their data first?', 2, PR, '24x5'],
]

// A mapping named in a commission ticket places the customer: the commission is the matter.
const MAPPING_AS_CONTEXT: Phrasing[] = [
  ['Commission', 'Two customers mapped to us renewed directly and we got no commission for them.', 2, COM, '24x5'],
  ['Provision', 'Für drei Kunden, die uns zugeordnet sind, fehlt die Provision im Quartal.', 2, COM, '24x5'],
  // traps: a mapping question is still a how-to
  ['Mapping', 'How do we map a new customer to our partner account?', 3, STORE, '24x5'],
  ['Rattachement', 'Comment rattacher un nouveau client à notre compte partenaire ?', 3, STORE, '24x5'],
]

describe('phrasings of round 13 (r13-ops: Operations in partners\' own words)', () => {
  it('reads the portal or store down for maintenance as planned', async () => {
    expect(await misread(PORTAL_MAINTENANCE)).to.deep.equal([])
  })
  it('reads buying more storage as an upgrade', async () => {
    expect(await misread(STORAGE)).to.deep.equal([])
  })
  it('reads a detail missing from Zoho\'s invoice as an invoice change', async () => {
    expect(await misread(MISSING_FROM_INVOICE)).to.deep.equal([])
  })
  it('reads an overcharge as an invoice change', async () => {
    expect(await misread(OVERCHARGED)).to.deep.equal([])
  })
  it('reads "issue one" as issuing a document', async () => {
    expect(await misread(ISSUE_A_DOCUMENT)).to.deep.equal([])
  })
  it('reads a subject\'s fault over a correction asked of Zoho as the document\'s', async () => {
    expect(await misread(FAULT_ON_ZOHO_DOCUMENT)).to.deep.equal([])
  })
  it('reads presales, joint pitches and references as sales discussions', async () => {
    expect(await misread(PRESALES)).to.deep.equal([])
  })
  it('reads leaving Zoho as a cancellation', async () => {
    expect(await misread(LEAVING_ZOHO)).to.deep.equal([])
  })
  it('reads a mapping named in a commission ticket as context', async () => {
    expect(await misread(MAPPING_AS_CONTEXT)).to.deep.equal([])
  })
})
