// Round 177: six families of plain partner sentences that read wrong on main, with the traps that must stay lower.
// 1. Leaving Zoho, the Zoho accounts or licences no longer needed ("won't need our Zoho accounts anymore", "brauchen die
//    Zoho-Konten nicht mehr", "n'a plus besoin de ses comptes Zoho"): an account cancellation, Operations 1, of type Payments
//    Renewal as README's choices give every cancellation (`terminate`).
// 2. All of the partner's mail landing in spam, said with "all of them" after it or the German verb last: round 123's choice,
//    kept (every mail in spam reaches nobody in practice: 1 on 24x5, not 2; some of it stays 2).
// 3. Customers who see each other's tickets (or other customers' requests): a data exposure, 1 on 24x5 (`security`); the
//    people must be customers, so "our sales reps see each other's contacts" stays a how-to.
// 4. Candidates who cannot apply on the career site: judgement call, 1 on 24x5 as shoppers who cannot buy (the site's one
//    purpose fails for all its public; the site is up, so no 24x7). "can't apply" was read as "not applied" (2).
// 5. An error message shown instead of the product's list for everyone: downtime, 1 on 24x7 (`error instead for everyone`);
//    with no one named it stays a result instead of another (2), in one module a part failing (24x5).
// 6. Locked out of the account, or no access to it, though the customer paid: judgement call, Operations 1 (a show-stopper
//    for the customer's business, DOMAIN §4); a lockout asked about, not paid yet, or over keeps the renewal's reading.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const LEAVING: Phrasing[] = [
  ["Our accounts", "We are leaving — moving to Salesforce next month and won't need our Zoho accounts anymore.", 1, PR, '24x5'],
  ["Accounts", "We will not renew, please close everything.", 1, PR, '24x5'],
  ["Zoho-Konten", "Wir wechseln zu HubSpot und brauchen die Zoho-Konten nicht mehr.", 1, PR, '24x5'],
  ["Comptes", "Nous passons chez Salesforce, merci de fermer nos comptes.", 1, PR, '24x5'],
  ["Next month", "Our client is switching to HubSpot at the end of the month and no longer needs the Zoho CRM licences.", 1, PR, '24x5'],
  ["Accounts", "We have moved everything to Pipedrive, so we no longer need our Zoho accounts. Please close them.", 1, PR, '24x5'],
  ["Zoho One", "We don't need the Zoho One accounts anymore after the move to Microsoft Dynamics.", 1, PR, '24x5'],
  ["Wechsel", "Der Kunde wechselt zu Salesforce, die Zoho-Lizenzen werden ab nächsten Monat nicht mehr benötigt.", 1, PR, '24x5'],
  ["Konten", "Wir brauchen unsere Zoho-Konten nicht mehr, bitte alles schließen.", 1, PR, '24x5'],
  ["Départ", "Notre client part chez HubSpot et n'a plus besoin de ses comptes Zoho.", 1, PR, '24x5'],
  ["Comptes Zoho", "Nous n'avons plus besoin de nos comptes Zoho, nous passons à Salesforce le mois prochain.", 1, PR, '24x5'],
  // traps
  ["Migration", "How do we export our data from Zoho CRM to Salesforce?", 3, TS, '24x5'],
  ["Import", "We are moving our contacts from Salesforce to Zoho CRM next month, how do we import them?", 3, TS, '24x5'],
  ["Users", "We don't need the sandbox account anymore, how do I delete a user in CRM?", 3, TS, '24x5'],
  ["Sync", "We don't need the Zoho CRM sync to run at night anymore, how do I change the schedule?", 3, TS, '24x5'],
  ["HubSpot", "Wie können wir Daten aus HubSpot in Zoho CRM importieren?", 3, TS, '24x5'],
  ["Migration", "Nous passons de Salesforce à Zoho CRM, comment importer nos contacts ?", 3, TS, '24x5'],
  // a Zoho account not needed for one person, or asked about: nothing ends
  ["Question", "We do not need a new Zoho account for the intern, just a user in CRM.", 3, TS, '24x5'],
  ["Question", "The customer does not need Zoho Desk licences for the read-only users, correct?", 3, TS, '24x5'],
  ["Intern", "We won't need a Zoho account for the intern, he only uses the portal.", 3, TS, '24x5'],
]

