// What the service writes to a ticket, decided from the engine's result. Pure: the ticket as
// Desk has it, the values desk-sla last wrote, and the engine's answer in; a minimal patch out.
import type { SlaDetail } from '../engine/compute.js'
import type { Policy } from '../engine/policy.js'
import { WRITTEN_CUSTOM_FIELDS, WRITTEN_NATIVE_FIELDS, writtenFieldKeys, type WrittenCustomField } from './written-fields.js'

/** Field key → value. Custom fields by their cf_ API name; native fields by name (dueDate…). */
export type FieldValues = Record<string, string | null>

export type SlaStatus = 'Exempt' | 'On track' | 'At risk' | 'Breached' | 'Paused' | 'Met' | 'Closed late'

/** The SLA status shown in the ticket's status field. */
export function slaStatus(detail: SlaDetail): SlaStatus {
  const { classification: c, timeline: tl, targets, result, now } = detail
  if (c.exempt || !targets) return 'Exempt'
  if (tl.closedAt !== null) return tl.closedAt <= targets.determinationDue && result.escalation.level < 1 ? 'Met' : 'Closed late'
  const late = result.escalation.level >= 1 || now > targets.determinationDue || (targets.responseDueDate !== null && now > targets.responseDueDate)
  if (late) return 'Breached'
  if (tl.onHoldSince !== null) return 'Paused'
  return atRisk(detail) ? 'At risk' : 'On track'
}

/** ≥ 80 % of a running target used (in working time), as the critical-issue view counts it. */
export function atRisk(detail: SlaDetail): boolean {
  const { targets, timeline: tl, now } = detail
  if (!targets) return false
  const fraction = (start: number, due: number) => (due > start ? (now - start) / (due - start) : 1)
  if (targets.responseDueDate !== null) {
    const start = tl.firstReply === null ? tl.created : (targets.followUps.find((f) => f.end === null)?.start ?? tl.created)
    if (fraction(start, targets.responseDueDate) >= 0.8) return true
  }
  return fraction(tl.created, targets.determinationDue) >= 0.8
}

/** Everything desk-sla wants the ticket to show, by field key. */
export function desiredValues(policy: Policy, detail: SlaDetail, level: number, owner: string): FieldValues {
  const f = policy.deskFields.ticket
  const r = detail.result
  // On hold the clocks are paused: Desk shows no due date (as its own SLAs do) instead of one that
  // moves with every evaluation; they come back, moved by the time on hold, when it resumes.
  const paused = detail.timeline.onHoldSince !== null
  const due = (iso: string | null) => (paused ? null : iso)
  const wanted: Record<WrittenCustomField, string | null> = {
    severity: String(r.severity),
    ticketType: r.ticketType,
    region: r.region,
    escalationOwner: owner,
    escalationLevel: String(level),
    slaStatus: slaStatus(detail),
    responseDue: due(r.responseDueDate),
    firstResponseDue: due(r.firstResponseDue),
    followUpDue: due(r.followUpDue),
    determinationDue: due(r.determinationDue),
  }
  const v: FieldValues = {}
  for (const role of WRITTEN_CUSTOM_FIELDS) {
    const key = f[role]
    if (key) v[key] = wanted[role]
  }
  // Native fields (zoho/zohodesk-oas v1.0/Ticket.json, commit 3f7016e3, `updateTicketRequest`): dueDate
  // (commonKeys) takes an ISO instant or null; responseDueDate only `enum: ["null"]`, as Desk computes it
  // from its own SLAs. So the reply owed next goes to f.responseDue above and never to responseDueDate (#13).
  if (policy.deskFields.writeNativeDueDates) {
    const native: Record<(typeof WRITTEN_NATIVE_FIELDS)[number], string | null> = { dueDate: due(r.dueDate) }
    for (const key of WRITTEN_NATIVE_FIELDS) v[key] = native[key]
  }
  return v
}

export interface TicketFields {
  cf?: Record<string, unknown> | null
  [key: string]: unknown
}

export function currentValue(ticket: TicketFields, key: string): string | null {
  const raw = key.startsWith('cf_') ? ticket.cf?.[key] : ticket[key]
  if (raw === null || raw === undefined || raw === '') return null
  return String(raw)
}

/** Same value as Desk stores it: dates compare as instants, numbers as numbers. */
export function sameValue(a: string | null, b: string | null): boolean {
  if (a === b) return true
  if (a === null || b === null) return false
  const da = Date.parse(a)
  const db = Date.parse(b)
  if (/^\d{4}-\d\d-\d\dT/.test(a) && /^\d{4}-\d\d-\d\dT/.test(b) && !Number.isNaN(da)) return da === db
  if (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) return Number(a) === Number(b)
  return a.trim() === b.trim()
}

/** What tells a human's severity or type apart from a copy of the ticket older than desk-sla's writes. */
export interface HumanEvidence {
  /** every value desk-sla has written to each of the ticket's fields (its severity and type) */
  written?: Readonly<Record<string, readonly string[]>>
  /** the ticket before this change, when the event carries it (a Ticket_Update's prevState) */
  prevState?: TicketFields | null
  /** the fields a human held at the service's last evaluation */
  priorHuman?: readonly string[]
}

/**
 * The fields whose value a human set: severity and type fields that hold something other than
 * what desk-sla last wrote. Those are never overwritten (DOMAIN.md §4: a human's choice wins).
 * A value desk-sla itself wrote earlier is no sign of a human: a webhook's payload or a stored copy
 * may predate desk-sla's latest write. It is a human's only when the event shows someone changing
 * the field away from desk-sla's latest value, or when a human held the field already.
 */
