// Installing (connecting) a Desk org (issue #6): validate the request, check the credentials against
// Desk, check the policy's custom fields exist, store the installation with its secrets encrypted and a
// per-installation webhook secret, subscribe the webhooks, and backfill the recent tickets.
// Installing an org again (same org id and data center) updates its installation in place —
// new credentials, departments, name — and registers its webhook afresh.
import { randomUUID } from 'node:crypto'
import { resolveEndpoints } from '../desk/data-centers.js'
import { isDeskError } from '../desk/errors.js'
import type { StoredToken } from '../desk/token-store.js'
import { DAY_MS, runBackfill, type BackfillResult } from '../pipeline/backfill.js'
import { createOutboxWorker } from '../pipeline/outbox-worker.js'
import type { ServiceContext } from '../pipeline/context.js'
import { generateSecret } from '../store/crypto.js'
import {
  createInstallation,
  getInstallationSecrets,
  listInstallations,
  updateInstallation,
  type Installation,
} from '../store/repos/installations.js'
import { PgTokenStore } from '../store/token-store-pg.js'
import { describeError } from '../describe-error.js'
import { refreshStatusMap } from '../pipeline/status-types.js'
import { contextOf, nowOf, type InstallDeps } from './deps.js'
import { InstallError } from './errors.js'
import { checkFields, deskFieldLister, fieldReport, type FieldCheck } from './fields.js'
import { parseInstallInput, type InstallInput } from './input.js'
import { exchangeAuthorizationCode } from './oauth-code.js'
import { probeCredentials } from './probe.js'
import { registerWebhook, removeWebhooks, type RemovedHooks, type WebhookOutcome } from './webhooks.js'

export type InstallStep = 'exchange' | 'credentials' | 'fields' | 'store' | 'webhooks' | 'backfill'

export interface InstallProgress {
  step: InstallStep
  message: string
  /** backfill only: the time window being walked (index 0-based) */
  window?: { index: number; total: number; from: string; to: string; seen?: number; enqueued?: number; done: boolean }
}

export type BackfillOutcome =
  | { status: 'skipped' }
  | { status: 'done' | 'deferred'; since: string; result: BackfillResult }
  | { status: 'failed'; since: string; message: string }

export interface InstallResult {
  installation: Installation
  /** false: the org was installed already and its installation was updated */
  created: boolean
  fields: FieldCheck
  webhooks: WebhookOutcome
  /** hooks of the previous install that were removed (re-install only) */
  replacedWebhooks: RemovedHooks | null
  /** the org's status names and types read for the status map (pipeline/status-types.ts) */
  statuses: StatusMapOutcome
  backfill: BackfillOutcome
}

export type StatusMapOutcome =
  | { status: 'read'; count: number; onHold: string[]; closed: string[]; message: string }
  | { status: 'failed'; message: string }

export type InstallRequest = InstallInput & { onProgress?: (p: InstallProgress) => void }

