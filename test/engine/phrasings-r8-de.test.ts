// Round 8 of issue 14 (branch r8-de): the meanings behind the misses of the German and mixed-language
// batch (test/fixtures/classify/grown-24.yaml), each said in other words and languages, with traps
// that must keep their reading. Each: subject, text, severity, and the type and clock where the
// phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'
const STORE = 'Store Related'
const INV = 'Invoice changes'

describe('classifier phrasings (round 8, German and mixed languages)', () => {
  it('reads "die anderen" as "the others", not as a request to change a document ("ändern")', async () => {
    const cases: Phrasing[] = [
      ['Books', 'Books ist nicht verfügbar. Die anderen Apps laufen. Der Kunde muss heute noch die Monatsrechnungen verschicken.', 1, TS, '24x7'],
      ['Books down', 'Zoho Books ist seit 9 Uhr nicht erreichbar, die anderen Zoho-Dienste gehen. Unsere Kunden warten auf ihre Rechnungen.', 1, TS, '24x7'],
      ['Inventory', 'Inventory lädt seit heute Morgen nicht mehr, alle anderen Module laufen. Die Lieferscheine und Rechnungen bleiben liegen.', 1, TS],
      // traps: a request to change Zoho's invoice stays one
      ['Rechnung', 'Bitte ändern Sie die Rechnungsadresse auf Ihrer Rechnung RE-4471.', 2, INV],
      ['Rechnung', 'Können Sie die Rechnung bitte abändern? Die Firma heißt jetzt Müller Digital GmbH.', 2, INV],
      ['Rechnung 2231', 'Die Rechnung muss geändert werden: die USt-IdNr. ist falsch.', 2, INV],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads a service that "ist abgeschmiert" as down', async () => {
    const cases: Phrasing[] = [
      ['Desk abgeschmiert', 'Hallo, Zoho Desk ist vor einer Stunde abgeschmiert und seitdem nicht mehr aufrufbar.', 1, TS, '24x7'],
      ['Server', 'Bei unserem Kunden ist das CRM heute früh abgeschmiert, alle Benutzer sehen nur eine Fehlerseite.', 1, TS, '24x7'],
      // trap: set aside when it is over
      ['AW: CRM abgeschmiert', 'Das CRM war gestern abgeschmiert, läuft jetzt aber wieder. Woran lag es?', 3, TS, '24x5'],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads an admin console as the mail control panel only when it is the mail one', async () => {
    const cases: Phrasing[] = [
      ['Account locked', 'Unser Super-Admin-Konto in Zoho One ist gesperrt. Wir haben keinen Zugriff mehr auf die Admin-Konsole.', 1, TS, '24x7'],
      ['Admin-Konsole', 'Seit heute kommen wir nicht mehr in die Admin-Konsole von Zoho One, die Anmeldung schlägt fehl.', 1, TS, '24x7'],
      // traps: the mail one is the mail control panel
      ['Mail Admin', 'Wie greifen wir auf die Mail-Admin-Konsole unseres Kunden zu?', 3, STORE],
      ['Mail control panel', 'How do we get access to the mail admin console of our customer?', 3, STORE],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads a cancellation the customer changed their mind about as called off', async () => {
    const cases: Phrasing[] = [
      ['Kündigung zurückziehen', 'Unser Kunde hatte letzte Woche die Kündigung seiner Zoho CRM Lizenzen beantragt, hat es sich aber anders überlegt. Bitte die Lizenzen ganz normal verlängern.', 3, PR],
      ['Cancellation', 'The customer requested the cancellation of all their CRM licences last week but has changed his mind. Please renew them as usual.', 3, PR],
      ['Résiliation', "Notre client avait demandé la résiliation de son abonnement Zoho One, mais il a changé d'avis. Merci de renouveler l'abonnement.", 3, PR],
      ['Re: Kündigung', 'Der Kunde hat sich umentschieden.', 2, PR],
      ['Re: Cancellation', 'Good news: the customer has changed their mind.', 2, PR],
      // traps: a cancellation still wanted
      ['Kündigung', 'Bitte kündigen Sie das Abo unseres Kunden zum Monatsende, er hat es sich nicht anders überlegt.', 1, PR],
      ['Cancellation', 'The customer has changed their mind about the edition. Please cancel the subscription at the end of the month.', 1, PR],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads "what is wrong with …?" as asking what the trouble is, no wrong result', async () => {
    const cases: Phrasing[] = [
      ['Deluge script error', 'When saving, the editor shows an error in line 12. Can you tell us what is wrong with the syntax?', 3, TS],
      ['Skript', 'Beim Speichern kommt ein Fehler. Können Sie uns sagen, was an der Syntax falsch ist?', 3, TS],
      ['Script', 'Pouvez-vous nous dire ce qui est incorrect dans la syntaxe de notre script ?', 3, TS],
      ['Custom function', "We are writing a custom function that updates the deal stage. What's wrong with our code?", 3, TS],
      // traps: a wrong result said besides
      ['Report', 'What is wrong with the report? It shows wrong totals for March.', 2, TS],
      ['Bericht', 'Wir wissen nicht, was bei dem Bericht falsch läuft, die Summen stimmen nicht.', 2, TS],
      ['Totaux', 'Les totaux du rapport sont faux depuis lundi.', 2, TS],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads a negation inside a longer mention as part of it, no inability besides', async () => {
    const cases: Phrasing[] = [
      ['Champ absent', "Chez notre client (qui travaille en allemand) le champ Rabatt n'apparaît pas dans le PDF des devis.", 2, TS],
      ['Champ', "Le champ remise ne s'affiche pas dans le PDF que l'équipe utilise pour travailler.", 2, TS],
      ['Summe', 'Die Summe im Bericht, mit dem unser Team arbeitet, stimmt nicht.', 2, TS],
      // traps: what does not work, does not work
      ['Workflow', 'Der Workflow wird seit gestern nicht mehr ausgelöst.', 1, TS, '24x7'],
      ['Synchronisation', 'Die Synchronisation funktioniert nicht.', 1, TS],
      ['Devis', 'La création de devis ne marche pas, aucun commercial ne peut travailler.', 1, TS],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads a field missing from a PDF, a form or a layout as a result off, not lost records', async () => {
    const cases: Phrasing[] = [
      ['Champ manquant dans le PDF du devis', 'Bonjour, pouvez-vous regarder ?', 2, TS],
      ['Missing field on quotes', 'The discount field is missing from the PDF of the quotes.', 2, TS],
      ['Feld fehlt im Angebots-PDF', 'Hallo, im PDF unserer Angebote fehlt das Feld Rabatt.', 2, TS],
      ['Web form', 'The phone field is missing on the form our web-to-lead generates for contacts.', 2, TS],
      // traps: records gone are lost data
      ['Contacts missing', '300 contacts are missing after the sync.', 1, TS, '24x5'],
      ['Fehlende Datensätze', 'Nach dem Import fehlen 300 Kontakte.', 1, TS, '24x5'],
      ['Fiches manquantes', 'Après la synchronisation, 200 contacts sont manquants.', 1, TS, '24x5'],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads an abbreviation\'s full stop as ending no sentence ("ca. 300", "z. B.", "e.g.")', async () => {
    const cases: Phrasing[] = [
      ['Import', 'Nach dem Import fehlen ca. 300 Kontakte.', 1, TS, '24x5'],
      ['Sync', 'After the sync approx. 300 contacts are missing.', 1, TS, '24x5'],
      ['Synchronisation', 'Depuis la synchro env. 300 contacts ont disparu.', 1, TS, '24x5'],
      ['Summen', 'Die Summe ist z. B. bei Deal Nr. 4411 falsch.', 2, TS],
      // traps: a full stop after a word still ends its sentence; a negation stays in its own
      ['Frage', 'Kein Ausfall. Wie kann ich ein Feld anlegen?', 3, TS],
      ['Question', 'There was no data loss. How do we export the contacts?', 3, TS],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })

  it('reads an example set off by commas as part of the hypothesis it illustrates', async () => {
    const cases: Phrasing[] = [
      ['Frage zur Datensicherung', 'Falls es bei einem Kunden mal zu einem Datenverlust kommt, z. B. durch einen fehlerhaften Import, wie können wir die Daten wiederherstellen?', 3, TS],
      ['Backup question', 'If data is ever lost, e.g. through a faulty import that writes wrong values, how can we restore it?', 3, TS],
      ['Sauvegarde', 'En cas de perte de données, par exemple par un import erroné, comment les restaurer ?', 3, TS],
      // traps: an example of what happened is reported
      ['Import', 'Nach dem Import fehlen Daten, z. B. sind alle Kontakte verschwunden.', 1, TS, '24x5'],
      ['Import', 'The import went wrong, for example all contacts were overwritten with other addresses.', 1, TS, '24x5'],
    ]
    expect(await misread(cases)).to.deep.equal([])
  })
})
