// Round 27 (branch r27-hedged): the meanings behind the first-read misses of grown-103.yaml (English tickets where a
// real severity-1 problem is written hedged or as a question, with true questions as traps), in other words and
// languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'

// A bare HTTP 500 after a verb of getting or giving ("every user gets a 500 when they open Desk", "getting 500s",
// "bekommen ... einen 500er", "prend une 500"): the service down (24x7), hedged or not; a sum of 500 is none.
const BARE_500: Phrasing[] = [
  ['Books', 'Maybe it is our proxy, but everyone here gets a 500 when opening Books since 11.', 1, TS, '24x7'],
  ['Creator', 'Our Creator portal has been throwing 500s at every customer since the release.', 1, TS, '24x7'],
  ['API', 'Not sure if it is just us: the Desk API returns a 500 for every request since 7.', 1, TS, '24x7'],
  ['Desk', 'Wir bekommen seit heute früh bei jedem Aufruf von Desk einen 500er.', 1, TS, '24x7'],
  ['CRM', "C'est peut-être chez nous, mais tout le monde prend une 500 dès l'ouverture du CRM.", 1, TS, '24x7'],
  // traps: a sum, a limit, a count
  ['Credit', 'We got a 500 euro credit note last month, how do we apply it to the next invoice?', 3, 'Invoice changes'],
  ['Import', 'How do we import 500 contacts at once from a CSV file?', 3, TS],
]

// Credentials refused at sign-in, or a right password the product calls wrong ("Invalid credentials" for every agent,
// "says the password is wrong", "incorrect password" even right after a reset): a login failure (24x7); an
// integration's SMTP or API credentials are the integration's; a user's own typo is theirs.
const PASSWORD_REFUSED: Phrasing[] = [
  ['Login?', 'Has anything changed? All our agents get "Invalid credentials" when they sign in to Desk.', 1, TS, '24x7'],
  ['CRM', 'Since 9 CRM keeps saying the password is incorrect for every rep, even after a reset.', 1, TS, '24x7'],
  ['Desk', 'Every agent sees "wrong password" even right after resetting it, so nobody works.', 1, TS, '24x7'],
  ['Anmeldung', 'Seit heute früh heißt es bei allen Agenten: Zugangsdaten ungültig.', 1, TS, '24x7'],
  ['Connexion', 'Le CRM dit que le mot de passe est incorrect pour tous nos commerciaux depuis ce matin.', 1, TS, '24x7'],
  ['Portal', 'Could there be something wrong with the partner portal? It says our password is wrong even after two resets.', 1, SR, '24x5'],
  // traps: an integration's credentials, a user's own typo, a hypothesis
  ['SMTP', 'The SMTP credentials for our mail server are invalid, how do we update them in Desk?', 3, TS],
  ['Password', 'I typed the wrong password three times, how do I reset it?', 3, TS],
  ['Guide', 'If Desk says the password is wrong, what should a new agent do?', 3, TS],
]

// A guess at the cause of a harm that already happened, asked as a question ("Is it possible that the import
// overwrote our contacts?", "Could the sync have deleted them?"), and many records now carrying one and the same value:
// data written over (1, 24x5); a question about what an import would do keeps its hypothesis.
const CAUSE_GUESSED: Phrasing[] = [
  ['Contacts?', 'Is it possible that yesterday\'s sync deleted our supplier contacts? About 900 are no longer there.', 1, TS, '24x5'],
  ['Import?', 'Could the import have overwritten our accounts? They all have the same billing address now.', 1, TS, '24x5'],
  ['Leads', 'Since the mass update 2,300 leads all have the same owner and phone number.', 1, TS, '24x5'],
  ['Kontakte', 'Könnte der Import von heute Nacht unsere Kontakte überschrieben haben? Sie haben alle dieselbe Adresse.', 1, TS, '24x5'],
  ['Contacts', "L'import pourrait-il avoir écrasé nos fiches ? Elles ont toutes la même adresse e-mail maintenant.", 1, TS, '24x5'],
  // traps: what an import would do, deleted records to restore, a how-to about duplicates
  ['Import', 'Is it possible that the import overwrites existing records if the email matches?', 3, TS],
  ['Restore', 'Is it possible that deleted records are restored from the backup?', 3, TS],
  ['Phone numbers', 'How do we find contacts that all have the same phone number?', 3, TS],
]

