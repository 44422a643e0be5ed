import { Router } from 'express'
import { DeskApiError, invalidBody, invalidParam, notFound, type FieldError } from './errors.js'
import { fieldListView, fieldView, moduleFields, organizationFieldView, type FieldModule, type OrgField } from './fields.js'
import type { FaultSwitches } from './faults.js'
import { cfString, type Account, type Cf } from './model.js'
import { csv, parsePaging, queryString, sendList, type Query } from './paging.js'
import type { SandboxState } from './state.js'
import { accountListView, accountView, contactView } from './views.js'
import type { WebhookRegistry } from './webhooks.js'

// Accounts, contacts, departments, agents, the field listing and webhook subscriptions.

export function recordRoutes(state: SandboxState, faults: FaultSwitches): Router {
  const r = Router()

  r.get('/accounts', (req, res) => {
    const q = req.query as Query
    const { from, limit } = parsePaging(q, { maxLimit: 100 })
    // Account.json `getAccounts`: the list carries the basic fields; `fields` (≤30, custom ones by api
    // name) asks for more — country, state, cf_… — as Account.json's `fields` parameter describes.
    const fields = csv(q, 'fields')
    if (fields.length > 30) throw invalidParam('fields', 'At most 30 fields can be asked for.')
    sendList(res, [...state.accounts.values()].slice(from, from + limit).map((a) => accountListView(a, fields)))
  })
  r.get('/accounts/:id', (req, res) => {
    const a = state.accounts.get(req.params.id)
    if (!a) throw notFound('account', req.params.id)
    res.json(accountView(a, state.config.portalUrl))
  })
  // Account.json `updateAccount`: only sent keys change; answers the full account.
  r.patch('/accounts/:id', (req, res) => {
    const a = state.accounts.get(req.params.id)
    if (!a) throw notFound('account', req.params.id)
    applyAccountPatch(a, parseAccountPatch(state, req.body), state.clock.iso())
    res.json(accountView(a, state.config.portalUrl))
  })
  r.get('/contacts', (req, res) => {
    const { from, limit } = parsePaging(req.query as Query, { maxLimit: 100 })
    sendList(res, [...state.contacts.values()].slice(from, from + limit).map(contactView))
  })
  r.get('/contacts/:id', (req, res) => {
    const c = state.contacts.get(req.params.id)
    if (!c) throw notFound('contact', req.params.id)
    res.json(contactView(c))
  })
  r.get('/departments', (_req, res) => {
    sendList(res, [...state.departments.values()].map((d) => ({ ...d })))
  })
  r.get('/agents/:id', (req, res) => {
    const a = state.agents.get(req.params.id)
    if (!a) throw notFound('agent', req.params.id)
    res.json({ ...a, name: `${a.firstName} ${a.lastName}`, status: 'ACTIVE' })
  })
  r.get('/agents', (_req, res) => {
    sendList(res, [...state.agents.values()].map((a) => ({ ...a, name: `${a.firstName} ${a.lastName}`, status: 'ACTIVE' })))
  })
  // Field.json / FieldOld.json (fields.ts). The `fieldsApi: "missing"` fault makes the new path answer
  // 404 URL_NOT_FOUND, as an org without it would, so the fallback to /organizationFields is exercised.
  const fieldsOf = (module: FieldModule): OrgField[] =>
    moduleFields(module, module === 'tickets' ? state.config.ticketFields : module === 'accounts' ? state.config.accountFields : [], state.config.statuses)
  const moduleParam = (q: Query): FieldModule => {
    const module = queryString(q, 'module')
    if (module === 'tickets' || module === 'accounts' || module === 'contacts') return module
    throw invalidParam('module', 'module must be tickets, accounts or contacts.')
  }
  const fieldsApiGone = (req: { method: string; path: string }): void => {
    if (faults.fieldsApiMissing) throw new DeskApiError(404, 'URL_NOT_FOUND', `The URL ${req.method} /api/v1${req.path} was not found.`)
  }
  r.get('/fields', (req, res) => {
    fieldsApiGone(req)
    sendList(res, fieldsOf(moduleParam(req.query as Query)).map(fieldListView))
  })
  r.get('/fields/:id', (req, res) => {
    fieldsApiGone(req)
    const f = (['tickets', 'accounts', 'contacts'] as const).flatMap(fieldsOf).find((x) => x.id === req.params.id)
    if (!f) throw notFound('field', req.params.id)
    res.json(fieldView(f))
  })
  r.get('/organizationFields', (req, res) => {
    sendList(res, fieldsOf(moduleParam(req.query as Query)).map(organizationFieldView))
  })
  return r
}

