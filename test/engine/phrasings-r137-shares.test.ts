// Round 137: leftovers of rounds 130–133, read as families.
// 1. A share told by what works, with "only" before it ("Only 60% of our emails are delivered", "only half of the invoices
//    went out", "Nur 60 % der Mails werden zugestellt", "Seulement 60 % des e-mails sont distribués") read 3: nothing failed
//    was said. The rest does not come through, a part failing (DOMAIN.md §4: it works but gives incorrect results, 2;
//    rule `done for a share only`, concepts `only a share` + `work`). "100% delivered again" names no share (3), and a
//    share of people who use a thing ("only 60 % of our team uses the app, how do we get the rest on board?") names no
//    work of the product (3).
// 2. A value missing on a share of the records ("12 invoices out of 400 are missing the tax", "12 von 400 Rechnungen fehlt
//    die Steuer", "bei einigen Kontakten fehlt die Telefonnummer", "some leads are missing their owner") read lost data
//    (1). The records are there and the rest carry the value: a wrong result for a part (§4, 2; rule `value missing for
//    a share`, which data integrity yields to). "300 contacts are missing" names no value and stays lost records (1), as
//    does every contact missing its numbers after an import.
// 3. The steps to set a thing up asked after a "why is it not working?" ("why is my workflow not getting triggered? kindly
//    share the steps to configure it", "Schritte zur Einrichtung", "les étapes pour le configurer") read 1. The partner
//    has not set it up yet: a how-to (§4: configurations, 3; concept `setup steps asked`, which the rule `not working`
//    yields to anywhere). A failure told for everyone with a check asked ("kindly check on priority") or a fix asked
//    ("share the steps to fix it") stays 1 on 24x5.
// 4. English "nothing" as the subject of a passive ("nothing can be exported") read 3, where "we can't export anything" was
//    1 (round 128) and "nothing can be saved" already read 1. A task nobody can do, 1 on 24x5 (README rounds 128 and 130);
//    so are "nichts kann mehr exportiert werden" and "rien ne peut être exporté". Choice (DOMAIN.md does not settle it):
//    "contacts cannot be exported since the update" is the same task lost (1, 24x5; it read 3); a limitation asked about
//    stays 3. "we can't do anything in CRM" already read 1 (show-stopper) and is held here.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SHARE_DONE: Phrasing[] = [
  ['Email delivery', 'Only 60% of our emails are delivered.', 2, TS, '24x5'],
  ['Email delivery', 'Since yesterday only 70 % of our campaign emails get delivered.', 2, TS, '24x5'],
  ['Sync', 'Only half of our contacts were synced to CRM.', 2, TS, '24x5'],
  ['Sync', 'Only about half of our deals sync to Books since Monday.', 2, TS, '24x5'],
  ['Import', 'Only 300 out of 1000 contacts were imported.', 2, TS, '24x5'],
  ['Mails', 'Nur 60 % der Mails werden zugestellt.', 2, TS, '24x5'],
  ['Synchronisation', 'Nur 40 % der Kontakte werden synchronisiert.', 2, TS, '24x5'],
  ['Zustellung', 'Seit gestern wird nur etwa die Hälfte unserer Newsletter zugestellt.', 2, TS, '24x5'],
  ['E-mails', 'Seulement 60 % des e-mails sont distribués.', 2, TS, '24x5'],
  ['Synchronisation', 'Seuls 60 % des contacts sont synchronisés.', 2, TS, '24x5'],
  ['Envoi', 'Seuls 40 % des devis sont envoyés aux clients.', 2, TS, '24x5'],
  // traps: all delivered again, a share of people using the app, an open rate asked about
  ['Email delivery', '100% delivered again, thanks for the fix.', 3, TS, '24x5'],
  ['Adoption', 'Only 60 % of our team uses the app, how do we get the rest on board?', 3, TS, '24x5'],
  ['Nutzung', 'Nur 60 % unseres Teams nutzt die App. Wie bekommen wir den Rest dazu?', 3, TS, '24x5'],
  ['Campaign', 'Only 10 % of our emails are opened by the recipients, how can we improve that?', 3, TS, '24x5'],
]

