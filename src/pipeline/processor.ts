// One ticket through the engine: fetch what is missing, compute, and in ONE transaction store the
// new SLA state, an audit entry, and the Desk writes (outbox) that bring the ticket in line.
// A second pass with nothing new changes nothing and writes nothing.
import type { DeskClient } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import type { Account, Contact, Ticket } from '../desk/schemas.js'
import { computeSlaDetail, parseComputeInput, type SlaDetail } from '../engine/compute.js'
import { ownerFor } from '../engine/escalation.js'
import type { ComputeInputRaw } from '../engine/input.js'
import type { Policy } from '../engine/policy.js'
import type { Db } from '../store/db.js'
import { appendAudit } from '../store/repos/audit.js'
import type { Installation } from '../store/repos/installations.js'
import { enqueueOutbox } from '../store/repos/outbox.js'
import { getTicketSla, saveTicketSla, type TicketSla } from '../store/repos/ticket-sla.js'
import { recordClassifierFeedback, type DeskTicketRef } from './classifier-feedback.js'
import type { ServiceContext } from './context.js'
import {
  desiredValues,
  diffFields,
  engineCustomFields,
  escalationComment,
  humanFieldsOfInput,
  humanSetFields,
  patchBody,
  slaStatus,
  type FieldValues,
  type TicketFields,
} from './decide.js'
import { applyStatusChange, computeInputFrom, type StatusInterval } from './desk-input.js'
import { historyIntervals } from './status-types.js'

/** What set the processing off: a webhook (payload is only a hint), a sync, a sweep, a recompute. */
export interface Trigger {
  source: 'webhook' | 'sync' | 'sweep' | 'recompute' | 'backfill'
  eventType?: string
  eventTime?: number
  payload?: TicketFields | null
  prevState?: TicketFields | null
  actor?: string
}

export interface ProcessOutcome {
  ticketId: string
  status: 'updated' | 'unchanged' | 'stale' | 'deleted' | 'no-state'
  changes: FieldValues
  level: number
  raisedFrom: number | null
}

/** The stored part of the state: enough to re-evaluate without calling Desk. */
interface StoredState {
  input: ComputeInputRaw
  statusType: string
  ticketValues: FieldValues
  result?: SlaDetail['result']
  slaStatus?: string
  atRisk?: boolean
  exempt?: boolean
  modifiedTime?: string | null
  accountId?: string | null
  contactId?: string | null
  /** how agents know the ticket: its number, subject and Desk's own link to it (webUrl) */
  ref?: TicketRef | null
}

/** what the dashboard shows of a ticket and where it links (Desk's `webUrl`, never a built URL) */
export interface TicketRef {
  ticketNumber: string
  subject: string | null
  webUrl: string | null
}

function ticketRef(ticket: Ticket): TicketRef {
  return { ticketNumber: ticket.ticketNumber, subject: ticket.subject ?? null, webUrl: ticket.webUrl ?? null }
}

function storedState(row: TicketSla | null): StoredState | null {
  const s = row?.state as Partial<StoredState> | undefined
  return s && s.input ? (s as StoredState) : null
}

