// Round 14 (branch r14-quiet): the meanings behind the first read's misses of grown-39.yaml (English
// Support tickets where severity 1 is said quietly, by the situation and its consequences), each in
// other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// "not only X": no negation of X ("not only the reports - open any bill"); "operational" is no
// "operators" (its stem), so people at a machine are no program that stopped.
const NOT_ONLY: Phrasing[] = [
  ['Reports', 'Not only the dashboards, we also open the raw tables to compare.', 3, TS, '24x5'],
  ['Berichte', 'Wir öffnen nicht nur die Berichte, sondern auch die Rohdaten. Wie exportieren wir beides?', 3, TS, '24x5'],
  ['Rapports', 'Non seulement les rapports, nous ouvrons aussi les tableaux. Comment les exporter ?', 3, TS, '24x5'],
  ['Line', 'The packing line was stopped once while the operators checked a label. How do we print labels in bulk?', 3, TS, '24x5'],
  // traps: a plain negation still negates
  ['Bills', 'The bills do not open at all since this morning, for anyone.', 1, TS, '24x7'],
]

// Minutes (or a full minute) for an everyday action: slowness, 1 on 24x5.
const MINUTES_FOR_A_SCREEN: Phrasing[] = [
  ['Orders', 'Each order screen now needs two minutes to appear, for every user.', 1, TS, '24x5'],
  ['Tickets', 'Posting a reply takes a full minute for each agent since the update.', 1, TS, '24x5'],
  ['Tickets', 'Ein Ticket zu speichern dauert seit heute anderthalb Minuten.', 1, TS, '24x5'],
  ['Commandes', 'Chaque commande met deux minutes pour s\'afficher depuis ce matin.', 1, TS, '24x5'],
  // traps: a little longer than usual performs worse
  ['Tickets', 'Pages take a couple of seconds longer than they used to.', 2, TS],
]

// A verification code refused, or nobody getting back in after being signed out: a login failure.
const CODE_REFUSED: Phrasing[] = [
  ['2FA', 'The authenticator app codes are refused for every one of our admins.', 1, TS, '24x7'],
  ['Sign in', 'After the forced sign-out no agent has been back into Desk for an hour.', 1, TS, '24x7'],
  ['2FA', 'Die Codes aus der Authenticator-App werden bei allen abgelehnt.', 1, TS, '24x7'],
  ['2FA', 'Les codes de l\'application d\'authentification sont refusés pour toute l\'équipe.', 1, TS, '24x7'],
  // traps: a how-to about the authenticator
  ['2FA', 'How do we move our authenticator to a new phone?', 3, TS, '24x5'],
]

// The browser's "took too long to respond" page: the service does not answer, an outage.
const TOO_LONG_TO_RESPOND: Phrasing[] = [
  ['Books', 'books.zoho.eu takes too long to respond for all of us since 9.', 1, TS, '24x7'],
  ['Desk', 'Der Server hat zu lange gebraucht, um zu antworten, bei jedem Aufruf von Desk.', 1, TS, '24x7'],
  ['Desk', 'Le site a mis trop de temps à répondre, depuis ce matin, pour tout le monde.', 1, TS, '24x7'],
]

// The app asking to sign in again after taking the password: sent back to the sign-in, a login failure.
const ASKED_TO_SIGN_IN_AGAIN: Phrasing[] = [
  ['Mobile', 'The Desk app accepts the password and then asks every agent to log in again.', 1, TS, '24x7'],
  ['Mobile', 'Die App fordert uns nach dem Passwort sofort wieder zur Anmeldung auf.', 1, TS, '24x7'],
  ['Mobile', 'L\'application demande à nos commerciaux de se reconnecter juste après le mot de passe.', 1, TS, '24x7'],
  // traps: a question about the sign-in interval
  ['Session', 'How do we stop the app asking users to sign in again every week?', 3, TS, '24x5'],
]

