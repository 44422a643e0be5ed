// Round 180: plain partner sentences that read low on main. A black screen after login for everyone ("Black screen after
// login for every user", "nur einen schwarzen Bildschirm", "Écran noir après connexion") is downtime, as a blank white page
// (`outage`, 24x7). Every document a product makes coming out blank ("Every invoice PDF comes out blank", "Alle
// Rechnungs-PDFs sind leer", "Toutes les factures PDF sortent vides") is a feature broken for all documents: Technical
// Support 1 on 24x5 (rule `every document blank`), no invoice change. "Complete/total failure of" a system is an outage, as
// round 173's "complete loss of" (24x7). A button not shown for anyone or seen by nobody stops all users, as greyed out for
// everyone (1, 24x5). Another client's content or balances sent out is `sent to other customers` (1, 24x5). A sort that
// puts March after April is an incorrect result (2). Traps: how-to questions, a fix told, one record or one user, a
// question whether something may happen, a field blank inside every PDF.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const BLACK_SCREEN: Phrasing[] = [
  ['Black screen', 'Black screen after login for every user.', 1, TS, '24x7'],
  ['Schwarzer Bildschirm', 'Nach dem Login sehen alle Benutzer nur einen schwarzen Bildschirm.', 1, TS, '24x7'],
  ['Écran noir', 'Écran noir après connexion pour tous les utilisateurs.', 1, TS, '24x7'],
  ['Desk', 'After logging in everyone just gets a black screen.', 1, TS, '24x7'],
  ['urgent', 'black screen for all agents since the update, nobody can work', 1, TS, '24x7'],
  ['CRM', 'The screen goes black right after sign-in for the whole team.', 1, TS, '24x7'],
  ['CRM schwarz', 'Seit dem Update bleibt der Bildschirm nach dem Einloggen bei allen schwarz.', 1, TS, '24x7'],
  ['Connexion', "Depuis ce matin, tous nos agents ont un écran noir après s'être connectés.", 1, TS, '24x7'],
  ['Desk', "L'écran reste noir après la connexion, pour tout le monde.", 1, TS, '24x7'],
  // traps: how to change the login page, a fix told, a theme asked about, one browser of one user
  ['Login page', 'How do I change the background of the login page to black?', 3, TS, '24x5'],
  ['Anmeldeseite', 'Wie ändere ich den Hintergrund der Anmeldeseite?', 3, TS, '24x5'],
  ['Page de connexion', "Comment changer l'arrière-plan de la page de connexion en noir ?", 3, TS, '24x5'],
  ['Black screen fixed', 'The black screen after login is gone since your fix, thanks.', 3, TS, '24x5'],
  ['Dark mode', 'Can we use a black theme for the login screen?', 3, TS, '24x5'],
  ['Question', 'Not a black screen or anything, just a question: how do I add our logo to the login page?', 3, TS, '24x5'],
  ['Safari', 'Black screen after login only in Safari for one user, Chrome works fine.', 2, TS, '24x5'],
]

const BLANK_DOCUMENTS: Phrasing[] = [
  ['Invoices blank', 'Every invoice PDF comes out blank.', 1, TS, '24x5'],
  ['Rechnungen leer', 'Alle Rechnungs-PDFs sind leer.', 1, TS, '24x5'],
  ['Factures vides', 'Toutes les factures PDF sortent vides.', 1, TS, '24x5'],
  ['Invoice PDF empty', 'All our invoice PDFs are empty since yesterday, customers receive blank pages.', 1, TS, '24x5'],
  ['URGENT invoices', 'invoice pdf all blank!! we cannot send any invoice to our customers', 1, TS, '24x5'],
  ['Quotes', 'Since the update every quote we export to PDF is blank.', 1, TS, '24x5'],
  ['Books', 'When we download any invoice as PDF, the file is empty.', 1, TS, '24x5'],
  ['Rechnungen', 'Jede Rechnung, die wir als PDF herunterladen, ist leer.', 1, TS, '24x5'],
  ['PDF vides', 'Tous nos PDF de factures sont vides depuis hier.', 1, TS, '24x5'],
  ['Factures', 'Chaque facture exportée en PDF sort vide.', 1, TS, '24x5'],
  // traps: an invoice change asked, the template asked about, one field or one document, a field inside every PDF
  ['Invoice 123', 'Please change the address on invoice 123.', 2, 'Invoice changes', '24x5'],
  ['Invoice template', 'How do I change the invoice PDF template?', 3, TS, '24x5'],
  ['Vorlage', 'Wie ändere ich die PDF-Vorlage für Rechnungen?', 3, TS, '24x5'],
  ['Modèle', 'Comment modifier le modèle PDF des factures ?', 3, TS, '24x5'],
  ['Feld', 'Bei einem Kontakt ist das Feld Telefon leer.', 2, TS, '24x5'],
  ['Champ', 'Le champ téléphone est vide sur une fiche contact.', 2, TS, '24x5'],
  ['One PDF', 'One invoice PDF comes out blank, the others are fine.', 2, TS, '24x5'],
  ['PDF question', 'Is it normal that the PDF comes out blank when the template has no fields?', 3, TS, '24x5'],
  ['Address block', 'In every invoice PDF the shipping address block is empty.', 2, TS, '24x5'],
  ['PDF Feld', 'In allen Rechnungs-PDFs ist das Feld Lieferadresse leer.', 2, TS, '24x5'],
  ['Champ PDF', 'Dans toutes les factures PDF, le champ adresse de livraison est vide.', 2, TS, '24x5'],
]

