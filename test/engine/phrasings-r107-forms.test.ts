// Round 107: verb forms and audience words that were not read (no blind batch; probing short English Support tickets of
// severity 1 that read 3). The harm going on in the progressive ("the sync is overwriting our data", "keeps wiping",
// "keeps deleting", German "überschreibt ständig", French "n'arrête pas d'écraser") had no word: `overwritten` knew only
// "overwrote/overwritten/wiped" as written, "keeps deleting" read as the recycle bin's "keep deleted", and French "n'arrête
// pas de" negated what followed. A hand-out that stopped ("round robin stopped assigning tickets", "hat aufgehört, Tickets
// zuzuweisen", "a cessé d'assigner") named no `work`, and "everything sits unassigned" nothing at all. A widget not loading
// "for any visitor" or "for all visitors" was a piece of a screen: `for anyone` and `everyone` knew users, agents and
// customers, not visitors, guests, patients, members, subscribers or callers, and no rule read a widget that loads for no
// one (now `not loading for anyone` / `for everyone`, 24x5 as a feature that works for no one). "No escalations are
// happening" is the escalations doing their work for no ticket: 1 on 24x5 (the timers at zero beside it alone are a result
// off). Traps: how-tos and wishes about the verb, the partner's own import, a harm over, one visitor, the documented rule.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const FORMS: Phrasing[] = [
  // the harm going on
  ['Sync', 'The sync is overwriting our data.', 1, TS, '24x5'],
  ['Integration', 'The integration keeps overwriting customer records with old values.', 1, TS, '24x5'],
  ['Two orgs', "Our two CRM orgs are overwriting each other's data since the sync was switched on.", 1, TS, '24x5'],
  ['Sync overwrites our data', 'Every night the sync overwrites the addresses of our contacts with old ones.', 1, TS, '24x5'],
  ['Import', 'The import keeps deleting our contacts.', 1, TS, '24x5'],
  ['Phone numbers', 'The sync is wiping the phone numbers on all contacts.', 1, TS, '24x5'],
  ['Notes', 'The blueprint keeps erasing the notes on our deals.', 1, TS, '24x5'],
  ['Prices', 'The Shopify sync started overwriting our product prices yesterday.', 1, TS, '24x5'],
  ['Kundendaten', 'Die Synchronisation überschreibt ständig unsere Kundendaten.', 1, TS, '24x5'],
  ['Adressen', 'Seit dem Update überschreibt der Sync die Adressen in allen Datensätzen.', 1, TS, '24x5'],
  ['Synchro', "La synchro n'arrête pas d'écraser les numéros de téléphone de nos contacts.", 1, TS, '24x5'],
  // a hand-out that stopped, everything left unassigned
  ['Round robin', 'Round robin stopped assigning tickets, everything sits unassigned.', 1, TS, '24x7'],
  ['Auto-assignment', 'Auto-assignment has stopped assigning tickets to our agents.', 1, TS, '24x7'],
  ['Chats', 'Round robin stopped routing chats to our operators.', 1, TS, '24x7'],
  ['Assignment rules', 'Since 9am every new ticket sits unassigned.', 1, TS, '24x5'],
  ['Zuweisung', 'Die Round-Robin-Zuweisung hat aufgehört, Tickets zuzuweisen.', 1, TS, '24x7'],
  ['Round robin', "Le round robin a cessé d'assigner les tickets.", 1, TS, '24x7'],
  // a widget that loads for none of the people it serves
  ['Chat widget', 'The chat widget is not loading for any visitor.', 1, TS, '24x5'],
  ['Widget', 'Our ticket widget on the website is not loading for any visitor.', 1, TS, '24x5'],
  ['Chat widget', 'The chat widget does not load for any of our visitors since this morning.', 1, TS, '24x5'],
  ['Feedback', 'The feedback widget does not load for any guest.', 1, TS, '24x5'],
  ['Booking', 'The booking widget does not load for any patient since the update.', 1, TS, '24x5'],
  ['Chat widget', 'The chat widget is not loading for all visitors.', 1, TS, '24x5'],
  ['Web form', 'Our web-to-lead form is not loading for anyone.', 1, TS, ''],
  ['Widget', 'Das Chat-Widget lädt für alle Besucher nicht mehr.', 1, TS, '24x5'],
  ['Widget', 'Le widget de chat ne se charge pour aucun visiteur.', 1, TS, '24x5'],
  // escalations doing their work for no ticket (a judgement: 1, the feature does nothing; the timers alone would be a 2)
  ['SLA', 'All SLA timers show zero and no escalations are happening.', 1, TS, '24x5'],
  ['Escalations', 'Escalations are no longer happening since Monday.', 1, TS, '24x5'],
  // traps: how-tos and wishes, the partner's own import, a harm over or stopped, one visitor, the documented rule
  ['Owner field', 'how do we stop the sync from overwriting the owner field?', 3, TS, '24x5'],
  ['Import', 'How can we prevent the import from overwriting existing values?', 3, TS, '24x5'],
  ['Widget', 'is the widget loading slower for some visitors?', 2, TS, '24x5'],
  ['Form', 'one visitor reports the form does not load', 2, TS, '24x5'],
  ['Sync', 'the sync overwrote one field yesterday, fixed now', 3, TS, '24x5'],
  ['Import', 'we are overwriting the data ourselves with an import, is that safe?', 3, TS, '24x5'],
  ['Fixed', 'The sync stopped overwriting our data after your fix, thanks.', 3, TS, '24x5'],
  ['Import', 'Is it possible that the import overwrites existing records?', 3, TS, '24x5'],
  ['Recycle bin', 'How long do you keep deleted records?', 3, TS, '24x5'],
  ['Shifts', 'Can agents be set to "Unavailable" when their shift ends, so round robin stops assigning them tickets at night?', 3, TS, '24x5'],
  ['Round robin', 'How do I stop round robin from assigning tickets to agents on leave?', 3, TS, '24x5'],
  ['Unassigned', 'One ticket sits unassigned, is that expected?', 3, TS, '24x5'],
  ['Widget', 'How can we hide the chat widget for guests?', 3, TS, '24x5'],
  ['On hold', 'Why are no escalations happening for tickets on hold?', 3, TS, '24x5'],
  ['Feld', 'Wie verhindern wir, dass der Sync das Feld Besitzer überschreibt?', 3, TS, '24x5'],
]

describe('phrasings, round 107: verb forms and audiences', () => {
  it('reads harm going on, hand-outs stopped, widgets loading for no one and escalations not happening as severity 1', async () => {
    expect(await misread(FORMS)).to.deep.equal([])
  })
})
