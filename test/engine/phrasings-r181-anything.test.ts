// Round 181 (probing): plain partner sentences that read wrong on main.
// - Nothing usable said with an indefinite pronoun ("No one can use anything.", "Niemand kann gerade irgendwas benutzen.",
//   "Personne ne peut plus rien utiliser.") read 3: `use the product` named the product or "it" only. "anything",
//   "irgendwas / irgendetwas / nichts", "rien" as the thing used now are the product as a whole (rules `nobody can use it`,
//   `cannot use it`, 24x7); "anything else / other than / but / except", "nichts außer", "rien … d'autre" name a choice
//   among things (`other thing used`). "We can't do anything in Books" stays the show-stopper it was (24x5).
// - "Everything broke after the update." read 3, "everything is broken", "alles kaputt", "tout est cassé" 24x5: everything
//   broken at once is the whole product down (24x7), as round 43's "everything crashed".
// - "Our whole integration stopped." read 3 (the 3-rule `building` by "integration"): a whole integration stopped is no
//   run of it going on (`no automatic runs`, 1 on 24x5); "has stopped completely" keeps the total failure's 24x7.
// - "Zoho suspended our organisation without notice. No one can use anything." read 3; French "sans préavis" named a
//   notice period (Payments Renewal), now `without warning` sets it aside.
// - "We renewed but CRM says license expired and has blocked all users." read 3 (Operations rule `renewal`): every user
//   blocked is a show-stopper for the business (Operations rule `everyone blocked`, 1); the type stays Payments Renewal.
// - "Our customers are being charged twice for every order through Zoho Checkout." read 2 (`happens twice`): the
//   public charged twice on every order, or every customer charged twice, is 1 on 24x5; a report counting orders twice,
//   one customer, and Zoho's own charge to the partner (Invoice changes) stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const IC = 'Invoice changes'

const NOTHING_USABLE: Phrasing[] = [
  ['Nobody can use', 'No one can use anything.', 1, TS, '24x7'],
  ['Niemand kann', 'Niemand kann gerade irgendwas benutzen.', 1, TS, '24x7'],
  ['Personne ne peut', 'Personne ne peut plus rien utiliser.', 1, TS, '24x7'],
  ["Can't do anything", "We can't do anything in Books since the update.", 1, TS, '24x5'],
  ['Down?', 'Since 10 am none of our staff can use anything in Zoho.', 1, TS, '24x7'],
  ['Help', "We can't use anything at all since the update this morning.", 1, TS, '24x7'],
  ['Zoho One', 'Seit heute Morgen kann keiner von uns irgendetwas in Zoho One nutzen.', 1, TS, '24x7'],
  ['Urgent', 'Depuis ce matin, nous ne pouvons plus rien utiliser dans Zoho One.', 1, TS, '24x7'],
  ['CRM', 'Plus personne ne peut rien utiliser depuis la mise à jour.', 1, TS, '24x7'],
  // traps: a use asked about, a choice, another thing, a how-to, a fix told, "anything else"
  ['Use CRM', 'Can we use CRM for recruitment too?', 3, TS, '24x5'],
  ['Nobody uses', 'Nobody uses the old module, can we remove it?', 3, TS, '24x5'],
  ['Check', 'The sync is working again after your fix, thanks. Anything else I should check?', 3, TS, '24x5'],
  ['Apps', 'Can we use anything other than Zoho Sign for signatures?', 3, TS, '24x5'],
  ['Modules', 'Nobody here uses anything except the Deals module, can we hide the others?', 3, TS, '24x5'],
  ['Field names', "We can't use anything but letters and digits in field names, is there a way around it?", 3, TS, '24x5'],
  ['Berechtigungen', 'Wie können wir einstellen, dass Praktikanten nichts außer Kontakte benutzen können?', 3, TS, '24x5'],
  ['Droits', "Comment faire pour qu'un stagiaire ne puisse rien utiliser d'autre que les contacts ?", 3, TS, '24x5'],
  ['Fixed', 'Yesterday no one could use anything, but it is fixed now, thanks.', 3, TS, '24x5'],
]

const EVERYTHING_BROKE: Phrasing[] = [
  ['Everything broke', 'Everything broke after the update.', 1, TS, '24x7'],
  ['Help', "Everything has broken since this morning's release.", 1, TS, '24x7'],
  ['CRM', 'Since the update everything is broken, nobody can work.', 1, TS, '24x7'],
  ['Update', 'Seit dem Update ist alles kaputt.', 1, TS, '24x7'],
  ['Desk', 'Alles kaputt seit heute früh.', 1, TS, '24x7'],
  ['CRM', 'Tout est cassé depuis la mise à jour.', 1, TS, '24x7'],
  ['CRM', 'Depuis la mise à jour, tout a cassé.', 1, TS, '24x7'],
  // traps: a hypothesis, a report's split, a negation
  ['Update', 'What should we do if everything breaks after the update?', 3, TS, '24x5'],
  ['Report', 'How can I get the revenue report with everything broken down by region?', 3, TS, '24x5'],
  ['Theme', 'Nothing broke after the update, we only want to know how to restore the old theme.', 3, TS, '24x5'],
]

