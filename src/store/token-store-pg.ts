// TokenStore (src/desk/token-store.ts) over the store. Access tokens are encrypted at rest like the
// refresh token. The refresh lock is a per-installation promise chain in this process, then, on
// PostgreSQL, a transaction holding pg_advisory_xact_lock(hashtext('oauth:'||id)) so processes sharing
// the database mint one at a time. Store calls made inside the locked fn run on the lock's own
// connection (no second pool connection needed) and are committed even when fn throws, so
// "reauth required" and "minting paused" survive the error that reports them.
// Embedded PGlite belongs to one process, so there the in-process chain is the whole lock.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { StoredToken, TokenStore } from '../desk/token-store.js'
import type { SecretBox } from './crypto.js'
import type { Db } from './db.js'
import { StoreError } from './errors.js'
import { secretContext } from './repos/installations.js'
import { run, type Sql } from './repos/sql.js'

export function refreshLockSql(installationId: string): Sql {
  return { text: `SELECT pg_advisory_xact_lock(hashtext('oauth:' || $1::text))`, values: [installationId] }
}

export function selectTokenSql(installationId: string): Sql {
  return { text: 'SELECT access_token_enc, expires_at, mint_paused_until FROM oauth_tokens WHERE installation_id = $1', values: [installationId] }
}

export function upsertAccessTokenSql(installationId: string, accessTokenEnc: string, expiresAt: string, now: string): Sql {
  return {
    text: `INSERT INTO oauth_tokens (installation_id, access_token_enc, expires_at, updated_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (installation_id) DO UPDATE SET access_token_enc = EXCLUDED.access_token_enc, expires_at = EXCLUDED.expires_at,
  updated_at = EXCLUDED.updated_at`,
    values: [installationId, accessTokenEnc, expiresAt, now],
  }
}

export function upsertMintPausedSql(installationId: string, until: string | null, now: string): Sql {
  return {
    text: `INSERT INTO oauth_tokens (installation_id, mint_paused_until, updated_at) VALUES ($1, $2, $3)
ON CONFLICT (installation_id) DO UPDATE SET mint_paused_until = EXCLUDED.mint_paused_until, updated_at = EXCLUDED.updated_at`,
    values: [installationId, until, now],
  }
}

export function markReauthRequiredSql(installationId: string, reason: string, now: string): Sql {
  return {
    text: `UPDATE installations SET status = 'reauth_required', status_reason = $2, updated_at = $3 WHERE id = $1`,
    values: [installationId, reason, now],
  }
}

export function selectReauthSql(installationId: string): Sql {
  return { text: `SELECT status_reason FROM installations WHERE id = $1 AND status = 'reauth_required'`, values: [installationId] }
}

interface Frame {
  tx: Db | null
  held: ReadonlySet<string>
  active: boolean
}

// in-process lock chains per Db handle, so two store objects sharing one handle share the lock
const chainsByDb = new WeakMap<Db, Map<string, Promise<unknown>>>()

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

function unknownInstallation(installationId: string, error: unknown): never {
  if ((error as { code?: string }).code === '23503') {
    throw new StoreError('STORE_UNKNOWN_INSTALLATION', `no installation ${installationId}`, { installationId })
  }
  throw error
}

export class PgTokenStore implements TokenStore {
  private readonly frames = new AsyncLocalStorage<Frame>()
  private readonly chains: Map<string, Promise<unknown>>

  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly clock: () => number = Date.now,
  ) {
    let chains = chainsByDb.get(db)
    if (!chains) chainsByDb.set(db, (chains = new Map()))
    this.chains = chains
  }

  /** the lock's connection inside withRefreshLock's fn, else the shared handle */
  private conn(): Db {
    const frame = this.frames.getStore()
    return frame?.active && frame.tx ? frame.tx : this.db
  }

  private now(): string {
    return new Date(this.clock()).toISOString()
  }

  async get(installationId: string): Promise<StoredToken | null> {
    const { rows } = await run<{ access_token_enc: string | null; expires_at: Date | null }>(this.conn(), selectTokenSql(installationId))
    const r = rows[0]
    if (!r?.access_token_enc || !r.expires_at) return null
    return {
      accessToken: this.box.decrypt(r.access_token_enc, secretContext(installationId, 'access_token')),
      expiresAt: r.expires_at.getTime(),
    }
  }

  async save(installationId: string, token: StoredToken): Promise<void> {
    const enc = this.box.encrypt(token.accessToken, secretContext(installationId, 'access_token'))
    await run(this.conn(), upsertAccessTokenSql(installationId, enc, new Date(token.expiresAt).toISOString(), this.now())).catch((e) =>
      unknownInstallation(installationId, e),
    )
  }

  async withRefreshLock<T>(installationId: string, fn: () => Promise<T>): Promise<T> {
    const outer = this.frames.getStore()
    // re-entrant: the caller already holds this installation's lock
    if (outer?.active && outer.held.has(installationId)) return fn()
    return this.inProcessChain(installationId, () => this.acrossProcesses(installationId, outer, fn))
  }

  private async inProcessChain<T>(installationId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(installationId) ?? Promise.resolve()
    const turn = previous.then(fn, fn)
    const tail = turn.then(
      () => undefined,
      () => undefined,
    )
    this.chains.set(installationId, tail)
    try {
      return await turn
    } finally {
      if (this.chains.get(installationId) === tail) this.chains.delete(installationId)
    }
  }

  private async acrossProcesses<T>(installationId: string, outer: Frame | undefined, fn: () => Promise<T>): Promise<T> {
    const held = new Set([...(outer?.active ? outer.held : []), installationId])
    if (this.db.kind === 'pglite') {
      const frame: Frame = { tx: null, held, active: true }
      try {
        return await this.frames.run(frame, fn)
      } finally {
        frame.active = false
      }
    }
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<T>> => {
      await run(tx, refreshLockSql(installationId))
      const frame: Frame = { tx, held, active: true }
      try {
        return { ok: true, value: await this.frames.run(frame, fn) }
      } catch (error) {
        return { ok: false, error }
      } finally {
        frame.active = false
      }
    })
    if (!outcome.ok) throw outcome.error
    return outcome.value
  }

  async getMintPausedUntil(installationId: string): Promise<number | null> {
    const { rows } = await run<{ mint_paused_until: Date | null }>(this.conn(), selectTokenSql(installationId))
    return rows[0]?.mint_paused_until?.getTime() ?? null
  }

  async setMintPausedUntil(installationId: string, until: number | null): Promise<void> {
    const at = until === null ? null : new Date(until).toISOString()
    await run(this.conn(), upsertMintPausedSql(installationId, at, this.now())).catch((e) => unknownInstallation(installationId, e))
  }

  async markReauthRequired(installationId: string, reason: string): Promise<void> {
    const { rowCount } = await run(this.conn(), markReauthRequiredSql(installationId, reason, this.now()))
    if (rowCount !== 1) throw new StoreError('STORE_UNKNOWN_INSTALLATION', `no installation ${installationId}`, { installationId })
  }

  async isReauthRequired(installationId: string): Promise<string | null> {
    const { rows } = await run<{ status_reason: string | null }>(this.conn(), selectReauthSql(installationId))
    return rows[0] ? (rows[0].status_reason ?? 'reauth required') : null
  }
}
