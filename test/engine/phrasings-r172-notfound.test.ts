// Round 172 (found by probing): a product answering "<thing> not found" / "does not exist" for all of it read 3, while a
// 404 for every page read 1 on 24x7. The product's other not-found answers ("Site not found", "Application not found",
// "The requested resource does not exist", "Seite existiert nicht", "application introuvable") are error pages: on every
// page, record, link, article or app (rules `error page everywhere`, `error page on all of a site`) or for everyone they
// are downtime (24x7); a site's, a help center's or an app's own "not found" is the whole of it gone (rule `site or app
// not found`, 24x7); an organization a sign-in does not find refuses the sign-in (`unknown user`, 24x7). A link as a
// noun on a client's own "customer portal" links no customer to the partner (Technical Support). A 404 page set up, one
// old link, an app's old address, a few articles with the rest fine, a how-to about a domain keep their reading.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

const EVERY_PART: Phrasing[] = [
  ['Creator apps', 'Since 8am every Creator app of our client answers "Application not found".', 1, TS, '24x7'],
  ['Creator', 'All of our Creator apps now only show "Application not found".', 1, TS, '24x7'],
  ['Help center', 'Every knowledge base article on our help center shows "Page not found" since last night.', 1, TS, '24x7'],
  ['Portal', 'The whole customer portal gives "404 Page not found" since this morning.', 1, TS, '24x7'],
  ['Customer portal', 'Each and every link on the client portal ends on "Page not found" now.', 1, TS, '24x7'],
  ['Deals', 'Every deal we open shows "Record does not exist".', 1, TS, '24x7'],
  ['Tickets', 'Opening any ticket in Desk gives "The requested resource was not found".', 1, TS, '24x7'],
  ['Survey', 'Every survey link we sent gives "Page not found".', 1, TS, '24x7'],
  ['Helpcenter', 'Seit heute früh führt jeder Link in unserem Helpcenter auf "Seite nicht gefunden".', 1, TS, '24x7'],
  ['Creator', 'Alle unsere Creator-Apps zeigen nur noch "Anwendung nicht gefunden".', 1, TS, '24x7'],
  ['CRM', 'Bei jedem Datensatz, den wir öffnen, kommt "Datensatz existiert nicht".', 1, TS, '24x7'],
  ['Centre d\'aide', 'Depuis ce matin, tous les liens de notre centre d\'aide mènent à « page introuvable ».', 1, TS, '24x7'],
  ['Creator', 'Toutes nos applications Creator affichent « application introuvable ».', 1, TS, '24x7'],
  ['CRM', 'Chaque fiche qu\'on ouvre affiche « l\'enregistrement n\'existe pas ».', 1, TS, '24x7'],
  ['Articles', 'Tous les articles de notre base de connaissances affichent « Cette page n\'existe pas ».', 1, TS, '24x7'],
]

const FOR_EVERYONE: Phrasing[] = [
  ['Website', 'Our website shows "Site not found" for every visitor since 6am.', 1, TS, '24x7'],
  ['Books', 'All our users get "Organization does not exist" when they sign in to Books.', 1, TS, '24x7'],
  ['Login', 'Our staff can\'t log in to Books: "Organisation not found".', 1, TS, '24x7'],
  ['Books', 'Since this morning "Organization not found" comes up whenever anybody signs in to Books.', 1, TS, '24x7'],
  ['Login', 'Alle Benutzer bekommen beim Anmelden in Books "Organisation nicht gefunden".', 1, TS, '24x7'],
  ['Books', 'Tous nos utilisateurs ont « organisation introuvable » à la connexion à Books.', 1, TS, '24x7'],
]

const WHOLE_THING: Phrasing[] = [
  ['Website', 'The company website built on Zoho Sites says "This site does not exist" since the weekend.', 1, TS, '24x7'],
  ['Creator', 'Our Creator app only shows "Application not found" since the update.', 1, TS, '24x7'],
  ['Webseite', 'Unsere Zoho-Sites-Webseite zeigt seit heute Morgen "Website nicht gefunden".', 1, TS, '24x7'],
  ['Site', 'Notre site Zoho Sites affiche « site introuvable » depuis hier soir.', 1, TS, '24x7'],
]

const TRAPS: Phrasing[] = [
  // a 404 page set up, asked how; one link; a few articles with the rest fine; a domain being set up
  ['404', 'How can we design our own 404 page for the help center?', 3, TS, '24x5'],
  ['Link', 'The link to the setup guide in one of our articles gives "Page not found". Where is the new guide?', 3, TS, '24x5'],
  ['KB', 'Some of our help articles show "Page not found", the others are fine.', 2, TS, '24x5'],
  ['Domain', 'We are moving our domain to Zoho Sites. How do we fix "Site not found" on the new domain?', 3],
  ['Domaine', 'Comment configurer notre domaine pour éviter « site introuvable » ?', 3, TS, '24x5'],
  ['Lien', 'Un lien dans un de nos articles mène à « page introuvable ». Comment le corriger ?', 3, TS, '24x5'],
  // an app's old address after a rename, and an outage long over or told over
  ['App renamed', 'We renamed our Creator app, and the old link now gives "Application not found". The new link works fine. How can we redirect the old one?', 3, TS, '24x5'],
  ['Old site', 'Last year our old site showed "Site not found" for an hour after the migration. Can this happen again when we move the domain?', 3, TS, '24x5'],
  ['Resolved', 'Yesterday our site showed "Site not found" for an hour, it has been working again since noon. Just letting you know.', 3, TS, '24x5'],
  ['Question', 'What does the error "Site not found" mean on Zoho Sites? We haven\'t published yet.', 3, TS, '24x5'],
  // one user, two apps of ten: their own reading
  ['Creator', 'Only one of our users gets "Application not found", everyone else opens the app fine.', 2, TS, '24x5'],
  ['Some apps', 'Two of our ten Creator apps show "Application not found", the other apps open normally.', 2, TS, '24x5'],
  // a link asked for on a client's portal is no customer mapping; a customer still mapped
  ['Portal', 'Can we add a link on our customer portal to the booking page?', 3, TS, '24x5'],
  ['Mapping', 'Please link our customer Acme to our partner ID.', 3, 'Store Related', '24x5'],
]

describe('phrasings, round 172: a not-found answer for all of a site, an app, an org or every record', () => {
  it('reads an error page on every page, record, link, article or app as downtime', async () => {
    expect(await misread(EVERY_PART)).to.deep.equal([])
  })
  it('reads a not-found answer for everyone, or at everyone\'s sign-in, as downtime or a login failure', async () => {
    expect(await misread(FOR_EVERYONE)).to.deep.equal([])
  })
  it('reads a site or an app that answers it does not exist as downtime', async () => {
    expect(await misread(WHOLE_THING)).to.deep.equal([])
  })
  it('keeps a 404 page set up, one old link, a few pages, one user and a customer mapped', async () => {
    expect(await misread(TRAPS)).to.deep.equal([])
  })
})
