// Round 8 (branch r8-ops): Operations meanings the batch test/fixtures/classify/grown-23.yaml missed as
// written, said back in other words and in the three languages, each with a trap that must not
// match. Each: subject, text, severity, and the type and clock where the phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'
const COM = 'Commission Payment'
const TRIAL = 'Trial Extension'
const UP = 'Upgrades'
const SALES = 'Sales Discussions'

describe('phrasings (r8-ops): Operations tickets in partners\' words', () => {
  it('reads an account cancellation said as "pulling the plug" or "mettre un terme"', async () => {
    const list: Phrasing[] = [
      ['Zoho One', 'After the board meeting the customer is pulling the plug on Zoho and moving everything to Dynamics.', 1, PR],
      ['Halden Freight', 'They have decided to pull the plug on their CRM subscription at the end of March.', 1, PR],
      ['Abonnement', 'Notre client souhaite mettre un terme à son abonnement Zoho Desk au 31 mars.', 1, PR],
      ['Contrat', 'Nous voulons mettre un terme au contrat de la société Morel à la fin de la période.', 1, PR],
      // traps: an unplugged device, a plug-in
      ['Desk widget', 'How do we pull data from the CRM plugin into a Desk widget?', 3, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a plan as a plan, not as something planned', async () => {
    const list: Phrasing[] = [
      ['CRM down', 'Our client on the Enterprise plan cannot use the CRM: it is down since 9:00.', 1, TS, '24x7'],
      ['Desk', 'Since their plan changed to Professional the agents cannot log in to Desk.', 1, TS, '24x7'],
      ['Mail', 'On the Mail Lite plan none of the mailboxes receive mail since 8:00.', 1, TS],
      ['Plan', 'The customer on the Standard plan: the API returns error 500 for every call since this morning.', 1, TS],
      // trap: planned maintenance is still a hypothesis
      ['Maintenance', 'Is there planned downtime for the CRM this weekend?', 3, TS, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads French "bloqué" alone as no show-stopper, "bloquant" as one', async () => {
    const list: Phrasing[] = [
      ['Mise à niveau', 'Le client veut passer à l\'édition Enterprise; le projet est bloqué en attendant votre réponse sur le prix.', 2, UP],
      ['Facture', 'Merci de corriger l\'adresse sur votre facture FA-2231, le paiement est bloqué chez le client.', 2, INV],
      // traps: blocking is a show-stopper
      ['Bug Books', 'Ce bug est bloquant pour toute notre activité depuis ce matin.', 1, TS],
      ['Synchronisation', 'Problème bloquant : la synchronisation CRM-Books ne fonctionne plus du tout.', 1, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads "is it possible to get…" as a request to Zoho, not an Operations how-to', async () => {
    const list: Phrasing[] = [
      ['Discount', 'We are negotiating a 3-year Zoho One deal for 250 users. Is it possible to get an additional discount?', 2, SALES],
      ['Remise', 'Nous négocions avec un client de 200 utilisateurs. Est-il possible d\'obtenir une remise supplémentaire ?', 2, SALES],
      ['Sonderpreis', 'Der Kunde vergleicht mit Salesforce. Ist es möglich, einen Sonderpreis zu bekommen?', 2, SALES],
      ['Pricing', 'Is there any room for a better price on the tender for 900 staff?', 2, SALES],
      // traps: how-to questions stay how-to
      ['Commission statement', 'How can we get the commission statement as a CSV file?', 3, COM],
      ['Provisionsabrechnung', 'Wie können wir die Provisionsabrechnung als CSV bekommen?', 3, COM],
      ['Mapping', 'Is it possible to map a customer who bought directly to our partner account?', 3, STORE],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a renewal date beside an upgrade, or a configuration to renew, as no renewal request', async () => {
    const list: Phrasing[] = [
      ['Upgrade', 'The customer (annual plan, renews 30 June) needs an upgrade to Professional next week for a new team.', 2, UP],
      ['Upgrade', 'Kunde Berger (Verlängerung im Juni) möchte schon jetzt auf Enterprise upgraden, der Vertrieb braucht die Funktionen.', 2, UP],
      ['Édition', 'Le client (renouvellement en juin) veut passer à l\'édition Enterprise dès maintenant pour son nouveau réseau.', 2, UP],
      ['Trial ends Friday', 'Could you extend the trial by two weeks? We would hate to renew the whole configuration from scratch.', 2, TRIAL],
      // traps: renewal requests
      ['Renewal', 'Please renew the 20 CRM licences of Acme Ltd for another year.', 3, PR],
      ['Verlängerung', 'Bitte verlängern Sie die 18 Lizenzen von Hotel Seeblick um 12 Monate.', 3, PR],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads billing "au prorata" as an upgrade\'s price, not an invoice to change', async () => {
    const list: Phrasing[] = [
      ['Mise à niveau - facturation au prorata ?', 'Le client passe à l\'édition Premium : la différence sera-t-elle facturée au prorata ?', 2, UP],
      ['Upgrade - prorated billing?', 'The customer moves from Standard to Professional in March: will the difference be invoiced pro rata?', 2, UP],
      ['Upgrade', 'Wird die Differenz beim Upgrade auf Enterprise anteilig berechnet oder beginnt ein neues Jahr?', 2, UP],
      // trap: an invoice to correct
      ['Invoice', 'Please correct invoice INV-2231: the billing address is wrong.', 2, INV],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a customer\'s Zoho Commerce shop as a product, not the partner store', async () => {
    const list: Phrasing[] = [
      ['Boutique Zoho Commerce hors ligne', 'La boutique de notre client sur Zoho Commerce est hors ligne depuis ce matin.', 1, TS, '24x7'],
      ['Shop offline', 'Der Shop unseres Kunden auf Zoho Commerce ist seit heute früh offline.', 1, TS, '24x7'],
      ['Boutique en ligne', 'La boutique en ligne de notre client est hors ligne depuis 7h, les visiteurs voient une erreur 503.', 1, TS, '24x7'],
      ['Zoho Commerce store down', 'Our client\'s Zoho Commerce store is down since 8am, no one can place an order.', 1, TS, '24x7'],
      ['Commerce', 'Der Zoho Commerce Shop unseres Kunden ist seit heute früh offline.', 1, TS, '24x7'],
      // traps: the partner store
      ['Partner store down', 'The partner store is down, we cannot place any orders since yesterday.', 1, STORE, '24x5'],
      ['Boutique partenaire', 'La boutique partenaire est inaccessible depuis hier soir.', 1, STORE, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads late fees on an invoice template as a name, not a delay', async () => {
    const list: Phrasing[] = [
      ['Modèle de facture', 'Comment ajouter les pénalités de retard en bas du modèle de facture dans Zoho Books ?', 3, TS],
      ['Intérêts', 'Comment afficher les intérêts de retard sur les factures générées par Books ?', 3, TS],
      // trap: a delay is a delay
      ['E-mails', 'Les e-mails de notification arrivent avec deux heures de retard depuis lundi.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a sales commission a script computes as technical', async () => {
    const list: Phrasing[] = [
      ['Deluge function for sales commission', 'How do we compute the sales commission on closed deals with a Deluge function?', 3, TS],
      ['Sales commission field', 'How can a workflow fill the sales commission field when a deal is won?', 3, TS],
      // trap: Zoho's commission to the partner
      ['Commission Q3', 'Our commission for Q3 has not been paid yet, could you check?', 2, COM],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads an invoice cancelled by its number as an invoice change, not an account cancellation', async () => {
    const list: Phrasing[] = [
      ['Duplicate', 'We got the same order billed twice. Please cancel INV-2026-0412 and keep the first one.', 2, INV],
      ['Doppelte Rechnung', 'Bitte stornieren Sie INV-2026-0412, sie wurde doppelt ausgestellt.', 2, INV],
      // trap: a subscription to cancel
      ['Cancellation', 'Please cancel the CRM subscription of Acme Ltd at the end of the term.', 1, PR],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a partner account to renew as a renewal request, not a store matter', async () => {
    const list: Phrasing[] = [
      ['Renouvellement de notre compte partenaire', 'Notre compte partenaire arrive à échéance fin janvier, merci de le renouveler.', 3, PR],
      ['Renouvellement de notre compte partenaire', 'Notre compte partenaire (niveau Advanced) arrive à échéance fin janvier.', 3, PR],
      ['Partner account renewal', 'Our partner account (Premium tier, ID 40077126) is due on 1 January, please send the paperwork.', 3, PR],
      ['Verlängerung Partnerkonto', 'Unser Partnerkonto (Partnerstufe Advanced) läuft am 31.03. aus, bitte senden Sie die Unterlagen.', 3, PR],
      ['Partner account renewal', 'Please renew our partner account for 2027 and tell us which documents you need.', 3, PR],
      ['Partnerkonto verlängern', 'Bitte verlängern Sie unser Partnerkonto um ein weiteres Jahr.', 3, PR],
      // traps: no access to the partner account
      ['Partner account', 'We cannot log in to our partner account since this morning.', 1, STORE, '24x5'],
      ['Compte partenaire', 'Impossible de nous connecter à notre compte partenaire depuis ce matin.', 1, STORE, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })
})
