// Round 13 (branch r13-mail): the meanings behind the first read's misses of grown-34.yaml (English
// tickets as they arrive by e-mail: HTML, quotes, forwards, signatures, auto-replies), each in other
// words and languages than the ticket, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'

// "No rush", "not urgent": the negation is the urgency's, no inability of what the sentence names.
const NO_HURRY: Phrasing[] = [
  ['Report totals', 'The export works for now, no hurry, but the totals are a bit off.', 2, TS, '24x5'],
  ['Dashboards', 'Dashboards load fine and we can use them, nothing urgent on this one.', 3, TS, '24x5'],
  ['Berichte', 'Die Berichte laufen, keine Eile, aber wie ändern wir das Layout?', 3, TS, '24x5'],
  ['Rapports', 'Les rapports fonctionnent, rien d\'urgent, mais comment changer la mise en page ?', 3, TS, '24x5'],
  // traps: a service that does not work, whatever the urgency
  ['Sync', 'not urgent, but the sync has not worked since Monday', 1, TS, '24x5'],
  ['Desk', 'Urgent: Desk is down for all agents, no rush on the report though', 1, TS, '24x7'],
]

// "That fixed it", "all working now": a sentence of its own saying the subject's trouble is over.
const FIX_WORKED: Phrasing[] = [
  ['Re: Login failing', 'Thanks, that fixed it. Could you also tell us how to add a second admin?', 3, TS, '24x5'],
  ['Re: Mail not arriving', 'All working now, thanks for the quick help!', 3, TS, '24x5'],
  ['AW: Sync gestoppt', 'Danke, das hat geholfen. Sie können das Ticket schließen.', 3, TS, '24x5'],
  ['RE: Panne Desk', 'Merci, ça a marché. Vous pouvez fermer le ticket.', 3, TS, '24x5'],
  // traps: asking for a fix, or a fix that did not help
  ['CRM down', 'please fix it, the CRM is down for everyone', 1, TS, '24x7'],
  ['Re: Login failing', 'the reset has not fixed it, nobody can log in', 1, TS, '24x7'],
  ['AW: Login', 'Das Update hat leider nicht geholfen, niemand kann sich anmelden.', 1, TS, '24x7'],
]

// An out-of-office: the writer will be unreachable, no lack of access to a service.
const AWAY: Phrasing[] = [
  ['Out of office', 'I am travelling until Friday and will not have access to my e-mail. For anything urgent call the office.', 3, TS, '24x5'],
  ['Abwesenheitsnotiz', 'Ich bin bis 12. März nicht im Büro und werde in dieser Zeit keinen Zugriff auf meine E-Mails haben.', 3, TS, '24x5'],
  ['Absence', 'Je suis en congé jusqu\'au 12 mars et n\'aurai pas accès à mes e-mails pendant mon absence.', 3, TS, '24x5'],
  // traps: no access to the mailboxes now is a login problem
  ['Mail', 'since 8am we have no access to our Zoho mailboxes at all', 1, TS, '24x7'],
  ['Mail', 'nobody in the office can access their e-mail since the password change', 1, TS, '24x7'],
]

// A permission on an action, or the permission settings: a user's rights, no lack of access.
const PERMISSION: Phrasing[] = [
  ['Tickets', 'Agents see "no permission to edit this ticket" when they try to reassign it.', 3, TS, '24x5'],
  ['Profiles', 'We have not changed any permissions on the Leads module, yet the field shows read-only.', 3, TS, '24x5'],
  // traps: no access to the product itself
  ['Access', 'none of our users can access CRM since this morning, it says access denied', 1, TS, '24x7'],
  ['Login', 'we cannot log in, the password is rejected', 1, TS, '24x7'],
]

// Locked after too many attempts: the attempts are the event, not the setting that counts them.
const LOCKED_AFTER_ATTEMPTS: Phrasing[] = [
  ['Admin', 'Our admin was locked out after 3 failed login attempts and the unlock mail never comes.', 1, TS, '24x7'],
  ['Locked', 'The account got locked after several failed attempts, we need it back today.', 1, TS, '24x7'],
  ['Gesperrt', 'Das Konto unseres Admins ist nach zu vielen Anmeldeversuchen gesperrt.', 1, TS, '24x7'],
  ['Compte', 'Le compte admin est verrouillé après trop de tentatives de connexion.', 1, TS, '24x7'],
  // traps: the setting, a question, a hypothesis
  ['Lockout', 'How do we change the number of failed login attempts before an account is locked?', 3, TS, '24x5'],
  ['Security', 'Can we configure accounts to be locked after 5 failed attempts?', 3, TS, '24x5'],
  ['SOP', 'What should we do in case a user gets locked after multiple wrong password attempts?', 3, TS, '24x5'],
]

