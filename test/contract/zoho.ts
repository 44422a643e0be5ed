// The contract: what every Desk endpoint desk-sla calls takes and answers, as Zoho publishes it.
// Written by hand from Zoho's OpenAPI files in the public repository zoho/zohodesk-oas, folder v1.0:
//   Ticket.json, TicketHistory.json, TicketComment.json, Field.json, Account.json, Contact.json
//     at commit 3f7016e321b5d45b7aa49fdf2b3ecf1547e8506c
//   Thread.json, Webhook.json, FieldOld.json, Search.json at commit 75e1ba570236a06c964d05759dbabd7497248d09
//   Common.json at commit 83b5c18947ef54052eb83d221ff54c2ee5a65e52
// and, for what the files leave out, Zoho's help pages (named where used). The OAuth token endpoint is
// Zoho Accounts', not Desk's, and is not in zohodesk-oas: its shape is DESK_API.md's.
//
// Answers are loose objects (Desk adds fields freely) whose documented fields must have the documented
// types and enumerations; requests are strict (desk-sla sends nothing Zoho does not document).
import { z } from 'zod'

// ---- shared pieces (Common.json, and the formats every file repeats) ----

/** ids: ["string","integer"] with pattern ([0-9]+) */
export const Id = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
/** times: the files' pattern yyyy-MM-ddThh:mm:ss(.SSS)Z, and epoch-ms numbers in their examples */
export const Time = z.union([z.string().regex(/^(19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/), z.number().int().positive()])
/** counts: ["string","integer"] */
export const Count = z.union([z.string().regex(/^-?\d+$/), z.number().int()])
/** an enumeration value, also given as a one-element array in Zoho's examples ("type":["AGENT"]) */
export function oneOf<T extends [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.array(z.enum(values)).length(1)])
}

/** Common.json `errorJson.errorCode` */
export const ERROR_CODES = [
  'BAD_REQUEST', 'UNAUTHORIZED', 'INVALID_OAUTH', 'SCOPE_MISMATCH', 'OAUTH_ORG_MISMATCH', 'FORBIDDEN', 'LICENSE_ACCESS_LIMITED',
  'URL_NOT_FOUND', 'METHOD_NOT_ALLOWED', 'RESOURCE_SIZE_EXCEEDED', 'UNSUPPORTED_MEDIA_TYPE', 'INVALID_DATA', 'EMPTY_PAYLOAD',
  'UNPROCESSABLE_ENTITY', 'ONLY_LIVECHAT_USER', 'DUPLICATE_CONTRACT', 'INTEGRATION_ADMIN_ERROR', 'THRESHOLD_EXCEEDED',
  'TOO_MANY_REQUESTS', 'INTERNAL_SERVER_ERROR',
] as const
/** Common.json `errorJson` with `errorDetailArr` (its example leaves errorMessage out, so it is optional here) */
export const ErrorBody = z.looseObject({
  errorCode: z.enum(ERROR_CODES),
  message: z.string(),
  errors: z.array(z.looseObject({ fieldName: z.string(), errorType: z.enum(['invalid', 'duplicate', 'missing']), errorMessage: z.string().optional() })).optional(),
})

export const listOf = <T extends z.ZodType>(item: T) => z.looseObject({ data: z.array(item) })

// ---- tickets (Ticket.json) ----

