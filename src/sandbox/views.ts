import { decode } from 'html-entities'
import type { Account, CommentRecord, Contact, ThreadRecord, TicketRecord } from './model.js'
import type { SandboxState } from './state.js'

// JSON views of records as the Desk API returns them. Always fresh objects, so callers
// (webhook payloads, prevState snapshots) never share state with the store.

export type TicketInclude = 'contacts' | 'assignee' | 'departments'

export function ticketView(
  state: SandboxState,
  t: TicketRecord,
  opts: { full?: boolean; include?: readonly string[] } = {},
): Record<string, unknown> {
  const threads = state.threads.get(t.id) ?? []
  const comments = state.comments.get(t.id) ?? []
  const view: Record<string, unknown> = {
    id: t.id,
    ticketNumber: t.ticketNumber,
    subject: t.subject,
  }
  // Lists leave the description out, as Desk's list endpoint does; get-by-id and webhooks carry it.
  if (opts.full !== false) view.description = t.description
  Object.assign(view, {
    status: t.status,
    statusType: t.statusType,
    priority: t.priority,
    channel: t.channel,
    createdTime: t.createdTime,
    modifiedTime: t.modifiedTime,
    closedTime: t.closedTime,
    onholdTime: t.onholdTime,
    dueDate: t.dueDate,
    responseDueDate: t.responseDueDate,
    departmentId: t.departmentId,
    contactId: t.contactId,
    accountId: t.accountId,
    assigneeId: t.assigneeId,
    email: t.email,
    phone: t.phone,
    language: t.language,
    classification: t.classification,
    category: t.category,
    isOverDue: t.dueDate !== null && t.statusType !== 'Closed' && Date.parse(t.dueDate) < state.clock.now(),
    threadCount: String(threads.length),
    commentCount: String(comments.length),
    // Ticket.json: the agents' address of the ticket, on the portal's host
    webUrl: `${state.config.portalUrl}/ShowHomePage.do#Cases/dv/${t.id}`,
    // more of what Ticket.json's ticketResponse carries, with the values a plain portal has
    isSpam: false,
    isEscalated: false,
    isArchived: false,
    isTrashed: false,
    isDeleted: false,
    isResponseOverdue: t.responseDueDate !== null && t.statusType !== 'Closed' && Date.parse(t.responseDueDate) < state.clock.now(),
    customerResponseTime: lastCustomerThread(threads) ?? t.createdTime,
    resolution: null,
    teamId: null,
    layoutId: LAYOUT_ID,
    channelCode: null,
    source: { appName: null, extId: null, permalink: null, type: 'SYSTEM', appPhotoURL: null },
    sharedDepartments: [],
    secondaryContacts: [],
    entitySkills: [],
    attachmentCount: '0',
    taskCount: '0',
    timeEntryCount: '0',
    approvalCount: '0',
    lockedTime: null,
    slaId: null,
    cf: { ...t.cf },
  })
  const include = new Set(opts.include ?? [])
  if (include.has('contacts')) {
    const c = t.contactId ? state.contacts.get(t.contactId) : undefined
    const a = c?.accountId ? state.accounts.get(c.accountId) : undefined
    view.contact = c
      ? { id: c.id, firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone,
          account: a ? { id: a.id, accountName: a.accountName, website: a.website } : null }
      : null
  }
  if (include.has('assignee')) {
    const a = t.assigneeId ? state.agents.get(t.assigneeId) : undefined
    view.assignee = a ? { id: a.id, firstName: a.firstName, lastName: a.lastName, email: a.email, photoURL: null } : null
  }
  if (include.has('departments')) {
    const d = state.departments.get(t.departmentId)
    view.department = d ? { id: d.id, name: d.name } : null
  }
  return view
}

const LAYOUT_ID = '20001000000074011'

function lastCustomerThread(threads: readonly ThreadRecord[]): string | null {
  let last: string | null = null
  for (const th of threads) if (th.direction === 'in' && (last === null || th.createdTime > last)) last = th.createdTime
  return last
}

export function threadView(th: ThreadRecord, opts: { full?: boolean } = {}): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: th.id,
    channel: th.channel,
    direction: th.direction,
    visibility: th.visibility,
    status: th.status,
    isDescriptionThread: th.isDescriptionThread,
    isForward: th.isForward,
    createdTime: th.createdTime,
    author: { ...th.author },
    summary: summary(th.content),
    // Thread.json: a thread's contentType is a MIME type (text/html, text/plain)
    contentType: th.contentType === 'html' ? 'text/html' : 'text/plain',
    hasAttach: false,
    to: th.to,
    fromEmailAddress: th.fromEmailAddress,
  }
  if (opts.full) view.content = th.content
  return view
}

// TicketComment.json `commentResponse`: modifiedTime is null until the comment is edited.
export function commentView(c: CommentRecord): Record<string, unknown> {
  return {
    id: c.id,
    content: c.content,
    contentType: c.contentType,
    encodedContent: null,
    isPublic: c.isPublic,
    commentedTime: c.commentedTime,
    modifiedTime: c.modifiedTime === c.commentedTime ? null : c.modifiedTime,
    attachments: [],
    commenterId: c.commenter.id,
    commenter: { id: c.commenter.id, name: c.commenter.name, firstName: null, lastName: c.commenter.name, photoURL: null, roleName: null, type: c.commenter.type, email: null },
    impersonatedUser: null,
  }
}

// Account.json `accountResponse`: the account with its address and custom fields, and its webUrl.
export function accountView(a: Account, portalUrl?: string): Record<string, unknown> {
  return { ...a, cf: { ...a.cf }, ...(portalUrl ? { webUrl: `${portalUrl}/ShowHomePage.do#Accounts/dv/${a.id}` } : {}) }
}

const ACCOUNT_LIST_BASICS = ['id', 'accountName', 'website', 'phone', 'createdTime'] as const

/**
 * An item of GET /accounts (Account.json `accountListArray`): the basic fields only, plus the ones
 * asked for with `fields` (standard names, or `cf_…` names gathered under `cf`).
 */
export function accountListView(a: Account, fields: readonly string[] = []): Record<string, unknown> {
  const view: Record<string, unknown> = {}
  for (const k of ACCOUNT_LIST_BASICS) view[k] = a[k]
  const cf: Record<string, unknown> = {}
  for (const f of fields) {
    if (f.startsWith('cf_')) {
      if (f in a.cf) cf[f] = a.cf[f]
    } else if (f in a && f !== 'cf') view[f] = (a as Record<string, unknown>)[f]
  }
  if (Object.keys(cf).length > 0) view.cf = cf
  return view
}

export function contactView(c: Contact): Record<string, unknown> {
  return { ...c, cf: { ...c.cf } }
}

function summary(content: string): string {
  const text = decode(content.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
  return text.length > 200 ? text.slice(0, 200) : text
}
