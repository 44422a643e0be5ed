// Round 196: what the product produces and the devices and third-party services it drives. Every document or template
// coming out empty, with the words of its making between ("Every PDF we generate is empty", "All PDFs we download are
// empty", "All our email templates are blank now": `blank documents`, and `all documents blank` for English bare "all")
// is a broken feature (1, 24x5), one PDF or one template blank stays 2; the sign button left off every quote sent is 1
// (`button left off`, rules `documents without their button`, `all documents without their button`), off one quote 2,
// no lost data; a dedupe that merged unrelated records is data integrity (`unrelated merged`, 1, 24x5; a person who
// merged them, `person merged`, is people's doing); a sync that
// "broke" for the team fails for everyone (`failure` "broke for"); scanners that read no code, tills that complete no
// sale, an integration that stopped posting are features failing (`work`: scan, read … codes, complete … sales, posting;
// German "sendet", "liest … Codes", "Verkäufe … abschließen"; French "lit … code", "finaliser … vente"). Clocks follow
// main's rules: a stop said "stopped X-ing" or "nicht mehr" / "ne … plus" is 24x7, as "Our workflow has stopped sending
// emails since Monday" (round 65). Traps: how-tos, questions, one document, one terminal, a blank template made on
// purpose, a fix told.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ROWS: Phrasing[] = [
  // 1. every document or template empty
  ['PDFs', 'Every PDF we generate is empty.', 1, TS, '24x5'],
  ['PDFs', 'Every PDF we export is blank since Monday.', 1, TS, '24x5'],
  ['PDFs', 'All PDFs we download are empty.', 1, TS, '24x5'],
  ['Quotes', 'All quotes come out blank.', 1, TS, '24x5'],
  ['Invoices', 'All invoice PDFs come out blank.', 1, TS, '24x5'],
  ['Email templates', 'All our email templates are blank now.', 1, TS, '24x5'],
  ['Templates', 'All the email templates are empty since the update.', 1, TS, '24x5'],
  ['Templates', 'Every template we made is blank after the migration.', 1, TS, '24x5'],
  ['PDF', 'Jedes PDF, das wir erzeugen, ist leer.', 1, TS, '24x5'],
  ['PDF', 'Alle PDFs, die wir herunterladen, sind leer.', 1, TS, '24x5'],
  ['Vorlagen', 'Alle E-Mail-Vorlagen sind plötzlich leer.', 1, TS, '24x5'],
  ['PDF', 'Tous les PDF que nous téléchargeons sont vides.', 1, TS, '24x5'],
  ['Modèles', 'Tous nos modèles de devis sont vides depuis la mise à jour.', 1, TS, '24x5'],
  ['PDF', 'One invoice PDF is blank, the others are fine.', 2, TS, '24x5'],
  ['Template', 'The welcome email template shows blank in preview.', 2, TS, '24x5'],
  ['Modèle', 'Un modèle d\'e-mail est vide.', 2, TS, '24x5'],
  ['Template', 'I created a blank template on purpose for internal notes, how do I rename it?', 3, TS, '24x5'],
  ['PDFs', 'The PDFs were empty yesterday but it\'s fixed now, thanks!', 3, TS, '24x5'],
  ['PDFs', 'Are all PDFs blank when the template has no fields?', 3, TS, '24x5'],
  // 2. the sign button left off
  ['Quotes', 'All quotes we sent today went out without the sign button.', 1, TS, '24x5'],
  ['Quotes', 'Every quote goes out without the sign button.', 1, TS, '24x5'],
  ['Angebote', 'Alle Angebote gingen heute ohne den Signatur-Button raus.', 1, TS, '24x5'],
  ['Devis', 'Tous les devis sont partis sans le bouton de signature.', 1, TS, '24x5'],
  ['Quote', 'The sign button is missing on one quote.', 2, TS, '24x5'],
  ['Quote', 'One quote went out without the sign button, the rest are fine.', 2, TS, '24x5'],
  ['Devis', 'Un devis est parti sans le bouton de signature.', 2, TS, '24x5'],
  ['Quotes', 'How do I add a sign button to quotes?', 3, TS, '24x5'],
  ['Posts', 'Posts are published without the image - only the text goes out.', 2, TS, '24x5'],
  // 3. a dedupe that merged unrelated records
  ['Dedupe', 'The dedupe tool merged hundreds of unrelated contacts together.', 1, TS, '24x5'],
  ['Dedupe', 'Deduplication merged 250 unrelated accounts into each other.', 1, TS, '24x5'],
  ['Dubletten', 'Das Dubletten-Tool hat hunderte fremde Kontakte zusammengeführt.', 1, TS, '24x5'],
  ['Doublons', 'L\'outil de dédoublonnage a fusionné des centaines de contacts sans rapport.', 1, TS, '24x5'],
  ['Dedupe', 'How do I use the dedupe tool to merge duplicate contacts?', 3, TS, '24x5'],
  ['Dedupe', 'Can the dedupe tool merge unrelated contacts by mistake?', 3, TS, '24x5'],
  ['Dedupe', 'We merged two different contacts together by mistake, how do I undo it?', 3, TS, '24x5'],
  ['Merge', 'It has happened twice that an agent merged two unrelated contacts. Is there a history of merges?', 3, TS, '24x5'],
  ['Kontakte', 'Ein Kollege hat versehentlich zwei fremde Kontakte zusammengeführt.', 3, TS, '24x5'],
  ['Contacts', 'Un agent a fusionné deux contacts sans rapport.', 3, TS, '24x5'],
  // 4. integrations that broke or stopped
  ['Calendar sync', 'Google Calendar sync broke for the whole team.', 1, TS, '24x5'],
  ['Teams integration', 'The Microsoft Teams integration stopped posting notifications.', 1, TS, '24x7'],
  ['Teams', 'The Teams integration stopped posting to our channels.', 1, TS, '24x7'],
  ['Teams', 'Die Microsoft-Teams-Integration sendet keine Benachrichtigungen mehr.', 1, TS, '24x7'],
  ['Calendar', 'Some events don\'t sync to Google Calendar.', 2, TS, '24x5'],
  ['Google Calendar', 'How do I connect Google Calendar to Zoho CRM?', 3, TS, '24x5'],
  ['Teams', 'Can the Teams integration post to several channels?', 3, TS, '24x5'],
  ['Slack', 'How do I stop the Slack integration from posting every deal update?', 3, TS, '24x5'],
  // 5. scanners and tills
  ['Inventory app', 'The barcode scanner in Inventory app stopped reading any codes.', 1, TS, '24x7'],
  ['Scan', 'Our warehouse staff can\'t scan any barcodes since the update.', 1, TS, '24x5'],
  ['Scanner', 'Le scanner de codes-barres ne lit plus aucun code.', 1, TS, '24x7'],
  ['POS terminals', 'Our POS terminals can\'t complete sales since this morning.', 1, TS, '24x5'],
  ['POS', 'None of our POS terminals can complete a sale.', 1, TS, '24x5'],
  ['Tills', 'Our tills can\'t process any sales.', 1, TS, '24x5'],
  ['Kasse', 'Unsere Kassen können keine Verkäufe mehr buchen.', 1, TS, '24x5'],
  ['Terminal', 'One of our POS terminals can\'t complete sales, the other four work.', 2, TS, '24x5'],
  ['Scanner', 'Can the scanner read codes on curved surfaces?', 3, TS, '24x5'],
  ['Logs', 'I can\'t read the error codes in the log, the font is tiny.', 3, TS, '24x5'],
  ['Labels', 'How do I print labels from Inventory?', 3, TS, '24x5'],
]

describe('phrasings, round 196: what the product produces and the devices and services it drives', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
