// What install and uninstall work with: the store, the secrets box, the policy and the Desk client
// settings — or an existing ServiceContext (the running service's), whose per-org request budget and
// client cache are then shared. Nothing is global: every installation gets its own client.
import type { DeskClient, DeskClientOptions } from '../desk/client.js'
import type { Policy } from '../engine/policy.js'
import { createContext, openDeskClient, type ServiceContext } from '../pipeline/context.js'
import { silentLogger, type Logger } from '../logger.js'
import type { SecretBox } from '../store/crypto.js'
import type { Db } from '../store/db.js'
import type { Installation } from '../store/repos/installations.js'
import { PgTokenStore } from '../store/token-store-pg.js'

export interface InstallDeps {
  db: Db
  box: SecretBox
  policy: Policy
  now?: () => number
  logger?: Logger
  /** extra Desk client options (tests: no sleeping, a private limiter registry) */
  desk?: Partial<DeskClientOptions>
  /** the service's context, when install runs inside the service (admin page) */
  ctx?: ServiceContext
  /** deliver the backfill's Desk writes before returning (default true; the running service delivers them too) */
  deliver?: boolean
}

export type UninstallDeps = Omit<InstallDeps, 'policy' | 'deliver'> & { policy?: Policy }

export function contextOf(deps: InstallDeps): ServiceContext {
  return (
    deps.ctx ??
    createContext({ db: deps.db, box: deps.box, policy: deps.policy, now: deps.now, logger: deps.logger ?? silentLogger, ...(deps.desk ? { desk: deps.desk } : {}) })
  )
}

export function nowOf(deps: Pick<InstallDeps, 'now' | 'ctx'>): () => number {
  return deps.now ?? deps.ctx?.now ?? Date.now
}

/** a Desk client for a stored installation, through the context when there is one */
export async function deskClientFor(deps: UninstallDeps, inst: Installation): Promise<DeskClient> {
  if (deps.ctx) return deps.ctx.deskFor(inst)
  const now = nowOf(deps)
  return openDeskClient(deps.db, deps.box, inst, {
    tokenStore: new PgTokenStore(deps.db, deps.box, now),
    now,
    ...(deps.logger ? { logger: deps.logger } : {}),
    ...deps.desk,
  })
}
