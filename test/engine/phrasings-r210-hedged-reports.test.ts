// Round 210: REAL severity-1 troubles told with hedges, uncertainty and politeness (en/de/fr): "Not sure if it's just us,
// but nobody can log in", "It seems that the CRM is down", "Ich glaube, der Server ist down", "Il semblerait que le CRM soit
// en panne". Most read 1 as written; fixed: "if I'm not mistaken", "wenn ich mich nicht irre", "si je ne me trompe pas" are
// hedges (no "if" hypothesis, no negation); "Ich bin mir nicht sicher, wie …", "je ne suis pas sûr" negate nothing that
// follows; a maintenance named as the time since which the trouble goes on ("unavailable since the maintenance window",
// concept `since a maintenance`) is no planned outage. Traps: supposed cases ("Suppose the CRM became unavailable",
// "Angenommen, … würde", "Supposons que"), a past day's outage ("there was an outage last Tuesday", "il y a eu une panne
// lundi dernier": `downtime of a past day`), "not sure how to" how-tos, hedged mild trouble for one user (2), "it seems
// to work again" (3). Choice: mail that has not arrived since a time keeps the settled 1 on 24x5 (rounds 171, 174), though
// the blind probe file labelled those two 24x7.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // A. hedged outage / login failure / unavailable for everyone (1 24x7)
  ['Login issue?', 'Not sure if it\'s just us, but nobody can log in since 9.', 1, 'Technical Support', '24x7'],
  ['CRM down?', 'It seems that the CRM is down.', 1, 'Technical Support', '24x7'],
  ['Tickets', 'Apparently none of our agents can open tickets.', 1, 'Technical Support', '24x7'],
  ['Server', 'I think the server is down, could you check?', 1, 'Technical Support', '24x7'],
  ['Emails', 'We might have a problem: no emails have arrived since this morning.', 1, 'Technical Support', '24x5'],
  ['Desk not loading', 'Maybe it\'s our network, but Desk doesn\'t load for anyone in the office.', 1, 'Technical Support', '24x7'],
  ['After the update', 'Possibly related to yesterday\'s update, but nothing loads.', 1, 'Technical Support', '24x7'],
  ['503', 'I wonder whether you have an outage, our portal shows 503.', 1, 'Technical Support', '24x7'],
  ['Account access', 'Sorry to bother you, but we cannot access our account at all.', 1, 'Technical Support', '24x7'],
  ['Possible outage', 'We may be experiencing an outage, none of our users can reach Zoho Books.', 1, 'Technical Support', '24x7'],
  ['Quick check', 'Could you check whether something is wrong on your side? It looks like nobody in our team can sign in.', 1, 'Technical Support', '24x7'],
  ['Probably nothing', 'It\'s probably something on our end, but the CRM seems to be completely unavailable for all of us.', 1, 'Technical Support', '24x7'],
  ['Hmm', 'Not sure what happened, but it looks like Desk has been down for the past hour.', 1, 'Technical Support', '24x7'],
  ['Sorry to trouble you', 'Sorry to trouble you, I\'m afraid none of our users can log in to Zoho One this morning.', 1, 'Technical Support', '24x7'],
  ['Is it just me?', 'I could be wrong, but I believe the whole CRM is offline. Nobody here can open it.', 1, 'Technical Support', '24x7'],
  ['Apologies', 'Apologies if this is a known issue, but we seem to be locked out of our account entirely.', 1, 'Technical Support', '24x7'],
  ['Potential outage', 'Potentially an outage? The help center returns a 502 error for all our customers.', 1, 'Technical Support', '24x7'],
  ['Just checking', 'Just checking if there\'s a problem with Zoho Mail - it appears none of us can receive emails since 8am.', 1, 'Technical Support', '24x5'],
  ['Hopefully nothing serious', 'Hopefully nothing serious, but it looks like our Desk portal is unreachable for every customer.', 1, 'Technical Support', '24x7'],
  ['Strange', 'Strange, I suspect the service is down: none of our agents can log in, they all get an error.', 1, 'Technical Support', '24x7'],
  ['Could you look?', 'If I\'m not mistaken the whole system is unavailable since the maintenance window. Could you please take a look?', 1, 'Technical Support', '24x7'],
  ['Not sure who to ask', 'I\'m not sure who to ask, but our CRM isn\'t loading at all for anyone since lunch.', 1, 'Technical Support', '24x7'],
  ['Unclear', 'I don\'t know if it\'s on your end or ours, but nobody in the company can access Zoho Books right now.', 1, 'Technical Support', '24x7'],
  ['CRM ausgefallen?', 'Es scheint, als ob das CRM ausgefallen ist.', 1, 'Technical Support', '24x7'],
  ['Server', 'Ich glaube, der Server ist down.', 1, 'Technical Support', '24x7'],
  ['Anmeldung', 'Vielleicht liegt es an uns, aber niemand kann sich anmelden.', 1, 'Technical Support', '24x7'],
  ['Störung?', 'Entschuldigen Sie die Störung, aber wir können überhaupt nicht auf unser Konto zugreifen.', 1, 'Technical Support', '24x7'],
  ['Desk lädt nicht', 'Möglicherweise hängt es mit dem Update zusammen, aber bei uns lädt gar nichts mehr.', 1, 'Technical Support', '24x7'],
  ['Ausfall?', 'Ich bin mir nicht sicher, ob es an uns liegt, aber keiner unserer Mitarbeiter kann sich seit heute Morgen einloggen.', 1, 'Technical Support', '24x7'],
  ['Kurze Frage', 'Haben Sie vielleicht einen Ausfall? Unser Portal zeigt nur noch einen 503-Fehler.', 1, 'Technical Support', '24x7'],
  ['CRM en panne ?', 'Il semblerait que le CRM soit en panne.', 1, 'Technical Support', '24x7'],
  ['Connexion', 'Je ne sais pas si c\'est chez nous, mais plus personne ne peut se connecter.', 1, 'Technical Support', '24x7'],
  ['Mise à jour', 'Peut-être lié à la mise à jour, mais rien ne charge.', 1, 'Technical Support', '24x7'],
  ['Accès', 'Désolé de vous déranger, mais nous n\'avons plus du tout accès à notre compte.', 1, 'Technical Support', '24x7'],
  ['Serveur', 'Je pense que le serveur est tombé, pourriez-vous vérifier ?', 1, 'Technical Support', '24x7'],
  ['Panne ?', 'Auriez-vous une panne en cours ? Notre portail affiche une erreur 503 pour tous nos clients.', 1, 'Technical Support', '24x7'],
  // B. traps: true hypotheticals (3)
  ['Question', 'What would happen if the server went down?', 3, 'Technical Support', '24x5'],
  ['Migration', 'If we can\'t log in during the migration, what do we do?', 3, 'Technical Support', '24x5'],
  ['Continuity plan', 'Suppose the CRM became unavailable for a day, how would we export our data?', 3, 'Technical Support', '24x5'],
  ['Frage', 'Was passiert, wenn der Server ausfällt?', 3, 'Technical Support', '24x5'],
  ['Question', 'Que se passerait-il si le serveur tombait en panne ?', 3, 'Technical Support', '24x5'],
  // C. traps: questions about a past outage (3)
  ['Last week\'s outage', 'I think there was an outage last Tuesday. Could you send us the incident report?', 3, 'Technical Support', '24x5'],
  ['Ausfall letzte Woche', 'Ich glaube, letzte Woche gab es einen Ausfall. Können Sie uns die Ursache nennen ?', 3, 'Technical Support', '24x5'],
  ['Panne de lundi', 'Il semble qu\'il y ait eu une panne lundi dernier, pourriez-vous nous envoyer le rapport ?', 3, 'Technical Support', '24x5'],
  // D. traps: "not sure how to" how-tos (3)
  ['Not sure how to', 'Not sure how to set up a login restriction by IP. Could you point me to the docs?', 3, 'Technical Support', '24x5'],
  ['Weiß nicht wie', 'Ich bin mir nicht sicher, wie man die Anmeldung per SSO einrichtet.', 3, 'Technical Support', '24x5'],
  ['Je ne sais pas comment', 'Je ne sais pas comment configurer la connexion avec SAML, pourriez-vous m\'aider ?', 3, 'Technical Support', '24x5'],
  // E. traps: hedged mild trouble for one user (2)
  ['One user', 'Not sure if it\'s related, but one of our users sees wrong totals on his dashboard.', 2, 'Technical Support', '24x5'],
  ['Maybe a bug', 'It seems that the report shows incorrect figures for one colleague only, the others are fine.', 2, 'Technical Support', '24x5'],
  ['Vielleicht ein Fehler', 'Vielleicht liegt es an mir, aber bei einem Kollegen zeigt der Bericht falsche Summen an.', 2, 'Technical Support', '24x5'],
  // F. traps: it seems to work again (3)
  ['Works again', 'It seems to work again now, thanks. You can close this.', 3, 'Technical Support', '24x5'],
  ['Läuft wieder', 'Es scheint wieder zu funktionieren, danke.', 3, 'Technical Support', '24x5'],
  ['Ça remarche', 'Il semble que tout fonctionne à nouveau, merci.', 3, 'Technical Support', '24x5'],
  // G. more hedged sev-1 troubles and traps, checked after the fixes
  ['Hi', 'Not sure whether it\'s on your side, but none of us can log into Desk since this morning.', 1, 'Technical Support', '24x7'],
  ['Hi', 'I might be wrong, but it looks like Zoho CRM is down for the whole company.', 1, 'Technical Support', '24x7'],
  ['Hi', 'We seem to have lost access to our account completely.', 1, 'Technical Support', '24x7'],
  ['Hi', 'I\'m not sure what\'s going on, but nobody here can open the CRM.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Could it be that Desk is down? Nobody in the office can load it.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Perhaps it\'s a network issue on our side, but Zoho Books is unreachable for all of us.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Forgive me if this is a silly question, but is Desk down? None of our agents can log in.', 1, 'Technical Support', '24x7'],
  ['Hi', 'I hate to bother you, but our whole team is locked out of CRM.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Hopefully it\'s just a glitch, but our help center has been showing a 500 error to every customer for an hour.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Not 100% sure, but I believe the portal went down around 9.', 1, 'Technical Support', '24x7'],
  ['Hallo', 'Ich weiß nicht, ob es an uns liegt, aber seit heute früh kann sich niemand mehr einloggen.', 1, 'Technical Support', '24x7'],
  ['Hallo', 'Es sieht so aus, als wäre Desk komplett ausgefallen.', 1, 'Technical Support', '24x7'],
  ['Hallo', 'Wenn ich mich nicht irre, ist das CRM seit einer Stunde nicht erreichbar.', 1, 'Technical Support', '24x7'],
  ['Hallo', 'Könnte es sein, dass der Server down ist? Bei uns lädt nichts mehr.', 1, 'Technical Support', '24x7'],
  ['Bonjour', 'On dirait que le serveur est en panne, plus rien ne charge.', 1, 'Technical Support', '24x7'],
  ['Bonjour', 'Je me trompe peut-être, mais il semble que personne ne puisse se connecter au CRM.', 1, 'Technical Support', '24x7'],
  ['Bonjour', 'Sauf erreur de ma part, le portail est inaccessible pour tous nos clients depuis ce matin.', 1, 'Technical Support', '24x7'],
  ['Bonjour', 'Excusez-moi de vous déranger, mais aucun de nos agents ne peut se connecter.', 1, 'Technical Support', '24x7'],
  ['Hi', 'Just curious: what would happen to our data if your servers went down?', 3, 'Technical Support', '24x5'],
  ['Hi', 'I believe there was a brief outage last night; it\'s been fine since. Any root cause?', 3, 'Technical Support', '24x5'],
  ['Hi', 'Not sure how to reset a user\'s password, could you help?', 3, 'Technical Support', '24x5'],
  ['Hi', 'Maybe it\'s just me, but the search results seem a bit off for one of our agents.', 2, 'Technical Support', '24x5'],
  ['Hallo', 'Es scheint jetzt wieder zu gehen, vielen Dank.', 3, 'Technical Support', '24x5'],
  ['Bonjour', 'Que faire si personne ne peut se connecter pendant la migration ?', 3, 'Technical Support', '24x5'],
  // H. a maintenance named as the time since which the trouble goes on; a window to come stays planned
  ['Hello', 'Since the scheduled maintenance nobody can log in.', 1, 'Technical Support', '24x7'],
  ['Hallo', 'Seit der Wartung ist das CRM nicht erreichbar.', 1, 'Technical Support', '24x7'],
  ['Bonjour', 'Depuis la maintenance programmée, le CRM est inaccessible.', 1, 'Technical Support', '24x7'],
  ['Question', 'Will the CRM be unavailable during the maintenance window?', 3, 'Technical Support', '24x5'],
  ['Question', 'Le CRM sera inaccessible pendant la maintenance programmée ?', 3, 'Technical Support', '24x5'],
  ['Hello', 'Depuis la maintenance programmée, un utilisateur voit des totaux faux.', 2, 'Technical Support', '24x5'],
  // I. more supposed cases
  ['Frage', 'Angenommen, das CRM würde einen Tag ausfallen, wie exportieren wir unsere Daten?', 3, 'Technical Support', '24x5'],
  ['Frage', 'Nehmen wir an, niemand kann sich anmelden. Was tun wir dann?', 3, 'Technical Support', '24x5'],
  ['Question', 'Imagine the CRM went down during Black Friday - what is our fallback?', 3, 'Technical Support', '24x5'],
  ['Question', 'Let\'s say nobody can log in after the migration, who do we call?', 3, 'Technical Support', '24x5'],
  ['Hello', 'I suppose the server went down, nobody can log in.', 1, 'Technical Support', '24x7'],
  ['Hello', 'We had an outage yesterday and the CRM is still down.', 1, 'Technical Support', '24x7'],
]

describe('phrasings, round 210: hedged severity-1 reports', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
