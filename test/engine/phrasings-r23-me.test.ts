// Round 23, my own probing: meanings partners write that read otherwise, in other words than any corpus
// ticket, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Paying or booking online is the shop's purchase: when nobody can, or the customers no longer can, the
// business stops (a show-stopper, 1, on 24x5 as every failed payment is); paying Zoho is no shop's purchase.
const NOBODY_CAN_PAY_OR_BOOK: Phrasing[] = [
  ['Payments', 'None of our customers can pay online since this morning.', 1, TS, '24x5'],
  ['Bookings', 'Our clients can no longer book appointments through the booking page.', 1, TS, '24x5'],
  ['Zahlung', 'Keiner unserer Kunden kann seit heute früh online bezahlen.', 1, TS, '24x5'],
  ['Rendez-vous', 'Nos clients ne peuvent plus prendre rendez-vous sur notre page depuis ce matin.', 1, TS, '24x5'],
  ['Checkout', 'Guests cannot pay by card on the website since the update, every attempt fails.', 1, TS, '24x5'],
  // traps: paying Zoho, a how-to, a card declined once
  ['Renewal', "We can't pay online for the Zoho renewal, what other options are there?", 3, 'Payments Renewal'],
  ['Booking', 'How do customers book an appointment from our website?', 3, TS],
  ['Invoice', 'I cannot make a payment for our invoice, the card is declined.', 2, 'Invoice changes'],
]

// An error on every email, document or upload sent, or every API call, is an error on every transaction (1, 24x5): nothing the
// partner's business sends gets through; a how-to or a limit asked about over "every call" is none.
const EVERY_SEND_FAILS: Phrasing[] = [
  ['Emails bouncing', 'Every email our agents send from Desk bounces back with a 550 error.', 1, TS, '24x5'],
  ['API', 'Our integration gets 401 on every API call since the token refresh.', 1, TS, '24x5'],
  ['Mails', 'Jede ausgehende E-Mail kommt mit einem Fehler 550 zurück.', 1, TS, '24x5'],
  ['API', 'Depuis ce matin, chaque appel API renvoie une erreur 401.', 1, TS, '24x5'],
  // traps: a how-to, a limit asked about
  ['Sign', 'Sign requests fail with "something went wrong" for every document we send.', 1, TS, '24x5'],
  ['WorkDrive', "We can't upload anything to WorkDrive, every upload fails at 99%.", 1, TS, '24x5'],
  ['Upload', 'Jeder Upload in WorkDrive bricht seit heute Morgen mit einem Fehler ab.', 1, TS, '24x5'],
  ['Upload', 'Chaque téléversement dans WorkDrive échoue depuis ce matin.', 1, TS, '24x5'],
  ['Footer', 'How do I add a footer to every email we send?', 3, TS],
  ['Upload', 'How do I limit the size of every upload in the portal?', 3, TS],
  ['API', 'Can we get the rate limit raised? We make every API call through one user.', 3, TS],
]

// A feed, a sync or a flow of records that stopped updating or is not flowing has stopped working (README:
// "stopped working" is an outage, 24x7; "not flowing" is "not working", 24x5); one of several feeds is 2.
const STOPPED_UPDATING: Phrasing[] = [
  ['Books', 'Bank feeds stopped updating for all our accounts three days ago.', 1, TS, '24x7'],
  ['Orders', 'Orders are not flowing from the webshop into Books since the update.', 1, TS, '24x5'],
  // traps: one feed of three, a setting asked for
  ['Feeds', 'The bank feed for one of our three accounts stopped updating, the others are fine.', 2, TS],
  ['Field', 'Is there a setting so the total keeps updating when I change the quantity?', 3, TS],
]

// One colleague who cannot open a thing while "the others can" is one user (2); the words must end the
// sentence there ("the others can't" says the opposite), and everyone failing stays 1.
const THE_OTHERS_CAN: Phrasing[] = [
  ['Reps', 'One of our reps cannot open the Quotes module, the others can.', 2, TS],
  ['Modul', 'Eine Kollegin kann das Angebotsmodul nicht öffnen, die anderen schon.', 2, TS],
  ['Module', 'Une collègue ne peut pas ouvrir le module Devis, les autres oui.', 2, TS],
  // traps: the others cannot either, everyone down
  ['Login', "Nobody can log in, the others can't either.", 1, TS, '24x7'],
  ['Down', 'CRM is down for all of us since 9, the others can wait but sales cannot.', 1, TS, '24x7'],
]

describe('phrasings of round 23, my own probing', () => {
  it('reads one colleague failing while "the others can" as one user', async () => {
    expect(await misread(THE_OTHERS_CAN)).to.deep.equal([])
  })
  it('reads an error on every email sent or every API call as an error on every transaction', async () => {
    expect(await misread(EVERY_SEND_FAILS)).to.deep.equal([])
  })
  it('reads a feed that stopped updating, records not flowing, as stopped working', async () => {
    expect(await misread(STOPPED_UPDATING)).to.deep.equal([])
  })
  it('reads nobody able to pay or book online as a show-stopper, paying Zoho as none', async () => {
    expect(await misread(NOBODY_CAN_PAY_OR_BOOK)).to.deep.equal([])
  })
})
