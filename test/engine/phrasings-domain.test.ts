// DOMAIN.md §1, §3 and §4 said back in a partner's words, one meaning at a time: each bullet of the
// severity lists, each ticket type, the exemptions, and the traps DOMAIN.md names (negation,
// urgency alone, a feature of a product named after an Operations object). Written from DOMAIN.md
// alone, not from the corpus. Each: subject, text, severity, and the type and clock where the
// phrasing decides them.
import { expect } from 'chai'
import { sla } from './helpers.js'

const MEANINGS: [string, string, 1 | 2 | 3, string?, string?][] = [
  ['Show-stopper', 'This is a show-stopper affecting all users of our CRM.', 1, 'Technical Support'],
  ['System unavailable', 'The system is unavailable for everyone.', 1, 'Technical Support', '24x7'],
  ['No access to account', 'We have no access to our Zoho account since this morning.', 1, 'Technical Support', '24x7'],
  ['Login failure', 'Login failure for all agents in Desk.', 1, 'Technical Support', '24x7'],
  ['Data integrity problem', 'We see data integrity problems: invoices are linked to the wrong customers.', 1, 'Technical Support'],
  ['Downtime', 'Zoho Books has downtime right now.', 1, 'Technical Support', '24x7'],
  ['Outage', 'There is an outage of Zoho Mail in our org.', 1, 'Technical Support', '24x7'],
  ['Slowness', 'Extreme slowness in CRM, every page takes a minute to load.', 1, 'Technical Support'],
  ['Incorrect results', 'The report gives incorrect results for March.', 2, 'Technical Support'],
  ['Worse than documented', 'The API performs worse than documented: 10 requests per second instead of 100.', 2, 'Technical Support'],
  ['How to', 'How do I create a custom view in Desk?', 3, 'Technical Support'],
  ['Documentation', 'Where can I find documentation on the Deluge map functions?', 3, 'Technical Support'],
  ['Writing a function', 'We need help writing a function that copies a field to the account.', 3, 'Technical Support'],
  ['Script', 'Could you review our script for the Creator form?', 3, 'Technical Support'],
  ['Configuration', 'Question about the configuration of the blueprint transitions.', 3, 'Technical Support'],
  ['Integration', 'How do we set up the integration between CRM and Books?', 3, 'Technical Support'],
  ['Function returns incorrect results', 'Our function returns incorrect results when the date is empty.', 2, 'Technical Support'],
  ['Cancel account', 'Please cancel our customer\'s account at the end of the month.', 1, 'Payments Renewal'],
  ['No access to the partner portal', 'We have no access to the partner portal.', 1, 'Store Related'],
  ['Store', 'We cannot get into the store.', 1, 'Store Related'],
  ['Customer mapping', 'Please map the customer Acme GmbH to our partner account.', 3, 'Store Related'],
  ['Mail control panel', 'How do we access the mail control panel for our customer?', 3],
  ['Partner account renewal', 'We would like to renew our partner account for next year.', 3, 'Payments Renewal'],
  ['CRM down', 'our CRM went down at 9', 1, 'Technical Support', '24x7'],
  ['Ausfall', 'Ausfall seit heute früh', 1, 'Technical Support', '24x7'],
  ['Problème', 'ça ne marche plus du tout depuis la mise à jour', 1, 'Technical Support', '24x7'],
  ['Question', 'no outage, just a question', 3, 'Technical Support', '24x5'],
  ['Invoice', 'Please change the billing address on invoice INV-2231.', 2, 'Invoice changes'],
  ['Commission', 'Our commission for Q1 has not been paid yet.', 2, 'Commission Payment'],
  ['Trial', 'Could you extend the trial of our customer by 15 days?', 2, 'Trial Extension'],
  ['Upgrade', 'The customer wants to upgrade from Standard to Professional.', 2, 'Upgrades'],
  ['Sales', 'We would like to discuss a volume discount for a 500-user deal.', 2, 'Sales Discussions'],
  ['Feature request', 'Feature request: please add dark mode to Desk.', 3, 'Product Management Related'],
  ['Kündigung', 'Bitte kündigen Sie das Abonnement unseres Kunden zum Monatsende.', 1, 'Payments Renewal'],
  ['Résiliation', 'Merci de résilier le compte de notre client.', 1, 'Payments Renewal'],
  ['Kein Zugang zum Partnerportal', 'Wir haben keinen Zugang mehr zum Partnerportal.', 1, 'Store Related'],
  ['Accès au magasin', 'Nous n\'avons plus accès au magasin Zoho.', 1, 'Store Related'],
  ['Falsche Ergebnisse', 'Der Bericht liefert falsche Ergebnisse.', 2, 'Technical Support'],
  ['Résultats incorrects', 'Le rapport donne des résultats incorrects.', 2, 'Technical Support'],
  ['Wie kann ich', 'Wie kann ich eine Vorlage in Desk anlegen?', 3, 'Technical Support'],
  ['Comment', 'Comment créer un modèle dans Desk ?', 3, 'Technical Support'],
  ['Langsam', 'Das CRM ist extrem langsam, jede Seite braucht eine Minute.', 1, 'Technical Support'],
  ['Lenteur', 'Grosse lenteur sur CRM depuis ce matin.', 1, 'Technical Support'],
  ['Kundenzuordnung', 'Bitte ordnen Sie den Kunden Müller AG unserem Partnerkonto zu.', 3, 'Store Related'],
  ['Verlängerung Partnerkonto', 'Wir möchten unser Partnerkonto verlängern.', 3, 'Payments Renewal'],
  ['Renouvellement', 'Nous souhaitons renouveler notre compte partenaire.', 3, 'Payments Renewal'],
  ['Field mapping', 'The field mapping between CRM and Books sends the wrong value into the amount field.', 2, 'Technical Support'],
  ['Not urgent', 'Not urgent: how can I change the logo on the help center?', 3, 'Technical Support'],
  ['Planned downtime?', 'Is there any planned downtime this weekend? We want to inform our users.', 3, 'Technical Support'],
  ['Outage resolved', 'The outage from this morning is resolved, thanks. Can you send us a root cause report?', 3],
  ['Kein Ausfall', 'Kein Ausfall, nur eine Frage zur Konfiguration der Workflows.', 3, 'Technical Support'],
  ['Pas de panne', 'Pas de panne, juste une question sur les rapports.', 3, 'Technical Support'],
  ['All users locked out', 'All our users are locked out of Zoho One after enabling SAML.', 1, 'Technical Support', '24x7'],
  ['Passwords', 'Nobody can log in, the password reset link gives an error.', 1, 'Technical Support', '24x7'],
  ['Data lost', 'After the import 2,000 contacts disappeared from CRM.', 1, 'Technical Support'],
  ['Duplicates', 'The sync created duplicate records for every deal.', 2],
  ['Wrong totals', 'Totals in the sales report are off by about 10%.', 2, 'Technical Support'],
  ['Slower than usual', 'Since the update Desk is a bit slower than usual but we can work.', 2, 'Technical Support'],
  ['Emails not sent', 'Workflow emails are not being sent anymore since Friday.', 1, 'Technical Support'],
  ['Blueprint', 'The blueprint does not work as expected for the approval step.', 2, 'Technical Support'],
  ['Webhook', 'How can I configure a webhook to Slack?', 3, 'Technical Support'],
  ['API', 'Need guidance on the API rate limits for our integration.', 3, 'Technical Support'],
  ['Do not cancel', 'Please do not cancel our customer\'s subscription, the payment is on its way.', 2, 'Payments Renewal'],
  ['Invoice wrong', 'The invoice for March shows the wrong VAT number, please correct it.', 2, 'Invoice changes'],
  ['Commission missing', 'We have not received the commission statement for Q2.', 2, 'Commission Payment'],
  ['Store down', 'The Zoho Store is down, we cannot buy licenses for a customer.', 1, 'Store Related'],
  ['Partner portal login', 'Login to the partner portal fails with error 403.', 1, 'Store Related', '24x5'],
  ['Renewal reminder', 'Our partner account renewal is due next month, what do we need to do?', 3, 'Payments Renewal'],
  ['Demo account', 'Could you extend our demo account for another month?', 2, 'Trial Extension'],
  ['Upgrade question', 'How do we upgrade a customer from CRM Standard to Enterprise?', 3, 'Upgrades'],
  ['Mail control panel', 'Our customer cannot access the mail control panel.', 3],
  ['Zugriff Mail-Admin', 'Wie bekommen wir Zugriff auf das Mail Control Panel des Kunden?', 3],
  ['Dringend', 'DRINGEND!!! Wie exportiere ich alle Kontakte?', 3, 'Technical Support'],
  ['Urgent', 'URGENT: please send me the documentation for the Books API.', 3, 'Technical Support'],
  ['Tout est bloqué', 'Tout est bloqué, aucun utilisateur ne peut se connecter à Zoho CRM.', 1, 'Technical Support', '24x7'],
  ['Connexion impossible', 'Connexion impossible depuis ce matin pour toute l\'équipe.', 1, 'Technical Support', '24x7'],
  ['Données corrompues', 'Les données de nos factures sont corrompues après la migration.', 1],
  ['Daten weg', 'Nach dem Update sind alle Notizen weg.', 1, 'Technical Support'],
  ['Seiten laden nicht', 'Die Seiten laden nicht, wir bekommen nur Fehler 502.', 1, 'Technical Support', '24x7'],
  ['Feature', 'Es wäre schön, wenn Desk eine Funktion für Massen-Tags hätte.', 3, 'Product Management Related'],
  ['Question API', 'Wir haben eine Frage zur API-Dokumentation.', 3, 'Technical Support'],
  ['Formule ignorée', "La formule n'est pas prise en compte dans le rapport.", 2, 'Technical Support'],
  ['Total', "Le total du rapport n'est pas correct depuis lundi.", 2, 'Technical Support'],
  ['Formel', 'Die Formel wird im Bericht nicht angewendet.', 2, 'Technical Support'],
  // a product's own invoices, quotes and payments (Support) against Zoho's invoice to the partner (Operations)
  ['Quote totals', 'The totals on the quotes CRM generates are wrong since the update.', 2, 'Technical Support'],
  ['Rechnungen weg', 'Alle Rechnungen vom März sind aus Books verschwunden.', 1, 'Technical Support'],
  ['TVA', 'La TVA est calculée deux fois sur les factures de nos clients.', 2, 'Technical Support'],
  ['Invoice address', 'The address on your invoice is wrong, please correct it.', 2, 'Invoice changes'],
  ['Charged twice', 'We were charged twice for the same licences this month.', 2, 'Invoice changes'],
  ['Facture', 'La facture de mars est erronée : nombre de licences 12 au lieu de 10.', 2, 'Invoice changes'],
  // each severity said another way (slowness, lockouts, errors everywhere, data merged wrongly)
  ['CRM crawling', 'CRM is crawling today, every click takes ages.', 1],
  ['Takes forever', 'Opening a ticket in Desk takes forever, our agents cannot work.', 1],
  ['Timeouts', 'We keep getting timeouts when saving deals, for all users.', 1],
  ['Can\'t work', 'Our whole team can\'t work since this morning, Books won\'t open.', 1],
  ['Business stopped', 'Our business is at a standstill: no orders can be processed in Inventory.', 1],
  ['Blocking', 'This is blocking our entire sales team.', 1],
  ['Kicked out', 'Users get kicked out of CRM every few minutes and have to sign in again.', 1],
  ['2FA', 'The 2FA code is never accepted, so nobody can get past the login screen.', 1, undefined, '24x7'],
  ['SSO broken', 'SSO with Okta stopped working, nobody can sign in.', 1, undefined, '24x7'],
  ['Site not loading', 'Our help center does not load at all, customers see a blank page.', 1, undefined, '24x7'],
  ['Spinning wheel', 'Desk just shows a spinning wheel and never loads.', 1],
  ['No emails arriving', 'No incoming emails have come in to Zoho Mail since yesterday evening.', 1],
  ['Records overwritten', 'The import overwrote the phone numbers of 5,000 contacts with wrong values.', 1],
  ['Duplicates everywhere', 'The sync merged contacts into the wrong accounts.', 1],
  ['Production halted', 'Our production planning in Creator is halted, the app throws an error on every form.', 1],
  ['Service down?', 'Is Zoho CRM down? None of our users can open it.', 1],
  ['Extremely slow', 'Analytics dashboards have become extremely slow, 2 minutes per chart.', 1],
  ['Users locked', 'All users are locked and the admin cannot unlock them.', 1, undefined, '24x7'],
  ['Access denied', 'We get \'access denied\' on every page of our Creator portal.', 1],
  ['Lost access', 'We lost access to our Zoho One admin account after the domain change.', 1, undefined, '24x7'],
  ['Integration broken', 'The CRM-Books integration is broken, nothing syncs anymore.', 1],
  ['Telephony dead', 'The telephony integration in Desk is dead, no calls come through.', 1],
  ['Mobile app crash', 'The Desk mobile app crashes on launch for all agents.', 1],
  ['API 500', 'Every API call returns HTTP 500 since the last release.', 1],
  ['Wrong numbers', 'The revenue figures in Analytics do not match the ones in Books.', 2],
  ['Slower than usual', 'Reports load noticeably slower than last week but they do load.', 2],
  ['Sometimes fails', 'The workflow sometimes fails to send the email.', 2],
  ['Feature works oddly', 'The assignment rule assigns tickets to the wrong agent.', 2],
  ['Time zone', 'Due dates shown in the app are two hours off.', 2],
  ['Question on API', 'What is the rate limit on the Books API?', 3],
  ['Custom function', 'Can you review our custom function? It should update the parent deal.', 3],
  ['How to SSO', 'How do we set up SSO with Okta for our customer?', 3],
  ['Docs', 'Is there documentation on migrating from Salesforce to CRM?', 3],
  ['Config advice', 'We\'d like advice on configuring territories for 40 sales reps.', 3],
  // the same in German and French
  ['CRM kriecht', 'Das CRM ist heute quälend langsam, jeder Klick dauert eine Ewigkeit.', 1],
  ['Timeouts', 'Beim Speichern von Deals bekommen alle Nutzer Timeouts.', 1],
  ['Nichts geht', 'Seit dem Update können wir mit Books überhaupt nicht mehr arbeiten.', 1],
  ['Stillstand', 'Unser Vertrieb steht komplett still, weil das CRM nicht lädt.', 1],
  ['Rausgeworfen', 'Die Nutzer werden alle paar Minuten aus dem CRM geworfen und müssen sich neu anmelden.', 1],
  ['2FA', 'Der 2FA-Code wird nie akzeptiert, niemand kommt über die Anmeldeseite hinaus.', 1, undefined, '24x7'],
  ['Hilfecenter', 'Unser Hilfecenter lädt überhaupt nicht, Kunden sehen eine leere Seite.', 1, undefined, '24x7'],
  ['Daten überschrieben', 'Der Import hat die Telefonnummern von 5.000 Kontakten überschrieben.', 1],
  ['Fehler überall', 'Die Creator-App wirft bei jedem Formular einen Fehler.', 1],
  ['API 500', 'Jeder API-Aufruf liefert seit dem Release HTTP 500.', 1],
  ['Zahlen stimmen nicht', 'Die Umsatzzahlen in Analytics stimmen nicht mit Books überein.', 2],
  ['Zeitzone', 'Die Fälligkeiten in der App sind um zwei Stunden verschoben.', 2],
  ['Frage API', 'Wie hoch ist das Rate Limit der Books API?', 3],
  ['Funktion prüfen', 'Könnt ihr unsere Custom Function prüfen? Sie soll den übergeordneten Deal aktualisieren.', 3],
  ['CRM rame', 'Le CRM rame énormément aujourd\'hui, chaque clic prend une éternité.', 1],
  ['Délais', 'Tous les utilisateurs ont des délais dépassés en enregistrant les affaires.', 1],
  ['Rien ne va', 'Depuis la mise à jour, on ne peut plus du tout travailler dans Books.', 1],
  ['Déconnexions', 'Les utilisateurs sont éjectés du CRM toutes les cinq minutes.', 1],
  ['2FA', 'Le code 2FA n\'est jamais accepté, personne ne passe l\'écran de connexion.', 1, undefined, '24x7'],
  ['Centre d\'aide', 'Notre centre d\'aide ne se charge plus du tout, les clients voient une page blanche.', 1, undefined, '24x7'],
  ['Mails', 'Aucun e-mail entrant n\'est arrivé dans Zoho Mail depuis hier soir.', 1],
  ['Données écrasées', 'L\'import a écrasé les numéros de téléphone de 5 000 contacts.', 1],
  ['Erreurs partout', 'L\'application Creator renvoie une erreur sur chaque formulaire.', 1],
  ['Chiffres', 'Les chiffres d\'affaires dans Analytics ne correspondent pas à ceux de Books.', 2],
  ['Fuseau', 'Les échéances dans l\'application sont décalées de deux heures.', 2],
  ['Question API', 'Quelle est la limite d\'appels de l\'API Books ?', 3],
  ['Fonction', 'Pouvez-vous relire notre fonction personnalisée ? Elle doit mettre à jour l\'affaire parente.', 3],
  ['Parfois', 'Le workflow n\'envoie l\'e-mail que de temps en temps.', 3], // 'ne … que' says 'only', not 'not': no 'does not send' (1)
  // how-to questions whose object sounds like a symptom (severity 3), and a little slow (2)
  ['Question about error messages', 'How can I customise the error message shown when a validation rule fails?', 3],
  ['Login page branding', 'How do we put our logo on the login page of the help center?', 3],
  ['Password policy', 'Where do I set the password policy (length, expiry) for our users?', 3],
  ['Downtime notifications', 'Can we get notified by email when there is downtime? Is there a status page?', 3],
  ['Lost deals report', 'How do I build a report of lost deals per sales rep?', 3],
  ['Deleted records', 'Where can I find deleted records? We want to restore one contact someone removed by mistake last year.', 3],
  ['Session timeout', 'How do I change the session timeout to 8 hours?', 3],
  ['Failed login alerts', 'Can admins get an alert on failed login attempts?', 3],
  ['Blocked IPs', 'How can we whitelist IPs so that only our office can access CRM?', 3],
  ['Offline mode', 'Does the Desk mobile app have an offline mode?', 3],
  ['Outage page', 'We want to show an outage banner on our help center, how can we do that?', 3],
  ['Error codes', 'Is there a list of Books API error codes?', 3],
  ['Integration failing', 'Just a question: what happens to the sync if the integration fails overnight?', 3],
  ['Wie Fehler', 'Wie kann ich die Fehlermeldung bei einer Validierungsregel anpassen?', 3],
  ['Gelöschte Datensätze', 'Wo finde ich gelöschte Datensätze? Wir möchten einen Kontakt wiederherstellen.', 3],
  ['Sitzung', 'Wie ändere ich das Sitzungs-Timeout auf 8 Stunden?', 3],
  ['Page de connexion', 'Comment mettre notre logo sur la page de connexion du centre d\'aide ?', 3],
  ['Erreurs', 'Existe-t-il une liste des codes d\'erreur de l\'API Books ?', 3],
  ['Enregistrements supprimés', 'Où trouver les enregistrements supprimés ? Nous voulons restaurer un contact.', 3],
  ['Deluge', 'Our Deluge function is a bit slow with 10,000 records, any tips to speed it up?', 2],
  // Operations requests as partners write them
  ['Urgent - customer leaving', 'Our customer Hargreaves Ltd has decided to leave Zoho at the end of the month. Please close their CRM and Desk subscriptions.', 1, 'Payments Renewal'],
  ['Stop auto-renew', 'Please switch off auto-renewal for our client\'s Zoho One plan, they will not continue next year.', 1, 'Payments Renewal'],
  ['Downgrade request', 'Our customer wants to downgrade from Enterprise to Professional at renewal.', 2, 'Upgrades'],
  ['Licences expiring', 'The Books licences of our customer expire on 31 March, please renew them for 12 months.', 3, 'Payments Renewal'],
  ['Store checkout broken', 'We cannot complete any purchase in the Zoho Store, the checkout button does nothing.', 1, 'Store Related'],
  ['Customer not showing', 'Our new customer Delta Corp does not show up under our partner account, can you map them to us?', 3, 'Store Related'],
  ['Mail admin', 'How do we get into the mail control panel to add aliases for our customer?', 3],
  ['Commission statement', 'The commission statement for Q3 shows 8% instead of the agreed 15%.', 2, 'Commission Payment'],
  ['Payout', 'When will our partner commission for October be paid out?', 2, 'Commission Payment'],
  ['Invoice copy', 'Could you send us a copy of invoice INV-88213? Our accountant cannot find it.', 2, 'Invoice changes'],
  ['PO number', 'Please add our PO number 4500123 to the last invoice.', 2, 'Invoice changes'],
  ['Trial ends Friday', 'Our prospect\'s Desk trial ends Friday and they need two more weeks to decide.', 2, 'Trial Extension'],
  ['NFR licence', 'We need a demo account of Zoho CRM Plus for our presales team.', 2, 'Trial Extension'],
  ['Deal registration', 'We would like to register a deal for 250 Zoho Workplace seats and discuss pricing.', 2, 'Sales Discussions'],
  ['Volume pricing', 'What discount can we offer for a 3-year Zoho One contract with 500 users?', 2, 'Sales Discussions'],
  ['Tier upgrade', 'We passed 600 points this year, please move us to Premium partner status.', 2, 'Store Related'],
  ['Reseller rights', 'We would like to resell Zoho Analytics in the UAE, how do we get reselling access?', 3, 'Store Related'],
  ['Not a cancellation', 'We do NOT want to cancel, we only want to change the payment card for the subscription.', 2, 'Payments Renewal'],
  ['Cancelled meeting', 'Our meeting with the partner manager was cancelled, can we reschedule it?', 2],
  ['Forms integration', 'How do I map custom fields in the Zoho Forms integration?', 3, 'Technical Support'],
]

