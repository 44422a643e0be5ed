// Round 145: partners' customers in other sectors name their people and records in the sector's own words (patients,
// students, members, donors, residents, guests, drivers; donations, enrolments, sales, slots, stores, tills). The words
// that read them:
// - a retail chain's own stores and tills ("our customer's Glasgow store prints …", "each store's opening hours",
//   "per store location", "in any store", "le magasin de Lyon de notre client") are `other store`, not the partner's
//   store (Technical Support, not Store Related); the Zoho Store, the store in the partner account stay Store Related;
// - a wish said with its people ("would like their volunteers to sign up … instead of …", "wants patients to book …
//   instead of calling") is `required instead`, no wrong result (3); a result shown "instead of" stays 2;
// - some or a few of the sector's people ("Some residents … do not receive", "A few patients", "certains patients",
//   "einige Patienten") are a subset (`subset named`, 2); none of them stays 1, and a login failing for some stays 1 on 24x7;
// - the sector's people's tasks (enrol, donate, log hours, book a class, see their route, s'inscrire, saisir les heures)
//   are `people task`, and "no driver/member/guest … can", "kein Fahrer", "aucun chauffeur" are `nobody` (1, 24x5);
// - a slot "no longer available" is a booking's time taken (`slot taken`), no access lost: every booking refused stays
//   1 on 24x5, and "the page loads, but …" is the page reached (`signed in then` in `login failure`'s unless);
// - accents garbled where a confirmation, reminder or receipt shows them are characters shown garbled (2), not damaged
//   data (names garbled in the CRM records stay 1);
// - sales, donations, enrolments, shipments … that do not reach a product are records reaching it (24x5), no access.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const STORES: Phrasing[] = [
  ['One store prints the wrong VAT number on receipts', "Our customer's Glasgow store prints an old VAT number on every till receipt. The other 11 stores print the correct one. We checked the store settings in Zoho POS.", 2, TS, '24x5'],
  ['Opening hours on the booking page', "How can we show each store's opening hours on the Bookings page, and hide slots when a store is closed on Sundays?", 3, TS, '24x5'],
  ['Store hours', 'How do we set different opening hours per store location in Zoho Bookings?', 3, TS, '24x5'],
  ['Mauvais logo à Lyon', 'Le magasin de Lyon de notre client imprime le mauvais logo sur les tickets de caisse dans Zoho POS. Les autres magasins sont corrects.', 2, TS, '24x5'],
  // traps: the partner's store stays Store Related
  ['Zoho Store down', 'The Zoho Store is down, we cannot buy licences for our customer since 9.', 1, 'Store Related', '24x5'],
  ['Store shows wrong price', 'The store shows the wrong price for Zoho One licences in our partner account.', 2, 'Store Related', '24x5'],
  ['Store question', "How can we see our customers' subscriptions in the store?", 3, 'Store Related', '24x5'],
]

const WISHES: Phrasing[] = [
  ['How do we let volunteers sign up themselves', 'Our client would like their volunteers to sign up themselves for shifts instead of the coordinator entering them. Is there a way to do this with Zoho Forms or Bookings?', 3, TS, '24x5'],
  ['Self-booking for patients', 'The clinic wants patients to book their own appointments online instead of calling reception. How do we set that up?', 3, TS, '24x5'],
  ['Members booking', 'We would like members to cancel classes in the app instead of emailing the front desk. Is that possible?', 3, TS, '24x5'],
  // traps: a result shown instead of another stays 2
  ['Wrong date', 'We would like to know why the receipt shows the generation date instead of the donation date.', 2, TS, '24x5'],
  ['Timetable', "Our teachers see last term's room instead of the new one in their timetable.", 2, TS, '24x5'],
]

const SOME_PEOPLE: Phrasing[] = [
  ["Some residents don't get the confirmation", 'Some residents who submit a permit application do not receive the confirmation email. Around 1 in 10, mostly with hotmail addresses. The application itself arrives in Creator correctly.', 2, TS, '24x5'],
  ['Confirmation emails', 'A few patients do not receive the appointment confirmation email. Most get it fine.', 2, TS, '24x5'],
  // traps: none of them, or a login failing for some, stays 1
  ['No confirmations', 'None of the residents receive the confirmation email since Monday.', 1, TS, '24x5'],
  ['Login', 'Some patients cannot log in to the portal since this morning.', 1, TS, '24x7'],
]

