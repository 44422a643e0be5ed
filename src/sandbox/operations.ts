import { toIso } from './clock.js'
import { invalidBody, notFound, type FieldError } from './errors.js'
import {
  cfString, type Account, type Actor, type Cf, type CommentRecord, type Contact, type StatusType, type ThreadRecord,
  type TicketRecord,
} from './model.js'
import { createdEvent, updatedEvent } from './history.js'
import { applyRecordPatch, parseAccountPatch, parseContactPatch } from './record-patches.js'
import { agentName, contactName } from './names.js'
import type { SandboxState } from './state.js'
import { accountView, commentView, contactView, threadView, ticketView } from './views.js'

// What people do in Desk, as state changes that also write history and raise webhook events.
// Routes (tickets.ts) and the control API (control.ts) both go through here.

export type DeskEventType = 'Ticket_Add' | 'Ticket_Update' | 'Ticket_Thread_Add' | 'Ticket_Comment_Add' | 'Account_Update' | 'Contact_Update'
export const DESK_EVENT_TYPES: readonly DeskEventType[] = ['Ticket_Add', 'Ticket_Update', 'Ticket_Thread_Add', 'Ticket_Comment_Add', 'Account_Update', 'Contact_Update']
/** events about an account or a contact (Webhook.json: their only filter is includePrevState) */
export const RECORD_EVENT_TYPES: readonly DeskEventType[] = ['Account_Update', 'Contact_Update']

export type DeskEvent = {
  eventType: DeskEventType
  eventTimeMs: number
  /** the ticket, or for Account_Update / Contact_Update the account or contact */
  ticketId: string
  /** the ticket's department ('' for account and contact events) */
  departmentId: string
  payload: Record<string, unknown>
  prevState?: Record<string, unknown>
  /** Ticket_Update only: api names of the fields that changed (cf keys as `cf_x`). */
  changedFields?: string[]
  /** Thread events only. */
  direction?: 'in' | 'out'
  /** The `sourceId` header of the write that caused it (loop prevention). */
  sourceId?: string
}

export type EventSink = (event: DeskEvent) => void
export type WriteContext = { actor: Actor; sourceId?: string }

// Keys a PATCH /tickets/{id} may carry. Everything else is refused with 422 (unverified:
// Desk's exact treatment of unknown keys), which catches a client sending read-only fields.
const NULLABLE_TEXT = ['priority', 'email', 'phone', 'language', 'classification', 'category', 'description'] as const
const DATES = ['dueDate', 'responseDueDate'] as const
const WRITABLE = new Set<string>(['subject', 'status', 'channel', 'departmentId', 'contactId', 'accountId', 'assigneeId',
  'cf', ...NULLABLE_TEXT, ...DATES])

type TicketPatch = Partial<Omit<TicketRecord, 'id' | 'ticketNumber' | 'statusType' | 'createdTime' | 'modifiedTime' | 'closedTime' | 'onholdTime'>>

export class TicketOperations {
  constructor(
    private readonly state: SandboxState,
    private readonly emit: EventSink,
  ) {}

