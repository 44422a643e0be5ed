// Round 149: marketing tickets (Campaigns, Marketing Automation, Social, Forms, Sites, PageSense, Survey). An e-mail's
// "opens" (the opens a campaign report counts: "Are opens not tracked?", "unique opens", "email opens") are a figure, no
// getting in, so a report that counts none reads a wrong result (2), not a login on 24x7 (`email opens`, which `access`
// yields to). A field left blank or missing on some of the records ("on some leads the UTM fields are blank", "missing
// on part of the leads", "a third of the leads") is a share, the product works partly (2): `subset named` gains "on
// some …", "part of the …", "a third of the …" and `data emptied` yields to it in its sentence. A field emptied on all
// records, a report that counts nothing for anyone asked to open, and an app that does not open stay as they were.
// A form or page failing while "the same form on the Contact page works fine" or "the other forms work" is one page's
// trouble (`works elsewhere`, 2). A purpose said with "so our own … not counted" and a loss to avoid ("we don't want to
// lose the opt-out status", "without losing") are `hypothetical`: a how-to (3); counts not made and opt-outs that were
// lost stay as they were. What goes out lacking one of its parts ("posts are published without the image - only the
// text goes out", "went out without the header image") is a wrong result (`wrong`, and `partly`, which `task done for
// nobody` yields to: 2); nothing published or sent at all stays 1.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const OPENS: Phrasing[] = [
  ['Open rates look wrong', 'The open rate shows 0% but clicks are 5%. Are opens not tracked correctly anymore?', 2, TS, '24x5'],
  ['Opens wrong', 'Opens are not counted correctly in the campaign report, the numbers are wrong.', 2, TS, '24x5'],
  ['Report', 'Unique opens are not counted since Monday, the click rate is fine.', 2, TS, '24x5'],
  ['Open rate', 'The open rate is wrong for our last campaigns, opens not tracked properly.', 2, TS, '24x5'],
  // traps: the product itself that does not open or load stays a matter of access
  ['Cannot open Campaigns', 'Nobody can open Zoho Campaigns since 9, it does not load for anyone.', 1, TS, '24x7'],
  ['Login', 'None of our team can log in to Campaigns since this morning.', 1, TS, '24x7'],
  ['Campaigns', "Campaigns won't open for any of our users.", 1, TS, '24x7'],
]

const SOME_RECORDS: Phrasing[] = [
  ['UTM blank', 'For most leads it works, but on some leads (maybe 1 in 5) the UTM fields are blank.', 2, TS, '24x5'],
  ['UTM', 'On some leads the UTM fields are empty.', 2, TS, '24x5'],
  ['UTM parameters missing on part of the leads', 'The hidden fields are filled in the form entry but the values are not carried over to the lead for those. The other leads have them correctly.', 2, TS, '24x5'],
  ['UTM', 'About a third of the leads from our forms have empty UTM fields in CRM. The other leads have them correctly.', 2, TS, '24x5'],
  // traps: every record emptied, records gone
  ['UTM gone', 'The UTM fields are blank on all leads since the update.', 1, TS, '24x5'],
  ['Mailing list empty after import', 'After the import all 12,500 subscribers are gone from the list.', 1, TS, '24x5'],
  ['Contacts missing', 'Half of our contacts are missing after the sync.', 1, TS, '24x5'],
]

const ONE_PAGE: Phrasing[] = [
  ['Contact form on one page not sending', 'The contact form on the Events page does not send. The same form on the Contact page works fine.', 2, TS, '24x5'],
  ['Form', 'The signup form on our landing page is not working, the other forms work without problems.', 2, TS, '24x5'],
  // traps: the form or the site failing for every visitor
  ['Form', 'The contact form on our website is not working for any visitor since this morning.', 1, TS, '24x5'],
  ['Site', 'Our Zoho Sites website is down, no page loads.', 1, TS, '24x7'],
]

const PURPOSES: Phrasing[] = [
  ['Exclude internal traffic in PageSense', 'How can we exclude our office IP addresses from PageSense so our own visits are not counted in experiments and heatmaps?', 3, TS, '24x5'],
  ['Import', 'How do we import the list without losing the unsubscribe status?', 3, TS, '24x5'],
  ['Import', "We will import 8,000 contacts next week. We don't want to lose the opt-out status, what is the best way?", 3, TS, '24x5'],
  // traps: counts that are not made, opt-outs and contacts that were lost
  ['Visits', 'Our visits are not counted in PageSense since Monday.', 2, TS, '24x5'],
  ['Unsubscribes lost', 'The unsubscribe status was lost for 3,000 contacts after the sync, they get our campaigns again.', 1, TS, '24x5'],
  ['Import', 'We lost all our contacts after the import.', 1, TS, '24x5'],
]

const LACKING_A_PART: Phrasing[] = [
  ['LinkedIn posts published without image', 'Posts we schedule to LinkedIn company pages are published without the image since a few days - only the text goes out. The same posts on Facebook and Instagram have the image.', 2, TS, '24x5'],
  ['Newsletter', 'Our newsletter went out without the header image for all recipients.', 2, TS, '24x5'],
  ['Posts', 'Instagram posts are published without their hashtags.', 2, TS, '24x5'],
  // traps: nothing published or sent at all
  ['Social posts not publishing on any network', 'None of our scheduled posts were published today, not on Facebook, Instagram, LinkedIn or X.', 1, TS, '24x5'],
  ['Posts', 'No posts are published on any network since midnight.', 1, TS, '24x5'],
  ['Campaign sent to nobody', 'The campaign shows as Sent but nobody received it, 0 recipients.', 1, TS, '24x5'],
]

describe('phrasings, round 149: marketing', () => {
  it('reads an e-mail\'s opens as a figure, no access', async () => {
    expect(await misread(OPENS)).to.deep.equal([])
  })
  it('reads fields blank on some of the records as partly', async () => {
    expect(await misread(SOME_RECORDS)).to.deep.equal([])
  })
  it('reads a form or page failing while the same one elsewhere works as one page\'s trouble', async () => {
    expect(await misread(ONE_PAGE)).to.deep.equal([])
  })
  it('reads a purpose and a loss to avoid as a question', async () => {
    expect(await misread(PURPOSES)).to.deep.equal([])
  })
  it('reads what goes out lacking one of its parts as a wrong result', async () => {
    expect(await misread(LACKING_A_PART)).to.deep.equal([])
  })
})
