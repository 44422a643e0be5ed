import { z } from 'zod'
import { resolveEndpoints } from './data-centers.js'
import { DeskError, type DeskErrorCode } from './errors.js'
import { classifyNetworkError, createDeskHttp, header, parseJsonBody } from './http.js'
import { createTokenProvider, type TokenProvider } from './oauth.js'
import { currentCreditKind, estimateCredits, type CreditGate } from './credits.js'
import { decideRetry, LOW_CREDITS_FRACTION, parseRetryAfter, processLimiters, type OrgLimiterRegistry, type RetryPolicy } from './rate-limit.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import { safeLogger } from './safe-logger.js'
import {
  Account,
  AccountPatch,
  Comment,
  Contact,
  DeskErrorBody,
  DeskField,
  HistoryEvent,
  listOf,
  parseDesk,
  Thread,
  Ticket,
  TicketPatch,
  Webhook,
  WebhookCreate,
} from './schemas.js'
import type { TokenStore } from './token-store.js'
import { wellFormedJsonText } from '../well-formed-text.js'

// The Zoho Desk API client (issue 4, DESK_API.md). Every call carries `Authorization: Zoho-oauthtoken …`
// and `orgId`, goes through the org's limiter (2 in flight, requests-per-minute budget), is retried by
// `decideRetry`, and its answer is zod-validated. Writes carry the installation UUID as `sourceId`.

export const DEFAULT_REQUESTS_PER_MINUTE = 900 // per org and process: smooths bursts; the credit governor budgets the day (issue 15)
export const DEFAULT_TIMEOUT_MS = 30_000 // per request
export const TICKETS_PAGE_MAX = 100
// GET /accounts: limit 1–100 (Account.json `getAccounts`)
export const ACCOUNTS_PAGE_MAX = 100
// GET /tickets/{id}/threads: Thread.json gives no maximum; 200 is DESK_API.md's (unverified)
export const THREADS_PAGE_MAX = 200
// GET /tickets/{id}/comments: limit 1–100 (TicketComment.json `getTicketComments`)
export const COMMENTS_PAGE_MAX = 100
// GET /tickets/{id}/History: limit 1–50, default 10 (Zoho's "Get Ticket History API" help page)
export const HISTORY_PAGE_SIZE = 50
/** GET /tickets/search: `from` is 0–999 (Search.json `searchTickets`); a larger offset is refused */
export const SEARCH_MAX_FROM = 999

export interface DeskClientOptions {
  installationId: string
  orgId: string
  dataCenter: string
  /** overrides the data center's API root, e.g. the sandbox's `http://127.0.0.1:4010/api/v1` */
  apiBase?: string
  /** overrides the data center's accounts server */
  accountsUrl?: string
  clientId: string
  clientSecret: string
  refreshToken: string
  tokenStore: TokenStore
  /** sent as the `sourceId` header on writes; defaults to the installation id (the installation UUID) */
  sourceId?: string
  requestsPerMinute?: number
  /** the org's daily API credits, when known: makes `remainingFraction` exact */
  dailyCredits?: number
  timeoutMs?: number
  /** a 429 asking to wait longer than this fails with DESK_RATE_LIMITED instead of waiting (ms) */
  maxRetryAfterMs?: number
  /** reuse an access token until this long before it expires (ms, default 5 min) */
  refreshMarginMs?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** jitter source for backoff, [0, 1) */
  random?: () => number
  logger?: Logger
  /** limiters shared by every client of the process; defaults to the process-wide registry */
  limiters?: OrgLimiterRegistry
  /** told of every HTTP attempt (status, or 'network'/'timeout') and token mint (metrics) */
  observer?: { call?: (status: number | 'network' | 'timeout', method: string) => void; mint?: (outcome: 'ok' | 'error') => void }
  /** the credit governor: asked before each call (it may refuse with DESK_CREDITS_DEFERRED), told what each answer cost (issue 15) */
  credits?: CreditGate
}

