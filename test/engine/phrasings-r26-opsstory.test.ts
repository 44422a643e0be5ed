// Round 26 (branch r26-opsstory): the meanings behind the first-read misses of grown-100.yaml (Operations tickets
// written as long stories, alarming things in them past, resolved, hypothetical or someone else's), in other words
// and languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const SR = 'Store Related'
const IC = 'Invoice changes'
const UP = 'Upgrades'
const SD = 'Sales Discussions'
const CP = 'Commission Payment'

// An Operations show-stopper dated in an earlier year or season ("last year", "im letzten Herbst", "l'an dernier") is
// history told as background (concept `earlier period`); "since last year" says it still lasts.
const AN_EARLIER_PERIOD: Phrasing[] = [
  ['Renewal quote', 'Last year the partner store was down on the very day we renewed Elm Dental. Please send this year\'s renewal quote for their 12 CRM licences.', 3, PR],
  ['Commission Q1', 'Two years ago we were locked out of the partner portal for a whole week. Today only one thing: the Q1 statement lacks the Birch Ltd line, please correct it.', 2, CP],
  ['Rechnung', 'Letztes Jahr war das Partnerportal bei uns drei Tage nicht erreichbar. Jetzt brauchen wir nur eine korrigierte Rechnung mit der neuen Anschrift.', 2, IC],
  ['Renouvellement', "L'an dernier, la boutique Zoho est restée inaccessible toute une journée pendant notre renouvellement. Pouvez-vous nous envoyer le devis de renouvellement pour cette année ?", 3, PR],
  ['Upgrade', 'The winter before last our client nearly cancelled, and last autumn they cancelled Campaigns. Now they want to move their 20 CRM users up to Enterprise.', 2, UP],
  // traps: it still lasts, or it is now
  ['Partner portal', 'Since last year none of us can get into the partner portal, every sign-in ends on an error page.', 1, SR, '24x5'],
  ['Partnerportal', 'Seit heute Morgen kommt keiner von uns mehr ins Partnerportal, letztes Jahr lief es noch problemlos.', 1, SR, '24x5'],
  ['Résiliation', "Le client avait renouvelé l'an dernier. Il nous demande maintenant de résilier son abonnement Zoho Books au 30 avril.", 1, PR, '24x5'],
]

// A customer who cancelled and came back ("re-subscribed", "ist zurückgekommen", "s'est réabonné"), said in the
// cancellation's sentence, cancels nothing now (concept `came back`); a cancellation withdrawn by Zoho's staff, anywhere
// ("die zurückgenommene Kündigung"), and a cancellation named as a moment ("paid before the cancellation") neither.
const CANCELLATION_TAKEN_BACK: Phrasing[] = [
  ['Q3 commission', 'Juniper Florists cancelled CRM in May but re-subscribed in June, and now their line is missing from our Q3 commission statement.', 2, CP],
  ['Provision', 'Der Kunde Wagner hatte im Frühjahr gekündigt und ist im Sommer wieder zurückgekommen; seitdem fehlt er in unserer Provisionsabrechnung.', 2, CP],
  ['Commission', "Le cabinet Roche avait résilié en mars puis s'est réabonné en avril, et il n'apparaît plus sur notre relevé de commissions.", 2, CP],
  ['Provision Q2', 'Die Kündigung der Firma Kessler wurde von Ihrem Team im Mai zurückgenommen. Trotzdem fehlt der Kunde in der Provisionsabrechnung für Q2.', 2, CP],
  ['Invoice', 'Our April invoice still lists the Mail licences, although they were switched off before the cancellation of the old plan. Please correct it.', 2, IC],
  // traps: a cancellation asked for now
  // (known limit: said in one sentence, "came back to us last year, but now ... please cancel", the request is set aside)
  ['Cancel', 'Oakridge Builders came back to us last year. Now they have sold the business: please cancel their CRM subscription at the end of May.', 1, PR, '24x5'],
  ['Kündigung', 'Bitte kündigen Sie das Abo der Praxis Lehmann zum Quartalsende, der Kunde hat sich endgültig entschieden.', 1, PR, '24x5'],
]

