// What every part of the pipeline works with: the store, the secrets box, the policy of each
// installation, a Desk client per installation, a logger and a clock. Built once by the service.
import { createDeskClient, type DeskClient, type DeskClientOptions } from '../desk/client.js'
import { OrgLimiterRegistry } from '../desk/rate-limit.js'
import type { Policy } from '../engine/policy.js'
import { silentLogger, type Logger } from '../logger.js'
import { PolicySchema } from '../engine/policy.js'
import { mergePolicy } from '../policy/load.js'
import type { SecretBox } from '../store/crypto.js'
import type { Db } from '../store/db.js'
import { getInstallation, getInstallationSecrets, type Installation } from '../store/repos/installations.js'
import { PgTokenStore } from '../store/token-store-pg.js'
import { DEFAULT_RECORD_TTL_MS } from './desk-records.js'
import { PipelineError } from './errors.js'
import { createCreditGovernor, type CreditGovernor, type CreditSettings } from './governor.js'

export interface ServiceContext {
  db: Db
  box: SecretBox
  logger: Logger
  now(): number
  /** how long a cached account or contact is used before it is read again (ms) */
  recordTtlMs: number
  /** the daily Desk credit budget of every installation, and what may spend it (issue 15) */
  credits: CreditGovernor
  /** the base policy merged with the installation's overrides */
  policyFor(installation: Installation): Policy
  deskFor(installation: Installation): Promise<DeskClient>
  installation(id: string): Promise<Installation>
}

export interface ContextOptions {
  db: Db
  box: SecretBox
  policy: Policy
  logger?: Logger
  now?: () => number
  /** extra Desk client options (tests: no sleeping, fast timeouts) */
  desk?: Partial<DeskClientOptions>
  /** how long a cached account or contact is used before it is read again (ms, default a day) */
  recordTtlMs?: number
  /** the credit governor's allowance and floors (defaults: Desk's own count, 50 / 25 / 5 %, 20 credits) */
  credits?: Partial<CreditSettings>
}

export function createContext(opts: ContextOptions): ServiceContext {
  const now = opts.now ?? Date.now
  const logger = opts.logger ?? silentLogger
  const tokenStore = new PgTokenStore(opts.db, opts.box, now)
  // One request budget per org for everything this context (the process's service) does.
  const limiters = new OrgLimiterRegistry()
  const credits = createCreditGovernor({ db: opts.db, now, logger, settings: opts.credits })
  const policies = new Map<string, { stamp: string; policy: Policy }>()
  const clients = new Map<string, { stamp: string; client: DeskClient }>()

  return {
    db: opts.db,
    box: opts.box,
    logger,
    now,
    recordTtlMs: opts.recordTtlMs ?? DEFAULT_RECORD_TTL_MS,
    credits,
    policyFor(inst) {
      if (Object.keys(inst.policyOverrides).length === 0) return opts.policy
      const stamp = JSON.stringify(inst.policyOverrides)
      const hit = policies.get(inst.id)
      if (hit && hit.stamp === stamp) return hit.policy
      const parsed = PolicySchema.safeParse(mergePolicy(opts.policy, inst.policyOverrides))
      if (!parsed.success) {
        throw new PipelineError('PIPELINE_BAD_POLICY_OVERRIDE', `the policy overrides of installation ${inst.id} are invalid: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`)
      }
      policies.set(inst.id, { stamp, policy: parsed.data })
      return parsed.data
    },
    async deskFor(inst) {
      const stamp = `${inst.updatedAt}|${inst.apiBase}|${inst.accountsUrl}`
      const hit = clients.get(inst.id)
      if (hit && hit.stamp === stamp) return hit.client
      const client = await openDeskClient(opts.db, opts.box, inst, { tokenStore, now, logger, limiters, credits, ...opts.desk })
      clients.set(inst.id, { stamp, client })
      return client
    },
    async installation(id) {
      const inst = await getInstallation(opts.db, id)
      if (!inst) throw new PipelineError('PIPELINE_UNKNOWN_INSTALLATION', `no installation ${id}`)
      return inst
    },
  }
}

/**
 * A Desk client for a stored installation: its data center, URLs and client id, its secrets
 * decrypted from the store, and `options` (token store, clock, logger, limits…) on top.
 */
export async function openDeskClient(
  db: Db,
  box: SecretBox,
  inst: Installation,
  options: Omit<DeskClientOptions, 'installationId' | 'orgId' | 'dataCenter' | 'clientId' | 'clientSecret' | 'refreshToken'>,
): Promise<DeskClient> {
  const secrets = await getInstallationSecrets(db, box, inst.id)
  if (!secrets) throw new PipelineError('PIPELINE_UNKNOWN_INSTALLATION', `no installation ${inst.id}`)
  return createDeskClient({
    installationId: inst.id,
    orgId: inst.orgId,
    dataCenter: inst.dataCenter,
    apiBase: inst.apiBase ?? undefined,
    accountsUrl: inst.accountsUrl ?? undefined,
    clientId: inst.clientId,
    clientSecret: secrets.clientSecret,
    refreshToken: secrets.refreshToken,
    ...options,
  })
}
