// Round 11 (branch r11-de): the meanings behind the misses of grown-29.yaml (the German and mixed
// dev-half originals said again in other words), each said in a few more ways, in the languages
// where it exists, with traps that must keep their reading.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'
const UPG = 'Upgrades'

// ending a subscription or contract said without "kündigen"/"cancel": "aufheben", "einstellen",
// "soll enden", "to end on", "prendre fin"; a date "30.06." inside a sentence ends none
const TERMINATE: Phrasing[] = [
  ['Meyer GmbH', 'Bitte das Abonnement der Meyer GmbH zum Jahresende aufheben.', 1, PR],
  ['Abo', 'Wir bitten Sie, das Abo unseres Kunden zum Quartalsende aufzuheben.', 1, PR],
  ['Lizenzen zum 30.09. einstellen', 'Der Kunde braucht Zoho Mail nicht mehr.', 1, PR],
  ['Vertrag Kunde', 'Unser Kunde teilt mit, dass der Vertrag zum 31.12. enden soll.', 1, PR],
  ['Kunde', 'Die Firma Graf braucht Desk nicht mehr: bitte die Nutzung zum Monatsende einstellen.', 1, PR],
  ['Contract', 'Our customer wants the subscription to end on 31 March, please confirm.', 1, PR],
  ['Contrat', 'Notre client souhaite que son abonnement prenne fin au 30 juin.', 1, PR],
]
const TERMINATE_TRAPS: Phrasing[] = [
  ['Einstellungen', 'Wie kann ich in den Einstellungen die Lizenzen den Benutzern zuweisen?', 3, TS],
  ['Abo läuft aus', 'Das Abonnement unseres Kunden läuft am 30.06. aus. Wie können wir es verlängern?', 3, PR],
]

// "die Datei hängt an" is a file attached, no hang
const ATTACHED: Phrasing[] = [
  ['Rechnung', 'Bitte korrigieren Sie die Firmierung auf Ihrer Rechnung RE-1182. Der Handelsregisterauszug hängt an.', 2, INV],
  ['Frage', 'Wie kann ich ein Pflichtfeld im Layout anlegen? Ein Screenshot hängt dieser Mail an.', 3, TS],
]
const ATTACHED_TRAPS: Phrasing[] = [
  ['CRM hängt', 'Das CRM hängt seit heute Morgen bei jedem Klick.', 1, TS],
  ['Desk', 'Desk hängt ständig, die Agenten warten minutenlang.', 1, TS],
]

// a distribution that is skewed or uneven: results off, 2
const SKEWED: Phrasing[] = [
  ['Verteilung', 'Die Ticketverteilung ist schief, zwei Agenten bekommen fast alle Tickets.', 2, TS],
  ['Zuweisung', 'Die Zuweisungsregel verteilt die Leads ungleichmäßig auf die Vertriebler.', 2, TS],
  ['Round robin', 'The round-robin assignment is skewed: two agents get most of the tickets.', 2, TS],
  ['Répartition', 'La répartition des tickets entre les agents est déséquilibrée depuis lundi.', 2, TS],
]
const SKEWED_TRAPS: Phrasing[] = [
  ['Frage', 'Die Verteilung ist gleichmäßig. Wie können wir einem Agenten mehr Tickets geben?', 3, TS],
]

// a program that does not produce what it should: not working (1, 24x5)
const PRODUCE: Phrasing[] = [
  ['Books', "Since Monday the integration doesn't produce any invoices in Books.", 1, TS, '24x5'],
  ['Report', 'The scheduled job does not produce the weekly report.', 1, TS, '24x5'],
]
const PRODUCE_TRAPS: Phrasing[] = [
  ['Question', 'How do I produce a PDF of a quote from CRM?', 3, TS],
]

// a password "not accepted" is a failing login; staying outside the portal is a lockout
const NOT_ACCEPTED: Phrasing[] = [
  ['Login', 'Our password is no longer accepted on the Desk login page.', 1, TS, '24x7'],
  ['Anmeldung', 'Das Kennwort wird bei der Anmeldung in Desk nicht mehr angenommen.', 1, TS, '24x7'],
  ['Connexion', "Le mot de passe n'est plus accepté à la connexion à Desk.", 1, TS, '24x7'],
  ['Partnerportal', 'Seit dem Passwortwechsel bleiben wir beim Partnerportal draußen.', 1, STORE],
  ['Partner portal', 'The partner portal tells us our password is not accepted any more.', 1, STORE],
  ['Login', 'Since the update the password is not accepted any more, nobody at our customer can work in CRM.', 1, TS, '24x7'],
]

// moving to the next edition up, in other words than "upgrade"
const UPGRADE: Phrasing[] = [
  ['Edition', 'Der Kunde möchte in die nächsthöhere Edition von CRM wechseln, bitte umstellen.', 2, UPG],
  ['Plan', 'Our client wants to move to the next plan up for Desk from next month.', 2, UPG],
  ['Édition', 'Notre client souhaite passer à la formule supérieure de CRM le mois prochain.', 2, UPG],
]
const UPGRADE_TRAPS: Phrasing[] = [
  ['Wechsel', 'Wie funktioniert der Wechsel des Administrators im CRM?', 3, TS],
]

describe('phrasings r11-de: the German and mixed originals said again', () => {
  it('reads a subscription or contract ended in other words than "cancel"', async () => {
    expect(await misread(TERMINATE)).to.deep.equal([])
    expect(await misread(TERMINATE_TRAPS)).to.deep.equal([])
  })
  it('reads "hängt an" as a file attached, not a hang', async () => {
    expect(await misread(ATTACHED)).to.deep.equal([])
    expect(await misread(ATTACHED_TRAPS)).to.deep.equal([])
  })
  it('reads a skewed distribution as results off', async () => {
    expect(await misread(SKEWED)).to.deep.equal([])
    expect(await misread(SKEWED_TRAPS)).to.deep.equal([])
  })
  it('reads a job that produces nothing as not working', async () => {
    expect(await misread(PRODUCE)).to.deep.equal([])
    expect(await misread(PRODUCE_TRAPS)).to.deep.equal([])
  })
  it('reads a password not accepted as a failing login', async () => {
    expect(await misread(NOT_ACCEPTED)).to.deep.equal([])
  })
  it('reads the next edition up as an upgrade', async () => {
    expect(await misread(UPGRADE)).to.deep.equal([])
    expect(await misread(UPGRADE_TRAPS)).to.deep.equal([])
  })
})
