// What a ticket is: type, team, exemption, severity (with why), tier, large account, region,
// sub-region and clock (DOMAIN.md §1–6). Pure: the policy and the ticket's fields in, facts out.
import type { CompiledPolicy } from './compiled-policy.js'
import { fieldText, readField, type PartyInput, type TicketInput } from './input.js'
import type { Policy, RegionName, Severity, Team, Tier } from './policy.js'
import { resolveRegionCompiled, type RegionResult } from './region.js'
import { firstLine, parseTemplate, type ParsedTemplate } from './template.js'
import { fold, lookupKey, type PhraseHits } from './text.js'
import { PerPolicy, PerValue } from './per-policy.js'

export type SeveritySource = 'field' | 'text' | 'default'
export type Clock = '24x5' | '24x7'

export interface Classification {
  ticketType: string
  team: Team
  exempt: boolean
  severity: Severity
  severitySource: SeveritySource
  tier: Tier
  priorityAccount: boolean
  region: RegionName
  subRegion: string
  regionFallback: boolean
  clock: Clock
  timeZone: string
  acknowledgementHours: number
  determinationHours: number
  template: ParsedTemplate
  reasons: string[]
}

export function classify(
  cp: CompiledPolicy,
  ticket: TicketInput,
  account: PartyInput | null | undefined,
  contact: PartyInput | null | undefined,
): Classification {
  const policy = cp.policy
  const reasons: string[] = []
  const fields = policy.deskFields
  const template = parseTemplate(cp, ticket.description, ticket.cf ?? undefined)
  const subject = ticket.subject ?? ''
  // The ticket's own words (subject and template values, not the labels), folded once and
  // scanned once for every phrase list of the policy.
  // (joined, not concatenated: the scan reads a flat string faster than a chain of pieces)
  const hits = cp.phrases.scan([fold(subject), ...template.issueFolded].join('\n'))

  // Ticket type and team (§3)
  const type = ticketType(cp, ticket, template, reasons)
  const team = type.team

  // Feature requests and product limitations are exempt (§1)
  let exempt = type.exempt
  if (type.exempt) reasons.push(`exempt: ${type.name} tickets get no due dates`)
  else {
    const asks = hits.found('feature')
    if (asks.length > 0) {
      exempt = true
      reasons.push(`exempt: the text asks for a new feature (${quoteList(asks)})`)
    }
  }

  // Severity (§4): an explicit value wins, then words, then the team default
  const { value: sev, source: severitySource } = severity(cp, ticket, template, team, hits, reasons)

  // Tier (§2): a name, else a partner value score; the account's, else the ticket's
  const tier = partnerTier(cp, account, ticket, reasons)

  // Region and sub-region (§6): the account's country, else the contact's
  const place: RegionResult = resolveRegionCompiled(cp, [
    { who: 'account', country: fieldText(readField(account, fields.account.country)), state: fieldText(readField(account, fields.account.state)) },
    { who: 'contact', country: fieldText(readField(contact, fields.contact.country)), state: fieldText(readField(contact, fields.contact.state)) },
  ])
  for (let k = 0; k < place.reasons.length; k++) reasons.push(place.reasons[k]!)

  // Large account (§2)
  const threshold = place.largeAccountLicenses
  const licenses = numberOf(readField(account, fields.account.userLicenses))
  const priorityAccount = licenses !== null && licenses >= threshold
  if (licenses !== null) {
    reasons.push(
      priorityAccount
        ? `large account: ${licenses} user licenses ≥ ${threshold} (${place.subRegion}), served at the ${policy.largeAccounts.servedAs} point`
        : `${licenses} user licenses < ${threshold} (${place.subRegion}): not a large account`,
    )
  }
  const servedAs: Tier = priorityAccount ? policy.largeAccounts.servedAs : tier

  // Clock (§5)
  let clock: Clock = '24x5'
  if (team === policy.clock.allDay.team && sev === policy.clock.allDay.severity) {
    const found = hits.found('allDay')
    if (found.length > 0) {
      clock = '24x7'
      reasons.push(`24x7 clock: ${team} severity ${sev} about downtime, outage or login (${quoteList(found)})`)
    }
  }
  if (clock === '24x5') reasons.push(workweekReason(cp, place.region))

  // Targets in working hours (§1)
  const cell = targetCell(cp, team, sev, servedAs)
  const { acknowledgementHours, determinationHours } = cell
  if (!exempt) reasons.push(priorityAccount ? cell.reasonLargeAccount : cell.reason)

  return {
    ticketType: type.name,
    team,
    exempt,
    severity: sev,
    severitySource,
    tier,
    priorityAccount,
    region: place.region,
    subRegion: place.subRegion,
    regionFallback: place.fallback,
    clock,
    timeZone: place.timeZone,
    acknowledgementHours,
    determinationHours,
    template,
    reasons,
  }
}

