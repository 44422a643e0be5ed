// Round 158: Operations tickets by German and French partners (blind batch grown-r158-ops-defr.yaml). Five families
// misread in German:
// - a payment, a payout or a commission "held up" on its way ("Könnt ihr nachschauen, wo die Zahlung hängt?", "die
//   Auszahlung hängt"): `slow` read a page that hangs, so a commission ticket became Technical Support and its "auf
//   unserem Konto ist nichts eingegangen" a feature not working (1). It is money not arrived (`money held up`, which
//   `slow` yields to): the Operations default 2. A page or an app that hangs stays slowness.
// - a renewal paid told with the German verb last ("Die Verlängerung … haben wir am 3. per Überweisung bezahlt"): the
//   participle stood past rule `renewal`'s window, so a renewal already paid read as a renewal request (3). A renewal
//   paid said in the sentence (`renewal paid told`) is the payment's matter (2, as round 139); a renewal asked for, with
//   the invoice "wird … bezahlt" as usual, stays 3. A payment to match ("Bitte die Zahlung zuordnen") is bookkeeping,
//   no customer mapping (`other mapping`, as "Buchungen zuordnen").
// - nobody cancelling said with the modal first ("Aktuell will niemand kündigen"): a cancellation asked about, no
//   request (`cancellation in general`, as "kündigen will niemand").
// - a member of staff who resigned ("unsere Mitarbeiterin hat gekündigt", "nach der Kündigung unseres Mitarbeiters"): an
//   employment that ends (`staff resigned`, which `terminate` yields to), no Zoho contract cancelled; a licence of a
//   former employee to cancel stays a cancellation (1).
// - Zoho's sales team named by the partner ("einen neuen Termin mit Ihrem Vertriebsteam", "eurem Vertriebsteam") is
//   sales talk (Sales Discussions); the partner's or its customer's own sales team stays technical.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const CP = 'Commission Payment'
const SR = 'Store Related'
const SD = 'Sales Discussions'

const MONEY_HELD_UP: Phrasing[] = [
  ['Provision für März fehlt noch', 'Die Provision für März fehlt noch. Laut Partnerportal ist sie freigegeben, auf unserem Konto ist aber nichts eingegangen. Könnt ihr bitte nachschauen, wo die Zahlung hängt?', 2, CP, '24x5'],
  ['Provision fehlt', 'Könnt ihr bitte nachschauen, wo die Zahlung hängt?', 2, CP],
  ['Auszahlung Q2', 'Die Auszahlung hängt seit drei Wochen, bitte prüfen.', 2, CP],
  ['Provision Februar', 'Die Überweisung der Provision hängt noch, wir haben nichts bekommen.', 2, CP],
  // traps: a page, an app or the product that hangs stays slowness
  ['CRM hängt', 'Das CRM hängt bei jedem Klick, unser Vertrieb kann kaum arbeiten.', 1, TS, '24x5'],
  ['Books', 'Die Zahlungsseite in Books hängt bei jedem Kunden minutenlang, niemand kann bezahlen.', 1, TS],
]

const RENEWAL_PAID: Phrasing[] = [
  ['Verlängerung bezahlt', 'Die Verlängerung für Zoho Desk unseres Kunden Kaiser Reisen haben wir am 3. per Überweisung bezahlt. Im Store wird sie aber immer noch als offen angezeigt.', 2, PR, '24x5'],
  ['Verlängerung', 'Die Verlängerung der CRM-Lizenzen unseres Kunden Bäckerei Lindner haben wir letzte Woche per Kreditkarte bezahlt, trotzdem kommen Mahnungen.', 2, PR],
  ['Verlängerung', 'Die Verlängerung für unseren Kunden wurde von uns bereits am Montag per Überweisung vollständig bezahlt.', 2, PR],
  ['Zahlung zuordnen', 'Wir haben die Verlängerung überwiesen. Bitte die Zahlung zuordnen.', 2, PR],
  // traps: a renewal asked for, a customer to map
  ['Verlängerung', 'Bitte verlängern Sie die Lizenzen unseres Kunden um ein Jahr, wir zahlen wie immer per Überweisung.', 3, PR],
  ['Partnervertrag verlängern', 'Bitte verlängern Sie unser Partnerkonto um ein weiteres Jahr.', 3, PR],
  ['Kunde zuordnen', 'Wie können wir den Kunden Huber KG unserem Partnerkonto zuordnen?', 3, SR],
]

