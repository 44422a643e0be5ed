// Round 222: tickets that SOUND alarming but are severity 3 or 2 by DOMAIN.md §4, ~80 % en, 10 % de, 10 % fr. Urgency
// ("URGENT!!!", "CRITICAL", "ASAP", "blocker", capitals) on a how-to or a configuration question sets no severity
// (README: urgency alone); a past incident retold before a question is over (`downtime of a past day`, now also "the
// downtime last Tuesday", "the outage in March"); what happens IF the product goes down, the SLA for outages ("Quel est
// votre SLA pour les interruptions de service ?", `symptom topic`; "wenn Zoho einmal nicht erreichbar ist",
// `hypothetical`), documentation about downtime or data loss, a Deluge function or script asked for ("a Deluge function
// that merges them automatically", `dedupe asked`; "Script to fix wrong owners", `script asked to fix`), a feature
// request framed as a disaster, a sandbox wiped on purpose, a planned maintenance asked about and "ERROR" lines the
// partner calls harmless are 3. Choices: a "blocker for our go-live" is a prerequisite for an event ahead, no
// show-stopper (`blocker ahead`); one report "extremely slow" beside the documented figure it misses performs worse
// than documented (2: `very slow` yields to `documented figure`, as `slowness` did; for everyone it stays 1, rule `very
// slow for everyone`, as round 22 reads it); an error for "a few users" is a part (2, rule `errors for some people`).
// Severity 2 that sounds like 1: wrong totals, one agent, one record, a few users, a sandbox-only failure, VAT computed
// wrong. Controls (severity 1, said urgently) stay 1: the whole CRM down, nobody can log in, a portal unreachable, all
// contacts gone, slowness for all (24x5, rounds 34 and 156), a subject "Workflows stopped" (a feature stopped, 24x7),
// no invoice saves. Feature requests framed as a problem are Product Management Related (exempt), 3. Traps: every
// severity-3 and severity-2 row (62 of the 82) is one.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 222 (/work/tools/probes/r222.txt)
  ["URGENT!!! How do I add a new agent?", "Hi team, URGENT please - how do I add a new agent to our Desk portal? We have someone starting tomorrow and I can't find the option.", 3, 'Technical Support', '24x5'],
  ["CRITICAL - need help with email templates ASAP", "We need to change the footer in all our email templates before Monday's launch. Where is this configured? Please respond ASAP!!!", 3, 'Technical Support', '24x5'],
  ["Blocker for go-live: custom field setup", "This is a blocker for our go-live next week. How can we add a custom picklist field to the Deals module and make it mandatory?", 3, 'Technical Support', '24x5'],
  ["HELP NEEDED IMMEDIATELY", "Can someone PLEASE tell me how to change the business hours of our support team? The client is asking and I have no idea where to do it!!!", 3, 'Technical Support', '24x5'],
  ["Urgent: configure SLA escalation", "Our customer urgently needs SLA escalations configured so that overdue tickets go to the manager. Could you guide us through the setup?", 3, 'Technical Support', '24x5'],
  ["ASAP - integration with Google Workspace", "We need to integrate Zoho CRM with Google Workspace calendar asap. What are the steps? The customer is pushing hard on this.", 3, 'Technical Support', '24x5'],
  ["Status page", "Last week's outage made us wonder how to set up a status page for our own customers. Do you have a guide for that?", 3, 'Technical Support', '24x5'],
  ["After the downtime last Tuesday", "After the downtime last Tuesday our customer wants to know how they can export a full backup of their CRM data on a regular schedule. What is the recommended way?", 3, 'Technical Support', '24x5'],
  ["Question following the incident", "Following the login incident last month, the client asks whether we can enable two-factor authentication for all users. How is that done?", 3, 'Technical Support', '24x5'],
  ["Post-incident: notification rules", "Since the outage in March, the customer would like to be informed faster. Can we configure an email alert to their IT team when a ticket is tagged as Incident?", 3, 'Technical Support', '24x5'],
  ["What happens if Zoho goes down?", "Our customer is a hospital and is asking what happens if Zoho CRM goes down during their working hours. What is your SLA for outages and how are customers notified?", 3, 'Technical Support', '24x5'],
  ["SLA for outages", "Can you send us the uptime SLA and the compensation policy in case of a major outage? Our client's legal team needs it for the contract.", 3, 'Technical Support', '24x5'],
  ["Disaster recovery question", "What is Zoho's disaster recovery plan if a data center fails? Would we lose any data? The customer needs this for their audit.", 3, 'Technical Support', '24x5'],
  ["Downtime commitments", "Do you guarantee 99.9% availability? What would happen to incoming emails if Desk were unavailable for a few hours?", 3, 'Technical Support', '24x5'],
  ["Documentation on data loss prevention", "Please send us documentation about how Zoho protects against data loss, backups and retention. Our customer's CISO requests it urgently.", 3, 'Technical Support', '24x5'],
  ["Need docs for downtime procedure", "Do you have any documentation describing the procedure during a downtime? We want to include it in our customer's runbook.", 3, 'Technical Support', '24x5'],
  ["Deluge function to fix duplicate contacts", "We have a lot of duplicate contacts. Can you help us write a Deluge function that merges them automatically? It's quite urgent for the customer.", 3, 'Technical Support', '24x5'],
  ["Script to fix wrong owners", "Could you write a script that reassigns all leads owned by a deactivated user to the new sales manager? We need this fixed quickly.", 3, 'Technical Support', '24x5'],
  ["Custom function help!!", "Need help with a custom function that updates the account rating when a deal is won. My code doesn't compile and I don't know Deluge well. Can you help?", 3, 'Technical Support', '24x5'],
  ["It's a disaster", "It's a disaster that we can't colour-code tags in Desk. Our agents really struggle to see priorities. Please add this feature.", 3, 'Product Management Related', '24x5'],
  ["Huge problem with the kanban view", "It is a huge problem for us that the kanban view can't show more than one field on the card. Can this be added in a future release?", 3, 'Product Management Related', '24x5'],
  ["Missing functionality is killing us", "The lack of a bulk edit for subforms is killing our productivity. Is this on your roadmap?", 3, 'Product Management Related', '24x5'],
  ["Sandbox broken?", "In our sandbox I deleted all test records on purpose and now want to refresh it from production. How do I do that?", 3, 'Technical Support', '24x5'],
  ["Planned maintenance on Saturday", "We received the planned maintenance notice for Saturday night. Will our web forms still collect leads during the maintenance window?", 3, 'Technical Support', '24x5'],
  ["ERROR in log", "The log below shows several ERROR lines but everything works fine, the customer just wants to know what they mean.\n2026-11-30 10:12 ERROR retry scheduled\n2026-11-30 10:13 ERROR retry scheduled", 3, 'Technical Support', '24x5'],
  ["Failed entries in the audit log", "We see \"FAILED\" entries in the webhook log from last night, but all data arrived and nothing is missing. Is this normal?", 3, 'Technical Support', '24x5'],
  ["URGENT: wrong totals in report!!!", "The monthly sales report shows wrong totals - the sum is about 10% lower than the actual invoices. Our CFO needs the correct figures today!", 2, 'Technical Support', '24x5'],
  ["Report extremely slow", "The pipeline report takes almost 2 minutes to load, your documentation says reports load within a few seconds. This is unacceptable!", 2, 'Technical Support', '24x5'],
  ["One user cannot see tickets", "CRITICAL: one of our agents, Maria, cannot see the tickets assigned to her. Everyone else is fine.", 2, 'Technical Support', '24x5'],
  ["Record corrupted?", "A single deal record shows the wrong currency after the last edit. All other deals look fine.", 2, 'Technical Support', '24x5'],
  ["A few users get an error", "A few users get an error when opening the Reports tab. Most of the team can work normally.", 2, 'Technical Support', '24x5'],
  ["Sandbox sync fails", "The data sync fails in our sandbox only. Production is working fine, but we need the sandbox for testing the new release.", 2, 'Technical Support', '24x5'],
  ["Tax calculated incorrectly", "Zoho Books calculates the VAT incorrectly on invoices with discounts. Customers are complaining!!!", 2, 'Technical Support', '24x5'],
  ["URGENT - CRM DOWN", "Zoho CRM is down for our whole company since 8am. Nobody can open anything, we get a 503 error. Please help immediately!!!", 1, 'Technical Support', '24x7'],
  ["CRITICAL: nobody can log in", "None of our users can log in to Zoho Desk. The login page says invalid credentials for everyone, even after password resets. Urgent!", 1, 'Technical Support', '24x7'],
  ["Outage right now", "We have a complete outage of Zoho Mail - no one in the office can send or receive email since 9:30. ASAP please!", 1, 'Technical Support', '24x7'],
  ["Portal unreachable!!!", "Our help center portal is unreachable for all customers. It times out on every page. This is urgent, our customers are calling.", 1, 'Technical Support', '24x7'],
  ["ALL DATA GONE", "All contacts disappeared from our CRM this morning. The module is empty. We did not delete anything!!", 1, 'Technical Support', '24x5'],
  ["Everything extremely slow", "Zoho Desk is extremely slow for all agents today, every page takes over a minute. We cannot work like this.", 1, 'Technical Support', '24x5'],
  ["Still down after last week", "Last week's outage was fixed, but since this morning Desk is down again for everyone. Urgent!", 1, 'Technical Support', '24x7'],
  ["Workflows stopped", "URGENT: none of our workflow rules are firing for any record since the update. Leads are not being assigned to anyone.", 1, 'Technical Support', '24x7'],
  ["Login failure for everyone", "Since this morning, SSO login fails for all employees. We are completely locked out. Please treat as critical.", 1, 'Technical Support', '24x7'],
  ["Blocker: cannot save any invoice", "Blocker! No one can save any invoice in Zoho Books, every save ends with \"Internal error\". We cannot bill our customers.", 1, 'Technical Support', '24x5'],
  ["DRINGEND: Wie richte ich eine Weiterleitung ein?", "Bitte dringend: Wie kann ich eine E-Mail-Weiterleitung für unsere Support-Adresse in Desk einrichten? Der Kunde wartet!!!", 3, 'Technical Support', '24x5'],
  ["Frage zum Ausfall letzte Woche", "Nach dem Ausfall letzte Woche möchte unser Kunde wissen, wie er Benachrichtigungen bei geplanten Wartungen abonnieren kann.", 3, 'Technical Support', '24x5'],
  ["Was passiert bei einem Ausfall?", "Was passiert mit eingehenden Tickets, wenn Zoho Desk einmal nicht erreichbar ist? Gibt es dazu eine Dokumentation?", 3, 'Technical Support', '24x5'],
  ["Falsche Zahlen im Bericht", "Der Umsatzbericht zeigt seit gestern falsche Zahlen an, die Summen stimmen nicht mit den Rechnungen überein. Sehr dringend!", 2, 'Technical Support', '24x5'],
  ["DRINGEND - CRM komplett ausgefallen", "Seit 8 Uhr ist das CRM für alle Mitarbeiter komplett ausgefallen. Niemand kann arbeiten.", 1, 'Technical Support', '24x7'],
  ["Niemand kann sich anmelden", "Keiner unserer Benutzer kann sich bei Zoho Desk anmelden. Bitte sofort helfen!", 1, 'Technical Support', '24x7'],
  ["URGENT : comment configurer les heures ouvrées ?", "C'est urgent !!! Comment configurer les heures ouvrées pour notre équipe support ? Le client attend une réponse aujourd'hui.", 3, 'Technical Support', '24x5'],
  ["Suite à la panne de la semaine dernière", "Suite à la panne de la semaine dernière, notre client aimerait savoir comment exporter une sauvegarde complète de ses données. Pouvez-vous nous guider ?", 3, 'Technical Support', '24x5'],
  ["Que se passe-t-il en cas de panne ?", "Que se passe-t-il pour nos formulaires web en cas de panne de Zoho CRM ? Quel est votre SLA pour les interruptions de service ?", 3, 'Technical Support', '24x5'],
  ["Chiffres incorrects", "Le rapport des ventes affiche des montants incorrects pour le mois dernier. C'est très grave pour notre client !", 2, 'Technical Support', '24x5'],
  ["URGENT - plus personne ne peut se connecter", "Plus personne ne peut se connecter à Zoho CRM depuis ce matin. C'est bloquant pour toute l'entreprise.", 1, 'Technical Support', '24x7'],
  ["Panne totale", "Zoho Desk est en panne totale depuis 10h, aucun agent ne peut travailler. Merci de traiter en urgence.", 1, 'Technical Support', '24x7'],
  // 2. variants written after the fixes: the same readings in other words and languages, and their severity-1 twins
  ["Go-live blocker", "This is a blocker for the go-live on the 15th: how do we set up round-robin assignment for the new team?", 3, 'Technical Support', '24x5'],
  ["Blocker für den Go-Live", "Das ist ein Blocker für unseren Go-Live am Montag. Wie richten wir die Zuweisungsregeln ein?", 3, 'Technical Support', '24x5'],
  ["Bloquant pour la mise en production", "C'est bloquant pour notre mise en production : comment paramétrer les règles d'attribution ?", 3, 'Technical Support', '24x5'],
  ["Blocker for go-live: nothing saves", "Blocker for our go-live! Nobody can save any record in the Deals module, every save fails with an error.", 1, 'Technical Support', '24x5'],
  ["Question after the outage in March", "Since the outage in March our customer asks how to export all their data every week. Can you advise?", 3, 'Technical Support', '24x5'],
  ["The downtime last Friday", "Regarding the downtime last Friday, where can we find the incident report for our customer?", 3, 'Technical Support', '24x5'],
  ["Down again", "After the outage in March everything worked, but since 9am today Desk is down again for all agents.", 1, 'Technical Support', '24x7'],
  ["Merge duplicates with a function", "Could you write a function that merges duplicate leads automatically? The customer has hundreds of them from old imports.", 3, 'Technical Support', '24x5'],
  ["Duplicates created by the sync", "The Google sync creates duplicate contacts every night, each contact shows up twice after the sync.", 2, 'Technical Support', '24x5'],
  ["Function to correct wrong values", "We need a function to correct the wrong country codes our customer imported last year. Can you help with the Deluge?", 3, 'Technical Support', '24x5'],
  ["Wrong values after update", "After the update the country codes on the accounts are wrong, they show the state instead of the country.", 2, 'Technical Support', '24x5'],
  ["Dashboard slower than documented", "The dashboard is very slow, it takes 40 seconds although your documentation says dashboards load within 5 seconds.", 2, 'Technical Support', '24x5'],
  ["Slow", "Everyone says Desk is extremely slow today, each page takes a minute although the documentation says 2 seconds.", 1, 'Technical Support', '24x5'],
  ["Everything very slow", "CRM is very slow for everyone today, pages take a minute to open and our reps are held up.", 1, 'Technical Support', '24x5'],
  ["Some users get an error", "Some users get an error when they open the Reports module. The rest of the team is fine.", 2, 'Technical Support', '24x5'],
  ["Nobody can open reports", "Every user gets an error when opening the Reports tab since this morning.", 1, 'Technical Support', '24x7'],
  ["SLA bei Ausfällen", "Wie sieht Ihr SLA bei Ausfällen aus? Unser Kunde braucht das für den Vertrag.", 3, 'Technical Support', '24x5'],
  ["SLA pour les coupures", "Quel est votre SLA pour les coupures de service ? Notre client le demande pour son contrat.", 3, 'Technical Support', '24x5'],
  ["Wenn Desk mal nicht erreichbar ist", "Was passiert mit unseren Webformularen, wenn Zoho einmal nicht erreichbar ist?", 3, 'Technical Support', '24x5'],
  ["Desk nicht erreichbar", "Zoho Desk ist seit 8 Uhr für alle Agenten nicht erreichbar. Bitte dringend helfen!", 1, 'Technical Support', '24x7'],
  ["URGENT!!!!", "URGENT URGENT URGENT - how can I export the list of all tickets to Excel??? My manager needs it in an hour!!!", 3, 'Technical Support', '24x5'],
  ["Critical question about backups", "CRITICAL: if our customer accidentally deletes all their contacts, can Zoho restore them from backup? How long would it take?", 3, 'Technical Support', '24x5'],
  ["Wrong figures urgent", "URGENT!!! The commission report shows the wrong figures for three of our reps. Please fix ASAP.", 2, 'Technical Support', '24x5'],
  ["Harmless warnings", "The browser console shows red \"error\" lines while using CRM, but everything works fine and nothing is broken. Can we ignore them?", 3, 'Technical Support', '24x5'],
  ["Feature request - a disaster", "It's honestly a disaster that Desk has no dark mode. Feature request: please add one.", 3, 'Product Management Related', '24x5'],
  ["Sandbox only question", "We wiped the sandbox on purpose. How do we copy the production configuration into it again?", 3, 'Technical Support', '24x5'],
  ["Only in sandbox", "Since yesterday workflows fail in our sandbox only, production works fine.", 2, 'Technical Support', '24x5'],
]

describe('phrasings, round 222: alarming words over severity-3 and severity-2 tickets', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