// Routing that assigned none of the new arrivals ("not a single new ticket has been assigned today"): the feature
// delivers nothing (1, 24x5); a how-to about one's own queue is none.
const NONE_ASSIGNED: Phrasing[] = [
  ['Routing?', 'I might be wrong, but not one new ticket has been assigned since the morning, they all sit in the queue.', 1, TS, '24x5'],
  ['Leads', 'Not a single new lead has been assigned to the reps today, the round robin seems dead.', 1, TS],
  ['Zuweisung', 'Heute wurde kein einziges neues Ticket einem Agenten zugewiesen.', 1, TS, '24x5'],
  ['Attribution', "Aucun nouveau ticket n'a été attribué aujourd'hui, ils restent tous dans la file.", 1, TS, '24x5'],
  // trap: a how-to
  ['Queue', 'No new ticket has been assigned to me yet, how do I pick one from the queue?', 3, TS],
]

// A downtime asked about with an inverted "would" ("Would the portal be down during the migration?", "Wäre das
// Portal ... nicht erreichbar?", "Le portail serait-il indisponible ?"): a question, nothing down; a request to check
// why something is down ("Will you check why CRM seems to be down?") asks about a present fact ("why" ends the clause).
const WOULD_IT_BE_DOWN: Phrasing[] = [
  ['Partner portal', 'Would the partner portal be down during the platform switch, and for how long?', 2, SR],
  ['Migration', 'Would it be offline for long when you move our org to the new data centre?', 3, TS],
  ['Partnerportal', 'Wäre das Partnerportal während der Umstellung nicht erreichbar?', 2, SR],
  ['Portail partenaire', 'Le portail partenaire serait-il indisponible pendant la migration ?', 2, SR],
  // traps: a request to check a present outage
  ['CRM', 'Will you check why CRM seems to be down for all of us since 8?', 1, TS, '24x7'],
  ['Desk', 'Would you check why Desk seems to be unavailable for every agent this morning?', 1, TS, '24x7'],
  ['Portal', 'Would it be down for everyone? Nobody in our office can open the partner portal since 7.', 1, SR],
]

// A lockout or a failed sign-in asked about as a possibility for a user, or as a risk ("Could a user get locked out
// if ...", "is there a risk that nobody can sign in if ...", "y a-t-il un risque que"): a question (3).
const ASKED_AS_A_RISK: Phrasing[] = [
  ['Lockout', 'Could an agent get locked out if she mistypes her password five times?', 3, TS],
  ['SSO', 'Is there a risk that nobody can sign in on Monday if the certificate is wrong?', 3, TS],
  ['Verrouillage', 'Un utilisateur pourrait-il être bloqué après cinq tentatives ?', 3, TS],
  ['SSO', "Y a-t-il un risque que personne ne puisse se connecter si le certificat est faux ?", 3, TS],
  // traps: the lockout happened; a risk named beside a present login failure
  ['Locked out', 'Could a user please help? All our agents are locked out of Desk since 9.', 1, TS, '24x7'],
  ['Risk', 'There is a real risk that we lose the client because nobody can log in since Monday.', 1, TS, '24x7'],
]

// A password change named as a moment or a cause ("it stopped once after a password change", "nach einer
// Passwortänderung"): no password used to get in; a present sign-in failure after it still counts.
const PASSWORD_CHANGE: Phrasing[] = [
  ['Sync', 'How do we get an alert when the sync stops? Last spring it stopped once after a password change.', 3, TS],
  ['Sync', 'Nach einer Passwortänderung lief die Synchronisation einmal nicht mehr, wie bemerken wir das künftig?', 3, TS],
  // traps: a present login failure after the change
  ['Login', 'Since the password change this morning nobody can log in to Desk.', 1, TS, '24x7'],
  ['Anmeldung', 'Seit der Passwortänderung kann sich niemand mehr anmelden.', 1, TS, '24x7'],
  ['Connexion', 'Après le changement de mot de passe, plus aucun agent ne peut se connecter à Desk.', 1, TS, '24x7'],
]

// A past outage followed by a sentence that says it is fine today ("It's all fine today.", "It works fine now.",
// "Heute ist alles in Ordnung.", "Tout va bien aujourd'hui."): over (3); another product still down counts.
const FINE_TODAY: Phrasing[] = [
  ['Outage?', 'Our client says Desk would not load for an hour last night. It is fine today.', 3, TS],
  ['Outage?', 'Can you tell us why Books was down on Tuesday? It works fine now.', 3, TS],
  ['Ausfall?', 'Ein Kunde sagt, CRM war gestern Abend nicht erreichbar. Heute ist alles in Ordnung.', 3, TS],
  ['Panne ?', "Un client dit que le CRM ne chargeait pas hier soir. Tout va bien aujourd'hui.", 3, TS],
  // traps: something else still down
  ['CRM', 'Books was down yesterday. It is all fine today, but CRM does not load for anyone since 10.', 1, TS, '24x7'],
]