const TASKS: Phrasing[] = [
  ['Enrolment', 'No student can enrol for next term since the update, the form shows an error when they submit.', 1, TS, '24x5'],
  ['Route', "No driver can see today's route in the app since this morning.", 1, TS, '24x5'],
  ['Hours', 'None of the staff can log hours against client matters since this morning.', 1, TS, '24x5'],
  ['Heures', 'Depuis ce matin, personne ne peut saisir les heures sur les dossiers clients.', 1, TS, '24x5'],
  ['Tournées', "Depuis ce matin, aucun chauffeur ne peut voir sa tournée dans l'application.", 1, TS, '24x5'],
  ['Inscriptions', "Aucun élève ne peut s'inscrire depuis la mise à jour.", 1, TS, '24x5'],
  // traps: how-tos, one person, a "no member" that stops nothing
  ['Enrolment how-to', 'How do students enrol for next term in the portal?', 3, TS, '24x5'],
  ['Route how-to', 'How can drivers see their route for tomorrow in the app?', 3, TS, '24x5'],
  ['No member fee', 'No member has to pay twice - how do we set up family memberships?', 3, TS, '24x5'],
]

const SLOTS: Phrasing[] = [
  ['Booking broken', 'Since 7am none of our patients can book online. The page loads, but every booking fails with "This slot is no longer available".', 1, TS, '24x5'],
  ['Créneaux', 'Depuis 7h aucun patient ne peut réserver en ligne : chaque créneau affiche "Ce créneau n\'est plus disponible".', 1, TS, '24x5'],
  ['Slots', 'A slot is no longer available once someone books it - can we allow two patients per slot?', 3, TS, '24x5'],
  // traps: the booking portal itself out of reach stays 24x7
  ['Portal', 'The booking portal is no longer available for anyone since 7am.', 1, TS, '24x7'],
  ['Portal', 'The patient portal page loads, but the login fails for every patient.', 1, TS, '24x7'],
]

const GARBLED: Phrasing[] = [
  ['Guest names garbled in booking confirmations', 'The booking confirmation emails show guest names with accents wrongly, e.g. "MÃ¼ller" instead of "Müller". The booking itself and the record in CRM are fine. It only affects the email.', 2, TS, '24x5'],
  ['Patient names', 'Patient names with accents are garbled in the appointment reminder emails. The records are correct.', 2, TS, '24x5'],
  ['Umlaute', 'Die Namen unserer Gäste sind in den Bestätigungsmails verstümmelt, im CRM stimmen sie.', 2, TS, '24x5'],
  // traps: the records themselves damaged stay 1
  ['Data corrupted', 'After the import all student names in CRM are garbled, every record with an accent is corrupted.', 1, TS, '24x5'],
  ['Names garbled', 'Since the migration every guest record in the CRM has garbled names and the addresses are scrambled.', 1, TS, '24x5'],
]

const REACH: Phrasing[] = [
  ['Sales not reaching Inventory', 'No sale from any till is reaching Zoho Inventory since this morning.', 1, TS, '24x5'],
  ['Donations not reaching Books', 'None of the donations made since midnight have reached Books.', 1, TS, '24x5'],
  ['Caisses', "Depuis ce matin, aucune vente des caisses n'arrive dans Zoho Inventory.", 1, TS, '24x5'],
  // traps: a question how often
  ['Sync question', 'How often do sales from the tills reach Inventory?', 3, TS, '24x5'],
]

describe("phrasings, round 145: customers' sectors, their people and records", () => {
  it("reads a retail chain's stores and tills as the customer's, not the partner's store", async () => {
    expect(await misread(STORES)).to.deep.equal([])
  })
  it('reads a wish with its people as a wish, no wrong result', async () => {
    expect(await misread(WISHES)).to.deep.equal([])
  })
  it("reads some of the sector's people as a part", async () => {
    expect(await misread(SOME_PEOPLE)).to.deep.equal([])
  })
  it("reads the sector's people's tasks and \"no driver can\"", async () => {
    expect(await misread(TASKS)).to.deep.equal([])
  })
  it('reads a slot no longer available as a booking refused, not access lost', async () => {
    expect(await misread(SLOTS)).to.deep.equal([])
  })
  it('reads accents garbled in confirmations and receipts as shown wrongly', async () => {
    expect(await misread(GARBLED)).to.deep.equal([])
  })
  it('reads sales and donations not reaching a product as records, no access', async () => {
    expect(await misread(REACH)).to.deep.equal([])
  })
})