const INTEGRATION_STOPPED: Phrasing[] = [
  ['Integration stopped', 'Our whole integration stopped.', 1, TS, '24x5'],
  ['Limit exceeded', 'API limit exceeded message since morning, our whole integration stopped and orders are not processed.', 1, TS, '24x5'],
  ['Integration', 'The entire integration with our ERP has stopped since last night.', 1, TS, '24x5'],
  ['Integration', 'Unsere gesamte Integration ist seit gestern gestoppt.', 1, TS, '24x5'],
  ['Intégration', 'Toute notre intégration s\'est arrêtée cette nuit.', 1, TS, '24x5'],
  ['Sync stopped', 'The Shopify sync stopped completely, no orders are processed.', 1, TS, '24x7'],
  ['Integration', 'Our Shopify integration has stopped completely.', 1, TS, '24x7'],
  // traps: a hypothesis, a how-to, the partner's own pause, a fix told
  ['Rename', 'Will the integration stop if we rename a field?', 3, TS, '24x5'],
  ['Pause', 'How do we stop the integration during the migration weekend?', 3, TS, '24x5'],
  ['Integration', 'We stopped the integration ourselves while we clean up the data, how do we restart it later?', 3, TS, '24x5'],
  ['Integration', 'The integration stopped yesterday, but after your fix it runs again, thanks.', 3, TS, '24x5'],
  ['Integration', 'Wie können wir die Integration vorübergehend stoppen?', 3, TS, '24x5'],
  ['Intégration', "Comment arrêter l'intégration pendant la migration ?", 3, TS, '24x5'],
]

const SUSPENDED: Phrasing[] = [
  ['Suspended', 'Zoho suspended our organisation without notice. No one can use anything.', 1, TS, '24x7'],
  ['Suspended', 'Our org was suspended this morning and nobody can use anything.', 1, TS, '24x7'],
  ['Gesperrt', 'Unsere Organisation wurde ohne Vorwarnung gesperrt. Niemand kann irgendetwas nutzen.', 1, TS, '24x7'],
  ['Suspendue', 'Zoho a suspendu notre organisation sans préavis, personne ne peut plus rien utiliser.', 1, TS, '24x7'],
  // traps
  ['Suspend user', 'How do I suspend a user who left?', 3, TS, '24x5'],
  ['Suspend', 'How do I suspend a user who left the company?', 3, TS, '24x5'],
]

const BLOCKED_AFTER_RENEWAL: Phrasing[] = [
  ['Licence expired', 'We renewed but CRM says license expired and has blocked all users.', 1, PR, '24x5'],
  ['Renewal', 'We renewed last week, yet Desk has blocked all our users as expired.', 1, PR, '24x5'],
  ['Renewal', 'Paid the renewal yesterday, now Zoho has blocked all users of the org.', 1, PR, '24x5'],
  ['Verlängerung', 'Wir haben verlängert, aber das CRM meldet Lizenz abgelaufen und hat alle Benutzer gesperrt.', 1, PR, '24x5'],
  ['Renouvellement', 'Nous avons renouvelé mais le CRM indique licence expirée et a bloqué tous les utilisateurs.', 1, PR, '24x5'],
  // traps: a question with no how-to words (Operations' default), a how-to
  ['Renewal', 'Will the system block all users if the renewal is paid late?', 2, PR, '24x5'],
  ['Block', 'How do I block all users except admins from exporting data?', 3, TS, '24x5'],
]

const CHARGED_TWICE: Phrasing[] = [
  ['Charged twice', 'Our customers are being charged twice for every order through Zoho Checkout.', 1, TS, '24x5'],
  ['Checkout', 'Every customer who paid through Zoho Checkout today was charged twice.', 1, TS, '24x5'],
  ['Doppelt belastet', 'Unsere Kunden werden über Zoho Checkout bei jeder Bestellung doppelt belastet.', 1, TS, '24x5'],
  ['Débit en double', 'Nos clients sont débités deux fois pour chaque commande via Zoho Checkout.', 1, TS, '24x5'],
  // traps: a report counting twice, a webhook twice, one customer's refund asked, Zoho's own charge to the partner
  ['Report', 'The report counts some orders twice.', 2, TS, '24x5'],
  ['Report', 'The sales report counts every order twice.', 2, TS, '24x5'],
  ['Webhook', 'The webhook is called twice for every new lead.', 2, TS, '24x5'],
  ['One customer', 'One customer was charged twice for order 1234 via Checkout, how do we refund him?', 3, '', '24x5'],
  ['Charged twice', 'Zoho charged us twice for our renewal, please refund one payment.', 2, '', '24x5'],
  ['Invoice', 'Zoho charged us twice for every user on our plan this month.', 2, IC, '24x5'],
  ['Rechnung', 'Zoho hat uns diesen Monat für jeden Benutzer doppelt belastet.', 2, IC, '24x5'],
]

describe('phrasings, round 181: nothing usable, everything broke, a whole integration stopped, users blocked, charged twice', () => {
  it('reads "anything / irgendwas / nichts / rien" as the thing used', async () => {
    expect(await misread(NOTHING_USABLE)).to.deep.equal([])
  })
  it('reads everything broken at once as the product down', async () => {
    expect(await misread(EVERYTHING_BROKE)).to.deep.equal([])
  })
  it('reads a whole integration stopped', async () => {
    expect(await misread(INTEGRATION_STOPPED)).to.deep.equal([])
  })
  it('reads an org suspended with nobody able to use anything', async () => {
    expect(await misread(SUSPENDED)).to.deep.equal([])
  })
  it('reads every user blocked after a renewal as an Operations show-stopper', async () => {
    expect(await misread(BLOCKED_AFTER_RENEWAL)).to.deep.equal([])
  })
  it('reads the public charged twice on every order', async () => {
    expect(await misread(CHARGED_TWICE)).to.deep.equal([])
  })
})
