// The fixed, deterministic case mix of `npm run bench:engine` (seeded PRNG: the same seed gives
// the same cases, byte for byte).
// - buildComputeMix: `desk-sla compute` inputs across the six regions (EN/DE/FR country names,
//   ISO codes, US states), both teams, all ticket types, severities from fields, template lines
//   and words, tiers by name and score, large accounts, EN/DE/FR templates in plain text and
//   HTML, creation on weekdays, weekends and in DST-change weeks, On Hold pauses, closings,
//   re-openings, agent and customer threads.
// - buildDueDateMix: (calendar, start, duration) triples on the shipped 24x5 region calendars
//   and on ordinary business-hours calendars, for our calendar and moment-business-time alike.
import type { CalendarSpecInput } from '../src/engine/calendar.js'
import type { ComputeInputRaw } from '../src/engine/input.js'
import { REGION_NAMES, type Policy, type RegionName } from '../src/engine/policy.js'
import { mulberry32 } from '../src/sandbox/seed.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!
const chance = (rng: Rng, p: number): boolean => rng() < p
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))

// ---------------------------------------------------------------------------------------------
// When: ordinary weeks (weekday or weekend) and the weeks around the DST changes of 2026.
// ---------------------------------------------------------------------------------------------

/** Sundays on which clocks change in 2026, by where. */
export const DST_CHANGES = {
  'dst-us-spring': Date.UTC(2026, 2, 8), // America: 2nd Sunday of March
  'dst-eu-spring': Date.UTC(2026, 2, 29), // Europe: last Sunday of March
  'dst-sydney-autumn': Date.UTC(2026, 3, 5), // Sydney: 1st Sunday of April, clocks back
  'dst-sydney-spring': Date.UTC(2026, 9, 4), // Sydney: 1st Sunday of October, clocks forward
  'dst-eu-autumn': Date.UTC(2026, 9, 25), // Europe: last Sunday of October
  'dst-us-autumn': Date.UTC(2026, 10, 1), // America: 1st Sunday of November
} as const
export type DstWeek = keyof typeof DST_CHANGES
export type When = 'weekday' | 'weekend' | DstWeek

/** Mondays of ordinary weeks, including a year end and a leap day. */
const ORDINARY_MONDAYS = [
  Date.UTC(2026, 0, 12),
  Date.UTC(2026, 1, 16),
  Date.UTC(2026, 4, 18),
  Date.UTC(2026, 5, 8),
  Date.UTC(2026, 6, 20),
  Date.UTC(2026, 8, 14),
  Date.UTC(2026, 11, 28), // over the year end
  Date.UTC(2028, 1, 28), // over 29 February
]

/** An instant in the chosen kind of week, at a random second (and millisecond) of the day. */
function instantIn(rng: Rng, when: When): number {
  const timeOfDay = between(rng, 0, 86_399) * 1000 + (chance(rng, 0.5) ? between(rng, 0, 999) : 0)
  if (when === 'weekday') return pick(rng, ORDINARY_MONDAYS) + between(rng, 0, 4) * DAY + timeOfDay
  if (when === 'weekend') return pick(rng, ORDINARY_MONDAYS) + between(rng, 5, 6) * DAY + timeOfDay
  // From the Thursday before the change to the Wednesday after it.
  return DST_CHANGES[when] + between(rng, -3, 3) * DAY + timeOfDay
}

function pickWhen(rng: Rng): When {
  const r = rng()
  if (r < 0.4) return 'weekday'
  if (r < 0.6) return 'weekend'
  return pick(rng, Object.keys(DST_CHANGES) as DstWeek[])
}

// ---------------------------------------------------------------------------------------------
// The compute mix
// ---------------------------------------------------------------------------------------------

/** Where an account is, as Desk would hold it; `region` is what the policy should make of it. */
interface Place {
  country: string | null
  state?: string
  region: RegionName | 'fallback'
}

