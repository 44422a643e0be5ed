// Round 159: a partner's fix told in the text did not set aside the trouble it tells over in two shapes, and the ticket read
// severity 1. (a) The fix's sentence goes on with what was done next ("Since Thursday morning everything is working fine again
// and we re-ran the missed records ourselves", "Everything has been working fine since, all campaigns went out afterwards"):
// any other mention in the sentence of a `resolvedSince` kept it from reaching back to the sentence before. Now what follows
// the fix counts on its own and no longer stops it, unless the sentence goes on against the fix or limits it (a clause break,
// "but", "only", "except"; a negation; a part, "for some users"). (b) A sentence that tells the cause stands between the report
// and the fix ("UPDATE: it was our own change - we switched the SSO certificate this morning."): `reading.causeTold` passes the
// fix on to the sentence before it. And "it is loading again", "it is reachable again" say, as "it is working again", that it
// has been over since. Traps: a new trouble told after the fix still counts; a fix for a part only, a cause alone or asked,
// a fix asked for, a fix of another thing ("… working fine again in Zoho Books") or an earlier one ("once it was fixed last
// time, …", `reading.recurred`), set nothing aside.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// (a) the fix's sentence goes on with what was done next
const FOLLOW_UP: Phrasing[] = [
  ['RCA for workflow failure last week', "Last week our workflow rules didn't fire for about two days. Since Thursday morning everything is working fine again and we re-ran the missed records ourselves. Could you share the root cause?", 3, TS, '24x5'],
  ['Campaigns outage - RCA', 'Yesterday between 14:00 and 15:30 Zoho Campaigns was down for us and scheduled campaigns were delayed. Everything has been working fine since, all campaigns went out afterwards. Our client asks for a short root cause statement - can you provide one?', 3, TS, '24x5'],
  ['Sync last night', 'The contact sync stopped last night. It has been working fine since 7:00 and all contacts are in CRM now. Can you tell us what happened?', 3, TS, '24x5'],
  ['Mail this morning', 'Incoming mail was not arriving for an hour this morning. Everything is working again now and the missed e-mails came in as tickets. What was the cause?', 3, TS, '24x5'],
  ['Reports', 'Scheduled reports were not sent yesterday. It is working again, we sent the reports manually.', 3, TS, '24x5'],
]

// (b) a cause told between the report and the fix; "it is loading again" after the trouble
const CAUSE: Phrasing[] = [
  ['Nobody can log in to Zoho People', 'Since 9:00 nobody can log in to Zoho People, they all get "SAML response invalid".\n\nUPDATE: it was our own change - we switched the SSO certificate this morning. We reverted it and everyone can log in again.', 3, TS, '24x5'],
  ['Login this morning', 'Agents could not log in this morning. The cause was an expired password policy on our side. Since 10:00 everyone can log in again.', 3, TS, '24x5'],
  ['Anmeldung', 'Seit 9 Uhr kann sich niemand anmelden. Es lag an einer Änderung bei uns am SSO-Zertifikat. Inzwischen funktioniert alles wieder.', 3, TS, '24x5'],
  ['Connexion', 'Personne ne pouvait se connecter ce matin. La cause était une modification de notre côté sur le certificat SSO. Depuis 10h tout fonctionne normalement maintenant.', 3, TS, '24x5'],
  ['Page', 'The page was not loading this morning. Now it is loading again.', 3, TS, '24x5'],
  ['Help center', 'Our help center was not reachable for 20 minutes. It is reachable again.', 3, TS, '24x5'],
]

// traps: a new trouble told after the fix counts
const NEW_TROUBLE: Phrasing[] = [
  ['Workflows', "Last week our workflow rules didn't fire for two days. Since Thursday everything works again and now all records are gone.", 1, TS, '24x5'],
  ['Workflows', "Last week our workflow rules didn't fire for two days. Since Thursday everything works again, but now the records are gone.", 1, TS, '24x5'],
  ['Login', 'Nobody could log in this morning. It works again since 10:00 and now the portal is down for all users.', 1, TS, '24x7'],
  ['Sync', 'The sync stopped last night. It has been working fine since 7:00 and now 300 contacts have been deleted.', 1, TS, '24x5'],
  ['Portal', 'Yesterday our portal was down. Everything is working again and now nobody can log in to Desk.', 1, TS, '24x7'],
  ['Login', 'Yesterday the portal was slow for an hour. It works again and now nobody can log in.', 1, TS, '24x7'],
  ['Portal down', 'The portal was down on Monday. It was fixed yesterday, down again today.', 1, TS, '24x7'],
  ['CRM down', 'CRM was down this morning. It has been working fine since 10:00, but since 13:00 it is down again for all users.', 1, TS, '24x7'],
  ['Desk', 'Desk was slow yesterday. Everything is working fine again. Now Desk is down for all agents.', 1, TS, '24x7'],
]

// traps: a fix for a part only, a cause alone or asked, a fix not done, a fix asked for, a fix of another thing or time
const NOT_OVER: Phrasing[] = [
  ['CRM', 'CRM was down for all users. It has been working again since 10:00, but only for some users.', 1, TS, '24x7'],
  ['CRM', 'CRM was down for all users. It works again, at least for some users.', 1, TS, '24x7'],
  ['Login', 'Nobody could log in this morning. Since 10:00 it works again for the admins, but not for the agents.', 1, TS, '24x7'],
  ['Login', 'Nobody could log in this morning. Since 10:00 it works again in Chrome, but not in Edge.', 1, TS, '24x7'],
  ['Login', 'Nobody could log in this morning. Since 10:00 everyone can log in again except the agents in Berlin.', 1, TS, '24x7'],
  ['Login', 'Since 9:00 nobody can log in to Desk. The cause was our SSO certificate change.', 1, TS, '24x7'],
  ['Login', 'Since 9:00 nobody can log in to Desk. Could the cause be our SSO certificate change?', 1, TS, '24x7'],
  ['Login', 'Since 9:00 nobody can log in to Desk. It was our own change - we switched the SSO certificate. We reverted it but nobody can log in.', 1, TS, '24x7'],
  ['Login', 'Since 9:00 nobody can log in to Desk. We thought it was our SSO certificate and changed it back. Still nobody can log in.', 1, TS, '24x7'],
  ['Portal', 'Our portal is not loading for anyone. When will it be available again?', 1, TS, '24x7'],
  // a fix of another thing, named in its clause; an earlier fix ("last time")
  ['Down', 'CRM is down for all users since 9:00. Everything is working fine again in Zoho Books and we can send invoices.', 1, TS, '24x7'],
  ['Portal', 'Our portal is down. Once it was fixed last time, it took a day to sync.', 1, TS, '24x7'],
]

describe('phrasings, round 159: a fix reaches back over what was done next and over the cause', () => {
  it('sets aside the trouble a fix tells over, with a follow-up in its sentence', async () => {
    expect(await misread(FOLLOW_UP)).to.deep.equal([])
  })
  it('sets aside the trouble over a cause told between it and the fix', async () => {
    expect(await misread(CAUSE)).to.deep.equal([])
  })
  it('counts a new trouble told after the fix', async () => {
    expect(await misread(NEW_TROUBLE)).to.deep.equal([])
  })
  it('sets nothing aside for a fix in part, a cause alone, or a fix asked for', async () => {
    expect(await misread(NOT_OVER)).to.deep.equal([])
  })
})