type TicketType = Policy['ticketTypes'][number]

function ticketType(cp: CompiledPolicy, ticket: TicketInput, template: ParsedTemplate, reasons: string[]): TicketType {
  const fromField = fieldText(readField(ticket, cp.policy.deskFields.ticket.ticketType))
  if (fromField !== null) {
    const read = typeFieldReads.get(cp, fromField)
    reasons.push(read.reason)
    if (read.value) return read.value
  }
  const tv = template.fields.type
  if (tv) {
    const line = firstLine(tv.value)
    const read = typeLineReads.get(cp, line)
    const t = read.value
    let reason = read.reasons.get(tv.label)
    if (reason === undefined) {
      reason = t ? `type ${t.name} from the template field '${tv.label}' ("${line}") → ${t.team}` : `the template field '${tv.label}' holds "${line}", which is not a known ticket type`
      read.reasons.set(tv.label, reason)
    }
    if (t) {
      reasons.push(reason)
      return t
    }
    if (line !== '') reasons.push(reason)
  }
  const t = cp.typeByName.get(cp.policy.defaultTicketType)!
  reasons.push(`type ${t.name} by default (no type found) → ${t.team}`)
  return t
}

/** What a field value gives (undefined or null: nothing) and the reason that says so. */
interface FieldRead<T> {
  value: T
  reason: string
}

// Field values repeat endlessly: what each gives, and its reason, is worked out once per value.
const typeFieldReads = new PerValue<CompiledPolicy, FieldRead<TicketType | undefined>>((cp, value) => {
  const fieldName = cp.policy.deskFields.ticket.ticketType
  const t = typeNamed(cp, value)
  const reason = t
    ? `type ${t.name} from the field ${fieldName} ("${value}") → ${t.team}`
    : `the field ${fieldName} holds "${value}", which is not a known ticket type`
  return { value: t, reason }
})

// a template line's type, with its reason under each template label it was found under
const typeLineReads = new PerValue<CompiledPolicy, { value: TicketType | undefined; reasons: Map<string, string> }>((cp, line) => ({
  value: typeNamed(cp, line),
  reasons: new Map(),
}))

function typeNamed(cp: CompiledPolicy, value: string): TicketType | undefined {
  const key = lookupKey(value)
  const exact = cp.typeByLabel.get(key)
  if (exact) return exact
  // "Technical Support – API errors": a known value followed by details
  let best: { t: TicketType; len: number } | undefined
  for (const [label, t] of cp.typeByLabel) {
    if (key.startsWith(`${label} `) && (!best || label.length > best.len)) best = { t, len: label.length }
  }
  return best?.t
}

function severity(
  cp: CompiledPolicy,
  ticket: TicketInput,
  template: ParsedTemplate,
  team: Team,
  hits: PhraseHits,
  reasons: string[],
): { value: Severity; source: SeveritySource } {
  const fromField = fieldText(readField(ticket, cp.policy.deskFields.ticket.severity))
  if (fromField !== null) {
    const read = severityFieldReads.get(cp, fromField)
    reasons.push(read.reason)
    if (read.value) return { value: read.value, source: 'field' }
  }
  const sv = template.fields.severity
  if (sv) {
    const s = severityValue(cp, firstLine(sv.value))
    if (s) {
      reasons.push(`severity ${s} from the template field '${sv.label}'`)
      return { value: s, source: 'field' }
    }
  }
  // A severity line needs a severity label's first word: look for one before the regex runs.
  const folded = template.folded
  const line = cp.severityLabelStart.test(folded) ? cp.severityLine.exec(folded) : null
  if (line) {
    const s = Number(line[1]) as Severity
    reasons.push(`severity ${s} from the template field 'Severity' ("${line[0].trim()}")`)
    return { value: s, source: 'field' }
  }
  const lists = SEVERITY_LISTS[team]
  for (const s of [1, 2, 3] as const) {
    const words = hits.found(lists[s])
    if (words.length > 0) {
      // the less severe lists that matched too
      let note = ''
      for (let o = s + 1; o <= 3; o++) {
        if (hits.has(lists[o as Severity])) note += `${note === '' ? '; the most severe wins over' : ' and'} severity-${o} words`
      }
      reasons.push(`severity ${s} from the text: ${team} rule ${s} matched ${quoteList(words)}${note}`)
      return { value: s, source: 'text' }
    }
  }
  const d = cp.policy.severity.defaults[team]
  reasons.push(`severity ${d} by default for ${team} (no severity words found)`)
  return { value: d, source: 'default' }
}

