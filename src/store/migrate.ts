// Applies the numbered migrations at start, each once, in one transaction. The advisory lock
// (per schema) makes a second process that starts at the same moment wait, then find nothing to do.
import type { Db } from './db.js'
import { StoreError } from './errors.js'
import { migrations as allMigrations, type Migration } from './migrations/index.js'

export interface MigrateResult {
  /** versions applied (or reverted) by this call, in the order they ran */
  versions: number[]
  /** schema version afterwards */
  version: number
}

export function migrationLockSql(): string {
  return `SELECT pg_advisory_xact_lock(hashtext('desk-sla:migrate:' || current_schema()))`
}

export function createMigrationsTableSql(): string {
  return `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`
}

export function appliedVersionsSql(): string {
  return 'SELECT version FROM schema_migrations ORDER BY version'
}

export function recordMigrationSql(m: Migration): { text: string; values: unknown[] } {
  return { text: 'INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', values: [m.version, m.name] }
}

export function forgetMigrationSql(version: number): { text: string; values: unknown[] } {
  return { text: 'DELETE FROM schema_migrations WHERE version = $1', values: [version] }
}

/** versions 1, 2, 3… each naming the one before */
export function validateMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1 || m.previous !== i) {
      throw new StoreError('STORE_MIGRATION_CHAIN', `migration at position ${i + 1} has version ${m.version} and previous ${m.previous}`, {
        position: i + 1,
        version: m.version,
        previous: m.previous,
      })
    }
  })
}

async function lockAndReadApplied(tx: Db, list: readonly Migration[]): Promise<number[]> {
  // a migration may rewrite a large table: DATABASE_STATEMENT_TIMEOUT_MS is for the service's own statements
  await tx.query('SET LOCAL statement_timeout = 0')
  await tx.query(migrationLockSql())
  await tx.query(createMigrationsTableSql())
  const { rows } = await tx.query<{ version: number }>(appliedVersionsSql())
  const applied = rows.map((r) => r.version)
  const latest = list.length
  const unknown = applied.filter((v) => v > latest)
  if (unknown.length > 0) {
    throw new StoreError('STORE_SCHEMA_AHEAD', `the database has migrations ${unknown.join(', ')}; this build knows up to ${latest}`, {
      unknown,
      latest,
    })
  }
  applied.forEach((v, i) => {
    if (v !== i + 1) {
      throw new StoreError('STORE_MIGRATION_CHAIN', `recorded migrations are not contiguous: ${applied.join(', ')}`, { applied })
    }
  })
  return applied
}

/** Apply every pending migration, in order; a no-op when the schema is current. */
export async function migrate(db: Db, list: readonly Migration[] = allMigrations): Promise<MigrateResult> {
  validateMigrations(list)
  return db.transaction(async (tx) => {
    const applied = await lockAndReadApplied(tx, list)
    const pending = list.slice(applied.length)
    for (const m of pending) {
      await tx.exec(m.up)
      const record = recordMigrationSql(m)
      await tx.query(record.text, record.values)
    }
    return { versions: pending.map((m) => m.version), version: list.length }
  })
}

/** Revert migrations above `toVersion`, newest first (0 = empty schema apart from schema_migrations). */
export async function migrateDown(db: Db, toVersion: number, list: readonly Migration[] = allMigrations): Promise<MigrateResult> {
  validateMigrations(list)
  if (!Number.isInteger(toVersion) || toVersion < 0) {
    throw new StoreError('STORE_BAD_INPUT', `cannot migrate down to version ${toVersion}`, { toVersion })
  }
  return db.transaction(async (tx) => {
    const applied = await lockAndReadApplied(tx, list)
    const reverting = list.slice(toVersion, applied.length).reverse()
    for (const m of reverting) {
      await tx.exec(m.down)
      const forget = forgetMigrationSql(m.version)
      await tx.query(forget.text, forget.values)
    }
    return { versions: reverting.map((m) => m.version), version: Math.min(toVersion, applied.length) }
  })
}

export async function schemaVersion(db: Db): Promise<number> {
  const { rows } = await db.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`)
  if (!rows[0]?.exists) return 0
  const result = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations')
  return result.rows[0]?.version ?? 0
}