const TOTAL_FAILURE: Phrasing[] = [
  ['Total failure', 'Complete failure of the phone system.', 1, TS, '24x7'],
  ['Mail', 'Total failure of our email since 8am.', 1, TS, '24x7'],
  ['CRM', 'We have a complete failure of the CRM this morning, nobody can work.', 1, TS, '24x7'],
  ['telephony', 'total failure of telephony in all offices', 1, TS, '24x7'],
  ['Voice', 'Complete failure of Zoho Voice since 9:00.', 1, TS, '24x7'],
  ['Téléphonie', 'Défaillance complète de la téléphonie depuis ce matin.', 1, TS, '24x7'],
  ['Messagerie', 'Échec total de la messagerie depuis 8h.', 1, TS, '24x7'],
  // traps: what happens if, a fix told, a report about last week's
  ['Question', 'What happens if the phone system fails?', 3, TS, '24x5'],
  ['Question', 'What happens in case of a complete failure of the phone system?', 3, TS, '24x5'],
  ['Fixed', 'The complete failure of the phone system this morning is fixed now, thanks.', 3, TS, '24x5'],
  ['Frage', 'Was passiert bei einem kompletten Ausfall der Telefonanlage?', 3, TS, '24x5'],
  ['Question', 'Que se passe-t-il en cas de panne totale du standard ?', 3, TS, '24x5'],
  ['Report', 'Our report on the complete failure of the phone system last week is attached, the RCA is clear.', 3, TS, '24x5'],
]

const NO_BUTTON: Phrasing[] = [
  ['Blueprint', 'All deals are stuck in the blueprint, no transition button shows for anyone.', 1, TS, '24x5'],
  ['Blueprint', 'None of our users see the transition buttons in the blueprint anymore, all deals are stuck.', 1, TS, '24x5'],
  ['Blueprint', 'All records sit in the same blueprint stage; the transition button is missing for all users.', 1, TS, '24x5'],
  ['Blueprint', 'Alle Deals hängen im Blueprint fest, bei niemandem wird der Button für den Übergang angezeigt.', 1, TS, '24x5'],
  ['Blueprint', 'Der Übergangs-Button fehlt bei allen Benutzern.', 1, TS, '24x5'],
  ['Blueprint', "Toutes les affaires sont bloquées dans le blueprint, aucun bouton de transition ne s'affiche pour personne.", 1, TS, '24x5'],
  ['Blueprint', 'Plus aucun utilisateur ne voit les boutons de transition du blueprint.', 1, TS, '24x5'],
  // traps: how to add it, one user, a condition asked, hiding it on purpose
  ['Blueprint', 'How do I add a transition button to the blueprint?', 3, TS, '24x5'],
  ['Blueprint', "The transition button doesn't show for one user.", 3, TS, '24x5'],
  ['Blueprint', 'Can a deal be stuck in the blueprint if a mandatory field is empty?', 3, TS, '24x5'],
  ['Blueprint', 'How can we make sure nobody sees the delete button?', 3, TS, '24x5'],
  ['Blueprint', 'Can we hide the transition button for everyone except managers?', 3, TS, '24x5'],
]

