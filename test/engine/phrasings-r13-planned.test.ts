// Round 13 (lead): planned maintenance. "Planned" marks an outage that is announced, not a
// report; it does not make a whole clause hypothetical ("the scheduled reports are no longer sent"
// reports a failure, whatever the reports were planned for).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const STORE = 'Store Related'

// A question about a maintenance, or an outage announced, reports nothing, in whichever order the
// words come ("eine Wartung geplant", "une coupure est-elle prévue"), also under an alarming subject.
const ANNOUNCED: Phrasing[] = [
  ['Maintenance', 'Is there any planned downtime this weekend?', 3, TS, '24x5'],
  ['Outage this weekend?', 'Is a maintenance window scheduled for Saturday? We want to warn our clients.', 3, TS, '24x5'],
  ['Wartung', 'Ist am Wochenende eine Wartung geplant? Wird Desk dann ausfallen?', 3, TS, '24x5'],
  ['Ausfall am Samstag?', 'Gibt es am Samstag ein Wartungsfenster? Wir möchten unsere Kunden informieren.', 3, TS, '24x5'],
  ['Wartung', 'Gibt es einen geplanten Ausfall am Samstag?', 3, TS, '24x5'],
  ['Panne ce week-end ?', 'Une maintenance est-elle prévue samedi ? Nous voulons prévenir nos clients.', 3, TS, '24x5'],
  ['Maintenance', 'Une coupure est-elle prévue ce week-end ?', 3, TS, '24x5'],
  ['Maintenance', 'Y a-t-il une panne planifiée samedi ?', 3, TS, '24x5'],
  ['Downtime', 'Will there be any downtime on Sunday night? We need to tell our customers.', 3, TS, '24x5'],
  ['Store maintenance', 'Will the store be unavailable during the scheduled maintenance?', 2, STORE, '24x5'],
  // traps: an outage now, asked whether it was planned; still down after the maintenance
  ['Outage', 'Desk went down at 9. Is this a planned maintenance?', 1, TS, '24x7'],
  ['Ausfall', 'Das CRM ist seit 9 Uhr ausgefallen. Ist das eine geplante Wartung?', 1, TS, '24x7'],
  ['Panne', 'Le CRM est en panne depuis 9h. Est-ce une maintenance prévue ?', 1, TS, '24x7'],
  ['Maintenance', 'The maintenance window ended two hours ago and Desk is still down for all agents.', 1, TS, '24x7'],
  ['Wartung', 'Das Wartungsfenster ist seit zwei Stunden vorbei und Desk ist immer noch nicht erreichbar.', 1, TS, '24x7'],
  ['Maintenance', 'La maintenance prévue est terminée mais le CRM est toujours indisponible.', 1, TS, '24x7'],
]

// Something that runs on a schedule and no longer does is a failure like any other.
const SCHEDULED_THINGS: Phrasing[] = [
  ['Exports', 'The planned exports no longer run since Monday.', 1, TS],
  ['Berichte', 'Die geplanten Berichte werden nicht mehr versendet.', 1, TS],
  ['Rapports', 'Les rapports planifiés ne sont plus envoyés.', 1, TS],
  ['Jobs', 'Die geplanten Jobs laufen seit dem Update nicht mehr.', 1, TS],
  // trap: a question how to plan one stays a question
  ['Berichte', 'Wie kann ich einen geplanten Bericht anlegen?', 3, TS, '24x5'],
]

describe('phrasings (r13, planned maintenance)', () => {
  it('reads a maintenance asked about or announced as no outage', async () => {
    expect(await misread(ANNOUNCED)).to.deep.equal([])
  })
  it('reads scheduled things that stopped as a failure', async () => {
    expect(await misread(SCHEDULED_THINGS)).to.deep.equal([])
  })
})

// Everyone, said with a possessive or a collective ("tous nos clients", "allen unseren Kunden",
// "the whole org"): a failure for all of them is a show-stopper for all users.
const EVERYONE: Phrasing[] = [
  ['Paiement client', 'Le paiement en ligne échoue pour l\'ensemble de nos clients.', 1, TS, '24x5'],
  ['Zahlung', 'Die Online-Zahlung schlägt bei allen unseren Kunden fehl.', 1, TS, '24x5'],
  ['Zahlung', 'Der Export schlägt für sämtliche Benutzer fehl.', 1, TS, '24x5'],
  ['Export', 'The export fails for the whole org since this morning.', 1, TS, '24x5'],
  ['Export', 'L\'export échoue pour tous nos agents depuis ce matin.', 1, TS, '24x5'],
  // traps: a how-to for all of them, a failure for some of them
  ['Accès', 'Comment donner accès au portail à tous nos clients ?', 3, TS, '24x5'],
  ['Rechte', 'Wie gebe ich allen unseren Kunden Zugriff auf das Portal?', 3, TS, '24x5'],
  ['Mass mail', 'How do I send a mass email to all our customers from CRM?', 3, TS, '24x5'],
]

describe('phrasings (r13, everyone)', () => {
  it('reads a failure for all of "our" people as one for all users', async () => {
    expect(await misread(EVERYONE)).to.deep.equal([])
  })
})

// Records that cannot move on ("no deal can move forward", "kein Deal kommt mehr weiter",
// "aucune affaire ne peut avancer"): the process does not work.
const STUCK: Phrasing[] = [
  ['Blueprint', 'The stage transitions throw errors and no deal can move forward.', 1, TS, '24x5'],
  ['Blueprint', 'Tickets cannot be moved forward in the blueprint since the update.', 1, TS, '24x5'],
  ['Blueprint', 'Kein Ticket kommt mehr weiter, der Übergang im Blueprint wirft einen Fehler.', 1, TS, '24x5'],
  ['Blueprint', 'Depuis la mise à jour, aucun ticket ne peut avancer dans le blueprint.', 1, TS, '24x5'],
  // traps: a project waiting on an answer, a how-to, a date brought forward
  ['Go-live', 'We cannot move forward with the go-live until you confirm the API limits.', 3, TS, '24x5'],
  ['Blueprint', 'How do deals move forward automatically when a field is filled?', 3, TS, '24x5'],
  ['Ticket', 'There has been no progress on our ticket 12345 for a week, can someone look?', 3, TS, '24x5'],
]

describe('phrasings (r13, stuck records)', () => {
  it('reads records that cannot move on as a process that does not work', async () => {
    expect(await misread(STUCK)).to.deep.equal([])
  })
})

// German separable verbs put the negation between the verb and its particle: it negates the verb.
const SEPARABLE: Phrasing[] = [
  ['Wartung', 'Keine Sorge, der Dienst fällt dabei nicht aus.', 3, TS, '24x5'],
  ['Update', 'Während des Updates fällt das CRM nicht aus, oder?', 3, TS, '24x5'],
  // traps: the verb said without a negation is still the outage
  ['Ausfall', 'Das CRM fällt seit heute früh immer wieder aus.', 1, TS, '24x7'],
  ['Ausfall', 'Der Server fiel um 9 Uhr komplett aus.', 1, TS, '24x7'],
]

describe('phrasings (r13, German separable verbs)', () => {
  it('reads a negation between a separable verb and its particle as negating it', async () => {
    expect(await misread(SEPARABLE)).to.deep.equal([])
  })
})
