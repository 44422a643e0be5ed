// Round 14 (branch r14-multi): the meanings behind the first read's misses of grown-44.yaml (tickets that
// carry several matters: an Operations request beside a Support outage, a portal show-stopper beside a
// commission question, a resolved problem beside a new one, a threatened cancellation), each in other
// words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const STORE = 'Store Related'
const RENEWAL = 'Payments Renewal'

// An Operations request beside a Support problem of severity 1 said in a sentence of its own: the
// severe matter names the type (DOMAIN.md §4: the most severe wins), and its clock follows.
const SEVERE_SUPPORT_MATTER: Phrasing[] = [
  ['Credit note and CRM', 'Please issue a credit note for invoice 7781. Separately, our whole CRM has been down since lunch for every user.', 1, TS, '24x7'],
  ['Quote request', 'Could you send us a renewal quote for Baines Ltd for 40 users? Also their agents cannot sign in to Desk since this morning.', 1, TS, '24x7'],
  ['Upgrade', 'We want to upgrade Carter & Sons to Enterprise next month. Meanwhile 2,000 of their leads were wiped overnight by a sync.', 1, TS, '24x5'],
  ['Rechnung', 'Bitte ändern Sie die Anschrift auf der Rechnung 4471. Außerdem ist unser CRM seit heute Morgen komplett ausgefallen.', 1, TS, '24x7'],
  ['Facture', 'Merci de corriger le numéro de TVA sur la facture 2291. Par ailleurs, personne ne peut se connecter à Desk depuis ce matin.', 1, TS, '24x7'],
  // (the product's own invoices in the problem's sentence are the product's: productDocuments)
  ['Books and your invoice', 'The import into Books corrupted our data: several invoices lost their line items. Could you also correct the company name on your last invoice to us?', 1, TS, '24x5'],
  // traps: the Support symptom said of the Operations object stays that object's
  ['Trial', 'Please extend our trial by two weeks, we cannot log in to the trial since it expired.', 2, 'Trial Extension', '24x5'],
  ['Provision', 'Die Provisionsabrechnung für Mai ist falsch, es fehlen zwei Kunden. Bitte korrigieren.', 2, 'Commission Payment', '24x5'],
  // traps: the outage is over, the request stays
  ['Invoice', 'The CRM outage of last week is resolved. Please correct the company name on your invoice.', 2, 'Invoice changes', '24x5'],
]

// A portal or store show-stopper beside a commission or invoice question: the show-stopper names the type.
const SEVERE_OPERATIONS_MATTER: Phrasing[] = [
  ['Commission and portal', 'Where is our March commission? We also cannot access the partner portal at all since Friday to look it up.', 1, STORE, '24x5'],
  ['Provision', 'Wir kommen seit gestern nicht mehr ins Partnerportal. Und die Provision für Juni fehlt noch.', 1, STORE, '24x5'],
  ['Commission', 'Impossible d\'accéder au portail partenaire depuis lundi. Par ailleurs, la commission de mai n\'est pas arrivée.', 1, STORE, '24x5'],
  // trap: a commission that has not arrived, the portal named only as where it shows (README)
  ['Commission', 'Our commission for April has not arrived. The partner portal shows it as paid.', 2, 'Commission Payment', '24x5'],
]

// Thanks for a fix, the trouble named after it: over.
const THANKS_FOR_THE_FIX: Phrasing[] = [
  ['More licences', 'Thank you for resolving the outage on Monday so fast. Could we now get a quote for 10 more Desk licences?', 2, 'Upgrades', '24x5'],
  ['Question', 'Thanks for fixing the login problem yesterday! How do I add a signature to the agent replies?', 3, TS, '24x5'],
  ['Frage', 'Danke für die schnelle Behebung des Ausfalls. Wie richte ich eine zweite Abteilung ein?', 3, TS, '24x5'],
  ['Question', 'Merci d\'avoir résolu la panne si vite. Comment ajouter un deuxième service ?', 3, TS, '24x5'],
  // traps: a thanks for one thing, a new trouble in the next clause or sentence
  ['Login', 'Thanks for fixing the invoice, but the login still fails for everyone.', 1, TS, '24x7'],
  ['Desk', 'Thanks for resolving the invoice question. Desk is down for all our agents now.', 1, TS, '24x7'],
]

