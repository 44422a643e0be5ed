// Round 148: HR and people operations in Zoho People, Recruit, Payroll and Shifts (blind batch grown-r148-people.yaml).
// The tasks of an HR system read as nothing said or as getting in: nobody able to "apply for leave", "request time off"
// or "book leave" as no task named (3); "job openings" and "open roles" as something that will not open (a login or an
// outage, 24x7) where vacancies that are not published are a task done for nobody (24x5); vacancies not published "on
// Indeed" or "to the job boards" as no place named; a field "not copied" or "not carried over" to a profile as no task.
// Choices (DOMAIN.md §4, §5 and README's settled readings): nobody able to apply for leave is a task nobody can do (1,
// 24x5, as round 65's "nobody can submit timesheets"); openings not published to any board are a task done for nobody
// (1, 24x5, as round 128's posts not published on Facebook); a field not copied for some hires while the rest is fine
// is a wrong result for a part (2), for every hire a task done for nobody (1, 24x5), and "most come across but a few
// aren't copied" is a part (2) once "copied" is a task; how-tos, one person and "but a few hours ago" stay as they were.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const PEOPLE: Phrasing[] = [
  // leave nobody can apply for
  ['Leave', 'None of our employees can apply for leave in Zoho People since yesterday.', 1, TS, '24x5'],
  ['Leave', 'Nobody can apply for leave since this morning, the form just says "Something went wrong".', 1, TS, '24x5'],
  ['Leave', 'No employee is able to apply for leave since this morning.', 1, TS, '24x5'],
  ['Time off', 'None of our employees can request time off since yesterday.', 1, TS, '24x5'],
  ['Leave', 'Nobody has been able to book leave for 2 days now.', 1, TS, '24x5'],
  ['Urlaub', 'Seit gestern kann kein Mitarbeiter Urlaub beantragen.', 1, TS, '24x5'],
  ['Congés', 'Depuis hier, aucun salarié ne peut demander de congé.', 1, TS, '24x5'],
  // job openings
  ['Job postings', 'Since Tuesday none of our job openings are being published to the job boards.', 1, TS, '24x5'],
  ['Jobs', 'None of our openings are posted to LinkedIn any more.', 1, TS, '24x5'],
  ['Jobs', 'Our vacancies are not published on Indeed since Tuesday.', 1, TS, '24x5'],
  // a field not copied over
  ['Onboarding', 'The bank account number does not get copied to the employee profile for some of them. The other fields come across.', 2, TS, '24x5'],
  ['Onboarding', 'For some employees the address is not copied to the profile, the rest is fine.', 2, TS, '24x5'],
  ['Onboarding', 'No data is copied to the employee profile for any new hire.', 1, TS, '24x5'],
  ['Sync', "Most come across but a few aren't copied to CRM each day.", 2, TS, '24x5'],
  ['Payslips', 'Most payslips went out but a few were not sent to the employees.', 2, TS, '24x5'],
  // traps that must stay
  ['Leave', 'How can employees apply for leave on behalf of a colleague?', 3, TS, '24x5'],
  ['Leave', 'Can part-time employees apply for leave in hours instead of days?', 3, TS, '24x5'],
  ['Careers page', 'Nobody can open the careers page since 10am, it shows a 503.', 1, TS, '24x7'],
  ['Job openings', 'How do we publish our job openings to Indeed automatically?', 3, TS, '24x5'],
  ['Onboarding', 'Which fields get copied from the onboarding form to the employee profile?', 3, TS, '24x5'],
  ['Portal', 'None of our employees can log in to the self-service portal since this morning.', 1, TS, '24x7'],
  ['Timesheets', 'None of our staff can submit timesheets since the update.', 1, TS, '24x5'],
  ['Emails', 'It was fine but a few hours ago emails are not sent.', 1, TS, '24x5'],
]

describe('phrasings, round 148: HR and people operations', () => {
  it('reads leave, job openings and onboarding tasks as what they are', async () => {
    expect(await misread(PEOPLE)).to.deep.equal([])
  })
})