  create(body: unknown, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    if (!isObject(body)) throw invalidBody([{ fieldName: '/', errorType: 'invalid' }], 'The request body must be a JSON object.')
    const errors: FieldError[] = []
    const input = { ...body }
    // Desk lets a create name the contact inline; it is matched by email or created.
    let contactId = typeof input.contactId === 'string' ? input.contactId : undefined
    if (!contactId && isObject(input.contact)) {
      const c = input.contact
      if (typeof c.lastName !== 'string' && typeof c.email !== 'string') errors.push({ fieldName: '/contact/lastName', errorType: 'missing' })
      else contactId = this.findOrCreateContact(c)
    }
    delete input.contact
    if (!contactId) errors.push({ fieldName: '/contactId', errorType: 'missing' })
    if (typeof input.subject !== 'string' || input.subject.trim() === '') errors.push({ fieldName: '/subject', errorType: 'missing' })
    if (typeof input.departmentId !== 'string') errors.push({ fieldName: '/departmentId', errorType: 'missing' })
    if (errors.length > 0) throw invalidBody(errors)
    input.contactId = contactId
    const patch = this.parsePatch(input)
    const now = s.clock.iso()
    const contact = s.contacts.get(contactId!)
    const status = patch.status ?? 'Open'
    const statusType = s.statusType(status)!
    const t: TicketRecord = {
      id: s.ids.next('ticket'), ticketNumber: s.ids.nextTicketNumber(),
      subject: patch.subject!, description: patch.description ?? null,
      status, statusType, priority: patch.priority ?? null, channel: patch.channel ?? 'Email',
      createdTime: now, modifiedTime: now,
      closedTime: statusType === 'Closed' ? now : null, onholdTime: statusType === 'On Hold' ? now : null,
      dueDate: patch.dueDate ?? null, responseDueDate: patch.responseDueDate ?? null,
      departmentId: patch.departmentId!, contactId: contactId!, accountId: patch.accountId ?? contact?.accountId ?? null,
      assigneeId: patch.assigneeId ?? null, email: patch.email ?? contact?.email ?? null, phone: patch.phone ?? contact?.phone ?? null,
      language: patch.language ?? null, classification: patch.classification ?? null, category: patch.category ?? null,
      cf: { ...s.emptyTicketCf(), ...(patch.cf ?? {}) },
    }
    s.tickets.set(t.id, t)
    s.historyOf(t.id).push(createdEvent(s, t, ctx.actor, now))
    if (t.description) s.threadsOf(t.id).push(s.descriptionThread(t))
    const view = ticketView(s, t)
    this.emit({ eventType: 'Ticket_Add', eventTimeMs: s.clock.now(), ticketId: t.id, departmentId: t.departmentId,
      payload: view, sourceId: ctx.sourceId })
    return ticketView(s, t)
  }

  /** PATCH semantics: only sent keys change, cf keys merge, modifiedTime moves when anything changed. */
  update(id: string, body: unknown, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    const t = s.ticket(id)
    if (!isObject(body)) throw invalidBody([{ fieldName: '/', errorType: 'invalid' }], 'The request body must be a JSON object.')
    return this.apply(t, this.parsePatch(body), ctx)
  }

  /** An agent's reply: a public outgoing thread. The status stays as it is. */
  sendReply(ticketId: string, body: unknown, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    const t = s.ticket(ticketId)
    if (!isObject(body) || typeof body.content !== 'string' || body.content === '') {
      throw invalidBody([{ fieldName: '/content', errorType: 'missing' }])
    }
    const contentType = body.contentType === 'html' ? 'html' : 'plainText'
    const agent = s.apiUser
    const contact = t.contactId ? s.contacts.get(t.contactId) : undefined
    const th: ThreadRecord = {
      id: s.ids.next('thread'), ticketId: t.id,
      channel: typeof body.channel === 'string' ? body.channel.toUpperCase() : 'EMAIL',
      direction: 'out', visibility: 'public', status: 'SUCCESS', isDescriptionThread: false,
      isForward: body.isForward === true, createdTime: s.clock.iso(),
      author: { name: agentName(agent), type: 'AGENT', email: agent.email },
      content: body.content, contentType,
      to: typeof body.to === 'string' ? body.to : contact?.email ?? t.email,
      fromEmailAddress: typeof body.fromEmailAddress === 'string' ? body.fromEmailAddress : 'support@sandbox.example.com',
    }
    return this.addThread(t, th, ctx)
  }

  /** A customer's reply arriving by email (control API only): reopens a ticket On Hold, and a Closed one by default. */
  customerReply(ticketId: string, input: { content: string; contentType?: 'html' | 'plainText'; reopenClosed?: boolean }): Record<string, unknown> {
    const s = this.state
    const t = s.ticket(ticketId)
    const contact = t.contactId ? s.contacts.get(t.contactId) : undefined
    const th: ThreadRecord = {
      id: s.ids.next('thread'), ticketId: t.id, channel: 'EMAIL', direction: 'in', visibility: 'public',
      status: 'SUCCESS', isDescriptionThread: false, isForward: false, createdTime: s.clock.iso(),
      author: { name: contactName(contact), type: 'END_USER', email: contact?.email ?? t.email },
      content: input.content, contentType: input.contentType ?? 'plainText',
      to: 'support@sandbox.example.com', fromEmailAddress: contact?.email ?? t.email,
    }
    const ctx: WriteContext = { actor: s.contactActor(t) }
    const view = this.addThread(t, th, ctx)
    const reopen = t.statusType === 'On Hold' || (t.statusType === 'Closed' && input.reopenClosed !== false)
    if (reopen) this.apply(t, { status: 'Open' }, ctx)
    return view
  }