// the phrase lists of compiled-policy.ts, by team and severity
const SEVERITY_LISTS: Record<Team, Record<Severity, string>> = {
  Support: { 1: 'Support/1', 2: 'Support/2', 3: 'Support/3' },
  Operations: { 1: 'Operations/1', 2: 'Operations/2', 3: 'Operations/3' },
}

const SEVERITY_TEXT = /^(?:sev(?:erity)?|s|p|schweregrad|gravite|level|stufe|niveau)?\s*([1-3])$/

const severityFieldReads = new PerValue<CompiledPolicy, FieldRead<Severity | null>>((cp, value) => {
  const fieldName = cp.policy.deskFields.ticket.severity
  const s = severityValue(cp, value)
  const reason = s
    ? `severity ${s} from the field ${fieldName} ("${value}")`
    : `the field ${fieldName} holds "${value}", which is not a severity (1, 2 or 3)`
  return { value: s, reason }
})

// The severity a field value or template line names, worked out once per value.
const severitiesByValue = new PerValue<CompiledPolicy, Severity | null>(severityNamed)

function severityValue(cp: CompiledPolicy, value: string): Severity | null {
  // "1", "2" or "3" as it is (the usual field value): what the rules below make of it too
  if (value.length === 1) {
    const c = value.charCodeAt(0)
    if (c >= 49 && c <= 51) return (c - 48) as Severity
  }
  return severitiesByValue.get(cp, value)
}

function severityNamed(cp: CompiledPolicy, value: string): Severity | null {
  const key = lookupKey(value)
  const m = SEVERITY_TEXT.exec(key) ?? /^([1-3])\b/.exec(key)
  if (m) return Number(m[1]) as Severity
  return cp.severityNames.get(key) ?? null
}

function partnerTier(
  cp: CompiledPolicy,
  account: PartyInput | null | undefined,
  ticket: TicketInput,
  reasons: string[],
): Tier {
  const f = cp.policy.deskFields
  // the account's tier, else its score, else the ticket's tier (each read only when needed)
  const tier =
    tierFrom(cp, accountTierReads, readField(account, f.account.partnerTier), reasons) ??
    tierFromScoreField(cp, 'account', readField(account, f.account.partnerScore), reasons) ??
    tierFrom(cp, ticketTierReads, readField(ticket, f.ticket.partnerTier), reasons)
  if (tier) return tier
  const t = cp.policy.tiers.unknownTier
  reasons.push(`${t}: no partner tier or score known`)
  return t
}

/** The tier a tier field names (or holds as a score), with its reason; undefined when it names none. */
function tierFrom(cp: CompiledPolicy, reads: PerValue<CompiledPolicy, FieldRead<Tier | undefined>>, value: unknown, reasons: string[]): Tier | undefined {
  const name = fieldText(value)
  if (name === null) return undefined
  const read = reads.get(cp, name)
  reasons.push(read.reason)
  return read.value
}

function tierNamed(cp: CompiledPolicy, where: string, name: string): FieldRead<Tier | undefined> {
  const tier = cp.tierByAlias.get(lookupKey(name))
  if (tier) return { value: tier, reason: `${tier}: partner tier "${name}" on the ${where}` }
  const asScore = numberOf(name)
  if (asScore !== null && asScore >= 0 && asScore <= 1000) {
    const t = tierFromScore(cp.policy, asScore)
    return { value: t, reason: `${t}: partner score ${asScore} in the tier field of the ${where}` }
  }
  return { value: undefined, reason: `the ${where}'s tier "${name}" is not a known tier` }
}

