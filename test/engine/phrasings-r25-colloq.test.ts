// Round 25 (branch r25-colloq): the meanings behind the first-read misses of grown-94.yaml (German and French tickets
// in colloquial and regional writing), in other words and languages than the tickets, with traps that must not read
// that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Austrian and Bavarian "ned", Swiss "nöd" and "nid" are German "nicht" (reading `negation`): they say a thing does
// not work, and they negate a symptom as "nicht" does.
const REGIONAL_NEGATION: Phrasing[] = [
  ['People', 'Servus, die Stempeluhr in Zoho People funktioniert ned, bei allen Mitarbeitern.', 1, TS, '24x5'],
  ['Desk', 'Die Agents können so ned arbeiten, jedes Ticket bleibt leer.', 1, TS],
  ['Login', 'Grüezi, seit dem Update können sich unsere Leute nöd mehr anmelden.', 1, TS, '24x7'],
  ['Projects', 'Die Zeiteinträge lassen sich nid speichern, bei allen im Team.', 1, TS, '24x5'],
  // traps: the regional negation negates a symptom, or an urgency
  ['Suche', 'Es ist ned ausgefallen, nur die Suche ist ein bisschen langsamer als sonst.', 2, TS],
  ['Frage', 'Ist ned dringend: wie exportiere ich alle Kontakte als CSV?', 3, TS],
]

// People who cannot work said in the German passive ("so kann nicht gearbeitet werden"): a show-stopper, 1 on 24x5
// (concept `people work`), as "das Team kann nicht arbeiten" and "no work can be done" already read.
const NO_WORK_PASSIVE: Phrasing[] = [
  ['Lager', 'Seit heute Morgen kann im Lager nicht mehr gearbeitet werden, die Pickliste bleibt leer.', 1, TS, '24x5'],
  ['Hotline', 'Mit dem neuen Update kann in der Hotline gar nicht gearbeitet werden.', 1, TS, '24x5'],
  ['Desk', 'Since the update no work can be done in the contact centre.', 1, TS, '24x5'],
  ['Kasse', 'An der Kasse kann seit dem Update überhaupt nicht gearbeitet werden.', 1, TS, '24x5'],
  // traps: working hours, no inability
  ['Kalender', 'Am Wochenende wird bei uns nicht gearbeitet: wie stelle ich die Geschäftszeiten ein?', 3, TS],
  ['Feiertage', 'An Feiertagen wird nicht gearbeitet. Wo trage ich die im Kalender ein?', 3, TS],
]

// Slowness with the intensifier fused into the word ("urlangsam", "urlahm"), and minutes until a screen opens
// ("braucht a Minute bis sie aufgeht", "minutes until it opens", "deux minutes avant que la fiche s'ouvre"):
// slowness, 1 on 24x5 (concept `slow`).
const SLOW_SAID_COLLOQUIALLY: Phrasing[] = [
  ['Desk', 'Desk is seit dem Update urlangsam.', 1, TS, '24x5'],
  ['Books', 'Heut is Books urlahm, die ganze Buchhaltung wartet.', 1, TS, '24x5'],
  ['Aufträge', 'Jeder Auftrag braucht zwei Minuten, bis er offen ist.', 1, TS, '24x5'],
  ['Dashboard', 'Es dauert fast eine Minute, bis das Dashboard geladen ist.', 1, TS, '24x5'],
  ['Deals', 'Every deal takes two minutes until it opens for our reps.', 1, TS, '24x5'],
  ['Fiches', "Il faut deux minutes avant que la fiche client s'ouvre, pour tout le monde.", 1, TS, '24x5'],
  ['Tableau de bord', "Ça prend une minute avant que le tableau de bord s'affiche.", 1, TS, '24x5'],
  // traps: over, and a bit slower than usual
  ['Books', 'Books war gestern urlangsam, heute läuft es wieder flott. Danke!', 3, TS],
  ['Suche', 'Die Suche ist seit Montag ein bisschen langsamer als sonst.', 2, TS],
]

