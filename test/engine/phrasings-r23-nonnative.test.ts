// Round 23 (branch r23-nonnative): the meanings behind the first-read misses of grown-77.yaml (English tickets
// written by non-native partners: calques of German, French, Spanish, Portuguese, Indian and Japanese English),
// in other words and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'

// A spinner that never stops, said as turning or loading over and over ("it turns and turns", "dreht und dreht",
// "ça tourne et tourne"): the product never opens, downtime (24x7, README rounds 20-21).
const TURNS_AND_TURNS: Phrasing[] = [
  ['Desk', 'Since 8 the Desk of our customer only turning and turning, the agents see no ticket.', 1, TS, '24x7'],
  ['CRM', 'When the salesmen open CRM the page keeps turning, since one hour already.', 1, TS, '24x7'],
  ['CRM', 'Seit heute früh dreht und dreht das CRM bei allen Kollegen, es öffnet sich nichts.', 1, TS, '24x7'],
  ['Books', "Depuis ce matin Books tourne et tourne pour tous les comptables, rien ne s'affiche.", 1, TS, '24x7'],
  // traps: "turns out", a how-to
  ['Sync', 'It turns out the sync was paused by an admin, how do we restart it?', 3, TS],
  ['Wheel', 'How can we change the colour of the wheel that turns while the page loads?', 3, TS],
]

// Stored values put to 0 by the product ("the prices are put to 0", "auf 0 gestellt", "remis à 0"): lost data,
// 1 on 24x5 (README rounds 20-21).
const PUT_TO_ZERO: Phrasing[] = [
  ['Stock', 'After the night import the stock of all items were put to 0 in Inventory, nobody touched them.', 1, TS, '24x5'],
  ['Preise', 'Seit dem Abgleich sind die Preise aller Artikel auf 0 gestellt.', 1, TS, '24x5'],
  ['Prix', 'Depuis la synchronisation, les prix de vente de tous les articles sont remis à 0.', 1, TS, '24x5'],
  // traps: a how-to, shown in a report
  ['Samples', 'How can we put the stock to 0 for the free samples in Inventory?', 3, TS],
]

// Records whose data is mixed between them ("the contacts are being mixed", "vermischt"): another record's data
// on a record, damage (1, 24x5, README round 14).
const MIXED_BETWEEN_RECORDS: Phrasing[] = [
  ['Contacts', 'Since the update the addresses of the contacts are mixed, one customer has the street of other customer.', 1, TS, '24x5'],
  ['Tickets', 'The tickets of two clients got mixed together after the merge, notes of one are in the other.', 1, TS, '24x5'],
  ['Kontakte', 'Seit dem Import sind die Daten der Kontakte vermischt.', 1, TS, '24x5'],
  // traps: a how-to, a wish
  ['Mix', 'How do we show leads and contacts mixed in one list view?', 3, TS],
]

// An error each time an action is tried, or on all the orders ("every time we click Post it gives error",
// "bei jedem Versuch", "à chaque fois que nous"): the action never succeeds, as an error on every transaction
// (1, 24x5); for one user with the others fine it is 2.
const ERROR_EACH_TIME: Phrasing[] = [
  ['Invoices', 'Every time we post a bill in Books it is giving error "Oops".', 1, TS, '24x5'],
  ['Orders', 'Confirming gives an error for all the sales orders since the morning.', 1, TS, '24x5'],
  ['Buchung', 'Bei jedem Versuch die Rechnung zu buchen kommt ein Fehler.', 1, TS, '24x5'],
  ['Commandes', "À chaque fois que nous validons une commande, nous avons une erreur.", 1, TS, '24x5'],
  // traps: one user with the others fine, a how-to
  ['Error', 'Every time Mr. Koch clicks on Export he gets an error, all other colleagues can export normally.', 2, TS],
  ['Error', 'How do we find which field gives the error every time we import the file?', 3, TS],
]

