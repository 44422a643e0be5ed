import { z } from 'zod'
import { DeskError } from './errors.js'

// Zod schemas for what Desk answers (and for what desk-sla sends). Every response schema is a loose
// object: unknown extra fields pass through untouched, missing required ones fail with DESK_BAD_RESPONSE
// naming the path. They follow Zoho's OpenAPI files (repository zoho/zohodesk-oas, folder v1.0, read at
// commit 3f7016e321b5d45b7aa49fdf2b3ecf1547e8506c; Thread.json, Webhook.json, FieldOld.json and Search.json
// at 75e1ba570236a06c964d05759dbabd7497248d09), including the variants Zoho's own examples show:
// - times are ISO strings ("2016-06-21T13:16:14.000Z") or epoch-ms numbers (1466514974000) and are
//   normalised to ISO with millis;
// - ids are strings, or integers where the files allow `["string","integer"]`; kept as strings (never
//   parse a 17-digit id as a number: an integer beyond 2^53 has already lost digits when it arrives);
// - enumerations Zoho documents as one string sometimes come as a one-element array (`"type":["AGENT"]`).

/** an id: a string, or an integer Desk sent as a JSON number */
const Id = z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v))
/** a Desk timestamp: ISO string or epoch-ms number, normalised to UTC ISO with millis */
export const Time = z
  .union([z.string(), z.number().finite()])
  .transform((v, ctx) => {
    const ms = typeof v === 'number' ? v : /^\d{12,}$/.test(v) ? Number(v) : Date.parse(v)
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: 'not a date-time' })
      return z.NEVER
    }
    return new Date(ms).toISOString()
  })
/** a count: "121" or 121 */
const Count = z.union([z.string(), z.number()]).transform((v) => String(v))
/** a one-value enumeration Zoho's examples also show as a one-element array */
const OneOf = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? (v[0] ?? null) : v))
const CustomFields = z.record(z.string(), z.unknown())
/** a time desk-sla sends: an ISO date-time string, sent as given */
const SentTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date-time' })

export const StatusType = z.enum(['Open', 'On Hold', 'Closed'])
export type StatusType = z.infer<typeof StatusType>

const PersonRef = z.looseObject({
  id: Id.nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
})

// Ticket.json `ticketResponse` / `listviewCommonJson`: statusType is Open / On Hold / Closed whatever the
// status is called; `webUrl` is the ticket's address for agents (…/support/<portal>/ShowHomePage.do#Cases/dv/…).
export const Ticket = z.looseObject({
  id: Id,
  ticketNumber: Count,
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
  threadCount: Count.nullish(),
  webUrl: z.string().nullish(),
  cf: CustomFields.nullish(),
  /** present with include=contacts */
  contact: PersonRef.nullish(),
  /** present with include=assignee */
  assignee: PersonRef.nullish(),
})
export type Ticket = z.infer<typeof Ticket>

// Thread.json `getThreadDetails`: direction, channel and createdTime are nullable in the file; a thread
// without a direction is never a reply (desk-input.ts), author.type is a string or a one-element array.
export const Thread = z.looseObject({
  id: Id,
  channel: z.string().nullish(),
  direction: z.enum(['in', 'out']).nullish(),
  visibility: z.string().nullish(),
  status: z.string().nullish(),
  isDescriptionThread: z.boolean().nullish(),
  isForward: z.boolean().nullish(),
  createdTime: Time,
  author: z.looseObject({ name: z.string().nullish(), type: OneOf.nullish() }).nullish(),
})
export type Thread = z.infer<typeof Thread>

// Account.json `accountResponse` (GET/PATCH /accounts/{id}). The list (`accountListArray`) is slimmer: its
// example has no country, state or cf unless asked for with `fields` (see client.listAccounts).
export const Account = z.looseObject({
  id: Id,
  accountName: z.string(),
  country: z.string().nullish(),
  state: z.string().nullish(),
  city: z.string().nullish(),
  webUrl: z.string().nullish(),
  cf: CustomFields.nullish(),
})
export type Account = z.infer<typeof Account>

// Contact.json `contactjson`: country, state and city are contact fields (maxLength 30 each).
export const Contact = z.looseObject({
  id: Id,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  accountId: Id.nullish(),
  country: z.string().nullish(),
  state: z.string().nullish(),
  cf: CustomFields.nullish(),
})
export type Contact = z.infer<typeof Contact>

/**
 * One `eventInfo` item of a History event (TicketHistory.json `singleCaseHistoryRespns`). The value's
 * shape depends on `propertyType`: a string (Text), a boolean, an `{id,name,type}` object (Entity), or
 * `{previousValue, updatedValue}` (ValueTransition, each side a string or an `{id,name,type}` object).
 * The client accepts any property type; the contract suite holds the sandbox to Zoho's enumeration.
 */
