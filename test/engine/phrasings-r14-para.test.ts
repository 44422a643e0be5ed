// Round 14 (branch r14-para): the meanings behind the first read's misses of grown-40.yaml (66 English
// tickets, each another partner's account of a dev original), each in other words and languages than the
// tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const IC = 'Invoice changes'

// A thanks for the fix: what it names after it in its clause is over ("thanks for sorting the downtime").
const THANKS_FOR_THE_FIX: Phrasing[] = [
  ['Timesheets', 'Thanks for fixing the outage so quickly. Since then every entry shows twice.', 2, TS, '24x5'],
  ['Re: CRM', 'Thank you for restoring access yesterday. How do I add a new field to the Leads layout?', 3, TS, '24x5'],
  ['AW: Ausfall', 'Danke für die schnelle Behebung des Ausfalls. Wie kann ich ein Feld hinzufügen?', 3, TS, '24x5'],
  ['RE: panne', "Merci d'avoir rétabli l'accès si vite. Comment ajouter un champ ?", 3, TS, '24x5'],
  // traps: a new trouble after the thanks, in a clause of its own; a thanks for looking, no fix
  ['Login', 'Thanks for fixing the login page yesterday, but since this morning nobody can sign in.', 1, TS, '24x7'],
  ['Outage', 'Thanks for looking into the outage, it is still down for all our users.', 1, TS, '24x7'],
]

// "It is over" said as such ("the outage is over", "ist vorbei", "est terminée").
const IT_IS_OVER: Phrasing[] = [
  ['Outage', 'The outage this morning is over and our agents are back in. Could you send a root cause report?', 3, TS, '24x5'],
  ['Downtime', 'The downtime is now over. We would like to know what happened.', 3, TS, '24x5'],
  ['Ausfall', 'Der Ausfall von heute früh ist vorbei. Können Sie uns einen Bericht schicken?', 3, TS, '24x5'],
  ['Panne', 'La panne de ce matin est terminée. Pouvez-vous nous envoyer un rapport ?', 3, TS, '24x5'],
  // traps: "over" as "more than"; over for some only
  ['Slow', 'Each page load is over 30 seconds for all users.', 1, TS, '24x5'],
  ['Outage', 'The outage is over for some users, but 20 agents still cannot log in.', 1, TS, '24x7'],
]

// A false alarm after words a hypothesis set aside ("please ignore the subject line, false alarm"):
// still a sentence of its own, so the subject's alarm is over.
const IGNORE_THE_SUBJECT: Phrasing[] = [
  ['URGENT: outage', 'Please ignore the subject line, false alarm. Could you resend the March invoice?', 2, IC, '24x5'],
  ['CRM down', 'Ignore my previous mail, false alarm - our VPN was the cause. How do I export the dashboard as PDF?', 3, TS, '24x5'],
  ['Ausfall!', 'Bitte ignorieren Sie den Betreff, Fehlalarm. Können Sie uns die Rechnung für März erneut senden?', 2, IC, '24x5'],
  ['Panne', "Merci d'ignorer l'objet, fausse alerte. Pouvez-vous renvoyer la facture de mars ?", 2, IC, '24x5'],
]

// How a product behaves under a condition ("how are webhooks retried when our endpoint is unavailable"):
// a question about a case, nothing reported. (German puts a comma before "wenn", which ends the
// clause; "falls" already says it.)
const BEHAVIOUR_WHEN: Phrasing[] = [
  ['Webhooks', 'How often are webhooks retried when our endpoint is unavailable?', 3, TS, '24x5'],
  ['Sync', 'How is a failed sync handled when the CRM is unavailable?', 3, TS, '24x5'],
  ['Webhooks', 'Combien de fois Desk réessaie-t-il lorsque notre serveur est indisponible ?', 3, TS, '24x5'],
  // traps: unavailable said plainly
  ['Help center', 'Our help center is unavailable for all customers since 9:00.', 1, TS, '24x7'],
]

// Signed out again and again: a login problem ("keep getting signed out", "werden ständig abgemeldet").
const SIGNED_OUT: Phrasing[] = [
  ['Bigin', 'Our reps keep getting signed out every few minutes.', 1, TS, '24x7'],
  ['Desk', 'Agents got signed out of Desk at 10:00 and nobody can sign in since.', 1, TS, '24x7'],
  ['Desk', 'Unsere Agenten werden ständig abgemeldet.', 1, TS, '24x7'],
  ['Desk', 'Nos agents sont déconnectés toutes les cinq minutes.', 1, TS, '24x7'],
  // traps: signing out as an action
  ['Sign out', 'How do I sign out all sessions of a user who left?', 3, TS, '24x5'],
  ['Sign out', 'Where is the sign out button in the mobile app?', 3, TS, '24x5'],
]

