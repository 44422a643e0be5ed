// Round 138: sign-in security as partners' admins write about it (blind batch grown-r138-signin.yaml). A sign-in's
// pieces that expire ("SAML assertion expired", "the OTP has expired") are no renewal; "Zoho stores login records" is
// the verb, no store; people who "can log in, but …" got in, and what follows is another matter; a browser named
// while the same users "log in without any problem" in Chrome is that browser's (2); a feature "not working as
// described" or a timeout "shorter than configured" works worse than meant (2); entries that "come back after a
// refresh" are a wrong list (2); a fear of phishing is no incident; a channel Desk "says connected" keeps nobody out
// (the mail that does not arrive keeps its 24x5); "emails into Desk" is mail coming in, no one getting into a mailbox;
// a method "not allowed" and "enforce … instead of" are a policy asked for; "nobody can unlock it" is no lockout
// lifted ("=unlocked" as written); a "certificat SAML" that expired is no renewal. Logins that fail for everyone, one user
// or a whole office stay 1 on 24x7.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const SIGN_IN: Phrasing[] = [
  ['SSO fails for some users', 'About 8 of our 120 users get "SAML assertion expired" when logging in with Azure AD SSO. As a workaround they sign in with their Zoho password, which works.', 2, TS, '24x5'],
  ['GDPR question', 'Our DPO asks where Zoho stores login records (IP addresses) and for how long.', 3, TS, '24x5'],
  ['Question', 'Does Zoho store personal data of our users in the EU?', 3, TS, '24x5'],
  ['Trust this browser', 'The MFA prompt comes at every login. They can log in, but it\'s not working as described in your help doc.', 2, TS, '24x5'],
  ['Firefox', 'In Firefox our users get stuck on a blank page after entering the password. In Chrome and Edge the same users log in without any problem.', 2, TS, '24x5'],
  ['Alerts', 'Every user gets a "Suspicious sign-in detected" email when they log in from our own office. Logins work fine but the alerts are wrong and people are getting nervous about phishing.', 2, TS, '24x5'],
  ['No mails', 'The mail channel shows as connected, but not a single email has arrived in Desk since Monday.', 1, TS, '24x5'],
  ['No emails into Desk after mailbox password change', 'Since Friday not a single customer email has come into Desk as a ticket.', 1, TS, '24x5'],
  ['Session timeout', 'Agents are signed out after 1 hour, shorter than the configured 8 hours. They log in again and work.', 2, TS, '24x5'],
  ['Sessions', 'Sessions we terminate come back after a refresh. The users log in and work normally.', 2, TS, '24x5'],
  ['MFA', 'Can we set up the MFA policy so that users must use an authenticator app and SMS is not allowed as a method?', 3, TS, '24x5'],
  ['Enforce authenticator app instead of SMS?', 'Where is that setting?', 3, TS, '24x5'],
  ['Account locked', 'Our admin account is locked after too many failed attempts and nobody can unlock it.', 1, TS, '24x7'],
  ['SSO', "Le certificat SAML a expiré et toute l'entreprise est bloquée hors de Zoho.", 1, TS, '24x7'],
  // stay as they were: logins that fail, mail that does not come, a store, a phishing attack, a renewal
  ['SSO login broken', 'Since this morning every user gets "SAML assertion expired" and nobody can log in.', 1, TS, '24x7'],
  ['Login', 'Only the admin can log in but the agents cannot log in since 9am.', 1, TS, '24x7'],
  ['Login', 'Nobody can log in since this morning. Before the update we could log in without any problem in Chrome.', 1, TS, '24x7'],
  ['MFA codes', 'Maria gets "Invalid verification code" every time and cannot log in. The other users are fine.', 1, TS, '24x7'],
  ['Compte administrateur bloqué', 'Même avec le bon mot de passe, plus personne ne peut se connecter au compte admin.', 1, TS, '24x7'],
  ['Cannot log into mailbox', 'Since Friday nobody can log in to the Zoho Mail mailbox.', 1, TS, '24x7'],
  ['Store', 'We cannot log in to the Zoho store since this morning.', 1, 'Store Related', '24x5'],
  ['Zoho Store öffnet sich nicht', 'Die Seite des Zoho Stores öffnet sich seit gestern nicht mehr. Wir können keine Lizenzen bestellen.', 1, 'Store Related', '24x5'],
  ['Phishing', 'We were hit by a phishing attack and an attacker logged in and exported all our contacts.', 1, TS, '24x5'],
  ['Session timeout', 'How do we set the session timeout to 8 hours?', 3, TS, '24x5'],
  ['Locked', 'The account was locked this morning, our admin unlocked it and all is fine now.', 3, TS, '24x5'],
  ['Wrong format', 'The export uses commas instead of semicolons since the update.', 2, TS, '24x5'],
]

describe('phrasings, round 138: sign-in security', () => {
  it('reads sign-in pieces, statuses and settings as what they are', async () => {
    expect(await misread(SIGN_IN)).to.deep.equal([])
  })
})
