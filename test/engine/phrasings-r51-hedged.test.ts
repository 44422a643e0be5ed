// Round 51 (branch r51-hedged): the meanings behind the first-read misses of grown-127.yaml (severity-1 matters said
// in hedged, polite or indirect words, or by non-native writers), in other words and languages than the tickets, with
// traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const SR = 'Store Related'
const PR = 'Payments Renewal'

// "As if" after a verb of seeming ("it looks as if", "es wirkt, als ob", "comme si") is a hedge (concept `hedge`, which
// the hypothetical cue yields to: `reading.yieldsTo`): it reports what it softens. A condition stays one.
const AS_IF: Phrasing[] = [
  ['Desk', 'It looks as if none of our agents can sign in to Desk since noon.', 1, TS, '24x7'],
  ['CRM', 'It seems as though nobody can log in to CRM since this morning.', 1, TS, '24x7'],
  ['Anmeldung', 'Es wirkt, als ob sich seit Mittag keiner mehr bei Zoho Desk einloggen kann.', 1, TS, '24x7'],
  ['Books', 'Tout se passe comme si Zoho Books était en panne depuis midi.', 1, TS, '24x7'],
  // traps: a condition asked about, with or without "as if" nearby
  ['Migration', 'If CRM goes down during the migration, what should our agents do?', 3, TS],
  ['Notfall', 'Falls das CRM ausfällt, wen sollen wir anrufen?', 3, TS],
  ['Panne', "Si le CRM tombe en panne pendant la migration, que devons-nous faire ?", 3, TS],
]

// German "verwehrt" (access refused) is access that is not possible (concept `not possible`).
const ACCESS_REFUSED_DE: Phrasing[] = [
  ['Partnerportal', 'Seit heute Morgen ist uns der Zugang zum Partnerportal verwehrt.', 1, SR, '24x5'],
  ['CRM', 'Allen Mitarbeitern ist der Zugriff auf Zoho CRM seit 8 Uhr verwehrt.', 1, TS, '24x7'],
  // trap: a restriction the partner wants to set up
  ['Rechte', 'Wie können wir einrichten, dass Praktikanten der Zugriff auf das Modul Gehälter verwehrt bleibt?', 3, TS],
]

// German "was passiert / was würde passieren / was wäre, wenn … kündigen": a cancellation asked about as a case
// (concept `cancellation in general`), no request; the comma that German sets before "wenn" does not end the question.
const WHAT_IF_CANCELLED_DE: Phrasing[] = [
  ['Frage', 'Was geschieht, wenn ein Kunde mitten in der Laufzeit kündigt?', 2, PR],
  ['Frage', 'Was wäre, wenn wir das Abonnement zum Quartalsende kündigen?', 2, PR],
  // trap: a cancellation asked for, with a question after it
  ['Kündigung', 'Bitte kündigen Sie das Abonnement unseres Kunden zum 31.12. Was passiert danach mit den Daten?', 1, PR],
]

// A product's currency setting ("multi-currency", "Fremdwährungen", "devise étrangère") is its workings (concept
// `technical`), no invoice change, even beside the client's own invoicing.
const CURRENCY_SETTING: Phrasing[] = [
  ['Books', 'How do we switch on multi-currency in Books? Our client invoices some customers in euros.', 3, TS],
  ['Books', 'Wie richten wir in Zoho Books Fremdwährungen ein? Der Kunde stellt einige Rechnungen in CHF aus.', 3, TS],
  ['Books', 'Comment activer une devise étrangère dans Books ? Notre client facture certains clients en dollars.', 3, TS],
  // trap: Zoho's own invoice to the partner, in the wrong currency
  ['Invoice', 'Your invoice to us was issued in the wrong currency, please reissue it in EUR.', 2, 'Invoice changes'],
]

describe('phrasings, round 51: hedged and non-native wording', () => {
  it('reads "as if" after a verb of seeming as a hedge, a condition as a hypothesis', async () => {
    expect(await misread(AS_IF)).to.deep.equal([])
  })
  it('reads German "verwehrt" as access not possible', async () => {
    expect(await misread(ACCESS_REFUSED_DE)).to.deep.equal([])
  })
  it('reads German "was passiert, wenn … kündigt" as a question about cancelling', async () => {
    expect(await misread(WHAT_IF_CANCELLED_DE)).to.deep.equal([])
  })
  it("reads a product's currency setting as its workings", async () => {
    expect(await misread(CURRENCY_SETTING)).to.deep.equal([])
  })
})