const VALUE_MISSING: Phrasing[] = [
  ['Invoices', '12 invoices out of 400 are missing the tax.', 2, TS, '24x5'],
  ['Invoices', 'Some invoices are missing the tax line.', 2, TS, '24x5'],
  ['Contacts', 'A few contacts are missing their phone number after the import.', 2, TS, '24x5'],
  ['Leads', 'Some leads are missing their owner after the migration.', 2, TS, '24x5'],
  ['Rechnungen', '12 von 400 Rechnungen fehlt die Steuer.', 2, TS, '24x5'],
  ['Kontakte', 'Bei einigen Kontakten fehlt die Telefonnummer.', 2, TS, '24x5'],
  ['Kontakte', 'Bei 20 von 500 Kontakten fehlt die E-Mail-Adresse.', 2, TS, '24x5'],
  ['Contacts', "Certains contacts n'ont pas de numéro de téléphone après l'import.", 2, TS, '24x5'],
  // traps: records missing, or a value missing on every record, stay lost data
  ['Contacts', '300 contacts are missing.', 1, TS, '24x5'],
  ['Kontakte', 'Nach dem Import fehlen 300 Kontakte.', 1, TS, '24x5'],
  ['Contacts', 'All our contacts are missing their phone numbers after the import.', 1, TS, '24x5'],
  ['Kontakte', 'Nach dem Import von gestern fehlt die komplette Kundenliste.', 1, TS, '24x5'],
  ['Contacts', "Les contacts importés sur le CRM n'ont pas de numéro depuis la synchronisation, tous les numéros ont disparu.", 1, TS, '24x5'],
]

const SETUP_ASKED: Phrasing[] = [
  ['Workflow', 'why is my workflow not getting triggered? kindly share the steps to configure it', 3, TS, '24x5'],
  ['Workflow', 'Why is my workflow not triggering? Please share the steps to set it up.', 3, TS, '24x5'],
  ['Blueprint', 'why my blueprint not working? kindly guide how to configure it', 3, TS, '24x5'],
  ['Workflow', 'Warum wird mein Workflow nicht ausgelöst? Können Sie mir die Schritte zur Einrichtung schicken?', 3, TS, '24x5'],
  ['Workflow', "Pourquoi mon workflow ne se déclenche pas ? Pouvez-vous m'envoyer les étapes pour le configurer ?", 3, TS, '24x5'],
  // traps: a failure for everyone with a check asked, a fix asked
  ['Workflow', 'workflows are not getting triggered for anyone since morning. kindly check on priority', 1, TS, '24x5'],
  ['Workflow', 'Workflow not triggering since the update, it worked before. Please share the steps to fix it.', 1, TS, '24x5'],
]

const NOTHING_DONE: Phrasing[] = [
  ['Export', 'nothing can be exported', 1, TS, '24x5'],
  ['Export', 'Nothing can be exported since this morning.', 1, TS, '24x5'],
  ['Export', 'Nothing could be exported today, the button does nothing.', 1, TS, '24x5'],
  ['Export', 'Contacts cannot be exported since the update.', 1, TS, '24x5'],
  ['Export', 'Seit heute kann nichts mehr exportiert werden.', 1, TS, '24x5'],
  ['Export', 'Rien ne peut être exporté depuis ce matin.', 1, TS, '24x5'],
  ['Save', 'nothing can be saved since the update', 1, TS, '24x5'],
  ['CRM', "we can't do anything in CRM", 1, TS, '24x5'],
  // traps: nothing to export yet, a limitation asked about, a list asked for
  ['Export', 'Nothing to export yet, how do I set up the first export?', 3, TS, '24x5'],
  ['Export', 'Notes cannot be exported, is that a limitation of the product?', 3, 'Product Management Related', '24x5'],
  ['Export', 'Which fields can be exported? Please share the list.', 3, TS, '24x5'],
]

describe('phrasings, round 137: shares, values missing for some, set-up steps asked, "nothing can be"', () => {
  it('reads a share told by what works as a part failing', async () => {
    expect(await misread(SHARE_DONE)).to.deep.equal([])
  })
  it('reads a value missing on a share of the records as a wrong result for a part', async () => {
    expect(await misread(VALUE_MISSING)).to.deep.equal([])
  })
  it('reads the steps to set a thing up, asked after "why is it not working?", as a how-to', async () => {
    expect(await misread(SETUP_ASKED)).to.deep.equal([])
  })
  it('reads "nothing can be exported" as a task nobody can do', async () => {
    expect(await misread(NOTHING_DONE)).to.deep.equal([])
  })
})
