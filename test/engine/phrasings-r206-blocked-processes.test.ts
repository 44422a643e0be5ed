// Round 206: a business process that cannot be run, told by the process and its deadline rather than by "down" or
// "error" (payroll, month-end and year-end close, the books, invoicing, tax returns, shipping, campaign launches, event
// sign-ups), ~60 % English, 20 % German, 20 % French. A process said held up as a whole ("Month-end close is blocked",
// "Payroll is stuck", "Monatsabschluss ist blockiert", "la clôture mensuelle est bloquée") is 1 on 24x5 (concepts
// `business process`, `process held up`, rule `business process held up`); the finance team's closing or pay task lost
// ("we are unable to process payroll", "impossible de clôturer le mois", "keine Rechnungen stellen") is 1 on 24x5 (rule
// `closing or pay task lost`), unless held until a thing comes (`held until`); a sign-up form that takes none is 1 on
// 24x5 (rule `form takes no sign-ups`); the month-end, year-end and period closings join `business run`; pay to the staff
// ("les salaires doivent être versés") is no commission. Choices: a deadline sets no severity, the blocked process does;
// 24x7 only when the process is told as an outage or a login failure. Traps: how-tos, a deadline without trouble, one
// employee's payslip (2), trouble already fixed, hypotheses, stuck at one step or on one record.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // blind probes (/work/tools/probes/r206.txt)
  ['Payroll', "We can't run payroll and salaries are due tomorrow.", 1, 'Technical Support', '24x5'],
  ['Month-end close blocked', "Our month-end close is blocked. Finance can't finish the books for November.", 1, 'Technical Support', '24x5'],
  ['Invoicing', 'We cannot issue any invoices this month.', 1, 'Technical Support', '24x5'],
  ['VAT return', "The tax filing deadline is Friday and the return won't generate.", 1, 'Technical Support', '24x5'],
  ['Shipping', "No orders can be shipped because labels won't print.", 1, 'Technical Support', '24x5'],
  ['Campaign launch', 'Our campaign launch is stuck, it was planned for this morning.', 1, 'Technical Support', '24x5'],
  ['Webinar tonight', "The webinar registration page doesn't accept sign-ups and the event is tonight.", 1, 'Technical Support', '24x5'],
  ['Payroll', "We are unable to process payroll this month.\nOur staff won't get paid on Friday.", 1, 'Technical Support', '24x5'],
  ['Month-end', "We're stuck at month-end: the period can't be closed and the auditors arrive on Monday.", 1, 'Technical Support', '24x5'],
  ['Quarter-end reports', "We can't produce our quarter-end reports and the board meeting is tomorrow.", 1, 'Technical Support', '24x5'],
  ['Billing run', "Our billing run won't start, so no customer gets invoiced this cycle.", 1, 'Technical Support', '24x5'],
  ['Quotes', "Sales can't send any quotes today and the end-of-quarter deals are waiting.", 1, 'Technical Support', '24x5'],
  ['Timesheets', "Employees can't submit their timesheets and payroll closes tonight.", 1, 'Technical Support', '24x5'],
  ['Supplier payments', "We can't run the supplier payment run, and our vendors must be paid by Friday.", 1, 'Technical Support', '24x5'],
  ['Orders', "We can't process any orders today, our warehouse is standing idle.", 1, 'Technical Support', '24x5'],
  ['Sale newsletter', "Our newsletter won't go out, the send is stuck in \"scheduled\" and the sale starts at noon.", 1, 'Technical Support', '24x5'],
  ['Expense reports', "Nobody can approve expense reports, and the reimbursements are due with this month's salaries.", 1, 'Technical Support', '24x5'],
  ['Year-end stock count', "Our year-end stock count can't be completed, the app won't let us finalize it.", 1, 'Technical Support', '24x5'],
  ['Contracts', "We can't generate any contracts from the templates, and we have 20 deals to close by Friday.", 1, 'Technical Support', '24x5'],
  ['Onboarding', "We can't onboard the new hires starting Monday, the onboarding flow won't start.", 1, 'Technical Support', '24x5'],
  ['Payslips', "Payslips can't be generated for anyone and salaries are due tomorrow.", 1, 'Technical Support', '24x5'],
  ['Bank reconciliation', "Bank reconciliation is blocked, we can't close the books.", 1, 'Technical Support', '24x5'],
  ['Month-end', 'Month-end close is blocked.', 1, 'Technical Support', '24x5'],
  ['Payroll', "Payroll is stuck and our employees won't get paid this week.", 1, 'Technical Support', '24x5'],
  ['Payroll day', "It's payroll day and the whole system has been down since 8am.", 1, 'Technical Support', '24x7'],
  ['Month-end close', 'Nobody in finance can log in and today is the month-end close.', 1, 'Technical Support', '24x7'],
  ['Off-cycle payroll', 'How do we run an off-cycle payroll for a bonus payment?', 3, undefined, '24x5'],
  ['Payroll cut-off', 'Payroll is due Friday, can you confirm the cut-off time for changes?', 3, 'Technical Support', '24x5'],
  ['Wrong payslip', "One employee's payslip shows the wrong overtime amount, everyone else's is fine.", 2, 'Technical Support', '24x5'],
  ['Month-end close', 'Month-end close was blocked yesterday but your team fixed it, everything ran fine. Thanks!', 3, 'Technical Support', '24x5'],
  ['Payroll fallback', "What happens if we can't run payroll before the deadline? Is there a fallback?", 3, 'Technical Support', '24x5'],
  ['Month-end checklist', 'How do we close the month in Books? Is there a checklist for month-end?', 3, 'Technical Support', '24x5'],
  ['Invoice prefix', 'We want to start issuing invoices with a new prefix next month. How do we change it?', 3, undefined, '24x5'],
  ['VAT deadline', 'The VAT filing deadline is on the 10th. Can we schedule the return to be filed automatically?', 3, 'Technical Support', '24x5'],
  ['VAT return total', 'The VAT return shows a wrong total in box 4. We can still file it, but it needs to be corrected.', 2, 'Technical Support', '24x5'],
  ['Webinar tonight', 'Our webinar is tonight. Can we add a second host to the registration page?', 3, 'Technical Support', '24x5'],
  ['Gehaltsabrechnung', 'Die Gehaltsabrechnung lässt sich nicht durchführen, die Gehälter müssen morgen raus.', 1, 'Technical Support', '24x5'],
  ['Monatsabschluss blockiert', 'Unser Monatsabschluss ist blockiert, wir kommen nicht weiter.', 1, 'Technical Support', '24x5'],
  ['Rechnungen', 'Wir können diesen Monat keine Rechnungen stellen.', 1, 'Technical Support', '24x5'],
  ['Versand', 'Wir können keine Bestellungen versenden, weil sich die Versandetiketten nicht drucken lassen.', 1, 'Technical Support', '24x5'],
  ['Umsatzsteuervoranmeldung', 'Die Frist ist Freitag und die Voranmeldung lässt sich nicht erstellen.', 1, 'Technical Support', '24x5'],
  ['Kampagnenstart', 'Unser Kampagnenstart hängt fest, der Newsletter sollte heute um 10 Uhr rausgehen.', 1, 'Technical Support', '24x5'],
  ['Jahresabschluss', 'Wir können den Jahresabschluss nicht durchführen, die Periode lässt sich nicht schließen.', 1, 'Technical Support', '24x5'],
  ['Sonderabrechnung', 'Wie führen wir eine Sonderabrechnung außerhalb des normalen Lohnlaufs durch?', 3, 'Technical Support', '24x5'],
  ['Stichtag Gehaltsabrechnung', 'Die Gehaltsabrechnung ist am Freitag fällig. Bis wann können wir noch Änderungen eintragen?', 3, 'Technical Support', '24x5'],
  ['Falsche Lohnabrechnung', 'Bei einer Mitarbeiterin ist die Lohnabrechnung falsch, die Überstunden fehlen. Bei allen anderen stimmt sie.', 2, 'Technical Support', '24x5'],
  ['Monatsabschluss', 'Der Monatsabschluss war gestern blockiert, läuft jetzt aber wieder. Danke!', 3, 'Technical Support', '24x5'],
  ['Paie', 'Impossible de lancer la paie, les salaires doivent être versés demain.', 1, 'Technical Support', '24x5'],
  ['Clôture mensuelle bloquée', 'La clôture mensuelle est bloquée, nous ne pouvons pas finaliser les comptes.', 1, 'Technical Support', '24x5'],
  ['Facturation', 'On ne peut plus facturer depuis ce matin.', 1, 'Technical Support', '24x5'],
  ['Expéditions', "Aucune commande ne peut être expédiée car les étiquettes ne s'impriment pas.", 1, 'Technical Support', '24x5'],
  ['Déclaration de TVA', 'La déclaration de TVA doit être déposée vendredi et elle ne se génère pas.', 1, 'Technical Support', '24x5'],
  ['Lancement de campagne', "Le lancement de notre campagne est bloqué, l'envoi était prévu ce matin.", 1, 'Technical Support', '24x5'],
  ['Paie hors cycle', 'Comment faire une paie hors cycle pour verser une prime ?', 3, 'Technical Support', '24x5'],
  ['Date limite de la paie', "La paie est due vendredi, pouvez-vous nous confirmer l'heure limite pour les modifications ?", 3, 'Technical Support', '24x5'],
  ['Bulletin de paie erroné', "Le bulletin de paie d'un salarié est faux, la prime n'apparaît pas. Les autres sont corrects.", 2, 'Technical Support', '24x5'],
  ['Clôture mensuelle', "La clôture mensuelle était bloquée hier, mais c'est réglé maintenant. Merci.", 3, 'Technical Support', '24x5'],
  ['Si la paie échoue', 'Que se passe-t-il si nous ne pouvons pas lancer la paie à temps ?', 3, 'Technical Support', '24x5'],
  // generalisations and further traps
  ['Month-end', "We can't close the month.", 1, 'Technical Support', '24x5'],
  ['Payroll', "The payroll run won't start.", 1, 'Technical Support', '24x5'],
  ['Payroll blocked', 'Please help asap.', 1, 'Technical Support', '24x5'],
  ['Month-end close stuck', 'Please help, auditors are coming.', 1, 'Technical Support', '24x5'],
  ['Gehaltsabrechnung', 'Die Lohnabrechnung ist blockiert, unsere Mitarbeiter bekommen kein Gehalt.', 1, 'Technical Support', '24x5'],
  ['Monatsabschluss', 'Wir können den Monat nicht abschließen.', 1, 'Technical Support', '24x5'],
  ['Clôture', 'Impossible de clôturer le mois.', 1, 'Technical Support', '24x5'],
  ['Clôture', 'Nous ne pouvons pas clôturer la période.', 1, 'Technical Support', '24x5'],
  ['Paie', 'La paie est bloquée depuis ce matin.', 1, 'Technical Support', '24x5'],
  ['Facturation', 'Nous ne pouvons plus facturer nos clients.', 1, 'Technical Support', '24x5'],
  ['Launch', "Our product launch is blocked because the landing page won't publish.", 1, 'Technical Support', '24x5'],
  ['Payroll', 'Payroll is stuck since Monday.', 1, 'Technical Support', '24x5'],
  ['Payroll', 'Payroll is not blocked, we just need the cut-off time.', 3, 'Technical Support', '24x5'],
  ['Question', 'What if month-end close is blocked? Is there a workaround?', 3, 'Technical Support', '24x5'],
  ['Paie', "La paie n'est pas bloquée, c'est juste une question.", 3, 'Technical Support', '24x5'],
  ['Clôture', 'Si la clôture mensuelle est bloquée, que faire ?', 3, 'Technical Support', '24x5'],
  ['Monatsabschluss', 'Ist der Monatsabschluss blockiert, wenn noch Belege offen sind?', 3, 'Technical Support', '24x5'],
  ['Stocktake', 'Our stocktake is stuck at 80% for one warehouse, the other warehouses finished.', 3],
  ['Reconciliation', 'The reconciliation is stuck on one transaction from March.', 3, 'Technical Support', '24x5'],
  ['Campaign', 'Our campaign is stuck in review since yesterday.', 3, 'Technical Support', '24x5'],
  ['Payroll', 'Payroll for one employee is blocked.', 2, 'Technical Support', '24x5'],
  ['Clôture', 'Comment clôturer le mois dans Books ?', 3, 'Technical Support', '24x5'],
  ['Books', 'Can we close the books for March while April is open?', 3, 'Technical Support', '24x5'],
  ['Books', "We can't close the books for March until the auditor signs off.", 3, 'Technical Support', '24x5'],
  ['Q3 commission not received', "we still haven't received the Q3 commission payment. Our finance team can't close the quarter until it lands, so it's holding us up.", 2, 'Commission Payment', '24x5'],
  ['Neue Anschrift', 'Wir bitten Sie, für die Rechnungsstellung künftig folgende Anschrift zu verwenden.', 2, 'Invoice changes', '24x5'],
  ['Billing', 'The billing address is blocked and cannot be edited.', 2, 'Invoice changes', '24x5'],
]

describe('phrasings, round 206: blocked business processes', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
