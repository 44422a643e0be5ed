// Installations: one connected Desk org each. Secrets go in encrypted and come out only through
// getInstallationSecrets, so an Installation value is always safe to log or show.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Db } from '../db.js'
import { hashSecret, secretMatchesHash, type SecretBox } from '../crypto.js'
import { StoreError } from '../errors.js'
import { isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export const DataCenter = z.enum(['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'sa', 'uk', 'com.cn'])
export type DataCenter = z.infer<typeof DataCenter>

export const InstallationStatus = z.enum(['active', 'reauth_required', 'disabled'])
export type InstallationStatus = z.infer<typeof InstallationStatus>

const Id = z.string().min(1)

export const NewInstallation = z
  .object({
    id: z.uuid().optional(),
    name: z.string().default(''),
    orgId: Id,
    dataCenter: DataCenter,
    apiBase: z.url().nullable().default(null),
    accountsUrl: z.url().nullable().default(null),
    clientId: Id,
    clientSecret: Id,
    refreshToken: Id,
    webhookSecret: z.string().min(16).nullable().default(null),
    webhookIds: z.array(Id).default([]),
    departmentIds: z.array(Id).default([]),
    policyOverrides: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
export type NewInstallation = z.input<typeof NewInstallation>

export const InstallationPatch = z
  .object({
    name: z.string(),
    apiBase: z.url().nullable(),
    accountsUrl: z.url().nullable(),
    clientId: Id,
    clientSecret: Id,
    /** a new refresh token (re-authorization) also makes the installation active again */
    refreshToken: Id,
    webhookSecret: z.string().min(16).nullable(),
    webhookIds: z.array(Id),
    departmentIds: z.array(Id),
    policyOverrides: z.record(z.string(), z.unknown()),
  })
  .partial()
  .strict()
export type InstallationPatch = z.input<typeof InstallationPatch>

export interface Installation {
  id: string
  name: string
  orgId: string
  dataCenter: DataCenter
  apiBase: string | null
  accountsUrl: string | null
  clientId: string
  webhookIds: string[]
  departmentIds: string[]
  policyOverrides: Record<string, unknown>
  hasWebhookSecret: boolean
  status: InstallationStatus
  statusReason: string | null
  createdAt: string
  updatedAt: string
}

export interface InstallationSecrets {
  clientSecret: string
  refreshToken: string
  webhookSecret: string | null
}

interface InstallationRow {
  id: string
  name: string
  org_id: string
  data_center: DataCenter
  api_base: string | null
  accounts_url: string | null
  client_id: string
  client_secret_enc: string
  refresh_token_enc: string
  webhook_secret_hash: string | null
  webhook_secret_enc: string | null
  webhook_ids: string[]
  department_ids: string[]
  policy_overrides: Record<string, unknown>
  status: InstallationStatus
  status_reason: string | null
  created_at: Date
  updated_at: Date
}

/** associated data binding each ciphertext to its installation and field */
export function secretContext(installationId: string, field: 'client_secret' | 'refresh_token' | 'webhook_secret' | 'access_token'): string {
  return `installation:${installationId}:${field}`
}

const PUBLIC_COLUMNS = `id, name, org_id, data_center, api_base, accounts_url, client_id, webhook_secret_hash,
  webhook_ids, department_ids, policy_overrides, status, status_reason, created_at, updated_at`

function toInstallation(r: Omit<InstallationRow, 'client_secret_enc' | 'refresh_token_enc' | 'webhook_secret_enc'>): Installation {
  return {
    id: r.id,
    name: r.name,
    orgId: r.org_id,
    dataCenter: r.data_center,
    apiBase: r.api_base,
    accountsUrl: r.accounts_url,
    clientId: r.client_id,
    webhookIds: r.webhook_ids,
    departmentIds: r.department_ids,
    policyOverrides: r.policy_overrides,
    hasWebhookSecret: r.webhook_secret_hash !== null,
    status: r.status,
    statusReason: r.status_reason,
    createdAt: isoOfRequired(r.created_at),
    updatedAt: isoOfRequired(r.updated_at),
  }
}

// ---- named SQL builders ----

export function insertInstallationSql(columns: Record<string, unknown>): Sql {
  const names = Object.keys(columns)
  const params = names.map((name, i) => (JSONB_COLUMNS.has(name) ? `$${i + 1}::jsonb` : `$${i + 1}`))
  return {
    text: `INSERT INTO installations (${names.join(', ')}) VALUES (${params.join(', ')}) RETURNING ${PUBLIC_COLUMNS}`,
    values: names.map((n) => columns[n]),
  }
}

const JSONB_COLUMNS = new Set(['webhook_ids', 'department_ids', 'policy_overrides'])
const UPDATABLE_COLUMNS = new Set([
  'name',
  'api_base',
  'accounts_url',
  'client_id',
  'client_secret_enc',
  'refresh_token_enc',
  'webhook_secret_hash',
  'webhook_secret_enc',
  'webhook_ids',
  'department_ids',
  'policy_overrides',
  'status',
  'status_reason',
])

export function updateInstallationSql(id: string, columns: Record<string, unknown>, now: string): Sql {
  const names = Object.keys(columns)
  for (const name of names) {
    if (!UPDATABLE_COLUMNS.has(name)) throw new StoreError('STORE_BAD_INPUT', `installations.${name} cannot be updated`, { column: name })
  }
  const sets = names.map((name, i) => `${name} = $${i + 3}${JSONB_COLUMNS.has(name) ? '::jsonb' : ''}`)
  return {
    text: `UPDATE installations SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1 RETURNING ${PUBLIC_COLUMNS}`,
    values: [id, now, ...names.map((n) => columns[n])],
  }
}

export function selectInstallationSql(id: string): Sql {
  return { text: `SELECT ${PUBLIC_COLUMNS} FROM installations WHERE id = $1`, values: [id] }
}

export function listInstallationsSql(status?: InstallationStatus): Sql {
  return status
    ? { text: `SELECT ${PUBLIC_COLUMNS} FROM installations WHERE status = $1 ORDER BY created_at, id`, values: [status] }
    : { text: `SELECT ${PUBLIC_COLUMNS} FROM installations ORDER BY created_at, id`, values: [] }
}

export function selectInstallationSecretsSql(id: string): Sql {
  return { text: 'SELECT client_secret_enc, refresh_token_enc, webhook_secret_enc FROM installations WHERE id = $1', values: [id] }
}

export function selectWebhookSecretHashSql(id: string): Sql {
  return { text: `SELECT webhook_secret_hash FROM installations WHERE id = $1 AND status <> 'disabled'`, values: [id] }
}

export function setInstallationStatusSql(id: string, status: InstallationStatus, reason: string | null, now: string): Sql {
  return {
    text: 'UPDATE installations SET status = $2, status_reason = $3, updated_at = $4 WHERE id = $1',
    values: [id, status, reason, now],
  }
}

export function deleteInstallationSql(id: string): Sql {
  return { text: 'DELETE FROM installations WHERE id = $1', values: [id] }
}

// ---- repository ----

function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    // issue paths and messages only: the input may hold secrets
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new StoreError('STORE_BAD_INPUT', `invalid installation: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, { issues })
  }
  return parsed.data
}

function webhookSecretColumns(box: SecretBox, id: string, secret: string | null): Record<string, unknown> {
  return {
    webhook_secret_hash: secret === null ? null : hashSecret(secret),
    webhook_secret_enc: secret === null ? null : box.encrypt(secret, secretContext(id, 'webhook_secret')),
  }
}

export async function createInstallation(db: Db, box: SecretBox, input: NewInstallation): Promise<Installation> {
  const v = parseInput(NewInstallation, input)
  const id = v.id ?? randomUUID()
  const { rows } = await run<InstallationRow>(
    db,
    insertInstallationSql({
      id,
      name: v.name,
      org_id: v.orgId,
      data_center: v.dataCenter,
      api_base: v.apiBase,
      accounts_url: v.accountsUrl,
      client_id: v.clientId,
      client_secret_enc: box.encrypt(v.clientSecret, secretContext(id, 'client_secret')),
      refresh_token_enc: box.encrypt(v.refreshToken, secretContext(id, 'refresh_token')),
      ...webhookSecretColumns(box, id, v.webhookSecret),
      webhook_ids: json(v.webhookIds),
      department_ids: json(v.departmentIds),
      policy_overrides: json(v.policyOverrides),
    }),
  )
  return toInstallation(rows[0])
}

export async function getInstallation(db: Db, id: string): Promise<Installation | null> {
  const { rows } = await run<InstallationRow>(db, selectInstallationSql(id))
  return rows[0] ? toInstallation(rows[0]) : null
}

export async function listInstallations(db: Db, filter: { status?: InstallationStatus } = {}): Promise<Installation[]> {
  const { rows } = await run<InstallationRow>(db, listInstallationsSql(filter.status))
  return rows.map(toInstallation)
}

export async function updateInstallation(
  db: Db,
  box: SecretBox,
  id: string,
  patch: InstallationPatch,
  now: Instant = new Date(),
): Promise<Installation> {
  const p = parseInput(InstallationPatch, patch)
  const columns: Record<string, unknown> = {}
  if (p.name !== undefined) columns.name = p.name
  if (p.apiBase !== undefined) columns.api_base = p.apiBase
  if (p.accountsUrl !== undefined) columns.accounts_url = p.accountsUrl
  if (p.clientId !== undefined) columns.client_id = p.clientId
  if (p.clientSecret !== undefined) columns.client_secret_enc = box.encrypt(p.clientSecret, secretContext(id, 'client_secret'))
  if (p.refreshToken !== undefined) {
    columns.refresh_token_enc = box.encrypt(p.refreshToken, secretContext(id, 'refresh_token'))
    columns.status = 'active'
    columns.status_reason = null
  }
  if (p.webhookSecret !== undefined) Object.assign(columns, webhookSecretColumns(box, id, p.webhookSecret))
  if (p.webhookIds !== undefined) columns.webhook_ids = json(p.webhookIds)
  if (p.departmentIds !== undefined) columns.department_ids = json(p.departmentIds)
  if (p.policyOverrides !== undefined) columns.policy_overrides = json(p.policyOverrides)
  const { rows } = await run<InstallationRow>(db, updateInstallationSql(id, columns, toIso(now)))
  if (!rows[0]) throw new StoreError('STORE_UNKNOWN_INSTALLATION', `no installation ${id}`, { installationId: id })
  return toInstallation(rows[0])
}

export async function setInstallationStatus(
  db: Db,
  id: string,
  status: InstallationStatus,
  reason: string | null = null,
  now: Instant = new Date(),
): Promise<boolean> {
  const { rowCount } = await run(db, setInstallationStatusSql(id, status, reason, toIso(now)))
  return rowCount === 1
}

/** removes the installation and, by cascade, everything stored for it */
export async function deleteInstallation(db: Db, id: string): Promise<boolean> {
  const { rowCount } = await run(db, deleteInstallationSql(id))
  return rowCount === 1
}

export async function getInstallationSecrets(db: Db, box: SecretBox, id: string): Promise<InstallationSecrets | null> {
  const { rows } = await run<Pick<InstallationRow, 'client_secret_enc' | 'refresh_token_enc' | 'webhook_secret_enc'>>(
    db,
    selectInstallationSecretsSql(id),
  )
  const r = rows[0]
  if (!r) return null
  return {
    clientSecret: box.decrypt(r.client_secret_enc, secretContext(id, 'client_secret')),
    refreshToken: box.decrypt(r.refresh_token_enc, secretContext(id, 'refresh_token')),
    webhookSecret: r.webhook_secret_enc === null ? null : box.decrypt(r.webhook_secret_enc, secretContext(id, 'webhook_secret')),
  }
}

/** constant-time check of the secret from a webhook URL; false for unknown or disabled installations */
export async function verifyWebhookSecret(db: Db, id: string, candidate: string): Promise<boolean> {
  const { rows } = await run<{ webhook_secret_hash: string | null }>(db, selectWebhookSecretHashSql(id))
  const hash = rows[0]?.webhook_secret_hash
  return typeof hash === 'string' && secretMatchesHash(candidate, hash)
}
