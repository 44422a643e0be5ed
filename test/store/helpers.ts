// Runs one test suite against every store: embedded PGlite (in memory) and the real PostgreSQL at
// TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). Each suite gets a fresh,
// uniquely named schema, migrated, and dropped again in after(). An unreachable PostgreSQL fails
// the suite (it is never skipped): CI must prove both stores.
import { randomBytes } from 'node:crypto'
import { createSecretBox, type SecretBox } from '../../src/store/crypto.js'
import { openDb, type Db, type DbKind } from '../../src/store/db.js'
import { migrate } from '../../src/store/migrate.js'
import { createInstallation, deleteInstallation, type NewInstallation } from '../../src/store/repos/installations.js'

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'

export interface StoreEnv {
  kind: DbKind
  schema: string
  /** another handle on the same schema: a second pool (pg), or the same single connection (PGlite) */
  openPeer(options?: { poolSize?: number }): Promise<Db>
}

export interface ForEachStoreOptions {
  /** apply all migrations in before() (default true) */
  migrate?: boolean
}

export function uniqueSchemaName(prefix = 't'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
}

// One PGlite per test process: starting one takes seconds, a schema takes milliseconds.
let sharedPglite: Promise<Db> | undefined
function pglite(): Promise<Db> {
  sharedPglite ??= openDb({ dataDir: 'memory://' })
  return sharedPglite
}

after(async () => {
  if (sharedPglite) await (await sharedPglite).close()
})

/** PGlite is shared between suites: the suite's handle must not close it */
function unclosable(db: Db): Db {
  return { ...db, close: async () => {} }
}

export function forEachStore(name: string, body: (getDb: () => Db, env: () => StoreEnv) => void, options: ForEachStoreOptions = {}): void {
  for (const kind of ['pglite', 'pg'] as const) {
    describe(`${name} [${kind}]`, function () {
      this.timeout(60_000)
      let db: Db | undefined
      let env: StoreEnv | undefined
      const peers: Db[] = []

      before(async () => {
        const schema = uniqueSchemaName()
        if (kind === 'pg') {
          try {
            db = await openDb({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: 8 })
            await db.query('SELECT 1')
          } catch (error) {
            await db?.close().catch(() => {})
            db = undefined
            throw new Error(
              `PostgreSQL is not reachable at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); ` +
                'start it (see .ci/run) or set TEST_DATABASE_URL',
            )
          }
          env = {
            kind,
            schema,
            openPeer: async (peerOptions = {}) => {
              const peer = await openDb({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: peerOptions.poolSize ?? 8 })
              peers.push(peer)
              return peer
            },
          }
        } else {
          const shared = await pglite()
          await shared.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`)
          db = unclosable(shared)
          env = { kind, schema, openPeer: async () => db! }
        }
        if (options.migrate ?? true) await migrate(db)
      })

      after(async () => {
        for (const peer of peers) await peer.close()
        if (!db || !env) return
        await db.exec(`DROP SCHEMA IF EXISTS ${env.schema} CASCADE`)
        if (kind === 'pglite') await db.exec('SET search_path TO public')
        await db.close()
      })

      body(
        () => {
          if (!db) throw new Error('the store is not open (before() failed)')
          return db
        },
        () => {
          if (!env) throw new Error('the store is not open (before() failed)')
          return env
        },
      )
    })
  }
}

/** a SecretBox with a random key for this test process */
export const testBox: SecretBox = createSecretBox(randomBytes(32))

export function installationInput(overrides: Partial<NewInstallation> = {}): NewInstallation {
  return {
    name: 'Test org',
    orgId: '60001234',
    dataCenter: 'eu',
    clientId: '1000.TESTCLIENT',
    clientSecret: 'client-secret-value',
    refreshToken: '1000.refresh-token-value',
    ...overrides,
  }
}

/**
 * A fresh installation per test, deleted after it (which cascades to everything stored for it).
 * Call inside a describe; read the id in a test with `installation()`.
 */
export function useInstallation(getDb: () => Db, overrides: Partial<NewInstallation> = {}): () => string {
  let id: string | undefined
  beforeEach(async () => {
    id = (await createInstallation(getDb(), testBox, installationInput(overrides))).id
  })
  afterEach(async () => {
    if (id) await deleteInstallation(getDb(), id)
    id = undefined
  })
  return () => {
    if (!id) throw new Error('no installation (beforeEach failed)')
    return id
  }
}
