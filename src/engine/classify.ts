// What a ticket is: type, team, exemption, severity (with why), tier, large account, region,
// sub-region and clock (DOMAIN.md §1–6). Pure: the policy and the ticket's fields in, facts out.
import type { CompiledPolicy } from './compiled-policy.js'
import { fieldText, readField, type PartyInput, type TicketInput } from './input.js'
import type { Policy, RegionName, Severity, Team, Tier } from './policy.js'
import { resolveRegionCompiled, type RegionResult } from './region.js'
import type { ParsedTemplate } from './template.js'
import { lookupKey } from './text.js'
import { PerPolicy, PerValue } from './per-policy.js'
import { forwardedTemplate, forwardsNotice, noteAndForwardedTemplate, ownTemplate, readOwnWords } from './own-words.js'
import { severityOf } from './severity.js'
import { featureAsks, ticketTypeOf } from './ticket-type.js'
import { wordsEvidence, type Evidence } from './evidence.js'
import type { Mention, Reading } from './impl/reading.js'
import { ConceptSet } from './impl/concept-set.js'

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
  /** why the type, severity, clock and exemption are what they are, as data */
  evidence: Evidence
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
  // The description without the earlier messages it quotes, its template, and the partner's
  // own words (subject and template values, or the whole text) read once for every rule.
  let template = ownTemplate(cp, ticket.description, ticket.cf ?? undefined, ticket.subject ?? '')
  let reading = readOwnWords(cp, ticket.subject ?? '', template)
  // A partner who forwards their customer's mail with nothing of their own ("please see below"):
  // the forwarded message is the request. A forward's subject ("Fwd: Issue") is the forwarded
  // message's, not the partner's own words.
  const forwardSubject = cp.ownText.forwardSubject?.test(ticket.subject ?? '') === true
  const own = (m: Mention) => cp.decisive[m.concept] && !(forwardSubject && reading.segments[reading.pieces[m.first]!.segment]!.where === 'subject')
  const decides = template.anyLabel ? 'yes' : ownWordsDecide(cp, reading, own)
  const forwards = () => forwardedTemplate(cp, ticket.subject ?? '', ticket.description, ticket.cf ?? undefined) !== null
  if (!template.anyLabel && forwardsNotice(cp, ticket.subject ?? '', ticket.description)) {
    // (round 168) another vendor's own notice passed on ("FW: Microsoft 365 service incident", "WG: Störung DATEV
    // Rechenzentrum", its sender at microsoft.com, datev.de): a product outside Zoho, no request; the partner's own words
    // above it are the ticket, and the forward's subject is the notice's
    if (forwardSubject) reading = readOwnWords(cp, '', template)
    reasons.push("the partner forwards another vendor's own notice: neither it nor the forward's subject is read")
  } else if (decides === 'no' && reading.toldOver && forwards()) {
    // (round 95) a note that tells the trouble over in a sentence of its own ("FYI only - it came back on its own after
    // ten minutes, nothing to do"): the forwarded message is over, as a reply's subject is ("Re: CRM down" / "Thanks for
    // fixing it."); a forward's subject is the forwarded message's
    if (forwardSubject) reading = readOwnWords(cp, '', template)
    reasons.push("the partner's own words above a forwarded message say it is over: the forward is not read")
  } else if (decides === 'no') {
    const forwarded = forwardedTemplate(cp, ticket.subject ?? '', ticket.description, ticket.cf ?? undefined)
    const read = forwarded ? readOwnWords(cp, ticket.subject ?? '', forwarded) : null
    if (forwarded && read && read.mentions.some((m) => cp.decisive[m.concept])) {
      template = forwarded
      reading = read
      reasons.push('the partner forwards a message and adds nothing the classifier reads: the forwarded message is read')
    }
  } else if (decides === 'note' && forwards()) {
    // (round 95) a note that says only how far the trouble reaches or what it costs ("FYI, this now affects every user at
    // the firm", "they can't work"): the forwarded message tells what the trouble is, and is read with the note
    const both = noteAndForwardedTemplate(cp, ticket.subject ?? '', ticket.description, ticket.cf ?? undefined, template)
    if (both !== null) {
      template = both
      reading = readOwnWords(cp, ticket.subject ?? '', both)
      reasons.push("the partner's note above a forwarded message says how far its trouble reaches or what it costs: the note and the forwarded message are read")
    }
  } else if (forwardSubject && !template.anyLabel && forwards()) {
    // the partner's own words decide, and the forwarded message is not read: nor is its subject
    // ("Fwd: CRM completely broken!!!" over "we found the cause, it works again; one question: …")
    reading = readOwnWords(cp, '', template)
    reasons.push("the partner's own words above a forwarded message decide: the forward and its subject are not read")
  }

  // Ticket type and team (§3)
  const type = ticketTypeOf(cp, ticket, template, reading, reasons)
  const team = type.team
  const typeEntry = cp.typeByName.get(type.ticketType)!

  // Feature requests and product limitations are exempt (§1)
  let exempt = typeEntry.exempt
  let exemptBecause: Evidence['exempt']['because'] = exempt ? 'type' : null
  const asks = featureAsks(cp, reading).map((m) => wordsEvidence(cp.words.vocabulary, reading, m))
  if (exempt) reasons.push(`exempt: ${type.ticketType} tickets get no due dates`)
  else if (asks.length > 0) {
    exempt = true
    exemptBecause = 'text'
    const limits = asks.filter((a) => a.concept === 'product limitation')
    const wants = asks.filter((a) => a.concept !== 'product limitation')
    const why = [wants.length > 0 ? `asks for a new feature (${quoteList(wants.map((a) => a.words))})` : '', limits.length > 0 ? `names a product limitation (${quoteList(limits.map((a) => a.words))})` : '']
    reasons.push(`exempt: the text ${why.filter((w) => w !== '').join(' and ')}`)
  }

  // Severity (§4): an explicit value wins, then words, then the team default
  const severity = severityOf(cp, ticket, template, team, type.ticketType, reading, reasons)
  const sev = severity.severity
  const severitySource = severity.source

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

  // Clock (§5): a Support severity-1 ticket about downtime, an outage or a login problem runs 24x7
  const allDay = policy.clock.allDay
  const allDayRule = team === allDay.team && sev === allDay.severity ? (severity.matched.find((m) => cp.allDayRules.has(m.rule)) ?? null) : null
  const clock: Clock = allDayRule ? '24x7' : '24x5'
  if (allDayRule) reasons.push(`24x7 clock: ${team} severity ${sev} about downtime, outage or login (rule "${allDayRule.rule}": '${allDayRule.quote}')`)
  else reasons.push(workweekReason(cp, place.region))

  // Targets in working hours (§1)
  const cell = targetCell(cp, team, sev, servedAs)
  const { acknowledgementHours, determinationHours } = cell
  if (!exempt) reasons.push(priorityAccount ? cell.reasonLargeAccount : cell.reason)

  const evidence: Evidence = {
    language: reading.language,
    languageFrom: reading.languageFrom,
    ticketType: type,
    severity,
    clock: { clock, rule: allDayRule },
    exempt: { exempt, because: exemptBecause, words: exemptBecause === 'text' ? asks : [] },
  }
  return {
    ticketType: type.ticketType,
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
    evidence,
    reasons,
  }
}

