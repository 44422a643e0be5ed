// Round 22 (branch r22-subj): a bare symptom subject ("Timeout", "Outage", "Slow") over a text that is a
// calm question about a setting or the documentation: the subject is a headline, the text decides
// (README). Twins where the text reports the matter itself stay 1.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A bare subject over a question about a setting or the documentation: the question's severity (3).
const HEADLINE_OVER_A_QUESTION: Phrasing[] = [
  ['Timeout', 'Can we change how long agents stay signed in when they are idle? Ours should end after 4 hours.', 3, TS, '24x5'],
  ['Timeout', 'Can we configure Desk to sign users off after a period of inactivity?', 3, TS, '24x5'],
  ['Outage', 'What uptime does Zoho guarantee for Desk? We need it for a customer contract.', 3, TS, '24x5'],
  ['Outage', 'Is there a status page for the EU data centre we can point our customers to?', 3, TS, '24x5'],
  ['Ausfall', 'Gibt es eine Statusseite für das EU-Rechenzentrum, die wir unseren Kunden zeigen können?', 3, TS, '24x5'],
  ['Panne', 'Existe-t-il une page de statut pour le centre de données européen ?', 3, TS, '24x5'],
  ['Slow', 'The ticket list feels a little slower since we installed the widget. How can we load it only on demand?', 2, TS, '24x5'],
  // traps: the same subjects over a text that reports the matter itself
  ['Timeout', 'Every page in Desk spins and then says the request took too long, for all agents since 9.', 1, TS],
  ['Outage', 'Nobody can reach crm.zoho.eu since 10:15, the site cannot be reached. Can we change anything on our side?', 1, TS, '24x7'],
  ['Slow', 'Every screen takes over a minute to open for all agents since this morning.', 1, TS, '24x5'],
  ['Login', 'None of our users can sign in since 7am. Can we change anything in the settings?', 1, TS, '24x7'],
]

describe('phrasings of round 22, branch r22-subj', () => {
  it('lets a text that asks about a setting or the documentation decide over a bare symptom subject', async () => {
    expect(await misread(HEADLINE_OVER_A_QUESTION)).to.deep.equal([])
  })
})
