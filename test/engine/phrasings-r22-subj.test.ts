// Round 22 (branch r22-subj): a bare symptom subject ("Timeout", "Outage", "Slow", "Deleted", "Crash") over a
// text that is a calm question about a setting, the documentation or a hypothetical: the subject is a
// headline, the text decides (README). Twins where the text reports the matter itself stay 1.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// A bare subject over a text that only asks (a how-to or a question, the symptom word at most inside a
// sentence that ends with "?"): the question's severity.
const HEADLINE_OVER_A_QUESTION: Phrasing[] = [
  ['Timeout', 'Can we change how long agents stay signed in when they are idle? Ours should end after 4 hours.', 3, TS, '24x5'],
  ['Timeout', 'What is the idle timeout for agent sessions, and can we change it?', 3, TS, '24x5'],
  ['Outage', 'What uptime does Zoho guarantee for Desk? We need it for a customer contract.', 3, TS, '24x5'],
  ['Outage', 'How are partners told about planned outages in the EU data centre?', 3, TS, '24x5'],
  ['Ausfall', 'Gibt es eine Statusseite für das EU-Rechenzentrum, die wir unseren Kunden zeigen können?', 3, TS, '24x5'],
  ['Panne', 'Existe-t-il une page de statut pour le centre de données européen ?', 3, TS, '24x5'],
  ['Crash', 'What is the maximum attachment size before the app refuses it? How can we tell agents?', 3, TS, '24x5'],
  ['Slow', 'The ticket list feels a little slower since we installed the widget. How can we load it only on demand?', 2, TS, '24x5'],
  ['Timeout', 'Our own script gives up after 30 seconds. Which batch size would you recommend?', 3, TS, '24x5'],
  // traps: the same subjects over a text that reports the matter itself
  ['Timeout', 'Every page in Desk spins and then says the request took too long, for all agents since 9.', 1, TS],
  ['Timeout', 'Every request to Desk times out since 10:00 for all of us. Which browser would you recommend?', 1, TS],
  ['Outage', 'Nobody can reach crm.zoho.eu since 10:15, the site cannot be reached. Can we change anything on our side?', 1, TS, '24x7'],
  ['Slow', 'Every screen takes over a minute to open for all agents since this morning.', 1, TS, '24x5'],
  ['Login', 'None of our users can sign in since 7am. Can we change anything in the settings?', 1, TS, '24x7'],
]

// Where deleted records go, and deleting on a customer's request (GDPR): a question and the users' doing.
const WHERE_DELETED_RECORDS_GO: Phrasing[] = [
  ['Deleted', 'Where do deleted tickets go, and how long are they kept?', 3, TS, '24x5'],
  ['Gelöscht', 'Wo landen gelöschte Kontakte, und wie lange werden sie aufbewahrt?', 3, TS, '24x5'],
  ['Supprimé', 'Où vont les contacts supprimés ? Combien de temps sont-ils conservés ?', 3, TS, '24x5'],
  ['GDPR', 'A former client wants all their records erased under GDPR. How do we delete a contact with all its tickets for good?', 3, TS, '24x5'],
  ['DSGVO', 'Ein Kunde verlangt nach DSGVO die Löschung aller Daten. Wie löschen wir einen Kontakt endgültig?', 3, TS, '24x5'],
  ['RGPD', 'Un client demande au titre du RGPD la suppression de toutes ses données. Comment supprimer un contact définitivement ?', 3, TS, '24x5'],
  // traps: records gone with nobody removing them
  ['Deleted', 'All our contacts have been deleted overnight, nobody here did it.', 1, TS, '24x5'],
  ['Lost', 'The notes our agents wrote on tickets this week are gone from every ticket. Nobody removed them.', 1, TS, '24x5'],
]

// Locking a record is a setting, not being locked out.
const LOCKING_A_RECORD: Phrasing[] = [
  ['Locked', 'How do we lock a deal once it reaches Closed Won so reps cannot edit the amount?', 3, TS, '24x5'],
  ['Locked', 'Can we lock a quote after approval so that nobody edits it?', 3],
  // traps
  ['Locked', 'All agents are locked out of Desk since 9 and nobody can get back in.', 1, TS, '24x7'],
  ['Locked', 'Our account got locked this morning and none of us can sign in.', 1, TS, '24x7'],
]

// A speed measured against the figure the documentation gives: worse than documented (2).
const SLOWER_THAN_THE_DOCUMENTED_FIGURE: Phrasing[] = [
  ['Slow', 'Opening a report takes 12 seconds. Your docs say reports open in under 3 seconds. Everything else is fine.', 2, TS, '24x5'],
  ['Slow', 'According to the documentation a bulk export should take 5 minutes; ours takes 40.', 2, TS, '24x5'],
  ['Lent', "L'export prend 40 minutes. Selon la documentation, il devrait prendre 5 minutes.", 2, TS, '24x5'],
  // traps: slowness said with an intensifier, or without a documented figure
  ['Slow', 'CRM is extremely slow for all users since 9, every page takes minutes. The docs say 2 seconds.', 1, TS],
  ['Slow', 'Every page in CRM takes minutes to load for all our users since this morning.', 1, TS],
]

describe('phrasings of round 22, branch r22-subj', () => {
  it('lets a text that only asks decide over a bare symptom subject', async () => {
    expect(await misread(HEADLINE_OVER_A_QUESTION)).to.deep.equal([])
  })
  it('reads where deleted records go and a GDPR deletion as questions, not lost data', async () => {
    expect(await misread(WHERE_DELETED_RECORDS_GO)).to.deep.equal([])
  })
  it('reads locking a record as a setting, not a lockout', async () => {
    expect(await misread(LOCKING_A_RECORD)).to.deep.equal([])
  })
  it('reads a speed measured against the documented figure as worse than documented', async () => {
    expect(await misread(SLOWER_THAN_THE_DOCUMENTED_FIGURE)).to.deep.equal([])
  })
})
