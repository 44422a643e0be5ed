// Round 26 (branch r26-stopped): the meanings behind the first-read misses of grown-99.yaml (a feature that stopped for
// everyone, and traps written close to it), in other words and languages than the tickets, with traps that must not
// read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A log the product keeps (a failure log, an error log, an execution log) is a page to read, no login: "the failure log
// in Desk" is no "log in" that fails (concept `setting name`).
const A_LOG_NAMED: Phrasing[] = [
  ['Webhooks', 'About 40 calls are listed in the failure log in Desk, how do we send them again?', 3, TS],
  ['Function', 'Where is the error log in Creator where I can see why my function stopped at line 12?', 3, TS],
  ['Fehlerprotokoll', 'Im Fehlerprotokoll in Desk stehen drei Einträge von gestern, wie lese ich die?', 3, TS],
  ['Journal', "Comment exporter le journal d'exécution des workflows en CSV ?", 3, TS],
  // traps: people who cannot log in
  ['Login', 'Since 8 none of our agents can log in to Desk, the page says the password is wrong.', 1, TS, '24x7'],
  ['Login', 'Login fails for every user of the org since the SAML change.', 1, TS, '24x7'],
]

// The partner's own server, said "our own ... server", "hosted by us", "not by Zoho", offline for its own reasons: a
// failure outside Zoho, no outage of a product (concept `outside party`).
const THE_PARTNERS_OWN_SERVER: Phrasing[] = [
  ['Middleware', 'Our own middleware server was offline for two hours on Sunday; which webhooks did Desk fail to deliver then?', 3, TS],
  ['Connector', 'The connector runs on a VM hosted by us, not by Zoho, and it was unreachable last night. How do we resync?', 3, TS],
  ['Serveur', "Notre propre serveur d'intégration était hors ligne dimanche. Comment renvoyer les webhooks manqués ?", 3, TS],
  // traps: Zoho's own
  ['Desk down', 'Zoho Desk is offline for our whole team since 9, nothing loads.', 1, TS, '24x7'],
  ['CRM', 'Le CRM est hors ligne pour tous nos utilisateurs depuis ce matin.', 1, TS, '24x7'],
]

// Over: a feature said to fire again ("the rules are triggering again", "wird wieder ausgelöst", "se déclenche de
// nouveau"), and the partner's own correction ("I have corrected the condition"), in a sentence of their own, close
// what the subject headlined (`resolved`).
const FIRES_AGAIN: Phrasing[] = [
  ['Re: Blueprint rules not triggering', 'Thanks, the rules are triggering again since noon.', 3, TS],
  ['Re: Workflow not firing', 'We have corrected the condition on our side. All good.', 3, TS],
  ['AW: Workflow wird nicht ausgelöst', 'Danke, die Regel wird wieder ausgelöst, seit wir die Bedingung angepasst haben.', 3, TS],
  ['RE: Le workflow ne se déclenche plus', 'Merci, le workflow se déclenche de nouveau depuis ce matin.', 3, TS],
  // traps: a trigger that happens once more (a repeat), a question whether it will fire again, a fresh stop
  ['Workflow', 'The workflow stopped triggering again this morning, for the third time this month.', 1, TS, '24x7'],
  ['Workflow', 'When will the rules fire again? Nothing has run since Friday.', 1, TS],
]

// A failure the partner says their own setting caused, in its sentence ("was not running because we had set the wrong
// stage"): their doing, a configuration (own mistake, in the `not working` rule's sentence).
const OWN_SETTING_CAUSED_IT: Phrasing[] = [
  ['Assignment', 'The assignment rule was not running because we had set the wrong department in it. How do we reassign the 80 tickets?', 3, TS],
  ['Reminder', "The reminder emails weren't sent because we configured the wrong date field. Can they be sent now for last week?", 3, TS],
  // traps: a failure with no cause of theirs, a cause of theirs in another matter
  ['Assignment', 'The assignment rules are not running since the update, nothing was changed by us.', 1, TS, '24x5'],
  ['Sync', 'The sync is not working since Monday for all users.', 1, TS, '24x5'],
]

