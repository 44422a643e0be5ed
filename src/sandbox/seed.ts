import { encode } from 'html-entities'
import { PARTNER_FIGURES, partnerFigureField, type PartnerFigure } from './fields.js'
import type { IdGenerator } from './ids.js'
import type { GeneratorOptions, SeedData } from './model.js'
import {
  AGENT_REPLIES, COMPANY_SUFFIX, COMPANY_WORDS, COUNTRIES, CUSTOMER_REPLIES, FEATURE_REQUESTS, GREETING, LABELS,
  LICENSE_THRESHOLD, NAMES, OPERATIONS_BY_SEVERITY, OPERATIONS_ISSUES, PRODUCTS, SCREENSHOTS, SEVERITY_LABEL,
  SUBJECTS, SUPPORT_ISSUES, TICKET_TYPES, TROUBLESHOOTING, US_STATES, YES_NO, type Country, type Lang, type TicketType,
} from './seed-data.js'

// Deterministic seed generator: the same options, ids and clock give the same portal.
// Tickets follow the partner request template (DOMAIN.md §3) in EN/DE/FR, plain text or HTML,
// cover every ticket type, and belong to accounts in every region and sub-region with tiers,
// scores and license counts (some above the region's large-account threshold).

export type SeedContext = {
  ids: Pick<IdGenerator, 'next'>
  nowMs: number
  /** [support, operations, …] as the sandbox creates them. */
  departmentIds: string[]
  agentIds: string[]
}

const HOUR = 3_600_000

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  constructor(private readonly next: () => number) {}
  float(): number { return this.next() }
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)) }
  pick<T>(list: readonly T[]): T { return list[Math.floor(this.next() * list.length)]! }
  chance(p: number): boolean { return this.next() < p }
}

type GenAccount = { id: string; country: Country; lang: Lang; domain: string; name: string; contacts: string[]; tier: string | null }