// Another partner ending its own agreement with Zoho ("the previous partner, who terminated", "ein anderer Partner,
// der gekündigt hat", "un autre partenaire, qui a résilié") is the customer's history (concept `other partners agreement`).
const ANOTHER_PARTNERS_AGREEMENT: Phrasing[] = [
  ['Customer mapping', 'The clinic was looked after by another partner who terminated its agreement with Zoho in January. Please map the clinic to us.', 3, SR],
  ['Kundenzuordnung', 'Die Kanzlei wurde von einem früheren Partner betreut, der seine Zoho-Partnerschaft zum Jahresende gekündigt hat. Bitte ordnen Sie die Kanzlei unserem Partnerkonto zu.', 3, SR],
  ['Rattachement', "Le garage était suivi par un ancien partenaire qui a résilié son contrat avec Zoho en décembre. Merci de rattacher ce client à notre compte partenaire.", 3, SR],
  // trap: the partner ends its own agreement
  ['Our agreement', 'We have decided to terminate our reseller agreement with Zoho as of 30 September.', 1, PR, '24x5'],
  ['Partnervertrag', 'Hiermit kündigen wir unseren Partnervertrag mit Zoho zum 31. Dezember.', 1, PR, '24x5'],
]

// An outage or a loss at the vendor a customer or prospect uses or leaves ("an outage with that vendor", "the vendor's
// backup", "panne de leur propre serveur") is someone else's service failing (concepts `other vendor`, `other down`).
const SOMEONE_ELSES_SERVICE: Phrasing[] = [
  ['Presales', 'Our prospect wants to leave their current vendor after a week-long outage with that vendor. Could your presales team join a call on Thursday?', 2, SD],
  ['Presales help', 'The retailer lost two months of orders when the vendor\'s backup failed, so they are moving to Zoho. We need a joint demo next week.', 2, SD],
  ['Upgrade', "Après une panne de leur propre serveur de fichiers, le client veut passer à Zoho WorkDrive et monter son CRM en édition Enterprise. Pouvez-vous faire la mise à niveau ?", 2, UP],
  ['Verkaufsgespräch', 'Der Interessent hatte beim bisherigen Anbieter einen zweitägigen Ausfall und möchte nun zu Zoho wechseln. Können wir ein gemeinsames Verkaufsgespräch planen?', 2, SD],
  // traps: Zoho's own service down, or Zoho's data lost
  ['CRM down', 'CRM has been down for all our users since 8 this morning.', 1, TS, '24x7'],
  ['Lost records', 'After yesterday\'s sync 400 contacts are lost from Zoho CRM.', 1, TS, '24x5'],
]

// A lack of access the partner calls normal ("which is normal", "ce qui est normal", "was ja normal ist"), or access
// limited on purpose for a new user ("avec des droits limités"), shuts no one out (concepts `called normal`,
// `access wished away`).
const ACCESS_ENDED_AS_IT_SHOULD: Phrasing[] = [
  ['Portal user', 'Our former sales lead no longer has access to the partner portal, which is normal since she left. How do we add her successor?', 3, SR],
  ['Partnerportal', 'Herr Becker hat seit seinem Ausscheiden keinen Zugang mehr zum Partnerportal, was ja normal ist. Wie legen wir einen Zugang für seine Nachfolgerin an?', 3, SR],
  ['Portail partenaire', "Notre ancienne assistante n'a plus accès au portail partenaire, ce qui est normal. Comment ajouter un nouvel utilisateur avec des droits limités (sans accès aux factures) ?", 3, SR],
  // traps: the team shut out
  ['Portal', 'None of us has access to the partner portal since this morning, which is not what we expect after paying the renewal.', 1, SR, '24x5'],
  ['Portail', "Depuis ce matin, personne chez nous n'a accès au portail partenaire.", 1, SR, '24x5'],
]