/** Fetches the ticket and what the engine needs from Desk, then evaluates and records it. */
export async function processTicket(ctx: ServiceContext, inst: Installation, ticketId: string, trigger: Trigger): Promise<ProcessOutcome> {
  const desk = await ctx.deskFor(inst)
  const policy = ctx.policyFor(inst)
  const readAt = ctx.now()
  let ticket: Ticket
  try {
    ticket = await desk.getTicket(ticketId)
  } catch (err) {
    if (isDeskError(err) && err.code === 'DESK_NOT_FOUND') return closeDeleted(ctx, inst, ticketId)
    throw err
  }
  const prior = await getTicketSla(ctx.db, inst.id, ticketId)
  if (prior?.ticketModifiedTime && ticket.modifiedTime && Date.parse(ticket.modifiedTime) < Date.parse(prior.ticketModifiedTime)) {
    // an older copy of the ticket than the one already applied: never go back in time
    return { ticketId, status: 'stale', changes: {}, level: prior.escalationLevel, raisedFrom: null }
  }
  const intervals = await statusIntervals(ctx, inst, desk, ticket, prior, trigger)
  const [threads, account] = await Promise.all([desk.getThreads(ticketId), ticket.accountId ? fetchOrNull(() => desk.getAccount(ticket.accountId!)) : null])
  const needContact = ticket.contactId && !(account?.country && account.country.trim() !== '')
  const contact: Contact | null = needContact ? await fetchOrNull(() => desk.getContact(ticket.contactId!)) : null
  // `now` is read after everything was fetched, and is never before a time Desk reported: with
  // a clock a little behind Desk's, a status change or reply just made would look like the future.
  const now = Math.max(ctx.now(), ...deskTimes(ticket, threads, intervals))
  const lastWritten = (prior?.lastWritten ?? {}) as FieldValues
  const cf = engineCustomFields(policy, ticket as TicketFields, lastWritten)
  const input = computeInputFrom(ticket, cf, threads, account as Account | null, contact, intervals, now)
  const ticketValues = valuesOf(policy, ticket as TicketFields)
  return evaluate(ctx, inst, policy, {
    ticketId,
    input,
    prior,
    intervals,
    ticketValues,
    statusType: ticket.statusType,
    modifiedTime: ticket.modifiedTime ?? null,
    accountId: ticket.accountId ?? null,
    contactId: ticket.contactId ?? null,
    ref: ticketRef(ticket),
    human: humanSetFields(policy, ticket as TicketFields, lastWritten),
    trigger,
    now,
    readAt,
    desk: { ticketNumber: ticket.ticketNumber, webUrl: typeof ticket.webUrl === 'string' ? ticket.webUrl : null },
  })
}

/**
 * Re-evaluates a ticket from its stored input at `now` (escalation sweep, recompute after a
 * policy change): no Desk call, the same decision path.
 */
export async function reevaluateTicket(ctx: ServiceContext, inst: Installation, ticketId: string, trigger: Trigger): Promise<ProcessOutcome> {
  const policy = ctx.policyFor(inst)
  const prior = await getTicketSla(ctx.db, inst.id, ticketId)
  const state = storedState(prior)
  if (!prior || !state) return { ticketId, status: 'no-state', changes: {}, level: 0, raisedFrom: null }
  const now = ctx.now()
  const intervals = (prior.statusIntervals ?? []) as StatusInterval[]
  const input: ComputeInputRaw = { ...state.input, now: new Date(now).toISOString() }
  const lastWritten = prior.lastWritten as FieldValues
  return evaluate(ctx, inst, policy, {
    ticketId,
    input,
    prior,
    intervals,
    // what the ticket shows now, as far as the service knows: what it read, then what it wrote
    ticketValues: { ...state.ticketValues, ...lastWritten },
    statusType: state.statusType,
    modifiedTime: prior.ticketModifiedTime,
    accountId: state.accountId ?? null,
    contactId: state.contactId ?? null,
    ref: state.ref ?? null,
    // an agent's severity or type stays the agent's (never written over by a sweep or recompute)
    human: humanFieldsOfInput(policy, (state.input.ticket as { cf?: Record<string, unknown> | null }).cf),
    trigger,
    now,
    readAt: null,
  })
}

interface Evaluation {
  ticketId: string
  input: ComputeInputRaw
  prior: TicketSla | null
  intervals: StatusInterval[]
  ticketValues: FieldValues
  statusType: string
  modifiedTime: string | null
  accountId: string | null
  contactId: string | null
  ref: TicketRef | null
  human: string[]
  trigger: Trigger
  /** when the ticket was read from Desk (null: values from the stored state, which include every write queued) */
  readAt: number | null
  now: number
  /** the ticket's number and address in Desk, when it was read from Desk */
  desk?: DeskTicketRef
}

