// Round 163: severity told by questions (a blind batch of 40, grown-r163-questions.yaml). Six families read wrong:
// - a subject that asks whether the worst is true ("Did the update delete our deals?") over a text that tells the same
//   loss again beside a milder trouble ("… are gone from every view, and the pipeline report shows 0"): the rule's first
//   match was the subject's, so round 118 set the severity 1 aside as the subject's alone; a rule the text also matches
//   is the text's (src/engine/severity.ts);
// - "And can we …?", "And could …?": a question opened after "and" still asks (`reading.questions`);
// - a term asked about ("What does 'data integrity' mean in the SLA?", "What counts as an outage?", "How do you define
//   downtime?") and a term the SLA lists (`symptom topic`) name no trouble;
// - deleting that people cannot do ("Agents cannot delete tickets, only admins can") is no data damaged (`cannot delete`);
// - a setting the product leaves out ("the due dates ignore our business hours", "seems to ignore the filter") is a
//   wrong result (`wrong`), unless the partner wants it so ("how can we make the SLA ignore the holidays?");
// - slowness that still completes ("it still completes, but it is very slow") works but slowly (2, `works anyway`).
// Traps that must stay: a subject question over a text with a milder trouble only, reports after a term asked,
// a loss told beside "cannot restore", bare "please ignore", slowness for everyone.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SUBJECT_TOLD_AGAIN: Phrasing[] = [
  ['Did the update delete our deals?', "After last night's update all deals in the Negotiation stage are gone from every view, and the pipeline report shows 0 for that stage.", 1, TS, '24x5'],
  ['Did the sync delete our contacts?', 'All 8,000 contacts are gone from CRM since the sync, and the contacts report shows 0.', 1, TS, '24x5'],
  // traps: the text tells a milder trouble only (round 118), or the same loss
  ['Is CRM down?', 'The dashboard shows the wrong totals since Monday. Everything else works.', 2, TS, '24x5'],
  ['Did the update delete our deals?', 'All deals in the Negotiation stage are gone.', 1, TS, '24x5'],
]

const AND_ASKS: Phrasing[] = [
  ['Login page', 'Is it possible to add our logo to the portal? And can we change the message shown when a login fails?', 3, TS, '24x5'],
  ['Sync', 'We are planning the two-way sync. And could it ever delete all our contacts?', 3, TS, '24x5'],
  ['Alerts', 'And is there a way to get an alert when CRM is down?', 3, TS, '24x5'],
  // traps: a report and a request stay
  ['Login', 'Nobody can log in since 9 and can you check why?', 1, TS, '24x7'],
  ['Desk', 'Desk is down for all agents. And could you tell us when it will be back?', 1, TS, '24x7'],
]

const TERM_ASKED: Phrasing[] = [
  ["What does 'data integrity' mean in the SLA?", 'Nothing is wrong at the moment, we are training new staff.', 3, TS, '24x5'],
  ['SLA question', 'What counts as an outage in your SLA?', 3, TS, '24x5'],
  ['SLA question', 'What counts as data loss in your SLA?', 3, TS, '24x5'],
  ['SLA question', 'How do you define downtime?', 3, TS, '24x5'],
  ['SLA question', 'Your support SLA lists "data integrity problems" under severity 1. What counts as one?', 3, TS, '24x5'],
  // traps: a trouble told beside the term asked
  ['Error', "What does 'Service unavailable' mean? None of us can open CRM since 9.", 1, TS, '24x7'],
  ['Invoices', 'All invoices from March are gone. This is data loss as defined in your SLA.', 1, TS, '24x5'],
]

const CANNOT_DELETE: Phrasing[] = [
  ['Permissions', 'Agents cannot delete tickets in our portal, only admins can.', 3, TS, '24x5'],
  ['Deals', 'We are unable to delete old deals.', 3, TS, '24x5'],
  ['Kontakte', 'Wir können die alten Kontakte nicht löschen.', 3, TS, '24x5'],
  ['Contacts', 'Impossible de supprimer les anciens contacts.', 3, TS, '24x5'],
  // traps: data lost stays
  ['Contacts', 'All our contacts were deleted overnight and we cannot restore them.', 1, TS, '24x5'],
]

const IGNORED_SETTING: Phrasing[] = [
  ['SLA timers', 'Could you explain why the due dates on our tickets ignore our business hours? Is this a bug?', 2, TS, '24x5'],
  ['Report', 'The report seems to ignore the filter.', 2, TS, '24x5'],
  ['SLA timers', 'The SLA timers ignore the holidays we set up.', 2, TS, '24x5'],
  // traps: a wish and a withdrawal
  ['SLA timers', 'How can we make the SLA ignore the holidays?', 3, TS, '24x5'],
  ['SLA timers', 'We want the timers to ignore the holidays.', 3, TS, '24x5'],
  ['Re: Sync', 'Please ignore my last mail.', 3, TS, '24x5'],
]

const STILL_COMPLETES: Phrasing[] = [
  ['Sync', 'The sync still completes, but it is very slow.', 2, TS, '24x5'],
  ['Export', 'The export is very slow, it does complete in the end.', 2, TS, '24x5'],
  ['Import', 'The import is slow but it eventually completes.', 2, TS, '24x5'],
  // trap: everyone held up stays slowness
  ['CRM slow', 'Every page takes over a minute for all 45 users and calls are piling up.', 1, TS, '24x5'],
]

describe('phrasings, round 163: severity told by questions', () => {
  it('reads a subject question told again by the text as the text', async () => {
    expect(await misread(SUBJECT_TOLD_AGAIN)).to.deep.equal([])
  })
  it('asks with "and" before the question\'s word', async () => {
    expect(await misread(AND_ASKS)).to.deep.equal([])
  })
  it('reads a term asked about, or listed by the SLA, as no trouble', async () => {
    expect(await misread(TERM_ASKED)).to.deep.equal([])
  })
  it('reads deleting that people cannot do as no data damaged', async () => {
    expect(await misread(CANNOT_DELETE)).to.deep.equal([])
  })
  it('reads a setting the product ignores as a wrong result', async () => {
    expect(await misread(IGNORED_SETTING)).to.deep.equal([])
  })
  it('reads slowness that still completes as working slowly', async () => {
    expect(await misread(STILL_COMPLETES)).to.deep.equal([])
  })
})
