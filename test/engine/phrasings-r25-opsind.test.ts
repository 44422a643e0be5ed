// Round 25 (branch r25-opsind): the meanings behind the first-read misses of grown-95.yaml (Operations tickets whose
// severity 1 is said indirectly: a cancellation without the word "cancel", no access to the partner portal or store
// said by its symptoms), in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PR = 'Payments Renewal'
const SR = 'Store Related'
const TS = 'Technical Support'

// An account cancellation said without "cancel" (concept `terminate`): licences switched off, a partner or reseller
// agreement closed out, a Zoho practice wound down, a subscription to end with the current term; German "machen …
// nicht weiter", "nichts mehr … abbuchen", an account to "stilllegen", "nicht fortzusetzen"; French "ne souhaitons pas
// poursuivre", "ne plus prélever", an organisation to deactivate, reselling to cease, an account to "clore".
const INDIRECT_CANCELLATION: Phrasing[] = [
  ['Licences', 'Please switch off all 12 Projects licences for Orchard Dental on 30 April, they have moved to Asana.', 1, PR, '24x5'],
  ['Reseller agreement', "We'd like to close out our reseller agreement at the end of June, please tell us the steps.", 1, PR, '24x5'],
  ['Our practice', 'We are winding down our Zoho practice this summer and will hand our clients over to colleagues.', 1, PR, '24x5'],
  ['Desk', 'The client wants the Desk subscription to end with the current term in September.', 1, PR, '24x5'],
  ['Desk', 'Wir machen mit Zoho Desk ab Juli nicht weiter, bitte entsprechend vormerken.', 1, PR, '24x5'],
  ['Abbuchung', 'Bitte ab dem 1. Mai nichts mehr von unserem Konto abbuchen, das Projekt ist beendet.', 1, PR, '24x5'],
  ['Kunde Huber', 'Bitte das Konto unseres Kunden Huber zum 31.05. stilllegen.', 1, PR, '24x5'],
  ['Vertrag', 'Wir haben beschlossen, den Reseller-Vertrag nicht fortzusetzen.', 1, PR, '24x5'],
  ['Desk', "Nous ne souhaitons pas poursuivre l'abonnement Zoho Desk après juin.", 1, PR, '24x5'],
  ['Carte', 'Merci de ne plus prélever notre carte à partir de mai.', 1, PR, '24x5'],
  ['Organisation', "Merci de désactiver l'organisation Zoho One de la société Martin à la fin du mois.", 1, PR, '24x5'],
  ['Revente', "Nous allons cesser la revente de Zoho à la fin de l'année.", 1, PR, '24x5'],
  ['Compte', "Merci de clore le compte CRM de notre client à l'échéance.", 1, PR, '24x5'],
  // traps: an agreement closed as a deal, a reminder switched off, a wish to go on
  ['Deal', 'We hope to close the agreement with the customer next week, could your sales team join the call?', 2, 'Sales Discussions'],
  ['Reminders', 'How do we switch off the renewal reminder emails that CRM sends to our customers?', 3, TS],
  ['Verlängerung', 'Der Kunde möchte mit Zoho CRM weitermachen, bitte um ein weiteres Jahr verlängern.', 3, PR],
  ['Renouvellement', "Le client souhaite poursuivre avec Zoho Desk une année de plus, merci d'envoyer le lien de renouvellement.", 3, PR],
]

// A cancellation asked about as a process, in general, or said to be nobody's (concept `cancellation in general`):
// a how-to, none requested; a request in its own sentence still counts.
const CANCELLATION_IN_GENERAL: Phrasing[] = [
  ['Onboarding guide', 'For our onboarding guide: how does the cancellation process work for licences a client bought through us?', 3, PR],
  ['Annual plans', 'Could you explain how cancellation works for annual plans? Nobody is cancelling, we are just preparing a FAQ.', 3, PR],
  ['Jahreslizenzen', 'Wie funktioniert eine Kündigung bei Jahreslizenzen, die über uns gekauft wurden?', 3, PR],
  ['Handbuch', 'Können Sie uns erklären, wie eine Kündigung bei Monatslizenzen abläuft? Es geht nur um unser Handbuch.', 3, PR],
  ['Résiliation', 'Comment se passe une résiliation pour un abonnement annuel acheté chez nous ?', 3, PR],
  // traps: a request beside the general question
  ['Fieldway', 'Please cancel the Zoho One subscription of Fieldway Ltd at the end of the term. How does the cancellation process work for their Mail add-on?', 1, PR, '24x5'],
  ['Bauer GmbH', 'Bitte kündigen Sie das Abo der Bauer GmbH zum 30.06. Wie läuft die Kündigung bei den Zusatzlizenzen ab?', 1, PR, '24x5'],
]