export function generateSeed(opts: GeneratorOptions, ctx: SeedContext): SeedData {
  const rng = new Rng(mulberry32(opts.seed))
  const until = opts.until ? Date.parse(opts.until) : ctx.nowMs
  const [supportDept, opsDept] = [ctx.departmentIds[0]!, ctx.departmentIds[1] ?? ctx.departmentIds[0]!]
  const data: Required<Pick<SeedData, 'accounts' | 'contacts' | 'tickets' | 'threads'>> = { accounts: [], contacts: [], tickets: [], threads: [] }

  // Accounts: every country of the coverage list first (so all regions and sub-regions appear), then random ones.
  const accountCount = opts.accounts ?? Math.max(COUNTRIES.length, Math.ceil(opts.tickets / 2))
  const accounts: GenAccount[] = []
  for (let i = 0; i < accountCount; i++) {
    const country = i < COUNTRIES.length ? COUNTRIES[i]! : rng.pick(COUNTRIES)
    const lang: Lang = country.iso === 'CH' && rng.chance(0.3) ? 'fr' : country.iso === 'CA' && rng.chance(0.3) ? 'fr' : country.lang
    const name = `${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_WORDS).toLowerCase()} ${rng.pick(COMPANY_SUFFIX[lang])}`
    const domain = `${name.split(' ')[0]!.toLowerCase()}-${i + 1}.example.com`
    const id = ctx.ids.next('account')
    const usState = country.iso === 'US' ? US_STATES[i % US_STATES.length]! : null
    const threshold = LICENSE_THRESHOLD[country.iso === 'US' ? 'USA' : ['Canada', 'Brazil', 'LATAM'].includes(country.subRegion) ? country.subRegion : country.region] ?? 60
    // Every fourth account is a large account: licenses at or above its region's threshold.
    const licenses = i % 4 === 3 ? rng.int(threshold, threshold * 4) : rng.int(3, threshold - 1)
    const score = rng.int(50, 950)
    const tierFromScore = score > 600 ? 'Premium' : score > 400 ? 'Advanced' : 'Authorized'
    // Some accounts carry only a score, some only a tier name, most both.
    const shape = rng.float()
    const tier = shape < 0.15 ? null : tierFromScore
    const cf: Record<string, string | null> = {
      cf_partner_tier: tier,
      cf_partner_score: shape > 0.9 ? null : String(score),
      cf_user_licenses: String(licenses),
      ...figures(rng),
    }
    data.accounts.push({
      id, accountName: name, country: countryLabel(rng, country, lang),
      state: usState ? (rng.chance(0.5) ? usState.code : usState.name) : null,
      city: usState ? usState.city : rng.pick(country.cities),
      website: `https://www.${domain}`, industry: rng.pick(['Consulting', 'Software', 'Manufacturing', 'Retail', 'Education']),
      phone: null, createdTime: new Date(until - 400 * 24 * HOUR).toISOString(), cf,
    })
    const acc: GenAccount = { id, country, lang, domain, name, contacts: [], tier }
    for (let k = 0, n = rng.int(1, 3); k < n; k++) {
      const first = rng.pick(NAMES[lang].first)
      const last = rng.pick(NAMES[lang].last)
      const cid = ctx.ids.next('contact')
      data.contacts.push({
        id: cid, firstName: first, lastName: last, accountId: id,
        email: `${ascii(first)}.${ascii(last)}@${domain}`, phone: null,
        country: rng.chance(0.5) ? countryLabel(rng, country, lang) : null, state: usState?.code ?? null, city: null,
      })
      acc.contacts.push(cid)
    }
    accounts.push(acc)
  }

  for (let i = 0; i < opts.tickets; i++) {
    const acc = rng.pick(accounts)
    const lang: Lang = rng.chance(0.85) ? acc.lang : rng.pick(['en', 'de', 'fr'] as const)
    // The first nine tickets walk through every ticket type; later ones are random.
    const type = i < TICKET_TYPES.length ? TICKET_TYPES[i]! : rng.pick(TICKET_TYPES)
    const severity = rng.pick([1, 2, 3, 3, 2] as const)
    const feature = type.en === 'Product Management Related' || (type.en === 'Technical Support' && rng.chance(0.1))
    const product = rng.pick(PRODUCTS)
    const contactId = rng.pick(acc.contacts)
    const contact = data.contacts.find((c) => c.id === contactId)!
    const customerEmail = `${ascii(rng.pick(NAMES.en.first))}@customer-${rng.int(1, 99)}.example.org`
    const issue = issueText(rng, type, severity, feature, lang).replaceAll('{product}', product)
    const showSeverityLine = rng.chance(0.25)
    const html = i % 2 === 1
    const description = (html ? htmlTemplate : plainTemplate)(rng, lang, {
      email: customerEmail, type: type[lang], reproducible: rng.pick(rng.chance(0.6) ? YES_NO[lang].yes : YES_NO[lang].no),
      product, description: issue, troubleshooting: rng.pick(TROUBLESHOOTING[lang]), screenshots: rng.pick(SCREENSHOTS[lang]),
    }, showSeverityLine ? severity : null, `${contact.firstName} ${contact.lastName}`, acc.name)
    const subjectKind = feature ? 'feature' : type.team
    const subject = rng.pick(SUBJECTS[subjectKind][lang]).replaceAll('{product}', product).replaceAll('{type}', type[lang])

    const created = until - rng.int(1, 21 * 24) * HOUR - rng.int(0, 59) * 60_000
    const ticketId = ctx.ids.next('ticket')
    const assigneeId = rng.chance(0.8) ? rng.pick(ctx.agentIds) : null
    // Conversation: maybe an agent reply, maybe a customer answer, each within the past.
    let t = created
    const threads: Array<{ direction: 'in' | 'out'; at: number }> = []
    const steps = rng.int(0, 3)
    for (let k = 0; k < steps; k++) {
      const at = t + rng.int(1, 30) * HOUR
      if (at >= until) break
      threads.push({ direction: k % 2 === 0 ? 'out' : 'in', at })
      t = at
    }
    const lastOut = threads.length > 0 && threads[threads.length - 1]!.direction === 'out'
    const roll = rng.float()
    let status = 'Open'
    let statusAt: number | null = null
    if (lastOut && roll < 0.45) { status = rng.chance(0.8) ? 'On Hold' : 'Waiting on Customer'; statusAt = t + 60_000 }
    else if (threads.length > 0 && roll > 0.85) { status = 'Closed'; statusAt = t + 30 * 60_000 }
    else if (assigneeId && roll > 0.7) { status = 'In Progress'; statusAt = created + rng.int(5, 90) * 60_000 }
    if (statusAt !== null && statusAt > until) statusAt = until
    const cf: Record<string, string | null> = {}
    if (rng.chance(0.2)) cf.cf_severity = String(severity)
    if (rng.chance(0.3)) cf.cf_ticket_type = type.en
    if (acc.tier && rng.chance(0.3)) cf.cf_partner_tier = acc.tier
    data.tickets.push({
      id: ticketId, subject, description, status,
      priority: rng.pick(['High', 'Medium', 'Low', null] as const),
      channel: rng.chance(0.85) ? 'Email' : 'Web',
      createdTime: new Date(created).toISOString(),
      modifiedTime: new Date(Math.max(t, statusAt ?? 0, created)).toISOString(),
      onholdTime: status === 'On Hold' || status === 'Waiting on Customer' ? new Date(statusAt!).toISOString() : null,
      closedTime: status === 'Closed' ? new Date(statusAt!).toISOString() : null,
      departmentId: type.team === 'support' ? supportDept : opsDept,
      contactId, accountId: acc.id, assigneeId, email: contact.email ?? null,
      language: { en: 'English', de: 'German', fr: 'French' }[lang], cf,
      history: status === 'In Progress' && statusAt !== null
        ? [{ eventTime: new Date(statusAt).toISOString(), status: 'In Progress' }]
        : undefined,
    })
    for (const th of threads) {
      data.threads.push({
        id: ctx.ids.next('thread'), ticketId, direction: th.direction, channel: 'EMAIL',
        createdTime: new Date(th.at).toISOString(),
        content: th.direction === 'out' ? rng.pick(AGENT_REPLIES[lang]) : rng.pick(CUSTOMER_REPLIES[lang]),
        contentType: 'plainText',
      })
    }
  }
  return data
}

