// Round 201: a total failure or a severity-1 business impact said with idioms, slang and informal writing, mostly English:
// "dead in the water", "ground to a halt", "the CRM fell over", "Desk is hosed / toast / kaput", "it crapped out", "gone tits
// up", "died on us", "total meltdown", "nothing in Zoho works", SMS style ("crm nt wrking at all!!", "desk won't open for
// any1"), all caps, German "geht gar nix mehr", "alles steht", "wir stehen komplett", French "plus rien ne marche", "on est
// bloqués", "c'est la cata", "le CRM a complètement lâché". Choices: a whole product (CRM, Desk, Zoho, the system, the
// server) said toast, kaput or hosed, "crapped out", "died", "gone tits up", a "total meltdown", "nothing in Zoho works",
// a product that froze or crashed and "won't / hasn't come back", French "le CRM est planté", "le CRM ... lâché" are the
// product down (concept `outage`, 1 on 24x7), while "is toast" of anything else ("one agent's signature is toast",
// "everything is toast" after an import wiped data) keeps `broken`, and "gone pear-shaped" (things went wrong) names no
// outage; SMS "nt", "wrking", "wrk", "every1", "any1" are short forms; "sitting on our hands", "nobody can get anything
// done", "can't do a thing" are people who cannot work (1, 24x5); "nothing's on fire", "nichts brennt", "pas le feu" are no
// inability (`notNegation`); "just slow on one report" performs worse (2); agents "idle between calls" (concept
// `idle between tasks`) are a how-to's working day. Traps: one user, hypotheses, things that are over, negations, how-tos.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // English idioms, slang, SMS style and caps: a total failure or severity-1 impact
  ["we're dead in the water", "Zoho CRM won't load for anyone since 8am. Please help.", 1, 'Technical Support', '24x7'],
  ['Everything has ground to a halt', 'None of our users can open Desk this morning, the page just spins.', 1, 'Technical Support', '24x7'],
  ['CRM fell over', 'The CRM fell over about an hour ago and our whole sales team is sitting idle.', 1, 'Technical Support', '24x7'],
  ['Desk is hosed', 'Desk is completely hosed, nobody here can get in.', 1, 'Technical Support', '24x7'],
  ['urgent - borked', 'Our Zoho instance is totally borked since the update, nothing loads for any of us.', 1, 'Technical Support', '24x7'],
  ['CRM is toast', "CRM is toast. Whole office can't work.", 1, 'Technical Support', '24x7'],
  ['It crapped out', "Creator app crapped out at 2pm and hasn't come back, entire warehouse team can't process orders.", 1, 'Technical Support', '24x7'],
  ['We are at a standstill', 'We are at a standstill: Zoho Books is not opening for any of our staff.', 1, 'Technical Support', '24x7'],
  ['nobody can do any work', 'Since this morning nobody can do any work, CRM just shows a blank white screen.', 1, 'Technical Support', '24x7'],
  ['agents twiddling their thumbs', "Our 40 agents are twiddling their thumbs, the ticket queue won't load at all.", 1, 'Technical Support', '24x7'],
  ['crm nt wrking at all!!', 'crm nt wrking at all!! whole team stuck pls fix asap', 1, 'Technical Support', '24x7'],
  ['pls help asap', 'pls help asap nothing loads, every1 gets spinning wheel', 1, 'Technical Support', '24x7'],
  ['EVERYTHING IS DOWN', 'CRM IS COMPLETELY DEAD FOR ALL OUR USERS SINCE 9AM. WE CANNOT WORK.', 1, 'Technical Support', '24x7'],
  ['Total meltdown', 'Total meltdown here, nothing in Zoho works and phones are ringing off the hook.', 1, 'Technical Support', '24x7'],
  ["Can't get in, nobody can", "Nobody at our company can log in, we're locked out and dead in the water.", 1, 'Technical Support', '24x7'],
  ["Help!!! site's gone belly up", "Our customer portal has gone belly up, customers can't reach it at all.", 1, 'Technical Support', '24x7'],
  ['Sync crapped out, business grinding to a halt', 'Since last night the inventory sync has crapped out completely, no orders go through and we are losing sales by the hour.', 1, 'Technical Support', '24x7'],
  ['Invoicing ground to a halt', "Our invoice generation has ground to a halt, nothing gets created and we can't bill any customers this month.", 1, 'Technical Support', '24x5'],
  ["system's kaput", 'The system is kaput, whole team idle since lunch.', 1, 'Technical Support', '24x7'],
  ['dead as a doornail', 'CRM dead as a doornail this morning, nobody can access anything.', 1, 'Technical Support', '24x7'],
  ['everything froze', "Desk froze up for everyone and won't come back, we are sitting on our hands.", 1, 'Technical Support', '24x7'],
  ["We're stuck", 'we r stuck, cant access crm at all, sales floor idle', 1, 'Technical Support', '24x7'],
  ['showstopper', "Complete showstopper - Zoho Desk just won't come up, our support line is dead.", 1, 'Technical Support', '24x7'],
  ['CRM died on us', 'CRM died on us around 10, nobody can get anything done.', 1, 'Technical Support', '24x7'],
  ['help', "Desk has gone tits up, whole team can't do a thing.", 1, 'Technical Support', '24x7'],
  ['urgent', "Zoho is completely dead, we're dead in the water here.", 1, 'Technical Support', '24x7'],
  ['NOTHING WORKS', 'NOTHING WORKS!!! NOBODY CAN LOG IN', 1, 'Technical Support', '24x7'],
  ['Desk down?', "everything's gone pear-shaped, desk won't open for any1", 1, 'Technical Support', '24x7'],
  ['CRM toast', "Our CRM's toast since the update. Sales team idle.", 1, 'Technical Support', '24x7'],
  ["We're at a standstill", "The whole sales team is at a standstill since 9, the CRM won't let them save any deal.", 1, 'Technical Support', '24x5'],
  ["CRM's kaput", "CRM's kaput, team can't do a thing", 1, 'Technical Support', '24x7'],
  ['HELP', 'DESK IS HOSED. NOBODY CAN DO ANYTHING.', 1, 'Technical Support', '24x7'],
  // German: a total failure or severity-1 impact
  ['Geht gar nix mehr', 'Im CRM geht gar nix mehr, seit heute früh kann keiner arbeiten.', 1, 'Technical Support', '24x7'],
  ['alles steht', 'Alles steht! Desk lädt bei niemandem mehr.', 1, 'Technical Support', '24x7'],
  ['wir stehen komplett', 'Wir stehen komplett, das CRM ist seit 8 Uhr nicht erreichbar.', 1, 'Technical Support', '24x7'],
  ['Alles tot', 'Bei uns ist alles tot, niemand kommt ins System.', 1, 'Technical Support', '24x7'],
  ['Nix geht', 'nix geht mehr!!! bitte dringend melden, ganzes team sitzt rum', 1, 'Technical Support', '24x7'],
  ['Stillstand', 'Seit dem Update herrscht bei uns kompletter Stillstand, Zoho Desk startet nicht mehr.', 1, 'Technical Support', '24x7'],
  ['CRM abgeschmiert', 'Das CRM ist abgeschmiert und kommt nicht wieder hoch, unsere Vertriebler drehen Däumchen.', 1, 'Technical Support', '24x7'],
  ['Rechnungen gehen gar nicht mehr', 'Es lässt sich keine einzige Rechnung mehr erstellen, unser Geschäft steht still.', 1, 'Technical Support', '24x7'],
  ['Gar nix', 'Seit 9 Uhr geht im Desk gar nix mehr, alle stehen.', 1, 'Technical Support', '24x7'],
  ['Nichts läuft', 'Bei uns läuft seit heute früh gar nichts mehr, Desk ist tot.', 1, 'Technical Support', '24x7'],
  ['Land unter', 'Land unter! Das CRM ist im Eimer, keiner kommt rein.', 1, 'Technical Support', '24x7'],
  ['Totalausfall', 'CRM komplett tot, wir stehen seit heute morgen.', 1, 'Technical Support', '24x7'],
  // French: a total failure or severity-1 impact
  ['Plus rien ne marche', 'Plus rien ne marche depuis ce matin, aucun de nos agents ne peut travailler.', 1, 'Technical Support', '24x7'],
  ['On est bloqués', "On est bloqués, le CRM ne s'ouvre plus pour personne.", 1, 'Technical Support', '24x7'],
  ["c'est la cata", "C'est la cata, Desk est planté pour toute l'équipe depuis 9h.", 1, 'Technical Support', '24x7'],
  ['Tout est en rade', 'Tout est en rade chez nous, impossible de se connecter.', 1, 'Technical Support', '24x7'],
  ['URGENT tt est bloqué', 'svp urgent, tt est bloqué, rien ne charge!!', 1, 'Technical Support', '24x7'],
  ["On est à l'arrêt", "Toute l'équipe est à l'arrêt, le CRM a complètement lâché.", 1, 'Technical Support', '24x7'],
  ['Le CRM est tombé', 'Le CRM est tombé, nos commerciaux se tournent les pouces.', 1, 'Technical Support', '24x7'],
  ['La facturation est HS', 'La facturation est complètement HS, on ne peut plus facturer aucun client, ça nous coûte cher.', 1, 'Technical Support', '24x7'],
  ['Au secours', 'Plus rien ne fonctionne, on est tous bloqués depuis 8h.', 1, 'Technical Support', '24x7'],
  ['HS', 'Desk HS depuis ce matin, impossible de bosser.', 1, 'Technical Support', '24x7'],
  ['CRM mort', 'Le CRM est mort, plus personne ne peut bosser.', 1, 'Technical Support', '24x7'],
  ['panne totale', "C'est la panne totale, Desk ne répond plus du tout.", 1, 'Technical Support', '24x7'],
  ['plus rien', 'plus rien ne marche!!! tt le monde est bloqué', 1, 'Technical Support', '24x7'],
  // traps: one user, hypotheses, things that are over, negations, how-tos
  ['One report slow', 'Not dead in the water, just slow on one report - the pipeline report takes about 40 seconds.', 2, 'Technical Support', '24x5'],
  ['Question', "If the CRM ever fell over during our Black Friday sale we'd be dead in the water. How do we set up a backup export?", 3, 'Technical Support', '24x5'],
  ['RCA please', "We were dead in the water for about an hour yesterday, it's been back up and working fine since. Could you send the root cause?", 3, 'Technical Support', '24x5'],
  ["One user's view borked", "Only Sarah's list view is borked, the columns show the wrong fields. Everyone else is fine.", 2, 'Technical Support', '24x5'],
  ['how to', 'How do I stop our agents twiddling their thumbs between tickets? Is there an auto-assign rule?', 3, 'Technical Support', '24x5'],
  ['blueprint question', "Not urgent, nothing's on fire. How do I add a stage to a blueprint?", 3, 'Technical Support', '24x5'],
  ['Import template', "Our migration has stalled on our side while we wait for the client's data, nothing wrong with Zoho. Where do I find the import template?", 3, 'Technical Support', '24x5'],
  ['Is Desk down?', 'Is there a status page where I can check if Desk is down? Everything is working fine for us at the moment.', 3, 'Technical Support', '24x5'],
  ['one agent toast', "One agent's signature is toast after the update, it shows raw HTML in replies. The rest of the team is fine.", 2, 'Technical Support', '24x5'],
  ['outage plan', 'What happens to our SLA timers if Desk goes down for a few hours? Asking for our business continuity plan.', 3, 'Technical Support', '24x5'],
  ['Was down, all good now', "Quick update: CRM was toast this morning but it's back and everything works now, you can close this.", 3, 'Technical Support', '24x5'],
  ['Frage', 'Keine Panik, es steht nichts still. Wie kann ich eine Ansicht für mein Team anlegen?', 3, 'Technical Support', '24x5'],
  ['Nur ein Kollege', 'Bei einem Kollegen geht im Bericht gar nix mehr, die Zahlen sind falsch, bei allen anderen passt es.', 2, 'Technical Support', '24x5'],
  ['War gestern down', 'Gestern stand bei uns alles für eine Stunde, jetzt läuft wieder alles. Gibt es einen Bericht zur Ursache?', 3, 'Technical Support', '24x5'],
  ['Question', 'Rien de grave, tout marche. Comment ajouter un champ personnalisé ?', 3, 'Technical Support', '24x5'],
  ["C'était la cata hier", "Hier c'était la cata pendant une heure mais tout refonctionne depuis. Pouvez-vous nous expliquer la cause ?", 3, 'Technical Support', '24x5'],
  ['Un seul utilisateur', "Pour un seul utilisateur, le tableau de bord est planté et affiche des chiffres faux, les autres n'ont aucun souci.", 2, 'Technical Support', '24x5'],
  ['toast question', 'If our CRM is toast one day, how fast can we restore from backup?', 3, 'Technical Support', '24x5'],
  ['ok now', 'CRM crapped out for ten minutes this morning, all fine again now. Just FYI.', 3, 'Technical Support', '24x5'],
  ['Frage', 'Wenn das CRM mal abschmiert, wie schnell ist es wieder da?', 3, 'Technical Support', '24x5'],
  ['Question', 'Si le CRM tombe en panne un jour, que se passe-t-il avec nos données ?', 3, 'Technical Support', '24x5'],
  ['Question', 'Our agents sit idle between calls, can Desk auto-assign the next ticket?', 3, 'Technical Support', '24x5'],
  ['One agent', 'Desk is borked for one agent only, her tickets list shows the wrong view. Everyone else fine.', 2, 'Technical Support', '24x5'],
  ['Hypothetical', 'What if the CRM crapped out during month-end close? Do you have an SLA for that?', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 201: idioms, slang and informal writing for a total failure', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
