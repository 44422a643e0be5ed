// Round 48 (branch r48-results): the meanings behind the first-read misses of grown-124.yaml (the border between
// results that are wrong, Support 2, and records changed or lost, Support 1), in other words and languages than the
// tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Stored values divided in bulk, set to one and the same value on every record, or dates a day off in the records
// themselves (concept `values changed`; `data` + prices, birth dates, German Leads): 1 on 24x5.
const VALUES_CHANGED: Phrasing[] = [
  ['Prices', 'Since the update every product price in the catalogue has been divided by ten.', 1, TS, '24x5'],
  ['Preise', 'Alle Preise im Artikelstamm wurden durch 1000 geteilt.', 1, TS, '24x5'],
  ['Contrats', 'Les montants de toutes les factures ont été divisés par cent cette nuit.', 1, TS, '24x5'],
  ['Owners', 'Overnight all our contacts were set to one and the same owner.', 1, TS, '24x5'],
  ['Leads', 'Ein Workflow hat bei allen Leads den Status auf einen einzigen Wert gesetzt.', 1, TS, '24x5'],
  ['Naissance', "Les dates de naissance ont toutes été remplacées par le 1er janvier.", 1, TS, '24x5'],
  // (merge: an association's members are its records)
  ['Adresses', 'Les adresses de tous nos adhérents ont été remplacées.', 1, TS, '24x5'],
  ['Adhérents', 'Comment ajouter des adhérents à une liste de diffusion ?', 3, TS],
  // traps: a figure divided in a report, a how-to to divide
  ['Report', 'The dashboard shows revenue divided by 100, the deals themselves are right.', 2, TS],
  ['Formula', 'How do I show the amount divided by the number of users in a formula field?', 3, TS],
]

// A view or filter that shows records its criteria leave out (concept `lets in`, rule `view lets wrong records in`): 2.
const VIEW_LETS_IN: Phrasing[] = [
  ['View', 'The custom view Unpaid invoices also shows the paid ones.', 2, TS],
  ['Filter', 'Der Filter "Offene Aufgaben" zeigt auch erledigte Aufgaben an.', 2, TS],
  ['Vue', 'La vue personnalisée « Leads chauds » affiche aussi les leads froids.', 2, TS],
  // trap: asking how to make a view show more
  ['View', 'How can the list view also show the archived deals?', 3, TS],
]

// Things missing from a statement's total are a figure to correct, no lost records (concept `missing from invoice`).
const MISSING_FROM_TOTAL: Phrasing[] = [
  ['Commission', 'Three of our customers are missing from the total of the commission statement for June, please correct it.', 2, 'Commission Payment'],
  ['Commissions', 'Sur le relevé de commissions de juin, deux clients manquent dans le total. Merci de corriger.', 2, 'Commission Payment'],
  // trap: records missing in the product
  ['Contacts', 'Since the sync 400 contacts are missing from CRM.', 1, TS, '24x5'],
]

// The French wrong person is a person, no "personne" (nobody) (concept `wrong person`): a result off, 2.
const WRONG_PERSON: Phrasing[] = [
  ['Alertes', "Les alertes d'escalade partent chez la mauvaise personne depuis lundi.", 2, TS],
  ['Rappels', 'Les rappels de rendez-vous sont envoyés à une mauvaise personne.', 2, TS],
  // trap: nobody receives anything
  ['Mails', 'Depuis ce matin, personne ne reçoit les notifications.', 1, TS, '24x5'],
]

// Zoho's invoice in French, and a corrected one asked for (concepts `zoho document`, `issue a document`): Invoice changes.
const ZOHO_INVOICE_FR: Phrasing[] = [
  ['Facture', 'La facture Zoho de mars compte 12 licences au lieu de 10, pouvez-vous émettre une facture corrigée ?', 2, 'Invoice changes'],
  ['Rechnung', 'Auf der Zoho-Rechnung stehen 15 Lizenzen statt 12, bitte schicken Sie eine korrigierte Rechnung.', 2, 'Invoice changes'],
  // trap: the product's invoices computing wrong
  ['Books', 'Les factures Zoho Books calculent mal la TVA depuis la mise à jour.', 2, TS],
]

// The partner's own formula written wrong is theirs to fix (concept `own mistake`): a how-to, 3; a formula field
// computing wrong stays 2 (German `Formelfeld` names the product's workings).
const OWN_FORMULA: Phrasing[] = [
  ['Formula', "My formula for the commission rate returns odd numbers, I think I got the syntax wrong. How should it look?", 3, TS],
  ['Formel', 'Meine Formel für das Alter gibt Unsinn aus, ich habe wohl die Klammern falsch gesetzt. Wie schreibe ich sie richtig?', 3, TS],
  ['Formule', 'Le résultat de ma formule de remise est faux, je pense avoir mal placé les parenthèses. Comment l’écrire ?', 3, TS],
  // traps: a formula field that computes wrong
  ['Formelfeld', 'Das Formelfeld Rabatt rechnet seit gestern falsch.', 2, TS],
  ['Formula', 'The formula field for the margin has been calculating wrong since Monday.', 2, TS],
]

describe('phrasings, round 48: wrong results against data integrity', () => {
  it('reads stored values divided, set to one value or a day off in the records as damage', async () => {
    expect(await misread(VALUES_CHANGED)).to.deep.equal([])
  })
  it('reads a view that shows records its criteria leave out as a wrong result', async () => {
    expect(await misread(VIEW_LETS_IN)).to.deep.equal([])
  })
  it("reads items missing from a statement's total as a figure to correct", async () => {
    expect(await misread(MISSING_FROM_TOTAL)).to.deep.equal([])
  })
  it('reads the French wrong person as a person, not nobody', async () => {
    expect(await misread(WRONG_PERSON)).to.deep.equal([])
  })
  it("reads Zoho's invoice in French and a corrected one asked for as an invoice change", async () => {
    expect(await misread(ZOHO_INVOICE_FR)).to.deep.equal([])
  })
  it("reads the partner's own formula written wrong as a how-to", async () => {
    expect(await misread(OWN_FORMULA)).to.deep.equal([])
  })
})
