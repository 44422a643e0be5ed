// Round 52 (branch r52-buried): the meanings behind the first-read misses of grown-128.yaml (long, multi-topic
// tickets whose severity-1 matter is buried after thanks, a how-to and a renewal), in other words and languages than
// the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'
const PR = 'Payments Renewal'

// A shop's buyers are everyone who buys there (concept `everyone`): a checkout or payment that fails for every
// buyer or shopper stops the shop (rule `fails for everyone`, 1 on 24x5, README round 16).
const FAILS_FOR_EVERY_BUYER: Phrasing[] = [
  ['Checkout', "Since 9 the checkout fails for every shopper on our client's site.", 1, TS, '24x5'],
  ['Kasse', 'Der Bezahlvorgang schlägt seit heute früh bei allen Käufern fehl.', 1, TS, '24x5'],
  ['Panier', 'Depuis ce matin, la validation du panier échoue pour chaque acheteur.', 1, TS, '24x5'],
  // trap: a how-to about what every buyer sees
  ['Banner', 'How do we show a banner to every buyer at checkout?', 3, TS],
]

// The client's Commerce shop is no Zoho store (concept `other store` + "boutique zoho commerce", "boutique … sur zoho
// commerce"): a failure for all its buyers is the product's (Support 1, 24x5).
const CLIENTS_SHOP_IS_NO_ZOHO_STORE: Phrasing[] = [
  ['Paiement en échec', 'Depuis ce matin, la commande échoue pour tous les clients sur la boutique Zoho Commerce de notre client.', 1, TS, '24x5'],
  ['Bestellungen', 'Im Shop unseres Kunden schlägt seit heute früh die Bestellung bei allen Kunden fehl.', 1, TS, '24x5'],
  // traps: the partner store and Zoho's own shop stay Operations
  ['Accès', 'La boutique partenaire est inaccessible depuis hier soir.', 1, SR, '24x5'],
  ['Achat', 'Dans la boutique Zoho, le bouton Acheter est grisé pour tous les utilisateurs de notre société.', 1, SR, '24x5'],
]

// A client's buyers who cannot buy, told beside an Operations matter, name the type (`severeMatter`: `shoppers
// cannot buy`, `nobody can buy`, `fails for everyone`): the renewal asked beside them is the lesser matter.
const BUYERS_BESIDE_A_RENEWAL: Phrasing[] = [
  ['Renewal quote and checkout', "Please send the renewal quote for our client's licences. Separately, since the update nobody can check out in their webshop, PayPal included.", 1, TS, '24x5'],
  ['Verlängerungsangebot und Kasse', 'Bitte schicken Sie das Verlängerungsangebot für die Lizenzen unseres Kunden. Außerdem schlägt seit dem Update im Webshop der Bezahlvorgang bei allen Käufern fehl, auch mit PayPal.', 1, TS, '24x5'],
  ['Devis de renouvellement et paiement', 'Merci de nous envoyer le devis de renouvellement des licences de notre client. Par ailleurs, depuis la mise à jour, la validation du panier échoue pour tous les acheteurs de son site marchand, PayPal compris.', 1, TS, '24x5'],
  // trap: the renewal alone, with a shop working again
  ['Renewal quote', "Please send the renewal quote for our client's licences. Their webshop checkout works again with PayPal, thanks.", 3, PR],
]

describe('phrasings, round 52: buried severity-1 matters', () => {
  it("reads a checkout failing for every buyer as the shop stopped", async () => {
    expect(await misread(FAILS_FOR_EVERY_BUYER)).to.deep.equal([])
  })
  it("reads the client's Commerce shop as no Zoho store", async () => {
    expect(await misread(CLIENTS_SHOP_IS_NO_ZOHO_STORE)).to.deep.equal([])
  })
  it('lets buyers who cannot buy name the type beside a renewal', async () => {
    expect(await misread(BUYERS_BESIDE_A_RENEWAL)).to.deep.equal([])
  })
})
