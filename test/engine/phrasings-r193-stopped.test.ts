// Round 193 (probing): terse sentences where a product or a whole feature stopped, won't start, won't open or won't let
// people in, with no other severity word (probe file r193-stopped, 35 of 57 right on main).
// - A feature that runs by itself with "stopped" closing its clause ("Our workflows have stopped.", "Blueprints just
//   stopped.", "Die Automatisierungen haben aufgehört.", "Nos workflows se sont arrêtés.") read 3: it no longer runs at all,
//   a total failure (rule `feature stopped`, 1 on 24x7, as README's "the workflow stopped triggering"); one of them ("One
//   workflow stopped.", "un seul workflow") is a part (2); a stop "for all" users stays the feature failing (24x5).
// - The app or the product that won't start ("The app won't start.", "Die App startet nicht mehr.", "L'application ne
//   démarre plus.") read 3: downtime (rule `app will not start`, 24x7, as "won't open"); a run that won't start
//   ("Campaigns won't start.") is the run failing (rule `run will not start`, 1 on 24x5, as "unable to launch").
// - "Desk won't let any of us log in." read 3 while "won't let us log in" read 1: "any of / all of" after "let" is a filler.
// - "Emails are bouncing back." read 3: the mail bouncing as a whole is the mail down (rule `mail bouncing`, 24x7, round
//   187's reading with no direction); outgoing mail bouncing is 1 on 24x5 (round 174); some mail, one recipient stay lower.
// - "All users got deactivated after the license renewal, nobody can work." read Payments Renewal 3: the renewal is the
//   moment the stop followed (`renewal moment`), no renewal asked; the users who cannot work are Technical Support 1 on
//   24x5. A renewal paid and every user deactivated anyway stays round 181's Payments Renewal 1 (`everyone blocked`).
// - Traps: how-tos, the partner's own stop, good news that stopped, a stop that is over, one device, a start not begun.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PR = 'Payments Renewal'

