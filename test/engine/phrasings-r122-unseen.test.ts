// Round 122: the team's records gone from sight, said with see, visible or show rather than with "empty" or "gone" ("Books
// shows none of our transactions", "The clinic cannot see any appointments for today", "None of our deals are visible
// anymore in the pipeline view", "Tasks are no longer visible to any team member", "wir können keine Kontakte mehr sehen",
// "aucun de nos contacts n'est visible"), and every user turned read-only ("after the update every user became read-only")
// read 3: round 119's `records shown to none of the team` wanted "an empty list" or "see no tickets", `data no longer there`
// wanted "have no … any more", and `greyed out for everyone` knew no "read-only". New concepts `records out of sight` (can't
// see any, no longer visible, shows none of, nicht mehr sichtbar, n'est plus visible …), `seen at all` (visible, shows up,
// read after `nobody`), and their traps `nothing amiss seen` ("any errors", "any option"), `shown in a result` (a report, a
// search, a log), `part of the screen` (a field, a tab, the records of one account or department), `sight by design`
// (made so, wished so, "which is intended", "is it normal that", permissions); rules `records out of sight`, `none of the
// records visible`, `read-only for everyone` (1, 24x5: the team cannot work, as data no longer there; README "everything
// greyed out or read-only"), `records partly out of sight` (2), and `leaves out` reads "are not visible" (a view leaving
// records out, 2). "edit" stays out of people tasks (a closed ticket that cannot be edited is a right).
// Traps: one view or one agent (2), how-to and design questions, errors not seen in a log, a report or a search, a field,
// one account's records, visibility wished or intended (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const UNSEEN: Phrasing[] = [
  ['Books', 'Month-end close is impossible, Books shows none of our transactions.', 1, TS, '24x5'],
  ['Urgent', 'The clinic cannot see any appointments for today, patients are waiting at reception.', 1, TS, '24x5'],
  ['Desk', "Our agents can't see any tickets in their views since this morning.", 1, TS, '24x5'],
  ['CRM', 'None of our deals are visible anymore in the pipeline view.', 1, TS, '24x5'],
  ['Projects', 'Tasks are no longer visible to any team member.', 1, TS, '24x5'],
  ['Desk', 'The ticket list shows nothing for any agent although customers keep writing.', 1, TS, '24x5'],
  ['CRM', "We can't see any of our contacts, the module appears empty.", 1, TS, '24x5'],
  ['Permissions', 'After the update every user became read-only, nobody can edit anything.', 1, TS, '24x5'],
  ['CRM', 'Since this morning we cannot see any leads in CRM.', 1, TS, '24x5'],
  ['Desk', 'Our support team can no longer see any tickets.', 1, TS, '24x5'],
  ['Bookings', 'None of our appointments are visible in the calendar anymore.', 1, TS, '24x5'],
  ['CRM', 'The Deals module shows none of our deals since yesterday.', 1, TS, '24x5'],
  ['Contacts', 'Our contacts are no longer visible to anyone in the company.', 1, TS, '24x5'],
  ['Projects', "We can't see a single task in any project since the update.", 1, TS, '24x5'],
  ['Desk', 'All tickets are no longer visible to the agents.', 1, TS, '24x5'],
  ['CRM', 'Accounts are not visible anymore for any user.', 1, TS, '24x5'],
  ['Access', 'Since the update all users are read-only.', 1, TS, '24x5'],
  ['Projects', 'None of our tasks are visible to the team since the update.', 1, TS, '24x5'],
  ['Desk', "Since the update we can't see any tickets, which makes it impossible to work.", 1, TS, '24x5'],
  ['CRM', 'Wir können keine Kontakte mehr sehen.', 1, TS, '24x5'],
  ['Deals', 'Keiner unserer Deals ist mehr sichtbar.', 1, TS, '24x5'],
  ['Contacts', "Aucun de nos contacts n'est visible depuis ce matin.", 1, TS, '24x5'],
  // traps: one view, one agent, some records (2); how-to, design questions, things that are no records, a report or a
  // search, a field, visibility wished or intended (3)
  ['CRM', 'Some deals are not visible in one custom view.', 2, TS, '24x5'],
  ['Desk', "One agent can't see the tickets of the Sales department, the others can.", 2, TS, '24x5'],
  ['CRM', "One user can't see any leads, everyone else is fine.", 2, TS, '24x5'],
  ['CRM', 'Some of our contacts are no longer visible to the sales team.', 2, TS, '24x5'],
  ['CRM', 'How can I make deals visible only to their owners?', 3, TS, '24x5'],
  ['Desk', "Why can't agents see tickets of other departments? Is that by design?", 3, 'Product Management Related', '24x5'],     // (main's type: "by design")
  ['Desk', "How come agents can't see any tickets of the Billing department? Is it a permission?", 3, TS, '24x5'],
  ['Logs', "we can't see any errors in the log", 3, TS, '24x5'],
  ['CRM', "I can't see any option to export contacts.", 3, TS, '24x5'],
  ['Deals', "I can't see any problem with the deals, everything looks fine now.", 3, TS, '24x5'],
  ['CRM', "We can't see any tickets from customers in the EU data centre in this report.", 3, TS, '24x5'],
  ['Books', 'The dashboard shows none of our invoices from last quarter, how do I change the date range?', 3, TS, '24x5'],
  ['Desk', 'Agents cannot see any tickets assigned to other teams, as we set it up.', 3, TS, '24x5'],
  ['Desk', "Is it normal that new agents can't see any tickets until they are added to a department?", 3, TS, '24x5'],
  ['CRM', 'Closed deals are no longer visible in the pipeline, which is intended.', 3, TS, '24x5'],
  ['Desk', 'Can you make tickets no longer visible to the customer in the portal?', 3, TS, '24x5'],
  ['CRM', 'We want deals to be no longer visible to reps after they are closed. How can we set that up?', 3, TS, '24x5'],
  ['CRM', 'Could you make the contacts read-only for every user except the admins?', 3, TS, '24x5'],
  ['CRM', 'Before the fix yesterday we could not see any contacts, now all is well.', 3, TS, '24x5'],
  ['CRM', 'I cannot see any contacts for this account.', 3, TS, '24x5'],
  ['CRM', 'The phone field is no longer visible on the contacts.', 3, TS, '24x5'],
  ['Deals', 'Geschlossene Deals sind nicht mehr sichtbar, das ist so gewollt.', 3, TS, '24x5'],
  ['Contacts', 'Est-il possible que les contacts ne soient plus visibles pour les stagiaires ?', 3, TS, '24x5'],
]

describe('phrasings, round 122: records gone from the team\'s sight', () => {
  it('reads records no one can see any more, and every user read-only', async () => {
    expect(await misread(UNSEEN)).to.deep.equal([])
  })
})