// German "keine <records a feature delivers> ... mehr" with the verb at the clause's end ("es werden keine Aufgaben
// mehr für den Innendienst erstellt"): a feature that no longer runs at all, a total stop (24x7, README "nicht mehr").
const KEINE_MEHR: Phrasing[] = [
  ['Aufgaben', 'Seit dem Update werden keine Aufgaben mehr für den Außendienst angelegt.', 1, TS, '24x7'],
  ['Synchronisation', 'Seit Freitag werden keine Aufträge und Angebote mehr aus dem Shop ins CRM übertragen.', 1, TS, '24x7'],
  ['Berichte', 'Es werden keine Berichte mehr an die Geschäftsleitung versendet.', 1, TS, '24x7'],
  // traps: records that lost values (data, 24x5), a how-to
  ['Kontakte', 'Seit dem Import haben 300 Kontakte keine Telefonnummern mehr.', 1, TS, '24x5'],
  ['Aufgaben', 'Wie lege ich für erledigte Deals eine Aufgabe an?', 3, TS],
]

// German "Aufruf" as a call that arrives ("kein Aufruf kommt an"), a delivery, no page that cannot be opened
// (`records reach`); opening a page ("die Seite aufrufen") stays access.
const A_CALL_ARRIVES: Phrasing[] = [
  ['Webhook', 'Bei unserem Empfänger kommt seit Montag kein Aufruf an, per Postman erreichen wir ihn.', 1, TS, '24x5'],
  ['Webhooks', 'Seit heute Mittag kommen keine Webhook-Aufrufe bei uns an.', 1, TS, '24x5'],
  // traps: a page that cannot be opened, for everyone
  ['Desk', 'Seit 8 Uhr kann kein Agent die Desk-Startseite aufrufen.', 1, TS, '24x7'],
]

// The partner saying what they did not set up ("we haven't created a second rule"): naming a cause ruled out, no
// program that does not work (`own omission`).
const NOT_SET_UP_BY_US: Phrasing[] = [
  ['Duplicate mails', 'Each welcome mail goes out twice. We have not created a second rule, there is only one.', 2, TS],
  ['Doppelte Aufgaben', 'Jede Aufgabe wird doppelt erzeugt. Eine zweite Regel haben wir nicht angelegt.', 2, TS],
  ['Doublons', "Chaque tâche est créée deux fois. Nous n'avons pas créé de deuxième règle.", 2, TS],
  // trap: the program that created nothing
  ['Tasks', 'Since Monday the workflow has not created any task for new deals.', 1, TS],
]

// A question that offers a loss as the other outcome ("are they queued, or do they get lost?"): asked, nothing lost
// (`hypothetical`, README round 13: "will the data get lost?").
const LOSS_ASKED: Phrasing[] = [
  ['Maintenance', 'During the maintenance on Saturday, are incoming mails held back or do they get lost?', 3, TS],
  ['Wartung', 'Werden die Formulareinträge während der Wartung gepuffert oder gehen sie verloren?', 3, TS],
  ['Maintenance', 'Pendant la maintenance, les e-mails entrants sont-ils mis en file ou sont-ils perdus ?', 3, TS],
  // trap: a loss that happened
  ['Datenverlust', 'Seit dem Update gehen bei jedem Import Datensätze verloren.', 1, TS],
]

// French receiving ("nous ne recevons plus", "les agents ne reçoivent pas") is a delivery that brings nothing (1, 24x5,
// as the corpus's "on reçoit plus aucun webhook"); a delivering verb with "rien" and no "plus" ("ne synchronise rien")
// is nothing delivered, no total stop (24x5, as English "syncs nothing").
const FRENCH_RECEIVING: Phrasing[] = [
  ['E-mails', 'Depuis ce matin, nous ne recevons plus les e-mails des clients dans Desk.', 1, TS, '24x5'],
  ['Notifications', 'Les agents ne reçoivent pas les notifications de nouveaux tickets depuis lundi.', 1, TS, '24x5'],
  ['Appli', "Depuis vendredi, l'appli mobile ne synchronise rien pour nos techniciens.", 1, TS, '24x5'],
  ['Passerelle', "La passerelle n'envoie rien vers Books depuis le 3 mars.", 1, TS, '24x5'],
  // traps: "plus rien" and "plus du tout" stay total stops, a how-to
  ['Synchro', 'La synchronisation ne fonctionne plus du tout depuis hier soir.', 1, TS, '24x7'],
  ['E-mails', 'Comment recevoir une copie des e-mails envoyés par les agents ?', 3, TS],
]

