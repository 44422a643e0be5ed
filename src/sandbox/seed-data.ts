// Fixed vocabulary for the seed generator: the request template of DOMAIN.md §3 in EN/DE/FR,
// ticket types, issue texts by team and severity, and countries of every region and sub-region.

export type Lang = 'en' | 'de' | 'fr'

/** Template labels exactly as DOMAIN.md §3 lists them. */
export const LABELS: Record<Lang, Record<'email' | 'type' | 'reproducible' | 'product' | 'description' | 'troubleshooting' | 'screenshots', string>> = {
  en: {
    email: 'Customer email address', type: 'Type of Support request', reproducible: 'Able to reproduce the problem?',
    product: 'Zoho product name', description: 'Description of the issue/question',
    troubleshooting: 'Troubleshooting steps performed', screenshots: 'Screenshots/screen cast',
  },
  de: {
    email: 'E-Mail-Adresse des Kunden', type: 'Art der Supportanfrage', reproducible: 'Kann das Problem reproduziert werden?',
    product: 'Name des Zoho Produkts', description: 'Beschreibung des Problems/der Frage',
    troubleshooting: 'Durchgeführte Schritte zur Fehlerbehebung', screenshots: 'Screenshots/Bildschirmübertragung',
  },
  fr: {
    email: 'Adresse e-mail du client', type: 'Type de demande de support', reproducible: 'Est-il possible de reproduire le problème ?',
    product: 'Nom du produit Zoho', description: 'Description du problème/de la question',
    troubleshooting: 'Étapes de dépannage effectuées', screenshots: "Captures d'écran/diffusion d'écran",
  },
}

/** "Severity: N" / "Schweregrad: N" / "Gravité : N" (French puts a space before the colon). */
export const SEVERITY_LABEL: Record<Lang, string> = { en: 'Severity: ', de: 'Schweregrad: ', fr: 'Gravité : ' }

export const TICKET_TYPES = [
  { en: 'Technical Support', de: 'Technischer Support', fr: 'Support technique', team: 'support' },
  { en: 'Product Management Related', de: 'Produktmanagement', fr: 'Gestion de produit', team: 'support' },
  { en: 'Payments Renewal', de: 'Zahlungsverlängerung', fr: 'Renouvellement de paiements', team: 'operations' },
  { en: 'Trial Extension', de: 'Verlängerung des Testzeitraums', fr: "Extension de la version d'évaluation", team: 'operations' },
  { en: 'Store Related', de: 'Shop', fr: 'Lié au magasin', team: 'operations' },
  { en: 'Upgrades', de: 'Upgrades', fr: 'Mises à niveau', team: 'operations' },
  { en: 'Invoice changes', de: 'Rechnungsänderungen', fr: 'Modifications de facture', team: 'operations' },
  { en: 'Commission Payment', de: 'Provisionszahlungen', fr: 'Paiement de commission', team: 'operations' },
  { en: 'Sales Discussions', de: 'Verkaufsgespräche', fr: 'Discussions sur les ventes', team: 'operations' },
] as const
export type TicketType = (typeof TICKET_TYPES)[number]

export const YES_NO: Record<Lang, { yes: string[]; no: string[] }> = {
  en: { yes: ['Yes', 'Yes, every time', 'Yes - on all browsers'], no: ['No', 'No, it happened once'] },
  de: { yes: ['Ja', 'Ja, jedes Mal', 'Ja, in allen Browsern'], no: ['Nein', 'Nein, nur einmal aufgetreten'] },
  fr: { yes: ['Oui', 'Oui, à chaque fois', 'Oui, sur tous les navigateurs'], no: ['Non', "Non, c'est arrivé une seule fois"] },
}

export const PRODUCTS = ['Zoho CRM', 'Zoho Books', 'Zoho Desk', 'Zoho Creator', 'Zoho Analytics', 'Zoho One', 'Zoho Mail', 'Zoho People', 'Zoho Inventory']

type Texts = Record<Lang, string[]>