const StatusType = z.enum(['Open', 'Closed', 'On Hold'])
const WebUrl = z.string().regex(/^https?:\/\/[-.\w]+(:\d+)?\/support\/[\w-]+\/ShowHomePage\.do#Cases\/dv\/\w+$/)

/** Ticket.json `listviewCommonJson` (GET /tickets items): the fields desk-sla reads and those every example carries */
export const TicketListItem = z.looseObject({
  id: Id,
  ticketNumber: Count,
  subject: z.string().nullable(),
  status: z.string().nullable(),
  statusType: StatusType.nullable(),
  createdTime: Time,
  dueDate: Time.nullable(),
  onholdTime: Time.nullable(),
  closedTime: Time.nullable(),
  departmentId: Id.nullable(),
  contactId: Id.nullable(),
  customerResponseTime: Time.nullable(),
  threadCount: Count.nullable(),
  priority: z.string().nullable(),
  channel: z.string().nullable(),
  webUrl: WebUrl.nullable(),
})

/** Ticket.json `ticketResponse` (GET, PATCH /tickets/{id}): the list item plus modifiedTime and cf */
export const Ticket = TicketListItem.extend({
  modifiedTime: Time,
  statusType: StatusType,
  webUrl: WebUrl,
  responseDueDate: Time.nullable().optional(),
  isOverDue: z.boolean(),
  commentCount: Count,
  cf: z.record(z.string().regex(/^cf_/), z.union([z.string(), z.number(), z.null()])),
})

/** Search.json `searchTicketsResponse`: `{data, count}` */
export const SearchAnswer = z.looseObject({ data: z.array(TicketListItem), count: z.union([z.string(), z.number()]) })

// ---- History (TicketHistory.json `singleCaseHistoryRespns`, additionalProperties false) ----

export const HISTORY_EVENT_NAMES = [
  'TicketCreated', 'TicketUpdated', 'TicketDeleted', 'TicketRestored', 'TicketCloned', 'TicketMergedMaster', 'TicketMergedChild',
  'TicketSplitParent', 'TicketSplitChild', 'TicketArchived', 'TicketEscalated', 'TicketShared', 'TicketShareModeUpdated',
  'TicketShareRevoked', 'ThreadAdded', 'ThreadDeleted', 'ThreadResent', 'CommentAdded', 'CommentEdited', 'CommentDeleted',
  'ApprovalSent', 'ApprovalApproved', 'ApprovalRejected', 'FollowersAdded', 'FollowersRemoved', 'TagsAdded', 'TagsRemoved',
  'AttachmentAdded', 'AttachmentUpdated', 'AttachmentDeleted', 'AttachmentRestored', 'AttachmentDeletedRB', 'TimeEntryAdded',
  'TimeEntryUpdated', 'TimeEntryDeleted', 'TimeEntryRestored', 'SecondaryContactsAdded', 'SecondaryContactsUpdated',
  'OvershotDueTime', 'BlueprintApplied', 'BlueprintRevoked', 'BlueprintTransitionPerformed', 'BlueprintStateMoved',
  'CustomFunctionExecuted', 'WorkflowActionFailed', 'NotificationSent', 'CallAdded', 'CallUpdated', 'CallDeleted', 'CallRestored',
  'CallCommentAdded', 'CallCommentEdited', 'CallCommentDeleted', 'CallTimeEntryAdded', 'CallTimeEntryUpdated', 'CallTimeEntryDeleted',
  'CallTimeEntryRestored', 'EventAdded', 'EventUpdated', 'EventDeleted', 'EventRestored', 'EventCommentAdded', 'EventCommentEdited',
  'EventCommentDeleted', 'EventTimeEntryAdded', 'EventTimeEntryUpdated', 'EventTimeEntryDeleted', 'EventTimeEntryRestored',
  'TaskAdded', 'TaskUpdated', 'TaskDeleted', 'TaskRestored', 'TaskCommentAdded', 'TaskCommentEdited', 'TaskCommentDeleted',
  'TaskTimeEntryAdded', 'TaskTimeEntryUpdated', 'TaskTimeEntryDeleted', 'TaskTimeEntryRestored', 'BugCreated', 'BugLinked',
  'BugDelinked', 'LanguageDetection', 'InvoiceCreated', 'EstimateCreated', 'SalesOrderCreated',
] as const
export const HISTORY_PROPERTY_TYPES = ['Text', 'TextList', 'Enum', 'Boolean', 'Numeric', 'Duration', 'Date', 'DateTime', 'Entity',
  'EntityList', 'PropertyGroup', 'PropertyGroupList', 'ValueTransition'] as const
export const HISTORY_ACTOR_TYPES = ['Agent', 'Contact', 'DirectAssignment', 'RoundRobinAssignment', 'NotificationRule', 'SLA',
  'Workflow', 'Macro', 'Supervise', 'Blueprint', 'ZIA', 'System'] as const
export const HISTORY_SOURCES = ['Email', 'Chat', 'OfflineChat', 'Helpcenter', 'Forum', 'Twitter', 'Facebook', 'Instagram',
  'FeedbackWidget', 'WebForm', 'CustomChannel', 'Import', 'IncomingResponse', 'CustomerRating', 'Setting', 'LicenseDowngrade',
  'ZohoBugTracker', 'Jira', 'ZohoBooks', 'ZohoInvoice', 'ZohoInventory'] as const

/** `propertyValueObject`: {id, name, type} with type Agent/Contact/Department/Group/Role/null */
const EntityValue = z.strictObject({
  id: Id.nullable(),
  name: z.string().nullable(),
  type: z.enum(['Agent', 'Contact', 'Department', 'Group', 'Role']).nullable(),
})
/** one side of a ValueTransition: a plain value or an entity (the help page's examples show both) */
const TransitionSide = z.union([z.string(), z.number(), z.boolean(), z.null(), EntityValue])
const HistoryProperty = z.strictObject({
  propertyName: z.string().nullable(),
  propertyType: z.enum(HISTORY_PROPERTY_TYPES).nullable(),
  propertyValue: z.unknown(),
  systemProperty: z.boolean().nullable(),
}).superRefine((p, ctx) => {
  // ValueTransition: {previousValue, updatedValue} (key names from secondary sources, see README "Desk facts")
  if (p.propertyType === 'ValueTransition') {
    const r = z.strictObject({ previousValue: TransitionSide, updatedValue: TransitionSide }).safeParse(p.propertyValue)
    if (!r.success) ctx.addIssue({ code: 'custom', message: `a ValueTransition value is {previousValue, updatedValue}: ${r.error.issues[0]?.message}` })
  }
  if (p.propertyType === 'Entity' && !EntityValue.safeParse(p.propertyValue).success) ctx.addIssue({ code: 'custom', message: 'an Entity value is {id, name, type}' })
})
export const HistoryEvent = z.strictObject({
  actor: z.strictObject({ id: Id.nullable(), name: z.string().nullable(), type: oneOf([...HISTORY_ACTOR_TYPES]).nullable() }),
  eventInfo: z.array(HistoryProperty).nullable(),
  eventTime: Time.nullable(),
  eventName: z.enum(HISTORY_EVENT_NAMES).nullable(),
  source: z.enum(HISTORY_SOURCES).nullable(),
  actorInfo: z.array(z.unknown()).nullable(),
})
/** newest first (the help page "Get Ticket History API – explained in detail") */
export const HistoryAnswer = listOf(HistoryEvent).superRefine((a, ctx) => {
  const times = a.data.map((e) => (typeof e.eventTime === 'number' ? e.eventTime : Date.parse(e.eventTime ?? '')))
  for (let i = 1; i < times.length; i++) if (times[i]! > times[i - 1]!) ctx.addIssue({ code: 'custom', message: `History is newest first; item ${i} is newer than item ${i - 1}` })
})

// ---- threads (Thread.json `getThreadDetails`) ----

export const Thread = z.looseObject({
  id: Id,
  channel: z.string().nullable(),
  direction: z.enum(['in', 'out']).nullable(),
  status: z.enum(['SUCCESS', 'PENDING', 'FAILED', 'DRAFT']).nullable(),
  visibility: z.enum(['public', 'private']).nullable(),
  isDescriptionThread: z.boolean().nullable(),
  createdTime: Time,
  contentType: z.enum(['text/html', 'text/plain']).nullable(),
  author: z.looseObject({ name: z.string().nullable(), type: oneOf(['AGENT', 'END_USER']).nullable() }),
})

// ---- comments (TicketComment.json `commentResponse`) ----

export const Comment = z.looseObject({
  id: Id,
  content: z.string().max(32000).nullable(),
  contentType: z.enum(['plainText', 'html']).nullable(),
  isPublic: z.boolean().nullable(),
  commentedTime: Time,
  modifiedTime: Time.nullable(),
  commenterId: Id.nullable(),
  commenter: z.looseObject({ name: z.string().nullable(), type: oneOf(['END_USER', 'AGENT', 'TEAM', 'TICKET', 'ACTIVITY']).nullable() }),
})

// ---- fields (Field.json new listing, FieldOld.json deprecated one) ----

const NEW_FIELD_TYPES = ['Text', 'URL', 'Textarea', 'Email', 'Phone', 'Multiselect', 'Date', 'DateTime', 'Number', 'Percent', 'Decimal',
  'Currency', 'Picklist', 'LookUp', 'MultiLookup', 'AutoNumber', 'Boolean', 'Fax', 'LargeText', 'Formula'] as const
const PickValue = z.strictObject({ value: z.string().nullable() })
const StatusValue = z.strictObject({ value: z.string().nullable(), statusType: z.string().nullable() })
/** `commonFieldResponse` (required: apiName, displayLabel, i18NLabel, id, isCustomField, isEncryptedField, isMandatory, maxLength, name, type) */
export const Field = z.looseObject({
  id: Id.nullable(),
  name: z.string().nullable(),
  apiName: z.string().nullable(),
  displayLabel: z.string().nullable(),
  i18NLabel: z.string().nullable(),
  type: z.enum(NEW_FIELD_TYPES),
  maxLength: z.union([Count, z.null()]),
  isMandatory: z.boolean().nullable(),
  isCustomField: z.boolean().nullable(),
  isEncryptedField: z.boolean().nullable(),
  pickListValues: z.array(z.union([StatusValue, PickValue])).nullable().optional(),
})
export const FieldOld = z.looseObject({
  id: Id.nullable(),
  name: z.string().nullable(),
  apiName: z.string().nullable(),
  displayLabel: z.string().nullable(),
  i18NLabel: z.string().nullable(),
  type: z.enum([...NEW_FIELD_TYPES, 'Checkbox']).nullable(),
  maxLength: z.union([Count, z.null()]),
  isMandatory: z.boolean().nullable(),
  isCustomField: z.boolean().nullable(),
  isEncryptedField: z.boolean().nullable(),
  isTrackLastActivityTime: z.boolean().nullable(),
  allowedValues: z.array(z.union([StatusValue, PickValue])).nullable().optional(),
})

// ---- webhooks (Webhook.json) ----

const UUID_OR_EMPTY = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$|^$/
const SubscriptionFilter = z.strictObject({
  departmentId: z.array(Id.nullable()).nullable().optional(),
  departmentIds: z.array(Id.nullable()).nullable().optional(),
  fields: z.array(z.string().max(100).nullable()).max(5).nullable().optional(),
  includePrevState: z.boolean().nullable().optional(),
  direction: z.enum(['in', 'out']).nullable().optional(),
})
/** the four ticket events desk-sla subscribes to, each null or its filter (others allowed in answers) */
const Subscriptions = z.record(z.string(), SubscriptionFilter.nullable())
export const Webhook = z.looseObject({
  id: Id.nullable(),
  name: z.string().max(100).nullable(),
  url: z.string().max(500).nullable(),
  description: z.string().max(3000).nullable(),
  subscriptions: Subscriptions.nullable(),
  ignoreSourceId: z.string().regex(UUID_OR_EMPTY).nullable(),
  isEnabled: z.boolean().nullable(),
  includeEventsFrom: z.array(z.string().regex(/^AUTOMATION$/)).nullable(),
  createdBy: Id.nullable(),
  createdTime: Time.nullable(),
  modifiedTime: Time.nullable(),
  type: oneOf(['CUSTOMER_WEBHOOK', 'EXTENSION_WEBHOOK']).nullable(),
})

// ---- accounts (Account.json) and contacts (Contact.json) ----

export const Account = z.looseObject({
  id: Id.nullable(),
  accountName: z.string().nullable(),
  country: z.string().nullable().optional(),
  state: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  createdTime: Time.nullable(),
  modifiedTime: Time.nullable(),
  webUrl: z.string().nullable(),
  cf: z.record(z.string(), z.unknown()).nullable().optional(),
})
/** `accountListArray`: the basic fields; more only when asked for with `fields` */
export const AccountListItem = z.looseObject({ id: Id, accountName: z.string().nullable(), createdTime: Time.nullable() })
export const Contact = z.looseObject({
  id: Id.nullable(),
  lastName: z.string().max(200).nullable(),
  firstName: z.string().max(40).nullable(),
  email: z.string().nullable(),
  accountId: Id.nullable(),
  country: z.string().max(30).nullable(),
  state: z.string().max(30).nullable(),
  city: z.string().max(30).nullable(),
  cf: z.record(z.string(), z.unknown()).nullable(),
})

// ---- OAuth (Zoho Accounts; not in zohodesk-oas: DESK_API.md "Hosts and auth") ----

export const TokenAnswer = z.looseObject({ access_token: z.string().min(1), expires_in: z.number().int().positive(), api_domain: z.string(), token_type: z.literal('Bearer') })
export const TokenRequest = z.strictObject({ grant_type: z.literal('refresh_token'), client_id: z.string().min(1), client_secret: z.string().min(1), refresh_token: z.string().min(1) })

// ---- requests ----

const int = (min: number, max?: number) => z.string().regex(/^\d+$/).refine((v) => Number(v) >= min && (max === undefined || Number(v) <= max), { message: `an integer from ${min}${max === undefined ? '' : ` to ${max}`}` })
const ISO_RANGE = /^(19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z,(19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/
const csvOf = (values: readonly string[]) => z.string().refine((v) => v.split(',').every((x) => values.includes(x)), { message: `comma-separated ${values.join('/')}` })
/** every call names its org: `orgId` is a query parameter in Common.json, a header in Zoho's API reference */
const OrgInQuery = { orgId: z.string().regex(/^\d+$/).optional() }

export interface RequestContract {
  /** e.g. GET /tickets/{id} */
  name: string
  method: string
  path: RegExp
  query: z.ZodType
  body?: z.ZodType
}

const PatchValue = z.union([z.string(), z.number(), z.boolean(), z.null()])
const DateOrNull = z.string().regex(/^(19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/).nullable()
/** Ticket.json's `{"type":["string"],"enum":["null"]}`: only a clearing value, JSON null or the string "null" */
const ClearOnly = z.union([z.null(), z.literal('null')])

export const REQUESTS: RequestContract[] = [
  // Ticket.json `getTickets`: from ≥0, limit (default 25), include of contacts/products/departments/team/assignee
  { name: 'GET /tickets', method: 'GET', path: /^\/api\/v1\/tickets$/, query: z.strictObject({
    from: int(0), limit: int(1, 100), include: csvOf(['contacts', 'products', 'departments', 'team', 'assignee']).optional(),
    sortBy: z.string().regex(/^-?(dueDate|createdTime|recentThread)$/).optional(), status: z.string().optional(),
    departmentId: z.string().regex(/^\d+$/).optional(), viewId: z.string().regex(/^\d+$/).optional(), ...OrgInQuery }) },
  // Search.json `searchTickets`: from 0–999, limit 1–100, ranges "iso,iso", sortBy relevance/modifiedTime/createdTime/customerResponseTime
  { name: 'GET /tickets/search', method: 'GET', path: /^\/api\/v1\/tickets\/search$/, query: z.strictObject({
    from: int(0, 999), limit: int(1, 100), modifiedTimeRange: z.string().regex(ISO_RANGE).optional(), createdTimeRange: z.string().regex(ISO_RANGE).optional(),
    sortBy: z.string().regex(/^-?(relevance|modifiedTime|createdTime|customerResponseTime)$/).optional(), status: z.string().optional(),
    departmentId: z.string().regex(/^\d+$/).optional(), ...OrgInQuery }) },
  { name: 'GET /tickets/{id}', method: 'GET', path: /^\/api\/v1\/tickets\/\d+$/, query: z.strictObject({
    include: csvOf(['contacts', 'products', 'departments', 'team', 'assignee', 'contract', 'isRead', 'skills']).optional(), ...OrgInQuery }) },
  // Ticket.json `updateTicket` (`updateTicketRequest`): cf values ≤255; dueDate an ISO instant or null; priority, status, assigneeId;
  // responseDueDate only `enum: ["null"]` (Desk computes it from its own SLAs: a client may only clear it).
  { name: 'PATCH /tickets/{id}', method: 'PATCH', path: /^\/api\/v1\/tickets\/\d+$/, query: z.strictObject({ ...OrgInQuery }), body: z.strictObject({
    cf: z.record(z.string().regex(/^cf_[0-9a-zA-Z_]+$/), PatchValue.refine((v) => typeof v !== 'string' || v.length <= 255)).optional(),
    dueDate: DateOrNull.optional(), responseDueDate: ClearOnly.optional(), priority: z.string().nullable().optional(),
    status: z.string().optional(), assigneeId: z.string().regex(/^\d+$/).nullable().optional(),
  }) },
  // Thread.json `getThreads`: from, limit (no maximum given), sortBy sendDateTime
  { name: 'GET /tickets/{id}/threads', method: 'GET', path: /^\/api\/v1\/tickets\/\d+\/threads$/, query: z.strictObject({
    from: int(0), limit: int(1, 200), sortBy: z.enum(['sendDateTime', '-sendDateTime']).optional(), ...OrgInQuery }) },
  // the History help page: from (default 0), limit 1–50, fieldName an API name, eventFilter, agentId
  { name: 'GET /tickets/{id}/History', method: 'GET', path: /^\/api\/v1\/tickets\/\d+\/History$/, query: z.strictObject({
    from: int(0), limit: int(1, 50), fieldName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/).optional(), ...OrgInQuery }) },
  // TicketComment.json `getTicketComments` / `createTicketComment` (`addCommentPayload`)
  { name: 'GET /tickets/{id}/comments', method: 'GET', path: /^\/api\/v1\/tickets\/\d+\/comments$/, query: z.strictObject({
    from: int(0), limit: int(1, 100), sortBy: z.enum(['commentedTime', '-commentedTime']).optional(), ...OrgInQuery }) },
  { name: 'POST /tickets/{id}/comments', method: 'POST', path: /^\/api\/v1\/tickets\/\d+\/comments$/, query: z.strictObject({ ...OrgInQuery }), body: z.strictObject({
    content: z.string().min(1).max(32000), isPublic: z.boolean().optional(), contentType: z.enum(['plainText', 'html']).optional(),
    attachmentIds: z.array(z.string()).optional() }) },
  // Account.json `getAccounts` (limit 1–100, fields ≤30), `getAccount`, `updateAccount`
  { name: 'GET /accounts', method: 'GET', path: /^\/api\/v1\/accounts$/, query: z.strictObject({
    from: int(0), limit: int(1, 100), fields: z.string().refine((v) => v.split(',').length <= 30, { message: 'at most 30 fields' }).optional(), ...OrgInQuery }) },
  { name: 'GET /accounts/{id}', method: 'GET', path: /^\/api\/v1\/accounts\/\d+$/, query: z.strictObject({ include: z.literal('owner').optional(), ...OrgInQuery }) },
  { name: 'PATCH /accounts/{id}', method: 'PATCH', path: /^\/api\/v1\/accounts\/\d+$/, query: z.strictObject({ ...OrgInQuery }), body: z.strictObject({
    cf: z.record(z.string().regex(/^cf_[0-9a-zA-Z_]+$/), PatchValue) }) },
  { name: 'GET /contacts/{id}', method: 'GET', path: /^\/api\/v1\/contacts\/\d+$/, query: z.strictObject({ ...OrgInQuery }) },
  // Field.json `getFields` (module required), `getField`; FieldOld.json `getFieldsOld` (module tickets/contacts/accounts/…)
  { name: 'GET /fields', method: 'GET', path: /^\/api\/v1\/fields$/, query: z.strictObject({ module: z.string().regex(/^[a-zA-Z0-9_]+$/).max(100), ...OrgInQuery }) },
  { name: 'GET /fields/{id}', method: 'GET', path: /^\/api\/v1\/fields\/\d+$/, query: z.strictObject({ ...OrgInQuery }) },
  { name: 'GET /organizationFields', method: 'GET', path: /^\/api\/v1\/organizationFields$/, query: z.strictObject({
    module: z.enum(['tickets', 'contacts', 'accounts', 'tasks', 'calls', 'events', 'contracts', 'products']), ...OrgInQuery }) },
  // Webhook.json `createWebhook` (`requestBodies.webhookjson`): subscriptions and url required
  { name: 'POST /webhooks', method: 'POST', path: /^\/api\/v1\/webhooks$/, query: z.strictObject({ ...OrgInQuery }), body: z.strictObject({
    subscriptions: z.record(z.enum(['Ticket_Add', 'Ticket_Update', 'Ticket_Thread_Add', 'Ticket_Comment_Add']), SubscriptionFilter.nullable()),
    url: z.string().max(500).regex(/^https?:\/\/[0-9a-zA-Z][-.\w]*(:\d+)?(\/[a-zA-Z0-9\-.?,|:'/\\+=&%$#_[\]@!()*;~]*)?$/),
    name: z.string().max(100).optional(), description: z.string().max(3000).optional(),
    ignoreSourceId: z.string().max(250).regex(UUID_OR_EMPTY).optional(), isEnabled: z.boolean().optional(),
    includeEventsFrom: z.array(z.literal('AUTOMATION')).optional() }) },
  { name: 'GET /webhooks', method: 'GET', path: /^\/api\/v1\/webhooks$/, query: z.strictObject({ ...OrgInQuery }) },
  { name: 'DELETE /webhooks/{id}', method: 'DELETE', path: /^\/api\/v1\/webhooks\/\d+$/, query: z.strictObject({ ...OrgInQuery }) },
]

/** what every API request carries: `Authorization: Zoho-oauthtoken …` and the org (header or query) */
export const RequestHeaders = z.looseObject({
  authorization: z.string().regex(/^Zoho-oauthtoken \S+$/).optional(),
  orgid: z.string().regex(/^\d+$/).optional(),
})