async function evaluate(ctx: ServiceContext, inst: Installation, policy: Policy, e: Evaluation): Promise<ProcessOutcome> {
  const detail = computeSlaDetail(policy, parseComputeInput(e.input), e.now)
  const r = detail.result
  const priorLevel = e.prior?.escalationLevel ?? 0
  // The level never goes down by itself (DOMAIN.md §6); exempt tickets are never escalated by time.
  const level = r.exempt ? priorLevel : Math.max(priorLevel, r.escalation.level)
  const owner = ownerFor(policy, r.region as Parameters<typeof ownerFor>[1], r.subRegion, level)
  const desired = desiredValues(policy, detail, level, owner)

  return ctx.db.transaction(async (tx) => {
    // Values the ticket will hold once the writes already queued land: never queue the same write twice.
    const queued = await pendingPatchValues(tx, inst.id, e.ticketId, e.readAt)
    const view = { ...e.ticketValues, ...queued }
    const changes = diffFields(desired, asTicket(view), e.human)
    const body = patchBody(changes)
    const raised = level > priorLevel

    const lastWritten = { ...((e.prior?.lastWritten ?? {}) as FieldValues), ...changes }
    const state: StoredState = {
      input: e.input,
      statusType: e.statusType,
      ticketValues: e.ticketValues,
      result: r,
      slaStatus: slaStatus(detail),
      exempt: r.exempt,
      modifiedTime: e.modifiedTime,
      accountId: e.accountId,
      contactId: e.contactId,
      ref: e.ref,
    }
    await saveTicketSla(
      tx,
      {
        installationId: inst.id,
        ticketId: e.ticketId,
        state: state as unknown as Record<string, unknown>,
        lastWritten,
        escalationLevel: level,
        nextCheckAt: detail.escalation.nextCheckAt === null ? null : new Date(detail.escalation.nextCheckAt),
        lastEventTime: e.trigger.eventTime !== undefined ? new Date(e.trigger.eventTime) : (e.prior?.lastEventTime ?? null),
        ticketModifiedTime: e.modifiedTime,
        statusIntervals: e.intervals,
        open: e.statusType !== 'Closed',
      },
      e.prior ? e.prior.version : null,
      new Date(e.now),
    )
    // issue 14: remember what the classifier wrote and what agents changed
    await recordClassifierFeedback(tx, {
      installationId: inst.id,
      ticketId: e.ticketId,
      policy,
      input: e.input,
      detail,
      lastWritten: (e.prior?.lastWritten ?? {}) as FieldValues,
      ticketValues: e.ticketValues,
      human: e.human,
      changes,
      desk: e.desk ?? null,
      at: e.trigger.eventTime ?? e.now,
    })
    if (body) {
      await enqueueOutbox(tx, { installationId: inst.id, ticketId: e.ticketId, kind: 'patch', body }, new Date(e.now))
      await appendAudit(tx, {
        installationId: inst.id,
        ticketId: e.ticketId,
        actor: e.trigger.actor ?? 'desk-sla',
        action: 'ticket.update',
        changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { from: view[k] ?? null, to: v }])),
        reason: `${e.trigger.source}${e.trigger.eventType ? ` ${e.trigger.eventType}` : ''}: ${r.reasons.slice(0, 3).join('; ')}`,
        at: new Date(e.now),
      })
    }
    if (raised) {
      await enqueueOutbox(
        tx,
        {
          installationId: inst.id,
          ticketId: e.ticketId,
          kind: 'comment',
          body: { content: escalationComment(detail, priorLevel, level, owner) },
          dedupeKey: `escalation:${e.ticketId}:${level}`,
        },
        new Date(e.now),
      )
      await appendAudit(tx, {
        installationId: inst.id,
        ticketId: e.ticketId,
        actor: e.trigger.actor ?? 'desk-sla',
        action: 'escalation.raise',
        changes: { level: { from: priorLevel, to: level }, owner: { to: owner } },
        reason: detail.escalation.reasons.join('; '),
        at: new Date(e.now),
      })
    }
    return { ticketId: e.ticketId, status: body || raised ? 'updated' : 'unchanged', changes, level, raisedFrom: raised ? priorLevel : null }
  })
}

async function closeDeleted(ctx: ServiceContext, inst: Installation, ticketId: string): Promise<ProcessOutcome> {
  const prior = await getTicketSla(ctx.db, inst.id, ticketId)
  if (prior) {
    await saveTicketSla(
      ctx.db,
      { ...prior, nextCheckAt: null, open: false, lastEventTime: prior.lastEventTime, ticketModifiedTime: prior.ticketModifiedTime },
      prior.version,
      new Date(ctx.now()),
    )
  }
  return { ticketId, status: 'deleted', changes: {}, level: prior?.escalationLevel ?? 0, raisedFrom: null }
}

/**
 * The ticket's On Hold / Closed intervals: the service's own record, extended by the status
 * change a webhook reports; the History endpoint only when the record has a gap.
 */
