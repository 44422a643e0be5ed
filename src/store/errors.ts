import { CodedError } from '../engine/coded-error.js'
// One catalogue of store error codes. Codes are stable and never reused;
// test/store/errors.test.ts keeps the catalogue honest (every code has a how-to-solve line).
export const STORE_ERROR_CODES = {
  STORE_SECRET_KEY_MISSING: 'set DESK_SLA_SECRET_KEY to 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)',
  STORE_SECRET_KEY_INVALID: 'DESK_SLA_SECRET_KEY must decode to exactly 32 bytes: 44 base64 characters or 64 hex digits',
  STORE_CIPHERTEXT_FORMAT: 'a stored secret is not in the `v1:iv:tag:data` format; it was written by another tool or damaged',
  STORE_DECRYPT_FAILED: 'a stored secret does not decrypt: DESK_SLA_SECRET_KEY changed or the value was tampered with; restore the key or re-authorize the installation',
  STORE_BAD_SCHEMA_NAME: 'a schema name must match [a-z_][a-z0-9_]* and be at most 63 characters',
  STORE_MIGRATION_CHAIN: 'the migration list is broken (versions must be 1, 2, 3… and each `previous` the version before)',
  STORE_SCHEMA_AHEAD: 'the database has migrations this build does not know; run the newer build or migrate down with it first',
  STORE_VERSION_CONFLICT: 'a ticket SLA row changed since it was read (optimistic version check); re-read and retry',
  STORE_UNKNOWN_INSTALLATION: 'no installation with this id; list installations and check the id',
  STORE_QUERY_OUTSIDE_TRANSACTION: 'code inside db.transaction() used the outer db on embedded PGlite (one connection): use the `tx` handed to the callback',
  STORE_CLOSED: 'the database handle was closed; open a new one',
  STORE_BAD_INPUT: 'a value passed to the store is not valid (see details)',
  STORE_CONNECT_TIMEOUT: 'the database did not answer the connection in time: check DATABASE_URL (host, port) and that PostgreSQL is up; DATABASE_CONNECT_TIMEOUT_MS sets the wait',
  STORE_TIMEOUT: 'a statement took longer than its timeout (a lock held elsewhere, or an overloaded database): see DATABASE_STATEMENT_TIMEOUT_MS and RECEIVER_DB_TIMEOUT_MS',
  STORE_DATA_DIR_LOCKED: 'another desk-sla process uses this PGlite data directory: stop it (or run the command through the running service), or use DATABASE_URL for several processes; delete the lock file only if that process is gone',
} as const

export type StoreErrorCode = keyof typeof STORE_ERROR_CODES

export class StoreError extends CodedError<StoreErrorCode> {
  readonly name = 'StoreError'
}

/** matches by name and code too, so an error from a second copy of this module still counts */
export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  const candidate = e as { name?: unknown; code?: unknown } | null
  const isOne =
    e instanceof StoreError ||
    (e instanceof Error && candidate?.name === 'StoreError' && typeof candidate.code === 'string' && candidate.code in STORE_ERROR_CODES)
  return isOne && (code === undefined || (e as StoreError).code === code)
}
