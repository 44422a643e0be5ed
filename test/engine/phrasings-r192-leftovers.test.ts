// Round 192: leftovers earlier rounds saw and left alone. A form that no longer takes registrations said in the passive,
// "über das Formular werden keine Anmeldungen mehr angenommen" (`work` + "Anmeldungen … angenommen", 1 on 24x5 as round
// 188's "nimmt keine Anmeldungen mehr an"); mail delivered to no recipient any more, "niemandem mehr zugestellt", "not
// delivered to anyone anymore", "n'arrivent plus chez personne" (`to no recipient`, which `totally` yields to: outgoing
// mail failing for everyone, 1 on 24x5, as English "no longer delivered to anyone" read), while mail to the partner that
// stopped coming in stays 24x7; offline asked as a way of working, "Wie nutze ich die App offline?", "Funktioniert die App
// auch offline?", "Comment utiliser l'application hors ligne ?" (`setting name`; German "funktioniert" opening a question,
// `questions`), while a portal offline for everyone stays down; "nichts mehr benutzen" asked as a case, "Was ist, wenn …",
// "Und wenn …", "Heißt das, dass …" (`hypothetical`: Support 3), while under a renewal's or a trial's word, "Was passiert,
// wenn wir nach Ablauf …", it is an Operations question, 2 as dev's r169ac-030 and r27hq-028 label "What happens when the
// subscription expires?"; a downtime named by its past day before a how-to, "About last week's downtime, how do I get the
// RCA?" (`downtime of a past day`, 3; "is still down" beside it stays 24x7, rule `past day's downtime still troubled`);
// slowness for some of the people, "Some visitors say the chat window is slow to open" (`some of the people`, rule `slow
// for some people`, 2), while some of the things ("some never finish") go with the slowness they name (1). A size limit
// asked for "the whole team" already read 3 on main and is held here.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const ROWS: Phrasing[] = [
  // 1. a form that no longer takes registrations, said in the passive
  ['Formular', 'Über das Formular werden keine Anmeldungen mehr angenommen.', 1, TS, '24x5'],
  ['Anmeldung Kurs', 'Seit dem Wochenende werden über unser Kursformular keine Anmeldungen mehr angenommen.', 1, TS, '24x5'],
  ['Umfrage', 'Über die Umfrage werden keine Antworten mehr angenommen, obwohl sie aktiv ist.', 1, TS, '24x5'],
  ['Registrations', 'Our event form no longer accepts registrations.', 1, TS, '24x5'],
  ['Login', 'Über das Portal kann sich niemand mehr anmelden.', 1, TS, '24x7'],
  ['Formular', 'Wie stellen wir ein, dass über das Formular keine Anmeldungen mehr angenommen werden?', 3, TS, '24x5'],
  ['Formular', 'Über das Formular sind schon 150 Anmeldungen angenommen worden, danke!', 3, TS, '24x5'],
  // 2. mail delivered to no recipient any more (outgoing, 24x5); mail to the partner (24x7)
  ['Mails', 'Unsere Mails werden niemandem mehr zugestellt.', 1, TS, '24x5'],
  ['Rechnungsversand', 'Seit dem Update werden die Rechnungsmails aus Books niemandem mehr zugestellt.', 1, TS, '24x5'],
  ['Mails', 'Die Angebotsmails kommen bei niemandem mehr an.', 1, TS, '24x5'],
  ['Emails', 'Our quotes emails are not delivered to anyone anymore.', 1, TS, '24x5'],
  ['Emails', 'Since Monday our campaign emails are no longer delivered to anyone.', 1, TS, '24x5'],
  ['Mails', 'Nos e-mails de relance n\'arrivent plus chez personne.', 1, TS, '24x5'],
  ['Mail', 'Bei uns kommen seit heute früh keine E-Mails mehr an.', 1, TS, '24x7'],
  ['Mail', 'We are not receiving any emails anymore.', 1, TS, '24x7'],
  ['Webhooks', 'Webhooks are not being delivered anymore.', 1, TS, '24x7'],
  ['Mails', 'Einige Mails werden nicht zugestellt.', 2, TS, '24x5'],
  ['Newsletter', 'Wie stellen wir ein, dass Newsletter niemandem mehr zugestellt werden, der sich abgemeldet hat?', 3, TS, '24x5'],
  // 3. offline asked as a way of working; a portal offline for everyone
  ['Offline', 'Wie nutze ich die App offline?', 3, TS, '24x5'],
  ['Außendienst', 'Funktioniert die CRM-App auch offline?', 3, TS, '24x5'],
  ['Außendienst', 'Können unsere Vertreter die App unterwegs offline nutzen?', 3, TS, '24x5'],
  ['Hors ligne', 'Comment utiliser l\'application hors ligne ?', 3, TS, '24x5'],
  ['Hors ligne', 'L\'appli mobile fonctionne-t-elle hors ligne ?', 3, TS, '24x5'],
  ['Offline', 'How do I use the app offline?', 3, TS, '24x5'],
  ['Agents', 'Can agents work offline?', 3, TS, '24x5'],
  ['Portal', 'The portal is offline for everyone.', 1, TS, '24x7'],
  ['Portal', 'Das Kundenportal ist seit 8 Uhr für alle offline.', 1, TS, '24x7'],
  ['Portail', 'Le portail est hors ligne pour tout le monde.', 1, TS, '24x7'],
  ['Portal', 'Funktioniert bei Ihnen das Portal? Bei uns ist es seit 9 Uhr offline.', 1, TS, '24x7'],
  // 4. nothing usable any more, asked as a case
  ['Frage', 'Was ist, wenn wir nichts mehr benutzen können?', 3, TS, '24x5'],
  ['Frage', 'Und wenn wir dann gar nichts mehr benutzen können?', 3, TS, '24x5'],
  ['Frage', 'Heißt das, dass wir danach nichts mehr benutzen können?', 3, TS, '24x5'],
  ['Question', 'What if we can\'t use anything anymore?', 3, TS, '24x5'],
  ['Question', 'Est-ce que cela veut dire que nous ne pourrons plus rien utiliser ?', 3, TS, '24x5'],
  ['Ablauf', 'Was passiert, wenn wir nach Ablauf nichts mehr benutzen können?', 2, 'Payments Renewal', '24x5'],
  ['Subscription', 'What happens when our subscription expires, can we still use anything?', 2, 'Payments Renewal', '24x5'],
  ['Abonnement', 'Que se passe-t-il si nous ne pouvons plus rien utiliser après l\'expiration de l\'abonnement ?', 2, 'Payments Renewal', '24x5'],
  ['Trial', 'What happens if we can\'t use anything after the trial ends?', 2, 'Trial Extension', '24x5'],
  ['CRM', 'Wir können nichts mehr benutzen.', 1, TS, '24x7'],
  ['CRM', 'Seit dem Update können wir nichts mehr benutzen!', 1, TS, '24x7'],
  ['CRM', 'Personne ne peut plus rien utiliser.', 1, TS, '24x7'],
  // 5. a size limit asked about for the whole team
  ['Attachments', 'What is the attachment size limit for the whole team?', 3, TS, '24x5'],
  ['Storage', 'Is the storage limit per user or for the whole team?', 3, TS, '24x5'],
  ['Pièces jointes', 'Quelle est la taille maximale des pièces jointes pour toute l\'équipe ?', 3, TS, '24x5'],
  ['Attachments', 'Nobody in the whole team can upload attachments since this morning.', 1, TS, '24x5'],
  // 6. a downtime named by its past day before a how-to; still down beside it
  ['RCA', 'About last week\'s downtime, how do I get the RCA?', 3, TS, '24x5'],
  ['Incident', 'Regarding yesterday\'s outage: where can we find the incident report?', 3, TS, '24x5'],
  ['Outage', 'Regarding last Tuesday\'s outage, can you send us the root cause analysis?', 3, TS, '24x5'],
  ['Ausfall', 'Zum Ausfall von gestern: wo finden wir den Incident-Bericht?', 3, TS, '24x5'],
  ['Panne', 'Concernant la panne d\'hier, où trouver le rapport d\'incident ?', 3, TS, '24x5'],
  ['Outage', 'Regarding yesterday\'s outage: CRM is still down for everyone.', 1, TS, '24x7'],
  ['Outage', 'Yesterday\'s outage is still going on, nobody can log in.', 1, TS, '24x7'],
  ['Desk', 'Desk is down again, same as last week\'s outage.', 1, TS, '24x7'],
  ['Ausfall', 'Ausfall seit 9 Uhr, wie können wir weiterarbeiten?', 1, TS, '24x7'],
  // 7. slowness for some of the people or pages
  ['Chat', 'Some visitors say the chat window is slow to open.', 2, TS, '24x5'],
  ['Portal', 'A few of our customers find the portal slow.', 2, TS, '24x5'],
  ['Desk', 'Desk is slow for some agents.', 2, TS, '24x5'],
  ['Langsam', 'Manche Kunden sagen, das Kundenportal sei langsam.', 2, TS, '24x5'],
  ['Lent', 'Certains de nos clients trouvent le portail lent.', 2, TS, '24x5'],
  ['Exports', 'Exports take ages since the update, some never complete.', 1, TS, '24x5'],
  ['Rechnungen', 'Das Öffnen einer einzigen Rechnung dauert gerade 3 Minuten, die Buchhaltung kommt nicht hinterher.', 1, TS, '24x5'],
  ['CRM', 'CRM is extremely slow for everyone, each page takes 40 seconds.', 1, TS, '24x5'],
  ['CRM', 'Some of our agents say CRM is painfully slow, nobody can work.', 1, TS, '24x5'],
  ['Langsam', 'Das CRM ist seit heute früh extrem langsam.', 1, TS, '24x5'],
  ['Import', 'Is some lag expected while the nightly import of 80k products runs?', 3, TS, '24x5'],
  ['Chat', 'How do we make the chat window open faster for visitors?', 3, TS, '24x5'],
]

describe('phrasings, round 192: leftovers earlier rounds left alone', () => {
  it('reads each family and keeps its traps', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