const PLACES: readonly Place[] = [
  { country: 'United Kingdom', region: 'UK & EU' },
  { country: 'GB', region: 'UK & EU' },
  { country: 'Deutschland', region: 'UK & EU' },
  { country: 'Germany', region: 'UK & EU' },
  { country: 'France', region: 'UK & EU' },
  { country: 'Frankreich', region: 'UK & EU' },
  { country: 'Italy', region: 'UK & EU' },
  { country: 'Espagne', region: 'UK & EU' },
  { country: 'Österreich', region: 'UK & EU' },
  { country: 'Netherlands', region: 'UK & EU' },
  { country: 'United States', state: 'NY', region: 'Americas' },
  { country: 'United States', state: 'California', region: 'Americas' },
  { country: 'USA', state: 'TX', region: 'Americas' },
  { country: 'US', state: 'Florida', region: 'Americas' },
  { country: 'United States', region: 'Americas' },
  { country: 'Canada', region: 'Americas' },
  { country: 'Brazil', region: 'Americas' },
  { country: 'Brasilien', region: 'Americas' },
  { country: 'Mexico', region: 'Americas' },
  { country: 'India', region: 'India' },
  { country: 'Indien', region: 'India' },
  { country: 'Inde', region: 'India' },
  { country: 'Japan', region: 'APAC & Japan' },
  { country: 'Japon', region: 'APAC & Japan' },
  { country: 'Singapore', region: 'APAC & Japan' },
  { country: 'Malaysia', region: 'APAC & Japan' },
  { country: 'Australia', region: 'ANZ' },
  { country: 'Australien', region: 'ANZ' },
  { country: 'New Zealand', region: 'ANZ' },
  { country: 'UAE', region: 'MEA' },
  { country: 'United Arab Emirates', region: 'MEA' },
  { country: 'Saudi Arabia', region: 'MEA' },
  { country: 'Afrique du Sud', region: 'MEA' },
  { country: 'Atlantis', region: 'fallback' },
  { country: null, region: 'fallback' },
]

type Lang = 'en' | 'de' | 'fr'
type Topic = 'outage' | 'login' | 'incorrect' | 'howto' | 'neutral' | 'feature' | 'cancel' | 'renewal' | 'impact'

