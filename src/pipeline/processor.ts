// One ticket through the engine: fetch what is missing, compute, and in ONE transaction store the
// new SLA state, an audit entry, and the Desk writes (outbox) that bring the ticket in line.
// A second pass with nothing new changes nothing and writes nothing.
import { isDeepStrictEqual } from 'node:util'
import type { DeskClient } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import type { Account, Contact, Ticket } from '../desk/schemas.js'
import { computeSlaDetail, parseComputeInput, type SlaDetail } from '../engine/compute.js'
import { escalationReasonText, ownerFor } from '../engine/escalation.js'
import type { ComputeInputRaw } from '../engine/input.js'
import type { Policy } from '../engine/policy.js'
import type { Db } from '../store/db.js'
import { appendAudit } from '../store/repos/audit.js'
import type { Installation } from '../store/repos/installations.js'
import { enqueueOutbox, pendingPatches } from '../store/repos/outbox.js'
import { getTicketSla, noteTicketCopy, saveTicketSla, type TicketSla } from '../store/repos/ticket-sla.js'
import { recordClassifierFeedback, type DeskTicketRef } from './classifier-feedback.js'
import type { ServiceContext } from './context.js'
import {
  desiredValues,
  diffFields,
  engineCustomFields,
  escalationComment,
  humanFieldsOfInput,
  humanSetFields,
  writtenValues,
  patchBody,
  slaStatus,
  type FieldValues,
  type TicketFields,
} from './decide.js'
import { applyStatusChange, computeInputFrom, type StatusInterval } from './desk-input.js'
import { deskRecord } from './desk-records.js'
import {
  countOf,
  countOffset,
  creationTimeline,
  laterOf,
  storedCopyOf,
  threadFromEvent,
  ticketFromCopy,
  timelineComplete,
  timelineThreadOf,
  withThread,
  type TimelineThread,
} from './ticket-copy.js'
import { historyIntervals } from './status-types.js'
import { writtenFieldKeys } from './written-fields.js'

/** What set the processing off: a webhook, a sync, a sweep, a recompute, a backfill, an account change. */
export interface Trigger {
  source: 'webhook' | 'sync' | 'sweep' | 'recompute' | 'backfill'
  eventType?: string
  eventTime?: number
  payload?: TicketFields | null
  prevState?: TicketFields | null
  /** Desk's copy of the ticket that came with the event (a webhook's payload, a search result), if any */
  ticket?: unknown
  /** when Desk took that copy (ms): writes that landed after it may be missing from it */
  capturedAt?: number
  /** a Ticket_Thread_Add's thread */
  thread?: unknown
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
  /** Desk's copy of the ticket as last seen, without its description (issue 15: events that carry no ticket use it) */
  ticket?: Record<string, unknown>
  /** when that copy was taken (ms) */
  ticketAt?: number
  /** the ticket's thread timeline */
  threads?: TimelineThread[]
  /** threads Desk counts but did not list at the last full read */
  threadCountOffset?: number
  /** every value desk-sla wrote to the ticket's severity and type (decide.ts humanSetFields) */
  written?: Record<string, string[]>
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

/** What the processor learnt of the ticket, from the event, the store, or Desk. */
interface TicketView {
  ticket: Ticket
  /** when this copy of the ticket was taken (ms) */
  readAt: number
  threads: TimelineThread[]
  threadCountOffset: number
}

/**
 * Evaluates a ticket and records it. Desk is asked only for what neither the event nor the store
 * holds (issue 15): the ticket when the event carries no complete copy newer than the store's, the
 * threads when the stored timeline has a gap, the status history when the recorded intervals do,
 * and the account and contact when the store's copies are missing or old.
 */
export async function processTicket(ctx: ServiceContext, inst: Installation, ticketId: string, trigger: Trigger): Promise<ProcessOutcome> {
  const policy = ctx.policyFor(inst)
  let client: DeskClient | null = null
  const desk = async () => (client ??= await ctx.deskFor(inst))
  const prior = await getTicketSla(ctx.db, inst.id, ticketId)
  const state = storedState(prior)

  const seen = await viewOf(ctx, desk, ticketId, prior, state, trigger)
  if (seen === 'deleted') return closeDeleted(ctx, inst, ticketId)
  if (seen === 'stale') return { ticketId, status: 'stale', changes: {}, level: prior!.escalationLevel, raisedFrom: null }
  const { ticket, threads } = seen
  const intervals = await statusIntervals(ctx, inst, desk, ticket, prior, trigger)
  const account = ticket.accountId ? await deskRecord(ctx, inst, desk, 'account', ticket.accountId) : null
  const needContact = ticket.contactId && !(account?.country && account.country.trim() !== '')
  const contact: Contact | null = needContact ? await deskRecord(ctx, inst, desk, 'contact', ticket.contactId!) : null
  // `now` is read after everything was fetched, and is never before a time Desk reported: with
  // a clock a little behind Desk's, a status change or reply just made would look like the future.
  const now = Math.max(ctx.now(), ...deskTimes(ticket, threads, intervals))
  const lastWritten = (prior?.lastWritten ?? {}) as FieldValues
  const human = humanSetFields(policy, ticket as TicketFields, lastWritten, {
    written: writtenValues(policy, state?.written, lastWritten),
    prevState: trigger.prevState,
    priorHuman: state ? humanFieldsOfInput(policy, (state.input.ticket as { cf?: Record<string, unknown> | null }).cf) : [],
  })
  const cf = engineCustomFields(policy, ticket as TicketFields, human)
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
    human,
    trigger,
    now,
    readAt: seen.readAt,
    desk: { ticketNumber: ticket.ticketNumber, webUrl: typeof ticket.webUrl === 'string' ? ticket.webUrl : null },
    copy: { ticket: storedCopyOf(ticket), ticketAt: seen.readAt, threads, threadCountOffset: seen.threadCountOffset },
  })
}