/** Support issue texts by severity; the wording carries DOMAIN.md §4's cue words. */
export const SUPPORT_ISSUES: Record<1 | 2 | 3, Texts> = {
  1: {
    en: ['Since this morning nobody can log in to {product}; the whole sales team is blocked. It is a complete outage for the customer.',
      'The system is unavailable for all users after the update, this is a show-stopper and the customer is losing revenue.',
      'Data integrity problem: records saved in {product} disappear after a few minutes.'],
    de: ['Seit heute Morgen kann sich niemand mehr bei {product} anmelden, das gesamte Vertriebsteam ist blockiert. Kompletter Ausfall beim Kunden.',
      'Das System ist für alle Benutzer nicht verfügbar, der Kunde verliert Umsatz.',
      'Problem mit der Datenintegrität: in {product} gespeicherte Datensätze verschwinden nach wenigen Minuten.'],
    fr: ["Depuis ce matin, personne ne peut se connecter à {product} ; toute l'équipe commerciale est bloquée. Panne totale chez le client.",
      'Le système est indisponible pour tous les utilisateurs depuis la mise à jour, le client perd du chiffre d’affaires.',
      "Problème d'intégrité des données : les enregistrements sauvegardés dans {product} disparaissent après quelques minutes."],
  },
  2: {
    en: ['The Deluge function returns incorrect results when the amount field is empty.',
      'Reports in {product} load much slower than documented and show wrong totals for last quarter.'],
    de: ['Die Deluge-Funktion liefert falsche Ergebnisse, wenn das Betragsfeld leer ist.',
      'Berichte in {product} zeigen falsche Summen für das letzte Quartal.'],
    fr: ['La fonction Deluge renvoie des résultats incorrects lorsque le champ montant est vide.',
      'Les rapports de {product} affichent des totaux erronés pour le dernier trimestre.'],
  },
  3: {
    en: ['How do I configure the integration between {product} and Zoho Books? We are looking for the documentation.',
      'Could you help us write a script that copies the deal owner to a custom field?'],
    de: ['Wie konfiguriere ich die Integration zwischen {product} und Zoho Books? Gibt es eine Dokumentation?',
      'Können Sie uns helfen, ein Skript zu schreiben, das den Besitzer in ein benutzerdefiniertes Feld kopiert?'],
    fr: ["Comment configurer l'intégration entre {product} et Zoho Books ? Nous cherchons la documentation.",
      'Pouvez-vous nous aider à écrire un script qui copie le propriétaire dans un champ personnalisé ?'],
  },
}

export const FEATURE_REQUESTS: Texts = {
  en: ['Feature request: the customer would like to export {product} reports to PDF on a schedule.'],
  de: ['Funktionsanfrage: Der Kunde möchte Berichte aus {product} zeitgesteuert als PDF exportieren.'],
  fr: ['Demande de fonctionnalité : le client souhaite exporter les rapports de {product} en PDF de manière planifiée.'],
}

/** Operations issue texts by ticket type (English name). */
export const OPERATIONS_ISSUES: Record<string, Texts> = {
  'Payments Renewal': {
    en: ["Please renew the customer's {product} subscription; the payment failed last week."],
    de: ['Bitte verlängern Sie das {product}-Abonnement des Kunden; die Zahlung ist letzte Woche fehlgeschlagen.'],
    fr: ["Merci de renouveler l'abonnement {product} du client ; le paiement a échoué la semaine dernière."],
  },
  'Trial Extension': {
    en: ['The customer needs 15 more days of {product} trial to finish the evaluation.'],
    de: ['Der Kunde benötigt 15 weitere Testtage für {product}, um die Evaluierung abzuschließen.'],
    fr: ["Le client a besoin de 15 jours d'essai supplémentaires sur {product} pour terminer l'évaluation."],
  },
  'Store Related': {
    en: ['We have no access to the partner store since yesterday, so we cannot place any order.'],
    de: ['Wir haben seit gestern keinen Zugriff auf den Partner-Shop und können keine Bestellung aufgeben.'],
    fr: ["Nous n'avons plus accès à la boutique partenaire depuis hier et ne pouvons passer aucune commande."],
  },
  Upgrades: {
    en: ['The customer wants to upgrade {product} from Standard to Enterprise edition.'],
    de: ['Der Kunde möchte {product} von Standard auf Enterprise upgraden.'],
    fr: ['Le client souhaite passer {product} de l’édition Standard à Enterprise.'],
  },
  'Invoice changes': {
    en: ['The invoice shows the wrong company address; please change it.'],
    de: ['Die Rechnung enthält die falsche Firmenadresse; bitte ändern Sie sie.'],
    fr: ["La facture indique une mauvaise adresse de société ; merci de la modifier."],
  },
  'Commission Payment': {
    en: ['Our commission for the last quarter has not been paid yet.'],
    de: ['Unsere Provision für das letzte Quartal wurde noch nicht ausgezahlt.'],
    fr: ["Notre commission du dernier trimestre n'a pas encore été versée."],
  },
  'Sales Discussions': {
    en: ['We would like to discuss a multi-year deal for a 300-user {product} customer.'],
    de: ['Wir möchten einen Mehrjahresvertrag für einen {product}-Kunden mit 300 Benutzern besprechen.'],
    fr: ['Nous souhaitons discuter d’un contrat pluriannuel pour un client {product} de 300 utilisateurs.'],
  },
}

