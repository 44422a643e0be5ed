// Round 186: incorrect results said without the word "wrong" (DOMAIN.md §4, Support 2: it works, but gives incorrect
// results). Times an hour off after the clock change ("one hour behind", "eine Stunde daneben", "une heure d'avance"; a
// clock change named in the sentence keeps "décalées d'une heure" from `data changed`: a display offset, the records
// intact), a view or a search letting in records it should not ("also lists", "still shows", "returns ... as well"),
// a currency, a time zone or a format other than set ("although the customer's currency is euro", "obwohl unsere
// Zeitzone Berlin ist", "alors que notre fuseau est Paris"), a translation left half done ("half the labels in English",
// "die Hälfte ... auf Englisch", "la moitié ... en anglais"), two counts that disagree ("zeigt 45 ..., die Liste hat aber
// nur 43", "indique 45 ... mais la liste n'en contient que 43"), exports dropping part of values (leading zeros, cut after
// 10 digits) and amounts rounded in a report. Values changed or lost on the records themselves for everyone stay 1;
// how-to questions, a setting asked about, a wish and a fix told stay 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const RESULTS_OFF: Phrasing[] = [
  ['Totals', 'The invoice total is 0.01 off from the sum of the lines on some invoices.', 2, TS, '24x5'],
  ['Timezone', 'Activity times in the timeline are one hour behind since the clock change.', 2, TS, '24x5'],
  ['Filter', 'The "My open deals" view also shows deals owned by others.', 2, TS, '24x5'],
  ['Currency', 'Amounts in the quote PDF show USD although the quote is in EUR.', 2, TS, '24x5'],
  ['Duplicate notification', 'Each assignee gets the notification email twice.', 2, TS, '24x5'],
  ['Slower than SLA', 'The API takes 8 seconds per call, the docs say 2 at most.', 2, TS, '24x5'],
  ['Translation', 'The German portal shows half the labels in English.', 2, TS, '24x5'],
  ['Count mismatch', 'The tab counter says 45 open tickets but the list has 43.', 2, TS, '24x5'],
  ['Wrong owner', 'Round robin assigns some leads to inactive users.', 2, TS, '24x5'],
  ['Date format', 'Exported dates come out as MM/DD although the org uses DD/MM.', 2, TS, '24x5'],
  ['Zeitzone', 'Die Zeiten im Verlauf sind seit der Zeitumstellung eine Stunde daneben.', 2, TS, '24x5'],
  ['Zähler', 'Der Zähler zeigt 45 offene Tickets, die Liste hat aber nur 43.', 2, TS, '24x5'],
  ['Fuseau', 'Les heures dans l\'historique sont décalées d\'une heure depuis le changement d\'heure.', 2, TS, '24x5'],
  ['Compteur', 'Le compteur indique 45 tickets ouverts mais la liste n\'en contient que 43.', 2, TS, '24x5'],
  ['Notifications', 'Chaque destinataire reçoit la notification deux fois.', 2, TS, '24x5'],
  ['Doppelt', 'Jeder Bearbeiter bekommt die Benachrichtigung doppelt.', 2, TS, '24x5'],
  ['Export', 'The CSV export drops the leading zeros of postcodes.', 2, TS, '24x5'],
  ['Search', 'Search doesn\'t find contacts by their mobile number, only by phone.', 2, TS, '24x5'],
  ['Rounding', 'VAT is rounded per line instead of per invoice, as the settings say.', 2, TS, '24x5'],
  ['Sync partial', 'Only some of the calendar events sync to Google.', 2, TS, '24x5'],
  ['Calendar', 'Meeting times in the calendar are one hour ahead since the switch to summer time.', 2, TS, '24x5'],
  ['Reminders', 'Reminder emails arrive an hour late since the clock change.', 2, TS, '24x5'],
  ['Time zone', 'The report shows all timestamps in UTC although our users are set to Berlin time.', 2, TS, '24x5'],
  ['Timeline', 'Since the DST change, every activity shows an hour off in the timeline.', 2, TS, '24x5'],
  ['Kalender', 'Die Termine im Kalender werden seit der Sommerzeit eine Stunde zu früh angezeigt.', 2, TS, '24x5'],
  ['Zeitstempel', 'Im Bericht stehen alle Zeiten in UTC, obwohl unsere Zeitzone Berlin ist.', 2, TS, '24x5'],
  ['Erinnerung', 'Die Erinnerungen kommen seit der Zeitumstellung eine Stunde zu spät.', 2, TS, '24x5'],
  ['Agenda', 'Les rendez-vous s\'affichent avec une heure d\'avance depuis le passage à l\'heure d\'été.', 2, TS, '24x5'],
  ['Rapport', 'Le rapport affiche les heures en UTC alors que notre fuseau est Paris.', 2, TS, '24x5'],
  ['View', 'The "Closed this month" view also lists tickets closed in March.', 2, TS, '24x5'],
  ['Filter', 'Filtering by region Europe still shows accounts from Asia.', 2, TS, '24x5'],
  ['Search', 'Searching for "Müller" returns contacts named Miller and Mueller as well.', 2, TS, '24x5'],
  ['Ansicht', 'Die Ansicht "Meine offenen Deals" zeigt auch Deals anderer Besitzer.', 2, TS, '24x5'],
  ['Filtre', 'La vue « Mes affaires ouvertes » affiche aussi les affaires des autres commerciaux.', 2, TS, '24x5'],
  ['Invoice', 'The invoice PDF prints the amounts in dollars although the customer\'s currency is euro.', 2, TS, '24x5'],
  ['Numbers', 'Amounts in the export use a dot as decimal separator although our locale uses a comma.', 2, TS, '24x5'],
  ['Dates', 'The notification email shows dates as MM/DD even though the org is set to DD/MM.', 2, TS, '24x5'],
  ['Währung', 'Im Angebots-PDF stehen die Beträge in USD, obwohl das Angebot in EUR ist.', 2, TS, '24x5'],
  ['Datumsformat', 'Exportierte Daten erscheinen als MM/TT, obwohl wir TT.MM. eingestellt haben.', 2, TS, '24x5'],
  ['Devise', 'Les montants du devis PDF sont en USD alors que le devis est en EUR.', 2, TS, '24x5'],
  ['Format', 'Les dates exportées sortent en MM/JJ alors que l\'organisation utilise JJ/MM.', 2, TS, '24x5'],
  ['Portal', 'Half of the labels in the French help center are still in English.', 2, TS, '24x5'],
  ['Emails', 'The Spanish notification template comes out partly in English.', 2, TS, '24x5'],
  ['Übersetzung', 'Das deutsche Portal zeigt die Hälfte der Beschriftungen auf Englisch.', 2, TS, '24x5'],
  ['Traduction', 'Le portail français affiche la moitié des libellés en anglais.', 2, TS, '24x5'],
  ['Dashboard', 'The dashboard says 120 open deals, the list view shows 117.', 2, TS, '24x5'],
  ['Counter', 'The badge shows 12 unread messages but the inbox has 9.', 2, TS, '24x5'],
  ['Zähler', 'Das Dashboard zeigt 120 offene Deals, in der Liste sind es aber 117.', 2, TS, '24x5'],
  ['Anzahl', 'Der Bericht zählt 80 Leads, die Ansicht hat nur 78.', 2, TS, '24x5'],
  ['Compteur', 'Le tableau de bord indique 120 affaires ouvertes mais la vue n\'en montre que 117.', 2, TS, '24x5'],
  ['Export', 'The Excel export cuts the phone numbers after 10 digits.', 2, TS, '24x5'],
  ['PDF', 'The delivery note PDF drops the second address line.', 2, TS, '24x5'],
  ['Report', 'The report shows every amount rounded to whole euros, our invoices have cents.', 2, TS, '24x5'],
  ['Export', 'Der CSV-Export entfernt die führenden Nullen der Postleitzahlen.', 2, TS, '24x5'],
  ['Export', 'L\'export CSV supprime les zéros en tête des codes postaux.', 2, TS, '24x5'],
  ['Timeline', 'Since the clock change all activities are shifted by one hour in the timeline.', 2, TS, '24x5'],
  ['Verlauf', 'Seit der Zeitumstellung sind die Termine im Verlauf um eine Stunde verschoben.', 2, TS, '24x5'],
  ['Historique', 'Depuis le changement d\'heure, les rendez-vous de l\'agenda sont décalés d\'une heure.', 2, TS, '24x5'],
]