// An action's button that gives an error on every record ("the reply button gives an error on every ticket"): that
// action fails every time, 1 on 24x5 (rule `errors on every action`), not an error on every record opened (24x7).
const ERRORS_ON_EVERY_ACTION: Phrasing[] = [
  ['Send', 'The send button throws an error on every ticket since this morning, nobody can reply.', 1, TS, '24x5'],
  ['Angebote', 'Der Speichern-Button gibt bei jedem Datensatz einen Fehler.', 1, TS, '24x5'],
  ['Contacts', "Le bouton Enregistrer affiche une erreur sur chaque fiche contact depuis la mise à jour.", 1, TS, '24x5'],
  ['Deals', 'Clicking the save button fails on every deal since the release.', 1, TS, '24x5'],
  ['Antworten', 'Seit dem Release bringt der Antworten Knopf bei jedem Ticket einen Fehler.', 1, TS, '24x5'],
  // and every reply or save said without a button (`every transaction`: "jede Antwort", "chaque réponse")
  ['Antworten', 'Seit dem Update kommt bei jeder Antwort an Kunden ein Fehler.', 1, TS, '24x5'],
  ['Réponses', 'Depuis la mise à jour, chaque réponse aux clients finit en erreur.', 1, TS, '24x5'],
  ['Angebote', 'Bei jedem Speichern eines Angebots kommt ein Fehler.', 1, TS, '24x5'],
  // traps: an error on every record opened, a sign-in button, a how-to about a button
  ['Desk', 'Every ticket we open shows an error since 9, nothing else works.', 1, TS, '24x7'],
  ['Login', 'The login button gives an error on every attempt, nobody gets in.', 1, TS, '24x7'],
  ['Button', 'How do I hide the send button on every ticket for read-only agents?', 3, TS],
]

// German umlauts written out ("geloescht", "Stoerung", "Kuendigung", "Verlaengerung"): a word that names nothing as
// written is read as the umlauted word, in a German sentence (impl/vocabulary.ts `umlautsWrittenOut`); not the "ue"
// of "qu" or after a vowel ("Quelle", "neue", "Dauer").
const UMLAUTS_WRITTEN_OUT: Phrasing[] = [
  ['Kontakte', 'Nach dem Import sind bei 500 Kontakten die E-Mail-Adressen geloescht.', 1, TS, '24x5'],
  ['Stoerung', 'Seit 9 Uhr Stoerung in Zoho Desk bei allen Agenten.', 1, TS, '24x7'],
  ['Abo', 'Wir moechten das Zoho One Abo unseres Kunden zum Monatsende kuendigen.', 1, 'Payments Renewal', '24x5'],
  ['Lizenzen', 'Bitte um Verlaengerung der Lizenzen unseres Kunden um ein Jahr.', 3, 'Payments Renewal'],
  ['Preise', 'Seit dem Update sind in Inventory alle Preise ueberschrieben.', 1, TS, '24x5'],
  ['Anmeldung', 'Seit heute frueh koennen sich die Kollegen nicht mehr anmelden, Anmeldestoerung bei allen.', 1, TS, '24x7'],
  // traps: words that only look written out, and the umlaut in an English sentence
  ['Quelle', 'Wie kann ich die Quelle der neuen Leads im Bericht anzeigen lassen?', 3, TS],
  ['Dauer', 'Wo stelle ich die Dauer der neuen Termine standardmaessig ein?', 3, TS],
  ['Blue theme', 'How do we switch the portal to the blue theme for all agents?', 3, TS],
]

// Colloquial German "nix" is "nichts" (`shortForms`): "geht nix mehr" is an outage, "passiert gar nix" a show-stopper,
// "nix Dringendes" negates the urgency.
const NIX: Phrasing[] = [
  ['CRM', 'Seit heute früh geht im CRM nix mehr, bei allen Kollegen.', 1, TS, '24x7'],
  ['Desk', 'Nix geht mehr in Desk seit 8 Uhr.', 1, TS, '24x7'],
  ['Speichern', 'Beim Klick auf Speichern passiert gar nix, bei jedem im Team.', 1, TS, '24x5'],
  // trap: "nix" negating
  ['Frage', 'Nix Dringendes, nur eine Frage: wie exportiere ich alle Kontakte?', 3, TS],
]

