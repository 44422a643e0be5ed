// Round 27 (branch r27-deoffice): the meanings behind the first-read misses of grown-101.yaml (German tickets in
// everyday office German: long sentences with the verb at the end, separable verbs split far apart, "es"
// constructions, the passive, modal particles), in other words and languages than the tickets, with traps that must
// not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// German brackets a separable verb, or "nicht mehr", round a long middle field: the words that close the sentence
// belong to the verb in second place however many words stand between ("kommen ... =an $", "funktioniert ... nicht
// mehr $", "es gibt ... nicht mehr $"). English and French say the same without the bracket.
const SENTENCE_BRACKET: Phrasing[] = [
  ['Mahnungen', 'Die Zahlungserinnerungen aus Books kommen seit Montag bei keinem einzigen unserer Kunden mehr an.', 1, TS, '24x7'],
  ['Belege', 'Die Auftragsbestätigungen kommen seit der Umstellung am Wochenende bei unseren Händlern in Österreich leider gar nicht mehr an.', 1, TS, '24x7'],
  ['Sync', 'Der Abgleich zwischen CRM und Books funktioniert seit dem Update letzte Woche bei uns im Büro irgendwie nicht mehr.', 1, TS, '24x7'],
  ['Export', 'Die Exporte für den Steuerberater laufen seit Anfang des Monats bei allen Mandanten leider nicht mehr.', 1, TS, '24x7'],
  ['Kunden', 'Es gibt bei uns im CRM die ganzen Kontakte der Firma Roth und ihrer Tochterfirmen seit gestern nicht mehr.', 1, TS, '24x5'],
  ['Invoices', 'Since the update last night the invoices Books sends never reach our customers any more.', 1, TS, '24x7'],
  ['Factures', "Depuis la mise à jour d'hier soir, les factures n'arrivent plus du tout chez nos clients.", 1, TS, '24x7'],
  // traps: the bracket closed with other words, or a request that stays a question
  ['Frage', 'Kommen die Erinnerungen bei den Kunden eigentlich auch dann an, wenn der Kunde schon bezahlt hat?', 3, TS],
  ['Export', 'Der Export funktioniert seit dem Update bei allen Mandanten nicht mehr so schnell wie früher, aber er läuft.', 2, TS],
  ['Frage', 'Gibt es die alte Listenansicht im CRM eigentlich noch, oder wurde sie abgeschafft?', 3, TS],
]

// Records that German puts first and what became of them at the sentence's end ("die Kontakte ... sind seit heute
// früh einfach weg"): lost data (1, 24x5), read over a long middle field.
const DATA_GONE_AT_THE_END: Phrasing[] = [
  ['Kontakte', 'Die Kontakte von unserem Großkunden Berger sind seit heute Morgen einfach weg.', 1, TS, '24x5'],
  ['Termine', 'Die Termine der Außendienstler für die nächste Woche sind über Nacht alle verschwunden.', 1, TS, '24x5'],
  ['Belege', 'Die Belege aus dem Februar sind seit dem Update nicht mehr auffindbar.', 1, TS, '24x5'],
  ['Contacts', 'Since this morning all contacts of our biggest client are gone.', 1, TS, '24x5'],
  ['Contacts', 'Depuis ce matin, les contacts de notre client principal ont disparu.', 1, TS, '24x5'],
  // traps: negated, and people who are away
  ['Kontakte', 'Die Kontakte sind zum Glück nicht weg, sie waren nur ausgefiltert. Wie stelle ich den Filter zurück?', 3, TS],
  ['Urlaub', 'Die Kollegen aus der Buchhaltung sind diese Woche alle weg, bitte schicken Sie die Anleitung an mich.', 3, TS],
]

// A user's action that can no longer be done, creating a record ("es lässt sich keine einzige Rechnung mehr
// erstellen", "on ne peut plus créer de devis"): a feature failing (1, 24x5), as saving; a feature's own verb that
// stopped ("erstellt keine Aufgaben mehr") stays a total stop (24x7).
const CREATE_NO_MORE: Phrasing[] = [
  ['Projects', 'Es lässt sich seit heute Vormittag in Projects keine einzige Aufgabe mehr erstellen.', 1, TS, '24x5'],
  ['CRM', 'Seit dem Update können wir im CRM keine neuen Kontakte mehr anlegen, es kommt immer ein Fehler.', 1, TS, '24x5'],
  ['Devis', 'Depuis ce matin on ne peut plus créer un seul devis dans Zoho CRM.', 1, TS, '24x5'],
  ['Quotes', 'Since this morning we can no longer create quotes in CRM, every attempt gives an error.', 1, TS, '24x5'],
  // traps: the feature that stopped by itself, and a how-to
  ['Workflow', 'Die Workflow-Regel erstellt seit Montag gar keine Aufgaben mehr.', 1, TS, '24x7'],
  ['Frage', 'Wie kann man in Projects eine Vorlage für wiederkehrende Aufgaben erstellen?', 3, TS],
]

