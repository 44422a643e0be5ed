// Round 96: slowness said as a noun of its own, and performance called bad in everyday words (found by probing short
// English tickets). "High latency in Zoho Desk", "latency issues with CRM" and "major slowdown in Books" had read 3:
// latency and a slowdown are slowness (1, 24x5). "The speed of the CRM is horrible" and "performance is really bad"
// had read 3: the speed or performance named, then how bad it is (rule `very bad performance`). A latency asked
// about, speeding up an import, and the sales team's performance stay how-tos and business (3). English idioms for
// down ("went dark", "went belly up", "flatlined") and "up" denied ("Desk isn't up", "not up since 8", "not up and
// running") had read 3: down (1, 24x7); "not up to date", "not set up yet", a video "not up on the portal" stay 3.
// Access revoked, or every account disabled, had read 3: no way in (lockout, 24x7); values swapped by a sync had read 3:
// data changed (1). Revoking a leaver's access and swapping columns, asked as how-tos, stay 3.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SLOWNESS: Phrasing[] = [
  ['Desk latency', 'Since 9am we see very high latency in Zoho Desk, every ticket takes ages to react.', 1, TS, '24x5'],
  ['Latency', 'Our agents report latency issues in the CRM all morning.', 1, TS, '24x5'],
  ['Books', 'There is a big slowdown in Zoho Books today, invoices barely open.', 1, TS, '24x5'],
  ['CRM speed', 'The CRM speed is terrible since the update, for all of us.', 1, TS, '24x5'],
  ['Creator', 'Performance of our Creator app is really bad today.', 1, TS, '24x5'],
  ['Latenz', 'Hohe Latenz im Zoho CRM seit heute Morgen, das Team kann kaum arbeiten.', 1, TS, '24x5'],
  ['Ralentissement', 'Ralentissement important de Zoho Desk depuis ce matin pour toute l’équipe.', 1, TS, '24x5'],
  // traps: a latency asked about, a speed wanted, business performance, a taste
  ['API latency', 'What latency should we expect from the Desk API when calling it from Singapore?', 3, TS, '24x5'],
  ['Import', 'How can we speed up an import of 80,000 leads?', 3, TS, '24x5'],
  ['Sales', 'Our sales performance was terrible in March; how do we build a report of deals by owner?', 3, TS, '24x5'],
  ['Theme', 'The new dark theme looks awful, how do we switch back to the light one?', 3, TS, '24x5'],
]

const DOWN: Phrasing[] = [
  ['Help desk', 'Our help desk went dark around 11, none of the agents see anything.', 1, TS, '24x7'],
  ['Mail', 'The mail server seems to have gone belly up overnight.', 1, TS, '24x7'],
  ['Help center', 'Our Desk help center flatlined this morning.', 1, TS, '24x7'],
  ['Desk', 'Zoho Desk is not up. Nothing since 7:30.', 1, TS, '24x7'],
  ['Help center', 'Our help center is still not up and running after your maintenance last night, customers get an error.', 1, TS, '24x7'],
  // traps: "up" in other senses
  ['Branding', 'The popup is not up to date with our new logo, how do we edit it?', 3, TS, '24x5'],
  ['Pipeline', 'Our new pipeline is not set up yet, how do we add stages to it?', 3, TS, '24x5'],
  ['Video', 'Our product video is not up on the portal yet, how do we upload it?', 3, TS, '24x5'],
]

const ACCESS_AND_DATA: Phrasing[] = [
  ['Users', 'Since this morning access has been revoked for every user in our org, no idea why.', 1, TS, '24x7'],
  ['Agents', 'All our agent accounts are disabled after the plan change.', 1, TS, '24x7'],
  ['Contacts', 'The Mailchimp sync swapped the first and last names of all our contacts overnight.', 1, TS, '24x5'],
  // traps
  ['Leaver', 'How do I revoke access for an employee who left the company?', 3, TS, '24x5'],
  ['Columns', 'Can we swap the order of the name columns in the contacts list view?', 3, TS, '24x5'],
]

describe('phrasings, round 96: slowness as a noun, bad performance and down in everyday words', () => {
  it('reads latency, a slowdown and a horrible speed as slowness, and leaves questions and business alone', async () => {
    expect(await misread(SLOWNESS)).to.deep.equal([])
  })
  it('reads English idioms for down and "up" denied as down, and "up" in other senses as nothing', async () => {
    expect(await misread(DOWN)).to.deep.equal([])
  })
  it('reads access revoked and accounts disabled as a lockout, and swapped values as data changed', async () => {
    expect(await misread(ACCESS_AND_DATA)).to.deep.equal([])
  })
})
