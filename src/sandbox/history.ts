import type { Actor, HistoryActor, HistoryEvent, HistoryProperty, TicketRecord } from './model.js'
import { agentName, contactName } from './names.js'
import type { SandboxState } from './state.js'

// A ticket's History as Zoho publishes it (TicketHistory.json in zoho/zohodesk-oas, commit
// 3f7016e321b5d45b7aa49fdf2b3ecf1547e8506c, and the help page "Get Ticket History API – explained in
// detail"): events {eventName, eventTime, actor:{id,name,type}, source, eventInfo:[{propertyName,
// propertyType, propertyValue, systemProperty}], actorInfo}, served newest first.
// - Creation is a `TicketCreated` event listing the first values (Status as Text, Department and Case
//   Owner as Entity objects), as Zoho's example shows.
// - A change is a `TicketUpdated` event with one `ValueTransition` item per field:
//   propertyValue {previousValue, updatedValue} (the inner key names come from secondary sources; the
//   OpenAPI file has no ValueTransition example). Status values are status NAMES; Entity fields
//   (Case Owner, Department, Contact) are {id, name, type} objects on both sides.
// - propertyName is the field's display label ("Status", "Due Date", a custom field's label); the
//   sandbox notes the api name beside it so `fieldName=status` finds the events, and never serves it.

const LABELS: Record<string, string> = {
  subject: 'Subject',
  description: 'Description',
  status: 'Status',
  priority: 'Priority',
  channel: 'Channel',
  dueDate: 'Due Date',
  responseDueDate: 'Response Due Date',
  departmentId: 'Department',
  contactId: 'Contact Name',
  accountId: 'Account Name',
  assigneeId: 'Case Owner',
  email: 'Email',
  phone: 'Phone',
  language: 'Language',
  classification: 'Classification',
  category: 'Category',
}

/** the writer of a change as History names it: Agent, Contact or System (TicketHistory.json enumeration) */
export function historyActor(state: SandboxState, actor: Actor): HistoryActor {
  if (actor.type === 'END_USER') return { id: null, name: actor.name, type: 'Contact' }
  if (actor.type === 'SYSTEM') return { id: null, name: actor.name, type: 'System' }
  const agent = [...state.agents.values()].find((a) => agentName(a) === actor.name)
  return { id: agent?.id ?? null, name: actor.name, type: 'Agent' }
}

function label(state: SandboxState, apiName: string): string {
  return LABELS[apiName] ?? state.config.ticketFields.find((f) => f.apiName === apiName)?.displayLabel ?? apiName
}

/** a field's value as History shows it: Entity fields as {id, name, type}, everything else as is */
function shown(state: SandboxState, apiName: string, value: string | null): unknown {
  if (value === null) return null
  switch (apiName) {
    case 'assigneeId': {
      const a = state.agents.get(value)
      return { id: value, name: a ? agentName(a) : value, type: 'Agent' }
    }
    case 'departmentId':
      return { id: value, name: state.departments.get(value)?.name ?? value, type: 'Department' }
    case 'contactId':
      return { id: value, name: contactName(state.contacts.get(value)), type: 'Contact' }
    case 'accountId':
      return { id: value, name: state.accounts.get(value)?.accountName ?? value, type: null }
    default:
      return value
  }
}

function entityType(apiName: string): boolean {
  return apiName === 'assigneeId' || apiName === 'departmentId' || apiName === 'contactId' || apiName === 'accountId'
}

/** creation: the first values, Status among them as Text */
export function createdEvent(state: SandboxState, t: TicketRecord, actor: Actor, at: string): HistoryEvent {
  const info: HistoryProperty[] = []
  const add = (apiName: string, value: string | null): void => {
    if (value === null) return
    info.push({ apiName, propertyName: label(state, apiName), propertyType: entityType(apiName) ? 'Entity' : 'Text', propertyValue: shown(state, apiName, value), systemProperty: true })
  }
  add('departmentId', t.departmentId)
  add('contactId', t.contactId)
  add('email', t.email)
  add('subject', t.subject)
  add('status', t.status)
  add('assigneeId', t.assigneeId)
  add('channel', t.channel)
  add('priority', t.priority)
  return { id: state.ids.next('history'), eventName: 'TicketCreated', eventTime: at, actor: historyActor(state, actor), source: sourceOf(actor, t), eventInfo: info }
}

/** one change of several fields: a ValueTransition item per field */
export function updatedEvent(
  state: SandboxState,
  t: TicketRecord,
  actor: Actor,
  at: string,
  changes: ReadonlyArray<{ apiName: string; previous: string | null; updated: string | null }>,
): HistoryEvent {
  return {
    id: state.ids.next('history'),
    eventName: 'TicketUpdated',
    eventTime: at,
    actor: historyActor(state, actor),
    source: sourceOf(actor, t),
    eventInfo: changes.map((c) => ({
      apiName: c.apiName,
      propertyName: label(state, c.apiName),
      propertyType: 'ValueTransition',
      propertyValue: { previousValue: shown(state, c.apiName, c.previous), updatedValue: shown(state, c.apiName, c.updated) },
      systemProperty: !c.apiName.startsWith('cf_'),
    })),
  }
}

// TicketHistory.json `source`: the channel a customer's change came through; null for agents and the API
function sourceOf(actor: Actor, t: TicketRecord): string | null {
  if (actor.type !== 'END_USER') return null
  return t.channel.toLowerCase() === 'web' ? 'WebForm' : 'Email'
}

/** the event as the API serves it (the api-name notes left out) */
export function historyView(e: HistoryEvent): Record<string, unknown> {
  return {
    eventName: e.eventName,
    eventTime: e.eventTime,
    actor: { ...e.actor },
    source: e.source,
    eventInfo: e.eventInfo.map((p) => ({
      propertyName: p.propertyName,
      propertyType: p.propertyType,
      propertyValue: structuredClone(p.propertyValue),
      systemProperty: p.systemProperty,
    })),
    actorInfo: [],
  }
}

/** the status a ticket's History ends on (status names), or null when it records none */
export function lastStatusIn(history: readonly HistoryEvent[]): string | null {
  let status: string | null = null
  for (const e of [...history].sort((a, b) => a.eventTime.localeCompare(b.eventTime))) {
    for (const p of e.eventInfo) {
      if (p.apiName !== 'status') continue
      const v = p.propertyType === 'ValueTransition' ? (p.propertyValue as { updatedValue?: unknown }).updatedValue : p.propertyValue
      if (typeof v === 'string') status = v
    }
  }
  return status
}