// Stored values that changed by themselves, went to zero, turned unreadable or are nowhere to be found;
// others' records received: data integrity, 1 on 24x5.
const DATA_CHANGED: Phrasing[] = [
  ['Prices', 'All item prices in Inventory changed overnight, nobody edited them.', 1, TS, '24x5'],
  ['Stock', 'The stock of every product was reset to zero after the sync.', 1, TS, '24x5'],
  ['Attachments', 'The PDFs attached to our tickets are unreadable gibberish since Monday.', 1, TS, '24x5'],
  ['Owners', 'The old deal owners are nowhere to be found in the audit log.', 1, TS, '24x5'],
  ['Statements', 'Our clients are receiving each other\'s statements from Books.', 1, TS, '24x5'],
  ['Lager', 'Die Lagerbestände wurden über Nacht auf null gesetzt.', 1, TS, '24x5'],
  ['Dateien', 'Alle Dateien im Ordner sind plötzlich unlesbar.', 1, TS, '24x5'],
  ['Stock', 'Les stocks de tous les articles ont été remis à zéro cette nuit.', 1, TS, '24x5'],
  ['Fichiers', 'Tous nos fichiers sont illisibles depuis la migration.', 1, TS, '24x5'],
  // traps: a question about seeing colleagues' records, a reset asked for
  ['Sharing', 'How do we let reps see each other\'s deals?', 3, TS, '24x5'],
]

// People sent home, idle, or back to paper: a show-stopper, 1 on 24x5; when it is only feared
// ("we'll have to", "would have to"), nothing is reported.
const PEOPLE_IDLE: Phrasing[] = [
  ['Desk', 'The ticket list shows nothing, our agents are sitting idle.', 1, TS, '24x5'],
  ['CRM', 'We sent the team home at noon, there was nothing to work on in CRM.', 1, TS, '24x5'],
  ['Inventory', 'The warehouse is back to pen and paper because Inventory shows no orders.', 1, TS, '24x5'],
  ['Kasse', 'Wir können seit heute früh nicht mehr kassieren.', 1, TS, '24x5'],
  ['Caisse', 'Nos vendeurs se tournent les pouces, la caisse n\'affiche aucun article.', 1, TS, '24x5'],
  ['Tills', 'There is no way to take payments at the tills today.', 1, TS, '24x5'],
  // traps: feared or planned
  ['Maintenance', 'If the sync stops during the sale we would have to send everyone home. Is there a status page?', 3, TS, '24x5'],
  ['Maintenance', 'Please confirm the maintenance will not run past 6am; we will have to send the team home otherwise.', 3, TS, '24x5'],
]

// Everyone back in: the sign-in trouble is over, also under a subject that headlines it.
const BACK_IN: Phrasing[] = [
  ['Re: nobody can log in', 'Since 10 everybody can log in again. Thanks!', 3, TS, '24x5'],
  ['Re: users locked out', 'The whole team is back, many thanks for the help.', 3, TS, '24x5'],
  ['AW: Anmeldung unmöglich', 'Danke, alle können sich wieder anmelden.', 3, TS, '24x5'],
  ['RE: connexion impossible', 'Merci, tout le monde peut de nouveau se connecter.', 3, TS, '24x5'],
  // traps: still locked out
  ['Re: nobody can log in', 'Still nobody can log in, please escalate.', 1, TS, '24x7'],
]

// Figures from an earlier day, or not refreshed: a result off (2).
const STALE_FIGURES: Phrasing[] = [
  ['Dashboard', 'The revenue widget still shows Monday\'s figures.', 2, TS],
  ['Dashboard', 'The KPI tiles have not refreshed since yesterday.', 2, TS],
  ['Dashboard', 'Les chiffres du tableau de bord ne se rafraîchissent plus depuis hier.', 2, TS],
]

// Records that do not reach another product: a delivery (works partly: 2; none: 1 on 24x5), no access.
const RECORDS_REACH: Phrasing[] = [
  ['Sync', 'Some invoices do not reach Xero, the rest come through fine.', 2, TS],
  ['Sync', 'A few leads never reach CRM from the form; the others are fine.', 2, TS],
  ['Sync', 'Manche Bestellungen kommen nicht an, der Rest kommt an.', 2, TS],
  // traps: a place that cannot be reached is no access to records
  ['Portal', 'Our customers cannot reach the help centre at all since 8.', 1, TS, '24x7'],
]

// None of a kind runs any more: a total failure, 24x7 (as "stopped working").
const NONE_ANY_MORE: Phrasing[] = [
  ['Automation', 'None of our assignment rules trigger anymore since the release.', 1, TS, '24x7'],
  ['Mail', 'Not a single notification email goes out at all since Friday.', 1, TS, '24x7'],
  // traps: none of them does it right performs worse; people who no longer work are a show-stopper
  ['Automation', 'None of the reminders go out correctly any more, they have the wrong date.', 2, TS],
]

