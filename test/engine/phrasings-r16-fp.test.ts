// Round 16 (branch r16-fp): the meanings behind the first read's misses of grown-52.yaml (first e-mails
// whose strong words overstate the severity), each in other words and languages than the tickets, with
// traps that must not match.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A look said to be broken (layout, formatting, rendering): the thing is made and shown wrongly, a result (2).
// A crash beside it, or the tool that edits the layout broken, is still a failure (1).
const BROKEN_LOOK: Phrasing[] = [
  ['Quote PDF', 'Since the update the table layout on our quote PDFs in Zoho CRM is completely broken, columns overlap.', 2, TS, '24x5'],
  ['Newsletter', 'Our campaign email looks really broken on iPhones, the images are squeezed.', 2, TS, '24x5'],
  ['Rechnungen', 'Die Formatierung der Rechnungs-PDFs aus Books ist seit gestern total kaputt.', 2, TS, '24x5'],
  ['Factures', 'La mise en forme des factures PDF est cassée depuis hier, le logo déborde.', 2, TS, '24x5'],
  // traps: the layout editor broken, a crash beside a layout, a broken sync, "nothing crashes"
  ['Layout editor', 'The page layout editor is broken, we cannot save any change.', 1, TS],
  ['Layout', 'The layout looks odd and then the app crashes on every record.', 1, TS],
  ['Sync', 'The Outlook sync is broken since Monday.', 1, TS],
  ['Module', 'Rien ne plante, rien n\'est cassé, juste une question sur le module devis.', 3, TS],
  ['Intégrations', 'Les intégrations sont cassées depuis hier.', 1, TS],
]

// A figure rounded down is a result off (2), never a service that is down.
const ROUNDED_DOWN: Phrasing[] = [
  ['Timesheets', 'The totals in the timesheet report get rounded down to the nearest hour.', 2, TS, '24x5'],
  ['Prices', 'All unit prices are rounded down to whole dollars on the estimates.', 2, TS, '24x5'],
  // trap: a service that is down next to a rounding
  ['Books', 'Books is down since 9, we cannot check the rounding.', 1, TS, '24x7'],
]

// A harm the partner does not want to happen (a fear before a change) reports nothing.
const DO_NOT_WANT_IT_TO_HAPPEN: Phrasing[] = [
  ['Migration', 'How should we run the migration? We do not want any records to be deleted in the process.', 3, TS, '24x5'],
  ['Import', 'What is the safest way to import? We don\'t want to risk losing the notes on the deals.', 3, TS, '24x5'],
  ['Migration', 'Comment procéder ? Nous ne voulons pas nous retrouver avec une perte de données.', 3, TS, '24x5'],
  ['Massenlöschung', 'Wie gehen wir vor? Wir möchten auf keinen Fall einen Datenverlust riskieren.', 3, TS, '24x5'],
  // traps: the harm already happened; not wanting to renew is ending the licences
  ['Sync', 'The sync deleted 300 contacts last night. We don\'t want this to happen again.', 1, TS, '24x5'],
  ['Renewal', 'We do not want to renew the CRM subscription next year, please stop it at term.', 1, 'Payments Renewal', '24x5'],
]

describe('classifier: round 16 strong words over severity 2 and 3 (r16-fp), the meanings behind the first read\'s misses', () => {
  it('reads a look said to be broken as a result off, a broken feature still as broken', async () => {
    expect(await misread(BROKEN_LOOK)).to.deep.equal([])
  })
  it('reads a figure rounded down as a result, no outage', async () => {
    expect(await misread(ROUNDED_DOWN)).to.deep.equal([])
  })
  it('reads a harm the partner does not want to happen as no report', async () => {
    expect(await misread(DO_NOT_WANT_IT_TO_HAPPEN)).to.deep.equal([])
  })
})