type TemplateFields = Record<keyof (typeof LABELS)['en'], string>

const ORDER: Array<keyof TemplateFields> = ['email', 'type', 'reproducible', 'product', 'description', 'troubleshooting', 'screenshots']

function plainTemplate(rng: Rng, lang: Lang, f: TemplateFields, severity: number | null, signer: string, company: string): string {
  // Partners format the template loosely: bullets, extra spaces, upper-case labels, value on the next line.
  const style = rng.int(0, 3)
  const lines = ORDER.map((key) => {
    const label = LABELS[lang][key]
    const sep = label.endsWith('?') ? ' ' : lang === 'fr' && style === 1 ? ' : ' : ': '
    const labelSep = label.endsWith('?') && style === 2 ? `${label}:` : `${label}${sep.trimEnd()}`
    switch (style) {
      case 0: return `${label}${sep}${f[key]}`
      case 1: return `- ${label}${sep}${f[key]}`
      case 2: return `${labelSep}\n${f[key]}`
      default: return `• ${key === 'type' ? label.toUpperCase() : label}${sep}  ${f[key]}`
    }
  })
  if (severity !== null) lines.push(`${SEVERITY_LABEL[lang]}${severity}`)
  return [rng.pick(GREETING[lang].hello), '', ...lines, '', rng.pick(GREETING[lang].bye), signer, company].join('\n')
}

function htmlTemplate(rng: Rng, lang: Lang, f: TemplateFields, severity: number | null, signer: string, company: string): string {
  const e = (s: string): string => encode(s, { mode: rng.chance(0.5) ? 'nonAsciiPrintable' : 'specialChars', level: 'html5' })
  const asList = rng.chance(0.5)
  const colon = rng.chance(0.5) ? (lang === 'fr' ? ' :' : ':') : ''
  const rows = ORDER.map((key) => {
    const label = e(LABELS[lang][key]) + (LABELS[lang][key].endsWith('?') ? '' : colon)
    return asList
      ? `<li><b>${label}</b>&nbsp;${e(f[key])}</li>`
      : `<div><span style="font-weight:bold">${label}</span> ${e(f[key])}</div>`
  })
  if (severity !== null) rows.push(asList ? `<li>${e(SEVERITY_LABEL[lang] + severity)}</li>` : `<div>${e(SEVERITY_LABEL[lang] + severity)}</div>`)
  const body = asList ? `<ul>${rows.join('')}</ul>` : rows.join('<div><br></div>')
  return `<div style="font-family:Verdana,sans-serif"><div>${e(rng.pick(GREETING[lang].hello))}</div><div><br></div>${body}<div><br></div><div>${e(rng.pick(GREETING[lang].bye))}<br>${e(signer)}<br>${e(company)}</div></div>`
}

function issueText(rng: Rng, type: TicketType, severity: 1 | 2 | 3, feature: boolean, lang: Lang): string {
  if (feature) return rng.pick(FEATURE_REQUESTS[lang])
  if (type.team === 'support') return rng.pick(SUPPORT_ISSUES[severity][lang])
  if (severity !== 2 && rng.chance(0.5)) return rng.pick(OPERATIONS_BY_SEVERITY[severity][lang])
  return rng.pick(OPERATIONS_ISSUES[type.en]![lang])
}

function countryLabel(rng: Rng, country: Country, lang: Lang): string {
  const r = rng.float()
  if (r < 0.15) return country.iso
  if (r < 0.45) return country[lang]
  return country.en
}

function figures(rng: Rng): Record<string, string> {
  const ranges: Record<PartnerFigure, [number, number]> = {
    annualRevenue: [3_000, 900_000], revenueGrowth: [-50_000, 400_000], newCustomers: [0, 80], retentionRate: [10, 98],
    csatRatings: [0, 40], validatedEscalations: [0, 6], certifications: [0, 12], projects: [0, 8], caseStudies: [0, 6],
    zohoStaff: [1, 60], leadGenEvents: [0, 3], brandedEvents: [0, 2], branding: [0, 50],
  }
  return Object.fromEntries(PARTNER_FIGURES.map((f) => [partnerFigureField(f), String(rng.int(...ranges[f]))]))
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zA-Z]/g, '').toLowerCase()
}