export function humanSetFields(policy: Policy, ticket: TicketFields, lastWritten: FieldValues, evidence: HumanEvidence = {}): string[] {
  const f = policy.deskFields.ticket
  return [f.severity, f.ticketType].filter((key) => {
    const now = currentValue(ticket, key)
    if (now === null) return false
    const latest = key in lastWritten ? (lastWritten[key] ?? null) : undefined
    if (latest !== undefined && sameValue(now, latest)) return false
    if (!(evidence.written?.[key] ?? []).some((v) => sameValue(now, v))) return true
    const prev = evidence.prevState ? currentValue(evidence.prevState, key) : undefined
    if (prev !== undefined && latest !== undefined && !sameValue(prev, now) && sameValue(prev, latest)) return true
    return evidence.priorHuman?.includes(key) ?? false
  })
}

/** The values desk-sla has written to the ticket's severity and type, with those of `changes` added. */
export function writtenValues(policy: Policy, before: Readonly<Record<string, readonly string[]>> | undefined, changes: FieldValues): Record<string, string[]> {
  const f = policy.deskFields.ticket
  const out: Record<string, string[]> = {}
  for (const key of [f.severity, f.ticketType]) {
    const values = [...(before?.[key] ?? [])]
    const v = changes[key]
    if (v !== undefined && v !== null && !values.some((w) => sameValue(w, v))) values.push(v)
    if (values.length > 0) out[key] = values
  }
  return out
}

/**
 * The custom fields the engine should read: desk-sla's own earlier severity and type are left
 * out (they were inferred, not chosen), a human's value stays in and wins.
 */
export function engineCustomFields(policy: Policy, ticket: TicketFields, human: readonly string[]): Record<string, unknown> {
  const cf = { ...(ticket.cf ?? {}) }
  const f = policy.deskFields.ticket
  for (const key of [f.severity, f.ticketType]) if (!human.includes(key)) delete cf[key]
  return cf
}

/**
 * The human-set fields of an input built with engineCustomFields, which leaves desk-sla's own
 * severity and type out: one still in it is a human's (a sweep re-evaluates from the stored input).
 */
export function humanFieldsOfInput(policy: Policy, ticketCf: Record<string, unknown> | null | undefined): string[] {
  const f = policy.deskFields.ticket
  return [f.severity, f.ticketType].filter((key) => currentValue({ cf: ticketCf }, key) !== null)
}

/** The fields to change: desired values that differ from the ticket's, minus human-owned ones. */
export function diffFields(desired: FieldValues, ticket: TicketFields, humanOwned: readonly string[]): FieldValues {
  const changes: FieldValues = {}
  for (const [key, value] of Object.entries(desired)) {
    if (humanOwned.includes(key)) continue
    if (!sameValue(currentValue(ticket, key), value)) changes[key] = value
  }
  return changes
}

/** The PATCH body for Desk: custom fields under `cf`, native fields at the top. */
export function patchBody(changes: FieldValues): Record<string, unknown> | null {
  const keys = Object.keys(changes)
  if (keys.length === 0) return null
  const body: Record<string, unknown> = {}
  const cf: Record<string, string | null> = {}
  for (const k of keys) {
    if (k.startsWith('cf_')) cf[k] = changes[k]!
    else body[k] = changes[k]
  }
  if (Object.keys(cf).length > 0) body.cf = cf
  return body
}

/**
 * DESK_API.md loop prevention, rule 2: an update whose changed keys are all fields desk-sla
 * writes, each now holding exactly the value desk-sla last wrote, is its own echo. Only
 * `modifiedTime` and similar bookkeeping may change beside them.
 */
export function isOwnEcho(
  policy: Policy,
  payload: TicketFields,
  prevState: TicketFields | null | undefined,
  lastWritten: FieldValues,
): boolean {
  if (!prevState) return false
  const writable = new Set(writtenFieldKeys(policy))
  const changed = changedKeys(payload, prevState).filter((k) => !BOOKKEEPING.has(k))
  if (changed.length === 0) return false
  return changed.every((k) => writable.has(k) && k in lastWritten && sameValue(currentValue(payload, k), lastWritten[k] ?? null))
}

const BOOKKEEPING = new Set(['modifiedTime', 'modifiedBy', 'isOverDue', 'lastActivityTime', 'commentCount', 'threadCount'])

function changedKeys(a: TicketFields, b: TicketFields): string[] {
  const keys = new Set<string>()
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (k === 'cf') continue
    if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)) keys.add(k)
  }
  const acf = a.cf ?? {}
  const bcf = b.cf ?? {}
  for (const k of new Set([...Object.keys(acf), ...Object.keys(bcf)])) {
    if (JSON.stringify(acf[k] ?? null) !== JSON.stringify(bcf[k] ?? null)) keys.add(k)
  }
  return [...keys]
}

/** The private comment added when a ticket reaches a new escalation level. */
export function escalationComment(detail: SlaDetail, fromLevel: number, toLevel: number, owner: string): string {
  const why = detail.escalation.reasons.filter((r) => r.level > fromLevel && r.level <= toLevel)
  const r = detail.result
  return [
    `desk-sla: escalated from level ${fromLevel} to level ${toLevel}. Owner now: ${owner}.`,
    ...why.map((w) => `- ${w.text}`),
    `Targets (${r.team}, severity ${r.severity}, ${r.tier}${r.priorityAccount ? ', large account' : ''}, ${r.region} / ${r.subRegion}, ${r.clock}): ` +
      `first response due ${r.firstResponseDue ?? '—'}, determination due ${r.determinationDue ?? '—'}.`,
  ].join('\n')
}
