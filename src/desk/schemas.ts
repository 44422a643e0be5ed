import { z } from 'zod'
import { DeskError } from './errors.js'

// Zod schemas for what Desk answers (and for what desk-sla sends). Every response schema is a loose
// object: unknown extra fields pass through untouched, missing required ones fail with DESK_BAD_RESPONSE
// naming the path. IDs and counts are strings and stay strings (~17 digits: never parse them as numbers).
//
// History events (GET /tickets/{id}/History): the real shape is unverified (DESK_API.md). desk-sla
// expects, and the sandbox serves, one item per change event:
//   { "id": "…", "eventTime": "2026-03-02T10:00:00.000Z", "actor"?: { "id", "name", "type" },
//     "fieldChanges": [ { "fieldName": "status", "previousValue": "Open", "newValue": "On Hold" },
//                       { "fieldName": "statusType", "previousValue": "Open", "newValue": "On Hold" } ] }
// `previousValue`/`newValue` are whatever Desk holds for the field (string, null, or an object for
// lookups), so they are typed `unknown`.

const Id = z.string().min(1)
/** a Desk timestamp: UTC ISO with millis, e.g. 2026-03-02T09:15:00.000Z */
const Time = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date-time' })
const CustomFields = z.record(z.string(), z.unknown())

export const StatusType = z.enum(['Open', 'On Hold', 'Closed'])
export type StatusType = z.infer<typeof StatusType>

const PersonRef = z.looseObject({
  id: Id.nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
})

export const Ticket = z.looseObject({
  id: Id,
  ticketNumber: z.string(),
  subject: z.string().nullish(),
  status: z.string(),
  statusType: StatusType,
  priority: z.string().nullish(),
  channel: z.string().nullish(),
  createdTime: Time,
  modifiedTime: Time.nullish(),
  closedTime: Time.nullish(),
  onholdTime: Time.nullish(),
  dueDate: Time.nullish(),
  responseDueDate: Time.nullish(),
  departmentId: Id.nullish(),
  contactId: Id.nullish(),
  accountId: Id.nullish(),
  assigneeId: Id.nullish(),
  isOverDue: z.boolean().nullish(),
  threadCount: z.string().nullish(),
  cf: CustomFields.nullish(),
  /** present with include=contacts */
  contact: PersonRef.nullish(),
  /** present with include=assignee */
  assignee: PersonRef.nullish(),
})
export type Ticket = z.infer<typeof Ticket>

export const Thread = z.looseObject({
  id: Id,
  channel: z.string(),
  direction: z.enum(['in', 'out']),
  visibility: z.string().nullish(),
  status: z.string().nullish(),
  isDescriptionThread: z.boolean().nullish(),
  isForward: z.boolean().nullish(),
  createdTime: Time,
  author: z.looseObject({ name: z.string().nullish(), type: z.string().nullish() }).nullish(),
})
export type Thread = z.infer<typeof Thread>

export const Account = z.looseObject({
  id: Id,
  accountName: z.string(),
  country: z.string().nullish(),
  state: z.string().nullish(),
  city: z.string().nullish(),
  cf: CustomFields.nullish(),
})
export type Account = z.infer<typeof Account>

export const Contact = z.looseObject({
  id: Id,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  accountId: Id.nullish(),
  // country/state on contacts are unverified (DESK_API.md); kept when present
  country: z.string().nullish(),
  state: z.string().nullish(),
  cf: CustomFields.nullish(),
})
export type Contact = z.infer<typeof Contact>

export const FieldChange = z.looseObject({
  fieldName: z.string(),
  previousValue: z.unknown(),
  newValue: z.unknown(),
})
export type FieldChange = z.infer<typeof FieldChange>

export const HistoryEvent = z.looseObject({
  id: Id.optional(),
  eventTime: Time,
  actor: z.looseObject({ id: Id.nullish(), name: z.string().nullish(), type: z.string().nullish() }).nullish(),
  fieldChanges: z.array(FieldChange),
})
export type HistoryEvent = z.infer<typeof HistoryEvent>

