import { DeskApiError, invalidBody, notFound, type FieldError } from './errors.js'
import { DESK_EVENT_TYPES, isObject, RECORD_EVENT_TYPES, type DeskEventType } from './operations.js'
import type { SandboxClock } from './clock.js'
import type { IdGenerator } from './ids.js'

// Webhook subscriptions as Webhook.json (zoho/zohodesk-oas, commit 75e1ba570236a06c964d05759dbabd7497248d09)
// describes them: `subscriptions` is an object keyed by event name, each value null or a filter; name
// ≤100 characters, description ≤3000, url ≤500, ignoreSourceId a UUID (8-4-4-4-12 hex) or empty; the URL is
// checked with a GET on creation and, when that is not answered 200, a POST; create, get and update answer
// 200 with the hook and its id, createdBy, createdTime, modifiedTime and type (CUSTOMER_WEBHOOK).
// Professional allows 5 enabled hooks, Enterprise 10, lower editions none (DESK_API.md; unverified).

export type Edition = 'Free' | 'Standard' | 'Professional' | 'Enterprise'
export const MAX_ENABLED_HOOKS: Record<Edition, number> = { Free: 0, Standard: 0, Professional: 5, Enterprise: 10 }

export type SubscriptionFilter = {
  departmentIds?: string[]
  includePrevState?: boolean
  fields?: string[]
  direction?: 'in' | 'out'
}
export type Subscriptions = Partial<Record<DeskEventType, SubscriptionFilter | null>>

export type Webhook = {
  id: string
  name: string
  url: string
  description: string | null
  subscriptions: Subscriptions
  ignoreSourceId: string | null
  includeEventsFrom: string[]
  isEnabled: boolean
  type: 'CUSTOMER_WEBHOOK'
  createdBy: string | null
  createdTime: string
  modifiedTime: string
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

export type UrlCheck = (url: string) => Promise<boolean>

/** Desk's URL validation (Webhook.json): a GET that must answer 200, else a POST that must (5 s each). */
export const checkUrlWithGet: UrlCheck = async (url) => {
  for (const method of ['GET', 'POST']) {
    try {
      const res = await fetch(url, { method, signal: AbortSignal.timeout(5_000), ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '[]' } : {}) })
      await res.arrayBuffer().catch(() => undefined)
      if (res.status === 200) return true
    } catch {
      // not reachable this way: try the next
    }
  }
  return false
}

export class WebhookRegistry {
  readonly hooks = new Map<string, Webhook>()

  constructor(
    private readonly ids: IdGenerator,
    private readonly clock: SandboxClock,
    private readonly knownDepartment: (id: string) => boolean,
    public edition: Edition,
    private readonly checkUrl: UrlCheck = checkUrlWithGet,
  ) {}

  list(): Webhook[] {
    return [...this.hooks.values()]
  }

  get(id: string): Webhook {
    const h = this.hooks.get(id)
    if (!h) throw notFound('webhook', id)
    return h
  }

  async create(body: unknown, createdBy: string | null = null): Promise<Webhook> {
    this.requireEdition()
    if (!isObject(body)) throw invalidBody([{ fieldName: '/', errorType: 'invalid' }])
    const errors: FieldError[] = []
    for (const key of Object.keys(body)) {
      if (!['name', 'url', 'description', 'subscriptions', 'ignoreSourceId', 'isEnabled', 'includeEventsFrom'].includes(key)) {
        errors.push({ fieldName: `/${key}`, errorType: 'invalid' })
      }
    }
    if (typeof body.name !== 'string' || body.name.trim() === '') errors.push({ fieldName: '/name', errorType: 'missing' })
    else if (body.name.length > 100) errors.push({ fieldName: '/name', errorType: 'invalid' })
    if (!isHttpUrl(body.url)) errors.push({ fieldName: '/url', errorType: body.url === undefined ? 'missing' : 'invalid' })
    const subscriptions = body.subscriptions === undefined
      ? (errors.push({ fieldName: '/subscriptions', errorType: 'missing' }), {})
      : this.parseSubscriptions(body.subscriptions, errors)
    this.commonFields(body, errors)
    if (errors.length > 0) throw invalidBody(errors)
    const isEnabled = body.isEnabled !== false
    if (isEnabled) this.requireRoom()
    await this.requireReachable(body.url as string)
    const now = this.clock.iso()
    const hook: Webhook = {
      id: this.ids.next('webhook'), name: body.name as string, url: body.url as string,
      description: typeof body.description === 'string' ? body.description : null,
      subscriptions, ignoreSourceId: typeof body.ignoreSourceId === 'string' && body.ignoreSourceId !== '' ? body.ignoreSourceId : null,
      includeEventsFrom: Array.isArray(body.includeEventsFrom) ? (body.includeEventsFrom as string[]) : [],
      isEnabled, type: 'CUSTOMER_WEBHOOK', createdBy, createdTime: now, modifiedTime: now,
    }
    this.hooks.set(hook.id, hook)
    return hook
  }

