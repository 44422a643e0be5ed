// Round 126: data loss told as a question ("Where did all our contacts go?", "What happened to our invoices? All of March
// is gone.", "wo sind unsere Kontakte hin?", "où sont passés nos contacts ?") read 3 (or 2 under Invoice changes): no
// word of damage stood beside the records ("go" is none, "They're just gone" names no records, and "'re gone" was no
// `vanished`). README round 108 keeps a question ABOUT a case hypothetical, but "where did X go" / "what happened to X"
// asks after a loss that happened, as "how is it possible that nobody …" reports one. New concepts `where asked` +
// `went at the end` ("where did … go?", "wo sind … hin?"), `what became of` ("what became of", "que sont devenus", "où
// sont passés") and `what happened to` (exact "happened": "what happens to … when" stays the hypothetical cue it is);
// rules `data asked where gone`, `data asked what became of` (1), `data asked after as gone` / `… as emptied` ("what
// happened to" the records with them said gone or empty anywhere in the text; 1), in `severeMatter` (invoices lost are
// the product's documents: Technical Support); one record named ("of one contact", "this deal") is
// `one record asked where gone` (2). `vanished` takes "'re gone", "are just gone", "is all gone". "I delete an account"
// is a CRM record (`other cancel`), no Zoho account closed. Traps: where to find a thing, where deleted records go, a
// button gone from the UI, "what happens to … when", a ticket asked after, and an English "where did you get".
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const WHERE: Phrasing[] = [
  ['Data', 'Where did all our contacts go? The list was full yesterday and is empty today.', 1, TS, '24x5'],
  ['Invoices', 'What happened to our invoices? All of March is gone.', 1, TS, '24x5'],
  ['Tickets', "What happened to all the tickets from last week? They're just gone.", 1, TS, '24x5'],
  ['Notes', 'Where did the notes on all our accounts go?', 1, TS, '24x5'],
  ['Attachments', 'Where did all the attachments on our tickets go?', 1, TS, '24x5'],
  ['Leads', 'What happened to the leads? The whole list is empty since this morning.', 1, TS, '24x5'],
  ['Tasks', "What happened to all our tasks? They're gone.", 1, TS, '24x5'],
  ['Candidates', 'What became of our candidates? Recruit shows nothing since the update.', 1, TS, '24x5'],
  ['Kontakte', 'Wo sind unsere Kontakte hin? Gestern war die Liste noch voll.', 1, TS, '24x5'],
  ['Daten', 'Wo sind alle unsere Notizen geblieben?', 1, TS, '24x5'],
  ['Contacts', 'Où sont passés nos contacts ? La liste est vide depuis ce matin.', 1, TS, '24x5'],
  ['Devis', 'Que sont devenus tous nos devis ?', 1, TS, '24x5'],
  // one record's thing: 2
  ['Contacts', 'Where did the phone number of one contact go? It was there yesterday.', 2, TS, '24x5'],
  ['One deal', 'Where did the notes of this deal go? They were there yesterday.', 2, TS, '24x5'],
  // traps: where a thing is kept, a screen's button, a case asked about, a ticket asked after
  ['Question', 'Where can I find the archived tickets?', 3, TS, '24x5'],
  ['Question', 'What happens to the contacts when I delete an account?', 3, TS, '24x5'],
  ['Question', 'Where did the "Export" button go in the new UI?', 3, TS, '24x5'],
  ['Question', 'Where do deleted contacts go?', 3, TS, '24x5'],
  ['Question', 'What happens to the deals when we deactivate a user?', 3, TS, '24x5'],
  ['Question', 'What happened to the ticket I raised last week? No reply yet.', 3, TS, '24x5'],
  ['Idea', 'Where did you get the idea for the new layout? We love it.', 3, TS, '24x5'],
  ['Frage', 'Wo finde ich gelöschte Datensätze?', 3, TS, '24x5'],
  ['Question', 'Où trouver les contacts supprimés ?', 3, TS, '24x5'],
]

describe('phrasings, round 126: data loss asked as where it went', () => {
  it('reads records asked after as gone as lost data, and keeps the questions about where a thing is', async () => {
    expect(await misread(WHERE)).to.deep.equal([])
  })
})
