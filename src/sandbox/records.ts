import { Router } from 'express'
import { DeskApiError, invalidParam, notFound } from './errors.js'
import { fieldListView, fieldView, moduleFields, organizationFieldView, type FieldModule, type OrgField } from './fields.js'
import type { FaultSwitches } from './faults.js'
import type { TicketOperations } from './operations.js'
import { csv, parsePaging, queryString, sendList, type Query } from './paging.js'
import type { SandboxState } from './state.js'
import { accountListView, accountView, contactView } from './views.js'
import type { WebhookRegistry } from './webhooks.js'

// Accounts, contacts, departments, agents, the field listing and webhook subscriptions.

export function recordRoutes(state: SandboxState, faults: FaultSwitches, ops: TicketOperations): Router {
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
  // Account.json `updateAccount`: only sent keys change; answers the full account. A change raises
  // Account_Update (Webhook.json lists it), unless the write names the hook's ignoreSourceId.
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
