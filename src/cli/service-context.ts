// Opens what the service and its operator commands work with, from the environment: the store
// (DATABASE_URL, else PGlite in DATA_DIR), migrated; the secrets box (DESK_SLA_SECRET_KEY); the
// policy (DESK_SLA_POLICY or a file); and the ServiceContext built on them. `npm start` reuses it.
import { loadCreditConfig } from '../config.js'
import type { DeskClientOptions } from '../desk/client.js'
import { createContext, silentLogger, type Logger, type ServiceContext } from '../pipeline/context.js'
import { loadPolicy } from '../policy/load.js'
import { secretBoxFromEnv } from '../store/crypto.js'
import { dbOptionsFromEnv, openDb, type Db } from '../store/db.js'
import { migrate } from '../store/migrate.js'
import { getInstallation, listInstallations, type Installation } from '../store/repos/installations.js'
import { PipelineError } from '../pipeline/errors.js'

export interface OpenServiceOptions {
  /** an admin's policy file merged over the shipped one (default: DESK_SLA_POLICY) */
  policyFile?: string
  logger?: Logger
  now?: () => number
  desk?: Partial<DeskClientOptions>
  /** apply pending migrations (default true) */
  migrate?: boolean
}

export interface OpenedService {
  ctx: ServiceContext
  db: Db
  /** the policy files in effect, default first */
  policySource: string
  close(): Promise<void>
}

export async function openServiceContext(env: Record<string, string | undefined>, opts: OpenServiceOptions = {}): Promise<OpenedService> {
  // key, policy and credit settings first: a bad setting is reported before anything is opened
  const box = secretBoxFromEnv(env)
  loadCreditConfig(env)
  const { policy, source } = await loadPolicy({ file: opts.policyFile, env })
  const db = await openDb(dbOptionsFromEnv(env))
  try {
    if (opts.migrate ?? true) await migrate(db)
  } catch (err) {
    await db.close().catch(() => {})
    throw err
  }
  const ctx = createContext({ db, box, policy, logger: opts.logger ?? silentLogger, now: opts.now, desk: opts.desk, ...loadCreditConfig(env) })
  return { ctx, db, policySource: source, close: () => db.close() }
}

/** the installation named by `--installation`, or every active one */
export async function selectInstallations(ctx: ServiceContext, id: string | undefined): Promise<Installation[]> {
  if (id !== undefined) {
    const inst = await getInstallation(ctx.db, id)
    if (!inst) throw new PipelineError('PIPELINE_UNKNOWN_INSTALLATION', `no installation ${id} (list them in the admin page)`, { installationId: id })
    return [inst]
  }
  return listInstallations(ctx.db, { status: 'active' })
}

/** opens the service for a command; tests pass their own opener */
export type ServiceOpener = (env: Record<string, string | undefined>, opts?: OpenServiceOptions) => Promise<OpenedService>
