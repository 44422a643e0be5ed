// Round 17 (branch r17-speed): what the partner already tried is no symptom. Signing out and in
// again is a troubleshooting step; "logged out" inside it is no lockout (README round 15: a step
// that "didn't help" reports nothing).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SIGNED_OUT_AND_IN: Phrasing[] = [
  ['Report totals', 'The report totals are wrong. Logging out and in again didn\'t help.', 2, TS, '24x5'],
  ['Invoices', 'Some invoices show the wrong tax. We cleared the cache, logged out and in again, still the same.', 2, TS, '24x5'],
  ['Export', 'The export shows the wrong dates. I signed out and back in, no change.', 2, TS, '24x5'],
  ['Dashboard', 'How do we add a second chart to the dashboard? I tried log out and log back in to see the new widget.', 3, TS],
  ['Bericht', 'Die Summen im Bericht stimmen nicht. Ich habe mich ausgeloggt und wieder eingeloggt, keine Änderung.', 2, TS, '24x5'],
  ['Bericht', 'Die Summen im Bericht stimmen nicht, auch nach ab- und wieder anmelden.', 2, TS, '24x5'],
  ['Rapport', 'Les totaux du rapport sont faux. Je me suis déconnecté et reconnecté, rien n\'y fait.', 2, TS, '24x5'],
  ['Rapport', 'Les totaux du rapport sont faux, même après déconnexion et reconnexion.', 2, TS, '24x5'],
  // the lockout itself still reads as one
  ['Login', 'One of our admins got logged out and now can\'t log back in.', 1, TS, '24x7'],
  ['Login', 'All users are locked out since this morning.', 1, TS, '24x7'],
  ['Connexion', 'Tous nos agents ont été déconnectés et ne peuvent plus se reconnecter.', 1, TS, '24x7'],
  ['Anmeldung', 'Alle Benutzer wurden ausgesperrt, niemand kommt mehr rein.', 1, TS, '24x7'],
  ['Login', 'We logged out and back in and now we cannot log in at all.', 1, TS, '24x7'],
  ['Login', 'Since the update we cannot log in. Logging out and in again did not help.', 1, TS, '24x7'],
  ['Connexion', 'Nos agents ne peuvent plus se reconnecter depuis ce matin.', 1, TS, '24x7'],
  ['Anmeldung', 'Nach dem Update können sich unsere Agenten nicht wieder anmelden.', 1, TS, '24x7'],
]

// A symptom word that names a topic reports nothing: a policy, an SLA, a plan or a document about
// outages, downtime or data loss, or documentation the partner cannot open (README choices).
const SYMPTOM_AS_TOPIC: Phrasing[] = [
  ['Webinar', 'We missed the session about outage handling, is there a recording?', 3, TS],
  ['Audit', 'Could you send us your outage communication policy for our customer\'s audit?', 3, TS],
  ['Contract', 'What is Zoho\'s SLA for downtime? Our customer asks for it in the contract.', 3, TS],
  ['Security', 'Our customer needs the ISO certificate and your data loss prevention policy.', 3, TS],
  ['Docs', 'We can\'t access the API documentation link you sent, it gives 404.', 3, TS],
  ['Audit', 'Können Sie uns Ihre Ausfallrichtlinie und Ihren Notfallplan schicken?', 3, TS],
  ['Audit', 'Pourriez-vous nous envoyer votre politique de panne et la garantie de disponibilité ?', 3, TS],
  // traps: the symptom itself, with the same words near it
  ['CRM down', 'CRM is down since 9, per our SLA you must respond within the hour.', 1, TS, '24x7'],
  ['Import', 'We lost 2,000 contacts in the import, our recovery plan says restore from backup, can you?', 1, TS, '24x5'],
  ['Webinar', 'Zoho Webinar is down, our customer\'s session starts in 10 minutes.', 1, TS, '24x7'],
  ['Login', 'None of our agents can access Desk since 8am.', 1, TS, '24x7'],
]

// A failure for one person or one machine, the others fine, is no show-stopper affecting all users
// (DOMAIN §4): it works, not for everyone, 2. A login that fails for one user stays 1 (DOMAIN names it).
const ONE_USER_ONLY: Phrasing[] = [
  ['Sync', 'Email sync is not working for one of our agents, the others are fine.', 2, TS, '24x5'],
  ['Sync', 'The calendar sync has not worked since Monday for one of our agents.', 2, TS, '24x5'],
  ['Sync', 'Email sync stopped working for just one user.', 2, TS, '24x5'],
  ['Softphone', 'The softphone does not work on Anna\'s laptop only.', 2, TS, '24x5'],
  ['Report', 'The weekly report is not sent to the new manager, the others get it.', 2, TS, '24x5'],
  ['App', 'The app crashes on one of our laptops, everyone else is fine.', 2, TS, '24x5'],
  ['Sync', 'Bei einem Mitarbeiter funktioniert die Synchronisation nicht mehr.', 2, TS, '24x5'],
  ['Sync', 'La synchronisation ne fonctionne plus pour un de nos agents.', 2, TS, '24x5'],
  // traps: everyone, a login, one user in a how-to, a second matter
  ['App', 'The mobile app crashes for every rep since the update.', 1, TS],
  ['Login', 'One user can\'t log in since this morning, everyone else logs in fine.', 1, TS, '24x7'],
  ['Login', 'Not one user can log in since 8am.', 1, TS, '24x7'],
  ['Workflow', 'How do I stop the workflow from running for one user?', 3, TS],
  ['Workflows', 'Our workflows stopped working completely. Also, for one user the signature is wrong.', 1, TS],
]

describe('phrasings of round 17, branch r17-speed', () => {
  it('reads a failure for one user, the others fine, as 2, and a login for one user as 1', async () => {
    expect(await misread(ONE_USER_ONLY)).to.deep.equal([])
  })

  it('reads a symptom word that names a policy, an SLA or a document as no symptom', async () => {
    expect(await misread(SYMPTOM_AS_TOPIC)).to.deep.equal([])
  })

  it('reads signing out and in again as a step the partner tried, not a lockout', async () => {
    expect(await misread(SIGNED_OUT_AND_IN)).to.deep.equal([])
  })
})