export async function installOrg(deps: InstallDeps, request: InstallRequest): Promise<InstallResult> {
  const { onProgress, ...raw } = request
  const input = parseInstallInput(raw)
  const report = (p: InstallProgress) => onProgress?.(p)
  const now = nowOf(deps)
  const { apiBase, accountsUrl } = resolveEndpoints(input)

  let refreshToken = input.refreshToken
  let token: StoredToken | undefined
  if (input.authorizationCode !== undefined) {
    report({ step: 'exchange', message: `exchanging the authorization code at ${accountsUrl}` })
    const exchanged = await exchangeAuthorizationCode({
      accountsUrl,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
      code: input.authorizationCode,
      redirectUri: input.redirectUri!,
      now,
      ...(deps.desk?.timeoutMs ? { timeoutMs: deps.desk.timeoutMs } : {}),
    })
    refreshToken = exchanged.refreshToken
    token = { accessToken: exchanged.accessToken, expiresAt: exchanged.expiresAt }
  }

  const existing = (await listInstallations(deps.db)).find((i) => i.orgId === input.orgId && i.dataCenter === input.dataCenter) ?? null
  const installationId = existing?.id ?? randomUUID()
  const ctx = contextOf(deps)
  // an org installed before keeps its policy overrides: its fields are checked against them
  const policy = existing ? ctx.policyFor(existing) : deps.policy

  report({ step: 'credentials', message: `checking the credentials against Desk org ${input.orgId} (${input.dataCenter})` })
  const probed = await probeCredentials({
    installationId,
    orgId: input.orgId,
    dataCenter: input.dataCenter,
    apiBase,
    accountsUrl,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    refreshToken: refreshToken!,
    ...(token ? { token } : {}),
    now,
    ...(deps.logger ? { logger: deps.logger } : {}),
    ...(deps.desk ? { desk: deps.desk } : {}),
  })

  token = probed.token

  report({ step: 'fields', message: 'checking the custom fields the policy names' })
  const fields = await checkFields(policy, deskFieldLister(probed.desk))
  if (fields.status === 'missing' && !input.force) {
    const names = fields.missing.map((m) => m.apiName)
    throw new InstallError(
      'INSTALL_FIELDS_MISSING',
      `${names.length} custom field(s) named in the policy are missing in org ${input.orgId}: ${fields.missing.map((m) => `${m.apiName} (${m.module})`).join(', ')}; add them and install again, or install anyway with --force`,
      { orgId: input.orgId, missing: fields.missing, report: fieldReport(fields, input.orgId) },
    )
  }
  report({ step: 'fields', message: fieldReport(fields, input.orgId) })

  report({ step: 'store', message: existing ? `updating installation ${installationId}` : 'storing the installation' })
  // a re-install keeps the webhook secret (deliveries in flight to the old hook still authenticate)
  // unless asked to rotate it; a new installation gets a fresh one
  const webhookSecret = (existing && !input.rotateWebhookSecret ? await readWebhookSecret(deps, existing.id) : null) ?? generateSecret()
  const common = {
    apiBase: input.apiBase ?? null,
    accountsUrl: input.accountsUrl ?? null,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    refreshToken: refreshToken!,
    webhookSecret,
    departmentIds: input.departmentIds,
  }
  let inst = existing
    ? await updateInstallation(deps.db, deps.box, existing.id, { ...common, ...(input.name !== undefined ? { name: input.name } : {}) }, new Date(now()))
    : await createInstallation(deps.db, deps.box, { id: installationId, name: input.name ?? '', orgId: input.orgId, dataCenter: input.dataCenter, ...common })
  // the probe's token serves the service too: no second mint
  await new PgTokenStore(deps.db, deps.box, now).save(inst.id, token)
  ;(deps.logger ?? ctx.logger).info(existing ? 'installation updated' : 'installation created', { installationId: inst.id, orgId: inst.orgId, dataCenter: inst.dataCenter })

  report({ step: 'webhooks', message: `subscribing the webhook at ${input.publicUrl}/hooks/desk/${inst.id}/…` })
  const { outcome: webhooks, replaced } = await subscribe(ctx, inst, existing, input.publicUrl, webhookSecret)
  inst = await updateInstallation(deps.db, deps.box, inst.id, { webhookIds: webhooks.ids }, new Date(now()))
  report({
    step: 'webhooks',
    message: webhooks.status === 'registered' ? `webhook registered (${webhooks.ids.join(', ')})${webhooks.message ? `: ${webhooks.message}` : ''}` : webhooks.message,
  })

  const statuses = await readStatuses(ctx, inst)
  report({ step: 'fields', message: `ticket statuses: ${statuses.message}` })

  const backfill = await backfillInstallation(deps, ctx, inst, input.backfillDays, report)
  return { installation: inst, created: existing === null, fields, webhooks, replacedWebhooks: replaced, statuses, backfill }
}

