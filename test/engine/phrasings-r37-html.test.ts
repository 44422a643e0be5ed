// Round 37 (branch r37-html): the meanings behind the first-read misses of grown-113.yaml (HTML descriptions and
// partly filled request templates, as Zoho Desk delivers them), in other words and languages than the tickets, with
// traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A reply that says the earlier matter is over in "sorted" words (concept `resolved`): the reply's alarming
// subject is set aside, the new matter decides.
const SORTED_NOW: Phrasing[] = [
  ['Re: CRM outage', "Thanks, that's sorted. Could you tell us how to add a second currency?", 3, TS],
  ['Re: login failure', "It's sorted, thank you. Separate thing: the export shows the wrong date format.", 2, TS],
  ['AW: Ausfall Desk', 'Danke, das ist erledigt. Wie legen wir eine neue Abteilung an?', 3, TS],
  ['RE: Panne CRM', "Merci, c'est arrangé. Comment ajouter un nouvel utilisateur ?", 3, TS],
  // traps: a list that is sorted, and a matter not sorted yet
  ['Login', 'The user list is sorted by name, but since 9 nobody can log in.', 1, TS, '24x7'],
  // (merge: an order that "is sorted" before the harm it names: "that is sorted" counts only at a sentence's end or before thanks)
  ['Deals missing', 'Since this morning all deals are gone from the pipeline view that is sorted by stage.', 1, TS, '24x5'],
  ['Contacts', 'All contacts disappeared from the list that is sorted by region.', 1, TS, '24x5'],
  ['Re: Desk down', 'Not sorted yet, Desk is still down for all agents.', 1, TS, '24x7'],
]

// Mails converted into tickets or sent that no longer are at all (concepts `work`, `no longer at all`): 24x7.
const MAILS_NO_LONGER: Phrasing[] = [
  ['Newsletter', 'Seit Freitag werden überhaupt keine Mails mehr an die Abonnenten verschickt.', 1, TS, '24x7'],
  ['Angebote', 'Die Angebote werden seit dem Update nicht mehr verschickt.', 1, TS, '24x7'],
  ['Formular', 'Seit gestern werden Anfragen aus dem Kontaktformular nicht mehr umgewandelt.', 1, TS, '24x7'],
  ['Tickets', 'Les e-mails du support ne sont plus transformés en tickets depuis hier.', 1, TS, '24x7'],
  ['Tickets', 'Les demandes du formulaire ne sont plus converties en tickets.', 1, TS, '24x7'],
  // traps: a how-to about converting, and no wish to send by hand
  ['Vorlage', 'Wie kann ich eingehende Mails automatisch in Tickets umwandeln lassen?', 3, TS],
  ['Versand', 'Wir haben gar keine Lust mehr, die Berichte von Hand zu verschicken. Wie kann man das automatisieren?', 3, TS],
]

describe('phrasings, round 37: HTML descriptions and partial templates', () => {
  it('reads a reply saying the earlier matter is sorted as over', async () => {
    expect(await misread(SORTED_NOW)).to.deep.equal([])
  })
  it('reads mails no longer converted or sent at all as a total stop', async () => {
    expect(await misread(MAILS_NO_LONGER)).to.deep.equal([])
  })
})