// Over, said with other words than "resolved": "is over", "went away", "it's back up", "fire again".
const OVER_IN_OTHER_WORDS: Phrasing[] = [
  ['Question', 'The outage this morning is over and we are fine. How can we export the audit log?', 3, TS, '24x5'],
  ['Question', 'The sync problem went away after the reindex. How do we schedule it weekly?', 3, TS, '24x5'],
  ['Order', 'The store was down for an hour, it\'s back up now. Could you confirm order SO-551 went through?', 2, STORE, '24x5'],
  ['Re: Workflow rules not triggering', 'All good, the rules trigger again since your fix.', 3, TS, '24x5'],
  ['Re: Partner portal login', 'We can log in again, thank you very much for the help.', 2, STORE, '24x5'],
  ['Frage', 'Der Ausfall ist vorbei. Wie exportieren wir das Protokoll?', 3, TS, '24x5'],
  ['Question', 'Le problème de synchronisation a disparu après la réindexation. Comment la planifier chaque semaine ?', 3, TS, '24x5'],
  // traps: still going on, or a trouble that is back
  ['Desk down again', 'Desk is down again for every agent since 14:00.', 1, TS, '24x7'],
  ['Contacts', 'Over 300 contacts are missing since the import.', 1, TS, '24x5'],
]

// A cancellation threatened or weighed ("they may cancel", "droht mit der Kündigung") is no request.
const THREATENED_CANCELLATION: Phrasing[] = [
  ['Sync', 'The customer threatens to cancel if the Xero sync is not fixed. Some invoices sync, others do not.', 2, TS, '24x5'],
  ['Kunde', 'Der Kunde droht mit der Kündigung. Die Synchronisation mit Outlook klappt nur teilweise.', 2],
  ['Client', 'Le client menace de résilier son abonnement : la synchronisation ne fonctionne que partiellement.', 2],
  // (the product's workings named under the threat still name the type)
  ['Shopify integration', 'If the Shopify integration is not fixed by Friday they may cancel. Some orders come through and others do not.', 2, TS, '24x5'],
  // traps: a cancellation asked for, with a threat beside it
  ['Cancel', 'Please cancel the Zoho One subscription of Baxter Ltd, they might move to another vendor otherwise.', 1, RENEWAL, '24x5'],
  ['Kündigung', 'Bitte kündigen Sie das Abo von Weber GmbH zum Monatsende.', 1, RENEWAL, '24x5'],
]

// A code that signs a user in is no program code: the login it fails is the type's matter.
const SIGN_IN_CODE: Phrasing[] = [
  ['Authentication code', 'The authentication code never arrives, so I cannot get into our partner account.', 1, STORE, '24x5'],
  ['Bestätigungscode', 'Der Bestätigungscode für das Partnerkonto kommt nicht an, wir kommen nicht rein.', 1, STORE, '24x5'],
  ['OTP', 'Our agents do not receive the one-time code and nobody can sign in to Desk.', 1, TS, '24x7'],
  // trap: program code
  ['Code', 'How do I call a custom function from the Deluge code of a button?', 3, TS, '24x5'],
]

// Mapping a column or a field is an import's work, no customer mapping.
const MAPPING_A_COLUMN: Phrasing[] = [
  ['Question', 'How do I map the "Segment" column of the spreadsheet to a custom picklist?', 3, TS, '24x5'],
  ['Frage', 'Wie kann ich die Spalte Branche dem Feld Industrie zuordnen?', 3, TS, '24x5'],
  ['Question', 'Comment mapper la colonne Secteur vers le champ Industrie ?', 3, TS, '24x5'],
  // trap: a customer mapped to the partner
  ['Mapping', 'Please map our customer Fenwick Dental to our partner account.', 3, STORE, '24x5'],
]

describe('phrasings of round 14 (r14-multi: tickets of several matters)', () => {
  it('reads a Support problem of severity 1 in a sentence of its own as the type of a ticket of several matters', async () => {
    expect(await misread(SEVERE_SUPPORT_MATTER)).to.deep.equal([])
  })
  it('reads a portal or store show-stopper as the type beside a commission question', async () => {
    expect(await misread(SEVERE_OPERATIONS_MATTER)).to.deep.equal([])
  })
  it('reads the trouble after a thanks for its fix as over', async () => {
    expect(await misread(THANKS_FOR_THE_FIX)).to.deep.equal([])
  })
  it('reads "is over", "went away", "back up", "again" as over', async () => {
    expect(await misread(OVER_IN_OTHER_WORDS)).to.deep.equal([])
  })
  it('reads a threatened cancellation as no cancellation request', async () => {
    expect(await misread(THREATENED_CANCELLATION)).to.deep.equal([])
  })
  it('reads a sign-in code as a login, no program code', async () => {
    expect(await misread(SIGN_IN_CODE)).to.deep.equal([])
  })
  it('reads mapping a column or a field as technical, no customer mapping', async () => {
    expect(await misread(MAPPING_A_COLUMN)).to.deep.equal([])
  })
})
