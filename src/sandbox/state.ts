import type { SandboxClock } from './clock.js'
import { toIso } from './clock.js'
import { notFound } from './errors.js'
import type { FieldDef } from './fields.js'
import { createdEvent, lastStatusIn, updatedEvent } from './history.js'
import { agentName, contactName } from './names.js'
import type { IdGenerator } from './ids.js'
import {
  cfString, type Account, type Agent, type Cf, type CommentRecord, type Contact, type Department,
  type HistoryEvent, type SeedData, type StatusDef, type StatusType, type ThreadRecord, type TicketRecord,
} from './model.js'

export type SandboxConfig = {
  statuses: StatusDef[]
  ticketFields: FieldDef[]
  accountFields: FieldDef[]
  /** where the org's agents open Desk: https://desk.zoho.<dc>/support/<portal> (tickets' webUrl start with it) */
  portalUrl: string
}

/** The portal user every OAuth token acts as (history actor of API writes). */
export const API_USER: Agent = { id: '', firstName: 'Sandbox', lastName: 'Admin', email: 'admin@sandbox.example.com' }

// All records of one sandbox portal. Plain maps; routes read them through views.ts and
// change them through operations.ts so events and history are never forgotten.
export class SandboxState {
  readonly departments = new Map<string, Department>()
  readonly agents = new Map<string, Agent>()
  readonly accounts = new Map<string, Account>()
  readonly contacts = new Map<string, Contact>()
  readonly tickets = new Map<string, TicketRecord>()
  readonly threads = new Map<string, ThreadRecord[]>()
  readonly comments = new Map<string, CommentRecord[]>()
  readonly history = new Map<string, HistoryEvent[]>()
  readonly apiUser: Agent

  constructor(
    readonly ids: IdGenerator,
    readonly clock: SandboxClock,
    readonly config: SandboxConfig,
  ) {
    this.apiUser = { ...API_USER }
    this.installDefaults()
  }

  /** Empties the portal back to its two departments and three agents (ids restart). */
  clear(): void {
    for (const m of [this.departments, this.agents, this.accounts, this.contacts, this.tickets,
      this.threads, this.comments, this.history]) m.clear()
    this.ids.reset()
    this.installDefaults()
  }

  private installDefaults(): void {
    for (const name of ['Partner Support', 'Partner Operations']) {
      const id = this.ids.next('department')
      this.departments.set(id, { id, name, isEnabled: true })
    }
    this.apiUser.id = this.ids.next('agent')
    this.agents.set(this.apiUser.id, this.apiUser)
    for (const [firstName, lastName] of [['Ana', 'Silva'], ['Jonas', 'Weber'], ['Camille', 'Dubois'], ['Priya', 'Raman']]) {
      const id = this.ids.next('agent')
      this.agents.set(id, { id, firstName, lastName, email: `${firstName.toLowerCase()}@sandbox.example.com` })
    }
  }

  statusType(status: string): StatusType | undefined {
    const s = status.toLowerCase()
    return this.config.statuses.find((d) => d.name.toLowerCase() === s)?.type
  }

  canonicalStatus(status: string): string | undefined {
    const s = status.toLowerCase()
    return this.config.statuses.find((d) => d.name.toLowerCase() === s)?.name
  }

  ticket(id: string): TicketRecord {
    const t = this.tickets.get(id)
    if (!t) throw notFound('ticket', id)
    return t
  }

  threadsOf(ticketId: string): ThreadRecord[] {
    let list = this.threads.get(ticketId)
    if (!list) this.threads.set(ticketId, (list = []))
    return list
  }

  commentsOf(ticketId: string): CommentRecord[] {
    let list = this.comments.get(ticketId)
    if (!list) this.comments.set(ticketId, (list = []))
    return list
  }

  historyOf(ticketId: string): HistoryEvent[] {
    let list = this.history.get(ticketId)
    if (!list) this.history.set(ticketId, (list = []))
    return list
  }

  defaultDepartmentId(): string {
    return [...this.departments.keys()][0]!
  }