// Signing out and in again, with the French "de se reconnecter" or words between ("log out of the app and back in"):
// a step tried, no lockout (`signed out and in`).
const SIGNED_OUT_AND_IN: Phrasing[] = [
  ['Appli', "Les commerciaux ont essayé de se déconnecter et de se reconnecter, l'appli ne synchronise toujours rien.", 1, TS, '24x5'],
  ['App', 'The reps logged out of the app and back in, still nothing syncs for any of them.', 1, TS, '24x5'],
  ['App', 'Die Außendienstler haben sich abgemeldet und danach wieder angemeldet, die App synchronisiert trotzdem bei keinem.', 1, TS, '24x5'],
  // trap: thrown out and unable to get back in
  ['Connexion', 'Nos agents sont déconnectés toutes les deux minutes et ne peuvent plus se reconnecter.', 1, TS, '24x7'],
]

// A due date ("date d'échéance") of a task or a payment: a date in a product, no renewal.
const DUE_DATE: Phrasing[] = [
  ['Tâches', "La date d'échéance des tâches créées par le workflow est décalée d'un jour.", 2, TS],
  ['Relances', "Comment afficher la date d'échéance de paiement dans le modèle de facture ?", 3, TS],
  // trap: a subscription at its term
  ['Abonnement', "Merci de renouveler pour un an l'abonnement CRM de notre client.", 3, 'Payments Renewal'],
]

// A delay the partner says the documentation announces ("so the delay is expected", "ce délai est donc normal"): no
// worse than documented, as a speed within what the documentation says (`delay as documented`, README rounds 17-22);
// a duration that "used to be within the documented time" is worse now.
const DELAY_AS_DOCUMENTED: Phrasing[] = [
  ['Sync', 'Records arrive in Books with about 20 minutes of delay; your docs give a 30-minute interval, so the delay is expected. Can we shorten it?', 3, TS],
  ['Abruf', 'Die E-Mails kommen mit 10 Minuten Verzögerung an, laut Hilfeseite alle 15 Minuten, das passt also zu Ihrer Dokumentation.', 3, TS],
  ['Délai', 'Les leads arrivent avec 15 minutes de retard, ce qui correspond à la documentation. Peut-on accélérer ?', 3, TS],
  // traps: a delay against the documentation, later than scheduled
  ['Sync', 'The docs say the sync runs every 30 minutes, but records arrive with hours of delay.', 2, TS],
  ['Report', 'The scheduled report arrives three hours late since Monday.', 2, TS],
  ['Bulk jobs', 'The bulk read jobs are much slower now, 50 minutes each; this used to be within the documented 10 minutes until October.', 2, TS],
]

// An error on every request or call said to go to the API ("every request to the API is rejected", "toutes les
// requêtes vers l'API sont rejetées", French "rejeté" as "rejected"): an error on every API call, every transaction
// (1, 24x5, README); a timeout on each, or a 5xx, stays the API down (24x7).
const EVERY_REQUEST_TO_THE_API: Phrasing[] = [
  ['API', 'Every request to the API is rejected with 401 since this morning, whatever the token.', 1, TS, '24x5'],
  ['API', 'All calls to the Books API fail with "invalid organization" since 10:00.', 1, TS, '24x5'],
  ['API', 'Jeder Aufruf an die Desk-API wird seit heute früh mit 403 abgelehnt.', 1, TS, '24x5'],
  ['API', "Toutes les requêtes vers l'API CRM sont rejetées depuis 8h avec INVALID_TOKEN.", 1, TS, '24x5'],
  // traps: the API answering nothing, a 5xx, one request refused
  ['API', 'Every request to the Inventory API times out since 8, whatever the endpoint.', 1, TS, '24x7'],
  ['API', 'Toutes les requêtes vers l’API renvoient une erreur 503 depuis ce matin.', 1, TS, '24x7'],
  ['API', 'Une requête de test a été rejetée hier à cause d’un champ mal nommé dans notre code, comment le corriger ?', 3, TS],
]

