// Round 9 (branch r9-en): the Support boundaries the batch test/fixtures/classify/grown-25.yaml missed
// as written (severity 2 without the word "wrong", "worse than documented", how-to questions that
// carry symptom words, severity 1 said mildly, feature requests in many wordings), said back in other
// words and, where the words exist, in German and French, each with a trap that must not match.
// Each: subject, text, severity, and the type and clock where the phrasing decides them.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'
const PMR = 'Product Management Related'
const PR = 'Payments Renewal'
const INV = 'Invoice changes'

describe('phrasings (r9-en): Support severities at their boundaries', () => {
  it('reads "instead of" in a how-to question as what the partner wants, not a result', async () => {
    const list: Phrasing[] = [
      ['Backups', 'How do we set up the export to run weekly instead of monthly?', 3, TS],
      ['Sync', 'Is there a way to update the existing contact instead of creating a new one?', 3, TS],
      ['Export', 'Wie können wir den Export wöchentlich statt monatlich laufen lassen?', 3, TS],
      ['Export', "Comment programmer l'export chaque semaine au lieu de chaque mois ?", 3, TS],
      // traps: a result reported as another one than meant
      ['Report', 'The report shows the gross amount instead of the net amount since Monday.', 2, TS],
      ['Bericht', 'Der Bericht zeigt seit Montag den Bruttobetrag statt des Nettobetrags.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads "how do I stop…" and "ideally…" as a wish, nothing reported', async () => {
    const list: Phrasing[] = [
      ['Web form', 'How can we stop duplicate leads from being created when a visitor submits the form again?', 3, TS, '24x5'],
      ['Workflow', 'How do I stop the workflow from sending the survey to internal users?', 3, TS, '24x5'],
      ['Import', 'Ideally the import should skip existing records instead of creating duplicates. Is there an option?', 3, TS],
      ['Import', 'Idealerweise sollte der Import doppelte Datensätze überspringen. Gibt es dafür eine Option?', 3, TS],
      // trap: duplicates that happen are a result
      ['Web form', 'Every lead from the web form is created twice in CRM since Tuesday.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a timeout to set and an "outage" tag as settings, no symptom', async () => {
    const list: Phrasing[] = [
      ['invokeurl', 'Can we set a timeout on invokeurl so the function gives up after 10 seconds?', 3, TS, '24x5'],
      ['Slack', 'We want a Slack message whenever a ticket is tagged as outage in Desk. Which extension do we need?', 3, TS, '24x5'],
      // trap: a timeout that happens is slowness
      ['CRM', 'Every report times out since the update and the sales team cannot work.', 1, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads an import that stops at a count as partial, not stopped', async () => {
    const list: Phrasing[] = [
      ['Import stops at 5,000 rows', 'The help page says 50,000 records per file. The import runs, just 5,000 rows instead of 38,000.', 2, TS, '24x5'],
      ['Import', 'Each time the import stops after 2,500 records, the rest of the file is ignored.', 2, TS, '24x5'],
      // trap: an import that stopped altogether
      ['Import', 'The scheduled import stopped working on Monday: nothing is imported any more.', 1, TS, '24x7'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads figures that still count what was removed, or leave out what belongs, as results off', async () => {
    const list: Phrasing[] = [
      ['Stock', 'The two sales orders cancelled last week seem to still be deducted from the stock on hand.', 2, TS],
      ['Report', 'Two open deals are not counted in the pipeline report although they match the filter.', 2, TS],
      ['Subform', 'The order total still includes the row we deleted before saving.', 2, TS, '24x5'],
      ['Lager', 'Die stornierten Aufträge werden weiterhin abgezogen, der Bestand ist zu niedrig.', 2, TS],
      ['Stock', 'Les commandes annulées sont toujours déduites du stock disponible.', 2, TS],
      // trap: records that are gone are lost data
      ['Deals', 'About 1,200 deals from 2023 are no longer there and they are not in the recycle bin.', 1, TS, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a multiplier or factor computed otherwise as a result off', async () => {
    const list: Phrasing[] = [
      ['Payroll', 'The overtime multiplier used in the pay run is different from the one in the settings.', 2, TS],
      ['Payroll', 'Der Faktor für Überstunden ist in der Abrechnung anders als in der Einstellung.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a campaign contact who unsubscribed as no cancellation', async () => {
    const list: Phrasing[] = [
      ['Newsletter', 'The newsletter went out twice to the same members and two subscribers unsubscribed.', 2, TS],
      ['Campaign', 'The unsubscribe link in the footer of the campaign leads to a 404 page.', 3, TS],
      // trap: a partner who wants to end the subscription
      ['Zoho One', 'Please unsubscribe our customer from Zoho One at the end of the month.', 1, PR],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a rate, a delay or a duration measured against the documentation as worse than documented', async () => {
    const list: Phrasing[] = [
      ['API throttled at 25 calls per minute, docs say 100', 'The integration still runs, only four times longer than planned.', 2, TS, '24x5'],
      ['Webhooks', 'The webhooks arrive 20 to 30 minutes later than the ticket; the developer docs call them near real time.', 2, TS],
      ['Sync', 'The Books to CRM sync is taking 3 to 4 hours. Your help page says changes sync within minutes.', 2, TS],
      ['Sync', 'Die Synchronisation dauert inzwischen drei Stunden, also zehnmal länger als geplant.', 2, TS],
      // trap: a question about the documented limit reports nothing
      ['Rate limit', 'Your docs mention 100 API calls per minute. Is that per user or per organisation?', 3, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a missing mandatory field as a validation error, no lost data', async () => {
    const list: Phrasing[] = [
      ['Sync', 'Can we configure what happens when the sync fails for a record (for example a contact with a missing mandatory field)?', 3, TS],
      ['Import', 'Where do I see which rows were skipped because of a missing required field?', 3, TS],
      // trap: records that went missing
      ['Sync', 'After the sync 300 contacts are missing in CRM.', 1, TS, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads values overwritten with other records\' values as data integrity', async () => {
    const list: Phrasing[] = [
      ['Phone numbers', 'In CRM the numbers are overwritten with numbers of other people after the sync.', 1, TS, '24x5'],
      ['Deals', 'Half of last year\'s deals no longer exist in the module, nobody deleted them.', 1, TS, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a hang that leaves nothing to do as a show-stopper, and "painfully slow" as slowness', async () => {
    const list: Phrasing[] = [
      ['Pay run', 'The pay run has been stuck at Processing for over 5 hours.', 1, TS, '24x5'],
      ['Payroll', 'We cannot approve the run or do anything else in the organisation.', 1, TS, '24x5'],
      ['Desk', 'Desk has become painfully slow, every click takes 20 seconds.', 1, TS, '24x5'],
      ['CRM', 'Das CRM ist extrem langsam geworden.', 1, TS],
      ['CRM', 'Le CRM est devenu terriblement lent.', 1, TS],
      // traps: a little slow, or slower than before, performs worse
      ['Forms', 'The form is a bit slow to submit since we added the payment field.', 2, TS],
      ['Desk search sluggish', 'It is not down and the agents work, but the search has become sluggish.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads the text against a subject it qualifies', async () => {
    const list: Phrasing[] = [
      ['Slow CRM', 'Opening deals has been slow since Monday, slower than usual: about 5 seconds.', 2, TS],
      ['Contacts deleted', 'An intern deleted 60 contacts by mistake yesterday. How do we get them back?', 3, TS],
      ['Kontakte gelöscht', 'Ein Praktikant hat gestern aus Versehen 60 Kontakte gelöscht. Wie stellen wir sie wieder her?', 3, TS],
      // traps: a text that says the same thing plainly, or says nothing of it
      ['CRM slow', 'The CRM is slow since this morning for all 40 users.', 1, TS],
      ['Contacts deleted', 'Since the sync last night 300 contacts are deleted and nobody touched them.', 1, TS],
      ['Very slow', 'Please check our org 6620012.', 1, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a request for a new capability in many wordings as a feature request', async () => {
    const list: Phrasing[] = [
      ['Portal languages', 'Are there any plans to support Hindi and Tamil in the customer portal?', 3, PMR],
      ['Subforms', 'Could you pass this on to the product team: bulk editing of subform rows.', 3, PMR],
      ['Challan PDF', 'Suggestion for Zoho Inventory: custom fields on the delivery challan PDF.', 3, PMR],
      ['Webhooks', 'Please add a retry option for failed webhooks.', 3, PMR],
      ['SMS', 'Feature idea: send an SMS to all contacts of an account from a ticket.', 3, PMR],
      ['SLA report', "It's not a bug, but we'd love to see an option to exclude weekends.", 3, PMR],
      ['Portail', "Pouvez-vous transmettre à l'équipe produit : un portail client en hindi.", 3, PMR],
      // traps: a negated feature request, and a bug for the product team is still a feature request only when asked as one
      ['Not a feature request', "This isn't a feature request, just a how-to: how do I hide a field from portal users?", 3, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads "update" and "changed" as a request only when Zoho is asked to change a document', async () => {
    const list: Phrasing[] = [
      ['Invoice PDF', 'Since the Books update on the weekend the PDF of our client\'s invoices no longer shows the terms field.', 2, TS],
      ['Books', 'We need a Deluge script that sets IGST on invoices; how do we update the line item taxes through the API?', 3, TS],
      ['Rounding', 'Which setting controls the rounding of the invoice total in Books?', 3, TS],
      // traps: Zoho asked to change its invoice
      ['Invoice', 'Please update the billing address on your invoice INV-2231 to our new office.', 2, INV],
      ['Invoice', 'The company name on your invoice must be changed to Keller GmbH, can you change it?', 2, INV],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads a hedge about one\'s own reading as no lost data', async () => {
    const list: Phrasing[] = [
      ['Chats', 'I might be missing something, but the chat report shows 118 chats where the history has 131.', 2, TS, '24x5'],
      ['Report', 'Am I missing something? The dashboard total is lower than the sum of the rows.', 2, TS, '24x5'],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads documentation about an error as a documentation question, not a failure against it', async () => {
    const list: Phrasing[] = [
      ['Documentation about error 403 unclear', 'Which scopes do we need to read ticket threads?', 3, TS],
      ['API docs', 'The part about OAuth scopes in the documentation is not clear to me.', 3, TS],
      // trap: a failure where the documentation promises otherwise
      ['Attachments', 'Uploads of 15 MB fail with an error, although the documented limit is 20 MB.', 2, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })

  it('reads "no custom function" as code that is absent, not as something that does not work', async () => {
    const list: Phrasing[] = [
      ['Forms', 'Every entry creates two leads. The integration is the standard one, no custom function.', 2, TS, '24x5'],
      ['Workflow', 'The webhook is called twice per edit; there is no custom code involved.', 2, TS, '24x5'],
      // trap: a custom function that does not work
      ['Function', 'The custom function on deal creation does not work since this morning.', 1, TS],
    ]
    expect(await misread(list)).to.deep.equal([])
  })
})