/** The ticket and its threads: from the event's copy, from the stored copy and a new thread, or read from Desk. */
async function viewOf(
  ctx: ServiceContext,
  desk: () => Promise<DeskClient>,
  ticketId: string,
  prior: TicketSla | null,
  state: StoredState | null,
  trigger: Trigger,
): Promise<TicketView | 'deleted' | 'stale'> {
  const knownDescription = state ? (state.input.ticket.description ?? null) : undefined
  const copy = trigger.ticket !== undefined ? ticketFromCopy(trigger.ticket, knownDescription) : null
  const thread = trigger.thread !== undefined ? threadFromEvent(trigger.thread) : null
  const timeline = state?.ticket && state.threads ? state.threads : null
  const offset = state?.threadCountOffset ?? 0

  if (copy && copy.id === ticketId) {
    if (olderThanStored(copy.modifiedTime, prior)) return 'stale'
    const readAt = trigger.capturedAt ?? trigger.eventTime ?? ctx.now()
    const threads = timeline && thread ? withThread(timeline, thread).timeline : timeline
    // a new ticket: its first thread, if Desk counts one, is its description
    if (!threads && trigger.eventType === 'Ticket_Add') return withThreads(desk, copy, readAt, creationTimeline(copy), 0)
    return withThreads(desk, copy, readAt, threads, offset)
  }
  // the stored copy was taken before desk-sla's later writes: what it wrote since is what Desk shows
  // (else the service's own earlier severity would look like an agent's; the same view as reevaluateTicket)
  const known = state?.ticket ? withWritten(ticketFromCopy(state.ticket, knownDescription), prior?.lastWritten) : null
  if (thread && timeline && known) {
    // a new thread on a ticket the store knows: its stored copy, one thread longer
    const merged = withThread(timeline, thread)
    const ticket = merged.added
      ? { ...known, threadCount: String((countOf(known.threadCount) ?? timeline.length + offset) + 1), modifiedTime: laterOf(known.modifiedTime, thread.createdTime) }
      : known
    return { ticket, readAt: state!.ticketAt ?? ctx.now(), threads: merged.timeline, threadCountOffset: offset }
  }
  return viewRead(ctx, desk, ticketId, prior, timeline, offset, thread)
}

/** the view with the given timeline, or with the threads read from Desk when it has a gap */
async function withThreads(desk: () => Promise<DeskClient>, ticket: Ticket, readAt: number, timeline: TimelineThread[] | null, offset: number): Promise<TicketView> {
  if (timeline && timelineComplete(timeline, ticket.threadCount, offset)) return { ticket, readAt, threads: timeline, threadCountOffset: offset }
  const listed = (await (await desk()).getThreads(ticket.id)).map(timelineThreadOf)
  return { ticket, readAt, threads: listed, threadCountOffset: countOffset(ticket.threadCount, listed.length) }
}

