// Round 20 (branch r20-multi): the meanings behind the first-read misses of grown-69.yaml (English
// tickets that carry several matters), in other words and languages than the tickets, with traps.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Slowness is a severity-1 matter too (DOMAIN §4): said in a sentence of its own beside an Operations
// request, it names the type (severeMatter), 1 on 24x5; said of the Operations object, it stays that object's.
const SLOWNESS_NAMES_THE_TYPE: Phrasing[] = [
  ['Trial for Acme', 'Please extend the CRM trial of Acme Ltd by a week. Separately, Desk has become unbearably slow for our other client, every ticket takes minutes to open.', 1, TS, '24x5'],
  ['Upgrade + speed', 'We would like to upgrade Brook & Co to the Enterprise edition. Also their Books takes ages to load, several minutes for the invoice list, for every user.', 1, TS, '24x5'],
  ['Invoice copy', 'Could you resend last month\'s invoice? Unrelated: CRM is extremely slow today for all our users.', 1, TS, '24x5'],
  ['Testversion', 'Bitte verlängern Sie die Testphase für Müller GmbH. Außerdem ist das CRM bei einem anderen Kunden seit heute extrem langsam.', 1, TS, '24x5'],
  // traps: a little slow beside an Operations request, slowness of the trial itself
  ['Trial', 'Please extend the trial of Acme by a week. Their CRM has been a bit slow this week, nothing serious.', 2],
  ['Trial', 'The trial account is painfully slow, could you extend it by a week so they can test properly?', 2, 'Trial Extension'],
]

// A postscript under the signature is the partner's own words again (README: signatures are not).
const POSTSCRIPT: Phrasing[] = [
  ['Monthly update', 'Hi,\n\nThe migration is going well, all contacts are in.\n\nBest regards,\nTom\n\nP.S. Desk has been down for all agents since 10:00.', 1, TS, '24x7'],
  ['Project status', 'Hello,\n\nTraining went fine this week.\n\nThanks,\nAnna\n\nPS: nobody at the client can log in to CRM since this morning.', 1, TS, '24x7'],
  ['Renewal', 'Hi,\n\nPlease renew the 10 Desk licences of Kerr Ltd.\n\nRegards,\nJo\n\nP.S. all their deal amounts have been wiped since the import last night.', 1, TS, '24x5'],
  ['Stand', 'Hallo,\n\nDas Projekt läuft gut.\n\nViele Grüße\nJan\n\nPS: Seit 9 Uhr ist das CRM komplett ausgefallen.', 1, TS, '24x7'],
  // traps: a postscript that reports nothing, a disclaimer under the signature
  ['Question', 'Hi,\n\nHow do I add a custom field to quotes?\n\nThanks,\nTom\n\nP.S. thanks for fixing the outage last week.', 3, TS],
  ['Question', 'Hi,\n\nHow do I add a custom field to quotes?\n\nKind regards,\nTom\n\nThis e-mail may contain confidential data; if you received it in error, delete it. Outages of our mail server are announced on our site.', 3, TS],
]

// A cancellation the customer took back by staying is called off wherever it is named (README: a
// cancellation the customer took back is over).
const CANCELLATION_CALLED_OFF: Phrasing[] = [
  ['Licences', 'Earlier I asked you to cancel Kerr Ltd\'s CRM subscription. Good news: they decided to stay after all. Can you tell us the renewal date?', 3],
  ['Subscription', 'Last week Pike & Co wanted to cancel their Desk licences. They are staying with Zoho after all, so nothing to do.', 2],
  ['Abo', 'Der Kunde wollte sein CRM-Abo kündigen. Er bleibt doch bei Zoho, bitte nichts unternehmen.', 2],
  // traps: a cancellation still wanted
  ['Cancel', 'Please cancel the CRM subscription of Pike & Co at the end of the term; they are moving to another vendor.', 1, 'Payments Renewal'],
  ['Cancel', 'They decided to stay on Zoho Books, but please cancel their Zoho Desk subscription.', 1, 'Payments Renewal'],
]