// Licences not to be renewed, said as a decision against the renewal ("decided against renewing", "Verlängerung ...
// nicht gewünscht", "renonce au renouvellement"), are a cancellation (concept `terminate`).
const AGAINST_THE_RENEWAL: Phrasing[] = [
  ['Renewal', 'After a long discussion the customer decided against renewing their Desk licences; they should end on 31 July.', 1, PR, '24x5'],
  ['Verlängerung', 'Eine Verlängerung der CRM-Lizenzen ist vom Kunden nicht gewünscht, bitte lassen Sie sie zum Vertragsende auslaufen.', 1, PR, '24x5'],
  ['Verlängerung', 'Die Geschäftsführung hat sich gegen die Verlängerung des Zoho-One-Abos entschieden.', 1, PR, '24x5'],
  ['Renouvellement', "Le client renonce au renouvellement de ses licences Zoho Mail à l'échéance du 30 juin.", 1, PR, '24x5'],
  // traps: a renewal wanted
  ['Renewal', 'The customer has decided to renew their Desk licences for two more years, please send the quote.', 3, PR],
  ['Verlängerung', 'Der Kunde wünscht eine Verlängerung der CRM-Lizenzen um zwölf Monate.', 3, PR],
]

// A German date with its month named ("am 30. Juni", "vom 3. Februar") stands inside its sentence: the words around it
// are read together (impl/tokens.ts); a detail missing from an invoice named first ("auf Ihrer Rechnung ... fehlt").
const GERMAN_DATES_INSIDE_A_SENTENCE: Phrasing[] = [
  ['Lizenzen', 'Die Lizenzen unseres Kunden sollen mit Ablauf der Laufzeit am 30. Juni enden.', 1, PR, '24x5'],
  ['Abo', 'Das Abonnement der Bäckerei Ott soll zum 1. April enden, danach bitte nichts mehr abbuchen.', 1, PR, '24x5'],
  ['Rechnung', 'Auf Ihrer Rechnung vom 3. Februar fehlt unsere Bestellnummer, bitte korrigieren Sie sie.', 2, IC],
  ['Rechnung', 'In der Rechnung Nr. 55120 fehlt die UID-Nummer unseres Kunden. Bitte neu ausstellen.', 2, IC],
  // trap: a number and a name that begins the next sentence
  ['Partnerportal', 'Wir haben 300 Kunden. Mai und Juni sind bei uns Hochsaison, und seit heute kommt keiner von uns ins Partnerportal.', 1, SR, '24x5'],
]

describe('phrasings of round 26, branch r26-opsstory', () => {
  it('reads an Operations show-stopper dated in an earlier year or season as history, "since last year" as lasting', async () => {
    expect(await misread(AN_EARLIER_PERIOD)).to.deep.equal([])
  })
  it('reads a cancellation taken back, withdrawn or named as a moment as no cancellation request', async () => {
    expect(await misread(CANCELLATION_TAKEN_BACK)).to.deep.equal([])
  })
  it("reads another partner ending its own agreement as the customer's history", async () => {
    expect(await misread(ANOTHER_PARTNERS_AGREEMENT)).to.deep.equal([])
  })
  it("reads an outage or a loss at someone else's vendor or server as no Zoho symptom", async () => {
    expect(await misread(SOMEONE_ELSES_SERVICE)).to.deep.equal([])
  })
  it('reads a lack of access called normal, or limited on purpose, as no one shut out', async () => {
    expect(await misread(ACCESS_ENDED_AS_IT_SHOULD)).to.deep.equal([])
  })
  it('reads a decision against the renewal as a cancellation', async () => {
    expect(await misread(AGAINST_THE_RENEWAL)).to.deep.equal([])
  })
  it('reads a German date with its month named as inside its sentence', async () => {
    expect(await misread(GERMAN_DATES_INSIDE_A_SENTENCE)).to.deep.equal([])
  })
})