// The partner's own conclusion from the documentation ("the sync runs every hour, so I think that's expected"): a
// delay as documented, no slower than documented (3).
const EXPECTED_DELAY: Phrasing[] = [
  ['Sync delay?', 'Invoices take about 50 minutes to reach CRM. Your help page says the sync runs hourly, so that is expected, right?', 3, TS],
  ['Delay', 'Orders take two hours to show in Inventory; the docs say the import runs every two hours, so I guess that is normal.', 3, TS],
  // trap: slower than the documentation
  ['Sync slow', 'Your docs say the sync runs every 5 minutes, but invoices take an hour to appear.', 2, TS],
]

// Renewals the partner plans to place in a week ("several renewals planned that week", "place renewals"): their own
// work, no renewal asked for (the Operations default 2 beside a question); a renewal asked for stays 3.
const RENEWALS_PLANNED: Phrasing[] = [
  ['Partner portal', 'Is the partner portal available next Monday? We have a dozen renewals planned that day.', 2, SR],
  ['Partnerportal', 'Wir haben in der Woche mehrere Verlängerungen geplant, ist das Partnerportal dann erreichbar?', 2, SR],
  ['Portail partenaire', 'Nous avons plusieurs renouvellements prévus cette semaine-là, le portail partenaire sera-t-il disponible ?', 2, SR],
  // traps: a renewal asked for; the store down beside planned renewals
  ['Renewal', 'Please renew the CRM licences of Harbour Dental for another year.', 3, 'Payments Renewal'],
  ['Store', 'We have renewals planned this week and nobody can get into the partner store.', 1, SR],
]

// "Is something going on?" asks what is happening, no program that does not run; French "affaires" are deals, a
// "chiffre d'affaires" is a figure, "importante" is no import.
const ODD_WORDS: Phrasing[] = [
  ['Slow', 'CRM seems a little slower than last week, nothing major, is something going on?', 2, TS],
  ['Affaires', 'On dirait que toutes nos affaires de mars ont disparu du CRM.', 1, TS, '24x5'],
  ['Tableau de bord', "Le chiffre d'affaires de mars a disparu du tableau de bord, est-ce un filtre ?", 3, TS],
  ['Retard', 'Nous avons perdu une affaire importante à cause du retard de la synchronisation.', 2, TS],
  // traps: nothing going on for real; contacts no longer imported
  ['Desk', 'Nothing is going on in Desk since 9: no tickets come in and agents cannot log in.', 1, TS, '24x7'],
  ['Import', 'Les contacts ne sont plus importés depuis lundi.', 1, TS, '24x7'],
]

describe('phrasings of round 27, branch r27-hedged', () => {
  it('reads a bare HTTP 500 after get or give as the service down', async () => {
    expect(await misread(BARE_500)).to.deep.equal([])
  })
  it('reads credentials or a right password refused at sign-in as a login failure', async () => {
    expect(await misread(PASSWORD_REFUSED)).to.deep.equal([])
  })
  it('reads a guessed cause of a past harm, and records all alike now, as data written over', async () => {
    expect(await misread(CAUSE_GUESSED)).to.deep.equal([])
  })
  it('reads routing that assigned none of the new arrivals as a feature delivering nothing', async () => {
    expect(await misread(NONE_ASSIGNED)).to.deep.equal([])
  })
  it('reads a downtime asked with an inverted "would" as a question, "check why" as a present fact', async () => {
    expect(await misread(WOULD_IT_BE_DOWN)).to.deep.equal([])
  })
  it('reads a lockout asked as a possibility or a risk as a question', async () => {
    expect(await misread(ASKED_AS_A_RISK)).to.deep.equal([])
  })
  it('reads a password change as a moment, not a password used to get in', async () => {
    expect(await misread(PASSWORD_CHANGE)).to.deep.equal([])
  })
  it('reads "it is fine today" after a past outage as over', async () => {
    expect(await misread(FINE_TODAY)).to.deep.equal([])
  })
  it("reads a delay the partner concludes is expected from the documentation as documented", async () => {
    expect(await misread(EXPECTED_DELAY)).to.deep.equal([])
  })
  it('reads renewals planned as the partner\'s own work, no renewal request', async () => {
    expect(await misread(RENEWALS_PLANNED)).to.deep.equal([])
  })
  it('reads "is something going on", French "affaires" and "importante" as they mean', async () => {
    expect(await misread(ODD_WORDS)).to.deep.equal([])
  })
})
