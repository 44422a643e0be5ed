// Round 13 (branch r13-mix): the meanings behind the first read's misses of grown-38.yaml (German-,
// Austrian-, Swiss- and French-speaking partners writing their English, or mixing languages), each
// in other words and languages than the tickets, with traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const COMMISSION = 'Commission Payment'

// "Reachable / available / functioning again": the trouble is over.
const AGAIN: Phrasing[] = [
  ['Re: CRM not reachable', 'Hi, CRM is available again for everyone. Please close this.', 3, TS, '24x5'],
  ['Re: Desk outage', 'Desk is functioning again since lunch, thanks.', 3, TS, '24x5'],
  ['AW: Partnerportal nicht erreichbar', 'Das Partnerportal ist seit 10 Uhr wieder erreichbar, danke.', 2, STORE, '24x5'],
  ['AW: Ausfall CRM', 'CRM ist wieder verfügbar, das Ticket kann zu.', 3, TS, '24x5'],
  ['RE: CRM indisponible', 'Le CRM est de nouveau disponible, merci.', 3, TS, '24x5'],
  ['Commissions', 'the partner store was down this morning but it is reachable again. When is the Q2 commission paid?', 2, COMMISSION, '24x5'],
  // traps: not again, or again not reachable
  ['CRM', 'CRM is again not reachable since 9, all users affected', 1, TS, '24x7'],
  ['Portal', 'Das Partnerportal ist wieder nicht erreichbar.', 1, STORE, '24x5'],
  ['Re: CRM down', 'it is still not available again, nobody can log in', 1, TS, '24x7'],
  // traps: asked, not said ("when will it be … again?"): nothing is over
  ['CRM down', 'When will it be available again? Our sales team is waiting.', 1, TS, '24x7'],
  ['Portal', 'Wann ist das Partnerportal wieder erreichbar? Seit heute früh kommen wir nicht rein.', 1, STORE, '24x5'],
  ['CRM indisponible', 'Quand sera-t-il de nouveau disponible ?', 1, TS, '24x7'],
]

// "Not critical / nicht dringend / pas urgent": a negation spent on the urgency is no "cannot".
const NOT_URGENT: Phrasing[] = [
  ['Report', 'Not urgent, the report still runs but the totals for Austria are twice too high.', 2, TS, '24x5'],
  ['Webhook', 'Nothing critical, the webhook is sent two times for each new deal.', 2, TS, '24x5'],
  ['Frage', 'Nicht dringend, die Synchronisation läuft. Wie kann ich das Intervall ändern?', 3, TS, '24x5'],
  ['Question', 'Pas urgent, tout fonctionne. Comment ajouter un champ au formulaire web ?', 3, TS, '24x5'],
  // traps: the negation of a failure still says it fails; urgency sets nothing by itself
  ['Sync', 'urgent: the sync does not work since this morning', 1, TS, '24x5'],
  ['Portal', 'not urgent but the partner portal is not reachable for us', 1, STORE, '24x5'],
  ['Login', 'Not critical for today, but nobody can log in to Desk', 1, TS, '24x7'],
]

// People as the subject of English "work": a show-stopper (1, 24x5), not a total failure of a program.
const PEOPLE_WORK: Phrasing[] = [
  ['Desk', 'Since the update our agents cannot work at all, every ticket freezes when opened.', 1, TS, '24x5'],
  ['Books', 'our accountants can no longer work in Books, each save takes a minute.', 1, TS, '24x5'],
  ['Analytics', 'The whole sales team is unable to work anymore, the reports never finish.', 1, TS, '24x5'],
  ['Desk', 'Unsere Agenten können seit heute früh gar nicht mehr arbeiten.', 1, TS, '24x5'],
  ['Desk', 'Nos agents ne peuvent plus du tout travailler depuis ce matin.', 1, TS, '24x5'],
  // traps: a program that cannot work at all is a total failure; people who cannot log in cannot access
  ['Script', 'the import script cannot work at all anymore since the API change', 1, TS, '24x7'],
  ['CRM', 'users cannot work because CRM is down', 1, TS, '24x7'],
  ['Login', 'our agents cannot log in anymore', 1, TS, '24x7'],
]

// A cancellation the partner asks Zoho not to carry out, in another sentence, is called off.
const NOT_CANCELLING: Phrasing[] = [
  ['Subscription', 'Last week we asked you to cancel the CRM subscription of Meier AG. Please do not cancel it, they decided to stay.', 2, PR, '24x5'],
  ['Termination', 'Our colleague sent a termination for Keller GmbH. The customer no longer wants to cancel, please ignore the termination.', 2, PR, '24x5'],
  ['Kündigung', 'Gestern haben wir die Kündigung für Huber KG geschickt. Bitte die Kündigung nicht ausführen, der Kunde bleibt bei uns.', 2, PR, '24x5'],
  ['Abo', 'Der Kunde hat es sich überlegt und möchte sein CRM-Abo doch nicht kündigen.', 2, PR, '24x5'],
  ['Résiliation', 'Nous avons envoyé une résiliation pour la société Favre. Merci de ne pas la résilier, le client reste chez nous.', 2, PR, '24x5'],
  // traps: a cancellation asked for, also beside another thing not to cancel
  ['Cancel', 'Please cancel the Desk subscription of Meier AG at the end of the month.', 1, PR, '24x5'],
  ['Cancel', 'Please cancel the CRM subscription of Meier AG, but do not cancel their Mail licences.', 1, PR, '24x5'],
  ['Kündigung', 'Bitte CRM für Weber GmbH kündigen. Die Mail-Lizenzen bitte nicht kündigen.', 1, PR, '24x5'],
  ['Kündigung', 'Wir können das Abo im Portal nicht kündigen, bitte kündigen Sie es für uns.', 1, PR, '24x5'],
  ['Résiliation', 'Le client veut résilier son abonnement Workplace, merci de faire le nécessaire.', 1, PR, '24x5'],
]

// Managing a product's users (deactivate, reassign records): a technical how-to, even beside a licence kept.
const USER_ADMIN: Phrasing[] = [
  ['User left', 'How do we deactivate a user who left and transfer his records to a colleague? We keep the licence.', 3, TS, '24x5'],
  ['Benutzer deaktivieren', 'Wie kann ich einen Benutzer deaktivieren, ohne die Lizenz zu kündigen?', 3, TS, '24x5'],
  ['Désactiver un utilisateur', 'Comment désactiver un utilisateur qui a quitté l\'entreprise ? Nous ne voulons pas résilier la licence.', 3, TS, '24x5'],
  // traps: ending the licences themselves is a cancellation
  ['Licences', 'The customer wants to terminate all 20 licences, the company closes.', 1, PR, '24x5'],
]

describe('phrasings of round 13 (r13-mix: DACH and French partners\' English, mixed languages)', () => {
  it('reads "reachable / available / functioning again" as over', async () => {
    expect(await misread(AGAIN)).to.deep.equal([])
  })
  it('reads "not critical / nicht dringend / pas urgent" as no inability', async () => {
    expect(await misread(NOT_URGENT)).to.deep.equal([])
  })
  it('reads people who cannot work as a show-stopper on 24x5', async () => {
    expect(await misread(PEOPLE_WORK)).to.deep.equal([])
  })
  it('reads a cancellation asked not to be carried out as called off', async () => {
    expect(await misread(NOT_CANCELLING)).to.deep.equal([])
  })
  it('reads managing a product\'s users as technical', async () => {
    expect(await misread(USER_ADMIN)).to.deep.equal([])
  })
})