  /**
   * Loads seed records as they are (no webhooks: a seed is the portal's past, not live activity).
   * Missing ids are generated; a ticket with a description gets its description thread; a ticket's
   * creation and its On Hold / Closed status are written to its history so intervals can be rebuilt.
   */
  applySeed(data: SeedData): { departments: number; agents: number; accounts: number; contacts: number; tickets: number; threads: number; comments: number } {
    const now = this.clock.iso()
    const cf = (input: Record<string, string | number | boolean | null> | undefined): Cf =>
      Object.fromEntries(Object.entries(input ?? {}).map(([k, v]) => [k, cfString(v)]))
    const id = (kind: Parameters<IdGenerator['next']>[0], given: string | undefined): string => {
      if (given) { this.ids.observe(kind, given); return given }
      return this.ids.next(kind)
    }
    for (const d of data.departments ?? []) {
      const rec: Department = { id: id('department', d.id), name: d.name, isEnabled: true }
      this.departments.set(rec.id, rec)
    }
    for (const a of data.agents ?? []) {
      const rec: Agent = { id: id('agent', a.id), firstName: a.firstName, lastName: a.lastName, email: a.email }
      this.agents.set(rec.id, rec)
    }
    for (const a of data.accounts ?? []) {
      const created = a.createdTime ? toIso(Date.parse(a.createdTime)) : now
      const rec: Account = {
        id: id('account', a.id), accountName: a.accountName, country: a.country ?? null, state: a.state ?? null,
        city: a.city ?? null, website: a.website ?? null, industry: a.industry ?? null, phone: a.phone ?? null,
        createdTime: created, modifiedTime: created, cf: cf(a.cf),
      }
      this.accounts.set(rec.id, rec)
    }
    for (const c of data.contacts ?? []) {
      const created = c.createdTime ? toIso(Date.parse(c.createdTime)) : now
      const rec: Contact = {
        id: id('contact', c.id), firstName: c.firstName ?? null, lastName: c.lastName, email: c.email ?? null,
        phone: c.phone ?? null, accountId: c.accountId ?? null, country: c.country ?? null, state: c.state ?? null,
        city: c.city ?? null, createdTime: created, modifiedTime: created, cf: cf(c.cf),
      }
      this.contacts.set(rec.id, rec)
    }
    for (const t of data.tickets ?? []) {
      const created = t.createdTime ? toIso(Date.parse(t.createdTime)) : now
      const status = this.canonicalStatus(t.status ?? 'Open') ?? 'Open'
      const statusType = this.statusType(status) ?? 'Open'
      const contact = t.contactId ? this.contacts.get(t.contactId) : undefined
      const closedTime = statusType === 'Closed' ? iso(t.closedTime) ?? created : null
      const onholdTime = statusType === 'On Hold' ? iso(t.onholdTime) ?? created : null
      const rec: TicketRecord = {
        id: id('ticket', t.id),
        ticketNumber: t.ticketNumber ?? this.ids.nextTicketNumber(),
        subject: t.subject,
        description: t.description ?? null,
        status, statusType,
        priority: t.priority ?? null,
        channel: t.channel ?? 'Email',
        createdTime: created,
        modifiedTime: iso(t.modifiedTime) ?? closedTime ?? onholdTime ?? created,
        closedTime, onholdTime,
        dueDate: iso(t.dueDate), responseDueDate: iso(t.responseDueDate),
        departmentId: t.departmentId ?? this.defaultDepartmentId(),
        contactId: t.contactId ?? null,
        accountId: t.accountId ?? contact?.accountId ?? null,
        assigneeId: t.assigneeId ?? null,
        email: t.email ?? contact?.email ?? null,
        phone: t.phone ?? null,
        language: t.language ?? null,
        classification: t.classification ?? null,
        category: t.category ?? null,
        cf: { ...this.emptyTicketCf(), ...cf(t.cf) },
      }
      if (t.ticketNumber) this.ids.observeTicketNumber(t.ticketNumber)
      this.tickets.set(rec.id, rec)
      const history = this.historyOf(rec.id)
      // History: creation with the first status (Open), the seeded status changes, then the change to
      // the ticket's status when the seed's changes do not end there (at its closed/on-hold time)
      history.push(createdEvent(this, { ...rec, status: 'Open' }, this.contactActor(rec), created))
      let last = 'Open'
      for (const h of t.history ?? []) {
        const to = this.canonicalStatus(h.status) ?? h.status
        if (to === last) continue
        history.push(updatedEvent(this, rec, h.actor ?? this.agentActor(rec.assigneeId), toIso(Date.parse(h.eventTime)),
          [{ apiName: 'status', previous: last, updated: to }]))
        last = to
      }
      if ((lastStatusIn(history) ?? 'Open') !== status) {
        const at = closedTime ?? onholdTime ?? rec.modifiedTime
        history.push(updatedEvent(this, rec, this.agentActor(rec.assigneeId), at, [{ apiName: 'status', previous: last, updated: status }]))
      }
      history.sort((a, b) => a.eventTime.localeCompare(b.eventTime))
      if (rec.description) {
        this.threadsOf(rec.id).push(this.descriptionThread(rec))
      }
    }
    for (const th of data.threads ?? []) {
      const ticket = this.ticket(th.ticketId)
      const contact = ticket.contactId ? this.contacts.get(ticket.contactId) : undefined
      const author = th.author
        ? { name: th.author.name, type: th.author.type, email: th.author.email ?? null }
        : th.direction === 'in'
          ? { name: contactName(contact), type: 'END_USER' as const, email: contact?.email ?? ticket.email }
          : { name: agentName(this.agents.get(ticket.assigneeId ?? '') ?? this.apiUser), type: 'AGENT' as const, email: null }
      const rec: ThreadRecord = {
        id: id('thread', th.id), ticketId: ticket.id, channel: th.channel ?? 'EMAIL', direction: th.direction,
        visibility: th.visibility ?? 'public', status: th.status ?? 'SUCCESS',
        isDescriptionThread: th.isDescriptionThread ?? false, isForward: th.isForward ?? false,
        createdTime: th.createdTime ? toIso(Date.parse(th.createdTime)) : now,
        author, content: th.content, contentType: th.contentType ?? 'plainText', to: null, fromEmailAddress: null,
      }
      const list = this.threadsOf(ticket.id)
      list.push(rec)
      list.sort((a, b) => a.createdTime.localeCompare(b.createdTime) || a.id.localeCompare(b.id))
    }
    for (const c of data.comments ?? []) {
      const ticket = this.ticket(c.ticketId)
      const at = c.commentedTime ? toIso(Date.parse(c.commentedTime)) : now
      const rec: CommentRecord = {
        id: id('comment', c.id), ticketId: ticket.id, content: c.content, contentType: c.contentType ?? 'plainText',
        isPublic: c.isPublic ?? false, commentedTime: at, modifiedTime: at,
        commenter: c.commenter ? { id: null, ...c.commenter } : { id: this.apiUser.id, name: agentName(this.apiUser), type: 'AGENT' },
      }
      this.commentsOf(ticket.id).push(rec)
    }
    return {
      departments: data.departments?.length ?? 0, agents: data.agents?.length ?? 0,
      accounts: data.accounts?.length ?? 0, contacts: data.contacts?.length ?? 0,
      tickets: data.tickets?.length ?? 0, threads: data.threads?.length ?? 0, comments: data.comments?.length ?? 0,
    }
  }