const SPAM: Phrasing[] = [
  ["Spam", "Customers tell us our emails land in spam, all of them", 1, TS, '24x5'],
  ["Spam", "Our customers say every email we send from Desk ends up in their spam folder.", 1, TS, '24x5'],
  ["Spam", "Customers report that all our emails go to spam, every single one.", 1, TS, '24x5'],
  ["Spam", "Unsere Kunden sagen, dass alle unsere E-Mails im Spam landen.", 1, TS, '24x5'],
  ["Spam", "Seit gestern landen alle unsere Mails bei den Kunden im Spam-Ordner.", 1, TS, '24x5'],
  ["Spam", "Nos clients nous disent que tous nos e-mails arrivent dans les spams.", 1, TS, '24x5'],
  ["Spam", "Our emails all land in spam, without exception.", 1, TS, '24x5'],
  // traps
  ["Spam", "Some of our emails land in spam at one customer.", 2, TS, '24x5'],
  ["Spam", "Some of our emails land in spam, not all of them.", 2, TS, '24x5'],
  ["Spam", "Not all of our emails land in spam, only the ones to Outlook addresses.", 2, TS, '24x5'],
  ["Spam", "Einige unserer E-Mails landen im Spam, wie können wir das verhindern?", 2, TS, '24x5'],
  ["Spam", "Certains de nos e-mails arrivent dans les spams chez un client.", 2, TS, '24x5'],
  ["Spam", "How do we keep our emails from landing in spam? Should we set up SPF and DKIM?", 3, TS, '24x5'],
  ["Spam", "Will our emails land in spam if we change the sender domain?", 3, TS, '24x5'],
  ["Spam", "Our emails were landing in spam, but after the DKIM fix they all arrive fine now.", 3, TS, '24x5'],
]

const EXPOSED: Phrasing[] = [
  ["Help center", "Our customers can see each other's tickets in the help center", 1, TS, '24x5'],
  ["Portal", "Customers are seeing other customers' tickets in the customer portal since yesterday.", 1, TS, '24x5'],
  ["Help center", "In the help center one client can open the tickets of another client.", 1, TS, '24x5'],
  ["Help center", "Since the update, customers in the help center see each other's tickets.", 1, TS, '24x5'],
  ["Help Center", "Unsere Kunden sehen im Help Center die Tickets anderer Kunden.", 1, TS, '24x5'],
  ["Centre d'aide", "Nos clients voient les tickets des autres clients dans le centre d'aide.", 1, TS, '24x5'],
  ["Portal", "Each customer sees every other customer's requests in the portal.", 1, TS, '24x5'],
  // traps
  ["Help center", "Will our customers see each other's tickets in the help center?", 3, TS, '24x5'],
  ["Help center", "How do we make sure customers cannot see each other's tickets?", 3, TS, '24x5'],
  ["Help center", "Can customers see each other's tickets if they belong to the same account?", 3, TS, '24x5'],
  ["Help center", "Customers could see each other's tickets last week, but you fixed it, thanks.", 3, TS, '24x5'],
  ["Help center", "Customers don't see each other's tickets in the help center, right? Just checking before we go live.", 3, TS, '24x5'],
  ["Contacts", "How do we let our sales reps see each other's contacts in CRM?", 3, TS, '24x5'],
  ["Help Center", "Wie stellen wir sicher, dass Kunden im Help Center nicht die Tickets anderer Kunden sehen?", 3, TS, '24x5'],
  ["Centre d'aide", "Est-ce que nos clients verront les tickets des autres clients dans le centre d'aide ?", 3, TS, '24x5'],
]

const APPLY: Phrasing[] = [
  ["Careers page", "Candidates can't apply on our careers page", 1, TS, '24x5'],
  ["Career site", "Since this morning no candidate can submit an application on our career site.", 1, TS, '24x5'],
  ["Recruit", "Applicants are unable to apply for any job on our careers page.", 1, TS, '24x5'],
  ["Recruit", "Nobody can apply through the career site anymore.", 1, TS, '24x5'],
  ["Karriereseite", "Bewerber können sich auf unserer Karriereseite nicht mehr bewerben.", 1, TS, '24x5'],
  ["Karriereseite", "Seit heute Morgen kann sich niemand mehr über unsere Karriereseite bewerben.", 1, TS, '24x5'],
  ["Page carrières", "Les candidats ne peuvent plus postuler sur notre page carrières.", 1, TS, '24x5'],
  ["Recruit", "Aucun candidat ne peut postuler depuis ce matin.", 1, TS, '24x5'],
  // traps
  ["Careers page", "One candidate can't apply on our careers page, the others are fine.", 2, TS, '24x5'],
  ["Careers page", "The apply button on the careers page shows the wrong job title.", 2, TS, '24x5'],
  ["Filter", "The filter doesn't apply on the careers page.", 2, TS, '24x5'],
  ["Discount", "The discount can't apply to subscriptions, how do we set it up?", 2, TS, '24x5'],
  ["Careers page", "How can candidates apply on our careers page without an account?", 3, TS, '24x5'],
  ["Careers page", "Can candidates apply for two jobs at once on the careers page?", 3, TS, '24x5'],
  ["Careers page", "Candidates couldn't apply this morning, but it works again now.", 3, TS, '24x5'],
  ["Karriereseite", "Können sich Bewerber ohne Konto auf der Karriereseite bewerben?", 3, TS, '24x5'],
  ["Page carrières", "Comment les candidats peuvent-ils postuler sans compte ?", 3, TS, '24x5'],
]