/** The ticket read from Desk (the event carried no usable copy); its threads unless the timeline is complete. */
async function viewRead(
  ctx: ServiceContext,
  desk: () => Promise<DeskClient>,
  ticketId: string,
  prior: TicketSla | null,
  stored: TimelineThread[] | null,
  storedOffset: number,
  thread: TimelineThread | null = null,
): Promise<TicketView | 'deleted' | 'stale'> {
  const readAt = ctx.now()
  let ticket: Ticket
  try {
    ticket = await (await desk()).getTicket(ticketId)
  } catch (err) {
    if (isDeskError(err) && err.code === 'DESK_NOT_FOUND') return 'deleted'
    throw err
  }
  // an older copy of the ticket than the one already applied: never go back in time
  if (olderThanStored(ticket.modifiedTime, prior)) return 'stale'
  return withThreads(desk, ticket, readAt, stored && thread ? withThread(stored, thread).timeline : stored, storedOffset)
}

/** the ticket with the values desk-sla last wrote laid over it (custom fields under `cf`) */
function withWritten(ticket: Ticket | null, written: Record<string, unknown> | undefined): Ticket | null {
  if (!ticket || !written) return ticket
  const cf: Record<string, unknown> = { ...((ticket as { cf?: Record<string, unknown> | null }).cf ?? {}) }
  const top: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(written)) {
    if (key.startsWith('cf_')) cf[key] = value
    else top[key] = value
  }
  return { ...ticket, ...top, cf } as Ticket
}

function olderThanStored(modifiedTime: string | null | undefined, prior: TicketSla | null): boolean {
  return Boolean(prior?.ticketModifiedTime && modifiedTime && Date.parse(modifiedTime) < Date.parse(prior.ticketModifiedTime))
}

/**
 * Re-evaluates a ticket from its stored input at `now` (escalation sweep, recompute after a
 * policy change, an account or contact that changed): no Desk call, the same decision path.
 */
export async function reevaluateTicket(
  ctx: ServiceContext,
  inst: Installation,
  ticketId: string,
  trigger: Trigger,
  replace: { account?: Account; contact?: Contact } = {},
): Promise<ProcessOutcome> {
  const policy = ctx.policyFor(inst)
  const prior = await getTicketSla(ctx.db, inst.id, ticketId)
  const state = storedState(prior)
  if (!prior || !state) return { ticketId, status: 'no-state', changes: {}, level: 0, raisedFrom: null }
  const now = ctx.now()
  const intervals = (prior.statusIntervals ?? []) as StatusInterval[]
  const input: ComputeInputRaw = { ...state.input, now: new Date(now).toISOString() }
  if (replace.account) input.account = engineRecord(replace.account)
  if (replace.contact) input.contact = engineRecord(replace.contact)
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
    copy: state.ticket && state.threads ? { ticket: state.ticket, ticketAt: state.ticketAt ?? now, threads: state.threads, threadCountOffset: state.threadCountOffset ?? 0 } : null,
  })
}