/** Operations texts that make a severity-1 or -3 case whatever the type (account cancellation, customer mapping). */
export const OPERATIONS_BY_SEVERITY: Record<1 | 3, Texts> = {
  1: {
    en: ['The customer has sent an account cancellation request and we have no access to the partner portal.'],
    de: ['Der Kunde hat eine Kündigung des Kontos beantragt und wir haben keinen Zugriff auf das Partnerportal.'],
    fr: ["Le client a demandé la résiliation du compte et nous n'avons plus accès au portail partenaire."],
  },
  3: {
    en: ['How do I map a new customer to our partner account?'],
    de: ['Wie ordne ich einen neuen Kunden unserem Partnerkonto zu?'],
    fr: ['Comment associer un nouveau client à notre compte partenaire ?'],
  },
}

export const TROUBLESHOOTING: Texts = {
  en: ['Cleared the cache and tried another browser.', 'Checked the API logs and re-ran the function.', 'None yet.'],
  de: ['Cache geleert und einen anderen Browser versucht.', 'API-Protokolle geprüft und die Funktion erneut ausgeführt.', 'Noch keine.'],
  fr: ["Cache vidé et essai avec un autre navigateur.", "Journaux de l'API vérifiés et fonction relancée.", 'Aucune pour le moment.'],
}

export const SCREENSHOTS: Texts = {
  en: ['Attached', 'See the attached screen cast', 'None'],
  de: ['Im Anhang', 'Siehe angehängte Bildschirmaufnahme', 'Keine'],
  fr: ['En pièce jointe', "Voir l'enregistrement joint", 'Aucune'],
}