/** The ticket's own words, by topic and language. */
const ISSUE: Record<Topic, Record<Lang, readonly string[]>> = {
  outage: {
    en: ['Our whole system is down since 7am, a complete outage for all users.', 'Service unavailable: we see downtime on every page.'],
    de: ['Systemausfall seit heute früh, alle Benutzer betroffen.', 'Der Dienst ist nicht erreichbar, totaler Ausfall.'],
    fr: ['Panne générale depuis ce matin, tous les utilisateurs sont touchés.', 'Le service est hors service depuis une heure.'],
  },
  login: {
    en: ['Nobody can log in: login fails with error 500.', 'Our admins are locked out and cannot log in.'],
    de: ['Anmeldung fehlgeschlagen für alle Konten, ich kann mich nicht anmelden.', 'Login-Problem seit dem Update.'],
    fr: ['Impossible de se connecter depuis ce matin.', 'Échec de connexion pour tous les comptes.'],
  },
  incorrect: {
    en: ['The sales report returns incorrect results for March.', 'Totals show wrong values after the import.'],
    de: ['Der Bericht liefert falsche Ergebnisse für März.', 'Die Summen sind fehlerhaft nach dem Import.'],
    fr: ['Le rapport donne un résultat incorrect pour mars.', 'Comportement inattendu après la mise à jour.'],
  },
  howto: {
    en: ['How do I configure the Deluge script for this integration?', 'Question about the documentation of webhooks.'],
    de: ['Wie kann ich die Integration konfigurieren?', 'Gibt es eine Anleitung für das Skript?'],
    fr: ['Comment faire pour configurer la fonction ?', "Question sur la documentation de l'intégration."],
  },
  neutral: {
    en: ['Please see the attached screenshot and advise.', 'The customer asked us to look into this.'],
    de: ['Bitte sehen Sie sich den Anhang an.', 'Der Kunde bittet um Rückmeldung.'],
    fr: ['Merci de regarder la capture jointe.', 'Le client demande un retour.'],
  },
  feature: {
    en: ['Feature request: please add a dark mode to the portal.', 'This is a feature request for bulk export.'],
    de: ['Funktionsanfrage: bitte einen Dunkelmodus hinzufügen.', 'Funktionsanfrage für den Massenexport.'],
    fr: ["Demande de fonctionnalité : un mode sombre s'il vous plaît.", 'Demande de fonctionnalité pour l’export en masse.'],
  },
  cancel: {
    en: ['We need to cancel our account by the end of the month.', 'Cancellation request for the customer account.'],
    de: ['Kündigung des Kundenkontos zum Monatsende.', 'Wir bitten um Kontokündigung.'],
    fr: ['Demande de résiliation du compte client.', "Demande d'annulation du compte."],
  },
  renewal: {
    en: ['How do I renew our partner account?', 'Partner account renewal is due next week.'],
    de: ['Verlängerung des Partnerkontos fällig.', 'Wie kann ich das Partnerkonto verlängern?'],
    fr: ['Renouvellement du compte partenaire à prévoir.', 'Comment faire le renouvellement du compte partenaire ?'],
  },
  impact: {
    en: ['The invoice layout changed, moderate impact on our customers.', 'Low impact: one invoice shows the old address.'],
    de: ['Mittlere Auswirkung auf unsere Rechnungen.', 'Die Rechnung zeigt die alte Adresse.'],
    fr: ['Impact modéré sur la facturation.', 'La facture affiche l’ancienne adresse.'],
  },
}

const TEMPLATE_LABELS: Record<Lang, { type: string; email: string; repro: string; product: string; description: string; steps: string; severity: string }> = {
  en: {
    email: 'Customer email address',
    type: 'Type of Support request',
    repro: 'Able to reproduce the problem?',
    product: 'Zoho product name',
    description: 'Description of the issue/question',
    steps: 'Troubleshooting steps performed',
    severity: 'Severity',
  },
  de: {
    email: 'E-Mail-Adresse des Kunden',
    type: 'Art der Supportanfrage',
    repro: 'Kann das Problem reproduziert werden?',
    product: 'Name des Zoho Produkts',
    description: 'Beschreibung des Problems/der Frage',
    steps: 'Durchgeführte Schritte zur Fehlerbehebung',
    severity: 'Schweregrad',
  },
  fr: {
    email: 'Adresse e-mail du client',
    type: 'Type de demande de support',
    repro: 'Est-il possible de reproduire le problème ?',
    product: 'Nom du produit Zoho',
    description: 'Description du problème/de la question',
    steps: 'Étapes de dépannage effectuées',
    severity: 'Gravité',
  },
}
const YES: Record<Lang, string> = { en: 'Yes, every time', de: 'Ja, immer', fr: 'Oui, à chaque fois' }
const STEPS: Record<Lang, string> = { en: 'Cleared the cache, tried another browser', de: 'Cache geleert', fr: 'Cache vidé, autre navigateur' }

interface TypeChoice {
  team: 'Support' | 'Operations'
  labels: Record<Lang, string>
  topics: readonly Topic[]
}