// Not a single time since: a feature that no longer runs at all, a total failure (24x7).
const NOT_ONCE_SINCE: Phrasing[] = [
  ['Alerts', 'The escalation rule has not fired once since the update.', 1, TS, '24x7'],
  ['Reminders', 'The reminder mail has not been sent a single time since Monday.', 1, TS, '24x7'],
  ['Alerts', "The SLA alert hasn't fired even once since the migration.", 1, TS, '24x7'],
  ['Workflow', 'Der Workflow wurde seit dem Update kein einziges Mal ausgelöst.', 1, TS, '24x7'],
  ['Workflow', "La règle ne s'est plus déclenchée une seule fois depuis la mise à jour.", 1, TS, '24x7'],
  // traps: once as a wish, once as it is planned
  ['Digest', 'How do I make the digest go out only once?', 3, TS, '24x5'],
  ['Workflow', 'Der Workflow wurde nur ein einziges Mal ausgelöst, wie geplant. Wie kann ich das ändern?', 3, TS, '24x5'],
]

// A price book is a CRM feature, no price talk with Zoho's sales.
const PRICE_BOOK: Phrasing[] = [
  ['Price books', 'Can one price book hold prices in two currencies in CRM?', 3, TS, '24x5'],
  ['Preisbücher', 'Wie kann ich im CRM ein Preisbuch pro Währung anlegen?', 3, TS, '24x5'],
  ['Catalogue de prix', 'Comment appliquer un catalogue de prix à un seul compte dans CRM ?', 3, TS, '24x5'],
  // trap: pricing asked of Zoho
  ['Pricing', 'Can we get special pricing for a 300-seat deal?', 2, 'Sales Discussions', '24x5'],
]

// Asking Zoho to e-mail its document ("could you email it to us", "zukommen lassen", "nous la transmettre"):
// a document Zoho sends, no product's record lost.
const EMAIL_US_THE_DOCUMENT: Phrasing[] = [
  ['Invoice missing', 'We renewed Desk for our client last week but the invoice is not in the partner portal. Could you email it to us?', 2, IC, '24x5'],
  ['Rechnung fehlt', 'Die Rechnung für die Verlängerung fehlt im Partnerportal, können Sie sie uns zukommen lassen?', 2, IC, '24x5'],
  ['Facture manquante', "La facture du renouvellement n'apparaît pas dans le portail partenaire, pouvez-vous nous la transmettre ?", 2, IC, '24x5'],
  // trap: a product's own invoices lost
  ['Invoices missing', 'After the import 300 invoices are missing from Books.', 1, TS, '24x5'],
]

describe('phrasings of round 14 (r14-para: other partners, same matters)', () => {
  it('reads a thanks for the fix as over, also for what it names after it', async () => {
    expect(await misread(THANKS_FOR_THE_FIX)).to.deep.equal([])
  })
  it('reads "the outage is over" as over, not "over 30 seconds"', async () => {
    expect(await misread(IT_IS_OVER)).to.deep.equal([])
  })
  it('reads a false alarm after a set-aside mention as a sentence of its own', async () => {
    expect(await misread(IGNORE_THE_SUBJECT)).to.deep.equal([])
  })
  it('reads how a product behaves when a thing is unavailable as a question', async () => {
    expect(await misread(BEHAVIOUR_WHEN)).to.deep.equal([])
  })
  it('reads being signed out again and again as a login problem', async () => {
    expect(await misread(SIGNED_OUT)).to.deep.equal([])
  })
  it('reads "not once since" as a total failure', async () => {
    expect(await misread(NOT_ONCE_SINCE)).to.deep.equal([])
  })
  it('reads a price book as a CRM feature', async () => {
    expect(await misread(PRICE_BOOK)).to.deep.equal([])
  })
  it('reads a request to e-mail Zoho\'s document as an invoice request', async () => {
    expect(await misread(EMAIL_US_THE_DOCUMENT)).to.deep.equal([])
  })
})