export const GREETING: Record<Lang, { hello: string[]; bye: string[] }> = {
  en: { hello: ['Hello Partner Support,', 'Hi team,', 'Dear Zoho Partner Support,'], bye: ['Regards,', 'Thanks,', 'Best regards,'] },
  de: { hello: ['Hallo Partner-Support,', 'Guten Tag,', 'Sehr geehrtes Partner-Support-Team,'], bye: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und Gruß'] },
  fr: { hello: ['Bonjour,', 'Bonjour l’équipe support,', 'Madame, Monsieur,'], bye: ['Cordialement,', 'Merci d’avance,', 'Bien à vous,'] },
}

export const SUBJECTS: Record<'support' | 'operations' | 'feature', Texts> = {
  support: { en: ['Problem with {product}', '{product}: urgent issue', 'Question about {product}'],
    de: ['Problem mit {product}', '{product}: dringendes Anliegen', 'Frage zu {product}'],
    fr: ['Problème avec {product}', '{product} : problème urgent', 'Question sur {product}'] },
  operations: { en: ['{type} request', 'Partner request: {type}'], de: ['Anfrage: {type}', 'Partneranfrage: {type}'],
    fr: ['Demande : {type}', 'Demande partenaire : {type}'] },
  feature: { en: ['Feature request for {product}'], de: ['Funktionsanfrage zu {product}'], fr: ['Demande de fonctionnalité pour {product}'] },
}

export const AGENT_REPLIES: Texts = {
  en: ['Thank you for reaching out. We are looking into this and will update you shortly.', 'Could you share the exact steps and a screenshot?'],
  de: ['Vielen Dank für Ihre Nachricht. Wir prüfen das und melden uns in Kürze.', 'Können Sie die genauen Schritte und einen Screenshot senden?'],
  fr: ['Merci pour votre message. Nous examinons la question et revenons vers vous rapidement.', "Pouvez-vous nous envoyer les étapes exactes et une capture d'écran ?"],
}

export const CUSTOMER_REPLIES: Texts = {
  en: ['Here are the details you asked for.', 'Any update on this?'],
  de: ['Hier die gewünschten Details.', 'Gibt es hierzu schon Neuigkeiten?'],
  fr: ['Voici les informations demandées.', 'Avez-vous du nouveau ?'],
}

export const NAMES: Record<Lang, { first: string[]; last: string[] }> = {
  en: { first: ['Olivia', 'James', 'Aisha', 'Wei', 'Carlos', 'Priya', 'Liam', 'Emma'], last: ['Smith', 'Nguyen', 'Khan', 'Garcia', 'Brown', 'Patel', 'Okafor', 'Tanaka'] },
  de: { first: ['Lukas', 'Anna', 'Felix', 'Lea', 'Jonas', 'Mia'], last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'] },
  fr: { first: ['Camille', 'Hugo', 'Léa', 'Louis', 'Chloé', 'Étienne'], last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'] },
}

export const COMPANY_WORDS = ['Cloud', 'Data', 'Nordic', 'Summit', 'Blue', 'Apex', 'Pixel', 'Orbit', 'Bright', 'Atlas', 'Falcon', 'Harbor']
export const COMPANY_SUFFIX: Record<Lang, string[]> = {
  en: ['Solutions Ltd', 'Consulting', 'Partners Inc', 'Digital Pty Ltd'],
  de: ['Beratung GmbH', 'Systemhaus GmbH', 'Consulting AG'],
  fr: ['Conseil SARL', 'Solutions SAS', 'Informatique SA'],
}

export type Country = {
  iso: string
  en: string
  de: string
  fr: string
  region: 'ANZ' | 'APAC & Japan' | 'India' | 'MEA' | 'Americas' | 'UK & EU'
  subRegion: string
  lang: Lang
  cities: string[]
}

const c = (iso: string, en: string, de: string, fr: string, region: Country['region'], subRegion: string, lang: Lang, ...cities: string[]): Country =>
  ({ iso, en, de, fr, region, subRegion, lang, cities })

/** At least one country of every region and sub-region of DOMAIN.md §6. */
export const COUNTRIES: Country[] = [
  c('AU', 'Australia', 'Australien', 'Australie', 'ANZ', 'ANZ', 'en', 'Sydney', 'Melbourne'),
  c('NZ', 'New Zealand', 'Neuseeland', 'Nouvelle-Zélande', 'ANZ', 'ANZ', 'en', 'Auckland'),
  c('JP', 'Japan', 'Japan', 'Japon', 'APAC & Japan', 'Japan', 'en', 'Tokyo', 'Osaka'),
  c('SG', 'Singapore', 'Singapur', 'Singapour', 'APAC & Japan', 'APAC', 'en', 'Singapore'),
  c('MY', 'Malaysia', 'Malaysia', 'Malaisie', 'APAC & Japan', 'APAC', 'en', 'Kuala Lumpur'),
  c('KR', 'South Korea', 'Südkorea', 'Corée du Sud', 'APAC & Japan', 'APAC', 'en', 'Seoul'),
  c('IN', 'India', 'Indien', 'Inde', 'India', 'India', 'en', 'Chennai', 'Bengaluru', 'Pune'),
  c('AE', 'United Arab Emirates', 'Vereinigte Arabische Emirate', 'Émirats arabes unis', 'MEA', 'MEA', 'en', 'Dubai'),
  c('ZA', 'South Africa', 'Südafrika', 'Afrique du Sud', 'MEA', 'MEA', 'en', 'Cape Town', 'Johannesburg'),
  c('SA', 'Saudi Arabia', 'Saudi-Arabien', 'Arabie saoudite', 'MEA', 'MEA', 'en', 'Riyadh'),
  c('EG', 'Egypt', 'Ägypten', 'Égypte', 'MEA', 'MEA', 'en', 'Cairo'),
  c('MA', 'Morocco', 'Marokko', 'Maroc', 'MEA', 'MEA', 'fr', 'Casablanca'),
  c('US', 'United States', 'Vereinigte Staaten', 'États-Unis', 'Americas', 'USA', 'en'),
  c('CA', 'Canada', 'Kanada', 'Canada', 'Americas', 'Canada', 'en', 'Toronto', 'Montréal', 'Vancouver'),
  c('BR', 'Brazil', 'Brasilien', 'Brésil', 'Americas', 'Brazil', 'en', 'São Paulo'),
  c('MX', 'Mexico', 'Mexiko', 'Mexique', 'Americas', 'LATAM', 'en', 'Mexico City'),
  c('AR', 'Argentina', 'Argentinien', 'Argentine', 'Americas', 'LATAM', 'en', 'Buenos Aires'),
  c('CO', 'Colombia', 'Kolumbien', 'Colombie', 'Americas', 'LATAM', 'en', 'Bogotá'),
  c('NL', 'Netherlands', 'Niederlande', 'Pays-Bas', 'UK & EU', 'Benelux & Nordics', 'en', 'Amsterdam', 'Utrecht'),
  c('BE', 'Belgium', 'Belgien', 'Belgique', 'UK & EU', 'Benelux & Nordics', 'fr', 'Brussels', 'Liège'),
  c('SE', 'Sweden', 'Schweden', 'Suède', 'UK & EU', 'Benelux & Nordics', 'en', 'Stockholm'),
  c('DK', 'Denmark', 'Dänemark', 'Danemark', 'UK & EU', 'Benelux & Nordics', 'en', 'Copenhagen'),
  c('FI', 'Finland', 'Finnland', 'Finlande', 'UK & EU', 'Benelux & Nordics', 'en', 'Helsinki'),
  c('FR', 'France', 'Frankreich', 'France', 'UK & EU', 'France', 'fr', 'Paris', 'Lyon', 'Toulouse'),
  c('MC', 'Monaco', 'Monaco', 'Monaco', 'UK & EU', 'France', 'fr', 'Monaco'),
  c('IE', 'Ireland', 'Irland', 'Irlande', 'UK & EU', 'Rest of Europe', 'en', 'Dublin'),
  c('PL', 'Poland', 'Polen', 'Pologne', 'UK & EU', 'Rest of Europe', 'en', 'Warsaw', 'Kraków'),
  c('CZ', 'Czechia', 'Tschechien', 'Tchéquie', 'UK & EU', 'Rest of Europe', 'en', 'Prague'),
  c('GR', 'Greece', 'Griechenland', 'Grèce', 'UK & EU', 'Rest of Europe', 'en', 'Athens'),
  c('TR', 'Turkey', 'Türkei', 'Turquie', 'UK & EU', 'Rest of Europe', 'en', 'Istanbul'),
  c('IT', 'Italy', 'Italien', 'Italie', 'UK & EU', 'Italy & Rest of Europe 2', 'en', 'Milan', 'Rome'),
  c('RO', 'Romania', 'Rumänien', 'Roumanie', 'UK & EU', 'Italy & Rest of Europe 2', 'en', 'Bucharest'),
  c('HR', 'Croatia', 'Kroatien', 'Croatie', 'UK & EU', 'Italy & Rest of Europe 2', 'en', 'Zagreb'),
  c('RS', 'Serbia', 'Serbien', 'Serbie', 'UK & EU', 'Italy & Rest of Europe 2', 'en', 'Belgrade'),
  c('ES', 'Spain', 'Spanien', 'Espagne', 'UK & EU', 'Spain', 'en', 'Madrid', 'Barcelona'),
  c('PT', 'Portugal', 'Portugal', 'Portugal', 'UK & EU', 'Spain', 'en', 'Lisbon'),
  c('DE', 'Germany', 'Deutschland', 'Allemagne', 'UK & EU', 'DACH', 'de', 'Berlin', 'München', 'Köln'),
  c('AT', 'Austria', 'Österreich', 'Autriche', 'UK & EU', 'DACH', 'de', 'Wien', 'Graz'),
  c('CH', 'Switzerland', 'Schweiz', 'Suisse', 'UK & EU', 'DACH', 'de', 'Zürich', 'Genève'),
  c('GB', 'United Kingdom', 'Vereinigtes Königreich', 'Royaume-Uni', 'UK & EU', 'United Kingdom', 'en', 'London', 'Manchester'),
]

/** US states across the USA East / West / Central sub-regions (the mapping itself lives in config/). */
export const US_STATES: Array<{ code: string; name: string; city: string }> = [
  { code: 'NY', name: 'New York', city: 'New York' },
  { code: 'MA', name: 'Massachusetts', city: 'Boston' },
  { code: 'FL', name: 'Florida', city: 'Miami' },
  { code: 'GA', name: 'Georgia', city: 'Atlanta' },
  { code: 'CA', name: 'California', city: 'San Francisco' },
  { code: 'WA', name: 'Washington', city: 'Seattle' },
  { code: 'OR', name: 'Oregon', city: 'Portland' },
  { code: 'TX', name: 'Texas', city: 'Austin' },
  { code: 'IL', name: 'Illinois', city: 'Chicago' },
  { code: 'CO', name: 'Colorado', city: 'Denver' },
]

/** Large-account license thresholds by region (DOMAIN.md §2); the seed puts some accounts above them. */
export const LICENSE_THRESHOLD: Record<string, number> = {
  ANZ: 50, 'APAC & Japan': 50, India: 100, MEA: 60, 'UK & EU': 60, USA: 70, LATAM: 70, Canada: 50, Brazil: 50,
}