const ClientSettings = z.object({
  installationId: z.string().min(1),
  orgId: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  refreshToken: z.string().min(1),
  requestsPerMinute: z.number().int().positive().optional(),
  dailyCredits: z.number().int().positive().optional(),
  timeoutMs: z.number().int().positive().optional(),
  maxRetryAfterMs: z.number().int().nonnegative().optional(),
  refreshMarginMs: z.number().int().nonnegative().optional(),
})

export interface ListTicketsOptions {
  from?: number
  limit?: number
  /** e.g. `-createdTime`, `modifiedTime` */
  sortBy?: string
  status?: string
  departmentId?: string
  viewId?: string
  /** `contacts`, `assignee`… */
  include?: string | string[]
}

export interface ListAccountsOptions {
  /** 0-based offset */
  from?: number
  /** page size, ≤100 */
  limit?: number
  /** fields to return besides the basic ones (Account.json `fields`: up to 30, custom ones by api name) */
  fields?: readonly string[]
}

/** The status field's values: each status name of the org with the status type Desk gives it. */
export interface DeskStatusValues {
  /** the listing that answered: `fields` (GET /fields) or `organizationFields` (the deprecated one) */
  source: 'fields' | 'organizationFields'
  statuses: Array<{ name: string; statusType: string | null }>
}

export interface FieldListing {
  source: 'fields' | 'organizationFields'
  fields: DeskField[]
}

export interface SearchModifiedOptions {
  /** ISO instant, inclusive */
  from: string
  /** ISO instant */
  to: string
  departmentId?: string
  status?: string
  /** page size, ≤100 */
  limit?: number
}

export interface SearchOutcome {
  /** Desk stops search paging at offset 4999: true when that ceiling cut the results short; narrow the range */
  truncated: boolean
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Query = Record<string, string | number | undefined>

interface Call<T> {
  method: Method
  path: string
  query?: Query
  body?: unknown
  /** null: the answer is not read (DELETE) */
  schema: z.ZodType<T> | null
  /** what the call is, for error messages: "GET /tickets/{id}" */
  what: string
}

const STATUS_CODES: Array<[(s: number) => boolean, DeskErrorCode]> = [
  [(s) => s === 401, 'DESK_UNAUTHORIZED'],
  [(s) => s === 403, 'DESK_FORBIDDEN'],
  [(s) => s === 404, 'DESK_NOT_FOUND'],
  [(s) => s === 400 || s === 422, 'DESK_INVALID_REQUEST'],
  [(s) => s === 429, 'DESK_RATE_LIMITED'],
  [(s) => s >= 500, 'DESK_HTTP_5XX'],
  [(s) => s >= 400, 'DESK_HTTP_4XX'],
]

function badInput(message: string, details: Record<string, unknown> = {}): DeskError {
  return new DeskError('DESK_BAD_INPUT', message, details)
}

function checkId(id: unknown, name: string): string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(id)) throw badInput(`${name} must be a Desk id string`, { [name]: String(id) })
  return id
}

function checkLimit(limit: number | undefined, max: number, fallback: number): number {
  const l = limit ?? fallback
  if (!Number.isInteger(l) || l < 1 || l > max) throw badInput(`limit must be an integer from 1 to ${max}`, { limit: l })
  return l
}

function checkFrom(from: number | undefined): number {
  const f = from ?? 0
  if (!Number.isInteger(f) || f < 0) throw badInput('from must be a non-negative integer offset', { from: f })
  return f
}

/** Desk ranges are `from,to` in UTC ISO with millis */
function isoInstant(value: string, name: string): string {
  const ms = Date.parse(value)
  if (typeof value !== 'string' || Number.isNaN(ms)) throw badInput(`${name} must be an ISO date-time`, { [name]: value })
  return new Date(ms).toISOString()
}

/** a credit header as a whole number, or null when absent or unreadable */
function headerNumber(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null
}