  addComment(ticketId: string, body: unknown, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    const t = s.ticket(ticketId)
    if (!isObject(body) || typeof body.content !== 'string' || body.content === '') {
      throw invalidBody([{ fieldName: '/content', errorType: 'missing' }])
    }
    const now = s.clock.iso()
    const c: CommentRecord = {
      id: s.ids.next('comment'), ticketId: t.id, content: body.content,
      contentType: body.contentType === 'html' ? 'html' : 'plainText',
      isPublic: body.isPublic === true, commentedTime: now, modifiedTime: now,
      commenter: ctx.actor.type === 'END_USER'
        ? { id: null, name: ctx.actor.name, type: 'END_USER' }
        : { id: s.apiUser.id, name: agentName(s.apiUser), type: 'AGENT' },
    }
    s.commentsOf(t.id).push(c)
    const view = commentView(c)
    this.emit({ eventType: 'Ticket_Comment_Add', eventTimeMs: s.clock.now(), ticketId: t.id, departmentId: t.departmentId,
      payload: { ...view, ticketId: t.id }, sourceId: ctx.sourceId })
    return view
  }

  /**
   * An account changed (by an admin in Desk, or PATCH /accounts/{id}): raises Account_Update with the
   * account as payload and, for hooks that ask for it, its prevState. Nothing changed: no event.
   */
  updateAccount(id: string, body: unknown, ctx: { sourceId?: string } = {}): Record<string, unknown> {
    const a = this.state.accounts.get(id)
    if (!a) throw notFound('account', id)
    return this.updateRecord('Account_Update', a, parseAccountPatch(this.state, body), (r) => accountView(r, this.state.config.portalUrl), ctx)
  }

  /** A contact changed: Contact_Update, as for accounts. */
  updateContact(id: string, body: unknown, ctx: { sourceId?: string } = {}): Record<string, unknown> {
    const c = this.state.contacts.get(id)
    if (!c) throw notFound('contact', id)
    return this.updateRecord('Contact_Update', c, parseContactPatch(this.state, body), contactView, ctx)
  }

  private updateRecord<R extends Account | Contact>(
    eventType: 'Account_Update' | 'Contact_Update',
    record: R,
    patch: Partial<R> & { cf?: Cf },
    view: (r: R) => Record<string, unknown>,
    ctx: { sourceId?: string },
  ): Record<string, unknown> {
    const s = this.state
    const before = view(record)
    if (!applyRecordPatch(record, patch, s.clock.iso())) return before
    this.emit({ eventType, eventTimeMs: s.clock.now(), ticketId: record.id, departmentId: '', payload: view(record), prevState: before, sourceId: ctx.sourceId })
    return view(record)
  }

  private addThread(t: TicketRecord, th: ThreadRecord, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    s.threadsOf(t.id).push(th)
    // A new thread moves modifiedTime (so the modified-time poll finds replies) without a Ticket_Update.
    t.modifiedTime = th.createdTime
    const view = threadView(th, { full: true })
    this.emit({ eventType: 'Ticket_Thread_Add', eventTimeMs: s.clock.now(), ticketId: t.id, departmentId: t.departmentId,
      payload: { ...view, ticketId: t.id }, direction: th.direction, sourceId: ctx.sourceId })
    return view
  }

  private apply(t: TicketRecord, patch: TicketPatch, ctx: WriteContext): Record<string, unknown> {
    const s = this.state
    const before = ticketView(s, t)
    const changes: Array<{ apiName: string; previous: string | null; updated: string | null }> = []
    const changed: string[] = []
    const now = s.clock.iso()
    for (const [key, value] of Object.entries(patch) as [keyof TicketPatch, unknown][]) {
      if (key === 'cf') continue
      const prev = t[key] as string | null
      if (prev === value) continue
      changes.push({ apiName: key, previous: prev, updated: value as string | null })
      changed.push(key)
      ;(t as Record<string, unknown>)[key] = value
      if (key === 'status') {
        const prevType = t.statusType
        const type = s.statusType(value as string) as StatusType
        if (type !== prevType) {
          // History records the status name only; statusType follows from it (Field.json status values)
          changed.push('statusType')
          t.statusType = type
          t.onholdTime = type === 'On Hold' ? now : null
          t.closedTime = type === 'Closed' ? now : null
        }
      }
    }
    for (const [key, value] of Object.entries(patch.cf ?? {})) {
      const prev = t.cf[key] ?? null
      if (prev === value) continue
      changes.push({ apiName: key, previous: prev, updated: value })
      changed.push(key)
      t.cf[key] = value
    }
    // Unverified: whether Desk moves modifiedTime on a PATCH that changes nothing. The sandbox does not.
    if (changes.length === 0) return ticketView(s, t)
    t.modifiedTime = now
    s.historyOf(t.id).push(updatedEvent(s, t, ctx.actor, now, changes))
    const view = ticketView(s, t)
    this.emit({ eventType: 'Ticket_Update', eventTimeMs: s.clock.now(), ticketId: t.id, departmentId: t.departmentId,
      payload: view, prevState: before, changedFields: changed, sourceId: ctx.sourceId })
    return ticketView(s, t)
  }