const OTHER_CLIENTS: Phrasing[] = [
  ['Campaign', "Our newsletter went to 20,000 people with another client's content.", 1, TS, '24x5'],
  ['Mauvais clients', 'Les relevés automatiques sont partis chez les mauvais clients avec les soldes des autres.', 1, TS, '24x5'],
  ['Campaign', "The campaign we sent this morning contained another customer's data.", 1, TS, '24x5'],
  ['Statements', "Customers received statements showing other customers' balances.", 1, TS, '24x5'],
  ['Mailing', "Our mailing went out with a different client's newsletter in it.", 1, TS, '24x5'],
  ['Newsletter', 'Unser Newsletter ging an 20.000 Empfänger mit dem Inhalt eines anderen Kunden.', 1, TS, '24x5'],
  ['Kontoauszüge', 'Die automatischen Kontoauszüge gingen an die falschen Kunden, mit den Salden anderer Kunden.', 1, TS, '24x5'],
  ['Newsletter', "Notre newsletter est partie à 20 000 personnes avec le contenu d'un autre client.", 1, TS, '24x5'],
  // traps: how-to and questions
  ['Newsletter', "How do I send the newsletter to another client's list?", 3, TS, '24x5'],
  ['Campaign', "Can we copy another client's campaign content into ours?", 3, TS, '24x5'],
  ['Newsletter', 'Wie kann ich den Newsletter eines anderen Kunden als Vorlage verwenden?', 3, TS, '24x5'],
  ['Newsletter', "Comment envoyer la newsletter à la liste d'un autre client ?", 3, TS, '24x5'],
]

const SORTING: Phrasing[] = [
  ['Sorting', 'Sorting by date in the list view puts March after April.', 2, TS, '24x5'],
  ['Sortierung', 'Die Sortierung nach Datum setzt März hinter April.', 2, TS, '24x5'],
  ['Tri', 'Le tri par date place mars après avril.', 2, TS, '24x5'],
  ['Date sort', 'Date sorting puts 01/05 before 02/01 regardless of the year.', 2, TS, '24x5'],
  ['Sortierung', 'Die Liste sortiert nach Datum falsch, Januar kommt nach Februar.', 2, TS, '24x5'],
  ['Tri', 'Quand on trie par date, décembre se retrouve avant janvier.', 2, TS, '24x5'],
  // traps: how to sort, whether a sort can put something first
  ['Sorting', 'How do I sort by date in the list view?', 3, TS, '24x5'],
  ['Sortieren', 'Wie sortiere ich die Liste nach Datum?', 3, TS, '24x5'],
  ['Tri', 'Comment trier la liste par date ?', 3, TS, '24x5'],
  ['Sorting', 'Can we sort by date by default?', 3, TS, '24x5'],
  ['Sorting', 'How do I sort so that closed deals come after open ones?', 3, TS, '24x5'],
  ['Sortieren', 'Kann die Sortierung angeheftete Einträge vor die anderen setzen?', 3, TS, '24x5'],
  ['Tri', 'Comment faire pour que le tri place les affaires gagnées avant les autres ?', 3, TS, '24x5'],
]

describe('phrasings, round 180: blank and black screens, blank documents, total failures, buttons, other clients, sorting', () => {
  it('reads a black screen after login for everyone as downtime', async () => {
    expect(await misread(BLACK_SCREEN)).to.deep.equal([])
  })
  it('reads every document coming out blank as a broken feature, not an invoice change', async () => {
    expect(await misread(BLANK_DOCUMENTS)).to.deep.equal([])
  })
  it('reads a complete or total failure of a system as an outage', async () => {
    expect(await misread(TOTAL_FAILURE)).to.deep.equal([])
  })
  it('reads a button shown to nobody as a show-stopper for all users', async () => {
    expect(await misread(NO_BUTTON)).to.deep.equal([])
  })
  it('reads another client\'s content sent out as data disclosed', async () => {
    expect(await misread(OTHER_CLIENTS)).to.deep.equal([])
  })
  it('reads a sort that puts one month after another as an incorrect result', async () => {
    expect(await misread(SORTING)).to.deep.equal([])
  })
})