describe('classifier: DOMAIN.md\'s meanings in a partner\'s words', () => {
  it('reads each one to the severity, type and clock DOMAIN.md gives it', async () => {
    const wrong: string[] = []
    for (const [subject, description, severity, ticketType, clock] of MEANINGS) {
      const r = await sla({ subject, description, createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
      const ok = r.severity === severity && (!ticketType || r.ticketType === ticketType) && (!clock || r.clock === clock)
      if (!ok) wrong.push(`${subject} | ${description} → ${r.severity} ${r.ticketType} ${r.clock}`)
    }
    expect(wrong).to.deep.equal([])
  })

  for (const [subject, description] of [
    ['Export limit', 'We understand this is a product limitation, but 2,000 rows per export is too few for our customer.'],
    ['Begrenzung', 'Laut Support ist das eine bekannte Einschränkung: mehr als 10 Layouts gehen nicht.'],
    ['Limite', "C'est une limitation du produit, nous ne pouvons pas dépasser 50 champs."],
  ] as const) {
    it(`exempts a ticket that names a product limitation ("${subject}"), with the words in its reasons`, async () => {
      const r = await sla({ subject, description, createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
      expect(r.exempt).to.equal(true)
      expect(r.ticketType).to.equal('Product Management Related')
      expect(r.firstResponseDue).to.equal(null)
      expect(r.reasons.join('\n')).to.match(/type Product Management Related from the words '[^']+' \(product limitation\)/)
    })
  }

  it('gives a feature request its type even when the text names more technical words', async () => {
    const r = await sla({ subject: 'Export limit', description: 'Feature request: the export and the import should allow 5,000 rows per file.', createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
    expect([r.ticketType, r.exempt]).to.deep.equal(['Product Management Related', true])
  })

  it('does not exempt a ticket that says it is no product limitation', async () => {
    const r = await sla({ subject: 'Bug, not a limitation', description: 'This is not a product limitation: the export stops at 200 rows although the help page says 2,000.', createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
    expect(r.exempt).to.equal(false)
  })
})
