// Round 23 (branch r23-mail): the meanings behind the first-read misses of grown-76.yaml (tickets whose e-mail
// structure surrounds the partner's words: HTML, quotes, forwards, signatures and disclaimers), in other words and
// languages than the tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A forwarded monitoring alert under a bare "FYI": its "Status: DOWN" lines are the forward's body, not more
// header lines (the header's labels go on past its blank line only as header labels: To, Subject, Betreff, Objet).
const ALERT_LINES_ARE_THE_BODY: Phrasing[] = [
  ['Fwd: [ALERT] CRM', 'FYI\n\n---------- Forwarded message ---------\nFrom: Monitor <alerts@example.com>\nDate: Mon, 9 Mar 2026 at 03:00\nSubject: [ALERT] CRM\nTo: <ops@example.com>\n\nStatus: DOWN\nReason: HTTP 502 Bad Gateway\nSince: 02:55', 1, TS, '24x7'],
  ['WG: Alarm', 'Zur Info.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Monitor <alerts@example.com>\nDatum: Mo., 9. März 2026 um 03:00\nBetreff: Alarm\nAn: <ops@example.com>\n\nZustand: Desk ist nicht erreichbar\nFehler: HTTP 503', 1, TS, '24x7'],
  ['TR: Alerte', "Pour info.\n\n---------- Message transféré ---------\nDe : Monitor <alerts@example.com>\nDate : lun. 9 mars 2026 à 03:00\nObjet : Alerte\nÀ : <ops@example.com>\n\nÉtat : Desk est en panne\nErreur : HTTP 503", 1, TS, '24x7'],
  // Outlook's header, one paragraph a line, blank lines between its labels: still the header
  ['FW: question', '<p>FYI</p><p>---------- Forwarded message ---------</p><p>From: Ann &lt;ann@example.com&gt;</p><p>Sent: Monday</p><p>To: Bob</p><p>Subject: Desk is down</p><p>Hi, how do I export the list of tickets to CSV?</p>', 3, TS],
  // trap: an alert that reports the monitor's own check as fine
  ['Fwd: [OK] CRM', 'FYI\n\n---------- Forwarded message ---------\nFrom: Monitor <alerts@example.com>\nDate: Mon, 9 Mar 2026 at 03:00\nSubject: [OK] CRM\n\nStatus: UP\nResponse time: 210 ms', 3, TS],
]

// A fix still awaited ("unless / until this is fixed") is a condition: what the sentence says before it stands;
// one that came ("until it was fixed") is over.
const FIX_STILL_AWAITED: Phrasing[] = [
  ['Invoices', 'Not a single invoice can be sent today unless this is fixed.', 1, TS, '24x5'],
  ['Agents', 'Our support team cannot work until the problem is resolved.', 1, TS, '24x5'],
  ['Rechnungen', 'Das Team kann nicht arbeiten, bis der Fehler behoben ist.', 1, TS, '24x5'],
  ['Agents', "Nos agents ne peuvent plus travailler jusqu'à ce que ce soit corrigé.", 1, TS, '24x5'],
  // traps: over, and a question
  ['Sync', 'The sync failed this morning but the problem is resolved now.', 3, TS],
  ['Okta', 'If Okta goes down, are our users locked out until it is back?', 3, TS],
  // traps: a fix that came ("until it was fixed", "bis er behoben wurde") is over
  ['Desk', 'Desk was unreachable for two hours yesterday until it was fixed at 11.', 3, TS],
  ['Desk', 'Das Team konnte gestern nicht arbeiten, bis der Fehler behoben wurde.', 3, TS],
  ['Till', 'The till app was down this morning but the till is working again now.', 3, TS],
]

// The place a partner checked the data against ("in the records themselves, not a view") is a contrast, no
// inability of what they opened.
const NOT_A_VIEW: Phrasing[] = [
  ['Contacts', 'The phone numbers have been wiped: I opened the contacts themselves, not just the list view.', 1, TS, '24x5'],
  ['Deals', 'Die Beträge sind weg, ich habe die Datensätze geöffnet, nicht nur die Ansicht.', 1, TS, '24x5'],
  ['Affaires', "Les montants ont disparu, j'ai ouvert les fiches elles-mêmes, pas dans un rapport.", 1, TS, '24x5'],
  // traps: a real lack of access stays one
  ['CRM', 'We cannot open CRM at all since this morning.', 1, TS, '24x7'],
]

// A file that does not open is a file or a feature failing (1 on 24x5), no login and no downtime.
const FILE_WILL_NOT_OPEN: Phrasing[] = [
  ['Attachments', 'None of the attachments customers send us can be opened since Tuesday.', 1, TS, '24x5'],
  ['PDF', "Nobody can open any PDF that Desk generates, the viewer says it's damaged.", 1, TS, '24x5'],
  ['Anhänge', 'Die Anhänge lassen sich seit Dienstag nicht mehr öffnen.', 1, TS, '24x5'],
  ['Fichiers', "Impossible d'ouvrir les pièces jointes des tickets depuis mardi.", 1, TS, '24x5'],
  // traps: a how-to, and a login that still is one
  ['Attachment', 'How can I open an attachment in a new tab instead of downloading it?', 3, TS],
  ['Login', 'Nobody can log in to Desk to look at the files.', 1, TS, '24x7'],
]

// Asking which way they should take instead of another is a question, no result given instead of another.
const SHOULD_WE_USE_INSTEAD: Phrasing[] = [
  ['API', 'Should we use the bulk update endpoint instead of updating records one by one?', 3, TS],
  ['Import', 'Would you recommend the import wizard instead of the API for 50,000 contacts?', 3, TS],
  ['API', 'Sollten wir die Bulk-API statt einzelner Aufrufe verwenden?', 3, TS],
  ['API', "Devrions-nous utiliser l'API en masse au lieu d'un appel par ticket ?", 3, TS],
  // traps: a result given instead of another, said as what it should do
  ['Invoice', 'The invoice should use the new VAT rate instead of the old one, please check.', 2, TS],
  ['PDF', 'The quote PDF shows the gross amount instead of the net amount.', 2, TS],
]

describe('phrasings of round 23, branch r23-mail', () => {
  it("reads a forwarded alert's label lines as its body", async () => {
    expect(await misread(ALERT_LINES_ARE_THE_BODY)).to.deep.equal([])
  })
  it('reads a fix still awaited as a condition, not as news that it is over', async () => {
    expect(await misread(FIX_STILL_AWAITED)).to.deep.equal([])
  })
  it("reads 'not a view' as the place checked, no inability", async () => {
    expect(await misread(NOT_A_VIEW)).to.deep.equal([])
  })
  it('reads a file that does not open as 1 on 24x5, no login', async () => {
    expect(await misread(FILE_WILL_NOT_OPEN)).to.deep.equal([])
  })
  it('reads "should we use X instead" as a question, no result instead', async () => {
    expect(await misread(SHOULD_WE_USE_INSTEAD)).to.deep.equal([])
  })
})
