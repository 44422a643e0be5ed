// Round 228: leftovers that rounds 217–226 saw and left alone, reworded with siblings and traps, EN/DE/FR. Fixed: one
// person's blank report or dashboard with "the rest of us see the figures" / "alle anderen sehen die Zahlen" / "les
// autres voient bien les chiffres" (`everyone else fine`, 2); nobody who can see their timesheets ("Nobody can see their
// timesheets", "Keiner … sieht seine Zeiteinträge", "Personne ne voit ses feuilles de temps": `people task`, 1 on 24x5);
// "throws me out", "wirft mich raus", "me jette dehors" are a sign-out (`lockout`), left idle in everyday words ("when I
// leave it for a while", "eine Weile nicht benutze", "un moment sans rien faire": `idle logout`, 3), everyone thrown out
// over and over 1 on 24x7; "48,000 contacts, which is correct" confirms a figure (`confirmed correct`, 3); data loaded
// from an import's file ("impossible de charger les données du fichier / du client": `data loaded`) is no access lost,
// so an import failing every time stays 24x5 (bare "impossible de charger les données" stays no access: dev r28em-034); a blueprint locked ("Blueprint gesperrt", "blueprint verrouillé": `record lock`)
// is no lockout, and "kommt \"Keine Berechtigung\", sogar für den Administrator" is refused even to the admin (1, 24x5);
// "Please add it, our customers need it", "bitte nachrüsten", "possibilité de dupliquer", "Exportlimit … zu niedrig" ask
// for a feature or name a limitation (Product Management Related, 3, exempt: `results off`, `repeated` and `damage` no
// longer read them); a cancellation told done under a cancellation subject sets the subject aside (rule `cancellation
// told done`, 2); cancelling a sales or purchase order in Inventory is the product's record (`product order`,
// Technical Support 3). Choices: the cancellation told done under a subject "Résiliation" / "Kündigung" /
// "Cancellation" stays Payments Renewal (the subject's words count twice), 2. Traps: how-tos (sharing a report, where
// timesheets are, a session timeout, unlocking a blueprint, mandatory form fields, cancelling an order), one person,
// one record, "which is correct?" asked between two figures (2), a subscription cancel asked (1).
import { expect } from 'chai'
import { misread, sla, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 228 (/work/tools/probes/r228.txt) that read right
  // one user's blank report (2), siblings
  ["Sales summary blank for Jenny", "Only Jenny gets a blank report when she opens the sales summary. The rest of us see the figures.", 2, 'Technical Support', '24x5'],
  ["Pipeline report empty for one rep", "The pipeline report comes up empty for just one of our sales reps. Everyone else sees the numbers as usual.", 2, 'Technical Support', '24x5'],
  ["Bericht leer bei einer Kollegin", "Nur bei Frau Keller ist der Umsatzbericht leer, alle anderen sehen die Zahlen ganz normal.", 2, 'Technical Support', '24x5'],
  ["Rapport vide pour une seule personne", "Seule Julie voit un rapport vide quand elle ouvre la synthèse des ventes. Les autres voient bien les chiffres.", 2, 'Technical Support', '24x5'],
  ["Share report with Jenny", "How do I share the sales summary report with Jenny so she can see it too?", 3, 'Technical Support', '24x5'],
  // timesheets: one user 2, nobody 1 24x5
  ["Only me", "Only I can't see my timesheets in Zoho Projects. Everyone else in the team can.", 2, 'Technical Support', '24x5'],
  ["Timesheets gone for everyone", "Nobody can see their timesheets in Zoho Projects since this morning. The timesheet tab is empty for the whole team.", 1, 'Technical Support', '24x5'],
  ["Zeiteinträge", "Keiner von uns sieht seine Zeiteinträge in Zoho Projects, die Liste ist bei allen leer.", 1, 'Technical Support', '24x5'],
  ["Feuilles de temps", "Personne ne voit ses feuilles de temps dans Zoho Projects depuis ce matin, l'onglet est vide pour toute l'équipe.", 1, 'Technical Support', '24x5'],
  ["Where are my timesheets", "Where can I see my timesheets in Zoho Projects? I'm new to the tool.", 3, 'Technical Support', '24x5'],
  ["Manager view", "How can a manager see the timesheets of the whole team in one view?", 3, 'Technical Support', '24x5'],
  // thrown out: idle one person 3; one person repeatedly 2; everyone 1 24x7
  ["Thrown out after a while", "The system throws me out when I leave it for a while. My colleagues don't have this.", 3, 'Technical Support', '24x5'],
  ["Session", "CRM kicks me out after 10 minutes if I don't touch it. Can this time be made longer?", 3, 'Technical Support', '24x5'],
  ["Keeps throwing me out", "The CRM keeps throwing me out every few minutes while I'm working. Only me, my colleagues are fine.", 2, 'Technical Support', '24x5'],
  ["Throws all of us out", "Since this morning the system keeps throwing all of us out every couple of minutes, nobody can work.", 1, 'Technical Support', '24x7'],
  ["Rauswurf", "Das System wirft mich raus, wenn ich es eine Weile nicht benutze. Kann man die Zeit verlängern?", 3, 'Payments Renewal', '24x5'],
  ["Ständig rausgeworfen", "Das CRM wirft uns alle seit heute früh ständig raus, auch mitten in der Arbeit.", 1, 'Technical Support', '24x7'],
  ["Déconnexion", "Le logiciel me jette dehors quand je le laisse un moment sans rien faire. Mes collègues n'ont pas ce problème.", 3, 'Technical Support', '24x5'],
  ["Éjectés", "Le CRM nous éjecte tous toutes les deux minutes depuis ce matin, impossible de travailler.", 1, 'Technical Support', '24x7'],
  // "which is correct": no trouble
  ["Contact count", "The CRM shows 48,000 contacts, which is correct. How can I export all of them to Excel?", 3, 'Technical Support', '24x5'],
  ["Open deals", "The report lists 1,250 open deals, which is right. Can I schedule it to be emailed every Monday?", 3, 'Technical Support', '24x5'],
  ["Kontaktanzahl", "Im CRM sind jetzt 48.000 Kontakte, das ist korrekt. Wie exportiere ich alle auf einmal?", 3, 'Technical Support', '24x5'],
  ["Nombre de contacts", "Le CRM affiche 48 000 contacts, ce qui est correct. Comment les exporter tous vers Excel ?", 3, 'Technical Support', '24x5'],
  ["Invoice total", "The invoice total shows 1,200 EUR, which is incorrect: it should be 1,020 EUR with the discount.", 2, 'Technical Support', '24x5'],
  // one record's field changed, who did it: 3
  ["Numéro disparu", "Un contact n'affiche plus son numéro de téléphone. Peut-on voir qui l'a modifié ?", 3, 'Technical Support', '24x5'],
  ["Phone numbers wiped", "Since last night's import the phone numbers of all 3,000 contacts are empty.", 1, 'Technical Support', '24x5'],
  // web form entries blank: 1 24x5
  ["Mandatory fields", "How do I make fields mandatory on the web form so leads never arrive blank?", 3, 'Technical Support', '24x5'],
  // data not loading
  ["Import interrompu", "Chaque import échoue au même endroit : impossible de charger les données du fichier.", 1, 'Technical Support', '24x5'],
  ["Plus rien ne s'affiche", "Le CRM est inutilisable pour tout le monde : impossible de charger les données, sur toutes les pages.", 1, 'Technical Support', '24x7'],
  // blueprint locked
  ["Blueprint gesperrt", "Beim Klick auf einen Übergang kommt \"Keine Berechtigung\", sogar für den Administrator.", 1, 'Technical Support', '24x5'],
  ["Blueprint gesperrt", "Wie können wir einen Blueprint bearbeiten, der gerade gesperrt ist?", 3, 'Technical Support', '24x5'],
  ["Blueprint locked", "How do we edit a blueprint that is locked? The edit button is greyed out.", 3, 'Technical Support', '24x5'],
  ["Blueprint verrouillé", "Aucune transition du processus ne peut être exécutée, même par l'administrateur : « Permission refusée ».", 1, 'Technical Support', '24x5'],
  // feature requests / limitations: exempt, 3, Product Management Related
  ["Gantt export", "Projects can't export the Gantt chart to PDF. Please add it, our customers need it.", 3, 'Product Management Related', '24x5'],
  ["Export limit", "The export limit of 3000 records is too low for our customer.", 3, 'Product Management Related', '24x5'],
  ["Formulaires", "Il manque la possibilité de dupliquer un formulaire dans Zoho Forms.", 3, 'Product Management Related', '24x5'],
  ["Gantt-Export", "Projects kann das Gantt-Diagramm nicht als PDF exportieren. Bitte nachrüsten, unsere Kunden brauchen das.", 3, 'Product Management Related', '24x5'],
  ["Devis", "Il manque la possibilité de dupliquer un devis, nos commerciaux le refont à la main.", 3, 'Product Management Related', '24x5'],
  ["Exportlimit", "Das Exportlimit von 3000 Datensätzen ist zu niedrig für unseren Kunden.", 3, 'Product Management Related', '24x5'],
  ["Gantt", "How do I export the Gantt chart to PDF in Projects?", 3, 'Technical Support', '24x5'],
  // invoicing in Books fails: Technical Support 1 24x5; Zoho's invoice to us: Invoice changes 2
  ["Rechnungen", "In Zoho Books lässt sich seit heute früh keine einzige Rechnung erstellen.", 1, 'Technical Support', '24x5'],
  ["Facturation", "Pouvez-vous émettre une nouvelle facture à notre nom avec la bonne adresse ?", 2, 'Invoice changes', '24x5'],
  ["Invoice", "Please issue a corrected invoice for our last renewal, our VAT number is missing.", 2, 'Invoice changes', '24x5'],
  // cancellation told done under a cancellation subject
  ["Résiliation", "La résiliation de l'abonnement de notre client Durand a bien été prise en compte. Pouvez-vous nous envoyer la facture finale ?", 2, 'Payments Renewal', '24x5'],
  ["Kündigung", "Die Kündigung der Firma Wagner wurde letzten Monat bestätigt. Wir brauchen noch die Schlussrechnung.", 2, 'Payments Renewal', '24x5'],
  ["Cancellation", "The customer cancelled their subscription back in January. They now need a final invoice.", 2, 'Payments Renewal', '24x5'],
  ["Résiliation", "Merci de résilier l'abonnement CRM de notre client Durand à la fin du mois.", 1, 'Payments Renewal', '24x5'],
  // cancel a sales order: how-to, Technical Support 3
  ["Sales order", "How do I cancel a sales order in Zoho Inventory?", 3, 'Technical Support', '24x5'],
  ["Commande client", "Comment annuler une commande client dans Zoho Inventory ?", 3, 'Technical Support', '24x5'],
  ["Verkaufsauftrag", "Wie storniere ich einen Verkaufsauftrag in Zoho Inventory?", 3, 'Technical Support', '24x5'],
  ["Purchase order", "How can we cancel a purchase order in Inventory once it has been sent to the vendor?", 3, 'Technical Support', '24x5'],
  // 2. written after looking at policy.yaml: siblings of the fixes and their traps
  ["Report blank for one user", "Only Tom gets an empty dashboard when he opens the pipeline view. The rest of us see the numbers.", 2, 'Technical Support', '24x5'],
  ["Timesheets", "Nobody in our team can see their timesheets in Zoho Projects.", 1, 'Technical Support', '24x5'],
  ["Stundenzettel", "Keiner im Team sieht seine Stundenzettel in Zoho Projects.", 1, 'Technical Support', '24x5'],
  ["Feuilles de temps", "Aucun de nos consultants ne voit ses feuilles de temps dans Zoho Projects.", 1, 'Technical Support', '24x5'],
  ["Logged out", "Zoho Desk throws me out after a while when I leave it open. Is that a setting?", 3, 'Technical Support', '24x5'],
  ["Logged out", "Desk keeps throwing us out every few minutes since the update, the whole team is affected.", 1, 'Technical Support', '24x7'],
  ["Abmeldung", "Desk wirft mich raus, wenn ich es eine Weile nicht benutze. Meine Kollegen haben das nicht.", 3, 'Technical Support', '24x5'],
  ["Totals", "The dashboard shows 1,250 open deals, which is correct. How do I add a filter by owner?", 3, 'Technical Support', '24x5'],
  ["Which one?", "The report says 480 and the dashboard 455 for the same quarter, which is correct?", 2, 'Technical Support', '24x5'],
  ["Blueprint locked", "Our deal blueprint is locked and we can't find where to unlock it. How does that work?", 3, 'Technical Support', '24x5'],
  ["Blueprint gesperrt", "Alle Vertriebsmitarbeiter sind seit heute früh aus dem CRM ausgesperrt.", 1, 'Technical Support', '24x7'],
  ["Sales order", "How do we cancel a purchase order in Zoho Inventory?", 3, 'Technical Support', '24x5'],
  ["Subscription", "Please cancel the Zoho Inventory subscription of our client Meyer at the end of the month.", 1, 'Payments Renewal', '24x5'],
  ["Cancellation", "How do we cancel our subscription?", 1, 'Payments Renewal', '24x5'],
  ["Résiliation", "Nous souhaitons résilier notre abonnement Zoho One à la fin du mois.", 1, 'Payments Renewal', '24x5'],
  ["Limit", "Das Exportlimit ist zu niedrig, wir brauchen mindestens 10.000 Datensätze.", 3, 'Product Management Related', '24x5'],
]

