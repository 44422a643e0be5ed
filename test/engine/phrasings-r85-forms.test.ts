// Round 85: the request template as hurried people fill it in. The reproducible or troubleshooting field's answer
// set off by a separator ("No, login works fine", "none, everything is working") had read as a negation of the words
// after it (a login failure, a product not working): the answer is now read apart from them. A setting not found
// ("we just cannot find the setting") is a how-to, outages as what a notice is about ("so we hear about outages") a
// topic, and work done at a fraction of its usual pace ("a third of the usual volume") people held up, not a figure
// against the documentation. Traps: an answer run on into its sentence ("No access for anyone", "none of the users")
// and a plain "Yes - nobody can log in" still read as written.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

function form(reproducible: string, description: string, troubleshooting = 'N/A', product = 'Zoho CRM'): string {
  return [
    'Customer email address: it@example.com',
    'Type of Support request: Technical Support',
    `Able to reproduce the problem?: ${reproducible}`,
    `Zoho product name: ${product}`,
    `Description of the issue/question: ${description}`,
    `Troubleshooting steps performed: ${troubleshooting}`,
    'Screenshots/screen cast: -',
  ].join('\n')
}

const FORMS: Phrasing[] = [
  ['SAML login setup', form('No, login works fine, this is a setup question', 'We want to configure SAML single sign-on with Azure AD. Which attributes need to be mapped?', 'read the help doc', 'Zoho One'), 3, TS, '24x5'],
  ['Portal question', form('No - sign-in is fine for everyone', 'How can we add our logo to the customer portal?'), 3, TS, '24x5'],
  ['Outage notifications', form('No', 'Is there a way to subscribe our IT mailbox to Zoho status updates so we hear about outages straight away?', 'none, everything is working', 'Zoho One'), 3, TS, '24x5'],
  ['Export question', form('N/A', 'How do we schedule a weekly export of leads?', 'nothing, the sync is running fine'), 3, TS, '24x5'],
  ['Webhook configuration', form('No', 'How do I configure a webhook that posts new tickets to our Slack channel?', 'Desk is up and working, we just cannot find the setting', 'Zoho Desk'), 3, TS, '24x5'],
  ['Alerts', form('N/A', 'Can we get outage alerts by SMS for our admins?', '-', 'Zoho One'), 3, TS, '24x5'],
  ['Desk very slow for all agents', form('Yes', '\nPlease check', 'Opening a ticket takes 40-50 seconds, our agents are handling a third of the usual volume.', 'Zoho Desk'), 1, TS, '24x5'],
  ['CRM slow', form('Yes', 'Saving a deal takes 30 seconds, the sales team gets through a fraction of the usual calls.'), 1, TS, '24x5'],
  // traps: an answer run on into its sentence, and a plain report after the answer, keep their reading
  ['Login', form('No access for anyone since 8am', 'see subject'), 1, TS, '24x7'],
  ['Login', form('Yes - nobody in the office can log in since 7am', 'urgent pls call'), 1, TS, '24x7'],
  ['Login', form('Yes', 'see subject', 'none of the users can log in, tried other browsers'), 1, TS, '24x7'],
  ['Report', form('Yes', 'The report takes 12 seconds, the documentation says 4.'), 2, TS, '24x5'],
]

describe('phrasings, round 85: the request template as hurried people fill it in', () => {
  it('reads an answer set off apart from its words, settings not found, outage notices and a pace cut to a fraction', async () => {
    expect(await misread(FORMS)).to.deep.equal([])
  })
})
