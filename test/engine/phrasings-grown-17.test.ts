// Partners' phrasings behind the fixes of the German round-3 batch (grown-17.yaml): short
// subject/text pairs written for the meanings fixed, not copies of the batch's tickets.
// Each: subject, text, severity, and the type and clock where the phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PHRASINGS: Phrasing[] = [
  // compound parts that only look like a symptom ("Aufträge", "Beitrag" hold "träge"; "Workshop" holds "Shop")
  ['Aufträge', 'Wie können wir Aufträge aus dem Webshop automatisch in CRM anlegen?', 3, 'Technical Support'],
  ['Beitrag', 'Wie berechne ich in Analytics den Beitrag pro Kunde?', 3, 'Technical Support'],
  ['Workshop', 'Wir bereiten einen Workshop vor: wie kann man in Creator eine Formel für die Lieferzeit anlegen?', 3, 'Technical Support'],
  ['Shop', 'Der Zoho Shop lädt nicht, wir können nichts bestellen.', 1, 'Store Related'],
  // "kein Problem" is no "keiner" (nobody)
  ['Single Sign-on', 'Es gibt kein Problem beim Login, wir möchten nur SSO einrichten. Wie geht das?', 3, 'Technical Support', '24x5'],
  ['Keiner kommt rein', 'Keiner von uns kann sich seit 9 Uhr in Desk anmelden.', 1, 'Technical Support', '24x7'],
  // the partner's own sales team, and quotes as documents of a product
  ['Dringend', 'Unser Vertrieb kann seit heute früh nicht mehr ins CRM einloggen.', 1, 'Technical Support', '24x7'],
  ['Angebotsvorlage', 'In der Vorlage für Angebote fehlt seit dem Update das Feld Ansprechpartner.', 2, 'Technical Support'],
  ['Angebot', 'Wir benötigen ein Angebot für 150 Lizenzen Zoho One.', 2, 'Sales Discussions'],
  // invoices as a feature of a product stay technical; Zoho's own invoice stays Invoice changes
  ['Wiederkehrende Rechnungen', 'Wie richte ich in Books wiederkehrende Rechnungen für Wartungsverträge ein?', 3, 'Technical Support'],
  ['Recurring invoices', 'How do I set up recurring invoices in Books for our retainer clients?', 3, 'Technical Support'],
  ['Rechnung', 'Auf unserer letzten Rechnung steht noch die alte Adresse, bitte neu ausstellen.', 2, 'Invoice changes'],
  ['Tax problem', 'Books computes the VAT wrongly on the invoices it generates.', 2, 'Technical Support'],
  ['Wrong VAT number', 'The VAT number on our last invoice is wrong, please reissue it.', 2, 'Invoice changes'],
  // some records sync, others do not: technical, works only partly
  ['Teilweise', 'Manche Rechnungen werden nach CRM synchronisiert, andere nicht.', 2, 'Technical Support'],
  // German verb second, "gar nicht mehr" at the clause's end: a total stop
  ['Sync', 'Seit dem Update funktioniert die Synchronisation zwischen Zoho CRM und Zoho Books gar nicht mehr.', 1, 'Technical Support', '24x7'],
  ['Mails', 'Seit Montag werden bei unserem Kunden die Kampagnen-Mails überhaupt nicht mehr versendet.', 1, 'Technical Support', '24x7'],
  // items are records: missing items are lost data
  ['Import', 'Nach dem CSV-Import fehlen rund 800 Artikel in Inventory.', 1, 'Technical Support', '24x5'],
  // an agent's status is no outage
  ['Zuweisung', 'Wie stellen wir ein, dass Agents, die offline sind, keine Tickets zugewiesen bekommen?', 3, 'Technical Support', '24x5'],
  ['Assignment', 'Tickets keep going to agents who are offline; how do we change the rule?', 3, 'Technical Support', '24x5'],
  ['Desk offline', 'Zoho Desk ist seit 10 Uhr offline, keiner kann arbeiten.', 1, 'Technical Support', '24x7'],
  // a user's profile is no partner profile
  ['Zeitzone', 'Die Zeitzone im Profil ist richtig, trotzdem werden Termine falsch angezeigt.', 2, 'Technical Support'],
  ['Partnerprofil', 'Bitte aktualisieren Sie unser Partnerprofil, wir haben eine neue Adresse.', 2, 'Store Related'],
  // the partner's own mistake is no wrong result
  ['Bug?', 'Vielleicht mache ich etwas falsch: wo stelle ich in Projects die Feiertage ein?', 3, 'Technical Support'],
  ['Maybe me', 'Maybe I am doing something wrong, where do I set the default currency?', 3, 'Technical Support'],
  // a billing period is the subscription's
  ['Lizenzen reduzieren', 'Bitte kündigen Sie 3 der 10 Lizenzen zum nächsten Abrechnungszeitraum.', 1, 'Payments Renewal'],
  // an order shown as cancelled is the store's, no cancellation
  ['Bestellung storniert?', 'Im Partner Store wird unsere bezahlte Bestellung als storniert angezeigt.', 2, 'Store Related'],
  ['Order status', 'An order for our customer shows as cancelled in the Zoho Store although it was paid.', 2, 'Store Related'],
  // "hängt davon ab" is no hanging system
  ['Edition', 'Ob das geht, hängt davon ab, welche Edition der Kunde hat. Wie kann ich das prüfen?', 3, 'Technical Support'],
  ['System hängt', 'Das CRM hängt seit heute Morgen bei jedem Klick.', 1, 'Technical Support'],
]

describe('classifier: phrasings of the German round-3 batch (grown-17)', () => {
  it('reads each phrasing to the severity, type and clock it names', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