function includeParam(include: string | string[] | undefined): string | undefined {
  if (include === undefined) return undefined
  const list = Array.isArray(include) ? include : [include]
  return list.length > 0 ? list.join(',') : undefined
}

export type DeskClient = ReturnType<typeof createDeskClient>

export function createDeskClient(opts: DeskClientOptions) {
  const settings = ClientSettings.safeParse(opts)
  if (!settings.success) {
    const first = settings.error.issues[0]!
    throw badInput(`Desk client option ${first.path.join('.')}: ${first.message}`, { option: first.path.join('.') })
  }
  const { apiBase, accountsUrl } = resolveEndpoints(opts)
  const now = opts.now ?? Date.now
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const sourceId = opts.sourceId ?? opts.installationId
  const retryPolicy: Partial<RetryPolicy> = {
    now,
    ...(opts.random ? { random: opts.random } : {}),
    ...(opts.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: opts.maxRetryAfterMs } : {}),
  }
  const limiter = (opts.limiters ?? processLimiters).forOrg(opts.orgId, {
    requestsPerMinute: opts.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
    ...(opts.dailyCredits !== undefined ? { dailyCredits: opts.dailyCredits } : {}),
  })
  let lastToken = ''
  const secrets = () => [opts.clientSecret, opts.refreshToken, lastToken]
  const log = safeLogger(opts.logger, secrets)

  const tokens: TokenProvider = createTokenProvider({
    installationId: opts.installationId,
    accountsUrl,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    refreshToken: opts.refreshToken,
    tokenStore: opts.tokenStore,
    now,
    sleep,
    timeoutMs,
    retryPolicy,
    ...(opts.refreshMarginMs !== undefined ? { refreshMarginMs: opts.refreshMarginMs } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.observer?.mint ? { onMint: opts.observer.mint } : {}),
  })

  const http = createDeskHttp({ baseURL: apiBase, timeoutMs })

  async function call<T>(c: Call<T>): Promise<T> {
    const idempotent = c.method !== 'POST'
    let refreshedAfter401 = false
    let token = await tokens.getAccessToken()
    for (let attempt = 1; ; attempt++) {
      lastToken = token
      const headers: Record<string, string> = {
        Authorization: `Zoho-oauthtoken ${token}`,
        orgId: opts.orgId,
        Accept: 'application/json',
      }
      if (c.method !== 'GET') headers.sourceId = sourceId
      if (c.body !== undefined) headers['Content-Type'] = 'application/json'
      const grant = await opts.credits?.admit({
        installationId: opts.installationId,
        kind: currentCreditKind(),
        weight: estimateCredits(c.method, c.path),
        method: c.method,
        path: c.path,
      })
      const release = await limiter.acquire({ now, sleep })
      let res
      try {
        res = await http.request({
          method: c.method,
          url: c.path,
          params: c.query,
          headers,
          ...(c.body !== undefined ? { data: JSON.stringify(c.body) } : {}),
        })
      } catch (e) {
        const failure = classifyNetworkError(e)
        if (grant) await opts.credits!.settle(grant, { weight: null, remaining: null, noAnswer: true })
        if (!failure) throw e
        opts.observer?.call?.(failure.timeout ? 'timeout' : 'network', c.method)
        const decision = decideRetry({ isNetworkError: true, attempt, idempotent, requestSent: failure.requestSent }, retryPolicy)
        if (decision.retry) {
          log('warn', 'desk request failed, retrying', { call: c.what, attempt, errorCode: failure.errorCode, delayMs: decision.delayMs })
          await sleep(decision.delayMs)
          token = await tokens.getAccessToken()
          continue
        }
        throw new DeskError(
          failure.timeout ? 'DESK_TIMEOUT' : 'DESK_NETWORK',
          `${c.what} ${failure.timeout ? `timed out after ${timeoutMs} ms` : `failed (${failure.errorCode})`} after ${attempt} attempt(s)`,
          { method: c.method, url: c.path, errorCode: failure.errorCode, attempts: attempt, reason: decision.reason },
        )
      } finally {
        release()
      }

      opts.observer?.call?.(res.status, c.method)
      const remainingHeader = header(res.headers, 'x-rate-limit-remaining-v3')
      limiter.noteRemaining(remainingHeader)
      // U+0000 and lone surrogates in a ticket's text become U+FFFD: PostgreSQL refuses them (issue 17)
      const body = parseJsonBody(wellFormedJsonText(res.status === 204 ? '' : res.data))
      if (grant) {
        const exhausted = res.status === 429 && body.ok && DeskErrorBody.safeParse(body.value).data?.errorCode === 'THRESHOLD_EXCEEDED'
        const retryAfterMs = exhausted ? (parseRetryAfter(header(res.headers, 'retry-after'), now()) ?? 3_600_000) : null
        await opts.credits!.settle(grant, {
          weight: headerNumber(header(res.headers, 'x-rate-limit-request-weight-v3')),
          remaining: headerNumber(remainingHeader),
          ...(retryAfterMs !== null ? { exhaustedUntil: now() + retryAfterMs } : {}),
        })
      }
      log('debug', 'desk request', { call: c.what, status: res.status, attempt })

      if (res.status >= 200 && res.status < 300) {
        // an answer that is not read (DELETE: Webhook.json answers 200 with no content)
        if (c.schema === null) return undefined as T
        if (!body.ok) {
          throw new DeskError('DESK_BAD_RESPONSE', `Desk answered ${c.what} with invalid JSON (HTTP ${res.status})`, {
            status: res.status,
            method: c.method,
            url: c.path,
          })
        }
        try {
          return parseDesk(c.schema, body.value, c.what) as T
        } catch (e) {
          if (e instanceof DeskError) Object.assign(e.details, { status: res.status, method: c.method, url: c.path })
          throw e
        }
      }

      const deskBody = body.ok ? DeskErrorBody.safeParse(body.value) : null
      const deskErrorCode = deskBody?.success ? deskBody.data.errorCode : undefined
      const deskMessage = deskBody?.success && deskBody.data.message ? scrub(deskBody.data.message, secrets()) : undefined

      if (res.status === 401 && !refreshedAfter401) {
        // INVALID_OAUTH: the token expired early or was revoked; mint once and retry once (not a backoff attempt)
        refreshedAfter401 = true
        attempt--
        log('info', 'desk rejected the access token, refreshing', { call: c.what, deskErrorCode })
        token = await tokens.refreshAfterRejection(token)
        continue
      }

      const retryAfterHeader = header(res.headers, 'retry-after') ?? null
      const decision = decideRetry({ status: res.status, errorCode: deskErrorCode, retryAfterHeader, attempt, idempotent }, retryPolicy)
      if (decision.retry) {
        log('warn', 'desk request refused, retrying', { call: c.what, status: res.status, deskErrorCode, attempt, delayMs: decision.delayMs })
        await sleep(decision.delayMs)
        token = await tokens.getAccessToken()
        continue
      }
      const code = STATUS_CODES.find(([match]) => match(res.status))?.[1] ?? 'DESK_BAD_RESPONSE'
      const label = deskErrorCode ? `${res.status} ${deskErrorCode}` : String(res.status)
      throw new DeskError(code, `Desk answered ${label} to ${c.what}${deskMessage ? `: ${deskMessage}` : ''}`, {
        status: res.status,
        ...(deskErrorCode ? { deskErrorCode } : {}),
        ...(deskMessage ? { deskMessage } : {}),
        ...(deskBody?.success && deskBody.data.errors ? { errors: deskBody.data.errors } : {}),
        ...(decision.retryAfterMs !== undefined ? { retryAfterMs: decision.retryAfterMs } : {}),
        method: c.method,
        url: c.path,
        attempts: attempt,
      })
    }
  }

  /** fetch every page of a list endpoint; a short page is the last */
  async function allPages<T>(fetchPage: (from: number, limit: number) => Promise<T[]>, limit: number): Promise<T[]> {
    const out: T[] = []
    for (let from = 0; ; from += limit) {
      const page = await fetchPage(from, limit)
      out.push(...page)
      if (page.length < limit) return out
    }
  }

  /** A PATCH body checked against its schema before it leaves: DESK_BAD_INPUT naming the first problem. */
  function checkedPatch<S extends z.ZodType>(schema: S, patch: unknown, what: string): z.infer<S> {
    const parsed = schema.safeParse(patch)
    if (!parsed.success) {
      const first = parsed.error.issues[0]!
      throw badInput(`${what}: ${first.path.join('.') || '(root)'} ${first.message}`, { issues: parsed.error.issues.map((i) => i.message) })
    }
    return parsed.data
  }

  /** Every page of one of a ticket's lists (/tickets/{id}/threads, /History, /comments). */
  async function ticketList<S extends z.ZodType>(
    id: string,
    list: 'threads' | 'History' | 'comments',
    schema: S,
    pageSize: number,
    query: Record<string, string | undefined> = {},
  ): Promise<z.infer<S>[]> {
    const ticketId = checkId(id, 'ticketId')
    return allPages(async (from, limit) => {
      const res = await call({
        method: 'GET',
        path: `/tickets/${ticketId}/${list}`,
        query: { from, limit, ...query },
        schema: listOf(schema),
        what: `GET /tickets/{id}/${list}`,
      })
      return res.data as z.infer<S>[]
    }, pageSize)
  }

  async function listTickets(o: ListTicketsOptions = {}): Promise<Ticket[]> {
    const res = await call({
      method: 'GET',
      path: '/tickets',
      query: {
        from: checkFrom(o.from),
        limit: checkLimit(o.limit, TICKETS_PAGE_MAX, TICKETS_PAGE_MAX),
        sortBy: o.sortBy,
        status: o.status,
        departmentId: o.departmentId === undefined ? undefined : checkId(o.departmentId, 'departmentId'),
        viewId: o.viewId === undefined ? undefined : checkId(o.viewId, 'viewId'),
        include: includeParam(o.include),
      },
      schema: listOf(Ticket),
      what: 'GET /tickets',
    })
    return res.data
  }

  async function* iterateTickets(o: ListTicketsOptions = {}): AsyncGenerator<Ticket[], void, undefined> {
    const limit = checkLimit(o.limit, TICKETS_PAGE_MAX, TICKETS_PAGE_MAX)
    for (let from = checkFrom(o.from); ; from += limit) {
      const page = await listTickets({ ...o, from, limit })
      if (page.length > 0) yield page
      if (page.length < limit) return
    }
  }

  // GET /accounts (Account.json `getAccounts`): limit 1–100, 204 when empty. The file gives `from` a default
  // of 1 where the tickets list has 0; desk-sla starts at 0 (unverified: a 1-based list would answer the first
  // account twice, which is harmless; starting at 1 on a 0-based list would skip one).
  async function listAccounts(o: ListAccountsOptions = {}): Promise<Account[]> {
    const res = await call({
      method: 'GET',
      path: '/accounts',
      query: {
        from: checkFrom(o.from),
        limit: checkLimit(o.limit, ACCOUNTS_PAGE_MAX, ACCOUNTS_PAGE_MAX),
        fields: o.fields && o.fields.length > 0 ? o.fields.join(',') : undefined,
      },
      schema: listOf(Account),
      what: 'GET /accounts',
    })
    return res.data
  }

  /** every account of the org, one page at a time */
  async function* iterateAccounts(o: ListAccountsOptions = {}): AsyncGenerator<Account[], void, undefined> {
    const limit = checkLimit(o.limit, ACCOUNTS_PAGE_MAX, ACCOUNTS_PAGE_MAX)
    for (let from = checkFrom(o.from); ; from += limit) {
      const page = await listAccounts({ from, limit, ...(o.fields ? { fields: o.fields } : {}) })
      if (page.length > 0) yield page
      if (page.length < limit) return
    }
  }

  async function* searchTicketsModifiedSince(o: SearchModifiedOptions): AsyncGenerator<Ticket[], SearchOutcome, undefined> {
    const range = `${isoInstant(o.from, 'from')},${isoInstant(o.to, 'to')}`
    const limit = checkLimit(o.limit, TICKETS_PAGE_MAX, TICKETS_PAGE_MAX)
    for (let from = 0; from <= SEARCH_MAX_FROM; from += limit) {
      const res = await call({
        method: 'GET',
        path: '/tickets/search',
        query: {
          modifiedTimeRange: range,
          sortBy: 'modifiedTime',
          departmentId: o.departmentId === undefined ? undefined : checkId(o.departmentId, 'departmentId'),
          status: o.status,
          from,
          limit,
        },
        schema: listOf(Ticket),
        what: 'GET /tickets/search',
      })
      if (res.data.length > 0) yield res.data
      if (res.data.length < limit) return { truncated: false }
    }
    log('warn', 'desk search hit the offset ceiling; narrow the time range', { range })
    return { truncated: true }
  }

  /**
   * The fields of a module: `GET /fields?module=…` (Field.json), or the deprecated
   * `GET /organizationFields?module=…` (FieldOld.json, deprecated on 01/07/2026) when the new path
   * answers 404 (URL_NOT_FOUND: an org or data center without it yet).
   */
  async function listFields(module: string): Promise<FieldListing> {
    try {
      const res = await call({ method: 'GET', path: '/fields', query: { module }, schema: listOf(DeskField), what: 'GET /fields' })
      return { source: 'fields', fields: res.data }
    } catch (err) {
      if (!(err instanceof DeskError) || err.code !== 'DESK_NOT_FOUND') throw err
      log('info', 'desk has no GET /fields, using the deprecated GET /organizationFields', { module, deskErrorCode: err.deskErrorCode })
    }
    const res = await call({ method: 'GET', path: '/organizationFields', query: { module }, schema: listOf(DeskField), what: 'GET /organizationFields' })
    return { source: 'organizationFields', fields: res.data }
  }

  async function getField(id: string): Promise<DeskField> {
    return call({ method: 'GET', path: `/fields/${checkId(id, 'fieldId')}`, schema: DeskField, what: 'GET /fields/{id}' })
  }

  /**
   * Every ticket status of the org with its status type: the `status` field's values, `pickListValues`
   * in the new listing (read from GET /fields/{id} when the list leaves them out, as Field.json's list
   * example does for picklists) or `allowedValues` in the old one — `[{value, statusType}]` either way.
   */
  async function getTicketStatuses(): Promise<DeskStatusValues> {
    const listing = await listFields('tickets')
    let status = listing.fields.find((f) => f.apiName === 'status') ?? null
    const valuesOf = (f: DeskField | null) => f?.pickListValues ?? f?.allowedValues ?? null
    if (status && !valuesOf(status)?.length && listing.source === 'fields' && status.id) status = await getField(status.id)
    const statuses: DeskStatusValues['statuses'] = []
    for (const v of valuesOf(status) ?? []) {
      if (v && typeof v.value === 'string' && v.value.trim() !== '') statuses.push({ name: v.value, statusType: v.statusType ?? null })
    }
    return { source: listing.source, statuses }
  }

  return {
    installationId: opts.installationId,
    orgId: opts.orgId,
    apiBase,
    accountsUrl,

    listTickets,
    iterateTickets,
    searchTicketsModifiedSince,
    listAccounts,
    iterateAccounts,

    async getTicket(id: string, o: { include?: string | string[] } = {}): Promise<Ticket> {
      return call({
        method: 'GET',
        path: `/tickets/${checkId(id, 'ticketId')}`,
        query: { include: includeParam(o.include) },
        schema: Ticket,
        what: 'GET /tickets/{id}',
      })
    },

    async getThreads(id: string): Promise<Thread[]> {
      return ticketList(id, 'threads', Thread, THREADS_PAGE_MAX)
    },

    /**
     * Every History event of a ticket, newest first as Desk lists them, paged by 50 (the maximum).
     * `fieldName` is a field's API name: `status` gives the status changes.
     */
    async getHistory(id: string, o: { fieldName?: string } = {}): Promise<HistoryEvent[]> {
      return ticketList(id, 'History', HistoryEvent, HISTORY_PAGE_SIZE, { fieldName: o.fieldName })
    },

    listFields,
    getField,
    getTicketStatuses,

    /** The ticket's comments, oldest first (TicketComment.json: sortBy=commentedTime, limit ≤100). */
    async getComments(id: string): Promise<Comment[]> {
      return ticketList(id, 'comments', Comment, COMMENTS_PAGE_MAX, { sortBy: 'commentedTime' })
    },

    async getAccount(id: string): Promise<Account> {
      return call({ method: 'GET', path: `/accounts/${checkId(id, 'accountId')}`, schema: Account, what: 'GET /accounts/{id}' })
    },

    /** PATCH only the given custom fields of an account; Desk answers the full account (Account.json `updateAccount`). */
    async updateAccount(id: string, patch: AccountPatch): Promise<Account> {
      const body = checkedPatch(AccountPatch, patch, 'account patch')
      return call({ method: 'PATCH', path: `/accounts/${checkId(id, 'accountId')}`, body, schema: Account, what: 'PATCH /accounts/{id}' })
    },

    async getContact(id: string): Promise<Contact> {
      return call({ method: 'GET', path: `/contacts/${checkId(id, 'contactId')}`, schema: Contact, what: 'GET /contacts/{id}' })
    },

    /** PATCH only the given keys; Desk answers with the full ticket */
    async updateTicket(id: string, patch: TicketPatch): Promise<Ticket> {
      const body = checkedPatch(TicketPatch, patch, 'ticket patch')
      return call({ method: 'PATCH', path: `/tickets/${checkId(id, 'ticketId')}`, body, schema: Ticket, what: 'PATCH /tickets/{id}' })
    },

    /** an internal note: comments are never responses */
    async addPrivateComment(id: string, content: string): Promise<Comment> {
      if (typeof content !== 'string' || content.trim() === '') throw badInput('a comment needs content')
      return call({
        method: 'POST',
        path: `/tickets/${checkId(id, 'ticketId')}/comments`,
        body: { content, isPublic: false, contentType: 'plainText' },
        schema: Comment,
        what: 'POST /tickets/{id}/comments',
      })
    },

    async createWebhook(body: WebhookCreate): Promise<Webhook> {
      const parsed = WebhookCreate.safeParse(body)
      if (!parsed.success) {
        const first = parsed.error.issues[0]!
        throw badInput(`webhook: ${first.path.join('.') || '(root)'} ${first.message}`)
      }
      return call({ method: 'POST', path: '/webhooks', body: parsed.data, schema: Webhook, what: 'POST /webhooks' })
    },

    async listWebhooks(): Promise<Webhook[]> {
      const res = await call({ method: 'GET', path: '/webhooks', schema: listOf(Webhook), what: 'GET /webhooks' })
      return res.data
    },

    async deleteWebhook(id: string): Promise<void> {
      await call({ method: 'DELETE', path: `/webhooks/${checkId(id, 'webhookId')}`, schema: null, what: 'DELETE /webhooks/{id}' })
    },

    /** X-Rate-Limit-Remaining-v3 over the daily credits, or null before any response carried it */
    remainingFraction(): number | null {
      return limiter.remainingFraction()
    },

    /** below 10 % of the credits left, non-urgent reads (backfill, reconciliation) should wait */
    shouldDeferNonUrgentReads(): boolean {
      const f = limiter.remainingFraction()
      return f !== null && f < LOW_CREDITS_FRACTION
    },
  }
}
