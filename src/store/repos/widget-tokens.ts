// Widget tokens: the per-installation key the agents' ticket widget sends to read SLA views.
// Only the sha256 is stored (migration 004); the token is returned once, by setWidgetToken.
// The token grants READ access to that installation's ticket SLA views and nothing else.
import type { Db } from '../db.js'
import { generateSecret, hashSecret, secretMatchesHash } from '../crypto.js'
import { StoreError } from '../errors.js'
import { run, toIso, type Instant, type Sql } from './sql.js'

// Compared against when the installation is unknown or has no token, so that answer takes
// as long as a wrong token does (a caller cannot probe which installations exist).
const NO_TOKEN_HASH = hashSecret('desk-sla: no widget token is set for this installation')

// ---- named SQL builders ----

export function setWidgetTokenHashSql(installationId: string, hash: string | null, now: string): Sql {
  return {
    text: 'UPDATE installations SET widget_token_hash = $2, updated_at = $3 WHERE id = $1',
    values: [installationId, hash, now],
  }
}

export function selectWidgetTokenHashSql(installationId: string): Sql {
  return {
    text: `SELECT widget_token_hash FROM installations WHERE id = $1 AND status <> 'disabled'`,
    values: [installationId],
  }
}

// ---- repository ----

/**
 * Replaces the installation's widget token with a fresh random one and returns it: the only
 * time it can be read. The previous token stops working at once.
 */
export async function setWidgetToken(db: Db, installationId: string, now: Instant = new Date()): Promise<string> {
  const token = generateSecret(32)
  const { rowCount } = await run(db, setWidgetTokenHashSql(installationId, hashSecret(token), toIso(now)))
  if (rowCount !== 1) throw new StoreError('STORE_UNKNOWN_INSTALLATION', `no installation ${installationId}`, { installationId })
  return token
}

/** Removes the widget token: every widget of the installation is refused until a new one is set. */
export async function clearWidgetToken(db: Db, installationId: string, now: Instant = new Date()): Promise<boolean> {
  return (await run(db, setWidgetTokenHashSql(installationId, null, toIso(now)))).rowCount === 1
}

/**
 * Constant-time check of a widget token. False for a wrong token, an installation without a
 * token, an unknown or a disabled installation, all after the same hash comparison.
 */
export async function verifyWidgetToken(db: Db, installationId: string, candidate: string): Promise<boolean> {
  const { rows } = await run<{ widget_token_hash: string | null }>(db, selectWidgetTokenHashSql(installationId))
  const hash = rows[0]?.widget_token_hash ?? null
  const matches = secretMatchesHash(candidate, hash ?? NO_TOKEN_HASH)
  return hash !== null && matches
}

/** Whether a widget token is set (for status pages; never the token or its hash). */
export async function hasWidgetToken(db: Db, installationId: string): Promise<boolean> {
  const { rows } = await run<{ widget_token_hash: string | null }>(db, selectWidgetTokenHashSql(installationId))
  return typeof rows[0]?.widget_token_hash === 'string'
}
