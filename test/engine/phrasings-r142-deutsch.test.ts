// Round 142: German, Austrian and Swiss partners' tickets, a blind batch of 40 (grown-r142-deutsch.yaml). Two families
// read wrong. A payroll run that aborts every time, said with the German bracket ("der Payroll-Lauf bricht jedes Mal mit
// "Fehler bei der Berechnung" ab") or an English loanword or a regional name for payroll ("Payroll-Lauf",
// "Gehaltsabrechnung", Austrian "Lohnverrechnung"), read 2 or 3: the verb's particle stood more than six words after it,
// and the run's name was not known; French "s'interrompt" was no failure. Now the particle closing the clause brackets
// it (`run failed`, "=bricht ... =ab $"), and the names are business runs. The middle of a German bracket (the words in
// the last gap of an entry that ends its sentence) takes no room in a rule's window, and a mention standing there (the run
// in "bricht der Payroll-Lauf … ab") is no word of the verb's (src/engine/impl/rules.ts, `bracketGaps`). Records gone "and not in the recycle bin either" ("auch im Papierkorb sind sie nicht",
// "the recycle bin is empty", "la corbeille est vide") read 3: the bin was taken as a question about the users'
// deletions, the German negation after it unheard. A bin searched in vain (`bin searched`) is the loss told, and the
// bin yields to it. A payroll run that cannot be carried out or completed ("lässt sich nicht mehr durchführen", "nicht
// abschliessen", "impossible de finaliser la paie") read 3: `run completed` with an inability and the run named is rule
// `business run cannot be completed` (1, 24x5), as English "cannot complete the payroll run" reads. Traps: how long the bin keeps records, restoring what a colleague deleted, a how-to about stopping
// a run, a run that failed and went through again, a subscription that runs out.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const RUNS: Phrasing[] = [
  ['Lohnabrechnung', 'Der Payroll-Lauf für November bricht jedes Mal mit "Fehler bei der Berechnung" ab.', 1, TS, '24x5'],
  ['Lohnabrechnung', 'Der Lohnlauf bricht jedes Mal mit einem Fehler ab.', 1, TS, '24x5'],
  ['Gehalt', 'Die Gehaltsabrechnung für November bricht jedes Mal ab.', 1, TS, '24x5'],
  ['Lohnverrechnung', 'Die Lohnverrechnung schlägt jedes Mal fehl.', 1, TS, '24x5'],
  ['Payroll', 'Der Payroll-Lauf schlägt fehl.', 1, TS, '24x5'],
  ['Payroll', 'Der Payroll-Lauf bricht bei jedem Versuch ab.', 1, TS, '24x5'],
  ['Paie', "Le calcul de la paie s'interrompt à chaque fois avec « Erreur de calcul ».", 1, TS, '24x5'],
  ['Payroll', 'The payroll run aborts every time with "Error in calculation".', 1, TS, '24x5'],
  ['Lohnabrechnung', 'Beim Kunden bricht der Payroll-Lauf für November jedes Mal mit "Fehler bei der Berechnung" ab.', 1, TS, '24x5'],
  ['Lohnabrechnung', 'Seit dem Update bricht bei uns die Gehaltsabrechnung immer an derselben Stelle ab.', 1, TS, '24x5'],
  // traps: a how-to about stopping a run, a run that went through again, a subscription running out
  ['Lohnlauf', 'Wie kann ich einen laufenden Lohnlauf abbrechen, wenn ich einen Fehler bemerke?', 3, TS, '24x5'],
  ['Lohnlauf', 'Der Lohnlauf ist gestern abgebrochen, heute läuft er wieder problemlos durch. Danke!', 3, TS, '24x5'],
  ['Lohnlauf', 'Wie brechen wir den Lohnlauf für November ab, wenn wir einen Tippfehler bemerken?', 3, TS, '24x5'],
  ['Lohnlauf', 'Falls der Lohnlauf bei einem Kunden mitten in der Berechnung abbricht, was passiert dann?', 3, TS, '24x5'],
  ['Abo', 'Das Payroll-Abo unseres Kunden läuft Ende Monat ab, bitte um ein Verlängerungsangebot.', 3, PR, '24x5'],
]

const BIN: Phrasing[] = [
  ['CRM', 'Heute fehlen rund 2.000 Kontakte komplett, auch im Papierkorb sind sie nicht.', 1, TS, '24x5'],
  ['CRM', 'Nach dem Import sind 2000 Kontakte weg. Im Papierkorb sind sie auch nicht.', 1, TS, '24x5'],
  ['CRM', 'Seit heute fehlen 300 Angebote, der Papierkorb ist leer.', 1, TS, '24x5'],
  ['CRM', 'About 2,000 contacts are missing since the import, and the recycle bin is empty.', 1, TS, '24x5'],
  ['CRM', "Environ 2000 contacts ont disparu depuis l'import, la corbeille est vide.", 1, TS, '24x5'],
  // traps: the bin asked about, records a colleague deleted
  ['CRM', 'Wie lange bleiben gelöschte Kontakte im Papierkorb?', 3, TS, '24x5'],
  ['CRM', 'Ein Kollege hat versehentlich 20 Kontakte gelöscht. Wie holen wir sie aus dem Papierkorb zurück?', 3, TS, '24x5'],
  ['CRM', 'How long do deleted records stay in the recycle bin?', 3, TS, '24x5'],
]

const COMPLETED: Phrasing[] = [
  ['Payroll', 'Die Gehaltsabrechnung lässt sich seit dem Update nicht mehr durchführen, morgen ist Zahltag.', 1, TS, '24x5'],
  ['Payroll', 'Die Lohnabrechnung lässt sich nicht abschliessen.', 1, TS, '24x5'],
  ['Payroll', 'Wir können den Lohnlauf nicht mehr durchführen.', 1, TS, '24x5'],
  ['Payroll', 'Wir können die Lohnabrechnung nicht abschließen.', 1, TS, '24x5'],
  ['Paie', 'Impossible de finaliser le traitement de la paie.', 1, TS, '24x5'],
  ['Paie', 'Nous ne pouvons plus clôturer la paie.', 1, TS, '24x5'],
  ['Payroll', 'We cannot complete the payroll run.', 1, TS, '24x5'],
  // traps: how-tos and questions about completing a run, a run not completed yet by the partner, two employees only
  ['Lohnabrechnung', 'Wie kann ich die Lohnabrechnung für November abschliessen?', 3, TS, '24x5'],
  ['Lohnabrechnung', 'Kann man den Lohnlauf auch ohne Freigabe durchführen?', 3, TS, '24x5'],
  ['Paie', 'Comment clôturer la paie du mois en cours ?', 3, TS, '24x5'],
  ['Lohnabrechnung', 'Wir haben die Lohnabrechnung noch nicht abgeschlossen, weil noch Stunden fehlen. Wie gehen wir mit Nachträgen um?', 3, TS, '24x5'],
  ['Lohnabrechnung', 'Bei zwei Mitarbeitern lässt sich die Lohnabrechnung nicht abschliessen, alle anderen gehen durch.', 2, TS, '24x5'],
]

describe('phrasings, round 142: German partners\' payroll runs and records gone', () => {
  it('reads a payroll run that aborts, in the German bracket and by its regional names', async () => {
    expect(await misread(RUNS)).to.deep.equal([])
  })
  it('reads a payroll run that cannot be carried out or completed as one that fails', async () => {
    expect(await misread(COMPLETED)).to.deep.equal([])
  })
  it('reads records gone that the recycle bin does not hold either', async () => {
    expect(await misread(BIN)).to.deep.equal([])
  })
})
