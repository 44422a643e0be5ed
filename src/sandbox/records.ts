import { Router } from 'express'
import { invalidBody, invalidParam, notFound, type FieldError } from './errors.js'
import { organizationFields } from './fields.js'
import { cfString, type Account, type Cf } from './model.js'
import { parsePaging, queryString, sendList, type Query } from './paging.js'
import type { SandboxState } from './state.js'
import { accountView, contactView } from './views.js'
import type { WebhookRegistry } from './webhooks.js'

// Accounts, contacts, departments, agents, the field listing and webhook subscriptions.

export function recordRoutes(state: SandboxState): Router {
  const r = Router()

  r.get('/accounts', (req, res) => {
    const { from, limit } = parsePaging(req.query as Query, { maxLimit: 100 })
    sendList(res, [...state.accounts.values()].slice(from, from + limit).map(accountView))
  })
  r.get('/accounts/:id', (req, res) => {
    const a = state.accounts.get(req.params.id)
    if (!a) throw notFound('account', req.params.id)
    res.json(accountView(a))
  })
  // Unverified endpoint (DESK_API.md lists GET /accounts/{id} only); modelled on PATCH /tickets/{id}.
  r.patch('/accounts/:id', (req, res) => {
    const a = state.accounts.get(req.params.id)
    if (!a) throw notFound('account', req.params.id)
    applyAccountPatch(a, parseAccountPatch(state, req.body), state.clock.iso())
    res.json(accountView(a))
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
  // Unverified shape (see fields.ts): {"data":[{id, apiName, displayLabel, isCustomField, type, isMandatory, allowedValues}]}.
  r.get('/organizationFields', (req, res) => {
    const module = queryString(req.query as Query, 'module')
    if (module === 'tickets') return sendList(res, organizationFields('tickets', state.config.ticketFields))
    if (module === 'accounts') return sendList(res, organizationFields('accounts', state.config.accountFields))
    if (module === 'contacts') return sendList(res, organizationFields('contacts', []))
    throw invalidParam('module', 'module must be tickets, accounts or contacts.')
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

export function webhookRoutes(registry: WebhookRegistry): Router {
  const r = Router()
  r.post('/webhooks', async (req, res) => {
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
  r.delete('/webhooks/:id', (req, res) => {
    registry.delete(req.params.id)
    res.status(204).end()
  })
  return r
}
