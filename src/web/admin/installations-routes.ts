// The installations page's routes (issue #6): "Connect an org" runs installOrg and then backfills in
// the background, a new widget token (shown once) and uninstall, each audited under the signed-in
// admin; and the same install as JSON for `desk-sla install`. The routes are declared on the admin
// router itself (registerInstallationRoutes), so its session and CSRF guards, and the signed-out
// test over its route table, cover them.
import type { Request, Response, Router } from 'express'
import type { Policy } from '../../engine/policy.js'
import {
  backfillInstallation,
  DEFAULT_BACKFILL_DAYS,
  INSTALL_ERROR_CODES,
  installOrg,
  isInstallError,
  uninstallOrg,
  type BackfillOutcome,
  type InstallDeps,
  type InstallRequest,
  type InstallResult,
  type RequiredField,
  type UninstallResult,
} from '../../install/index.js'
import type { ServiceContext } from '../../pipeline/context.js'
import { appendAudit } from '../../store/repos/audit.js'
import { getInstallation, type Installation } from '../../store/repos/installations.js'
import { hasWidgetToken, setWidgetToken } from '../../store/repos/widget-tokens.js'
import { errorBody, sendError } from '../../engine/coded-error.js'
import { AdminError } from './errors.js'
import { html, type Html } from './html.js'
import {
  checked,
  field,
  formValues,
  installationRows,
  parseBackfillDays,
  requestOfForm,
  scrubber,
  SECRET_FIELDS,
  type AdminInstallOptions,
  type BackfillState,
  type ConnectFormValues,
  type FormError,
} from './installations.js'
import { confirmPage, connectForm, listTable, resultBody, uninstallBody, widgetSettings } from './page-installations.js'

export interface InstallationRoutesDeps {
  ctx: ServiceContext
  /** the service's PUBLIC_URL; without it the request's own origin is offered */
  publicUrl?: string
  basePolicy: () => Policy
  options?: AdminInstallOptions
  /** renders a page inside the dashboard layout */
  render: (res: Response, title: string, body: Html, status?: number) => void
  actorOf: (res: Response) => string
  csrfOf: (res: Response) => string
}

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`
}

// ---- routes ----

export function registerInstallationRoutes(router: Router, deps: InstallationRoutesDeps): void {
  const { ctx, render } = deps
  const opts = deps.options ?? {}
  const backfills = new Map<string, BackfillState>()
  const defaultPublicUrl = (req: Request) => (deps.publicUrl ?? originOf(req)).replace(/\/+$/, '')
  const installDeps = (): InstallDeps => ({
    db: ctx.db,
    box: ctx.box,
    policy: deps.basePolicy(),
    ctx,
    now: ctx.now,
    logger: ctx.logger,
    deliver: opts.deliver ?? false,
    ...(opts.desk ? { desk: opts.desk } : {}),
  })

  const listPage = async (res: Response, req: Request, o: { values?: ConnectFormValues; error?: FormError | null; status?: number; notice?: string } = {}) => {
    const rows = await installationRows(ctx, backfills)
    const body = html`${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}<section><h2>Connected orgs (${rows.length})</h2>${listTable(rows)}</section>