// The sign-in message told in reported speech ("die Meldung, dass das Konto deaktiviert sei", "a message that the
// account had been deactivated", "un message disant que le compte serait désactivé"): no access (1, 24x7).
const REPORTED_SIGN_IN_MESSAGE: Phrasing[] = [
  ['Anmeldung', 'Beim Anmelden im CRM bekommen wir alle die Meldung, dass unser Konto gesperrt sei.', 1, TS, '24x7'],
  ['People', 'Heute früh hieß es bei jedem Kollegen, das Konto sei deaktiviert, bitte den Administrator kontaktieren.', 1, TS, '24x7'],
  ['Sign-in', 'This morning every agent got a message that their account had been deactivated when signing in to Desk.', 1, TS, '24x7'],
  ['Connexion', 'Ce matin, en se connectant, chaque commercial voit un message indiquant que son compte serait désactivé.', 1, TS, '24x7'],
  // traps: deactivating a user on purpose
  ['Benutzer', 'Wie kann ich das Konto einer ausgeschiedenen Kollegin deaktivieren, ohne ihre Daten zu verlieren?', 3, TS],
  ['User', 'How do I deactivate the account of a colleague who left, keeping her records?', 3, TS],
]

// An appointment, meeting or training that "fällt aus" / "muss ausfallen", a meeting that "tombe à l'eau": the event
// is off, no outage of a product (`outage` yields to `event cancelled`).
const EVENT_OFF: Phrasing[] = [
  ['Termin', 'Unser Termin am Mittwoch muss leider ausfallen, könnten Sie uns bis dahin das Angebot für die zehn zusätzlichen Lizenzen schicken?', 2, 'Upgrades'],
  ['Schulung', 'Die Schulung für unsere Azubis fällt diese Woche aus. Wie können wir sie auf nächsten Dienstag verschieben?', 3, TS],
  ['Réunion', 'Notre réunion de jeudi tombe à l’eau, pouvez-vous nous expliquer par écrit comment ajouter un champ ?', 3, TS],
  // traps: a meeting off because the product is down, and an outage of a feature named after appointments
  ['Termin', 'Der Termin mit dem Kunden musste ausfallen, weil das CRM seit 9 Uhr komplett ausgefallen ist.', 1, TS, '24x7'],
  ['Bookings', 'Die Terminbuchung auf unserer Website fällt seit heute früh komplett aus.', 1, TS, '24x7'],
  ['Meeting', 'Our meeting was cancelled because Desk has been down since 9 for all of us.', 1, TS, '24x7'],
]

// A file said not available ("bei jedem Beleg steht nur noch 'Datei nicht verfügbar'"): the file that will not open,
// files gone (1, 24x5), no lack of access to the account (24x7).
const FILE_NOT_AVAILABLE: Phrasing[] = [
  ['Anhänge', 'Bei allen Tickets vom Januar steht bei den Anhängen nur noch "Datei nicht verfügbar".', 1, TS, '24x5'],
  ['Attachments', 'Every attachment on last month’s deals now says "file not available" and cannot be opened.', 1, TS, '24x5'],
  ['Pièces jointes', 'Sur toutes les notes de frais, les justificatifs affichent « fichier non disponible ».', 1, TS, '24x5'],
  // traps: the product itself not available
  ['Books', 'Zoho Books ist seit heute früh für niemanden von uns verfügbar.', 1, TS, '24x7'],
  ['WorkDrive', 'Since 8 this morning WorkDrive is not available for anyone in the office.', 1, TS, '24x7'],
]

// Another customer's address or number written onto records ("stehen die Adressen von ganz anderen Kunden drin"):
// damage to the records (1, 24x5), not a wrong result.
const OTHER_CUSTOMERS_DATA: Phrasing[] = [
  ['Adressen', 'Bei vielen Firmen im CRM stehen seit gestern die Telefonnummern von ganz anderen Kunden.', 1, TS, '24x5'],
  ['Addresses', 'Since the weekend many accounts in CRM show the addresses of completely different customers.', 1, TS, '24x5'],
  ['Adresses', 'Depuis lundi, plusieurs fiches affichent les adresses de clients complètement différents.', 1, TS, '24x5'],
  // trap: other customers' data as the partner's own plan
  ['Import', 'Wie importieren wir die Adressen von anderen Kunden aus einer Excel-Liste ins CRM?', 3, TS],
]

// A function the partner lacks, said as a cleft that names the wish ("was uns halt fehlt, ist, dass man ..."): a
// feature wanted, no data missing; "was uns seit dem Update fehlt, sind die Kontakte" stays a loss.
const WHAT_WE_LACK: Phrasing[] = [
  ['Projects', 'Was uns im Projects halt noch fehlt, ist eine Möglichkeit, Aufgaben nach Kunden einzufärben.', 3],
  ['Calendar', "What we're missing is a way to see the colleagues' tasks in the calendar.", 3],
  ['Agenda', "Ce qui nous manque, c'est de pouvoir voir les tâches des collègues dans l'agenda.", 3],
  // traps: what is missing is data
  ['Kontakte', 'Was uns seit dem Update fehlt, sind sämtliche Kontakte aus dem März.', 1, TS, '24x5'],
  ['Invoices', "What we're missing since yesterday is all of our March invoices, they are gone from Books.", 1, TS, '24x5'],
]