  private parsePatch(body: Record<string, unknown>): TicketPatch {
    const s = this.state
    const errors: FieldError[] = []
    const out: TicketPatch = {}
    for (const [key, value] of Object.entries(body)) {
      if (!WRITABLE.has(key)) { errors.push({ fieldName: `/${key}`, errorType: 'invalid' }); continue }
      const bad = (): void => { errors.push({ fieldName: `/${key}`, errorType: 'invalid' }) }
      switch (key) {
        case 'subject':
        case 'channel':
          if (typeof value === 'string' && value.trim() !== '') out[key] = value
          else bad()
          break
        case 'status': {
          const name = typeof value === 'string' ? s.canonicalStatus(value) : undefined
          if (name) out.status = name
          else bad()
          break
        }
        case 'departmentId':
          if (typeof value === 'string' && s.departments.has(value)) out.departmentId = value
          else bad()
          break
        case 'contactId':
          if (typeof value === 'string' && s.contacts.has(value)) out.contactId = value
          else bad()
          break
        case 'accountId':
          if (value === null || (typeof value === 'string' && s.accounts.has(value))) out.accountId = value
          else bad()
          break
        case 'assigneeId':
          if (value === null || (typeof value === 'string' && s.agents.has(value))) out.assigneeId = value
          else bad()
          break
        case 'dueDate':
          if (value === null) out.dueDate = null
          else if (typeof value === 'string' && isIsoDate(value)) out.dueDate = toIso(Date.parse(value))
          else bad()
          break
        case 'responseDueDate':
          // Ticket.json (zoho/zohodesk-oas 3f7016e3) createTicketRequest and updateTicketRequest: `enum: ["null"]`.
          // Desk computes it from its own SLAs; a client may only clear it. Anything else: 422 INVALID_DATA
          // (Common.json `invalidDataErrorResponse`, the 422 both operations declare).
          if (value === null || value === 'null') out.responseDueDate = null
          else errors.push({ fieldName: '/responseDueDate', errorType: 'invalid', errorMessage: 'responseDueDate can only be cleared (null): Desk computes it from its SLAs.' })
          break
        case 'cf': {
          if (!isObject(value)) { bad(); break }
          const known = new Set(s.config.ticketFields.map((f) => f.apiName))
          const cf: Record<string, string | null> = {}
          for (const [k, v] of Object.entries(value)) {
            if (!known.has(k)) errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
            else if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cf[k] = cfString(v)
            else errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
          }
          out.cf = cf
          break
        }
        default: // nullable text fields
          if (value === null || typeof value === 'string') (out as Record<string, unknown>)[key] = value
          else bad()
      }
    }
    if (errors.length > 0) throw invalidBody(errors)
    return out
  }

  private findOrCreateContact(c: Record<string, unknown>): string {
    const s = this.state
    const email = typeof c.email === 'string' ? c.email : null
    if (email) {
      for (const existing of s.contacts.values()) if (existing.email?.toLowerCase() === email.toLowerCase()) return existing.id
    }
    const now = s.clock.iso()
    const id = s.ids.next('contact')
    s.contacts.set(id, {
      id, firstName: typeof c.firstName === 'string' ? c.firstName : null,
      lastName: typeof c.lastName === 'string' ? c.lastName : email ?? 'Customer', email,
      phone: typeof c.phone === 'string' ? c.phone : null, accountId: null, country: null, state: null, city: null,
      createdTime: now, modifiedTime: now, cf: {},
    })
    return id
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isIsoDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))
}

