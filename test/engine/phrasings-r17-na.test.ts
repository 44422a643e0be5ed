// Round 17 (branch r17-na): the meanings behind the first-read misses of grown-54.yaml (severity 1 as a
// feature that silently stopped doing its job, "nothing arrives / nothing happens"), in other words and
// languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, sla, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'

// What a feature delivers does not reach its place, said by its arrival ("never show up", "nothing turns up",
// "none of the webhooks reach", "nothing gets recorded"): it delivers nothing, 1 on 24x5 (README: records
// that do not reach another product, none).
const NOTHING_COMES_THROUGH: Phrasing[] = [
  ['Web form', 'The enquiries from the client\'s booking form never turn up in CRM.', 1, TS, '24x5'],
  ['Email channel', 'Customers write to the support address but nothing shows up in Desk.', 1, TS, '24x5'],
  ['Endpoint', 'None of the webhook calls have reached our endpoint since this morning.', 1, TS, '24x5'],
  ['Books', 'Online payments go through in PayPal, but nothing gets recorded against the invoices.', 1, TS, '24x5'],
  ['Leads', 'The new leads from the landing page don\'t show up in CRM at all since Monday.', 1, TS],
  ['Chat', 'Visitor messages never appear in the operators\' console.', 1, TS, '24x5'],
  ['Webhooks', 'Seit heute Nacht erreichen die Webhooks den Server nicht.', 1, TS, '24x5'],
  // traps: a value only shown somewhere, a person out of reach, money to wait for, only some of them
  ['Report', 'The new discount field doesn\'t show up in the report.', 2, TS],
  ['Phone', 'Nobody can reach you by phone today, is the hotline closed?', 3],
  ['Payout', 'Our commission payout hasn\'t reached our bank account yet.', 2],
  ['Form', 'A few enquiries from the form never show up in CRM; the others are fine.', 2, TS],
  ['Form', 'One in ten submissions never makes it to CRM, the rest come through.', 2, TS],
]

// The same stopped ("stopped landing", "stopped showing up"): a feature that no longer runs, 24x7 as "stopped running".
const STOPPED_COMING_THROUGH: Phrasing[] = [
  ['Reports', 'The scheduled exports stopped landing in the finance inbox on Monday.', 1, TS, '24x7'],
  ['Leads', 'Web leads have stopped showing up in CRM since the weekend.', 1, TS, '24x7'],
  ['Orders', 'Shopify orders stopped reaching Inventory last night.', 1, TS, '24x7'],
]

// A feature gone quiet, or none of a kind since a time said without a verb: it delivers nothing (1, 24x5).
const GONE_QUIET_NONE_SINCE: Phrasing[] = [
  ['Zapier', 'The Zapier connection to Desk has gone silent since Tuesday.', 1, TS, '24x5'],
  ['Sync', 'Our Xero sync has been quiet since the weekend, nothing new on either side.', 1, TS, '24x5'],
  ['Integration', 'Seit Freitag herrscht Funkstille bei der Jira-Integration.', 1, TS, '24x5'],
  ['Intégration', 'Silence radio depuis lundi sur l\'intégration avec notre ERP.', 1, TS, '24x5'],
  ['Orders', 'No new orders in Inventory since 10am, the shop is busy as usual.', 1, TS, '24x5'],
  ['Tickets', 'Keine neuen Tickets aus dem Postfach seit gestern Abend.', 1, TS, '24x5'],
  ['Leads', 'Aucun lead du formulaire depuis vendredi dans le CRM.', 1, TS, '24x5'],
  // traps: no errors since a fix, a how-to, a past gap asked to be explained
  ['Update', 'No errors since Friday\'s fix, thanks. One question on the export format: can it be xlsx?', 3, TS],
  ['Mailbox', 'How do we make sure no new tickets come in from the old info@ mailbox since we retired it?', 3, TS],
  ['RCA', 'No webhooks reached us for 40 minutes on Tuesday; they came through later. Please send a root cause analysis.', 3, TS],
]

