// Round 132: impact told with numbers and shares in German and French, as round 129 read them in English (a sweep of 94
// probes, 40 as labelled on main, 79 after). "0 von 120 Agenten", "0 agent sur 120" were no nobody, "100 % der
// ausgehenden Mails", "100 % des paiements par carte" no all, "die Hälfte der Rechnungen", "un quart des rapports" no
// part. Now the policy's words read them, the tokenizer's "percent" for "%" as in English: "0 von", "null von", "0 ... sur",
// "0 % der/des" are `nobody`; "100 % der/unserer", "100 % des/de nos", "in 100 % der Fälle", "dans 100 % des cas", a rate
// that "liegt bei 100 %" or "est de 100 %" are `every transaction` (with "in 100 % der Fälle" an `every try`, so that
// "Fälle" is no "falls"), "100 % unserer Nutzer", "100 % des utilisateurs" `everyone`, "100 % der Anrufe", "100 % des
// appels" `every call`; "Hälfte der", "N % der", "Viertel der", "jede zweite", "moitié des", "N % des", "quart des", "un
// ... sur dix" are `partly` and `subset named` (a share named in a sentence sets a total stop aside: 2), "N % der
// API-Aufrufe", "N % des appels API" `some calls`; "0 Fehler", "0 erreur" `none failed`. Words beside them: "Fehlerquote",
// "taux d'erreur" are failures, mails that "kommen zurück" / "nous reviennent" and calls that "brechen" / "coupent" fail,
// "synchronisieren" and "distribués" name a program's work. A share that does not come through ("un webhook sur dix
// n'arrive pas", "some webhooks do not arrive") is a part (rule `comes through only partly`, 2): it read 3 or 1 before.
// Choices (DOMAIN.md §4: a show-stopper "affecting all users" against a function that works but "gives incorrect results";
// §5: logins and downtime on 24x7; README rounds 17–22, 103, 115, 129): a share below all is a part (2); "100 %" and
// "0 von N" / "0 sur N" are all or nobody; a login failing for some users ("3 von 250 Nutzern", "la moitié de nos agents")
// stays a login failure (1, 24x7); numbers are not compared ("12 von 400", "12 factures sur 400" are not read); a deadline
// or money lost sets no severity; "lassen sich nicht mehr synchronisieren" is a stop (24x7, as "nicht mehr" elsewhere).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const GERMAN: Phrasing[] = [
  ['Anmeldung', '0 von 120 Agenten können sich seit 8 Uhr anmelden.', 1, TS, '24x7'],
  ['Antworten', '0 von 25 Agenten können Antworten versenden.', 1, TS, '24x5'],
  ['Belege', 'Null von 80 Rechnungen wurden heute verschickt.', 1, TS, '24x5'],
  ['Mails', '100 % der ausgehenden Mails kommen zurück.', 1, TS, '24x5'],
  ['Kartenzahlung', '100 % der Kartenzahlungen werden seit Montag abgelehnt.', 1, TS, '24x5'],
  ['Checkout', 'Die Fehlerquote im Checkout liegt seit dem Update bei 100 %.', 1, TS, '24x5'],
  ['Checkout', 'Der Checkout schlägt in 100 % der Fälle fehl.', 1, TS, '24x5'],
  ['Versand', 'Die Fehlerquote beim Mailversand liegt bei 100 Prozent.', 1, TS, '24x5'],
  ['Anrufe', '100 % der Anrufe brechen nach 30 Sekunden ab.', 1, TS, '24x5'],
  ['Anmeldung', '100 % unserer Nutzer können sich seit 9 Uhr nicht anmelden.', 1, TS, '24x7'],
  ['Help Center', 'Unser Help Center gibt für 100 % der Besucher einen Fehler 503 zurück.', 1, TS, '24x7'],
  ['Mails', 'Seit 10 Uhr werden 0 % der Mails zugestellt.', 1, TS, '24x5'],
  ['Workflows', 'Seit dem Update schlagen 100 % der Workflow-Ausführungen fehl.', 1, TS, '24x5'],
  ['Anmeldung', '3 von 250 Nutzern können sich nicht anmelden.', 1, TS, '24x7'],
  ['Mails', 'Etwa 30 % unserer ausgehenden E-Mails kommen zurück, der Rest wird zugestellt.', 2, TS, '24x5'],
  ['Anrufe', '10 % der Anrufe brechen nach 30 Sekunden ab.', 2, TS, '24x5'],
  ['Rechnungen', 'Etwa die Hälfte der Rechnungen wird nicht mit Books synchronisiert.', 2, TS, '24x5'],
  ['Sync', 'Rund 15 % der Datensätze lassen sich jede Nacht nicht synchronisieren.', 2, TS, '24x5'],
  ['API', '3 % der API-Aufrufe schlagen mit Fehler 500 fehl.', 2, TS, '24x5'],
  ['Kartenzahlung', 'Bei 5 % der Kartenzahlungen kommt ein Fehler.', 2, TS, '24x5'],
  ['Zahlung', 'Jede zweite Kartenzahlung wird abgelehnt.', 2, TS, '24x5'],
  ['Rechnungen', 'Etwa die Hälfte der Rechnungen wird nicht versendet. Wir verlieren dadurch 2000 € am Tag.', 2, TS, '24x5'],
  ['Sync', 'Rund 10 % der Kontakte werden nicht synchronisiert. Bis Freitag muss das laufen.', 2, TS, '24x5'],
  // traps: numbers that tell no impact
  ['Frage', 'Wir haben 250 Nutzer und möchten wissen, wie wir allen ein Profil zuweisen.', 3, TS, '24x5'],
  ['Sandbox', '0 Fehler im Protokoll und 100 % unserer Testfälle laufen durch. Wie übertragen wir die Sandbox in die Produktion?', 3, TS, '24x5'],
  ['Bericht', 'Unsere SLA-Erfüllung liegt diesen Monat bei 100 %. Wie exportieren wir den SLA-Bericht?', 3, TS, '24x5'],
  ['Benachrichtigung', 'Wie bekommen wir eine Benachrichtigung, wenn mehr als 10 % der Tickets die SLA verletzen?', 3, TS, '24x5'],
  ['Version', 'Seit Version 2.4.1 der Erweiterung gibt es ein neues Feld. Wie blenden wir es im Layout ein?', 3, TS, '24x5'],
  ['Import', 'Der Import lief mit 0 Fehlern durch. Wie können wir jetzt Dubletten zusammenführen?', 3, TS, '24x5'],
]