/** the org's status map, read and cached now so the backfill's History reads find every name */
async function readStatuses(ctx: ServiceContext, inst: Installation): Promise<StatusMapOutcome> {
  try {
    const map = await refreshStatusMap(ctx, inst, await ctx.deskFor(inst))
    const named = (type: string) => map.filter((s) => s.statusType === type).map((s) => s.name)
    const onHold = named('On Hold')
    const closed = named('Closed')
    return {
      status: 'read',
      count: map.length,
      onHold,
      closed,
      message: `${map.length} read; On Hold pauses the clock: ${onHold.join(', ') || 'none'}; Closed stops it: ${closed.join(', ') || 'none'}`,
    }
  } catch (err) {
    if (!isDeskError(err)) throw err
    return { status: 'failed', message: `not read (${describeError(err, 'line')}); read again when a ticket's History names a status` }
  }
}

async function readWebhookSecret(deps: InstallDeps, id: string): Promise<string | null> {
  try {
    return (await getInstallationSecrets(deps.db, deps.box, id))?.webhookSecret ?? null
  } catch {
    // an uninstalled (kept-data) installation has no readable secrets: a fresh one is made
    return null
  }
}

async function subscribe(
  ctx: ServiceContext,
  inst: Installation,
  existing: Installation | null,
  publicUrl: string,
  secret: string,
): Promise<{ outcome: WebhookOutcome; replaced: RemovedHooks | null }> {
  const scrub = (text: string) => text.split(secret).join('[redacted]')
  try {
    const desk = await ctx.deskFor(inst)
    const replaced = existing ? await removeWebhooks(desk, { id: inst.id, webhookIds: existing.webhookIds }) : null
    const outcome = await registerWebhook(desk, inst, { publicUrl, secret })
    return { outcome: outcome.status === 'registered' ? outcome : { ...outcome, message: scrub(outcome.message) }, replaced }
  } catch (err) {
    if (!isDeskError(err)) throw err
    return {
      outcome: { status: 'failed', ids: [], code: err.code, message: `the webhook could not be set up: ${scrub(err.message)} [${err.code}]; run the install again; until then the search poll covers the org` },
      replaced: null,
    }
  }
}

/**
 * Walks the tickets modified in the last `days` days through the pipeline (the `sync --since`
 * backfill), so open tickets get their SLA fields at once. A failure leaves the installation in place
 * and says how to continue. Exported so the admin page can run it after answering the install form.
 */
export async function backfillInstallation(
  deps: InstallDeps,
  ctx: ServiceContext,
  inst: Installation,
  days: number,
  report: (p: InstallProgress) => void = () => {},
): Promise<BackfillOutcome> {
  if (days <= 0) return { status: 'skipped' }
  const until = ctx.now()
  const since = until - days * DAY_MS
  const sinceIso = new Date(since).toISOString()
  report({ step: 'backfill', message: `backfilling the tickets modified since ${sinceIso}` })
  const outbox = deps.deliver === false ? null : createOutboxWorker(ctx)
  try {
    const result = await runBackfill(ctx, inst, {
      since,
      until,
      ...(outbox ? { deliver: () => outbox.drain() } : {}),
      onWindowStart: (w) => report({ step: 'backfill', message: `window ${w.index + 1}/${w.total}`, window: { ...w, done: false } }),
      onWindowDone: (w) =>
        report({ step: 'backfill', message: `window ${w.index + 1}/${w.total}: ${w.seen} ticket(s) seen, ${w.enqueued} queued`, window: { ...w, done: true } }),
    })
    return { status: result.status === 'deferred' ? 'deferred' : 'done', since: sinceIso, result }
  } catch (err) {
    return {
      status: 'failed',
      since: sinceIso,
      message: `${describeError(err, 'line')}; continue with: npx desk-sla sync --since ${sinceIso} --installation ${inst.id}`,
    }
  }
}