const ERROR_INSTEAD: Phrasing[] = [
  ["Desk", "Desk is showing an error message instead of the ticket list for all agents", 1, TS, '24x7'],
  ["CRM", "CRM shows an error instead of the leads list for everyone.", 1, TS, '24x7'],
  ["Desk", "All agents get an error message instead of their tickets since 9am.", 1, TS, '24x7'],
  ["Desk", "Instead of the ticket list, Desk only shows an error message.", 1, TS, '24x7'],
  ["Desk", "Desk zeigt allen Agenten eine Fehlermeldung statt der Ticketliste.", 1, TS, '24x7'],
  ["CRM", "Seit heute früh zeigt CRM allen Benutzern eine Fehlermeldung statt der Leads.", 1, TS, '24x7'],
  ["Desk", "Desk affiche un message d'erreur au lieu de la liste des tickets pour tous les agents.", 1, TS, '24x7'],
  // traps (one module for everyone stays a part failing, 24x5; no one named, a result instead of another, 2)
  ["Reports", "The Reports module shows an error message instead of the reports for everyone.", 1, TS, '24x5'],
  ["CRM", "Seit heute früh zeigt CRM eine Fehlermeldung statt der Leads.", 2, TS, '24x5'],
  ["Desk", "For one agent Desk shows an error message instead of the ticket list, everyone else is fine.", 2, TS, '24x5'],
  ["Desk", "The save button shows an error message instead of saving the ticket.", 2, TS, '24x5'],
  ["Desk", "The export shows a warning instead of the CSV for one report.", 2, TS, '24x5'],
  ["Desk", "The ticket list shows the created date instead of the due date.", 2, TS, '24x5'],
  ["Formula", "The formula field shows an error instead of the total.", 2, TS, '24x5'],
  ["Desk", "How do we show a custom error message instead of the default one?", 3, TS, '24x5'],
  ["Desk", "Desk was showing an error message instead of the ticket list this morning, but it is fine now.", 3, TS, '24x5'],
  ["Desk", "Wie können wir eine eigene Fehlermeldung statt der Standardmeldung anzeigen?", 3, TS, '24x5'],
  ["Desk", "Comment afficher un message d'erreur personnalisé au lieu du message par défaut ?", 3, TS, '24x5'],
]

const LOCKED_PAID: Phrasing[] = [
  ["Access", "Our subscription expired and we are locked out, but we paid", 1, PR, '24x5'],
  ["Renewal", "We paid the renewal last week but the account is locked and nobody can log in.", 1, PR, '24x5'],
  ["Subscription", "Our subscription shows expired and we can't access the account although the payment went through.", 1, PR, '24x5'],
  ["Abo", "Unser Abo ist abgelaufen und wir sind ausgesperrt, obwohl wir bezahlt haben.", 1, PR, '24x5'],
  ["Zugang", "Wir haben die Verlängerung bezahlt, aber niemand kann sich anmelden, das Konto ist gesperrt.", 1, PR, '24x5'],
  ["Abonnement", "Notre abonnement a expiré et nous sommes bloqués hors du compte, alors que nous avons payé.", 1, PR, '24x5'],
  ["Accès", "Nous avons payé le renouvellement mais nous n'avons plus accès au compte.", 1, PR, '24x5'],
  // traps
  ["Renewal", "Our subscription expired, how do we renew it?", 3, PR, '24x5'],
  ["Renewal", "Our subscription expired and we are locked out. How do we renew it?", 3, PR, '24x5'],
  ["Renewal", "Will we be locked out if the renewal is paid a few days late?", 2, PR, '24x5'],
  ["Renewal", "We paid the renewal and the access is back, thanks.", 2, PR, '24x5'],
  ["Renewal", "We have not paid the renewal yet and the account is locked, please send the invoice again.", 2, PR, '24x5'],
]

describe('phrasings, round 177: leftovers of the probing rounds', () => {
  it('reads leaving Zoho, the accounts no longer needed, as a cancellation', async () => {
    expect(await misread(LEAVING)).to.deep.equal([])
  })
  it('reads every mail in spam as 1, some of it as 2', async () => {
    expect(await misread(SPAM)).to.deep.equal([])
  })
  it("reads customers who see each other's tickets as a data exposure", async () => {
    expect(await misread(EXPOSED)).to.deep.equal([])
  })
  it('reads candidates who cannot apply on the career site as a show-stopper', async () => {
    expect(await misread(APPLY)).to.deep.equal([])
  })
  it("reads an error in place of the product's list for everyone as downtime", async () => {
    expect(await misread(ERROR_INSTEAD)).to.deep.equal([])
  })
  it('reads a lockout though the customer paid as an Operations show-stopper', async () => {
    expect(await misread(LOCKED_PAID)).to.deep.equal([])
  })
})
