// Opens what the service and its operator commands work with, from the environment: the store
// (DATABASE_URL, else PGlite in DATA_DIR), migrated; the secrets box (DESK_SLA_SECRET_KEY); the
// policy (DESK_SLA_POLICY or a file); and the ServiceContext built on them. `npm start` (src/service.ts) and the CLI's commands share it.
// An embedded store's data directory is locked while it is open (one process at a time, issue #17).
import { loadCreditConfig } from './config.js'
import type { DeskClientOptions } from './desk/client.js'
import { createContext, type ServiceContext } from './pipeline/context.js'
import { silentLogger, type Logger } from './logger.js'
import { loadPolicy } from './policy/load.js'
import { secretBoxFromEnv } from './store/crypto.js'
import { acquireDataDirLock, type DataDirLock } from './store/data-dir-lock.js'
import { dbOptionsFromEnv, openDb, pgliteDataDir, type Db } from './store/db.js'
import { migrate } from './store/migrate.js'
import { getInstallation, listInstallations, type Installation } from './store/repos/installations.js'
import { PipelineError } from './pipeline/errors.js'

export interface OpenServiceOptions {
  /** an admin's policy file merged over the shipped one (default: DESK_SLA_POLICY) */
  policyFile?: string
  logger?: Logger
  now?: () => number
  desk?: Partial<DeskClientOptions>
  /** apply pending migrations (default true) */
  migrate?: boolean
  /** who opens the store (`serve`, or the CLI command): named in the data directory's lock */
  command?: string
}

export interface OpenedService {
  ctx: ServiceContext
  db: Db
  /** the policy files in effect, default first */
  policySource: string
  /** the embedded store's data-directory lock (absent on PostgreSQL or in memory) */
  lock?: DataDirLock | null
  close(): Promise<void>
}

export async function openServiceContext(env: Record<string, string | undefined>, opts: OpenServiceOptions = {}): Promise<OpenedService> {
  // key, policy and credit settings first: a bad setting is reported before anything is opened
  const box = secretBoxFromEnv(env)
  loadCreditConfig(env)
  const { policy, source } = await loadPolicy({ file: opts.policyFile, env })
  const dbOptions = dbOptionsFromEnv(env)
  const dataDir = pgliteDataDir(dbOptions)
  const lock = dataDir ? await acquireDataDirLock(dataDir, opts.command ?? 'cli') : null
  let db: Db | undefined
  try {
    db = await openDb(dbOptions)
    if (opts.migrate ?? true) await migrate(db)
  } catch (err) {
    await db?.close().catch(() => {})
    await lock?.release()
    throw err
  }
  const opened = db
  const ctx = createContext({ db: opened, box, policy, logger: opts.logger ?? silentLogger, now: opts.now, desk: opts.desk, ...loadCreditConfig(env) })
  return {
    ctx,
    db: opened,
    policySource: source,
    lock,
    close: async () => {
      try {
        await opened.close()
      } finally {
        await lock?.release()
      }
    },
  }
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
