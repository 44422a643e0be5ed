import { z } from 'zod'

// The sandbox's in-memory records and the zod schemas for seed input (POST /sandbox/seed and
// createSandbox({ seed })). Record shapes follow DESK_API.md; ids are strings, times UTC ISO with millis.

export type StatusType = 'Open' | 'On Hold' | 'Closed'
export type StatusDef = { name: string; type: StatusType }

// Status names can be custom: an org renames statuses and adds its own, each of a status type
// (Field.json: the status field's values are `{value, statusType}`). The sandbox offers a few custom
// names of each type; `createSandbox({ statuses })` gives an org its own.
export const DEFAULT_STATUSES: StatusDef[] = [
  { name: 'Open', type: 'Open' },
  { name: 'In Progress', type: 'Open' },
  { name: 'Escalated', type: 'Open' },
  { name: 'On Hold', type: 'On Hold' },
  { name: 'Waiting on Customer', type: 'On Hold' },
  { name: 'Closed', type: 'Closed' },
]

export type CfValue = string | null
export type Cf = Record<string, CfValue>

export type Actor = { name: string; type: 'AGENT' | 'END_USER' | 'SYSTEM' }

export type Department = { id: string; name: string; isEnabled: boolean }
export type Agent = { id: string; firstName: string; lastName: string; email: string }

export type Account = {
  id: string
  accountName: string
  country: string | null
  state: string | null
  city: string | null
  website: string | null
  industry: string | null
  phone: string | null
  createdTime: string
  modifiedTime: string
  cf: Cf
}

export type Contact = {
  id: string
  firstName: string | null
  lastName: string
  email: string | null
  phone: string | null
  accountId: string | null
  country: string | null
  state: string | null
  city: string | null
  createdTime: string
  modifiedTime: string
  cf: Cf
}

export type TicketRecord = {
  id: string
  ticketNumber: string
  subject: string
  description: string | null
  status: string
  statusType: StatusType
  priority: string | null
  channel: string
  createdTime: string
  modifiedTime: string
  closedTime: string | null
  onholdTime: string | null
  dueDate: string | null
  responseDueDate: string | null
  departmentId: string
  contactId: string | null
  accountId: string | null
  assigneeId: string | null
  email: string | null
  phone: string | null
  language: string | null
  classification: string | null
  category: string | null
  cf: Cf
}

export type ThreadRecord = {
  id: string
  ticketId: string
  channel: string
  direction: 'in' | 'out'
  visibility: 'public' | 'private'
  status: 'SUCCESS' | 'FAILED' | 'PENDING'
  isDescriptionThread: boolean
  isForward: boolean
  createdTime: string
  author: { name: string; type: 'AGENT' | 'END_USER'; email: string | null }
  content: string
  contentType: 'html' | 'plainText'
  to: string | null
  fromEmailAddress: string | null
}

export type CommentRecord = {
  id: string
  ticketId: string
  content: string
  contentType: 'html' | 'plainText'
  isPublic: boolean
  commentedTime: string
  modifiedTime: string
  commenter: { id: string | null; name: string; type: 'AGENT' | 'END_USER' }
}

// ---- History (TicketHistory.json `singleCaseHistoryRespns`) ----

/** TicketHistory.json: the eventName enumeration (the sandbox records the first two) */
export type HistoryEventName = 'TicketCreated' | 'TicketUpdated'
/** TicketHistory.json: propertyType enumeration */
export const HISTORY_PROPERTY_TYPES = ['Text', 'TextList', 'Enum', 'Boolean', 'Numeric', 'Duration', 'Date', 'DateTime', 'Entity',
  'EntityList', 'PropertyGroup', 'PropertyGroupList', 'ValueTransition'] as const
export type HistoryPropertyType = (typeof HISTORY_PROPERTY_TYPES)[number]
/** TicketHistory.json `authorWithName.type` enumeration */
export const HISTORY_ACTOR_TYPES = ['Agent', 'Contact', 'DirectAssignment', 'RoundRobinAssignment', 'NotificationRule', 'SLA',
  'Workflow', 'Macro', 'Supervise', 'Blueprint', 'ZIA', 'System'] as const
export type HistoryActorType = (typeof HISTORY_ACTOR_TYPES)[number]

export type HistoryActor = { id: string | null; name: string; type: HistoryActorType }
/** one eventInfo item; `apiName` is the sandbox's own note of the field (for `fieldName=`), never served */
export type HistoryProperty = {
  apiName: string
  propertyName: string
  propertyType: HistoryPropertyType
  propertyValue: unknown
  systemProperty: boolean
}
export type HistoryEvent = {
  id: string
  eventName: HistoryEventName
  eventTime: string
  actor: HistoryActor
  /** TicketHistory.json `source` enumeration (Email, Helpcenter, …) or null for API and agent changes */
  source: string | null
  eventInfo: HistoryProperty[]
}