${connectForm(deps.csrfOf(res), o.values ?? formValues({}, defaultPublicUrl(req)), o.error ?? null)}`
    render(res, 'Installations', body, o.status)
  }

  const startBackfill = (inst: Installation, days: number) => {
    const state: BackfillState = { status: 'running', days, startedAt: new Date(ctx.now()).toISOString(), window: null, seen: 0, message: null }
    backfills.set(inst.id, state)
    const done = backfillInstallation(installDeps(), ctx, inst, days, (p) => {
      if (!p.window) return
      state.window = { index: p.window.index, total: p.window.total }
      if (p.window.done) state.seen += p.window.seen ?? 0
    })
      .catch((err: unknown): BackfillOutcome => ({ status: 'failed', since: '', message: err instanceof Error ? err.message.split('\n')[0]! : String(err) }))
      .then((outcome) => {
        state.status = outcome.status
        if (outcome.status === 'failed') {
          state.message = outcome.message
          ctx.logger.warn('admin: backfill failed', { installationId: inst.id, message: outcome.message })
        } else if (outcome.status !== 'skipped') {
          state.seen = outcome.result.seen
          ctx.logger.info('admin: backfill finished', { installationId: inst.id, status: outcome.status, seen: outcome.result.seen, failed: outcome.result.failed })
        }
        return outcome
      })
    opts.onBackfill?.(inst.id, done)
  }

  router.get('/admin/installations', async (req, res) => {
    await listPage(res, req, { notice: req.query.notice === 'uninstalled' ? 'The installation was uninstalled.' : undefined })
  })

  router.get('/admin/api/installations', async (_req, res) => {
    res.json({ installations: await installationRows(ctx, backfills) })
  })

  router.post('/admin/installations', async (req, res) => {
    const values = formValues(req.body, defaultPublicUrl(req))
    const scrub = scrubber(SECRET_FIELDS.map((k) => field(req.body, k)))
    const actor = deps.actorOf(res)
    let result: InstallResult
    let days: number
    try {
      days = parseBackfillDays(values.backfillDays)
      result = await installOrg(installDeps(), requestOfForm(req.body, values))
    } catch (err) {
      if (!isInstallError(err)) {
        ctx.logger.error('admin: install failed', { orgId: values.orgId, error: scrub(err instanceof Error ? err.message : String(err)) })
        return listPage(res, req, {
          values,
          status: 500,
          error: { code: 'ADMIN_INTERNAL', message: 'the install stopped on an internal error', fix: 'look at the service log, then try again', missing: [] },
        })
      }
      ctx.logger.warn('admin: install refused', { orgId: values.orgId, code: err.code })
      const missing = err.code === 'INSTALL_FIELDS_MISSING' && Array.isArray(err.details.missing) ? (err.details.missing as RequiredField[]) : []
      return listPage(res, req, {
        values,
        status: err.status,
        error: {
          code: err.code,
          message: scrub(err.message),
          // the form's wording: a checkbox, not the CLI's --force
          fix: INSTALL_ERROR_CODES[err.code].fix.replace('--force installs anyway', 'tick "install even if custom fields are missing" to install anyway'),
          missing,
        },
      })
    }
    const token = await afterInstall(result, { actor, force: values.force, days, newWidgetToken: false, reason: 'org connected from the admin dashboard' })
    render(res, 'Installations', resultBody(result, { publicUrl: values.publicUrl.replace(/\/+$/, ''), token, backfillDays: days }))
  })

  /** the widget token (a new one, or null when it is unchanged), the audit entry, the background backfill */
  const afterInstall = async (result: InstallResult, o: { actor: string; force: boolean; days: number; newWidgetToken: boolean; reason: string }) => {
    const inst = result.installation
    const token = !o.newWidgetToken && (await hasWidgetToken(ctx.db, inst.id)) ? null : await setWidgetToken(ctx.db, inst.id, new Date(ctx.now()))
    await appendAudit(ctx.db, {
      installationId: inst.id,
      ticketId: null,
      actor: o.actor,
      action: result.created ? 'installation.install' : 'installation.reinstall',
      changes: {
        orgId: inst.orgId,
        dataCenter: inst.dataCenter,
        name: inst.name,
        departmentIds: inst.departmentIds,
        webhooks: { status: result.webhooks.status, ids: result.webhooks.ids },
        fields: { status: result.fields.status, missing: result.fields.missing.map((m) => m.apiName) },
        force: o.force,
        backfillDays: o.days,
        widgetToken: token ? 'created' : 'unchanged',
      },
      reason: o.reason,
      at: new Date(ctx.now()),
    })
    if (o.days > 0) startBackfill(inst, o.days)
    return token
  }

  // The same install as JSON, for `desk-sla install` while this service holds the embedded store
  // (issue #17): the body is the install request (InstallInput) plus `newWidgetToken`; the backfill
  // runs here, in the background, as the page's does.
  router.post('/admin/api/installations', async (req, res) => {
    const { newWidgetToken, backfillDays, ...request } = (req.body ?? {}) as Record<string, unknown>
    const secrets = [request.clientSecret, request.refreshToken, request.authorizationCode].filter((v): v is string => typeof v === 'string')
    const scrub = scrubber(secrets)
    let result: InstallResult
    let days: number
    try {
      days = backfillDays === undefined ? DEFAULT_BACKFILL_DAYS : parseBackfillDays(typeof backfillDays === 'number' ? String(backfillDays) : '')
      result = await installOrg(installDeps(), { ...(request as InstallRequest), backfillDays: 0 })
    } catch (err) {
      if (!isInstallError(err)) {
        ctx.logger.error('admin: install failed', { error: scrub(err instanceof Error ? err.message : String(err)) })
        return sendError(res, new AdminError('ADMIN_INTERNAL', 'the install stopped on an internal error: look at the service log'))
      }
      ctx.logger.warn('admin: install refused', { code: err.code })
      const report = typeof err.details.report === 'string' ? { report: err.details.report } : {}
      return res.status(err.status).json(errorBody(err.code, scrub(err.message), { fix: INSTALL_ERROR_CODES[err.code].fix, ...report }))
    }
    const token = await afterInstall(result, {
      actor: deps.actorOf(res),
      force: request.force === true,
      days,
      newWidgetToken: newWidgetToken === true,
      reason: 'org connected through the admin API (desk-sla install)',
    })
    const inst = result.installation
    res.json({
      created: result.created,
      installation: { id: inst.id, name: inst.name, orgId: inst.orgId, dataCenter: inst.dataCenter, departmentIds: inst.departmentIds },
      fields: { status: result.fields.status, required: result.fields.required.length, missing: result.fields.missing.map((m) => m.apiName), reason: result.fields.reason ?? null },
      webhooks: { status: result.webhooks.status, ids: result.webhooks.ids, message: result.webhooks.status === 'registered' ? null : result.webhooks.message },
      replacedWebhooks: result.replacedWebhooks?.deleted ?? [],
      backfill: { status: days > 0 ? 'running' : 'skipped', days },
      widgetToken: token,
    })
  })

  const found = async (req: Request, res: Response): Promise<Installation | null> => {
    const id = String(req.params.id ?? '')
    const inst = /^[A-Za-z0-9_-]{1,100}$/.test(id) ? await getInstallation(ctx.db, id) : null
    if (!inst) render(res, 'Installations', html`<p class="warn" role="alert">No installation ${id}.</p><p><a href="/admin/installations">Back to the installations</a></p>`, 404)
    return inst
  }

  router.get('/admin/installations/:id/widget-token', async (req, res) => {
    const inst = await found(req, res)
    if (inst) render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), inst.status === 'disabled' ? 'This installation is uninstalled: connect the org again first.' : null))
  })

  router.post('/admin/installations/:id/widget-token', async (req, res) => {
    const inst = await found(req, res)
    if (!inst) return
    if (inst.status === 'disabled') return render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), 'This installation is uninstalled: connect the org again first.'), 409)
    if (field(req.body, 'confirm') !== 'yes') return render(res, 'New widget token', confirmPage('widget-token', inst, deps.csrfOf(res), 'Tick the box to confirm.'), 400)
    const had = await hasWidgetToken(ctx.db, inst.id)
    const token = await setWidgetToken(ctx.db, inst.id, new Date(ctx.now()))
    await appendAudit(ctx.db, {
      installationId: inst.id,
      ticketId: null,
      actor: deps.actorOf(res),
      action: 'widget-token.new',
      changes: { widgetToken: had ? 'replaced' : 'created' },
      reason: 'widget token made from the admin dashboard',
      at: new Date(ctx.now()),
    })
    render(res, 'New widget token', html`${widgetSettings(defaultPublicUrl(req), inst.id, token)}<p><a href="/admin/installations">Back to the installations</a></p>`)
  })

  router.get('/admin/installations/:id/uninstall', async (req, res) => {
    const inst = await found(req, res)
    if (inst) render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), null))
  })

  router.post('/admin/installations/:id/uninstall', async (req, res) => {
    const inst = await found(req, res)
    if (!inst) return
    if (field(req.body, 'confirm') !== 'yes') return render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), 'Tick the box to confirm.'), 400)
    const keepData = checked(req.body, 'keepData')
    const actor = deps.actorOf(res)
    let result: UninstallResult
    try {
      result = await uninstallOrg({ db: ctx.db, box: ctx.box, ctx, now: ctx.now, logger: ctx.logger, ...(opts.desk ? { desk: opts.desk } : {}) }, inst.id, {
        keepData,
        force: checked(req.body, 'force'),
      })
    } catch (err) {
      if (!isInstallError(err)) throw err
      return render(res, 'Uninstall', confirmPage('uninstall', inst, deps.csrfOf(res), `${err.code}: ${err.message} — ${INSTALL_ERROR_CODES[err.code].fix}`), err.status)
    }
    backfills.delete(inst.id)
    const changes = { orgId: inst.orgId, dataCenter: inst.dataCenter, keptData: result.keptData, deletedWebhooks: result.deletedWebhooks, webhookCleanupError: result.webhookCleanupError }
    if (result.keptData) {
      await appendAudit(ctx.db, { installationId: inst.id, ticketId: null, actor, action: 'installation.uninstall', changes, reason: 'org uninstalled from the admin dashboard (data kept)', at: new Date(ctx.now()) })
    } else {
      // the installation's audit log went with it: the service log keeps the record
      ctx.logger.info('admin: installation uninstalled', { installationId: inst.id, actor, ...changes })
    }
    render(res, 'Uninstall', uninstallBody(result))
  })
}