// None of a delivered kind since a time, with the notifications or messages named ("keine Benachrichtigungen ... seit",
// "depuis ... aucune notification"): a feature that delivers nothing (1, 24x5).
const NONE_SINCE: Phrasing[] = [
  ['Cliq', 'Wir bekommen keine Benachrichtigungen im Kanal seit Donnerstag.', 1, TS, '24x5'],
  ['Cliq', 'Depuis jeudi, aucune notification de Desk dans le canal Cliq.', 1, TS, '24x5'],
  ['Alertes', "Depuis mardi, plus aucune alerte n'est envoyée aux superviseurs.", 1, TS],
  // trap: no complaints since
  ['Feedback', 'Depuis la correction, aucune réclamation de nos clients. Merci !', 3, TS],
]

// Nothing happens when people act ("we click Send and nothing happens", "dann passiert nichts"): a show-stopper on
// 24x5, not a total stop (README round 24: "nothing happens at all"), set aside from `stopped working`.
const NOTHING_HAPPENS: Phrasing[] = [
  ['Send', 'Agents click Send on a reply and nothing happens, for every agent since noon.', 1, TS, '24x5'],
  ['Senden', 'Die Agenten klicken auf Senden, dann passiert nichts, bei allen seit Mittag.', 1, TS, '24x5'],
  // trap: stopped working outright
  ['Send', 'The send button has stopped working completely for all agents.', 1, TS, '24x7'],
]

describe('phrasings of round 26, branch r26-stopped', () => {
  it("reads a log the product keeps as a page, no login that fails", async () => {
    expect(await misread(A_LOG_NAMED)).to.deep.equal([])
  })
  it("reads the partner's own server offline as a failure outside Zoho", async () => {
    expect(await misread(THE_PARTNERS_OWN_SERVER)).to.deep.equal([])
  })
  it('reads a feature that fires again, or the partner having corrected it, as over', async () => {
    expect(await misread(FIRES_AGAIN)).to.deep.equal([])
  })
  it("reads a failure the partner's own setting caused, in its sentence, as their doing", async () => {
    expect(await misread(OWN_SETTING_CAUSED_IT)).to.deep.equal([])
  })
  it('reads German "keine ... mehr" with the verb at the end as a total stop (24x7)', async () => {
    expect(await misread(KEINE_MEHR)).to.deep.equal([])
  })
  it('reads a German "Aufruf" that does not arrive as a delivery, no lack of access', async () => {
    expect(await misread(A_CALL_ARRIVES)).to.deep.equal([])
  })
  it('reads what the partner did not set up as a cause ruled out', async () => {
    expect(await misread(NOT_SET_UP_BY_US)).to.deep.equal([])
  })
  it('reads a loss offered as the other outcome of a question as asked', async () => {
    expect(await misread(LOSS_ASKED)).to.deep.equal([])
  })
  it('reads French receiving and "ne ... rien" deliveries as nothing delivered (24x5)', async () => {
    expect(await misread(FRENCH_RECEIVING)).to.deep.equal([])
  })
  it('reads signing out and back in, with words between, as a step tried', async () => {
    expect(await misread(SIGNED_OUT_AND_IN)).to.deep.equal([])
  })
  it('reads a due date as a date in a product, no renewal', async () => {
    expect(await misread(DUE_DATE)).to.deep.equal([])
  })
  it('reads a delay the partner says the documentation announces as nothing', async () => {
    expect(await misread(DELAY_AS_DOCUMENTED)).to.deep.equal([])
  })
  it('reads an error on every request to the API as an error on every API call (24x5)', async () => {
    expect(await misread(EVERY_REQUEST_TO_THE_API)).to.deep.equal([])
  })
  it('reads none of the notifications or messages since a time as nothing delivered', async () => {
    expect(await misread(NONE_SINCE)).to.deep.equal([])
  })
  it('reads nothing happening when people act as a show-stopper on 24x5', async () => {
    expect(await misread(NOTHING_HAPPENS)).to.deep.equal([])
  })
})
