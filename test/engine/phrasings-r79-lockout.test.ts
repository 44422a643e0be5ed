// Round 79: English Support severity 1 told as a lockout, data that no longer flows, or a channel dead both ways.
// Probing found "After enabling IP restrictions we locked ourselves out of the admin console", "Our admin user got
// deactivated and now nobody has admin rights" and "no data flows from Books to CRM anymore" reading 3, and "unable to
// send or receive any emails" reading 1 on 24x5. An IP restriction named beside a lockout is its cause, no setting
// asked about (the names left `setting name`; a restriction set on purpose, a VPN or a question still read nothing);
// an org left without any admin ("now nobody has admin", "no admin left", an admin user deactivated) is locked out
// (24x7); data that "flows" or a feed "fetching" is a product's work; a mail service that can neither send nor
// receive, or with nothing coming in or going out, is down (24x7), while one mailbox with the others fine stays 2.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const LOCKOUTS: Phrasing[] = [
  ['Locked out of admin console', 'After enabling IP restrictions we locked ourselves out of the admin console.', 1, TS, '24x7'],
  ['Help', 'After enabling IP restrictions we locked ourselves out of the admin console.', 1, TS, '24x7'],
  ['Locked out', 'We enabled the IP whitelist and now we are locked out. Please remove the restriction for our org.', 1, TS, '24x7'],
  ['Access', 'The IP restrictions locked us out of Zoho One this morning.', 1, TS, '24x7'],
  ['Admin user deactivated', 'Our admin user got deactivated and now nobody has admin rights.', 1, TS, '24x7'],
  ['Problem', 'Our admin user got deactivated and now nobody has admin rights.', 1, TS, '24x7'],
  ['Super admin disabled', 'The only super admin account of our org was disabled by mistake during a user cleanup. Nobody can manage users or settings anymore.', 1, TS, '24x7'],
  ['Admin', 'Our IT provider removed the wrong profile yesterday and there is no admin left in our CRM org.', 1, TS, '24x7'],
  ['Administrateur', "Depuis la mise à jour, plus personne n'a les droits d'administrateur dans Zoho One.", 1, TS, '24x7'],
]

const DATA_AND_CHANNELS: Phrasing[] = [
  ['Books to CRM sync', 'Since the update no data flows from Books to CRM anymore, our invoicing is stuck.', 1, TS],
  ['Integration', 'Since the update no data flows from Books to CRM anymore, our invoicing is stuck.', 1, TS],
  ['Bank feeds stopped', 'The bank feeds in Zoho Books stopped fetching transactions for all of our bank accounts a week ago.', 1, TS],
  ['Chat', 'Customers cannot start a chat on our website anymore. The chat window stays empty for everyone.', 1, TS],
  ['Urgent', 'We are unable to send or receive any emails from Zoho Mail since this morning.', 1, TS, '24x7'],
  ['Mail', "We can't send or receive any emails since 8am.", 1, TS, '24x7'],
  ['Emails', 'Since last night no emails are coming in or going out in Zoho Mail for the whole domain.', 1, TS, '24x7'],
  ['Zoho Mail', 'We can neither send nor receive emails in Zoho Mail since the DNS change.', 1, TS, '24x7'],
  ['Zoho Mail', 'Seit heute Morgen können wir in Zoho Mail weder senden noch empfangen.', 1, TS, '24x7'],
  ['Zoho Mail', "Depuis ce matin nous ne pouvons ni envoyer ni recevoir d'e-mails dans Zoho Mail.", 1, TS, '24x7'],
]

// traps: a restriction asked about or set on purpose, admin rights named without any lost, one mailbox, a how-to
const TRAPS: Phrasing[] = [
  ['IP restrictions setup', 'How do we set up IP restrictions in Zoho CRM so that users can only log in from the office?', 3, TS],
  ['IP restrictions', 'We would like to restrict access to CRM to our office IP. Will users working from home be locked out?', 3, TS],
  ['Admin role', 'How do I give a second user admin rights in Zoho Desk?', 3, TS],
  ['Admins', 'Nobody has admin rights except John. How can I make Mary an admin too?', 3, TS],
  ['Deactivated user', 'We deactivated a user who left the company. How can we transfer his records to a colleague?', 3, TS],
  ['Audit', 'Nobody here deleted anything, only two people have admin rights and neither of them touched it. Can you check the audit log for us?', 3, TS],
  ['Mail setup', 'How do I set up Zoho Mail so that we can send or receive emails from our domain?', 3, TS],
  ['Mailbox', 'One user cannot send or receive emails, the others are fine.', 2, TS],
  ['Password question', 'One of our users forgot her password. How can she reset it herself?', 3, TS],
  ['2FA setup', 'Can we enforce two-factor authentication for all users in Zoho One? Which OTP apps are supported?', 3, TS],
  ['Sync slow for one module', 'The sync between CRM and Books works but is a bit slow for the Items module, it takes about 10 minutes instead of 2.', 2, TS],
  ['Webhook question', 'Is there a way to send a webhook when a deal is won? We want to notify our ERP.', 3, TS],
]

describe('phrasings, round 79: lockouts, data that stopped flowing, mail dead both ways', () => {
  it('reads a lockout an IP restriction caused, and an org left without an admin, as locked out (24x7)', async () => {
    expect(await misread(LOCKOUTS)).to.deep.equal([])
  })
  it('reads data that no longer flows as not working, and mail that can neither go out nor come in as down', async () => {
    expect(await misread(DATA_AND_CHANNELS)).to.deep.equal([])
  })
  it('keeps restrictions asked about, admin rights named, one mailbox and how-tos at 2 or 3', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
