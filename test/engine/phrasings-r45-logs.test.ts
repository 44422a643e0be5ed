// Round 45 (branch r45-logs): the meanings behind the first-read misses of grown-121.yaml (tickets with pasted
// technical output: log lines, JSON error bodies, stack traces, console errors), in other words and languages than the
// tickets, with traps that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Writing into a log ("ins Log", "ins Protokoll") is no getting "ins" anything (concept `into the log`, which `access`
// yields to): the error a partner's own job writes there is no login failure.
const INTO_THE_LOG: Phrasing[] = [
  ['Cronjob', 'Unser nächtlicher Cronjob schreibt einen Fehler ins Protokoll, wie fangen wir den ab?', 3, TS],
  ['Export', 'Wie können wir den Fehler 403 aus unserem Export-Job sauber ins Logfile schreiben?', 3, TS],
  ['Fehler', 'Unsere eigene Funktion schreibt bei jedem Lauf eine Warnung in die Logdatei. Wie unterdrücken wir das?', 3, TS],
  // traps: getting "ins" the product or the portal still is access
  ['Anmeldung', 'Seit 8 Uhr kommt niemand mehr ins CRM, alle bekommen einen Fehler beim Login.', 1, TS, '24x7'],
  ['Portal', 'Wir kommen seit heute nicht mehr ins Partnerportal.', 1, 'Store Related', '24x5'],
]

// An API's answer that the caller is not authorised to perform an operation is a right refused on an action
// (concept `action permission`), no failing login.
const NOT_AUTHORISED_TO_PERFORM: Phrasing[] = [
  ['API', 'Our connector gets "You are not authorised to perform this action" when it updates a deal. Which scope is missing?', 3, TS],
  ['API', 'Die API antwortet: Sie sind nicht berechtigt, diese Aktion auszuführen. Welchen Scope brauchen wir dafür?', 3, TS],
  ['API', "L'API renvoie : vous n'êtes pas autorisé à effectuer cette opération. Quel scope faut-il ajouter ?", 3, TS],
  // traps: nobody can sign in at all
  ['Login', 'None of our users are authorised to sign in any more, every login fails since this morning.', 1, TS, '24x7'],
  ['Connexion', "Personne ne peut se connecter à Zoho Desk depuis 9h, l'accès est refusé pour tous.", 1, TS, '24x7'],
]

// A parser's error name ("Unexpected token", "unerwartetes Zeichen", "caractère inattendu") is an error message
// (concept `error message`, which `unexpected` yields to), no unexpected behaviour of the product.
const PARSER_ERROR_NAME: Phrasing[] = [
  ['Function', 'My custom function returns "SyntaxError: Unexpected end of JSON input". How should I read an empty response?', 3, TS],
  ['Widget', 'Unser Widget meldet "unerwartetes Zeichen in Zeile 1". Wie lesen wir die Antwort als XML ein?', 3, TS],
  ['Script', 'Notre script affiche « caractère inattendu à la ligne 1 ». Comment lire une réponse XML avec Deluge ?', 3, TS],
  // traps: the product itself behaving unexpectedly
  ['Workflow', 'The assignment rule behaves unexpectedly since Monday: tickets go to the wrong team.', 2, TS],
  ['Verhalten', 'Seit dem Update verhält sich die Suche unerwartet, die Treffer kommen in falscher Reihenfolge.', 2, TS],
]

// A thing no longer found in the portal ("can no longer find the button", "ne trouve plus le bouton") is where the
// thing went (concept `not found`, which the Operations access rule yields to), no lack of access to the portal.
const NO_LONGER_FOUND: Phrasing[] = [
  ['Portal', 'Since the redesign I can no longer find the deal registration form in the partner portal. Where is it now?', 2, 'Store Related'],
  ['Portail', 'Nous ne trouvons plus le formulaire d’enregistrement des affaires dans le portail partenaire, où est-il passé ?', 2, 'Store Related'],
  // traps: the portal itself out of reach
  ['Portal', 'We can no longer get into the partner portal, it refuses all of us.', 1, 'Store Related', '24x5'],
  ['Portail', 'Impossible d’accéder au portail partenaire depuis ce matin.', 1, 'Store Related', '24x5'],
]

// A pasted log's own line that the connection came back ("INFO connection restored") sets aside what the log told
// before it in its block (`reading.resolved`, as "service rétabli" and "Verbindung wiederhergestellt" already did).
const LOG_SAYS_RESTORED: Phrasing[] = [
  ['Incident', 'Here is the monitor output from Monday:\n\n    09:02 ERROR desk unreachable\n    09:03 ERROR 502 Bad Gateway\n    09:48 INFO connection restored\n\nWhat happened there?', 3, TS],
  ['Vorfall', 'Auszug aus dem Monitoring vom Montag:\n\n    09:02 ERROR crm offline\n    09:03 ERROR 503 Service Unavailable\n    09:48 INFO Verbindung wiederhergestellt\n\nWas war die Ursache?', 3, TS],
  // traps: down again after the line, or a partner still down now
  ['Down', 'Connection restored at 11, but Desk is down again since 12 for everyone.', 1, TS, '24x7'],
  ['Down', 'Desk has been down since 9. Our monitor briefly showed connection restored at 9:40 but it is still down.', 1, TS, '24x7'],
]

describe('phrasings, round 45: pasted logs and technical output', () => {
  it('reads writing into a log as no getting in', async () => {
    expect(await misread(INTO_THE_LOG)).to.deep.equal([])
  })
  it('reads "not authorised to perform" as a right refused on an action', async () => {
    expect(await misread(NOT_AUTHORISED_TO_PERFORM)).to.deep.equal([])
  })
  it("reads a parser's error name as an error message", async () => {
    expect(await misread(PARSER_ERROR_NAME)).to.deep.equal([])
  })
  it('reads a thing no longer found in the portal as no lack of access', async () => {
    expect(await misread(NO_LONGER_FOUND)).to.deep.equal([])
  })
  it("reads a log's own \"connection restored\" line as the log's outage over", async () => {
    expect(await misread(LOG_SAYS_RESTORED)).to.deep.equal([])
  })
})