const RECORDS_THEMSELVES: Phrasing[] = [
  ['Termine', 'Seit der Zeitumstellung sind alle Termine in den Datensätzen selbst um eine Stunde verschoben.', 1, TS, '24x5'],
  ['Rendez-vous', 'Depuis le changement d\'heure, tous les rendez-vous sont décalés d\'une heure dans les fiches elles-mêmes.', 1, TS, '24x5'],
  ['Appointments', 'Since the clock change every appointment stored in CRM was moved one hour later, in the records themselves.', 1, TS, '24x5'],
  ['Data', 'All postcodes in our contact records lost their leading zeros after the update.', 1, TS, '24x5'],
  ['Invoices', 'Every invoice since Monday went to the wrong customer.', 1, TS, '24x5'],
  ['Deals', 'All deal amounts on the records were multiplied by 100 overnight.', 1, TS, '24x5'],
  ['Zeiten', 'Alle Termine in den Datensätzen wurden um eine Stunde verschoben und die Kunden kommen zur falschen Zeit.', 1, TS, '24x5'],
  ['Données', 'Toutes les adresses e-mail de nos contacts ont disparu.', 1, TS, '24x5'],
  ['Outage', 'CRM is down for everyone since the clock change.', 1, TS, '24x7'],
  ['Data', 'All appointment times in our records were shifted by one hour and the originals are gone.', 1, TS, '24x5'],
]