const EXEMPT: [string, string, boolean][] = [
  ["Gantt export", "Projects can't export the Gantt chart to PDF. Please add it, our customers need it.", true],
  ["Export limit", "The export limit of 3000 records is too low for our customer.", true],
  ["Formulaires", "Il manque la possibilité de dupliquer un formulaire dans Zoho Forms.", true],
  ["Gantt-Export", "Projects kann das Gantt-Diagramm nicht als PDF exportieren. Bitte nachrüsten, unsere Kunden brauchen das.", true],
  ["Devis", "Il manque la possibilité de dupliquer un devis, nos commerciaux le refont à la main.", true],
  ["Exportlimit", "Das Exportlimit von 3000 Datensätzen ist zu niedrig für unseren Kunden.", true],
  ["Feature", "Projects can't show the Gantt chart in the customer portal. Please add it, our clients need it.", true],
  ["Gantt", "How do I export the Gantt chart to PDF in Projects?", false],
  ["Users", "We bought two more licences, please add them to our account.", false],
  ["Export broken", "Since the update nobody can export the Gantt chart anymore, please fix it, our customers need it.", false],
  ["Doppelt", "Jede Rechnung wird seit dem Update doppelt verschickt.", false],
  ["Formulaire", "Le formulaire a été envoyé deux fois à tous nos clients.", false],
  ["Sales order", "How do I cancel a sales order in Zoho Inventory?", false],
]

describe('phrasings, round 228: leftovers of rounds 217–226', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
  it('makes feature requests and named limitations exempt, and the traps not', async () => {
    const wrong: string[] = []
    for (const [subject, description, exempt] of EXEMPT) {
      const r = await sla({ subject, description, createdTime: '2026-03-09T09:00:00Z', now: '2026-03-09T10:00:00Z' })
      if (r.exempt !== exempt) wrong.push(`${subject} | ${description} → exempt ${r.exempt} ${r.ticketType}`)
    }
    expect(wrong).to.deep.equal([])
  })
})