  emptyTicketCf(): Cf {
    return Object.fromEntries(this.config.ticketFields.map((f) => [f.apiName, null]))
  }

  emptyAccountCf(): Cf {
    return Object.fromEntries(this.config.accountFields.map((f) => [f.apiName, null]))
  }

  descriptionThread(t: TicketRecord): ThreadRecord {
    const contact = t.contactId ? this.contacts.get(t.contactId) : undefined
    return {
      id: this.ids.next('thread'), ticketId: t.id, channel: t.channel.toUpperCase(), direction: 'in',
      visibility: 'public', status: 'SUCCESS', isDescriptionThread: true, isForward: false,
      createdTime: t.createdTime,
      author: { name: contactName(contact), type: 'END_USER', email: contact?.email ?? t.email },
      content: t.description ?? '', contentType: /<[a-z][\s\S]*>/i.test(t.description ?? '') ? 'html' : 'plainText',
      to: null, fromEmailAddress: contact?.email ?? t.email,
    }
  }

  contactActor(t: TicketRecord): { name: string; type: 'END_USER' } {
    return { name: contactName(t.contactId ? this.contacts.get(t.contactId) : undefined), type: 'END_USER' }
  }

  agentActor(agentId: string | null): { name: string; type: 'AGENT' } {
    return { name: agentName(this.agents.get(agentId ?? '') ?? this.apiUser), type: 'AGENT' }
  }
}

function iso(v: string | null | undefined): string | null {
  return v ? toIso(Date.parse(v)) : null
}