// The customer's own customers, members or subscribers who end their contracts with that customer (concept `own
// clientele`): the client's business, no Zoho account ended.
const OWN_CLIENTELE: Phrasing[] = [
  ['Commission', 'A publisher we serve says many of their subscribers terminate their print contracts; please send the Q1 commission statement per customer.', 2, 'Commission Payment'],
  ['Provision', 'Bei unserem Kunden, einem Fitnessstudio, kündigen viele Mitglieder ihre Verträge. Bitte senden Sie uns die Provisionsabrechnung für März.', 2, 'Commission Payment'],
  ['Commission', 'Chez notre client, une salle de sport, de nombreux adhérents résilient leur contrat ; pouvez-vous nous envoyer le relevé de commissions de mars ?', 2, 'Commission Payment'],
  // trap: the customer itself ending its Zoho subscription
  ['Résiliation', 'Notre client, une salle de sport, souhaite résilier son abonnement Zoho CRM à la fin du mois.', 1, PR, '24x5'],
]

// The store or the partner portal that does not know the partner (concept `partner unknown`, rule `partner unknown to
// portal or store`): shut out, 1 on 24x5; a one-off that went through on a retry is not.
const PARTNER_UNKNOWN: Phrasing[] = [
  ['Reseller ID', 'The partner store keeps telling us our partner ID is not recognised whenever we try to buy licences for a client.', 1, SR, '24x5'],
  ['Portal', "Since the weekend the reseller portal answers 'Partner account not found' for all three of us.", 1, SR, '24x5'],
  ['Store', 'Im Partner-Store erscheint seit heute früh bei jedem Kauf: Partner-ID unbekannt.', 1, SR, '24x5'],
  ['Portail', "Depuis ce matin l'espace partenaire affiche « Partenaire introuvable » dès que l'un de nous se connecte.", 1, SR, '24x5'],
  // traps: a one-off that went through, a previous partner the customer does not know
  ['Store', "What does the message 'Reseller ID not recognised' in the partner store mean? It appeared once last week and then the order went through fine.", 2, SR],
  ['Map Acme to us', 'The customer says their previous partner is unknown to them; please map them to our partner account.', 3, SR],
]

// A control greyed out for everyone in the store or the portal (rule `greyed out in portal or store`): nobody can use
// it, 1 on 24x5; for one person with the others fine it is not.
const GREYED_OUT_IN_THE_STORE: Phrasing[] = [
  ['Buy now', 'The Buy now button in the Zoho Store is greyed out for all our staff since this morning.', 1, SR, '24x5'],
  ['Bestellungen', 'Im Partnerportal ist der Menüpunkt Bestellungen für alle unsere Mitarbeiter ausgegraut.', 1, SR, '24x5'],
  ['Boutique', 'Dans la boutique Zoho, le bouton Acheter est grisé pour tous les utilisateurs de notre société.', 1, SR, '24x5'],
  // trap: one person only
  ['Buy now', 'The Buy now button in the Zoho Store is greyed out for me only; my colleagues can use it.', 2, SR],
]

describe('phrasings (round 25, r25-opsind): Operations severity 1 said indirectly', () => {
  it('reads a cancellation said without "cancel"', async () => {
    expect(await misread(INDIRECT_CANCELLATION)).to.deep.equal([])
  })
  it('reads a cancellation asked about in general as a how-to', async () => {
    expect(await misread(CANCELLATION_IN_GENERAL)).to.deep.equal([])
  })
  it("sets aside the customer's own clientele cancelling", async () => {
    expect(await misread(OWN_CLIENTELE)).to.deep.equal([])
  })
  it('reads a store or portal that does not know the partner as no access', async () => {
    expect(await misread(PARTNER_UNKNOWN)).to.deep.equal([])
  })
  it('reads a control greyed out for everyone in the store or portal as a show-stopper', async () => {
    expect(await misread(GREYED_OUT_IN_THE_STORE)).to.deep.equal([])
  })
})