async function statusIntervals(ctx: ServiceContext, inst: Installation, desk: DeskClient, ticket: Ticket, prior: TicketSla | null, trigger: Trigger): Promise<StatusInterval[]> {
  const recorded = (prior?.statusIntervals ?? []) as StatusInterval[]
  const known = storedState(prior)?.statusType
  // A change no webhook reported (a sync or backfill found it) may hide a hold and its resume: the
  // status type reads the same before and after, so only History can tell (issue 13).
  const unseen = trigger.source !== 'webhook' && modifiedSince(ticket, prior)
  if (prior && known === ticket.statusType && !unseen) return recorded
  const prevType = trigger.prevState?.statusType
  const newType = trigger.payload?.statusType
  if (prior && known && prevType === known && newType === ticket.statusType && trigger.eventTime !== undefined) {
    return applyStatusChange(recorded, ticket.statusType, new Date(trigger.eventTime).toISOString())
  }
  const neverChanged = !prior && ticket.statusType === 'Open' && !ticket.onholdTime && !ticket.closedTime && ticket.modifiedTime === ticket.createdTime
  if (neverChanged) return []
  // History names statuses; the org's status map types them (status-types.ts)
  const prev = trigger.prevState as { status?: unknown; statusType?: unknown } | null | undefined
  return historyIntervals(ctx, inst, desk, ticket, prev && typeof prev.status === 'string' ? [{ name: prev.status, statusType: prev.statusType }] : [])
}

/** Desk modified the ticket after the state the service recorded for it. */
function modifiedSince(ticket: Ticket, prior: TicketSla | null): boolean {
  if (!prior?.ticketModifiedTime || !ticket.modifiedTime) return false
  return Date.parse(ticket.modifiedTime) > Date.parse(prior.ticketModifiedTime)
}

/** Every instant Desk reported for the ticket (modified, threads, status changes). */
function deskTimes(ticket: Ticket, threads: readonly { createdTime: string }[], intervals: readonly StatusInterval[]): number[] {
  const times = [ticket.modifiedTime ?? ticket.createdTime, ...threads.map((t) => t.createdTime)]
  for (const i of intervals) times.push(i.from, ...(i.to ? [i.to] : []))
  return times.map((t) => Date.parse(t)).filter((t) => Number.isFinite(t))
}

async function fetchOrNull<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn()
  } catch (err) {
    if (isDeskError(err) && err.code === 'DESK_NOT_FOUND') return null
    throw err
  }
}

function valuesOf(policy: Policy, ticket: TicketFields): FieldValues {
  const out: FieldValues = {}
  const f = policy.deskFields.ticket
  for (const key of [f.severity, f.ticketType, f.region, f.escalationOwner, f.escalationLevel, f.slaStatus, f.firstResponseDue, f.followUpDue, f.determinationDue, 'dueDate', 'responseDueDate']) {
    if (!key) continue
    const raw = key.startsWith('cf_') ? ticket.cf?.[key] : ticket[key]
    out[key] = raw === null || raw === undefined || raw === '' ? null : String(raw)
  }
  return out
}

function asTicket(values: FieldValues): TicketFields {
  const t: TicketFields = { cf: {} }
  for (const [k, v] of Object.entries(values)) {
    if (k.startsWith('cf_')) (t.cf as Record<string, unknown>)[k] = v
    else t[k] = v
  }
  return t
}

/** a write recorded as done this long before the ticket was read may still be missing from what was read (ms) */
const READ_RACE_MARGIN_MS = 1_000

/**
 * The writes the ticket as read may not show yet: those queued or being sent, and (when the ticket
 * was read from Desk at `readAt`) those that landed while it was being read and processed.
 */
export function pendingPatchSql(installationId: string, ticketId: string, readAt: number | null = null): { text: string; values: unknown[] } {
  return {
    text: `SELECT body FROM outbox WHERE installation_id = $1 AND ticket_id = $2 AND kind = 'patch'
             AND (status IN ('pending','sending') OR ($3::timestamptz IS NOT NULL AND status = 'done' AND done_at >= $3::timestamptz))
           ORDER BY id`,
    values: [installationId, ticketId, readAt === null ? null : new Date(readAt - READ_RACE_MARGIN_MS).toISOString()],
  }
}

async function pendingPatchValues(db: Db, installationId: string, ticketId: string, readAt: number | null): Promise<FieldValues> {
  const q = pendingPatchSql(installationId, ticketId, readAt)
  const { rows } = await db.query<{ body: Record<string, unknown> }>(q.text, q.values)
  const out: FieldValues = {}
  for (const { body } of rows) {
    for (const [k, v] of Object.entries(body)) {
      if (k === 'cf' && v && typeof v === 'object') Object.assign(out, v)
      else out[k] = v === null || v === undefined ? null : String(v)
    }
  }
  return out
}