  async update(id: string, body: unknown): Promise<Webhook> {
    const hook = this.get(id)
    if (!isObject(body)) throw invalidBody([{ fieldName: '/', errorType: 'invalid' }])
    const errors: FieldError[] = []
    for (const key of Object.keys(body)) {
      if (!['name', 'url', 'description', 'subscriptions', 'ignoreSourceId', 'isEnabled', 'includeEventsFrom'].includes(key)) {
        errors.push({ fieldName: `/${key}`, errorType: 'invalid' })
      }
    }
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) errors.push({ fieldName: '/name', errorType: 'invalid' })
    if (body.url !== undefined && !isHttpUrl(body.url)) errors.push({ fieldName: '/url', errorType: 'invalid' })
    const subscriptions = body.subscriptions !== undefined ? this.parseSubscriptions(body.subscriptions, errors) : undefined
    this.commonFields(body, errors)
    if (errors.length > 0) throw invalidBody(errors)
    if (body.isEnabled === true && !hook.isEnabled) this.requireRoom()
    if (typeof body.url === 'string' && body.url !== hook.url) await this.requireReachable(body.url)
    if (typeof body.name === 'string') hook.name = body.name
    if (typeof body.url === 'string') hook.url = body.url
    if (body.description !== undefined) hook.description = typeof body.description === 'string' ? body.description : null
    if (subscriptions) hook.subscriptions = subscriptions
    if (body.ignoreSourceId !== undefined) hook.ignoreSourceId = typeof body.ignoreSourceId === 'string' && body.ignoreSourceId !== '' ? body.ignoreSourceId : null
    if (Array.isArray(body.includeEventsFrom)) hook.includeEventsFrom = body.includeEventsFrom as string[]
    if (typeof body.isEnabled === 'boolean') hook.isEnabled = body.isEnabled
    hook.modifiedTime = this.clock.iso()
    return hook
  }

  delete(id: string): void {
    this.get(id)
    this.hooks.delete(id)
  }

  clear(): void {
    this.hooks.clear()
  }

  private requireEdition(): void {
    if (MAX_ENABLED_HOOKS[this.edition] === 0) {
      throw new DeskApiError(403, 'LICENSE_ACCESS_LIMITED', `Webhooks are not available in the ${this.edition} edition.`)
    }
  }

  private requireRoom(): void {
    const max = MAX_ENABLED_HOOKS[this.edition]
    const enabled = this.list().filter((h) => h.isEnabled).length
    if (enabled >= max) {
      throw invalidBody([{ fieldName: '/isEnabled', errorType: 'invalid' }],
        `The ${this.edition} edition allows at most ${max} enabled webhooks.`)
    }
  }

  private async requireReachable(url: string): Promise<void> {
    if (!(await this.checkUrl(url))) {
      throw invalidBody([{ fieldName: '/url', errorType: 'invalid' }], 'The webhook URL did not answer the validation GET with 200.')
    }
  }

  private commonFields(body: Record<string, unknown>, errors: FieldError[]): void {
    const d = body.description
    if (d !== undefined && d !== null && (typeof d !== 'string' || d.length > 3000)) errors.push({ fieldName: '/description', errorType: 'invalid' })
    const i = body.ignoreSourceId
    if (i !== undefined && i !== null && (typeof i !== 'string' || (i !== '' && !UUID.test(i)))) {
      errors.push({ fieldName: '/ignoreSourceId', errorType: 'invalid', errorMessage: 'ignoreSourceId must be a UUID.' })
    }
    if (body.isEnabled !== undefined && typeof body.isEnabled !== 'boolean') errors.push({ fieldName: '/isEnabled', errorType: 'invalid' })
    const inc = body.includeEventsFrom
    if (inc !== undefined && (!Array.isArray(inc) || !inc.every((x) => x === 'AUTOMATION'))) errors.push({ fieldName: '/includeEventsFrom', errorType: 'invalid' })
    if (typeof body.url === 'string' && body.url.length > 500) errors.push({ fieldName: '/url', errorType: 'invalid' })
  }

  private parseSubscriptions(value: unknown, errors: FieldError[]): Subscriptions {
    const out: Subscriptions = {}
    if (!isObject(value) || Object.keys(value).length === 0) {
      errors.push({ fieldName: '/subscriptions', errorType: 'invalid' })
      return out
    }
    for (const [event, filter] of Object.entries(value)) {
      const at = `/subscriptions/${event}`
      if (!(DESK_EVENT_TYPES as readonly string[]).includes(event)) { errors.push({ fieldName: at, errorType: 'invalid' }); continue }
      const type = event as DeskEventType
      if (filter === null) { out[type] = null; continue }
      if (!isObject(filter)) { errors.push({ fieldName: at, errorType: 'invalid' }); continue }
      const f: SubscriptionFilter = {}
      for (const [key, v] of Object.entries(filter)) {
        const bad = (): void => { errors.push({ fieldName: `${at}/${key}`, errorType: 'invalid' }) }
        // Webhook.json: Account_Update and Contact_Update take includePrevState and nothing else
        const recordEvent = RECORD_EVENT_TYPES.includes(type)
        if (key === 'departmentIds') {
          if (!recordEvent && Array.isArray(v) && v.every((d) => typeof d === 'string' && this.knownDepartment(d))) f.departmentIds = v as string[]
          else bad()
        } else if (key === 'includePrevState') {
          if (typeof v === 'boolean' && (type === 'Ticket_Update' || recordEvent)) f.includePrevState = v
          else bad()
        } else if (key === 'fields') {
          // DESK_API.md: ≤5 fields, Ticket_Update only. Names are api names; `cf.cf_x` is read as `cf_x` (unverified form).
          if (type === 'Ticket_Update' && Array.isArray(v) && v.length >= 1 && v.length <= 5 && v.every((x) => typeof x === 'string')) {
            f.fields = (v as string[]).map((x) => x.replace(/^cf\./, ''))
          } else bad()
        } else if (key === 'direction') {
          if (type === 'Ticket_Thread_Add' && (v === 'in' || v === 'out')) f.direction = v
          else bad()
        } else bad()
      }
      out[type] = f
    }
    return out
  }
}

function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string') return false
  try {
    const u = new URL(v)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}