const FRENCH: Phrasing[] = [
  ['Connexion', '0 agent sur 120 ne peut se connecter depuis 8 h.', 1, TS, '24x7'],
  ['Connexion', '0 utilisateur sur 45 arrive à se connecter ce matin.', 1, TS, '24x7'],
  ['Paiements', '100 % des paiements par carte sont refusés depuis lundi.', 1, TS, '24x5'],
  ['Paiement', "Le taux d'erreur est de 100 % sur le paiement en ligne.", 1, TS, '24x5'],
  ['Mails', '100 % des e-mails sortants nous reviennent.', 1, TS, '24x5'],
  ['Synchro', '100 % des contacts échouent à la synchronisation depuis lundi.', 1, TS, '24x5'],
  ['Appels', '100 % des appels coupent après 30 secondes.', 1, TS, '24x5'],
  ['Connexion', '100 % de nos utilisateurs ne peuvent plus se connecter depuis 9 h.', 1, TS, '24x7'],
  ['Paiement', 'Le paiement échoue dans 100 % des cas.', 1, TS, '24x5'],
  ['Mails', 'Depuis 10 h, 0 % des e-mails sont distribués.', 1, TS, '24x5'],
  ['Workflows', 'Depuis la mise à jour, 100 % des exécutions de workflow échouent.', 1, TS, '24x5'],
  ['Connexion', '3 utilisateurs sur 250 n\'arrivent pas à se connecter.', 1, TS, '24x7'],
  ['Factures', 'Environ la moitié des factures ne se synchronise pas avec Books.', 2, TS, '24x5'],
  ['Appels', '10 % des appels coupent après 30 secondes.', 2, TS, '24x5'],
  ['Synchro', 'Environ 15 % des fiches ne se synchronisent pas chaque nuit.', 2, TS, '24x5'],
  ['API', '3 % des appels API échouent avec une erreur 500.', 2, TS, '24x5'],
  ['Cartes', '5 % des paiements par carte sont refusés.', 2, TS, '24x5'],
  ['Synchro', 'Environ 10 % des contacts ne se synchronisent pas. Il faut que ce soit réglé avant vendredi.', 2, TS, '24x5'],
  // traps: numbers that tell no impact
  ['Question', 'Nous avons 250 utilisateurs et voulons savoir comment leur attribuer un profil à tous.', 3, TS, '24x5'],
  ['Sandbox', '0 erreur dans le journal et 100 % de nos tests passent. Comment passer la sandbox en production ?', 3, TS, '24x5'],
  ['Rapport', 'Notre respect des SLA est à 100 % ce mois-ci, comment exporter le rapport SLA ?', 3, TS, '24x5'],
  ['Alerte', 'Comment recevoir une alerte quand plus de 10 % des tickets dépassent le SLA ?', 3, TS, '24x5'],
  ['Ticket 100234', 'Suite au ticket n° 100234 : comment masquer 3 départements sur 10 pour les agents ?', 3, TS, '24x5'],
  ['Import', "L'import s'est terminé avec 0 erreur. Comment fusionner les doublons maintenant ?", 3, TS, '24x5'],
]

const ARRIVING: Phrasing[] = [
  ['Webhooks', "Un webhook sur dix n'arrive pas.", 2, TS, '24x5'],
  ['Webhooks', 'Some webhooks do not arrive.', 2, TS, '24x5'],
  ['Webhooks', 'Jeder zehnte Webhook kommt nicht an.', 2, TS, '24x5'],
  // the whole stream stays a stop
  ['Webhooks', "Plus aucun webhook n'arrive depuis ce matin.", 1, TS, '24x5'],
]

describe('phrasings, round 132: impact told with numbers and shares in German and French', () => {
  it('reads "0 von", "100 %" and a share in German as nobody, all and a part', async () => {
    expect(await misread(GERMAN)).to.deep.equal([])
  })
  it('reads "0 sur", "100 %" and a share in French as nobody, all and a part', async () => {
    expect(await misread(FRENCH)).to.deep.equal([])
  })
  it('reads a share that does not come through as a part', async () => {
    expect(await misread(ARRIVING)).to.deep.equal([])
  })
})
