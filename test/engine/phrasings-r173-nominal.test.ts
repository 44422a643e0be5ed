// Round 173: severity-1 matters said in the nominal, formal register of incident reports, nouns where partners
// otherwise write verbs ("Complete loss of access to CRM", "Inability to log in", "Ticket creation impossible", "a mass
// deletion of records overnight", "Non-delivery of all outgoing mail", "Severe performance degradation") read 3 or 2,
// while their verbal neighbours ("we lost access", "unable to log in", "impossible to create invoices") read 1. A loss of
// access or of service is no access or downtime (24x7), an inability said as a noun is one, a task's noun with its
// impossibility close by is the task that cannot be done (24x5), "mass deletion" said as an event is records gone (24x5)
// while the tool stays the users' doing, a degradation said with an intensifier is slowness said very (24x5; alone it
// stays worse than usual, 2), and mail "not delivered" said as a noun is nothing delivered (24x5). How-tos, a loss set
// on purpose, a fix told, a field the noun names and a verb's own impossibility stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ACCESS_LOST: Phrasing[] = [
  ['Total loss of access to Desk for every agent', '', 1, TS, '24x7'],
  ['Access', 'Since 7:30 we have had a complete loss of access to Zoho People for all staff.', 1, TS, '24x7'],
  ['Login', 'Loss of login for the entire sales department since the SSO change.', 1, TS, '24x7'],
  ['Zugriff', 'Seit heute Morgen totaler Zugangsverlust zu Zoho Desk für alle Agenten.', 1, TS, '24x7'],
  ['Accès', "Perte totale d'accès au CRM pour toute l'équipe depuis 8h.", 1, TS, '24x7'],
  ['Mail', 'We are seeing a loss of service on Zoho Mail for the whole company.', 1, TS, '24x7'],
  ['Messagerie', 'Perte totale du service de messagerie depuis ce matin.', 1, TS, '24x7'],
  // traps: a loss of access prevented, set on purpose, denied
  ['Admins', 'What is the best practice to avoid a loss of access when our only admin leaves the company?', 3, TS, '24x5'],
  ['Offboarding', 'The loss of access for the two interns who left last week is intended.', 3, TS, '24x5'],
  ['Roles', 'No loss of access for anyone, we only want to know how profiles work.', 3, TS, '24x5'],
]

const INABILITY: Phrasing[] = [
  ['Inability to sign in to Zoho CRM', '', 1, TS, '24x7'],
  ['Portal', 'Our customers report an inability to log into the help center portal since this morning.', 1, TS, '24x7'],
  ['Invoices', 'Inability to generate invoices in Books since the last release.', 1, TS, '24x5'],
  ['Connexion', "Incapacité de se connecter à Zoho Desk pour tous nos agents.", 1, TS, '24x7'],
  // traps: fixed, asked about
  ['Login', 'The inability to log in we reported yesterday was fixed overnight, thank you.', 3, TS],
  ['Login', 'How can we stop users from signing in outside office hours?', 3, TS, '24x5'],
]

const TASK_NOUN: Phrasing[] = [
  ['Quote creation impossible', '', 1, TS, '24x5'],
  ['Deals', 'Deal creation is not possible since the update, every attempt ends on the same screen.', 1, TS, '24x5'],
  ['Saving', 'Saving is no longer possible in the Projects timesheet module.', 1, TS, '24x5'],
  ['Sync', 'Synchronisation with Zoho Books impossible since Monday.', 1, TS, '24x5'],
  ['Angebote', 'Angebotserstellung seit dem Update nicht mehr möglich.', 1, TS, '24x5'],
  ['E-Mails', 'E-Mail-Versand seit heute früh nicht möglich.', 1, TS, '24x5'],
  ['Devis', "La création de devis n'est plus possible depuis la mise à jour.", 1, TS, '24x5'],
  ['Export', 'Export des contacts impossible depuis hier soir.', 1, TS, '24x5'],
  // traps: another verb's impossibility, a field the noun names, a plan's limit, shipping
  ['Dates', 'The creation date of a deal is impossible to edit, is that by design?', 3],
  ['Settings', 'Is it impossible to change the date format?', 3, TS, '24x5'],
  ['Dates', 'Changing the sending address is not possible for our agents?', 3, TS, '24x5'],
  ['Export', 'Export to PDF is not possible in our current edition, we would like to upgrade.', 3],
  ['Versand', 'Versand nach Österreich ist in unserem Shop nicht möglich, wie stellen wir das ein?', 3],
]

const MASS_DELETION: Phrasing[] = [
  ['Mass deletion of contacts', '', 1, TS, '24x5'],
  ['Records', 'A mass deletion of deals happened in CRM last night and nobody here started it.', 1, TS, '24x5'],
  ['Contacts', 'Bulk deletion of contacts overnight, around 900 are gone.', 1, TS, '24x5'],
  // traps: the tool asked about, done by the partner
  ['Leads', 'Is a mass deletion of old leads possible from the list view?', 3, TS, '24x5'],
  ['Leads', 'How do we perform a mass deletion of the test contacts in the sandbox?', 3, TS, '24x5'],
  ['Contacts', 'Can I mass delete contacts that have no email?', 3, TS, '24x5'],
]

const NON_DELIVERY: Phrasing[] = [
  ['Mail', 'Non-delivery of all notifications to our customers since 6 am.', 1, TS, '24x5'],
  ['Invoices', 'Non-delivery of invoice emails from Books since yesterday.', 1, TS, '24x5'],
  // trap: the bounce message's name, for one domain
  ['Mail', 'We get a non-delivery report for emails to one customer domain, the rest arrive fine.', 3, TS, '24x5'],
]

const DEGRADATION: Phrasing[] = [
  ['Massive performance degradation in Desk', '', 1, TS, '24x5'],
  ['Performance', 'Since the update CRM performance is severely degraded for the whole team.', 1, TS, '24x5'],
  ['Performance', 'Every page takes about a minute to come up since this morning.', 1, TS, '24x5'],
  ['Leistung', 'Massive Verschlechterung der Performance im CRM seit gestern.', 1, TS, '24x5'],
  ['Performances', 'Forte dégradation des performances de Desk depuis lundi.', 1, TS, '24x5'],
  // traps: a degradation alone, a how-to, a hypothetical
  ['Performance', 'We noticed some performance degradation in the reports module since Monday.', 2, TS, '24x5'],
  ['Reports', 'How can we avoid performance degradation with very large reports?', 3, TS, '24x5'],
  ['Migration', 'To avoid data loss during the migration, what should we do?', 3, TS, '24x5'],
]

describe('phrasings, round 173: severity 1 said in the nominal register of incident reports', () => {
  it('reads a loss of access or of service as no access or downtime', async () => {
    expect(await misread(ACCESS_LOST)).to.deep.equal([])
  })
  it('reads an inability said as a noun', async () => {
    expect(await misread(INABILITY)).to.deep.equal([])
  })
  it("reads a task's noun with its impossibility as the task that cannot be done", async () => {
    expect(await misread(TASK_NOUN)).to.deep.equal([])
  })
  it('reads a mass deletion said as an event as records gone, and the tool as a how-to', async () => {
    expect(await misread(MASS_DELETION)).to.deep.equal([])
  })
  it('reads a non-delivery as nothing delivered', async () => {
    expect(await misread(NON_DELIVERY)).to.deep.equal([])
  })
  it('reads a degradation said with an intensifier as slowness', async () => {
    expect(await misread(DEGRADATION)).to.deep.equal([])
  })
})