// A total of zero on a document: a result off (2); tax put on top of a tax-inclusive price: 2.
const ZERO_TOTAL: Phrasing[] = [
  ['Quotes', 'Every estimate PDF shows a zero total although the lines are fine.', 2, TS],
  ['Invoices', 'Books adds VAT on top of the tax-inclusive price on every invoice.', 2, TS],
  ['Devis', 'Le PDF du devis affiche un total à zéro.', 2, TS],
]

// A question about the future, or what happened with another vendor: nothing reported.
const NOT_REPORTED: Phrasing[] = [
  ['Migration', 'Will there be a moment when our users cannot log in during the move?', 3, TS, '24x5'],
  ['SSO', 'With our old helpdesk the whole team got locked out twice. How do we set up an emergency admin?', 3, TS, '24x5'],
  ['Umzug', 'Wird es eine Zeit ohne Anmeldung geben, während wir umziehen?', 3, TS, '24x5'],
  ['Migration', 'Y aura-t-il un moment où personne ne pourra se connecter ?', 3, TS, '24x5'],
  // traps: happening now
  ['SSO', 'The whole team is locked out right now.', 1, TS, '24x7'],
]

// Payment reminders are a product's feature, no payment renewal; a map view is no customer mapping.
const PRODUCT_FEATURES: Phrasing[] = [
  ['Reminders', 'How do we change the wording of the payment reminders in Books?', 3, TS, '24x5'],
  ['Map', 'Can the map view show the visits of one rep only?', 3, TS, '24x5'],
]

// In English the partner's own "shop" is no Zoho store (Zoho's is the "store"); German "Shop" is.
const OWN_SHOP: Phrasing[] = [
  ['Orders', 'No order has come in through our shop today, the checkout refuses the cards.', 1, TS, '24x5'],
  // traps: the German word for Zoho's store
  ['Shop', 'Der Shop ist seit heute Morgen nicht erreichbar.', 1, 'Store Related', '24x5'],
]

describe('phrasings of round 14, quiet severity 1 (grown-39)', () => {
  it('reads "not only" as no negation and operators as no operation', async () => {
    expect(await misread(NOT_ONLY)).to.deep.equal([])
  })
  it('reads minutes for an everyday screen as slowness', async () => {
    expect(await misread(MINUTES_FOR_A_SCREEN)).to.deep.equal([])
  })
  it('reads refused codes and nobody back in as a login failure', async () => {
    expect(await misread(CODE_REFUSED)).to.deep.equal([])
  })
  it('reads "took too long to respond" as an outage', async () => {
    expect(await misread(TOO_LONG_TO_RESPOND)).to.deep.equal([])
  })
  it('reads being asked to sign in again after the password as a login failure', async () => {
    expect(await misread(ASKED_TO_SIGN_IN_AGAIN)).to.deep.equal([])
  })
  it('reads values changed by themselves, zeroed, unreadable or nowhere as data integrity', async () => {
    expect(await misread(DATA_CHANGED)).to.deep.equal([])
  })
  it('reads people idle, sent home or back to paper as a show-stopper, not when feared', async () => {
    expect(await misread(PEOPLE_IDLE)).to.deep.equal([])
  })
  it('reads everyone back in as over', async () => {
    expect(await misread(BACK_IN)).to.deep.equal([])
  })
  it('reads figures of an earlier day as a result off', async () => {
    expect(await misread(STALE_FIGURES)).to.deep.equal([])
  })
  it('reads records that do not reach a product as a delivery, not access', async () => {
    expect(await misread(RECORDS_REACH)).to.deep.equal([])
  })
  it('reads none of a kind running any more as a total failure', async () => {
    expect(await misread(NONE_ANY_MORE)).to.deep.equal([])
  })
  it('reads a zero total and tax on top of an inclusive price as results off', async () => {
    expect(await misread(ZERO_TOTAL)).to.deep.equal([])
  })
  it('reads a question about the future and another vendor\'s past as nothing reported', async () => {
    expect(await misread(NOT_REPORTED)).to.deep.equal([])
  })
  it('reads payment reminders and a map view as product features', async () => {
    expect(await misread(PRODUCT_FEATURES)).to.deep.equal([])
  })
  it('reads an English "shop" as the partner\'s own, the German "Shop" as the store', async () => {
    expect(await misread(OWN_SHOP)).to.deep.equal([])
  })
})
