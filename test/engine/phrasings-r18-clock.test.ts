// Round 18 (branch r18-clock): the meanings behind the first-read misses of grown-62.yaml (English
// Support severity 1 where the clock is the hard part: 24x7 for downtime, outage or login, 24x5 for the
// rest, DOMAIN.md §5), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'

// Errors on every report or dashboard opened: every page of a module errors, an outage (24x7, README:
// errors on every page or every record opened); a figure wrong on every report is a result (2).
const EVERY_REPORT_ERRORS: Phrasing[] = [
  ['Analytics', 'Every dashboard the team opens in the workspace shows an error since 9am.', 1, TS, '24x7'],
  ['Reports', 'Since the release every report anyone opens in the CRM ends with "Something went wrong".', 1, TS, '24x7'],
  ['Reports', 'We get an error on every single report we try to open, whichever user.', 1, TS, '24x7'],
  ['Dashboards', 'Since this morning every dashboard of our client throws an error when it loads.', 1, TS, '24x7'],
  // traps: a result off on every report, a how-to, a schedule
  ['Reports', 'Every report shows the wrong total for March since the currency change.', 2, TS],
  ['Reports', 'How do I add the owner column to every report at once?', 3, TS],
  ['Dashboards', 'Can every dashboard be emailed to the managers on Monday mornings?', 3, TS],
  // errors everywhere that the text says hit only some (partly, 2), and one report that errors
  ['CRM', 'Every page loads fine, only the export to Excel throws an error for some users.', 2, TS],
  ['Reports', 'Every report we open works, only the pipeline report shows an error for a few of the reps.', 2, TS],
]

// What a feature delivers no longer turns up at all ("no new emails turn up in Desk at all"): a feature
// that no longer runs at all, a total failure (24x7, README "… any more" or "at all"); said without
// "at all", or with French "ne … plus" alone, it delivers nothing (1, 24x5), as the corpus has it.
const NOTHING_AT_ALL: Phrasing[] = [
  ['Email channel', 'Since last night no new emails turn up in Desk at all.', 1, TS, '24x7'],
  ['Web forms', 'The web form leads do not show up in CRM anymore, not one since Friday.', 1, TS, '24x7'],
  ['Sync', 'Since the update no invoices appear in Books at all.', 1, TS, '24x7'],
  ['Webhooks', 'Our server says the webhook calls do not arrive at all since 10:00.', 1, TS, '24x7'],
  ['Webhooks', 'The webhook calls do not arrive on our server since 10:00.', 1, TS, '24x5'],
  ['E-Mail-Kanal', 'Seit gestern Abend kommen überhaupt keine E-Mails mehr an.', 1, TS, '24x7'],
  ['Canal e-mail', "Depuis hier soir, les e-mails n'arrivent plus du tout dans Desk.", 1, TS, '24x7'],
  // without "at all": the delivery brings nothing (24x5)
  ['Email channel', 'Since last night no new emails turn up in Desk.', 1, TS, '24x5'],
  ['Webhooks', 'Les appels du webhook ne parviennent plus à notre serveur depuis lundi.', 1, TS, '24x5'],
  // traps: a field not shown at all in a report, a question about where it appears
  ['Report', 'The new field does not show up in the report at all.', 2, TS],
  ['Leads', 'Where do the web form leads appear in CRM at all?', 3, TS],
]

// An error on every order, reply or save: the business stops on each transaction, a show-stopper (24x5,
// README); an access word in the same sentence ("none of them got into CRM") says where the orders did not
// arrive, no login failure.
const EVERY_TRANSACTION: Phrasing[] = [
  ['API', 'Every order our webshop sends is rejected by the API, none of them got into CRM.', 1, TS, '24x5'],
  ['Orders', 'Since 9am every sales order the shop pushes fails with INVALID_DATA.', 1, TS, '24x5'],
  ['Desk', 'Every reply the agents send fails with an error since noon.', 1, TS, '24x5'],
  ['Checkout', 'The payment page declines every payment: "Payment could not be processed", whatever the card.', 1, TS, '24x5'],
  ['Checkout', 'Whatever the card, the payment could not be processed since 11:00.', 1, TS, '24x5'],
  // traps: people who cannot get in are still a login failure; one order rejected is no show-stopper
  ['CRM', 'None of our sales reps can get into CRM since 8am.', 1, TS, '24x7'],
  ['Orders', 'One order from yesterday was rejected with INVALID_DATA, the others are fine.', 2, TS],
  ['Orders', 'How can every order be assigned to the same owner?', 3, TS],
]

