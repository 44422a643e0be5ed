// Round 105: English Support tickets of severity 1 (DOMAIN.md §4: data integrity problems; a show-stopper affecting all users)
// that read too low. Records put back or changed in bulk by an automation, a rule, a sync or a bulk action ("a blueprint change
// moved 2,000 deals back to the first stage", "the sync flipped all 4,000 contacts to inactive") had read 3 or 2: `set back`
// knew only "is back at", and `values changed` no reassigning, resetting or flipping, so they now read as data set back or
// changed (rule `data reset to a value` when the records stand between the verb and where they were put; 1, 24x5). "Nobody
// on the team gets any notifications at all" had read 3: "gets" is no work verb (rules `nobody gets any at all`, 24x7, and
// `nobody gets any`, 24x5). "Our customers can't see their invoices in the portal anymore" had read Invoice changes 2: the
// customers kept from their own documents in the product's portal (rule `customers kept from theirs`) are a show-stopper
// for all its users when told as a change ("anymore", "no longer", "since this morning"; round 16's "customers cannot see
// their order history in the portal" stays a setting, 3), and the invoices are then the product's (`productDocuments`):
// Technical Support, 1 on 24x5. "The whole factory / plant / shop" is everyone, as "the whole warehouse" was. Stale
// dashboards stay a result off (2): the product works, its numbers are out of date, no stored data damaged. Traps: how-tos,
// one deal or one customer, the partner's own bulk action, notifications muted on purpose, a reply nobody gets, a past
// incident put right.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const MOVED: Phrasing[] = [
  ['Blueprint', 'A blueprint change moved 2,000 deals back to the first stage.', 1, TS, '24x5'],
  ['Candidates', 'An automation moved 300 candidates back to the screening stage.', 1, TS, '24x5'],
  ['Deal stages reset', 'An automation reset 1,500 deals to the first stage.', 1, TS, '24x5'],
  ['Leads reset', 'The nightly sync reset all lead statuses to New.', 1, TS, '24x5'],
  ['Owners', 'A bulk update reassigned all our contacts to the wrong owner.', 1, TS, '24x5'],
  ['Status', 'The workflow set all open tickets to Closed.', 1, TS, '24x5'],
  ['Flipped', 'The sync flipped all 4,000 contacts to inactive.', 1, TS, '24x5'],
  ['Deals', 'All 600 deals were set back to Qualification by the sync.', 1, TS, '24x5'],
  ['Notifications', 'Nobody on the team gets any notifications at all.', 1, TS, '24x7'],
  ['Desk notifications', 'No one in the support team gets any email notifications at all.', 1, TS, '24x7'],
  ['Notifications', 'Since the update nobody gets any notifications.', 1, TS, '24x5'],
  ['Portal', "Our customers can't see their invoices in the portal anymore.", 1, TS, '24x5'],
  ['Invoices', 'Customers can no longer see their invoices in the client portal.', 1, TS, '24x5'],
  ['Customer portal', 'None of our customers can see their invoices in the customer portal since this morning.', 1, TS, '24x5'],
  ['Attendance', "Employees can't check in with the attendance app this morning, the whole factory is affected.", 1, TS, '24x5'],
  ['Shop', 'The POS app is not syncing, the whole shop is affected.', 1, TS, '24x5'],
  // a judgement call: stale numbers are results off, the product works (2)
  ['Analytics', "Analytics dashboards haven't refreshed for 3 days, all the numbers are stale.", 2, TS, '24x5'],
  // traps: how-tos, a question, one record or one customer, the partner's own doing, muted on purpose, a person silent, over
  ['Stages', 'How do I move deals back to the first stage?', 3, TS, '24x5'],
  ['Stages', 'How can we reset all deal stages to the first stage for the new year?', 3, TS, '24x5'],
  ['Deal', 'One deal moved back to the first stage by itself.', 3, TS, '24x5'],
  ['Owner', 'We reassigned all leads to the wrong owner ourselves, can we undo the bulk update?', 2, TS, '24x5'],
  ['Notifications', 'How do I turn off notifications?', 3, TS, '24x5'],
  ['Notifications', "We muted all notifications on purpose, nobody gets any notifications now and that's fine. How do we turn them back on for managers only?", 3, TS, '24x5'],
  ['Help', 'Nobody gets any reply from your support team.', 3, TS, '24x5'],
  ['Invoice', "One customer can't see one invoice in the portal.", 2, 'Invoice changes', '24x5'],
  ['Portal', 'Customers cannot see their order history in the portal.', 3, TS, '24x5'],
  ['Past', 'Last month a sync moved all deals back to the first stage, but support fixed it. Just wanted to say thanks.', 3, TS, '24x5'],
  ['Notifications', 'Last week nobody got any notifications, but it was fixed on Friday. Thanks.', 3, TS, '24x5'],
]

describe('phrasings, round 105: records moved back in bulk, nobody gets any, customers kept from theirs', () => {
  it('reads bulk changes, notifications nobody gets and a portal feature gone for all customers as severity 1', async () => {
    expect(await misread(MOVED)).to.deep.equal([])
  })
})
