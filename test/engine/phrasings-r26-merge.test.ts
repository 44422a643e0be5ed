// Round 26's merge: a long story's earlier period ("last year", "letztes Jahr", "l'an dernier") and a customer who
// came back set aside what they date, never what the same sentence reports now. An earlier period followed by the
// present, a contrast or a request (`since an earlier period`) dates nothing; coming back is over for the
// cancellation told before it (a `resolved` cue), not for one asked for after it.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const SR = 'Store Related'

const NOW_AFTER_AN_EARLIER_PERIOD: Phrasing[] = [
  ['CRM down', 'Last year we moved from Salesforce and today CRM is down for all of our users.', 1, TS, '24x7'],
  ['Portal', 'We joined the program last year and since this morning none of us can log in to the partner portal.', 1, SR],
  ['Store', 'The store worked fine last year but today nobody can get into it.', 1, SR],
  ['Cancel', 'Like last year, please cancel our subscription at the end of March.', 1, PR],
  ['Kündigung', 'Wie schon letztes Jahr besprochen, bitte kündigen Sie unser Abonnement zum 31.03.', 1, PR],
  ['Portail', "L'an dernier tout allait bien, mais ce matin personne ne peut se connecter au portail partenaire.", 1, SR],
  // traps: the earlier period's own trouble, told as history
  ['Renewal quote', "Last year the partner store was down on the very day we renewed. Please send this year's renewal quote.", 3, PR],
  ['Rechnung', 'Letztes Jahr war das Partnerportal drei Tage nicht erreichbar. Jetzt brauchen wir nur eine korrigierte Rechnung.', 2, 'Invoice changes'],
]

const CANCELLATION_AFTER_COMING_BACK: Phrasing[] = [
  ['Cancel', 'The customer came back to us in January, and now they want to cancel all 20 licences at the end of the month.', 1, PR],
  ['Cancel', 'They re-subscribed last spring but have now decided to cancel the subscription for good.', 1, PR],
  ['Kündigung', 'Der Kunde ist im Januar zurückgekommen und möchte jetzt doch zum Monatsende kündigen.', 1, PR],
  // traps: the cancellation that coming back ended
  ['Renewal', 'They cancelled in 2024 and re-subscribed on 9 January; please send the renewal quote.', 3, PR],
  ['Renouvellement', "Le client avait résilié en mars puis s'est réabonné en juin ; merci de nous envoyer le devis de renouvellement.", 3, PR],
]

// "and since", "und seit", "et depuis" go on to a new statement: a hypothesis or a "without" before them reaches no
// further (round 27's French branch found "sans que … et depuis ce matin plus personne ne peut se connecter" read 3)
const NEW_STATEMENT_AFTER_AND_SINCE: Phrasing[] = [
  ['Connexion', "Les montants ont été modifiés sans que personne n'y touche et depuis ce matin plus personne ne peut se connecter.", 1, TS, '24x7'],
  ['Login', 'The amounts were changed without anyone touching them and since this morning nobody can log in.', 1, TS, '24x7'],
  ['Login', 'Wir haben nichts geändert und seit heute früh kann sich niemand mehr anmelden.', 1, TS, '24x7'],
  // traps: the hypothesis's own words
  ['Question', 'If the portal goes down during the migration, how will we be told?', 3, TS],
  ['Question', "S'il y a une panne pendant la migration, comment serons-nous prévenus ?", 3, TS],
]

describe('phrasings, round 26 (merge: earlier periods and customers who came back)', () => {
  it('reads what follows "and since" as a new statement, no longer inside the hypothesis before it', async () => {
    expect(await misread(NEW_STATEMENT_AFTER_AND_SINCE)).to.deep.equal([])
  })
  it('reads what a sentence reports now after an earlier period, and the earlier period\'s own trouble as history', async () => {
    expect(await misread(NOW_AFTER_AN_EARLIER_PERIOD)).to.deep.equal([])
  })
  it('reads a cancellation asked for after the customer came back, and one that coming back ended as over', async () => {
    expect(await misread(CANCELLATION_AFTER_COMING_BACK)).to.deep.equal([])
  })
})