const TRAPS: Phrasing[] = [
  ['Function', 'Can you help us write a function that rounds every discount to whole numbers?', 3, TS, '24x5'],
  ['Date format', 'How do I change the date format to DD/MM?', 3, TS, '24x5'],
  ['Currency', 'How can we show amounts in EUR on quotes?', 3, TS, '24x5'],
  ['Export', 'How do I make the export keep leading zeros?', 3, TS, '24x5'],
  ['Portal', 'How do we translate the portal into German?', 3, TS, '24x5'],
  ['Time zone', 'Which setting controls the time zone of reminder emails?', 3, TS, '24x5'],
  ['Clock change', 'The times are right again since your fix, thanks.', 3, TS, '24x5'],
  ['View', 'How can I make the view show deals owned by others too?', 3, TS, '24x5'],
  ['Datumsformat', 'Wie stelle ich das Datumsformat auf TT.MM.JJJJ um?', 3, TS, '24x5'],
  ['Währung', 'Wie können wir die Beträge im Angebot in EUR anzeigen?', 3, undefined, '24x5'],
  ['Format', 'Comment changer le format de date en JJ/MM ?', 3, TS, '24x5'],
  ['Traduction', 'Comment traduire le portail en français ?', 3, TS, '24x5'],
  ['Zéros', 'Comment garder les zéros en tête dans l\'export ?', 3, TS, '24x5'],
  ['Time zone', 'How do I show the times in the timeline in UTC?', 3, TS, '24x5'],
  ['Time zone', 'Our office is one hour ahead of London. Which time zone should we choose?', 3, TS, '24x5'],
  ['View', 'Can the view also show deals owned by others?', 3, TS, '24x5'],
  ['Report', 'We would like the report to also list closed tickets.', 3, TS, '24x5'],
  ['Search', 'Is it possible that the search also returns leads?', 3, TS, '24x5'],
  ['Portal', 'Our portal is in English, we want to add German.', 3, TS, '24x5'],
  ['Portal', 'Which labels are not translated yet in the German portal?', 3, TS, '24x5'],
  ['Reminders', 'Reminders go out one hour before the appointment.', 3, TS, '24x5'],
  ['Erinnerung', 'Die Erinnerung kommt eine Stunde vor dem Termin.', 3, TS, '24x5'],
  ['Rappel', 'Le rappel part une heure avant le rendez-vous.', 3, TS, '24x5'],
  ['Zeitzone', 'Wir haben Sommerzeit, wie stelle ich die Zeitzone ein?', 3, TS, '24x5'],
  ['Export', 'The export drops the file in our FTP folder every night.', 3, TS, '24x5'],
  ['Export', 'Der Export entfernt die Datei nach dem Download vom Server.', 3, TS, '24x5'],
  ['Currency', 'We use EUR although our parent company is in the US. How do we set up two currencies?', 3, TS, '24x5'],
  ['CRM', 'Although we use Zoho CRM for sales, we also need Desk. Can you advise?', 3, TS, '24x5'],
  ['Rounding', 'The report rounds to two decimals as expected.', 3, TS, '24x5'],
  ['Currency', 'Although the quote is in EUR, can the PDF also show USD?', 3, TS, '24x5'],
  ['Zeitumstellung', 'Seit eurem Fix stimmen die Zeiten nach der Zeitumstellung wieder.', 3, TS, '24x5'],
  ['Heure', 'Depuis votre correctif, les heures sont correctes après le changement d\'heure.', 3, TS, '24x5'],
  ['View', 'The "My open deals" view shows only my deals, as it should.', 3, TS, '24x5'],
  ['Counter', 'The counter says 45 and the list has 45 too, all good now.', 3, TS, '24x5'],
  ['Export', 'Is there a way to export without the leading zeros being dropped?', 3, TS, '24x5'],
  ['Traduction', 'Quels libellés ne sont pas traduits dans le portail ?', 3, TS, '24x5'],
  ['Übersetzung', 'Welche Texte sind im Portal noch nicht übersetzt?', 3, TS, '24x5'],
  ['Filter', 'How can I filter so the list still shows closed deals?', 3, TS, '24x5'],
]

describe('phrasings, round 186: incorrect results said without "wrong"', () => {
  it('reads times, views, currencies, formats, translations, counts and exports that are off as 2', async () => {
    expect(await misread(RESULTS_OFF)).to.deep.equal([])
  })
  it('keeps values changed or lost on the records themselves at 1', async () => {
    expect(await misread(RECORDS_THEMSELVES)).to.deep.equal([])
  })
  it('keeps how-to questions, settings asked about, wishes and fixes told at 3', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
