// Round 170: migrations, go-lives and cut-overs, a blind batch of 40 (grown-r170-migration.yaml). Records a migration did
// not carry over ("3,270 contacts simply are not there", "did not come across", "wurden nicht übernommen", "n'ont pas été
// migrés") read nothing: they are records missing, data integrity (1, 24x5), a share of them 2, and a migration still to
// come ("not migrated yet", "noch nicht migriert") none. Every record "present two times" is records multiplied en masse
// (accounts, companies, notes and "each" record now name all records of a kind). Work handed out "unevenly" performs
// worse (2; "evenly" as written, so "didn't even" stays no "even"). Mapping what a migration tool carries (record types to
// layouts, stages, owners to agents, "im Migrationsassistenten") is the tool's, no customer mapping; test data made in a
// project's "Testphase" is no trial; "ohne … anzufassen" is a manner, no inability; "duplicates we want to clean first" is
// the partner's clean-up; "Nos 12 magasins" are the client's shops, no Zoho store.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const NOT_CARRIED: Phrasing[] = [
  ['Cut-over', 'We moved the client to the new org yesterday. About 1,800 accounts simply are not there.', 1, TS, '24x5'],
  ['Migration from Pipedrive', 'Around 900 deals did not come across, although the report says the job completed.', 1, TS, '24x5'],
  ['Go-live', 'The whole call history never made it across from HubSpot: 12,000 calls are not in CRM.', 1, TS, '24x5'],
  ['Books migration', 'About 2,500 invoices were not migrated from QuickBooks, the rest look fine at first sight.', 1, TS, '24x5'],
  ['Migration', 'Bei der Migration aus Salesforce wurden rund 4.000 Kontakte nicht übernommen.', 1, TS, '24x5'],
  ['Migration', 'Etwa 600 Firmen sind bei der Umstellung nicht mitgekommen.', 1, TS, '24x5'],
  ['Migration', "Environ 3 000 contacts n'ont pas été migrés depuis Sage.", 1, TS, '24x5'],
  ['Reprise de données', 'Après la bascule, 1 200 factures ne sont pas là.', 1, TS, '24x5'],
  // traps: a share, a question, a migration still to come
  ['Notes', 'Some notes did not come across from HubSpot, roughly one in twenty; the rest are fine.', 2, TS, '24x5'],
  ['Question', "Which fields don't come across in the migration wizard?", 3, TS, '24x5'],
  ['Plan', 'The contacts have not been migrated yet, we start next week.', 3, TS, '24x5'],
  ['Plan', "Les contacts n'ont pas encore été migrés, nous commençons la semaine prochaine.", 3, TS, '24x5'],
  ['Checklist', 'Before the go-live, how do we check that all records came across?', 3, TS, '24x5'],
  // traps: one field missing from a form, the rest of a list left out
  ['Field', 'The Lead Source field is not there on the web form PDF.', 2, TS, '24x5'],
  ['Dropdown', 'The lookup only shows the first 50 products, the rest are not there.', 2, TS, '24x5'],
]

const PRESENT_TWICE: Phrasing[] = [
  ['Duplicates', 'Each and every deal is present two times in CRM since the migration.', 1, TS, '24x5'],
  ['Duplicates', 'After the import all the accounts are present twice.', 1, TS, '24x5'],
  ['Doubled', 'Each invoice appears two times in Books after the QuickBooks migration.', 1, TS, '24x5'],
  ['Doublons', 'Depuis la reprise, toutes les sociétés sont présentes deux fois.', 1, TS, '24x5'],
  // traps: one report, a how-to
  ['Report', 'The deal shows up twice in the pipeline report but only once in the module.', 2, TS, '24x5'],
  ['Dedupe', 'How do we find contacts that are present twice before we migrate?', 3, TS, '24x5'],
]

const UNEVEN: Phrasing[] = [
  ['Assignment', 'Since go-live the round robin hands out tickets unevenly, two agents get most of them.', 2, TS, '24x5'],
  ['Assignment', 'Leads are not assigned evenly anymore, the rule gives most leads to Sarah.', 2, TS, '24x5'],
  ['Attribution', 'Depuis la mise en production, les tickets ne sont pas répartis équitablement entre les agents.', 2, TS, '24x5'],
  ['Zuweisung', 'Seit dem Go-live werden die Tickets ungleich verteilt.', 2, TS, '24x5'],
  // traps: a how-to, "didn't even" (no "evenly")
  ['Assignment', 'How do we set up round robin so tickets are assigned evenly?', 3, TS, '24x5'],
]

const TOOL_MAPPING: Phrasing[] = [
  ['Field mapping', 'How do we map each Salesforce record type to its own layout in the migration wizard?', 3, TS, '24x5'],
  ['Owners', 'Will the ticket owners map to the right agents if the email addresses are the same?', 3, TS, '24x5'],
  ['Stages', 'Can we map the HubSpot deal stages to our own stages in the migration tool?', 3, TS, '24x5'],
  ['Frage zur Migration', 'Wie ordnen wir im Migrationsassistenten die Datensatztypen den Layouts zu?', 3, TS, '24x5'],
  ['Mappage', "Comment mapper les étapes HubSpot vers nos étapes dans l'outil de migration ?", 3, TS, '24x5'],
  // trap: a customer mapped to the partner stays customer mapping
  ['New org', 'Could you map the new org of our customer Redwood (org ID 20094451) to our partner account?', 3, 'Store Related', '24x5'],
]

const OWN_WORK: Phrasing[] = [
  ['Testdaten', 'Wie löschen wir die Testdaten, die wir in der Testphase angelegt haben, vor dem Go-live?', 3, TS, '24x5'],
  ['Testdaten', 'Wie können wir die Testrechnungen löschen, ohne die importierten Stammdaten anzufassen?', 3, TS, '24x5'],
  ['Resume', 'We paused the import because the spreadsheet had duplicate emails we want to clean first. How do we resume?', 3, TS, '24x5'],
  ['CRM HS', 'Depuis ce matin, le CRM est inaccessible pour tous les utilisateurs. Nos 12 magasins travaillent sans CRM.', 1, TS, '24x7'],
  // traps: a trial to extend, duplicates an import made, the Zoho store out of reach
  ['Testphase', 'Können Sie die Testphase unseres Kunden um zwei Wochen verlängern?', 2, 'Trial Extension', '24x5'],
  ['Duplicates', 'The import created duplicate contacts for about 40 of the 3,000 rows.', 2, TS, '24x5'],
  ['Magasin Zoho', "Impossible d'accéder au magasin Zoho pour commander des licences depuis hier.", 1, 'Store Related', '24x5'],
]

describe('phrasings, round 170: migrations, go-lives and cut-overs', () => {
  it('reads records a migration did not carry over as missing, and a migration still to come as none', async () => {
    expect(await misread(NOT_CARRIED)).to.deep.equal([])
  })
  it('reads every record present twice as records multiplied', async () => {
    expect(await misread(PRESENT_TWICE)).to.deep.equal([])
  })
  it('reads work handed out unevenly as worse', async () => {
    expect(await misread(UNEVEN)).to.deep.equal([])
  })
  it("reads a migration tool's mapping as technical, a customer mapped to the partner as customer mapping", async () => {
    expect(await misread(TOOL_MAPPING)).to.deep.equal([])
  })
  it("reads test data, clean-ups and the client's shops as the partner's own work", async () => {
    expect(await misread(OWN_WORK)).to.deep.equal([])
  })
})
