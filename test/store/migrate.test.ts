import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from 'chai'
import { openDb, type Db } from '../../src/store/db.js'
import { isStoreError } from '../../src/store/errors.js'
import { migrate, migrateDown, schemaVersion, validateMigrations } from '../../src/store/migrate.js'
import { migrations } from '../../src/store/migrations/index.js'
import { createInstallation, getInstallation } from '../../src/store/repos/installations.js'
import { forEachStore, installationInput, testBox } from './helpers.js'

const PIPELINE_TABLES = [
  'installations',
  'oauth_tokens',
  'sync_cursors',
  'audit_log',
  'job_runs',
  'webhook_inbox',
  'ticket_sla',
  'outbox',
  'partner_scores',
]

async function existingTables(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
  )
  return rows.map((r) => r.name)
}

/** every shipped migration version, in order (1, 2, 3…) */
const ALL = migrations.map((m) => m.version)
const LATEST = ALL[ALL.length - 1]!

async function recordedVersions(db: Db): Promise<number[]> {
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
  return rows.map((r) => r.version)
}

describe('store: migration list', () => {
  it('numbers the shipped migrations 1, 2, 3… each naming the one before', () => {
    expect(() => validateMigrations(migrations)).not.to.throw()
    expect(migrations.map((m) => m.version)).to.deep.equal(ALL)
  })

  it('refuses a list with a gap in its versions', () => {
    const broken = [migrations[0], { ...migrations[2], previous: 1 }]
    expect(() => validateMigrations(broken)).to.throw().that.satisfies((e: unknown) => isStoreError(e, 'STORE_MIGRATION_CHAIN'))
  })
})

forEachStore('store: migrations', (getDb, env) => {
  it('creates every table the pipeline uses and records the latest version', async () => {
    const db = getDb()
    expect(await existingTables(db)).to.include.members([...PIPELINE_TABLES, 'schema_migrations'])
    expect(await schemaVersion(db)).to.equal(LATEST)
    expect(await recordedVersions(db)).to.deep.equal(ALL)
  })

  it('applies nothing the second time it runs', async () => {
    const db = getDb()
    const again = await migrate(db)
    expect(again).to.deep.equal({ versions: [], version: LATEST })
    expect(await recordedVersions(db)).to.deep.equal(ALL)
  })

  it('goes down to nothing and back up to the same tables', async () => {
    const db = getDb()
    const before = await existingTables(db)

    const down = await migrateDown(db, 0)
    expect(down.versions).to.deep.equal([...ALL].reverse())
    expect(await existingTables(db)).to.deep.equal(['schema_migrations'])
    expect(await schemaVersion(db)).to.equal(0)

    const up = await migrate(db)
    expect(up.versions).to.deep.equal(ALL)
    expect(await existingTables(db)).to.deep.equal(before)
  })

  it('goes down one step at a time, dropping only the newer tables', async () => {
    const db = getDb()
    await migrateDown(db, 1)
    const tables = await existingTables(db)
    expect(tables).to.include('installations')
    expect(tables).not.to.include.members(['webhook_inbox', 'outbox', 'partner_scores'])
    expect(await recordedVersions(db)).to.deep.equal([1])
    expect((await migrate(db)).versions).to.deep.equal(ALL.slice(1))
  })

  it('refuses to run against a database migrated by a newer build', async () => {
    const db = getDb()
    const older = migrations.slice(0, 2)
    const error = await migrate(db, older).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_SCHEMA_AHEAD')).to.equal(true)
    expect((error as { details: unknown }).details).to.deep.equal({ unknown: ALL.slice(2), latest: 2 })
  })

  it('applies each migration once when two processes start at the same moment', async () => {
    const db = getDb()
    await migrateDown(db, 0)
    const peer = await env().openPeer()

    const [a, b] = await Promise.all([migrate(db), migrate(peer)])

    expect([...a.versions, ...b.versions].sort((x, y) => x - y)).to.deep.equal(ALL)
    expect([a.versions.length, b.versions.length].sort((x, y) => x - y)).to.deep.equal([0, ALL.length])
    expect(await recordedVersions(db)).to.deep.equal(ALL)
  })
})

describe('store: PGlite data directory', function () {
  this.timeout(60_000)
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-sla-pglite-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps installations across a restart and does not apply migrations again', async () => {
    const dataDir = path.join(dir, 'var', 'data') // parents are created too
    const first = await openDb({ dataDir })
    let id: string
    try {
      expect((await migrate(first)).versions).to.deep.equal(ALL)
      id = (await createInstallation(first, testBox, installationInput({ name: 'survives restart' }))).id
    } finally {
      await first.close()
    }

    const second = await openDb({ dataDir })
    try {
      expect(second.kind).to.equal('pglite')
      expect((await migrate(second)).versions).to.deep.equal([])
      expect((await getInstallation(second, id))?.name).to.equal('survives restart')
    } finally {
      await second.close()
    }
  })
})