export const HistoryProperty = z.looseObject({
  propertyName: z.string().nullable(),
  propertyType: z.string().nullable(),
  propertyValue: z.unknown(),
  systemProperty: z.boolean().nullish(),
})
export type HistoryProperty = z.infer<typeof HistoryProperty>

/** One event of GET /tickets/{id}/History (newest first): `{eventName, eventTime, actor, source, eventInfo, actorInfo}`. */
export const HistoryEvent = z.looseObject({
  eventName: z.string().nullable(),
  eventTime: Time.nullable(),
  actor: z.looseObject({ id: Id.nullish(), name: z.string().nullish(), type: OneOf.nullish() }).nullish(),
  source: z.string().nullish(),
  eventInfo: z.array(HistoryProperty.nullable()).nullish(),
  actorInfo: z.array(z.unknown()).nullish(),
})
export type HistoryEvent = z.infer<typeof HistoryEvent>

/**
 * One field of GET /fields?module=… (Field.json) or the deprecated GET /organizationFields (FieldOld.json).
 * A picklist's values are `pickListValues` in the new listing (often left out of the list: read the field
 * with GET /fields/{id}) and `allowedValues` in the old one; the status field's items carry `statusType`.
 */
const PickValue = z.looseObject({ value: z.string().nullable(), statusType: z.string().nullish() })
export const DeskField = z.looseObject({
  id: Id.nullish(),
  apiName: z.string().nullable(),
  displayLabel: z.string().nullish(),
  isCustomField: z.boolean().nullish(),
  type: z.string().nullish(),
  pickListValues: z.array(PickValue.nullable()).nullish(),
  allowedValues: z.array(PickValue.nullable()).nullish(),
})
export type DeskField = z.infer<typeof DeskField>

// TicketComment.json `commentResponse`: commentedTime may come as epoch ms (the file's examples do).
export const Comment = z.looseObject({
  id: Id,
  commentedTime: Time,
  content: z.string().nullish(),
  isPublic: z.boolean().nullish(),
  contentType: z.string().nullish(),
})
export type Comment = z.infer<typeof Comment>

/** a subscription value is null or a filter object (Webhook.json `subscriptions`: departmentIds, includePrevState, fields, direction) */
const SubscriptionFilter = z.looseObject({
  departmentIds: z.array(Id).nullish(),
  includePrevState: z.boolean().nullish(),
  fields: z.array(z.string()).max(5).nullish(),
  direction: z.string().nullish(),
})
const Subscriptions = z.record(z.string(), SubscriptionFilter.nullable())

// Webhook.json `webhookResponse` / `listViewJSON`; `type` is CUSTOMER_WEBHOOK or EXTENSION_WEBHOOK.
export const Webhook = z.looseObject({
  id: Id,
  name: z.string().nullish(),
  url: z.string(),
  subscriptions: Subscriptions,
  ignoreSourceId: z.string().nullish(),
  isEnabled: z.boolean().nullish(),
  type: OneOf.nullish(),
  createdTime: Time.nullish(),
})
export type Webhook = z.infer<typeof Webhook>

/** Webhook.json: `ignoreSourceId` is a UUID (8-4-4-4-12 hex) or empty */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** what `createWebhook` sends (Webhook.json `requestBodies.webhookjson`): subscriptions is an object keyed by event name */
export const WebhookCreate = z.strictObject({
  name: z.string().min(1).max(100),
  url: z.url().max(500),
  description: z.string().max(3000).optional(),
  subscriptions: Subscriptions.refine((s) => Object.keys(s).length > 0, { message: 'at least one subscription' }),
  ignoreSourceId: z.string().regex(UUID_PATTERN, 'a UUID').optional(),
  isEnabled: z.boolean().optional(),
})
export type WebhookCreate = z.infer<typeof WebhookCreate>

/**
 * What desk-sla writes with PATCH /accounts/{id} (Account.json `updateAccount`, scope Desk.contacts.UPDATE,
 * answers the full account): only custom fields (the partner score and tier).
 */
export const AccountPatch = z
  .strictObject({
    cf: z
      .record(z.string().regex(/^cf_/, 'custom field keys start with cf_'), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .refine((cf) => Object.keys(cf).length > 0, { message: 'at least one custom field' }),
  })
export type AccountPatch = z.infer<typeof AccountPatch>

/**
 * the keys desk-sla writes with PATCH /tickets/{id}; nothing else is ever sent. Not `responseDueDate`:
 * Ticket.json's updateTicketRequest takes only null there (Desk computes it); the reply owed next goes
 * to the custom field deskFields.ticket.responseDue (issue #13).
 */
export const TicketPatch = z
  .strictObject({
    cf: z.record(z.string().regex(/^cf_/, 'custom field keys start with cf_'), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    dueDate: SentTime.nullable().optional(),
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
