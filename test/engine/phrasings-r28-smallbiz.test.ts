// Round 28 (branch r28-smallbiz): the meanings behind the first-read misses of grown-106.yaml (small businesses'
// plain words sent on by their partner), in other words and languages than the tickets, with traps that must not
// read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A stop said "altogether" is a total stop, as "completely" is (concept `totally`): 24x7.
const STOPPED_ALTOGETHER: Phrasing[] = [
  ['Texts', 'The booking confirmations have stopped altogether since the weekend.', 1, TS, '24x7'],
  ['Sync', 'Our calendar sync stopped altogether on Tuesday night.', 1, TS, '24x7'],
  ['Mails', 'Outgoing mail from the shared mailbox has stopped altogether.', 1, TS, '24x7'],
  // traps: a count, and a total stop the partner wants
  ['Reminders', 'How do we switch the reminder texts off altogether for members who have left?', 3, TS],
  ['Slots', 'There are 14 booking slots altogether on Saturday, how do we add a fifteenth?', 3, TS],
]

// Minutes every time a screen is clicked or opened is slowness (concept `slow`): 1 on 24x5.
const MINUTES_EVERY_CLICK: Phrasing[] = [
  ['Slow', 'It takes three minutes every time we click on a customer.', 1, TS, '24x5'],
  ['Slow', 'The job list takes a couple of minutes every time the office opens it.', 1, TS, '24x5'],
  ['Langsam', 'Es dauert zwei Minuten bei jedem Öffnen eines Kunden.', 1, TS, '24x5'],
  ['Lent', 'Il faut deux minutes à chaque fois qu’on clique sur un patient.', 1, TS, '24x5'],
  // traps: people waiting, not a screen; slow but usable
  ['Pick lists', 'Pickers wait a few minutes each time for the supervisor. Is there a way to push the next list automatically?', 3, TS],
  ['Slower', 'Opening a customer has been a bit slower than usual this week, still usable.', 2, TS],
]

// Another person's details on a record is damage (concept `damage`): 1 on 24x5.
const ANOTHER_PERSONS_DETAILS: Phrasing[] = [
  ['Records', "Some members now show another member's address and bank details.", 1, TS, '24x5'],
  ['Pupils', "Several pupils' files carry another pupil's phone number since Monday.", 1, TS, '24x5'],
  ['Patienten', 'Bei einigen Karteien steht die Telefonnummer eines anderen Patienten.', 1, TS, '24x5'],
  ['Patients', "Certaines fiches affichent l'adresse d'un autre patient depuis ce matin.", 1, TS, '24x5'],
  // trap: the records themselves fine, one report shown wrongly
  ['Report', 'The birthday report lists last month instead of this month, the records are all fine.', 2, TS],
]

// A kind of shop named "… store" is the client's business, not Zoho's store (concept `other store`).
const A_CLIENTS_STORE: Phrasing[] = [
  ['Help', 'The staff at the hardware store cannot do any work, every screen is frozen.', 1, TS],
  ['Help', "Bob's Garden Store can't get into Zoho Books, it says the password is wrong for everyone.", 1, TS, '24x7'],
  ['Hilfe', 'Im Concept Store kann sich seit heute früh niemand mehr bei Zoho anmelden.', 1, TS, '24x7'],
  ['Aide', 'Dans le magasin de bricolage, personne ne peut se connecter à Zoho Inventory depuis ce matin.', 1, TS, '24x7'],
  // traps: Zoho's store itself
  ['Store', 'We cannot get into the store to buy licences for our client, it will not load.', 1, 'Store Related', '24x5'],
]

// Tills, card machines and receipt printers are the product's workings: their receipts and refunds to a buyer are
// the product's own documents (concepts `technical`, `product invoice`); a person's double order is their doing.
const TILLS_AND_RECEIPTS: Phrasing[] = [
  ['Receipts', 'How do we get the tills to show our opening hours on the receipt?', 3, TS],
  ['Receipt', 'How can the card machine print the shop logo on each receipt?', 3, TS],
  ['Refund', 'A shopper returned a jacket. How do I refund the order and put it back in stock?', 3, TS],
  ['Bon', 'Wie drucke ich am Kassensystem einen zweiten Kassenbon?', 3, TS],
  ['Commande', 'Une cliente a commandé deux fois par erreur, comment annuler une des commandes ?', 3, TS],
  // traps: Zoho's own invoice and receipt, and a real failure at the tills
  ['Receipt', 'Please send us a receipt for our last payment to Zoho, the one for 20 CRM licences.', 2, 'Invoice changes'],
  ['Tills', 'Our tills are refusing every card payment since this morning.', 1, TS, '24x5'],
]

// A price to correct on Zoho's invoice is an invoice change, not a sales talk (Sales Discussions' `unless`).
const PRICE_TO_CORRECT: Phrasing[] = [
  ['Invoice', 'Your invoice charges 30 per user but we agreed 25 with your sales team. Please correct the price.', 2, 'Invoice changes'],
  ['Rechnung', 'Auf Ihrer Rechnung stimmt der Preis nicht, bitte korrigieren Sie den Preis und schicken Sie eine neue Rechnung.', 2, 'Invoice changes'],
  // trap: a price to talk about
  ['Pricing', 'Could your sales team give us a better price for 200 users of Zoho One?', 2, 'Sales Discussions'],
]

describe('phrasings, round 28: small businesses in plain words', () => {
  it('reads a stop said "altogether" as a total stop', async () => {
    expect(await misread(STOPPED_ALTOGETHER)).to.deep.equal([])
  })
  it('reads minutes every time a screen is clicked or opened as slowness', async () => {
    expect(await misread(MINUTES_EVERY_CLICK)).to.deep.equal([])
  })
  it("reads another person's details on a record as damage", async () => {
    expect(await misread(ANOTHER_PERSONS_DETAILS)).to.deep.equal([])
  })
  it("reads a kind of shop named a store as the client's business", async () => {
    expect(await misread(A_CLIENTS_STORE)).to.deep.equal([])
  })
  it("reads tills, their receipts and a buyer's refund as the product's", async () => {
    expect(await misread(TILLS_AND_RECEIPTS)).to.deep.equal([])
  })
  it("reads a price to correct on Zoho's invoice as an invoice change", async () => {
    expect(await misread(PRICE_TO_CORRECT)).to.deep.equal([])
  })
})