// Not knowing how to go on or how else to put it ("ich weiß gar nicht, wie ich es anders sagen soll"): a cry beside
// the report, no how-to, so a bare symptom subject over it keeps its reading.
const AT_A_LOSS: Phrasing[] = [
  ['Daten verschwunden', 'Ich weiß gar nicht, wie ich es anders sagen soll: heute früh war die Hälfte unserer Angebote einfach nicht mehr da.', 1, TS, '24x5'],
  ['Records vanished', "I don't know how else to put it: half of our deals were simply gone when we came in.", 1, TS, '24x5'],
  ['Données disparues', 'Je ne sais pas comment dire autrement : ce matin la moitié de nos devis avaient disparu.', 1, TS, '24x5'],
  // trap: a real how-to
  ['Frage', 'Ich weiß nicht, wie ich im CRM einen zweiten Kalender anlegen kann.', 3, TS],
]

// The others said with "either" ("die anderen ... auch nicht", "les autres non plus"): all are struck, no part that
// still works (`partly` and `others not` yield to it); "die übrigen" and "nur zum Teil" are a part, as "die anderen".
const OTHERS_TOO: Phrasing[] = [
  ['Workflows', 'Die Workflows für die Angebote funktionieren seit dem Update nicht mehr, die anderen Regeln auch nicht.', 1, TS],
  ['Anmeldung', 'Ich komme seit heute früh nicht mehr ins CRM, die übrigen Kollegen auch nicht.', 1, TS, '24x7'],
  ['Workflows', "The quote workflows don't fire anymore, and the others don't either.", 1, TS, '24x7'],
  ['Factures', "Nos clients ne reçoivent plus aucune facture, et les autres documents non plus.", 1, TS],
  // traps: a part that still works
  ['Sync', 'Die Kontakte werden nur zum Teil zu Campaigns übertragen, die übrigen tauchen dort nicht auf.', 2, TS],
  ['Sync', 'Only some contacts sync to Campaigns, the others never show up there.', 2, TS],
]

// Buying more: users taken on and a move to a higher edition ("fünf weitere Benutzer dazunehmen", "auf die
// Professional-Edition umsteigen") are an upgrade, also beside a meeting.
const UPGRADE_SAID_PLAINLY: Phrasing[] = [
  ['Lizenzen', 'Unser Kunde möchte zum Monatsersten drei Benutzer dazubuchen, bitte schicken Sie uns ein Angebot.', 2, 'Upgrades'],
  ['Edition', 'Die Kanzlei Vogt möchte vom Desk Standard auf die Enterprise-Edition umsteigen. Was kostet das?', 2, 'Upgrades'],
  ['Benutzer', 'Könnten wir für den Kunden Falk noch zwei Benutzer dazunehmen? Der gemeinsame Termin ist leider ausgefallen.', 2, 'Upgrades'],
]

describe('phrasings of round 27, branch r27-deoffice', () => {
  it('reads a German bracket closed at the sentence end however long its middle field', async () => {
    expect(await misread(SENTENCE_BRACKET)).to.deep.equal([])
  })
  it('reads records first and "weg" or "verschwunden" at the sentence end as lost data', async () => {
    expect(await misread(DATA_GONE_AT_THE_END)).to.deep.equal([])
  })
  it('reads a record that can no longer be created as a feature failing (24x5)', async () => {
    expect(await misread(CREATE_NO_MORE)).to.deep.equal([])
  })
  it('reads the sign-in message told in reported speech as no access (24x7)', async () => {
    expect(await misread(REPORTED_SIGN_IN_MESSAGE)).to.deep.equal([])
  })
  it('reads an appointment that "fällt aus" or "tombe à l\'eau" as an event off, no outage', async () => {
    expect(await misread(EVENT_OFF)).to.deep.equal([])
  })
  it('reads a file said not available as a file that will not open, no lack of access', async () => {
    expect(await misread(FILE_NOT_AVAILABLE)).to.deep.equal([])
  })
  it("reads other customers' addresses on records as damage", async () => {
    expect(await misread(OTHER_CUSTOMERS_DATA)).to.deep.equal([])
  })
  it('reads "what we lack is a way to ..." as a wish, no missing data', async () => {
    expect(await misread(WHAT_WE_LACK)).to.deep.equal([])
  })
  it('reads "I do not know how else to put it" as no how-to', async () => {
    expect(await misread(AT_A_LOSS)).to.deep.equal([])
  })
  it('reads the others "auch nicht" / "non plus" / "either" as all struck, no part still working', async () => {
    expect(await misread(OTHERS_TOO)).to.deep.equal([])
  })
  it('reads users taken on and a higher edition as an upgrade', async () => {
    expect(await misread(UPGRADE_SAID_PLAINLY)).to.deep.equal([])
  })
})
