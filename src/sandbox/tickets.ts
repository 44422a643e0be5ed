import { Router, type Request } from 'express'
import { invalidParam, notFound } from './errors.js'
import type { TicketRecord } from './model.js'
import type { TicketOperations, WriteContext } from './operations.js'
import { csv, parsePaging, queryString, sendList, type Query } from './paging.js'
import type { SandboxState } from './state.js'
import { historyView } from './history.js'
import { commentView, threadView, ticketView } from './views.js'

// /api/v1/tickets… routes (DESK_API.md "Endpoints").

const SORT_KEYS = ['createdTime', 'modifiedTime', 'ticketNumber', 'dueDate', 'responseDueDate'] as const
type SortKey = (typeof SORT_KEYS)[number]

export function ticketRoutes(state: SandboxState, ops: TicketOperations): Router {
  const r = Router()
  const ctx = (req: Request): WriteContext => ({
    actor: state.agentActor(state.apiUser.id),
    // How Desk learns a write's source is unverified; desk-sla sends a `sourceId` header (DESK_API.md).
    sourceId: req.get('sourceId') ?? undefined,
  })

  r.get('/tickets', (req, res) => {
    const q = req.query as Query
    const { from, limit } = parsePaging(q, { maxLimit: 100 })
    // viewId is accepted and ignored: the sandbox has no saved views.
    const list = filterTickets(state, q)
    // Unverified default order; Desk documents ascending unless sortBy has a "-" prefix.
    sortTickets(list, queryString(q, 'sortBy') ?? 'createdTime')
    const include = csv(q, 'include')
    sendList(res, list.slice(from, from + limit).map((t) => ticketView(state, t, { full: false, include })))
  })

  r.get('/tickets/search', (req, res) => {
    const q = req.query as Query
    // Search.json `searchTickets`: from 0–999, limit 1–100 (default 10).
    const { from, limit } = parsePaging(q, { maxLimit: 100, maxFrom: 999 })
    let list = filterTickets(state, q)
    const modified = range(q, 'modifiedTimeRange')
    const created = range(q, 'createdTimeRange')
    if (modified) list = list.filter((t) => within(t.modifiedTime, modified))
    if (created) list = list.filter((t) => within(t.createdTime, created))
    for (const key of Object.keys(q).filter((k) => /^customField\d+$/.test(k))) {
      const spec = queryString(q, key) ?? ''
      const i = spec.indexOf(':')
      if (i <= 0) throw invalidParam(key, `${key} must look like cf_name:value.`)
      const [name, value] = [spec.slice(0, i), spec.slice(i + 1)]
      list = list.filter((t) => (t.cf[name] ?? '').toLowerCase() === value.toLowerCase())
    }
    for (const key of ['ticketNumber', 'accountId', 'contactId', 'email', 'priority'] as const) {
      const v = queryString(q, key)
      if (v !== undefined) list = list.filter((t) => (t[key] ?? '').toLowerCase() === v.toLowerCase())
    }
    const subject = queryString(q, 'subject')
    if (subject) list = list.filter((t) => t.subject.toLowerCase().includes(subject.replace(/\*/g, '').toLowerCase()))
    sortTickets(list, queryString(q, 'sortBy') ?? 'createdTime')
    sendList(res, list.slice(from, from + limit).map((t) => ticketView(state, t, { full: false })), { count: String(list.length) })
  })

  r.post('/tickets', (req, res) => {
    res.json(ops.create(req.body, ctx(req)))
  })

  r.get('/tickets/:id', (req, res) => {
    const t = state.ticket(req.params.id)
    res.json(ticketView(state, t, { include: csv(req.query as Query, 'include') }))
  })

  r.patch('/tickets/:id', (req, res) => {
    res.json(ops.update(req.params.id, req.body, ctx(req)))
  })

  r.get('/tickets/:id/threads', (req, res) => {
    const t = state.ticket(req.params.id)
    const q = req.query as Query
    const { from, limit } = parsePaging(q, { maxLimit: 200 })
    // Thread.json `getThreads`: newest first unless sortBy=sendDateTime (ascending); -sendDateTime is descending.
    const sortBy = queryString(q, 'sortBy')
    if (sortBy !== undefined && sortBy !== 'sendDateTime' && sortBy !== '-sendDateTime') throw invalidParam('sortBy', 'sortBy must be sendDateTime or -sendDateTime.')
    const list = [...state.threadsOf(t.id)]
    if (sortBy !== 'sendDateTime') list.reverse()
    sendList(res, list.slice(from, from + limit).map((th) => threadView(th)))
  })

  r.get('/tickets/:id/threads/:threadId', (req, res) => {
    const t = state.ticket(req.params.id)
    const th = state.threadsOf(t.id).find((x) => x.id === req.params.threadId)
    if (!th) throw notFound('thread', req.params.threadId)
    res.json(threadView(th, { full: true }))
  })

  r.post('/tickets/:id/sendReply', (req, res) => {
    res.json(ops.sendReply(req.params.id, req.body, ctx(req)))
  })

  r.get('/tickets/:id/History', (req, res) => {
    const t = state.ticket(req.params.id)
    const q = req.query as Query
    // Zoho's "Get Ticket History API" page: from (default 0), limit 1–50 (default 10), newest first;
    // fieldName is a field's API name and keeps the events that changed it.
    const { from, limit } = parsePaging(q, { maxLimit: 50, defaultLimit: 10 })
    const field = queryString(q, 'fieldName')
    const events = [...state.historyOf(t.id)]
      .sort((a, b) => b.eventTime.localeCompare(a.eventTime) || b.id.localeCompare(a.id))
      .filter((e) => field === undefined || e.eventInfo.some((p) => p.apiName === field))
    sendList(res, events.slice(from, from + limit).map(historyView))
  })

  r.post('/tickets/:id/comments', (req, res) => {
    res.json(ops.addComment(req.params.id, req.body, ctx(req)))
  })

  r.get('/tickets/:id/comments', (req, res) => {
    const t = state.ticket(req.params.id)
    const q = req.query as Query
    const { from, limit } = parsePaging(q, { maxLimit: 100 })
    const sortBy = queryString(q, 'sortBy') ?? 'commentedTime'
    if (sortBy !== 'commentedTime' && sortBy !== '-commentedTime') throw invalidParam('sortBy', 'sortBy must be commentedTime or -commentedTime.')
    const list = [...state.commentsOf(t.id)]
    if (sortBy.startsWith('-')) list.reverse()
    sendList(res, list.slice(from, from + limit).map(commentView))
  })

  return r
}