const TYPES: readonly TypeChoice[] = [
  {
    team: 'Support',
    labels: { en: 'Technical Support', de: 'Technischer Support', fr: 'Support technique' },
    topics: ['outage', 'outage', 'login', 'incorrect', 'howto', 'neutral', 'feature'],
  },
  {
    team: 'Support',
    labels: { en: 'Product Management Related', de: 'Produktmanagement', fr: 'Gestion de produit' },
    topics: ['feature', 'neutral'],
  },
  { team: 'Operations', labels: { en: 'Payments Renewal', de: 'Zahlungsverlängerung', fr: 'Renouvellement de paiements' }, topics: ['renewal', 'impact', 'cancel'] },
  { team: 'Operations', labels: { en: 'Trial Extension', de: 'Verlängerung des Testzeitraums', fr: "Extension de la version d'évaluation" }, topics: ['neutral', 'howto'] },
  { team: 'Operations', labels: { en: 'Store Related', de: 'Shop', fr: 'Lié au magasin' }, topics: ['cancel', 'neutral'] },
  { team: 'Operations', labels: { en: 'Upgrades', de: 'Upgrades', fr: 'Mises à niveau' }, topics: ['neutral', 'impact'] },
  { team: 'Operations', labels: { en: 'Invoice changes', de: 'Rechnungsänderungen', fr: 'Modifications de facture' }, topics: ['impact', 'neutral'] },
  { team: 'Operations', labels: { en: 'Commission Payment', de: 'Provisionszahlungen', fr: 'Paiement de commission' }, topics: ['impact', 'howto'] },
  { team: 'Operations', labels: { en: 'Sales Discussions', de: 'Verkaufsgespräche', fr: 'Discussions sur les ventes' }, topics: ['renewal', 'neutral'] },
]

const SUBJECTS: Record<Topic, readonly string[]> = {
  outage: ['URGENT: outage', 'System down', 'Ausfall', 'Panne'],
  login: ['Login issue', 'Cannot log in', 'Anmeldeproblem', 'Problème de connexion'],
  incorrect: ['Wrong numbers', 'Report issue', 'Falsche Zahlen', 'Rapport'],
  howto: ['Question', 'How to configure', 'Frage', 'Question'],
  neutral: ['Request', 'Ticket', 'Anfrage', 'Demande'],
  feature: ['Idea', 'Feature request', 'Wunsch', 'Suggestion'],
  cancel: ['Cancellation', 'Account', 'Kündigung', 'Résiliation'],
  renewal: ['Renewal', 'Partner account', 'Verlängerung', 'Renouvellement'],
  impact: ['Invoice', 'Billing', 'Rechnung', 'Facture'],
}

const SEVERITY_FIELD = ['1', '2', '3', 'Sev 2', 'P1', 'S3', 'critical', 'Hoch', 'faible', 'moderate'] as const
const TIER_NAMES = ['Premium', 'Advanced', 'Authorized', 'Fortgeschritten', 'Premier', 'autorisé'] as const

export interface ComputeCase {
  input: ComputeInputRaw
  /** the default `now` (every input also carries its own `now`) */
  now: number
  tags: {
    when: When
    expectedRegion: RegionName | 'fallback'
    team: 'Support' | 'Operations'
    topic: Topic
    language: Lang
    description: 'template-text' | 'template-html' | 'free-text' | 'free-html' | 'none'
    onHold: 'none' | 'past' | 'ongoing'
    closed: 'no' | 'reopened' | 'closed'
    threads: number
  }
}