// Folded, "träge" is the verb "trage": "Wo trage ich die Feiertage ein?" is no slowness (concept `verb tragen`,
// which `slow` yields to), while "träge" and "traege" as the adjective still are.
const TRAGE_IS_NO_TRAEGE: Phrasing[] = [
  ['Feiertage', 'Wo trage ich die Feiertage für Österreich ein?', 3, TS],
  ['Zeiten', 'Bitte trage die Arbeitszeiten der Agenten bis Freitag ein, wie geht das in Desk?', 3, TS],
  ['Import', 'Ich trage die Kunden jeden Montag von Hand ein. Geht das auch als Import?', 3, TS],
  // traps: the adjective
  ['Books', 'Books ist seit dem Update extrem träge, jede Rechnung braucht Minuten.', 1, TS, '24x5'],
  ['CRM', 'Das CRM ist heute so traege, dass niemand arbeiten kann.', 1, TS, '24x5'],
]

// A quote said the Swiss or Québec way: "Offerte" is an "Angebot", "faire une soumission" a "devis" (Sales
// Discussions); a quote for additional licences prices an upgrade (Sales Discussions' `unless: upgrade`), also with
// the product named between ("zusätzliche CRM Lizenzen").
const REGIONAL_QUOTES: Phrasing[] = [
  ['Offerte Zoho One', 'Grüezi, bitte um eine Offerte für Zoho One, 20 Benutzer, für einen Neukunden.', 2, 'Sales Discussions', '24x5'],
  ['Soumission', 'Allo, pouvez-vous nous faire une soumission pour Zoho One, 20 utilisateurs, pour un nouveau client?', 2, 'Sales Discussions'],
  ['Offerte zusätzliche Desk Lizenzen', 'Könnt ihr uns eine Offerte für 5 zusätzliche Desk Lizenzen schicken?', 2, 'Upgrades'],
  ['Quote', 'Please send a quote for 8 additional Zoho Books licences for our client.', 2, 'Upgrades'],
  ['Devis', 'Merci de nous faire un devis pour 10 licences Projects supplémentaires.', 2, 'Upgrades'],
  // traps: a form's submission, and a discount talk for a new deal
  ['Formulaire', 'La soumission du formulaire web échoue pour tout le monde depuis ce matin.', 1, TS],
  ['Rabatt', 'Der Neukunde vergleicht mit Salesforce: gibt es einen Sonderpreis für 150 Lizenzen Zoho One?', 2, 'Sales Discussions'],
]

describe('round 25 phrasings (colloquial and regional German and French)', () => {
  it('reads Austrian, Bavarian and Swiss "ned", "nöd", "nid" as "nicht"', async () => {
    expect(await misread(REGIONAL_NEGATION)).to.deep.equal([])
  })
  it('reads people who cannot work said in the passive as a show-stopper on 24x5', async () => {
    expect(await misread(NO_WORK_PASSIVE)).to.deep.equal([])
  })
  it('reads fused intensifiers and minutes until a screen opens as slowness', async () => {
    expect(await misread(SLOW_SAID_COLLOQUIALLY)).to.deep.equal([])
  })
  it("reads an action's button failing on every record as an error on every action, 24x5", async () => {
    expect(await misread(ERRORS_ON_EVERY_ACTION)).to.deep.equal([])
  })
  it('reads German umlauts written out as the umlauts', async () => {
    expect(await misread(UMLAUTS_WRITTEN_OUT)).to.deep.equal([])
  })
  it('reads colloquial "nix" as "nichts"', async () => {
    expect(await misread(NIX)).to.deep.equal([])
  })
  it('reads the verb "trage" as no "träge"', async () => {
    expect(await misread(TRAGE_IS_NO_TRAEGE)).to.deep.equal([])
  })
  it('reads Swiss "Offerte" and Québec "soumission" as quotes, and a quote for more licences as an upgrade', async () => {
    expect(await misread(REGIONAL_QUOTES)).to.deep.equal([])
  })
})