// Cancelling a duplicate (an invoice or an order issued twice) is no cancellation of an account.
const CANCEL_DUPLICATE: Phrasing[] = [
  ['INV-4410', 'Invoice INV-4410 was sent to us twice. Please cancel the duplicated one and issue a credit note.', 2, INV, '24x5'],
  ['Rechnung doppelt', 'Die Rechnung wurde doppelt gestellt, bitte stornieren Sie das Duplikat und schicken uns eine Gutschrift.', 2, INV, '24x5'],
  ['Facture en double', 'La facture a été émise en double, merci d\'annuler le doublon.', 2, INV, '24x5'],
  // traps: a subscription to cancel
  ['Cancel', 'Please cancel the Zoho One subscription of Fenwick Ltd from next month.', 1, PR, '24x5'],
]

// A PDF that lacks a field is a result off, not lost records.
const PDF_LACKS: Phrasing[] = [
  ['Quote PDFs missing discount', 'the discount line no longer shows on the quotes since the template change', 2, TS, '24x5'],
  ['Invoice PDF is missing the PO number', 'The PO number we enter on the sales order does not appear on the invoice Books prints.', 2, TS, '24x5'],
  // traps: records that are gone
  ['Invoices missing', '300 invoices are missing from Books after the import.', 1, TS, '24x5'],
]

// "Ignore our earlier request": a request called off, not a product ignoring something.
const IGNORE_REQUEST: Phrasing[] = [
  ['Bluewave', 'The customer decided to stay. Please keep the subscription and ignore my previous mail about cancelling it.', 2, PR, '24x5'],
  ['Re: Upgrade', 'You can ignore our request from Monday, the customer stays on Standard.', 2, 'Upgrades', '24x5'],
  // traps: the product ignoring a setting is a wrong result
  ['Workflow', 'The workflow ignores the discount field on every quote.', 2, TS, '24x5'],
  ['Workflow', 'Le workflow ignore le champ remise.', 2, TS, '24x5'],
]

// Ending the agreement or closing the partner account: the reseller and the partner account are what it ends.
const TERMINATION_OBJECT: Phrasing[] = [
  ['Partnership', 'We will terminate our reseller agreement at the end of June; please close our partner account then. Who takes over the customers mapped to us?', 1, PR, '24x5'],
  ['Partnerschaft', 'Wir kündigen unseren Reseller-Vertrag zum 30.06. und bitten um Schließung des Partnerkontos.', 1, PR, '24x5'],
  // traps: reseller access and portal access stay the store's
  ['Reselling', 'how do we request reselling access for Zoho Workplace?', 3, STORE, '24x5'],
  ['Portal', 'our reseller account cannot log in to the partner portal since Monday', 1, STORE, '24x5'],
]

// Something looked for and not found in the portal: missing from it, no lack of access, no failed purchase.
const NOT_FOUND: Phrasing[] = [
  ['Invoice', 'We cannot find the invoice for order 88123 in the partner portal, please re-send it.', 2, INV, '24x5'],
  ['Rechnung', 'Wir können die Rechnung zur Bestellung 88123 im Partnerportal nicht finden.', 2, INV, '24x5'],
  ['Facture', 'Nous ne trouvons pas la facture de la commande 88123 dans le portail partenaire.', 2, INV, '24x5'],
  // traps: no access to the portal, no order possible
  ['Portal', 'we cannot log in to the partner portal and cannot find the reset link', 1, STORE, '24x5'],
  ['Store', 'we cannot place an order in the partner store, checkout fails', 1, STORE, '24x5'],
]

describe('phrasings of round 13 (e-mail tickets)', () => {
  it('reads "no rush", "keine Eile", "rien d\'urgent" as no inability', async () => {
    expect(await misread(NO_HURRY)).to.deep.equal([])
  })
  it('reads "that fixed it", "all working now" as over', async () => {
    expect(await misread(FIX_WORKED)).to.deep.equal([])
  })
  it('reads an out-of-office as no lack of access', async () => {
    expect(await misread(AWAY)).to.deep.equal([])
  })
  it('reads a permission on an action as no lack of access to the account', async () => {
    expect(await misread(PERMISSION)).to.deep.equal([])
  })
  it('reads a lockout after too many attempts as a lockout, the attempts setting as a setting', async () => {
    expect(await misread(LOCKED_AFTER_ATTEMPTS)).to.deep.equal([])
  })
  it('reads cancelling a duplicate as no cancellation of an account', async () => {
    expect(await misread(CANCEL_DUPLICATE)).to.deep.equal([])
  })
  it('reads a PDF missing a field as a result off, not lost data', async () => {
    expect(await misread(PDF_LACKS)).to.deep.equal([])
  })
  it('reads "ignore our earlier request" as a request called off, not a wrong result', async () => {
    expect(await misread(IGNORE_REQUEST)).to.deep.equal([])
  })
  it('reads the reseller agreement and partner account a termination ends as its object', async () => {
    expect(await misread(TERMINATION_OBJECT)).to.deep.equal([])
  })
  it('reads a thing not found in the portal as missing from it, no lack of access', async () => {
    expect(await misread(NOT_FOUND)).to.deep.equal([])
  })
})
