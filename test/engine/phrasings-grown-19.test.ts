// Partners' phrasings behind round 4's English batch (test/fixtures/classify/grown-19.yaml, issue 14):
// English from partners in India, APAC, the Middle East, the US and Canada, in long emails. The
// meanings its tickets showed the policy missing or misreading, written afresh (not copies of the
// tickets). Each: subject, text, severity, and the type and clock where the phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const PHRASINGS: Phrasing[] = [
  // a plain-text email wraps its lines: a line break before a word in lowercase ends no clause,
  // so a negation or a question reaches on to the next line
  ['Migration plan', 'Please share the steps to move the contacts so that there is no data loss or\ncorruption on the way.', 3, 'Technical Support'],
  ['Backups', 'The client asks how their mailboxes are protected\nagainst data loss.', 3, 'Technical Support'],
  ['Phone lost', 'What happens if a user loses his phone - will\nhe be locked out of his account?', 3, 'Technical Support', '24x5'],
  ['Desk', 'None of our agents can\nlog in to Desk since 9 AM.', 1, 'Technical Support', '24x7'],
  // a question about what would happen reports nothing
  ['Big import', 'Will the dashboards become slow once we load 20 million rows?', 3, 'Technical Support'],
  ['Sessions', 'What happens to a signed-in user when the admin resets his password, will they be logged out?', 3, 'Technical Support', '24x5'],
  // an automation that reacts to a failure is a how-to, not a failure
  ['Alert', 'We want a workflow that fires when a payment fails on the order form.', 3, 'Technical Support', '24x5'],
  ['Notify', 'Can a custom function notify the admin when the API call fails?', 3, 'Technical Support', '24x5'],
  // settings, documents and categories named after symptoms
  ['Auto logout', 'Where do we configure that agents are logged out automatically after 15 minutes idle?', 3, 'Technical Support', '24x5'],
  ['Lockout policy', 'How can the admin unlock a user who is locked after five wrong password attempts?', 3, 'Technical Support', '24x5'],
  ['Incident reports', 'Do you publish incident reports after a major outage?', 3, 'Technical Support', '24x5'],
  ['Routing', 'How do we route tickets with the category "Outage" to the network team?', 3, 'Technical Support', '24x5'],
  ['Duplicate check', 'How do we set up the duplicate check for the contacts import?', 3, 'Technical Support'],
  // a wrong password is the user's, no wrong result
  ['Password', 'The user typed a wrong password three times and asks how to reset it.', 3, 'Technical Support'],
  // a hang said with an outage's words: slowness, 1 on the 24x5 clock
  ['CRM dead slow', 'CRM is dead slow today, the list view takes minutes and the reps cannot work.', 1, 'Technical Support', '24x5'],
  ['Sluggish', 'Each ticket takes two minutes to open and the browser says the page is unresponsive.', 1, 'Technical Support', '24x5'],
  // files that cannot be opened because they are corrupt: data integrity, not access
  ['WorkDrive', 'The uploaded PDFs cannot be opened ("file is corrupt").', 1, 'Technical Support', '24x5'],
  // an error on every single page is an outage, said a few words after "every page"
  ['Re: training', 'Every single page in Desk gives us "Something went wrong".', 1, 'Technical Support', '24x7'],
  // "the same are correct" is no request to correct a document; "kindly correct" is
  ['OTP', 'Nobody is able to sign in, the OTP never arrives. The mobile numbers are correct. Our billing team is waiting.', 1, 'Technical Support', '24x7'],
  ['Invoice INV-77', 'The GSTIN on your invoice INV-77 is wrong, kindly correct the same.', 2, 'Invoice changes'],
  // an Outlook header block starts a quoted message, as "On … wrote:" does; Indian and formal
  // closings start a signature, and the disclaimer after it is not the partner's words
  ['RE: Projects', 'Thanks, all good now.\nFrom: Anil Kumar\nSent: Monday, March 9, 2026 10:02 AM\nTo: Support\nSubject: Projects\n\nProjects is down for all our users.', 3, 'Technical Support', '24x5'],
  ['AW: Desk', 'Danke, erledigt.\nVon: Jan Weber\nGesendet: Montag, 9. März 2026 10:02\nAn: Support\nBetreff: Desk\n\nDesk ist seit heute früh ausgefallen.', 3, 'Technical Support', '24x5'],
  ['Desk reports', 'How do I export the Desk reports to PDF?\n\nThanks and regards,\nAnil Kumar\n\nWe accept no liability for any data loss or damage caused by viruses or errors in this e-mail.', 3, 'Technical Support', '24x5'],
  ['Desk reports', 'How do I export the Desk reports to PDF?\n\nWith regards\nAnil Kumar\n\nThe company accepts no liability for any loss or damage caused by this e-mail.', 3, 'Technical Support', '24x5'],
]

describe("classifier: partners' phrasings of round 4's English batch", () => {
  it('reads each phrasing to the severity, type and clock it names', async () => {
    expect(await misread(PHRASINGS)).to.deep.equal([])
  })
})