// Documents that come back into a product without a part are a delivery that falls short, no access
// failure ("come back into" names people getting back in only when people do).
const DOCUMENTS_COME_BACK: Phrasing[] = [
  ['Sign', 'The signed documents come back into CRM without the PDF for some deals.', 2, TS, '24x5'],
  ['Sign', 'Since Monday the contracts come back into Desk without their attachments on a few tickets.', 2, TS, '24x5'],
  // traps: people who cannot come back in
  ['Login', 'Since this morning nobody can come back into CRM after the forced logout.', 1, TS, '24x7'],
  ['Login', 'Our agents cannot get back into Desk since 9, the sign-in page just reloads.', 1, TS, '24x7'],
]

// Back up since a time: over, and it sets aside the outage the sentence before names (resolvedSince).
const BACK_UP_SINCE: Phrasing[] = [
  ['Trial', 'Please extend the trial by a week. CRM was down for them on Monday. It has been back up since Tuesday morning.', 2, 'Trial Extension'],
  ['Question', 'Desk was unavailable for an hour yesterday. It is back online since noon. How do I export the audit log?', 3, TS],
  ['Frage', 'Das Portal war am Montag nicht erreichbar. Es ist seit Dienstag wieder erreichbar. Wie kann ich einen Kunden zuordnen?', 3],
  ['Question', 'Le CRM était en panne lundi. Il est de nouveau accessible depuis mardi. Comment exporter les contacts ?', 3, TS],
  // traps: down again, or down since a time
  ['CRM', 'CRM was down on Monday. It has been down again since 9 this morning.', 1, TS, '24x7'],
  ['CRM', 'CRM has been down since 9 this morning for all users.', 1, TS, '24x7'],
]

// A change asked of Zoho's invoice or commission statement is the matter of moderate impact (2),
// beside a how-to; asking how to get such a change is a how-to (3).
const DOCUMENT_CHANGE_BESIDE_HOWTO: Phrasing[] = [
  ['Invoice address', 'Please correct the billing address on invoice INV-3391. Also, how can we see our open invoices in the portal?', 2, 'Invoice changes'],
  ['Commission statement', 'Our commission statement shows the wrong rate, could you reissue it? And where do we find last year\'s statements?', 2, 'Commission Payment'],
  ['Rechnung', 'Bitte korrigieren Sie die USt-IdNr. auf der Rechnung. Wie können wir weitere Nutzer im Partnerportal anlegen?', 2, 'Invoice changes'],
  // traps: the how-to is about the change itself
  ['Credit note', 'What is the process for requesting a credit note when a client removes users mid-term?', 3, 'Invoice changes'],
  ['Invoice', 'How do I get an invoice corrected when the company name changes?', 3, 'Invoice changes'],
  ['Facture', 'Quelle est la procédure pour changer le nom sur la facture ?', 3, 'Invoice changes'],
]

describe('phrasings of round 20, branch r20-multi', () => {
  it('lets slowness in a sentence of its own name the type beside an Operations request', async () => {
    expect(await misread(SLOWNESS_NAMES_THE_TYPE)).to.deep.equal([])
  })
  it('reads a postscript under the signature as the partner\'s words', async () => {
    expect(await misread(POSTSCRIPT)).to.deep.equal([])
  })
  it('calls off a cancellation when the customer decided to stay', async () => {
    expect(await misread(CANCELLATION_CALLED_OFF)).to.deep.equal([])
  })
  it('reads documents that come back without a part as no access failure', async () => {
    expect(await misread(DOCUMENTS_COME_BACK)).to.deep.equal([])
  })
  it('reads a service back up since a time as over', async () => {
    expect(await misread(BACK_UP_SINCE)).to.deep.equal([])
  })
  it('reads a change asked of Zoho\'s document beside a how-to as 2', async () => {
    expect(await misread(DOCUMENT_CHANGE_BESIDE_HOWTO)).to.deep.equal([])
  })
})
