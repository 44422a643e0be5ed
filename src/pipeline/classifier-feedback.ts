// Learning from the agents (issue 14): inside the processing transaction, records every severity
// and ticket type the service writes (with the engine's evidence, through classifier-evidence.ts),
// and every such value an agent then changed by hand (DOMAIN.md §4: the agent's value wins; the
// processor never writes over it, this only remembers that the agent disagreed).
import { computeSlaDetail, parseComputeInput, type SlaDetail } from '../engine/compute.js'
import type { ComputeInputRaw } from '../engine/input.js'
import type { Policy } from '../engine/policy.js'
import type { Db } from '../store/db.js'
import { recordClassification, recordOverride, type ClassificationRecord, type ClassifiedField } from '../store/repos/classifier-feedback.js'
import { classifierEvidence, type ClassifierEvidence } from './classifier-evidence.js'
import type { FieldValues } from './decide.js'
import { safeWebUrl } from '../desk/web-url.js'

/** what Desk tells of the ticket besides the engine's input (unknown when re-evaluated from the store) */
export interface DeskTicketRef {
  ticketNumber: string | null
  webUrl: string | null
}

export interface FeedbackInput {
  installationId: string
  ticketId: string
  policy: Policy
  /** the engine's input and answer of this evaluation */
  input: ComputeInputRaw
  detail: SlaDetail
  /** the values desk-sla had written before this evaluation */
  lastWritten: FieldValues
  /** the ticket's values as read */
  ticketValues: FieldValues
  /** fields whose value a human set (decide.ts humanSetFields) */
  human: readonly string[]
  /** what this evaluation writes */
  changes: FieldValues
  desk: DeskTicketRef | null
  /** when the change happened (the event's time, else now) */
  at: number
}

export async function recordClassifierFeedback(db: Db, e: FeedbackInput): Promise<void> {
  const f = e.policy.deskFields.ticket
  const fieldOf: [string, ClassifiedField][] = [
    [f.severity, 'severity'],
    [f.ticketType, 'type'],
  ]
  let evidence: ClassifierEvidence | undefined
  for (const [key, field] of fieldOf) {
    // a value the service wrote, now changed by an agent
    const written = e.lastWritten[key]
    const human = e.ticketValues[key]
    if (e.human.includes(key) && written != null && human != null) {
      await recordOverride(db, { installationId: e.installationId, ticketId: e.ticketId, field, humanValue: human, at: e.at }, () =>
        record(e, field, classifierEvidence(engineAnswerWithout(e, [f.severity, f.ticketType]), e.policy), e.at),
      )
      continue
    }
    // a value the service writes now: the engine's own answer, never a custom field's (a human's) value
    if (key in e.changes && e.changes[key] !== null) {
      evidence ??= classifierEvidence(e.detail, e.policy)
      if (evidence[field].source === 'custom-field') continue
      await recordClassification(db, record(e, field, evidence, e.at))
    }
  }
}

function record(e: FeedbackInput, field: ClassifiedField, ev: ClassifierEvidence, at: number): ClassificationRecord {
  const fe = ev[field]
  const t = e.input.ticket as { subject?: string | null; description?: string | null }
  return {
    installationId: e.installationId,
    ticketId: e.ticketId,
    ticketNumber: e.desk?.ticketNumber ?? null,
    subject: t.subject ?? '',
    description: t.description ?? '',
    webUrl: safeWebUrl(e.desk?.webUrl),
    field,
    engineValue: fe.value,
    source: fe.source,
    rule: fe.rule,
    concept: fe.concept,
    words: fe.words,
    language: ev.language,
    team: ev.team,
    evidence: ev as unknown as Record<string, unknown>,
    at,
  }
}

/** the engine's answer for the ticket without the given custom fields (what it says when no human decided) */
function engineAnswerWithout(e: FeedbackInput, keys: string[]): SlaDetail {
  const ticket = e.input.ticket as { cf?: Record<string, unknown> | null }
  const cf = { ...(ticket.cf ?? {}) }
  for (const k of keys) delete cf[k]
  const input = { ...e.input, ticket: { ...e.input.ticket, cf } } as ComputeInputRaw
  return computeSlaDetail(e.policy, parseComputeInput(input), e.detail.now)
}

