// Round 207: access lost at the level of the whole account or its entry points, EN/DE/FR (~60/20/20): the org or account
// suspended, deactivated, blocked or locked (by Zoho, after a failed payment, after a security check), licences expired so the
// users are locked out, storage full so no mail comes in (24x7) or nothing can be saved (24x5), 2FA/OTP codes that reach
// nobody, SSO/SAML/Azure AD broken, the help center's custom domain with a certificate error or not resolving, MX records
// that bounce every mail, the only admin gone. New words: a certificate "not valid"/"ungültig"/"non valide" is the browser's
// error page (with everyone, 24x7); "niemand mehr Admin-Rechte", "kein Admin mehr" is round 79's lockout; "wieder
// freigeschaltet" tells a lockout over; a certificate that "expires" is no renewal (`other renewal`, "certificate ... expires").
// In a Payments Renewal ticket, the account locked with everyone or nobody named, or nobody able to sign in, is a show-stopper
// (1, 24x5; rules `account locked for everyone`, `account locked and nobody in`, `nobody signs in over the account`, `users
// cannot sign in over the account`, and round 181's `everyone blocked` now holds "alle Benutzer … ausgesperrt");
// round 177's lockouts that name no one stay the renewal's (3 with a how-to, 2). Choices: a failed payment beside
// a lockout keeps the type the engine gives (Payments Renewal 1, 24x5, when "our card" names Zoho's charge; Technical
// Support 1, 24x7, as round 102's lockout, otherwise); one agent without an OTP stays a login failure (1, 24x7); a question
// about suspension or a lockout asked about is Operations' default 2 (round 169). Traps: how-tos, renewal requests (3), a
// suspension lifted, hypotheses, SSO failing for a few who use their password meanwhile (2).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  ["Account suspended", "Our Zoho account has been suspended and nobody in the company can log in.", 1, "Technical Support", "24x7"],
  ["Organization deactivated", "When we log in this morning we get \"Your organization has been deactivated\". None of our 25 agents can access Desk.", 1, "Technical Support", "24x7"],
  ["Locked out after security check", "Zoho locked our whole account after a security verification and we can't get back in. All our agents are stuck.", 1, "Technical Support", "24x7"],
  ["Org suspended after failed payment", "Our card payment failed and now our organisation is suspended, nobody can work.", 1, "Payments Renewal", "24x5"],
  ["Licences expired, users locked out", "Our licences expired yesterday and all our users are locked out of CRM.", 1, "Payments Renewal", "24x5"],
  ["Mailbox full, no mail coming in", "Our mail storage is full and no emails are coming in anymore.", 1, "Technical Support", "24x7"],
  ["Storage quota exceeded", "We hit the storage quota and now nobody can save records or upload attachments in CRM.", 1, "Technical Support", "24x5"],
  ["2FA codes not arriving", "The two-factor codes are not arriving by SMS, so nobody can sign in since 8am.", 1, "Technical Support", "24x7"],
  ["OTP never comes", "Nobody on our team receives the OTP anymore, we are all locked out of Zoho One.", 1, "Technical Support", "24x7"],
  ["SAML SSO broken", "Since this morning SAML SSO with Azure AD fails for everyone, we get an error right after the Microsoft login page.", 1, "Technical Support", "24x7"],
  ["Azure AD sign-in loops", "Signing in with Azure AD just sends us back to the login page, no one can get into Desk.", 1, "Technical Support", "24x7"],
  ["Help center certificate error", "Our help center at support.acme.com shows \"certificate not valid\" to all our customers.", 1, "Technical Support", "24x7"],
  ["Help center domain not resolving", "After we changed our DNS, our help center domain no longer resolves; customers get \"this site can't be reached\".", 1, "Technical Support", "24x7"],
  ["Emails to us bounce", "Since we moved our DNS the MX records are wrong and every email sent to us bounces.", 1, "Technical Support", "24x7"],
  ["No admin anymore", "Our only super admin left the company and nobody has admin rights anymore, we can't add users or change anything.", 1, "Technical Support", "24x7"],
  ["Account blocked", "Our Zoho One account is blocked, the login page says \"Account blocked, contact support\".", 1, "Technical Support", "24x7"],
  ["Mail org suspended", "Our Zoho Mail organisation was suspended for spam and now nobody can send or receive email.", 1, "Technical Support", "24x7"],
  ["Verification code email", "The verification code email that Zoho sends when logging in never arrives, so none of our agents can log in.", 1, "Technical Support", "24x7"],
  ["Paid but still locked out", "We paid the renewal last week but the licences still show as expired and our users are locked out.", 1, "Payments Renewal", "24x5"],
  ["Admin console", "Nobody can open the admin console anymore, it says we don't have permission since the owner's account was deleted.", 1, "Technical Support", "24x7"],
  ["Custom domain down after DNS change", "Our portal's custom domain stopped working after the DNS change yesterday, customers can't open it at all.", 1, "Technical Support", "24x7"],
  ["One agent gets no OTP", "One of our agents doesn't receive the OTP code and can't log in; the others are fine.", 1, "Technical Support", "24x7"],
  ["SSO for a few users", "SSO fails for a few of our users, they log in with their password for now.", 2, "Technical Support", "24x5"],
  ["Setting up SSO", "How do I set up SAML SSO with Azure AD for our Desk portal?", 3, "Technical Support", "24x5"],
  ["More storage", "How can we buy more storage for our mail accounts? We're at 90 %.", 3, "Upgrades", "24x5"],
  ["Renewal quote", "Our licences expire on 30 April, please send us a renewal quote.", 3, "Payments Renewal", "24x5"],
  ["Licences next month", "Our licences will expire next month. Could you renew them for another year?", 3, "Payments Renewal", "24x5"],
  ["Suspension lifted", "Our account was suspended yesterday by mistake but it was reactivated this morning and everything works. Thanks!", 3, "Technical Support", "24x5"],
  ["Grace period", "If our card payment fails, will the account be suspended immediately or is there a grace period?", 2, "Payments Renewal", "24x5"],
  ["Storage quota question", "What happens to incoming mail when the storage quota is full?", 3, "Technical Support", "24x5"],
  ["Admin leaving", "How do we transfer super admin rights before our admin leaves next month?", 3, "Technical Support", "24x5"],
  ["MX records", "Which MX records should we set up for Zoho Mail?", 3, "Technical Support", "24x5"],
  ["Enforce 2FA", "How can we enforce two-factor authentication for all users?", 3, "Technical Support", "24x5"],
  ["Certificate renewal", "The certificate for our help center custom domain expires in two weeks, do we need to do anything?", 3, "Technical Support", "24x5"],
  ["Konto gesperrt", "Unser Zoho-Konto wurde gesperrt, niemand kann sich mehr anmelden.", 1, "Technical Support", "24x7"],
  ["Speicher voll", "Unser Speicher ist voll, es kommen keine Mails mehr an.", 1, "Technical Support", "24x7"],
  ["Bestätigungscode kommt nicht", "Der Bestätigungscode für die Zwei-Faktor-Anmeldung kommt bei niemandem an, keiner kann sich einloggen.", 1, "Technical Support", "24x7"],
  ["SSO geht nicht", "Die Anmeldung über Azure AD (SSO) funktioniert seit heute Morgen für alle Mitarbeiter nicht mehr.", 1, "Technical Support", "24x7"],
  ["Organisation deaktiviert", "Beim Anmelden erscheint \"Ihre Organisation wurde deaktiviert\". Wir kommen nicht mehr in Desk.", 1, "Technical Support", "24x7"],
  ["Zertifikatsfehler", "Unser Help Center unter hilfe.firma.de zeigt allen Kunden einen Zertifikatsfehler.", 1, "Technical Support", "24x7"],
  ["Kein Admin mehr", "Unser einziger Administrator hat das Unternehmen verlassen, jetzt hat niemand mehr Admin-Rechte.", 1, "Technical Support", "24x7"],
  ["Lizenzen abgelaufen", "Unsere Lizenzen sind abgelaufen und alle Benutzer sind ausgesperrt.", 1, "Payments Renewal", "24x5"],
  ["Mails kommen zurück", "Seit der DNS-Umstellung sind die MX-Einträge falsch und alle E-Mails an uns kommen zurück.", 1, "Technical Support", "24x7"],
  ["SSO einrichten", "Wie richte ich SSO mit Azure AD für unser Desk ein?", 3, "Technical Support", "24x5"],
  ["Verlängerungsangebot", "Unsere Lizenzen laufen nächsten Monat ab, bitte schicken Sie uns ein Verlängerungsangebot.", 3, "Payments Renewal", "24x5"],
  ["Wieder freigeschaltet", "Das Konto war gestern gesperrt, wurde aber wieder freigeschaltet, alles funktioniert.", 3, "Technical Support", "24x5"],
  ["Ein Mitarbeiter ohne Code", "Ein Mitarbeiter bekommt keinen SMS-Code und kann sich nicht anmelden, die anderen schon.", 1, "Technical Support", "24x7"],
  ["Compte suspendu", "Notre compte Zoho a été suspendu, plus personne ne peut se connecter.", 1, "Technical Support", "24x7"],
  ["Code de vérification", "Le code de vérification n'arrive pas, personne ne peut se connecter.", 1, "Technical Support", "24x7"],
  ["SSO en panne", "L'authentification SSO ne fonctionne plus depuis ce matin, aucun utilisateur ne peut accéder à Desk.", 1, "Technical Support", "24x7"],
  ["Stockage plein", "Notre espace de stockage est plein, nous ne recevons plus aucun e-mail.", 1, "Technical Support", "24x7"],
  ["Quota atteint", "Le quota de stockage est atteint, on ne peut plus enregistrer aucun fichier ni pièce jointe.", 1, "Technical Support", "24x5"],
  ["Erreur de certificat", "Depuis le changement DNS, notre centre d'aide affiche une erreur de certificat à tous nos clients.", 1, "Technical Support", "24x7"],
  ["Compte bloqué après un échec de paiement", "Le prélèvement a échoué et notre compte est bloqué, l'équipe ne peut plus travailler.", 1, "Technical Support", "24x7"],
  ["Plus d'administrateur", "Notre administrateur est parti et plus personne n'a les droits d'administration.", 1, "Technical Support", "24x7"],
  ["Licences expirées", "Nos licences ont expiré et les utilisateurs ne peuvent plus se connecter.", 1, "Payments Renewal", "24x5"],
  ["Configurer le SSO", "Comment configurer le SSO avec Azure AD ?", 3, "Technical Support", "24x5"],
  ["Renouvellement", "Nos licences expirent le mois prochain, pouvez-vous nous envoyer un devis de renouvellement ?", 3, "Payments Renewal", "24x5"],
  ["Compte réactivé", "Le compte a été suspendu hier par erreur mais il a été réactivé, tout fonctionne.", 3, "Technical Support", "24x5"],
  ["Carte refusée", "Si la carte est refusée, le compte sera-t-il suspendu ?", 3, "Technical Support", "24x5"],
  ["Subscription expired", "Our subscription expired and now nobody can log in to Books.", 1, "Payments Renewal", "24x5"],
  ["Abo abgelaufen", "Unser Abo ist abgelaufen und niemand kann sich mehr anmelden.", 1, "Payments Renewal", "24x5"],
  ["Lizenzen", "Wie verlängern wir unsere Lizenzen, bevor die Benutzer gesperrt werden?", 3, "Payments Renewal", "24x5"],
  ["Renouvellement", "Comment renouveler nos licences avant que les utilisateurs soient bloqués ?", 3, "Payments Renewal", "24x5"],
  ["Certificat", "Notre centre d'aide affiche \"certificat non valide\" à tous nos clients.", 1, "Technical Support", "24x7"],
  ["Zertifikat", "Unser Help Center zeigt allen Kunden \"Zertifikat ist ungültig\".", 1, "Technical Support", "24x7"],
  ["Zertifikat", "Das Zertifikat für unsere Help-Center-Domain läuft in zwei Wochen ab, müssen wir etwas tun?", 3, "Technical Support", "24x5"],
  ["Certificat", "Le certificat de notre domaine personnalisé expire dans deux semaines, faut-il faire quelque chose ?", 3, "Technical Support", "24x5"],
  ["Konto", "Unser Konto war gesperrt, ist jetzt wieder entsperrt und alles geht.", 3, "Technical Support", "24x5"],
  ["Admin", "Seit unser Admin weg ist, hat keiner mehr Adminrechte.", 1, "Technical Support", "24x7"],
  ["Admin", "Wie übertragen wir die Admin-Rechte, bevor unser Administrator geht?", 3, "Technical Support", "24x5"],
  // a lockout asked about is no lockout: Operations' default (round 169's choice for a question about expiry)
  ['Licences', 'Will our users be locked out if the licences expire before we renew?', 2, 'Payments Renewal', '24x5'],
  // written after looking: more of the family, already read right
  ["Zoho suspended us", "Zoho suspended our organisation this morning without warning, none of our agents can get into Desk.", 1, "Technical Support", "24x7"],
  ["Can't get in", "Since the domain verification failed Zoho has blocked our org and nobody can sign in.", 1, "Technical Support", "24x7"],
  ["2FA", "Our staff are not getting the 2FA push notification or the SMS code, so nobody has been able to log in since 7am.", 1, "Technical Support", "24x7"],
  ["SSO", "SSO login is broken for all users: \"SAML response invalid\".", 1, "Technical Support", "24x7"],
  ["Azure AD", "After Microsoft changed something, our Azure AD login no longer works and the whole team is locked out.", 1, "Technical Support", "24x7"],
  ["Mail", "Our Zoho Mail storage is full and we stopped receiving email yesterday.", 1, "Technical Support", "24x7"],
  ["Mail bouncing", "Since we changed DNS providers all incoming emails bounce back to the senders.", 1, "Technical Support", "24x7"],
  ["Help center down", "Our help center on help.acme.com shows a \"Your connection is not private\" warning to every visitor since the DNS change.", 1, "Technical Support", "24x7"],
  ["Admin left", "The person who was our super admin has left and we have no admin access at all now.", 1, "Technical Support", "24x7"],
  ["Storage", "The storage is full and no one can upload or save documents in WorkDrive anymore.", 1, "Technical Support", "24x5"],
  ["Konto blockiert", "Zoho hat unser Konto nach einer Sicherheitsprüfung blockiert, keiner kommt mehr rein.", 1, "Technical Support", "24x7"],
  ["SMS-Code", "Die SMS mit dem Anmeldecode kommt bei keinem Mitarbeiter mehr an, wir können uns nicht einloggen.", 1, "Technical Support", "24x7"],
  ["Mail-Speicher", "Das Postfach ist voll, wir empfangen keine E-Mails mehr.", 1, "Technical Support", "24x7"],
  ["SSO kaputt", "Die SAML-Anmeldung ist kaputt, niemand kommt mehr in Desk.", 1, "Technical Support", "24x7"],
  ["Compte désactivé", "Notre organisation a été désactivée par Zoho, plus aucun agent ne peut se connecter.", 1, "Technical Support", "24x7"],
  ["Code OTP", "Plus personne ne reçoit le code OTP, nous sommes tous bloqués.", 1, "Technical Support", "24x7"],
  ["Messagerie pleine", "La boîte mail est pleine, nous ne recevons plus de mails depuis hier.", 1, "Technical Support", "24x7"],
  ["Domaine", "Depuis la modification DNS, notre centre d'aide n'est plus accessible pour nos clients.", 1, "Technical Support", "24x7"],
  ["Storage", "How do I check how much storage we have left?", 3, "Technical Support", "24x5"],
  ["SSO", "Does Zoho support SSO with Okta?", 3, "Technical Support", "24x5"],
  ["Konto", "Was passiert mit dem Konto, wenn die Zahlung fehlschlägt?", 3, "Technical Support", "24x5"],
  ["OTP", "Comment désactiver l'OTP pour un utilisateur ?", 3, "Technical Support", "24x5"],
  ['Renewal', "Our subscription expired and we can't log in. How do we renew it?", 3, 'Payments Renewal', '24x5'],
]

describe('phrasings, round 207: access lost at the level of the account or its entry points', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
