// What Desk POSTs to the receiver, as a zod schema, and the pure step from a parsed delivery to
// the inbox rows to store. No I/O here: the router (webhook.ts) does the reading and the storing.
import { z } from 'zod'
import { inboxEventKey, type InboxEventInput } from '../store/repos/inbox.js'
import { jsonDepthExceeds } from '../well-formed-text.js'
import { HANDLED_EVENTS } from './inbox-worker.js'

const EPOCH_MS = /^\d{1,15}$/
// Earlier "epoch milliseconds" are almost surely epoch seconds read as milliseconds (1970):
// refusing them keeps a wrong unit from ordering events decades in the past.
const EARLIEST_EVENT_MS = Date.UTC(2000, 0, 1)
const IsoInstant = z.iso.datetime({ offset: true })

/** eventTime as Desk may send it (unverified, DESK_API.md): epoch ms as a string or number, or ISO 8601 with a zone */
export function eventTimeToIso(value: string | number): string | null {
  let ms: number
  if (typeof value === 'number') ms = Number.isInteger(value) ? value : NaN
  else if (EPOCH_MS.test(value)) ms = Number(value)
  else if (IsoInstant.safeParse(value).success) ms = Date.parse(value)
  else ms = NaN
  if (!Number.isFinite(ms) || ms < EARLIEST_EVENT_MS) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const EventTime = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const iso = eventTimeToIso(value)
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: 'not an instant: expected epoch milliseconds (after 2000) or ISO 8601 with a zone' })
    return z.NEVER
  }
  return iso
})

const HANDLED: ReadonlySet<string> = new Set(HANDLED_EVENTS)

/** Account_Update / Contact_Update: about an account or contact, stored without a ticket id (issue 15) */
const RECORD_EVENT_TYPES: ReadonlySet<string> = new Set(['Account_Update', 'Contact_Update'])

/** where each handled event type carries its ticket id (an account or contact event: that record's id) */
export function ticketIdField(eventType: string): 'id' | 'ticketId' {
  return eventType === 'Ticket_Add' || eventType === 'Ticket_Update' || RECORD_EVENT_TYPES.has(eventType) ? 'id' : 'ticketId'
}

// Desk ids are int64 values sent as digit strings (~17 digits; DESK_API.md, Ticket.json): 12 to 19
// digits, no leading zero, at most 2^63-1. A JSON number would already have lost digits; anything
// else is not a Desk ticket and would only make the worker ask Desk for tickets that do not exist.
const DESK_ID = /^[1-9][0-9]{11,18}$/
const INT64_MAX = '9223372036854775807'

/** true for a digit string shaped like a Desk record id */
export function isDeskId(value: unknown): value is string {
  return typeof value === 'string' && DESK_ID.test(value) && (value.length < INT64_MAX.length || value <= INT64_MAX)
}

const TicketId = z.custom<string>(isDeskId)

/** events nested deeper than this are refused: PostgreSQL refuses (PGlite hangs on) jsonb tens of thousands deep */
export const MAX_EVENT_DEPTH = 32

// A ticket payload is kept as delivered: checked to be an object, not copied key by key
// (looseObject would rebuild every ticket on every delivery, on the path that must answer fast).
const JsonObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'expected an object',
})

export const DeskEvent = z
  .looseObject({
    eventType: z.string().min(1).max(100),
    orgId: z.union([z.string(), z.number()]).optional(),
    eventTime: EventTime,
    payload: JsonObject,
    prevState: JsonObject.nullish(),
  })
  .superRefine((event, ctx) => {
    if (!HANDLED.has(event.eventType)) return
    const field = ticketIdField(event.eventType)
    const id = TicketId.safeParse(event.payload[field])
    if (!id.success) {
      ctx.addIssue({ code: 'custom', path: ['payload', field], message: `${event.eventType} needs the Desk ticket id (a string of 12 to 19 digits) in payload.${field}` })
    }
  })
export type DeskEvent = z.infer<typeof DeskEvent>

/** Desk sends an array; a single event object is accepted and read as an array of one */
export function deliveryEvents(body: unknown): unknown[] {
  return Array.isArray(body) ? body : [body]
}

export interface DeliveryIssue {
  path: string
  message: string
}

/** `[0].payload.id` */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(body)'
}

const MAX_ISSUES = 10

/**
 * The valid events of a delivery and the problems of the others. Each event is checked on its own:
 * one bad event does not cost the other events of the same delivery (issue 17). `raw` keeps each
 * valid event exactly as delivered, for the inbox; `invalid` counts the events left out.
 */
export interface ParsedDelivery {
  events: DeskEvent[]
  raw: unknown[]
  invalid: number
  /** the first few problems, each naming the event's index */
  issues: DeliveryIssue[]
}

/** validate a JSON-parsed body event by event */
export function parseDelivery(body: unknown): ParsedDelivery {
  const items = deliveryEvents(body)
  const out: ParsedDelivery = { events: [], raw: [], invalid: 0, issues: [] }
  const note = (issue: DeliveryIssue) => {
    if (out.issues.length < MAX_ISSUES) out.issues.push(issue)
  }
  items.forEach((item, i) => {
    if (jsonDepthExceeds(item, MAX_EVENT_DEPTH)) {
      out.invalid++
      note({ path: formatIssuePath([i]), message: `nested deeper than ${MAX_EVENT_DEPTH} levels` })
      return
    }
    const parsed = DeskEvent.safeParse(item)
    if (!parsed.success) {
      out.invalid++
      for (const issue of parsed.error.issues) note({ path: formatIssuePath([i, ...issue.path]), message: issue.message })
      return
    }
    out.events.push(parsed.data)
    out.raw.push(item)
  })
  return out
}

export interface PlannedDelivery {
  /** events to store, in delivery order */
  toStore: InboxEventInput[]
  /** acknowledged, not stored: event types the service does not handle */
  unhandled: number
  /** acknowledged, not stored: events naming another org than the installation's */
  foreignOrg: number
}

/**
 * Which events of a valid delivery go to the inbox. Events of another org are acknowledged and
 * dropped (200, logged): the URL secret already proved the sender, so a 4xx would only make
 * Desk retry something that can never succeed.
 */
export function planDelivery(events: readonly DeskEvent[], raw: readonly unknown[], installationOrgId: string): PlannedDelivery {
  const toStore: InboxEventInput[] = []
  let unhandled = 0
  let foreignOrg = 0
  events.forEach((event, i) => {
    if (!HANDLED.has(event.eventType)) {
      unhandled++
      return
    }
    if (event.orgId !== undefined && String(event.orgId) !== installationOrgId) {
      foreignOrg++
      return
    }
    const recordId = event.payload[ticketIdField(event.eventType)] as string
    toStore.push({
      eventKey: inboxEventKey(event.eventType, recordId, event.eventTime),
      eventType: event.eventType,
      ticketId: RECORD_EVENT_TYPES.has(event.eventType) ? null : recordId,
      eventTime: event.eventTime,
      payload: raw[i],
      source: 'webhook',
    })
  })
  return { toStore, unhandled, foreignOrg }
}