const NOBODY_CANCELLING: Phrasing[] = [
  ['Frage zur Kündigung', 'Wie läuft eine Kündigung mitten in der Laufzeit ab? Aktuell will niemand kündigen, wir schreiben nur unsere Doku.', 3, PR, '24x5'],
  ['Kündigung', 'Wie funktioniert die Kündigung bei Zoho One? Momentan möchte keiner unserer Kunden kündigen.', 3, PR],
  ['Kündigung', 'Wie läuft eine Kündigung ab? Wir fragen nur aus Interesse, kein Kunde will kündigen.', 3, PR],
  // traps: a cancellation asked for
  ['Kündigung', 'Bitte kündigen Sie das CRM-Abo unseres Kunden zum Monatsende.', 1, PR, '24x5'],
  ['Lizenzen reduzieren', 'Ein Kunde hat Personal abgebaut. Bitte kündigt 5 der 20 CRM-Lizenzen zum nächsten Abrechnungszeitraum.', 1, PR],
]

const STAFF_RESIGNED: Phrasing[] = [
  ['Mitarbeiterin hat gekündigt - Portalzugang übertragen', 'Unsere Mitarbeiterin Frau Kaya hat gekündigt und verlässt uns Ende des Monats. Wie können wir ihren Zugang zum Partnerportal auf ihren Nachfolger übertragen?', 3, SR, '24x5'],
  ['Portalzugang', 'Unser Kollege Herr Maier hat bei uns gekündigt. Wie entfernen wir ihn aus dem Partnerportal?', 3, SR],
  ['Partnerportal', 'Nach der Kündigung unseres Mitarbeiters möchten wir seinen Zugang zum Partnerportal deaktivieren. Wie geht das?', 3, SR],
  // traps: a licence or a contract to cancel stays a cancellation
  ['Lizenz kündigen', 'Bitte kündigen Sie die Zoho-One-Lizenz unseres ehemaligen Mitarbeiters zum Monatsende.', 1, PR, '24x5'],
  ['Kündigung', 'Unser Kunde hat den Vertrag gekündigt, bitte bestätigen Sie das Vertragsende.', 1, PR],
]

const ZOHO_SALES_TEAM: Phrasing[] = [
  ['Termin absagen', 'Leider müssen wir den Termin am Donnerstag absagen. Wie können wir einen neuen Termin mit Ihrem Vertriebsteam buchen?', 3, SD, '24x5'],
  ['Großkunde', 'Wir bräuchten ein Gespräch mit eurem Vertriebsteam zu einem Projekt mit 300 Nutzern.', 2, SD],
  ['Projekt', 'Können wir für den Deal mit der Stadtwerke AG einen Call mit Ihrem Vertriebsteam vereinbaren?', 2, SD],
  // traps: the partner's or the customer's own sales team
  ['CRM', 'Wie können wir für unser Vertriebsteam eine neue Ansicht anlegen?', 3, TS],
  ['CRM', 'Der Kunde möchte, dass ihr Vertriebsteam nur eigene Leads sieht. Wie geht das?', 3, TS],
]

describe('phrasings, round 158: German and French partners\' Operations tickets', () => {
  it('reads a payment held up as money not arrived, no page that hangs', async () => {
    expect(await misread(MONEY_HELD_UP)).to.deep.equal([])
  })
  it('reads a renewal paid with the German verb last as the payment\'s matter', async () => {
    expect(await misread(RENEWAL_PAID)).to.deep.equal([])
  })
  it('reads nobody cancelling, the modal first, as a cancellation asked about', async () => {
    expect(await misread(NOBODY_CANCELLING)).to.deep.equal([])
  })
  it('reads an employee who resigned as no contract cancelled', async () => {
    expect(await misread(STAFF_RESIGNED)).to.deep.equal([])
  })
  it('reads Zoho\'s sales team named by the partner as sales talk', async () => {
    expect(await misread(ZOHO_SALES_TEAM)).to.deep.equal([])
  })
})