// Keys a PATCH /accounts/{id} may carry; anything else, and any `cf_` key the portal does not know,
// is refused with 422 in Desk's error shape (the same choice as for tickets).
const ACCOUNT_TEXT = ['country', 'state', 'city', 'website', 'industry', 'phone'] as const
type AccountPatch = Partial<Pick<Account, 'accountName' | (typeof ACCOUNT_TEXT)[number]>> & { cf?: Cf }

function parseAccountPatch(state: SandboxState, body: unknown): AccountPatch {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody([{ fieldName: '/', errorType: 'invalid' }], 'The request body must be a JSON object.')
  }
  const errors: FieldError[] = []
  const out: AccountPatch = {}
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const bad = (): void => { errors.push({ fieldName: `/${key}`, errorType: 'invalid' }) }
    if (key === 'accountName') {
      if (typeof value === 'string' && value.trim() !== '') out.accountName = value
      else bad()
    } else if ((ACCOUNT_TEXT as readonly string[]).includes(key)) {
      if (value === null || typeof value === 'string') out[key as (typeof ACCOUNT_TEXT)[number]] = value
      else bad()
    } else if (key === 'cf') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) { bad(); continue }
      const known = new Set(state.config.accountFields.map((f) => f.apiName))
      const cf: Cf = {}
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (!known.has(k)) errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
        else if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cf[k] = cfString(v)
        else errors.push({ fieldName: `/cf/${k}`, errorType: 'invalid' })
      }
      out.cf = cf
    } else bad()
  }
  if (errors.length > 0) throw invalidBody(errors)
  return out
}

/** PATCH semantics: only sent keys change, cf keys merge, modifiedTime moves only when something changed. */
function applyAccountPatch(a: Account, patch: AccountPatch, now: string): void {
  let changed = false
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'cf') continue
    const k = key as keyof Omit<AccountPatch, 'cf'>
    if (a[k] !== value) { (a as Record<string, unknown>)[k] = value; changed = true }
  }
  for (const [key, value] of Object.entries(patch.cf ?? {})) {
    if ((a.cf[key] ?? null) !== value) { a.cf[key] = value; changed = true }
  }
  if (changed) a.modifiedTime = now
}

export function webhookRoutes(registry: WebhookRegistry, faults: FaultSwitches): Router {
  const r = Router()
  r.post('/webhooks', async (req, res) => {
    // the `ignoreSourceId: "refused"` fault: the refusal one report describes, in Desk's 422 INVALID_DATA shape
    const body = req.body as Record<string, unknown> | undefined
    if (faults.ignoreSourceIdRefused && typeof body?.ignoreSourceId === 'string' && body.ignoreSourceId !== '') {
      throw new DeskApiError(422, 'INVALID_DATA', 'The data does not comply to the validation restrictions defined.',
        [{ fieldName: '/ignoreSourceId', errorType: 'invalid', errorMessage: 'ignoreSourceId is not accepted.' }])
    }
    res.json(await registry.create(req.body))
  })
  r.get('/webhooks', (_req, res) => {
    sendList(res, registry.list().map((h) => structuredClone(h)))
  })
  r.get('/webhooks/:id', (req, res) => {
    res.json(structuredClone(registry.get(req.params.id)))
  })
  r.patch('/webhooks/:id', async (req, res) => {
    res.json(structuredClone(await registry.update(req.params.id, req.body)))
  })
  // Webhook.json `deleteWebhook`: 200 with no content
  r.delete('/webhooks/:id', (req, res) => {
    registry.delete(req.params.id)
    res.status(200).end()
  })
  return r
}
