// Token storage contract shared with the store (src/store/token-store-pg.ts implements it over PostgreSQL).
// See /work/notes/token-store.md; this file is the interface side plus an in-process implementation.

export interface StoredToken {
  accessToken: string
  expiresAt: number /* epoch ms */
}

export interface TokenStore {
  /** cached access token for the installation, or null */
  get(installationId: string): Promise<StoredToken | null>
  save(installationId: string, token: StoredToken): Promise<void>
  /** run fn while holding an exclusive refresh lock for this installation, across processes sharing one database
   *  (PostgreSQL: pg_advisory_xact_lock / SELECT ... FOR UPDATE on the installation's token row inside a transaction). */
  withRefreshLock<T>(installationId: string, fn: () => Promise<T>): Promise<T>
  /** minting paused until this instant (Zoho's 10-tokens-per-10-minutes throttle), or null */
  getMintPausedUntil(installationId: string): Promise<number | null>
  setMintPausedUntil(installationId: string, until: number | null): Promise<void>
  /** the refresh token was revoked/invalid: mark the installation "reauth required" with a reason */
  markReauthRequired(installationId: string, reason: string): Promise<void>
  isReauthRequired(installationId: string): Promise<string | null>
}

/** In-process only: the lock is a promise chain per installation, so it serialises callers of this one object. */
export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, StoredToken>()
  private readonly pausedUntil = new Map<string, number>()
  private readonly reauth = new Map<string, string>()
  private readonly locks = new Map<string, Promise<unknown>>()

  async get(installationId: string): Promise<StoredToken | null> {
    const t = this.tokens.get(installationId)
    return t ? { ...t } : null
  }

  async save(installationId: string, token: StoredToken): Promise<void> {
    this.tokens.set(installationId, { accessToken: token.accessToken, expiresAt: token.expiresAt })
  }

  async withRefreshLock<T>(installationId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(installationId) ?? Promise.resolve()
    const run = previous.then(fn, fn)
    // the chain must survive a failing holder, so the next waiter runs whatever happened before it
    const tail = run.then(
      () => undefined,
      () => undefined,
    )
    this.locks.set(installationId, tail)
    try {
      return await run
    } finally {
      if (this.locks.get(installationId) === tail) this.locks.delete(installationId)
    }
  }

  async getMintPausedUntil(installationId: string): Promise<number | null> {
    return this.pausedUntil.get(installationId) ?? null
  }

  async setMintPausedUntil(installationId: string, until: number | null): Promise<void> {
    if (until === null) this.pausedUntil.delete(installationId)
    else this.pausedUntil.set(installationId, until)
  }

  async markReauthRequired(installationId: string, reason: string): Promise<void> {
    this.reauth.set(installationId, reason)
  }

  async isReauthRequired(installationId: string): Promise<string | null> {
    return this.reauth.get(installationId) ?? null
  }
}