// One person who cannot open a thing while the others can ("by one user the reports open not, all other
// colleagues can open them"): no lack of access for the team (2, README); signing in stays a login failure for
// one user too (1, 24x7).
const ONE_USER_CANNOT_OPEN: Phrasing[] = [
  ['Reports', 'Mrs. Weber can not open the dashboards since Monday, the other users can open them without problem.', 2, TS],
  ['Berichte', 'Herr Hofer kann die Berichte nicht öffnen, alle anderen Kollegen können sie normal öffnen.', 2, TS],
  ['Rapports', "Mme Leroy n'arrive pas à ouvrir les rapports, les autres collègues peuvent les ouvrir.", 2, TS],
  // traps: signing in for one user stays a login failure
  ['Login', 'Since this morning Mr. Rao cannot log in, the other users can log in normally.', 1, TS, '24x7'],
  ['Login', 'Frau Berger kann sich seit heute nicht anmelden, alle anderen Kollegen können normal arbeiten.', 1, TS, '24x7'],
  ['Login', 'Our accountant gets an error when she logs in, all other users can work.', 1, TS, '24x7'],
]

// Works for a part, not for the rest, said as "functions for X but not for Y": a subset (2).
const FUNCTIONS_FOR_BUT_NOT: Phrasing[] = [
  ['Sync', 'The import functions for the contacts but not for the accounts, accounts stay empty in CRM.', 2, TS],
  ['Sync', 'Die Synchronisation funktioniert für die Termine, aber nicht für die Aufgaben.', 2, TS],
  ['Sync', 'La synchronisation fonctionne pour les contacts mais pas pour les comptes.', 2, TS],
]

// A function asked for in a coming version ("is it possible to add in future version?", "we would like to
// request the function to ..."): a feature request, Product Management Related and exempt.
const FUTURE_VERSION: Phrasing[] = [
  ['Idea', 'Can you add a Hijri calendar in the date picker in future versions? Our customers need it.', 3, PMR],
  ['Function', 'We would like to request the function to print the barcode on the packing slip.', 3, PMR],
  ['Wunsch', 'Kann Zoho das in einer zukünftigen Version einbauen?', 3, PMR],
  ['Idée', 'Est-il possible de prévoir cela dans une future version ?', 3, PMR],
  // trap: asking how a function works
  ['Function', 'Please explain how the function for the barcode works in Inventory.', 3, TS],
]

// Slower than usual while people work normally ("it is possible to work normally"): worse, 2 (README).
const STILL_POSSIBLE_TO_WORK: Phrasing[] = [
  ['Slow', 'Desk is slow since Monday, but it is still possible to work normally.', 2, TS],
  ['Langsam', 'CRM ist seit gestern langsam, aber wir können normal arbeiten.', 2, TS],
  ['Lent', "CRM est lent depuis hier, mais il est possible de travailler normalement.", 2, TS],
  // trap: slowness that stops the work
  ['Slow', 'The CRM is extremely slow, to open one contact it needs two minutes, the sellers cannot work.', 1, TS, '24x5'],
]

describe('phrasings of round 23, branch r23-nonnative', () => {
  it('reads a spinner that turns and turns as downtime', async () => {
    expect(await misread(TURNS_AND_TURNS)).to.deep.equal([])
  })
  it('reads stored values put to 0 as lost data', async () => {
    expect(await misread(PUT_TO_ZERO)).to.deep.equal([])
  })
  it("reads records' data mixed between them as damage", async () => {
    expect(await misread(MIXED_BETWEEN_RECORDS)).to.deep.equal([])
  })
  it('reads an error each time an action is tried as an error on every transaction', async () => {
    expect(await misread(ERROR_EACH_TIME)).to.deep.equal([])
  })
  it('reads one user who cannot open a thing as 2, one who cannot sign in as a login failure', async () => {
    expect(await misread(ONE_USER_CANNOT_OPEN)).to.deep.equal([])
  })
  it('reads "functions for X but not for Y" as a subset', async () => {
    expect(await misread(FUNCTIONS_FOR_BUT_NOT)).to.deep.equal([])
  })
  it('reads a function asked for in a future version as a feature request', async () => {
    expect(await misread(FUTURE_VERSION)).to.deep.equal([])
  })
  it('reads slowness while people still work normally as worse', async () => {
    expect(await misread(STILL_POSSIBLE_TO_WORK)).to.deep.equal([])
  })
})
