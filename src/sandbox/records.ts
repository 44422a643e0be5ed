import { Router } from 'express'
import { invalidParam, notFound } from './errors.js'
import { organizationFields } from './fields.js'
import type { TicketOperations } from './operations.js'
import { parsePaging, queryString, sendList, type Query } from './paging.js'
import type { SandboxState } from './state.js'
import { accountView, contactView } from './views.js'
import type { WebhookRegistry } from './webhooks.js'

// Accounts, contacts, departments, agents, the field listing and webhook subscriptions.

export function recordRoutes(state: SandboxState, ops: TicketOperations): Router {
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
  // A change raises Account_Update (Webhook.json lists it), unless the write names the hook's ignoreSourceId.
  r.patch('/accounts/:id', (req, res) => {
    res.json(ops.updateAccount(req.params.id, req.body, { sourceId: req.get('sourceId') ?? undefined }))
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
  r.patch('/contacts/:id', (req, res) => {
    res.json(ops.updateContact(req.params.id, req.body, { sourceId: req.get('sourceId') ?? undefined }))
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
