// Round 182: a how-to question whose TOPIC is an alarming word read as that word's severity 1 ("Slow query" / "Any tips to
// make a COQL query faster?", "Wie kann ich einen Ausfall-Bericht für unsere Kunden erstellen?", "Comment afficher les
// tickets en panne dans une vue ?"). Tips asked for are a how-to (`how-to`: "any tips", "Tipps für", "astuces pour"); a
// report, view, template or notice about outages or failed logins is a topic (`symptom topic`: "Ausfall-Bericht",
// "tickets en panne", "rapport des erreurs de connexion", "Vorlage für eine Störungsmeldung"); the partner's own
// expectation, "not working as I expect", is a hedge (`own expectation`: 2 told alone, and a headline the text's how-to
// answers). Choice: one person who lost or forgot their own password and asks how to reset it is a how-to (3, 24x5),
// "Lost password" is `forgot password`; "none of us can log in, the reset link fails" stays 1 on 24x7.
// The engine (severity.ts `textOnly`): a question's sentence that tells a trouble in a clause before its question opens
// ("Ausfall seit 9 Uhr, wie können wir weiterarbeiten?", "Le CRM est en panne depuis ce matin, comment pouvons-nous
// continuer à travailler ?") bears out the subject's headline: those read 3 before, and are 1 on 24x7.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const TOPICS: Phrasing[] = [
  ['Slow query', 'Any tips to make a COQL query faster?', 3, TS, '24x5'],
  ['Slow report', 'Any tips for speeding up a report with 200k rows?', 3, TS, '24x5'],
  ['Not working as I expect', 'Not sure if this is a bug: how do I make the lookup field show the account name?', 3, TS, '24x5'],
  // choice: one person's own forgotten password, asked how to reset, is a how-to
  ['Lost password', 'I forgot my own password, how do I reset it?', 3, TS, '24x5'],
  ['Mot de passe oublié', "J'ai oublié mon mot de passe, comment le réinitialiser ?", 3, TS, '24x5'],
  ['Wie geht', 'Wie kann ich einen Ausfall-Bericht für unsere Kunden erstellen?', 3, TS, '24x5'],
  ['Comment faire', 'Comment afficher les tickets en panne dans une vue ?', 3, TS, '24x5'],
  ['Outage alerts', 'How can we get notified when Zoho has an outage?', 3, TS, '24x5'],
  ['Login history', 'Can I export the login history?', 3, TS, '24x5'],
  ['Failed logins report', 'How do I create a report of all failed logins last month?', 3, TS, '24x5'],
  ['Benachrichtigung', 'Wie richte ich eine Benachrichtigung bei Ausfällen ein?', 3, TS, '24x5'],
  ['Bericht', 'Wie kann ich einen Bericht über fehlgeschlagene Anmeldungen erstellen?', 3, TS, '24x5'],
  ['Vorlage', 'Gibt es eine Vorlage für eine Störungsmeldung an unsere Kunden?', 3, TS, '24x5'],
  ['Langsame Abfrage', 'Wie kann ich eine COQL-Abfrage schneller machen?', 3, TS, '24x5'],
  ['Rapport', 'Comment créer un rapport des erreurs de connexion ?', 3, TS, '24x5'],
  ['Modèle', "Avez-vous un modèle d'e-mail pour informer nos clients d'une panne ?", 3, TS, '24x5'],
  ['Requête lente', 'Comment rendre une requête COQL plus rapide ?', 3, TS, '24x5'],
]

const TOLD: Phrasing[] = [
  ['Outage report page', 'The outage report page itself is down, nobody can open it.', 1, TS, '24x7'],
  ['Login', 'Our login fails, how do I get back in?', 1, TS, '24x7'],
  ['Ausfall', 'Ausfall seit 9 Uhr, wie können wir weiterarbeiten?', 1, TS, '24x7'],
  ['Panne', 'Le CRM est en panne depuis ce matin, comment pouvons-nous continuer à travailler ?', 1, TS, '24x7'],
  ['Deleted deals', 'All our deals were deleted after the import, how do we get them back?', 1, TS],
  ['CRM', 'Why is CRM down?', 1, TS, '24x7'],
  ['Desk', 'Is Desk down for everyone?', 1, TS, '24x7'],
  ['Lost password', 'None of us can log in, the reset link fails.', 1, TS, '24x7'],
  ['Lost password', 'We lost the admin password and nobody can log in anymore.', 1, TS, '24x7'],
  ['Slow query', 'Desk has been down since 9, any tips to get our team working?', 1, TS, '24x7'],
  ['Anmeldung', 'Niemand kann sich anmelden, wie kommen wir wieder rein?', 1, TS, '24x7'],
  ['Ausfall', 'Zoho Desk ist komplett ausgefallen. Wie können wir unsere Kunden benachrichtigen?', 1, TS, '24x7'],
  ['Panne', 'Desk est en panne pour tout le monde. Comment prévenir nos clients ?', 1, TS, '24x7'],
  // traps: a milder trouble told before the question, a case asked, a topic before the question
  ['Slow CRM', 'CRM is a bit slow since Monday, how can we speed it up?', 2, TS, '24x5'],
  ['Outage alerts', 'When Zoho has an outage, how do we get notified?', 3, TS, '24x5'],
  ['Login page', 'For the login page, how do I change the logo?', 3, TS, '24x5'],
  ['Slow report', 'The report has 200k rows, how do I make it faster?', 3, TS, '24x5'],
]

describe('phrasings, round 182: an alarming word that is only a how-to\'s topic', () => {
  it('reads a how-to about outages, logins, errors or slowness as a how-to', async () => {
    expect(await misread(TOPICS)).to.deep.equal([])
  })
  it('reads a trouble told beside a question as the trouble', async () => {
    expect(await misread(TOLD)).to.deep.equal([])
  })
})