export const Comment = z.looseObject({
  id: Id,
  commentedTime: Time,
  content: z.string().nullish(),
  isPublic: z.boolean().nullish(),
  contentType: z.string().nullish(),
})
export type Comment = z.infer<typeof Comment>

/** a subscription value is null or a filter object (departmentIds, includePrevState, fields, direction) */
const SubscriptionFilter = z.looseObject({
  departmentIds: z.array(Id).nullish(),
  includePrevState: z.boolean().nullish(),
  fields: z.array(z.string()).max(5).nullish(),
  direction: z.string().nullish(),
})
const Subscriptions = z.record(z.string(), SubscriptionFilter.nullable())

export const Webhook = z.looseObject({
  id: Id,
  name: z.string().nullish(),
  url: z.string(),
  subscriptions: Subscriptions,
  ignoreSourceId: z.string().nullish(),
  isEnabled: z.boolean().nullish(),
  createdTime: Time.nullish(),
})
export type Webhook = z.infer<typeof Webhook>

/** what `createWebhook` sends (DESK_API.md "Webhooks"): subscriptions is an object keyed by event name */
export const WebhookCreate = z.strictObject({
  name: z.string().min(1),
  url: z.url(),
  description: z.string().optional(),
  subscriptions: Subscriptions.refine((s) => Object.keys(s).length > 0, { message: 'at least one subscription' }),
  ignoreSourceId: z.string().min(1).optional(),
  isEnabled: z.boolean().optional(),
})
export type WebhookCreate = z.infer<typeof WebhookCreate>

/**
 * What desk-sla writes with PATCH /accounts/{id}: only custom fields (the partner score and tier).
 * The endpoint is unverified (DESK_API.md lists GET /accounts/{id} only); desk-sla assumes it takes a
 * partial body like PATCH /tickets/{id} and answers with the full account.
 */
export const AccountPatch = z
  .strictObject({
    cf: z
      .record(z.string().regex(/^cf_/, 'custom field keys start with cf_'), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .refine((cf) => Object.keys(cf).length > 0, { message: 'at least one custom field' }),
  })
export type AccountPatch = z.infer<typeof AccountPatch>

/** the keys desk-sla writes with PATCH /tickets/{id}; nothing else is ever sent */
export const TicketPatch = z
  .strictObject({
    cf: z.record(z.string().regex(/^cf_/, 'custom field keys start with cf_'), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    dueDate: Time.nullable().optional(),
    responseDueDate: Time.nullable().optional(),
    priority: z.string().nullable().optional(),
    status: z.string().min(1).optional(),
    assigneeId: Id.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'a patch changes at least one field' })
export type TicketPatch = z.infer<typeof TicketPatch>

export const TokenResponse = z.looseObject({
  access_token: z.string().min(1),
  // Zoho sends a number; a numeric string is accepted too
  expires_in: z.coerce.number().positive(),
  api_domain: z.string().nullish(),
  token_type: z.string().nullish(),
})
export type TokenResponse = z.infer<typeof TokenResponse>

export const TokenErrorBody = z.looseObject({
  error: z.string(),
  error_description: z.string().nullish(),
})
export type TokenErrorBody = z.infer<typeof TokenErrorBody>

export const DeskErrorBody = z.looseObject({
  errorCode: z.string(),
  message: z.string().nullish(),
  errors: z.array(z.looseObject({ fieldName: z.string().nullish(), errorType: z.string().nullish() })).nullish(),
})
export type DeskErrorBody = z.infer<typeof DeskErrorBody>

/** `{"data":[…]}`, the envelope of every Desk list */
export function listOf<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: z.array(item) })
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`
  return out === '' ? '(root)' : out
}

/** Parse a Desk answer or throw DESK_BAD_RESPONSE naming the first bad path (all issues go in details). */
export function parseDesk<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const issues = r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
  const first = issues[0]!
  throw new DeskError('DESK_BAD_RESPONSE', `Desk answered ${what} with an invalid ${first.path}: ${first.message}`, {
    path: first.path,
    issues,
  })
}