// A request refused as "could not be processed / completed", for everyone: a failure (1, 24x5); a login that
// could not be completed is a login failure (24x7).
const NOT_PROCESSED: Phrasing[] = [
  ['Blueprint', 'Every transition gives "could not be completed" for all users since this morning.', 1, TS, '24x5'],
  ['Books', 'For all users the invoice could not be processed since the update.', 1, TS, '24x5'],
  ['Login', 'The sign-in could not be completed for any of our agents, they cannot log in.', 1, TS, '24x7'],
  ['Approval', 'Die Anfrage konnte nicht verarbeitet werden, bei allen Benutzern, seit heute früh.', 1, TS, '24x5'],
  // traps: a customer who declined an offer, a request declined by the approver as designed
  ['Quote', 'Several customers declined the quote last month, can we see why in a report?', 3, TS],
]

// Records that cannot move on ("no deal can move to the next stage"): the process does not work (1, 24x5,
// README round 13), no outage.
const NO_RECORD_MOVES: Phrasing[] = [
  ['Blueprint', 'Since Monday no deal can move to the next stage.', 1, TS, '24x5'],
  ['Blueprint', 'No record can be moved to the next step of the blueprint since the update.', 1, TS, '24x5'],
  ['Tickets', 'No records are created from the web form since yesterday.', 1, TS, '24x5'],
  // traps: a deal that moved where the partner did not want it, a how-to, no records found as a fact
  ['Pipeline', 'How do we stop a deal from moving to the next stage without approval?', 3, TS],
  ['Search', 'No records match the filter, how do I widen it?', 3, TS],
]

// A control greyed out for everyone: nobody can use the feature, a show-stopper (1, 24x5), not an outage;
// greyed out for one user, or a how-to about it, is not.
const GREYED_OUT: Phrasing[] = [
  ['Leads', 'The Save button is greyed out for every user since Monday.', 1, TS, '24x5'],
  ['Desk', 'Send is grayed out for all our agents, nobody can reply.', 1, TS, '24x5'],
  ['CRM', 'Der Speichern-Button ist seit heute für alle Benutzer ausgegraut.', 1, TS, '24x5'],
  ['CRM', "Le bouton Enregistrer est grisé pour tous les utilisateurs depuis ce matin.", 1, TS, '24x5'],
  // traps
  ['Field', 'The Amount field is greyed out for everyone, how can we make it editable?', 3, TS],
  ['Leads', 'The Save button is greyed out only for one user, everyone else is fine.', 2, TS],
]

// People who cannot get into a Zoho product, in a ticket that names the partner portal elsewhere: a login
// matter of Support (24x7), not a lack of access to the portal (README: the portal counts as the place when
// named; the product named as what they cannot get into says it is not the place).
const PRODUCT_ACCESS: Phrasing[] = [
  ['Desk access', 'The subscription shows as active in the partner portal. Still, 22 agents have no access to Desk since this morning.', 1, TS, '24x7'],
  ['CRM', 'We checked the licences in the partner portal. Our users cannot log in to Zoho CRM since 8am.', 1, TS, '24x7'],
  // traps: the portal itself unreachable stays Operations
  ['Portal', 'We have no access to the partner portal since this morning.', 1, SR, '24x5'],
  ['Portail', "Nous n'avons plus accès au portail partenaire depuis ce matin.", 1, SR, '24x5'],
  ['Portal', 'We have no access to the partner portal to assign licences to CRM users.', 1, SR, '24x5'],
  ['Portal', 'We cannot access the partner store, so we cannot move the customer to Zoho One.', 1, SR, '24x5'],
]

describe('phrasings of round 18, branch r18-clock', () => {
  it('reads errors on every report or dashboard opened as an outage', async () => {
    expect(await misread(EVERY_REPORT_ERRORS)).to.deep.equal([])
  })
  it('reads a delivery that no longer comes through at all as a total failure, 24x7', async () => {
    expect(await misread(NOTHING_AT_ALL)).to.deep.equal([])
  })
  it('reads an error on every order, reply or payment as a show-stopper, 24x5', async () => {
    expect(await misread(EVERY_TRANSACTION)).to.deep.equal([])
  })
  it('reads a request that could not be processed as a failure', async () => {
    expect(await misread(NOT_PROCESSED)).to.deep.equal([])
  })
  it('reads records that cannot move on as a process that does not work', async () => {
    expect(await misread(NO_RECORD_MOVES)).to.deep.equal([])
  })
  it('reads a control greyed out for everyone as a show-stopper', async () => {
    expect(await misread(GREYED_OUT)).to.deep.equal([])
  })
  it('reads no access to a named Zoho product as a Support login matter', async () => {
    expect(await misread(PRODUCT_ACCESS)).to.deep.equal([])
  })
})