function describe(rng: Rng, lang: Lang, type: TypeChoice, issue: string, severityLine: string | null): { text: string; kind: ComputeCase['tags']['description'] } {
  const r = rng()
  if (r < 0.08) return { text: '', kind: 'none' }
  if (r < 0.3) return chance(rng, 0.5) ? { text: issue, kind: 'free-text' } : { text: `<div>${escapeHtml(issue)}<br></div>`, kind: 'free-html' }
  const L = TEMPLATE_LABELS[lang]
  const rows: [string, string][] = [
    [L.email, `customer${between(rng, 1, 999)}@example.com`],
    [L.type, type.labels[lang]],
    [L.repro, YES[lang]],
    [L.product, pick(rng, ['Zoho CRM', 'Zoho Desk', 'Zoho Books', 'Zoho Mail'])],
    [L.description, issue],
    [L.steps, STEPS[lang]],
  ]
  if (severityLine !== null) rows.push([L.severity, severityLine])
  if (chance(rng, 0.5)) return { text: rows.map(([k, v]) => `${k}: ${v}`).join('\n'), kind: 'template-text' }
  const html = rows.map(([k, v]) => `<p><b>${escapeHtml(k)}</b>&nbsp;${escapeHtml(v)}</p>`).join('')
  return { text: `<div style="font-family: Verdana">${html}</div>`, kind: 'template-html' }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;')
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function computeCase(rng: Rng, index: number): ComputeCase {
  const when = pickWhen(rng)
  const created = instantIn(rng, when)
  const place = pick(rng, PLACES)
  const type = pick(rng, TYPES)
  const topic = pick(rng, type.topics)
  const lang = pick(rng, ['en', 'en', 'de', 'fr'] as const)
  const issue = pick(rng, ISSUE[topic][lang])

  const ticketCf: Record<string, unknown> = {}
  // Type from the Desk field, else from the template (set by describe), else the default.
  if (chance(rng, 0.45)) ticketCf.cf_ticket_type = type.labels[pick(rng, ['en', 'de', 'fr'] as const)]
  let severityLine: string | null = null
  const s = rng()
  if (s < 0.15) ticketCf.cf_severity = pick(rng, SEVERITY_FIELD)
  else if (s < 0.25) severityLine = String(between(rng, 1, 3))

  const { text: description, kind } = describe(rng, lang, type, issue, severityLine)

  const accountCf: Record<string, unknown> = {}
  const t = rng()
  if (t < 0.55) accountCf.cf_partner_tier = pick(rng, TIER_NAMES)
  else if (t < 0.8) accountCf.cf_partner_score = String(between(rng, 0, 1000))
  if (chance(rng, 0.4)) accountCf.cf_user_licenses = String(pick(rng, [5, 20, 49, 50, 60, 75, 100, 250]))

  // Threads: an agent reply, then maybe a customer follow-up and another reply.
  const threads: { direction: 'in' | 'out'; createdTime: string }[] = []
  let cursor = created
  if (chance(rng, 0.55)) {
    cursor += between(rng, 5, 40 * 60) * 60_000
    threads.push({ direction: 'out', createdTime: iso(cursor) })
    if (chance(rng, 0.5)) {
      cursor += between(rng, 10, 48 * 60) * 60_000
      threads.push({ direction: 'in', createdTime: iso(cursor) })
      if (chance(rng, 0.5)) {
        cursor += between(rng, 10, 30 * 60) * 60_000
        threads.push({ direction: 'out', createdTime: iso(cursor) })
      }
    }
  }
  if (chance(rng, 0.2)) threads.unshift({ direction: 'in', createdTime: iso(created + between(rng, 1, 90) * 60_000) })

  // Status history: on hold (over, or still), closed and re-opened, or closed now.
  const statusHistory: { statusType: string; from: string; to: string | null }[] = []
  let statusType = 'Open'
  let onHold: ComputeCase['tags']['onHold'] = 'none'
  let closed: ComputeCase['tags']['closed'] = 'no'
  const holdFrom = created + between(rng, 10, 30 * 60) * 60_000
  const h = rng()
  if (h < 0.2) {
    const holdTo = holdFrom + between(rng, 30, 72 * 60) * 60_000
    statusHistory.push({ statusType: 'On Hold', from: iso(holdFrom), to: iso(holdTo) })
    onHold = 'past'
    cursor = Math.max(cursor, holdTo)
  } else if (h < 0.3) {
    statusHistory.push({ statusType: 'On Hold', from: iso(holdFrom), to: null })
    statusType = 'On Hold'
    onHold = 'ongoing'
    cursor = Math.max(cursor, holdFrom)
  }
  const c = rng()
  if (c < 0.06 && onHold !== 'ongoing') {
    const from = Math.max(cursor, created) + between(rng, 60, 24 * 60) * 60_000
    const to = from + between(rng, 60, 48 * 60) * 60_000
    statusHistory.push({ statusType: 'Closed', from: iso(from), to: iso(to) })
    closed = 'reopened'
    cursor = to
  } else if (c < 0.12 && onHold !== 'ongoing') {
    const from = Math.max(cursor, created) + between(rng, 60, 24 * 60) * 60_000
    statusHistory.push({ statusType: 'Closed', from: iso(from), to: null })
    statusType = 'Closed'
    closed = 'closed'
    cursor = from
  }
  const now = Math.max(cursor, created) + between(rng, 0, 96 * 60) * 60_000

  const subject = pick(rng, SUBJECTS[topic])
  const input: ComputeInputRaw = {
    ticket: {
      id: String(20001000000000000n + BigInt(index)),
      subject,
      description,
      createdTime: iso(created),
      statusType,
      cf: ticketCf,
    },
    account: { country: place.country, state: place.state ?? null, cf: accountCf },
    contact: chance(rng, 0.3) ? { country: pick(rng, PLACES).country } : undefined,
    threads,
    statusHistory,
    now: iso(now),
  }
  return {
    input,
    now,
    tags: { when, expectedRegion: place.region, team: type.team, topic, language: lang, description: kind, onHold, closed, threads: threads.length },
  }
}

export const DEFAULT_SEED = 20260309

/**
 * `count` compute inputs, the same for the same seed. Each input is read from its JSON text, as
 * the CLI and the webhook read theirs: flat strings, not the pieces the generator joined (an
 * engine reads a joined string through one more indirection, code by code).
 */
export function buildComputeMix(opts: { seed?: number; count: number }): ComputeCase[] {
  const rng = mulberry32(opts.seed ?? DEFAULT_SEED)
  return Array.from({ length: opts.count }, (_, i) => {
    const c = computeCase(rng, i)
    return { ...c, input: JSON.parse(JSON.stringify(c.input)) as ComputeInputRaw }
  })
}

// ---------------------------------------------------------------------------------------------
// The due-date mix
// ---------------------------------------------------------------------------------------------

export interface DueDateCalendar {
  name: string
  /** '24x5': a region calendar of the policy (days end at 24:00); 'business': ordinary office hours */
  kind: '24x5' | 'business'
  spec: CalendarSpecInput
}

export interface DueDateCase {
  /** index into DueDateMix.calendars */
  calendar: number
  start: number
  durationMs: number
  when: When
}

export interface DueDateMix {
  calendars: DueDateCalendar[]
  /** grouped by calendar, in calendar order */
  cases: DueDateCase[]
}

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
const NINE_TO_FIVE_THIRTY = ['09:00-17:30']
const SPLIT_DAY = ['08:00-12:00', '13:00-17:00']
const MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']
const weekdays = (ranges: string[], days: readonly Weekday[] = MON_FRI): Partial<Record<Weekday, string[]>> =>
  Object.fromEntries(days.map((d) => [d, ranges]))

/** Public holidays of the business-hours calendars (explicit dates: the peer knows no holiday library). */
const HOLIDAYS: Record<string, string[]> = {
  'Europe/London': ['2026-04-03', '2026-04-06', '2026-05-04', '2026-12-25', '2026-12-28', '2027-01-01'],
  'America/New_York': ['2026-01-19', '2026-02-16', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25', '2027-01-01'],
  'Europe/Berlin': ['2026-04-03', '2026-04-06', '2026-05-01', '2026-10-03', '2026-12-25', '2027-01-01'],
  'Asia/Kolkata': ['2026-01-26', '2026-08-15', '2026-10-02', '2026-11-09'],
  'Europe/Paris': ['2026-04-06', '2026-05-01', '2026-05-14', '2026-07-14', '2026-11-11', '2026-12-25', '2027-01-01'],
  'America/Chicago': ['2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'],
  'Asia/Tokyo': ['2026-01-12', '2026-02-11', '2026-02-23', '2026-05-04', '2026-05-05', '2026-05-06', '2026-07-20', '2026-09-21'],
  'Australia/Sydney': ['2026-01-26', '2026-04-03', '2026-04-06', '2026-06-08', '2026-10-05', '2026-12-25', '2026-12-28'],
  'Asia/Dubai': ['2026-12-02', '2026-12-03'],
}

function businessCalendars(): DueDateCalendar[] {
  const nine = ['Europe/London', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney']
  const split = ['Europe/Paris', 'America/Chicago', 'Asia/Tokyo', 'Australia/Sydney']
  return [
    ...nine.map((timeZone) => ({
      name: `09:00–17:30 ${timeZone}`,
      kind: 'business' as const,
      spec: { timeZone, weekendDays: ['sat', 'sun'] as Weekday[], hours: weekdays(NINE_TO_FIVE_THIRTY), holidays: HOLIDAYS[timeZone] ?? [] },
    })),
    ...split.map((timeZone) => ({
      name: `08:00–12:00+13:00–17:00 ${timeZone}`,
      kind: 'business' as const,
      spec: { timeZone, weekendDays: ['sat', 'sun'] as Weekday[], hours: weekdays(SPLIT_DAY), holidays: HOLIDAYS[timeZone] ?? [] },
    })),
    {
      name: '09:00–18:00 Sun–Thu Asia/Dubai',
      kind: 'business' as const,
      spec: {
        timeZone: 'Asia/Dubai',
        weekendDays: ['fri', 'sat'] as Weekday[],
        hours: weekdays(['09:00-18:00'], ['sun', 'mon', 'tue', 'wed', 'thu']),
        holidays: HOLIDAYS['Asia/Dubai'],
      },
    },
  ] satisfies DueDateCalendar[]
}

/** Working hours the SLA tables produce (every low, mid and high point of both matrices). */
const SLA_HOURS = [1, 2, 3, 5, 6, 8, 9, 12, 15, 16, 18, 20, 21, 24, 36, 48, 60, 72]

/** `count` (calendar, start, duration) triples over the policy's six 24x5 calendars and ten business-hours calendars. */
export function buildDueDateMix(policy: Policy, opts: { seed?: number; count: number }): DueDateMix {
  const rng = mulberry32((opts.seed ?? DEFAULT_SEED) ^ 0x5eed)
  const calendars: DueDateCalendar[] = [
    ...REGION_NAMES.map((region) => ({ name: `24x5 ${region} (${policy.regions[region].calendar.timeZone})`, kind: '24x5' as const, spec: policy.regions[region].calendar as CalendarSpecInput })),
    ...businessCalendars(),
  ]
  const cases: DueDateCase[] = []
  for (let i = 0; i < opts.count; i++) {
    const when = pickWhen(rng)
    const minutes = chance(rng, 0.85) ? pick(rng, SLA_HOURS) * 60 : between(rng, 1, 5000)
    const calendar = i % calendars.length
    let start = instantIn(rng, when)
    // 24x5 starts fall on whole minutes. The peer walks in whole minutes and, where a day runs
    // into the next (23:59:59 then 00:00), counts the step past 23:59:59 twice: at every
    // midnight into a working day the seconds part x of its position becomes 2x + 1. From a
    // whole minute that is 1, 3, 7, 15 s after 1–4 midnights, inside the one-minute comparison;
    // from second 25 of a minute it would already be 26, 78, 122 s.
    if (calendars[calendar]!.kind === '24x5') start = Math.floor(start / 60_000) * 60_000
    cases.push({ calendar, start, durationMs: minutes * 60_000, when })
  }
  cases.sort((a, b) => a.calendar - b.calendar)
  return { calendars, cases }
}

/** The region calendar of each region name, for tests that check the mix covers them all. */
export function regionOf(calendar: DueDateCalendar): RegionName | undefined {
  return REGION_NAMES.find((r) => calendar.name === `24x5 ${r} (${calendar.spec.timeZone})`)
}