const ROWS: Phrasing[] = [
  // 1. a feature that runs by itself, stopped
  ['Workflows', 'Our workflows have stopped.', 1, TS, '24x7'],
  ['Help', 'Blueprints just stopped.', 1, TS, '24x7'],
  ['Automations', 'All our automations stopped this morning.', 1, TS, '24x7'],
  ['Webhooks', 'The webhooks have suddenly stopped.', 1, TS, '24x7'],
  ['Assignment', 'Assignment rules stopped since yesterday.', 1, TS, '24x7'],
  ['Workflows', 'Die Workflows haben einfach aufgehört.', 1, TS, '24x7'],
  ['Automatisierung', 'Unsere Automatisierungen sind gestoppt.', 1, TS, '24x7'],
  ['Webhooks', 'Nos webhooks se sont arrêtés depuis ce matin.', 1, TS, '24x7'],
  ['Automatisations', 'Les automatisations ne tournent plus.', 1, TS, '24x7'],
  ['Blueprints', 'Les blueprints se sont arrêtés d\'un coup.', 1, TS, '24x7'],
  ['Workflow', 'One blueprint stopped.', 2, TS, '24x5'],
  ['Workflow', 'One of the automations stopped, the others still run.', 2, TS, '24x5'],
  ['Workflow', 'Ein einzelner Workflow hat aufgehört, die anderen laufen.', 2, TS, '24x5'],
  ['Workflow', 'Une seule automatisation s\'est arrêtée.', 2, TS, '24x5'],
  ['Workflow', 'How can I stop a blueprint from running?', 3, TS, '24x5'],
  ['Workflows', 'We stopped the workflows for the weekend.', 3, TS, '24x5'],
  ['Migration', 'We have stopped all automations while we migrate.', 3, TS, '24x5'],
  ['Workflows', 'Wir haben die Workflows gestoppt.', 3, TS, '24x5'],
  ['Workflows', 'Nous avons arrêté les workflows pour le week-end.', 3, TS, '24x5'],
  ['Re: errors', 'The errors have stopped, thanks.', 3, TS, '24x5'],
  ['Fehler', 'Die Fehler haben aufgehört, danke.', 3, TS, '24x5'],
  ['Doublons', 'Les doublons se sont arrêtés, merci.', 3, TS, '24x5'],
  ['Automation', 'The automation stopped once last week but has worked since.', 3, TS, '24x5'],
  ['Maintenance', 'Will workflows have stopped during the maintenance?', 3, TS, '24x5'],
  // 2. the app that won't start, a run that won't start
  ['App', 'The mobile app won\'t start.', 1, TS, '24x7'],
  ['CRM', 'CRM won\'t start anymore.', 1, TS, '24x7'],
  ['Desktop', 'The application fails to start.', 1, TS, '24x7'],
  ['CRM', 'Das CRM startet nicht mehr.', 1, TS, '24x7'],
  ['CRM', 'Le CRM ne démarre plus.', 1, TS, '24x7'],
  ['Campaigns', 'Campaigns won\'t start.', 1, TS, '24x5'],
  ['Import', 'Der Import startet nicht.', 1, TS, '24x5'],
  ['App', 'The app wouldn\'t start on my old phone, on the new one it works.', 3, TS, '24x5'],
  ['Contract', 'Can we start using CRM before the contract is signed?', 3, TS, '24x5'],
  ['Import', 'How do we start the import?', 3, TS, '24x5'],
  ['Export', 'Der Export startet in Edge nicht, in Firefox funktioniert er.', 2, TS, '24x5'],
  // 3. won't let any of us in
  ['Login', 'Desk won\'t let any of us log in.', 1, TS, '24x7'],
  ['Login', 'Zoho will not let any of our agents sign in.', 1, TS, '24x7'],
  ['Login', 'It won\'t let all of us in since 9am.', 1, TS, '24x7'],
  ['Logo', 'It won\'t let me change the logo, where is that setting?', 3, TS, '24x5'],
  ['Logo', 'Ich kann das Logo nicht ändern, wo geht das?', 3, TS, '24x5'],
  ['Desk', 'Desk stopped working for me, my colleagues are fine.', 2, TS, '24x5'],
  // 4. mail bouncing as a whole
  ['Email', 'Our emails keep bouncing.', 1, TS, '24x7'],
  ['Mail', 'Emails are bouncing back since this morning.', 1, TS, '24x7'],
  ['E-Mails', 'Unsere E-Mails kommen alle zurück.', 1, TS, '24x7'],
  ['Mails', 'Nos mails rebondissent depuis ce matin.', 1, TS, '24x7'],
  ['Outgoing', 'Outgoing emails are bouncing back.', 1, TS, '24x5'],
  ['Email', 'Some emails are bouncing back.', 2, TS, '24x5'],
  ['Email', 'Emails to one customer are bouncing back.', 3, TS, '24x5'],
  ['Email', 'How do we stop emails bouncing back from old addresses?', 3, TS, '24x5'],
  ['Re: emails bouncing', 'Emails are no longer bouncing back, thanks.', 3, TS, '24x5'],
  // 5. every user deactivated after a renewal
  ['Users deactivated', 'All users got deactivated after the license renewal, nobody can work.', 1, TS, '24x5'],
  ['Benutzer', 'Nach der Lizenzverlängerung wurden alle Benutzer deaktiviert, niemand kann arbeiten.', 1, TS, '24x5'],
  ['Utilisateurs', 'Tous les utilisateurs ont été désactivés après le renouvellement de la licence, personne ne peut travailler.', 1, TS, '24x5'],
  ['Renewal', 'We paid the renewal last week, yet all our users were deactivated.', 1, PR, '24x5'],
  ['Verlängerung', 'Bitte um Lizenzverlängerung für unseren Kunden Gamma.', 3, PR, '24x5'],
  ['Renewal', 'Will all users be deactivated if we don\'t renew?', 2, PR, '24x5'],
  ['Users', 'How do I deactivate all users who left?', 3, TS, '24x5'],
]

describe('phrasings, round 193: a product or a whole feature that stopped, won\'t start or won\'t let people in', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