/** an account or contact as the engine reads it */
function engineRecord(r: Account | Contact): { country: string | null; state: string | null; cf: Record<string, unknown> } {
  return { country: r.country ?? null, state: r.state ?? null, cf: r.cf ?? {} }
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
  /** Desk's copy of the ticket and its thread timeline, kept for the next event */
  copy: Pick<StoredState, 'ticket' | 'ticketAt' | 'threads' | 'threadCountOffset'> | null
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
      ...(e.copy ?? {}),
      written: writtenValues(policy, storedState(e.prior)?.written, lastWritten),
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
      await enqueueOutbox(tx, { installationId: inst.id, ticketId: e.ticketId, kind: 'patch', body, origin: e.trigger.source }, new Date(e.now))
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
          origin: e.trigger.source,
        },
        new Date(e.now),
      )
      await appendAudit(tx, {
        installationId: inst.id,
        ticketId: e.ticketId,
        actor: e.trigger.actor ?? 'desk-sla',
        action: 'escalation.raise',
        changes: { level: { from: priorLevel, to: level }, owner: { to: owner } },
        reason: detail.escalation.reasons.map(escalationReasonText).join('; '),
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
async function statusIntervals(ctx: ServiceContext, inst: Installation, desk: () => Promise<DeskClient>, ticket: Ticket, prior: TicketSla | null, trigger: Trigger): Promise<StatusInterval[]> {
  const recorded = (prior?.statusIntervals ?? []) as StatusInterval[]
  const known = storedState(prior)?.statusType
  // A change no webhook reported (a sync or backfill found it) may hide a hold and its resume: the
  // status type reads the same before and after, so only History can tell (issue 13).
  const unseen = trigger.source !== 'webhook' && modifiedSince(ticket, prior)
  if (prior && known === ticket.statusType && !unseen) return recorded
  const prevType = trigger.prevState?.statusType
  const newType = trigger.payload?.statusType
  if (prior && known && prevType === known && newType === ticket.statusType && trigger.eventTime !== undefined) {
    // the change's own instant: the update that carried it set modifiedTime (the event is raised a moment later)
    return applyStatusChange(recorded, ticket.statusType, new Date(ticket.modifiedTime ? Date.parse(ticket.modifiedTime) : trigger.eventTime).toISOString())
  }
  const neverChanged = !prior && ticket.statusType === 'Open' && !ticket.onholdTime && !ticket.closedTime && ticket.modifiedTime === ticket.createdTime
  if (neverChanged) return []
  // History names statuses; the org's status map types them (status-types.ts)
  const prev = trigger.prevState as { status?: unknown; statusType?: unknown } | null | undefined
  return historyIntervals(ctx, inst, await desk(), ticket, prev && typeof prev.status === 'string' ? [{ name: prev.status, statusType: prev.statusType }] : [])
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

function valuesOf(policy: Policy, ticket: TicketFields): FieldValues {
  const out: FieldValues = {}
  for (const key of writtenFieldKeys(policy)) {
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

/** The writes the ticket as read may not show yet (see pendingPatches): their values, later ones winning. */
async function pendingPatchValues(db: Db, installationId: string, ticketId: string, readAt: number | null): Promise<FieldValues> {
  const bodies = await pendingPatches(db, installationId, ticketId, readAt === null ? null : readAt - READ_RACE_MARGIN_MS)
  const out: FieldValues = {}
  for (const body of bodies) {
    for (const [k, v] of Object.entries(body)) {
      if (k === 'cf' && v && typeof v === 'object') Object.assign(out, v)
      else out[k] = v === null || v === undefined ? null : String(v)
    }
  }
  return out
}

/** fields Desk moves by itself on any change: never a sign of someone else's change */
const BOOKKEEPING_KEYS = new Set(['modifiedTime', 'modifiedBy', 'isOverDue', 'isResponseOverdue', 'lastActivityTime', 'commentCount', 'customerResponseTime'])

/**
 * After desk-sla's PATCH landed: when Desk's answer (the full ticket) differs from the stored copy only
 * in what the PATCH wrote, it becomes the stored copy and its modifiedTime the stored one (issue 15:
 * the sync then does not fetch the ticket for desk-sla's own change). Anything else changed in between
 * leaves the row alone: that change has its own event, or the sync finds it.
 */
export async function noteOwnWrite(ctx: ServiceContext, installationId: string, ticketId: string, body: Record<string, unknown>, after: Ticket): Promise<boolean> {
  const row = await getTicketSla(ctx.db, installationId, ticketId)
  const state = storedState(row)
  if (!row || !state?.ticket || !after.modifiedTime) return false
  const written = new Set(Object.keys(body).filter((k) => k !== 'cf'))
  const writtenCf = new Set(Object.keys((body.cf as Record<string, unknown> | undefined) ?? {}))
  const before = state.ticket
  for (const [key, value] of Object.entries(before)) {
    if (written.has(key) || BOOKKEEPING_KEYS.has(key) || key === 'cf') continue
    if (!isDeepStrictEqual(value ?? null, (after as Record<string, unknown>)[key] ?? null)) return false
  }
  const cfBefore = (before.cf ?? {}) as Record<string, unknown>
  const cfAfter = (after.cf ?? {}) as Record<string, unknown>
  for (const key of new Set([...Object.keys(cfBefore), ...Object.keys(cfAfter)])) {
    if (writtenCf.has(key)) continue
    if (!isDeepStrictEqual(cfBefore[key] ?? null, cfAfter[key] ?? null)) return false
  }
  return noteTicketCopy(ctx.db, installationId, ticketId, row.version, storedCopyOf(after), ctx.now(), after.modifiedTime)
}