/** What a field value gives (undefined or null: nothing) and the reason that says so. */
interface FieldRead<T> {
  value: T
  reason: string
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
  const key = lookupKey(name)
  const tier = cp.tierByAlias.get(key) ?? tierNamedAmongWords(cp, key)
  if (tier) return { value: tier, reason: `${tier}: partner tier "${name}" on the ${where}` }
  const asScore = numberOf(name)
  if (asScore !== null && asScore >= 0 && asScore <= 1000) {
    const t = tierFromScore(cp.policy, asScore)
    return { value: t, reason: `${t}: partner score ${asScore} in the tier field of the ${where}` }
  }
  return { value: undefined, reason: `the ${where}'s tier "${name}" is not a known tier` }
}

/**
 * The tier a longer name gives ("Premium Partner", "Zoho Advanced Partner", "Partenaire
 * Premium"): the one tier whose name or alias it holds as whole words; none when it holds
 * none, or names of two tiers.
 */
function tierNamedAmongWords(cp: CompiledPolicy, key: string): Tier | undefined {
  if (!key.includes(' ')) return undefined
  const padded = ` ${key} `
  let found: Tier | undefined
  for (const [alias, tier] of cp.tierByAlias) {
    if (alias === '' || !padded.includes(` ${alias} `)) continue
    if (found !== undefined && found !== tier) return undefined
    found = tier
  }
  return found
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

/**
 * Whether the partner's own words can decide something: a word that decides alone (a type's, a feature
 * request's, a one-concept rule's), or all the concepts of one severity rule ('yes'). A note naming one concept
 * of a rule and no more ("FYI, see below from our customer": "customer" is a rule's data, with nothing
 * lost) decides nothing ('no'), and the message it forwards is read. A note whose only rules say how far a trouble
 * reaches or what it costs (`reading.forwards.noteRules`: "this now affects all of their users", "they can't work")
 * decides with the message it forwards ('note').
 */
function ownWordsDecide(cp: CompiledPolicy, reading: Reading, own: (m: Mention) => boolean): 'yes' | 'note' | 'no' {
  let named: ConceptSet | undefined
  let note = false
  for (const m of reading.mentions) {
    if (!own(m)) continue
    if (cp.decidesAlone[m.concept]) {
      if (!cp.noteAlone[m.concept]) return 'yes'
      note = true
    }
    ;(named ??= new ConceptSet(cp.decidesAlone.length)).add(m.concept)
  }
  if (named === undefined) return 'no'
  for (let k = 0; k < cp.ruleConceptSets.length; k++) {
    if (!named.hasAll(cp.ruleConceptSets[k]!)) continue
    if (!cp.noteConceptSets[k]) return 'yes'
    note = true
  }
  return note ? 'note' : 'no'
}