function filterTickets(state: SandboxState, q: Query): TicketRecord[] {
  let list = [...state.tickets.values()]
  const statuses = csv(q, 'status').map((s) => s.toLowerCase())
  // A status filter matches a status name or a status type ("On Hold" finds "Waiting on Customer" too).
  if (statuses.length > 0) list = list.filter((t) => statuses.includes(t.status.toLowerCase()) || statuses.includes(t.statusType.toLowerCase()))
  const departments = csv(q, 'departmentId')
  if (departments.length > 0) list = list.filter((t) => departments.includes(t.departmentId))
  const assignee = queryString(q, 'assignee')
  if (assignee) list = list.filter((t) => (assignee.toLowerCase() === 'unassigned' ? t.assigneeId === null : t.assigneeId === assignee))
  return list
}

function sortTickets(list: TicketRecord[], sortBy: string): void {
  const desc = sortBy.startsWith('-')
  const key = (desc ? sortBy.slice(1) : sortBy) as SortKey
  if (!SORT_KEYS.includes(key)) throw invalidParam('sortBy', `sortBy must be one of ${SORT_KEYS.join(', ')} (optionally prefixed with -).`)
  const value = (t: TicketRecord): string | number | null => (key === 'ticketNumber' ? Number(t.ticketNumber) : t[key])
  list.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === vb) return a.id.localeCompare(b.id)
    if (va === null) return 1 // nulls last either way
    if (vb === null) return -1
    const c = va < vb ? -1 : 1
    return desc ? -c : c
  })
}

type Range = { from: number; to: number }

function range(q: Query, name: string): Range | undefined {
  const raw = queryString(q, name)
  if (raw === undefined) return undefined
  const parts = raw.split(',')
  const [a, b] = parts.map((p) => Date.parse(p.trim()))
  if (parts.length !== 2 || a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || a > b) {
    throw invalidParam(name, `${name} must be "from,to" in ISO format with from ≤ to.`)
  }
  return { from: a, to: b }
}

/** Both ends inclusive (unverified). */
function within(iso: string, r: Range): boolean {
  const t = Date.parse(iso)
  return t >= r.from && t <= r.to
}
