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
    webUrl: `https://desk.sandbox.invalid/support/ShowHomePage.do#Cases/dv/${t.id}`,
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
    contentType: th.contentType,
    hasAttach: false,
    to: th.to,
    fromEmailAddress: th.fromEmailAddress,
  }
  if (opts.full) view.content = th.content
  return view
}

export function commentView(c: CommentRecord): Record<string, unknown> {
  return {
    id: c.id,
    content: c.content,
    contentType: c.contentType,
    isPublic: c.isPublic,
    commentedTime: c.commentedTime,
    modifiedTime: c.modifiedTime,
    commenter: { ...c.commenter },
  }
}

export function accountView(a: Account): Record<string, unknown> {
  return { ...a, cf: { ...a.cf } }
}

export function contactView(c: Contact): Record<string, unknown> {
  return { ...c, cf: { ...c.cf } }
}

function summary(content: string): string {
  const text = decode(content.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
  return text.length > 200 ? text.slice(0, 200) : text
}