const accountTierReads = new PerValue<CompiledPolicy, FieldRead<Tier | undefined>>((cp, name) => tierNamed(cp, 'account', name))
const ticketTierReads = new PerValue<CompiledPolicy, FieldRead<Tier | undefined>>((cp, name) => tierNamed(cp, 'ticket', name))

/** The tier a partner score field gives, with its reason; undefined when it holds no usable score. */
function tierFromScoreField(cp: CompiledPolicy, where: string, value: unknown, reasons: string[]): Tier | undefined {
  const score = numberOf(value)
  if (score === null) return undefined
  if (score < 0 || score > 1000) {
    reasons.push(`the ${where}'s partner score ${score} is outside 0–1000 and was ignored`)
    return undefined
  }
  const t = tierFromScore(cp.policy, score)
  reasons.push(`${t}: partner score ${score}`)
  return t
}

export function tierFromScore(policy: Policy, score: number): Tier {
  for (const th of policy.tiers.scoreThresholds) if (score > th.greaterThan) return th.tier
  return policy.tiers.order[0]!
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  if (isDigits(value)) return Number(value) // "250": what the rules below make of it too
  const t = value.trim().replace(/[,_\s](?=\d{3}\b)/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

/** A non-empty run of ASCII digits and nothing else. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

interface TargetCell {
  acknowledgementHours: number
  determinationHours: number
  reason: string
  reasonLargeAccount: string
}

// Targets and their reasons depend on the policy, team, severity and tier only: worked out once
// per policy for every cell of the commitment matrices.
type TargetCells = Record<Team, Record<Severity, Record<Tier, TargetCell>>>
const targetCells = new PerPolicy<CompiledPolicy, TargetCells>(({ policy }) => {
  const teams = ['Support', 'Operations'] as const
  const tiers = ['Authorized', 'Advanced', 'Premium'] as const
  const cellOf = (team: Team, sev: Severity, servedAs: Tier): TargetCell => {
    const commitment = policy.commitments[team][sev]
    const point = policy.tiers.rangePoint[servedAs]
    const acknowledgementHours = pick(commitment.acknowledgement, point)
    const determinationHours = pick(commitment.determination, point)
    const why = (large: boolean) =>
      `${team}/${sev}/${servedAs}${large ? ' (large account)' : ''}: ${pointName(point)} of ${range(commitment.acknowledgement)} → acknowledgement ${acknowledgementHours} h, ` +
      `of ${range(commitment.determination)} → determination ${determinationHours} h (working hours)`
    return { acknowledgementHours, determinationHours, reason: why(false), reasonLargeAccount: why(true) }
  }
  const byTier = (team: Team, sev: Severity) => Object.fromEntries(tiers.map((t) => [t, cellOf(team, sev, t)])) as Record<Tier, TargetCell>
  const bySeverity = (team: Team) => ({ 1: byTier(team, 1), 2: byTier(team, 2), 3: byTier(team, 3) })
  return Object.fromEntries(teams.map((team) => [team, bySeverity(team)])) as TargetCells
})

function targetCell(cp: CompiledPolicy, team: Team, sev: Severity, servedAs: Tier): TargetCell {
  return targetCells.get(cp)[team][sev][servedAs]
}

// The 24x5 reason of each region, worked out once per policy.
const workweekReasons = new PerValue<CompiledPolicy, string>(
  (cp, region) => `24x5 clock on the ${region} calendar (${cp.policy.regions[region as RegionName].calendar.timeZone})`,
)

function workweekReason(cp: CompiledPolicy, region: RegionName): string {
  return workweekReasons.get(cp, region)
}

function pick([low, high]: readonly [number, number], point: 'low' | 'mid' | 'high'): number {
  return point === 'low' ? low : point === 'high' ? high : (low + high) / 2
}

function pointName(point: 'low' | 'mid' | 'high'): string {
  return point === 'mid' ? 'midpoint' : `${point} end`
}

function range([low, high]: readonly [number, number]): string {
  return `${low}–${high} h`
}

function quoteList(words: string[]): string {
  let out = ''
  for (let k = 0; k < words.length; k++) out += `${k > 0 ? ', ' : ''}"${words[k]}"`
  return out
}
