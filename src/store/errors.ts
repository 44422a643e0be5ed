import { CodedError, errorCodes, isCode } from '../engine/coded-error.js'
// One catalogue of store error codes. Codes are stable and never reused;
// docs/errors.md is generated from these entries (`npm run docs:errors`).
export const STORE_ERROR_CODES = errorCodes({
  STORE_SECRET_KEY_MISSING: {
    meaning: 'the key that encrypts stored secrets (DESK_SLA_SECRET_KEY) is not set',
    fix: 'set DESK_SLA_SECRET_KEY to 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)',
  },
  STORE_SECRET_KEY_INVALID: {
    meaning: 'DESK_SLA_SECRET_KEY does not decode to a 32-byte key',
    fix: 'DESK_SLA_SECRET_KEY must decode to exactly 32 bytes: 44 base64 characters or 64 hex digits',
  },
  STORE_CIPHERTEXT_FORMAT: {
    meaning: 'a stored secret is not in the `v1:iv:tag:data` format',
    fix: 'it was written by another tool or damaged: re-authorize the installation so its secrets are stored again',
  },
  STORE_DECRYPT_FAILED: {
    meaning: 'a stored secret does not decrypt: DESK_SLA_SECRET_KEY changed or the value was tampered with',
    fix: 'restore the key the secret was stored with, or re-authorize the installation',
  },
  STORE_BAD_SCHEMA_NAME: {
    meaning: 'a database schema name is not a plain identifier',
    fix: 'a schema name must match [a-z_][a-z0-9_]* and be at most 63 characters',
  },
  STORE_MIGRATION_CHAIN: {
    meaning: 'the migration list is broken',
    fix: 'versions must be 1, 2, 3… and each `previous` the version before: this is a bug in the build, report it',
  },
  STORE_SCHEMA_AHEAD: {
    meaning: 'the database has migrations this build does not know',
    fix: 'run the newer build, or migrate down with it first',
  },
  STORE_VERSION_CONFLICT: {
    meaning: 'a ticket SLA row changed since it was read (optimistic version check)',
    fix: 're-read and retry; the pipeline does so by itself a few times',
  },
  STORE_UNKNOWN_INSTALLATION: {
    meaning: 'no installation has this id',
    fix: 'list installations (`npx desk-sla installations`) and check the id',
  },
  STORE_QUERY_OUTSIDE_TRANSACTION: {
    meaning: 'code inside db.transaction() used the outer db on embedded PGlite (one connection)',
    fix: 'use the `tx` handed to the callback: this is a bug in the caller',
  },
  STORE_CLOSED: {
    meaning: 'the database handle was closed',
    fix: 'open a new one',
  },
  STORE_BAD_INPUT: {
    meaning: 'a value passed to the store is not valid',
    fix: 'details name the value: this is a bug in the caller',
  },
  STORE_CONNECT_TIMEOUT: {
    meaning:
      'PostgreSQL did not answer the connection within `DATABASE_CONNECT_TIMEOUT_MS` (or no pooled connection came free in that time); at start-up the service stops with this line',
    fix: 'check DATABASE_URL (host, port) and that PostgreSQL is up and accepting connections; raise DATABASE_CONNECT_TIMEOUT_MS only for a slow network',
  },
  STORE_TIMEOUT: {
    meaning:
      'a statement ran past its timeout (`DATABASE_STATEMENT_TIMEOUT_MS`; for the receiver and `/readyz`, `RECEIVER_DB_TIMEOUT_MS`): a lock held elsewhere, or an overloaded database',
    fix: 'look for long transactions or locks (`pg_stat_activity`, `pg_locks`); the work is retried (Desk resends a refused delivery)',
  },
  STORE_DATA_DIR_LOCKED: {
    meaning: 'another desk-sla process holds the PGlite data directory (`desk-sla.lock` names its pid, host and command)',
    fix: "stop it first, or do the change from the running service's admin page (`desk-sla install` goes through it with ADMIN_TOKEN); use DATABASE_URL (PostgreSQL) for several processes; delete the lock file only if that process is gone",
  },
})

export type StoreErrorCode = keyof typeof STORE_ERROR_CODES

export class StoreError extends CodedError<StoreErrorCode> {
  readonly name = 'StoreError'
}

/** matches by name and code too, so an error from a second copy of this module still counts */
export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  const candidate = e as { name?: unknown; code?: unknown } | null
  const isOne =
    e instanceof StoreError ||
    (e instanceof Error && candidate?.name === 'StoreError' && isCode(STORE_ERROR_CODES, candidate.code))
  return isOne && (code === undefined || (e as StoreError).code === code)
}
