// Round 110: German and French severity-1 Support tickets that read 3 for want of a word. "Alle E-Mails bleiben im
// Postausgang hängen." (the verb last, where `stuck state` knew only "hängen im Postausgang"), "Die Synchronisation
// überschreibt unsere Daten." (the present tense, where `overwritten` knew only "überschrieben"), "Unser Callcenter kann seit
// 9 Uhr keine Anrufe mehr annehmen." (`people task` had no calls taken), "Unsere Kunden bekommen keine Antworten mehr von
// uns." (German had no receiving verb in `comes through`, as French "ne reçoivent plus nos réponses" has), "Nos agents ne
// peuvent plus prendre d'appels", "La synchronisation remet à zéro tous nos stocks". The traps stay: a harm to prevent or a
// setting asked for over a comma ("Wie verhindern wir, dass …", the hypothetical cue now holds the "dass" clause it runs
// into), a single e-mail stuck (partly, 2), a habit ("bekommen von uns keine Rechnungen per Post"), a person silent.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const GERMAN_FRENCH: Phrasing[] = [
  ['Alle E-Mails bleiben im Postausgang hängen.', '', 1, TS, '24x5'],
  ['Postausgang', 'Sämtliche E-Mails hängen im Postausgang fest, das ganze Team ist betroffen.', 1, TS, '24x5'],
  ['Mails gehen nicht raus', 'Alle E-Mails bleiben im Postausgang liegen.', 1, TS, '24x5'],
  ['Kunden erhalten nichts', 'Unsere Kunden bekommen keine Antworten mehr von uns.', 1, TS, '24x5'],
  ['Die Synchronisation überschreibt unsere Daten.', '', 1, TS, '24x5'],
  ['Import', 'Der Import überschreibt die Telefonnummern aller Kontakte.', 1, TS, '24x5'],
  ['Daten weg', 'Die Synchronisation setzt alle Kontakte auf den alten Stand zurück.', 1, TS, '24x5'],
  ['Unser Callcenter kann seit 9 Uhr keine Anrufe mehr annehmen.', '', 1, TS, '24x5'],
  ['Telefonie', 'Unsere Agenten können keine Anrufe mehr entgegennehmen.', 1, TS, '24x5'],
  ['Support', 'Unser Support-Team kann keine Tickets mehr bearbeiten.', 1, TS, '24x5'],
  ['Boîte d\'envoi', 'Nos e-mails restent coincés dans la boîte d\'envoi depuis ce matin.', 1, TS, '24x5'],
  ['Synchronisation', 'La synchronisation remet à zéro tous nos stocks.', 1, TS, '24x5'],
  ['Synchronisation', 'La synchronisation réinitialise les données de nos contacts.', 1, TS, '24x5'],
  ['Notre centre d\'appels ne peut plus recevoir d\'appels', '', 1, TS, '24x5'],
  ['Téléphonie', 'Nos agents ne peuvent plus prendre d\'appels depuis 9 h.', 1, TS, '24x5'],
  ['Support', 'Nos agents ne peuvent plus traiter les tickets.', 1, TS, '24x5'],
  ['Standard', 'Personne ne peut décrocher les appels entrants.', 1, TS, '24x5'],
  // traps: how-tos and settings over a comma, a single one stuck, a habit, a person silent
  ['Synchronisation', 'Wie verhindern wir, dass die Synchronisation Daten überschreibt?', 3, TS, '24x5'],
  ['Import', 'Kann es passieren, dass der Import bestehende Kontakte überschreibt?', 3, TS, '24x5'],
  ['Telefonie', 'Wie können wir einstellen, dass Agenten nach 18 Uhr keine Anrufe mehr annehmen?', 3, TS, '24x5'],
  ['Postausgang', 'Wo sehe ich E-Mails, die im Postausgang hängen?', 3, TS, '24x5'],
  ['Postausgang', 'Eine einzelne E-Mail hängt im Postausgang.', 2, TS, '24x5'],
  ['Support', 'Wir bekommen keine Antwort von eurem Support.', 3, TS, '24x5'],
  ['Question', 'Comment éviter que la synchro écrase le champ propriétaire ?', 3, TS, '24x5'],
  ['Boîte d\'envoi', 'Un seul e-mail reste bloqué dans la boîte d\'envoi, les autres partent.', 2, TS, '24x5'],
  ['Week-end', 'Nos agents ne prennent pas d\'appels le week-end, c\'est voulu.', 3, TS, '24x5'],
]

describe('phrasings, round 110: German and French mail stuck, data overwritten, calls no longer taken', () => {
  it('reads the show-stoppers as 1 and keeps the traps', async () => {
    expect(await misread(GERMAN_FRENCH)).to.deep.equal([])
  })
})