// A negation between a German separable verb and its particle negates the verb ("kommen nicht an"); with
// "mehr" beside it, a total stop (README: "nicht mehr", 24x7).
const GERMAN_SEPARABLE: Phrasing[] = [
  ['Mails', 'Die Bestellbestätigungen kommen bei den Kunden nicht an.', 1, TS, '24x5'],
  ['Berichte', 'Die Tagesberichte kommen seit Montag nicht mehr an.', 1, TS, '24x7'],
  ['Tickets', 'Es kommen seit heute früh keine Tickets mehr an.', 1, TS, '24x7'],
  // traps: "es kommt darauf an" (it depends), a stuck record keeps its reading
  ['Frage', 'Es kommt darauf an, wie viele Nutzer die Organisation hat. Wie lizenzieren wir das?', 3],
  ['Blueprint', 'Kein Ticket kommt mehr weiter, der Übergang im Blueprint wirft einen Fehler.', 1, TS, '24x5'],
]

// Not access: agents shown as available, a campaign's opens and bounces, a step that changed nothing.
const NOT_ACCESS: Phrasing[] = [
  ['Queue', 'The agents are all online and available, but no ticket has been assigned since 9.', 1, TS, '24x5'],
  ['Newsletter', 'The campaign report shows 0 opens and 0 bounces, and our test inboxes received nothing.', 1, TS, '24x5'],
  ['Sync', 'The nightly sync brings nothing over. We reconnected the connection, no change.', 1, TS, '24x5'],
  // trap: an account that cannot be opened is still a login matter
  ['Login', 'Since 8am nobody can open their account, the page says access denied.', 1, TS, '24x7'],
]

// Late but complete: worse than before (2); de-duplicating is a how-to (3); the product that doubles is 2.
const LATE_AND_TWICE: Phrasing[] = [
  ['Sync', 'Everything still comes over, it just arrives later than it used to.', 2, TS],
  ['Sync', 'The import finishes late these days, around 9 instead of 6, but all rows are there.', 2, TS],
  ['Webhooks', 'What is the best way to de-duplicate webhook events if a retry delivers one again?', 3, TS],
  ['Kontakte', 'Wie können wir Kontakte aus dem Formular deduplizieren?', 3, TS],
  // trap: the product doing it twice
  ['Webhooks', 'Every webhook is delivered twice to our endpoint since Monday.', 2, TS],
]

// French "une personne" is a person, not "personne" (nobody).
const A_PERSON: Phrasing[] = [
  ['Doublons', 'Comment éviter les doublons quand une personne envoie le formulaire deux fois ?', 3, TS],
  ['Formulaire', 'Est-il possible de bloquer l\'envoi si la même personne remplit le formulaire ?', 3, TS],
  // trap: nobody is still nobody
  ['Connexion', 'Depuis ce matin personne ne peut se connecter au CRM.', 1, TS, '24x7'],
]

describe('phrasings of round 17, branch r17-na', () => {
  it('reads a delivery that brings nothing as a show-stopper, not a value shown or a person', async () => {
    expect(await misread(NOTHING_COMES_THROUGH)).to.deep.equal([])
  })
  it('reads deliveries that stopped as a feature that no longer runs', async () => {
    expect(await misread(STOPPED_COMING_THROUGH)).to.deep.equal([])
  })
  it('reads a feature gone quiet, or none of a kind since a time, as delivering nothing', async () => {
    expect(await misread(GONE_QUIET_NONE_SINCE)).to.deep.equal([])
  })
  it('reads a negation inside a German separable verb as negating it', async () => {
    expect(await misread(GERMAN_SEPARABLE)).to.deep.equal([])
  })
  it('reads availability, campaign figures and a step that changed nothing as no lack of access', async () => {
    expect(await misread(NOT_ACCESS)).to.deep.equal([])
  })
  it('reads late but complete as worse and de-duplicating as a how-to', async () => {
    expect(await misread(LATE_AND_TWICE)).to.deep.equal([])
  })
  it('reads French "une personne" as a person, not nobody', async () => {
    expect(await misread(A_PERSON)).to.deep.equal([])
  })
  it('reads features a release brought, asked after, as no feature request', async () => {
    const asked = await sla({ subject: 'No new features since the update?', description: 'I don\'t see the new features mentioned in the release notes. Is there a switch?', createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
    expect([asked.severity, asked.ticketType, asked.exempt]).to.deep.equal([3, TS, false])
    const wish = await sla({ subject: 'Idea', description: 'Please add a new feature to merge duplicate accounts in a future release.', createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
    expect([wish.ticketType, wish.exempt]).to.deep.equal([PMR, true])
  })
})
