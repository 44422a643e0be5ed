// Installations (issue #6, "Installing and connecting an org … and the same through the admin page"):
// what the installations page shows and reads: the list of connected orgs (never a secret), the
// background backfills' progress, and the "Connect an org" form's values and install request.
// The page is page-installations.ts, the routes installations-routes.ts.
import type { DeskClientOptions } from '../../desk/client.js'
import {
  DEFAULT_BACKFILL_DAYS,
  InstallError,
  MAX_BACKFILL_DAYS,
  type BackfillOutcome,
  type InstallRequest,
  type RequiredField,
} from '../../install/index.js'
import type { ServiceContext } from '../../pipeline/context.js'
import { scrub } from '../../redact.js'
import { listInstallations, type Installation } from '../../store/repos/installations.js'
import { hasWidgetToken } from '../../store/repos/widget-tokens.js'
import { installationHealth } from './queries.js'

/** what the admin page's installs may differ in from the service's defaults (tests: a Desk client that never sleeps) */
export interface AdminInstallOptions {
  /** Desk client options for the credential and field checks (the context's clients serve the rest) */
  desk?: Partial<DeskClientOptions>
  /** deliver the backfill's Desk writes itself (default false: the service's outbox worker delivers them) */
  deliver?: boolean
  /** told of every background backfill the page starts (tests await it; the page never does) */
  onBackfill?: (installationId: string, done: Promise<BackfillOutcome>) => void
}

/** a background backfill as the list shows it (kept in memory by this process) */
export interface BackfillState {
  status: 'running' | BackfillOutcome['status']
  days: number
  startedAt: string
  window: { index: number; total: number } | null
  seen: number
  message: string | null
}

export interface InstallationRow {
  id: string
  name: string
  orgId: string
  dataCenter: string
  status: Installation['status']
  statusReason: string | null
  webhooks: number
  departmentIds: string[]
  createdAt: string
  widgetToken: boolean
  lastSyncAt: string | null
  backfill: BackfillState | null
}

/** the form's values that may be shown again: never the client secret, refresh token or authorization code */
export interface ConnectFormValues {
  name: string
  dataCenter: string
  orgId: string
  clientId: string
  redirectUri: string
  departmentIds: string
  publicUrl: string
  apiBase: string
  accountsUrl: string
  backfillDays: string
  force: boolean
}

export const SECRET_FIELDS = ['clientSecret', 'refreshToken', 'authorizationCode'] as const

export function field(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v.trim() : ''
}

export function checked(body: unknown, key: string): boolean {
  const v = field(body, key)
  return v === 'on' || v === '1' || v === 'yes' || v === 'true'
}

/** removes every submitted secret from a text (install errors carry none; this makes sure) */
export function scrubber(secrets: string[]): (text: string) => string {
  return (text) => scrub(text, secrets)
}

export function formValues(body: unknown, defaultPublicUrl: string): ConnectFormValues {
  return {
    name: field(body, 'name'),
    dataCenter: field(body, 'dataCenter') || 'com',
    orgId: field(body, 'orgId'),
    clientId: field(body, 'clientId'),
    redirectUri: field(body, 'redirectUri'),
    departmentIds: field(body, 'departmentIds'),
    publicUrl: field(body, 'publicUrl') || defaultPublicUrl,
    apiBase: field(body, 'apiBase'),
    accountsUrl: field(body, 'accountsUrl'),
    backfillDays: field(body, 'backfillDays') || String(DEFAULT_BACKFILL_DAYS),
    force: checked(body, 'force'),
  }
}

export function parseBackfillDays(text: string): number {
  if (!/^\d{1,4}$/.test(text) || Number(text) > MAX_BACKFILL_DAYS) {
    throw new InstallError('INSTALL_BAD_INPUT', `invalid install request: backfillDays: a whole number of days from 0 to ${MAX_BACKFILL_DAYS}`, {
      issues: [{ field: 'backfillDays', message: `a whole number of days from 0 to ${MAX_BACKFILL_DAYS}` }],
    })
  }
  return Number(text)
}

/** the install request of a submitted form (the install itself validates it, naming fields, never values) */
export function requestOfForm(body: unknown, v: ConnectFormValues): InstallRequest {
  const secret = (k: (typeof SECRET_FIELDS)[number]) => field(body, k) || undefined
  const optional = (value: string) => (value === '' ? undefined : value)
  const refreshToken = secret('refreshToken')
  const authorizationCode = secret('authorizationCode')
  const request: Record<string, unknown> = {
    name: optional(v.name),
    dataCenter: v.dataCenter,
    orgId: v.orgId,
    clientId: v.clientId,
    clientSecret: secret('clientSecret') ?? '',
    refreshToken,
    authorizationCode,
    redirectUri: authorizationCode !== undefined || refreshToken === undefined ? optional(v.redirectUri) : undefined,
    apiBase: optional(v.apiBase),
    accountsUrl: optional(v.accountsUrl),
    departmentIds: v.departmentIds.split(/[\s,]+/).filter((d) => d !== ''),
    publicUrl: v.publicUrl,
    // the request answers at once: the backfill runs after it, in the background
    backfillDays: 0,
    force: v.force,
  }
  for (const [k, value] of Object.entries(request)) if (value === undefined) delete request[k]
  return request as InstallRequest
}

export async function installationRows(ctx: ServiceContext, backfills: ReadonlyMap<string, BackfillState> = new Map()): Promise<InstallationRow[]> {
  const [installations, health] = await Promise.all([listInstallations(ctx.db), installationHealth(ctx.db)])
  const lastSync = new Map(health.map((h) => [h.installationId, h.lastSyncAt]))
  return Promise.all(
    installations.map(async (i) => ({
      id: i.id,
      name: i.name,
      orgId: i.orgId,
      dataCenter: i.dataCenter,
      status: i.status,
      statusReason: i.statusReason,
      webhooks: i.webhookIds.length,
      departmentIds: i.departmentIds,
      createdAt: i.createdAt,
      widgetToken: await hasWidgetToken(ctx.db, i.id),
      lastSyncAt: lastSync.get(i.id) ?? null,
      backfill: backfills.get(i.id) ?? null,
    })),
  )
}
export interface FormError {
  code: string
  message: string
  fix: string
  missing: RequiredField[]
}

