// The store's public surface: open a database, migrate it, and the repositories the pipeline uses.
export { openDb, dbOptionsFromEnv, type Db, type DbKind, type OpenDbOptions, type QueryResult } from './db.js'
export { migrate, migrateDown, schemaVersion, type MigrateResult } from './migrate.js'
export { migrations, type Migration } from './migrations/index.js'
export { StoreError, isStoreError, STORE_ERROR_CODES, type StoreErrorCode } from './errors.js'
export {
  createSecretBox,
  secretBoxFromEnv,
  parseSecretKey,
  hashSecret,
  secretMatchesHash,
  generateSecret,
  SECRET_KEY_VARIABLE,
  type SecretBox,
} from './crypto.js'
export { PgTokenStore } from './token-store-pg.js'
export * from './repos/installations.js'
export * from './repos/queue.js'
export * from './repos/inbox.js'
export * from './repos/ticket-sla.js'
export * from './repos/outbox.js'
export * from './repos/cursors.js'
export * from './repos/audit.js'
export * from './repos/job-runs.js'
export * from './repos/partner-scores.js'
export * from './repos/backoff.js'
export * from './repos/widget-tokens.js'
export type { Instant } from './repos/sql.js'