// ---- seed input ----

const Iso = z.iso.datetime({ offset: true })
const CfInput = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))

export const SeedDepartment = z.object({ id: z.string().optional(), name: z.string().min(1) })
export const SeedAgent = z.object({
  id: z.string().optional(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
})
export const SeedAccount = z.object({
  id: z.string().optional(),
  accountName: z.string().min(1),
  country: z.string().nullish(),
  state: z.string().nullish(),
  city: z.string().nullish(),
  website: z.string().nullish(),
  industry: z.string().nullish(),
  phone: z.string().nullish(),
  createdTime: Iso.optional(),
  cf: CfInput.optional(),
})
export const SeedContact = z.object({
  id: z.string().optional(),
  firstName: z.string().nullish(),
  lastName: z.string().min(1),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  accountId: z.string().nullish(),
  country: z.string().nullish(),
  state: z.string().nullish(),
  city: z.string().nullish(),
  createdTime: Iso.optional(),
  cf: CfInput.optional(),
})
/** a past status change of a seeded ticket: at `eventTime` its status became `status` (a status name) */
export const SeedHistory = z.object({
  eventTime: Iso,
  actor: z.object({ name: z.string(), type: z.enum(['AGENT', 'END_USER', 'SYSTEM']) }).optional(),
  status: z.string().min(1),
}).strict()
export const SeedTicket = z.object({
  id: z.string().optional(),
  ticketNumber: z.string().optional(),
  subject: z.string().min(1),
  description: z.string().nullish(),
  status: z.string().optional(),
  priority: z.string().nullish(),
  channel: z.string().optional(),
  createdTime: Iso.optional(),
  modifiedTime: Iso.optional(),
  closedTime: Iso.nullish(),
  onholdTime: Iso.nullish(),
  dueDate: Iso.nullish(),
  responseDueDate: Iso.nullish(),
  departmentId: z.string().optional(),
  contactId: z.string().nullish(),
  accountId: z.string().nullish(),
  assigneeId: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  language: z.string().nullish(),
  classification: z.string().nullish(),
  category: z.string().nullish(),
  cf: CfInput.optional(),
  /** Status changes after creation (oldest first); without them the last one is derived from onholdTime/closedTime. */
  history: z.array(SeedHistory).optional(),
})
export const SeedThread = z.object({
  id: z.string().optional(),
  ticketId: z.string(),
  direction: z.enum(['in', 'out']),
  channel: z.string().optional(),
  visibility: z.enum(['public', 'private']).optional(),
  status: z.enum(['SUCCESS', 'FAILED', 'PENDING']).optional(),
  isDescriptionThread: z.boolean().optional(),
  isForward: z.boolean().optional(),
  createdTime: Iso.optional(),
  author: z.object({ name: z.string(), type: z.enum(['AGENT', 'END_USER']), email: z.string().nullish() }).optional(),
  content: z.string(),
  contentType: z.enum(['html', 'plainText']).optional(),
})
export const SeedComment = z.object({
  id: z.string().optional(),
  ticketId: z.string(),
  content: z.string(),
  contentType: z.enum(['html', 'plainText']).optional(),
  isPublic: z.boolean().optional(),
  commentedTime: Iso.optional(),
  commenter: z.object({ name: z.string(), type: z.enum(['AGENT', 'END_USER']) }).optional(),
})
export const SeedData = z.object({
  departments: z.array(SeedDepartment).optional(),
  agents: z.array(SeedAgent).optional(),
  accounts: z.array(SeedAccount).optional(),
  contacts: z.array(SeedContact).optional(),
  tickets: z.array(SeedTicket).optional(),
  threads: z.array(SeedThread).optional(),
  comments: z.array(SeedComment).optional(),
}).strict()
export type SeedData = z.infer<typeof SeedData>
export type SeedTicket = z.infer<typeof SeedTicket>

/** Ask the generator (seed.ts) for realistic data instead of giving it explicitly. */
export const GeneratorOptions = z.object({
  tickets: z.number().int().min(0).max(20_000),
  seed: z.number().int().default(1),
  accounts: z.number().int().min(1).max(5_000).optional(),
  /** Newest createdTime; defaults to the sandbox clock. Tickets spread over the 21 days before. */
  until: Iso.optional(),
}).strict()
export type GeneratorOptions = z.infer<typeof GeneratorOptions>

export const SeedInput = z.union([GeneratorOptions, SeedData])
export type SeedInput = z.input<typeof SeedInput>

export function cfString(v: string | number | boolean | null): CfValue {
  // Desk returns custom field values as strings (unverified for numbers/booleans); null clears.
  return v === null ? null : String(v)
}
