import { expect } from 'chai'
import type { Db } from '../../src/store/db.js'
import { isStoreError } from '../../src/store/errors.js'
import { updateInstallation } from '../../src/store/repos/installations.js'
import { PgTokenStore } from '../../src/store/token-store-pg.js'
import { forEachStore, testBox, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const yieldTurns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r))
}

forEachStore('store: PgTokenStore', (getDb, env) => {
  const installation = useInstallation(getDb)
  const store = () => new PgTokenStore(getDb(), testBox, () => T0)

  it('has no token for a fresh installation', async () => {
    expect(await store().get(installation())).to.equal(null)
  })

  it('gives back the saved access token and keeps it encrypted at rest', async () => {
    const s = store()
    await s.save(installation(), { accessToken: '1000.secret-access-token', expiresAt: T0 + 3_600_000 })
    expect(await s.get(installation())).to.deep.equal({ accessToken: '1000.secret-access-token', expiresAt: T0 + 3_600_000 })

    const { rows } = await getDb().query<{ access_token_enc: string }>('SELECT access_token_enc FROM oauth_tokens WHERE installation_id = $1', [installation()])
    expect(rows[0].access_token_enc).to.match(/^v1:/)
    expect(rows[0].access_token_enc).not.to.contain('secret-access-token')
  })

  it('replaces the token on the next save', async () => {
    const s = store()
    await s.save(installation(), { accessToken: 'first', expiresAt: T0 + 1000 })
    await s.save(installation(), { accessToken: 'second', expiresAt: T0 + 2000 })
    expect(await s.get(installation())).to.deep.equal({ accessToken: 'second', expiresAt: T0 + 2000 })
  })

  it('remembers a minting pause until it is cleared, without touching the token', async () => {
    const s = store()
    await s.save(installation(), { accessToken: 'tok', expiresAt: T0 + 1000 })
    await s.setMintPausedUntil(installation(), T0 + 600_000)
    expect(await s.getMintPausedUntil(installation())).to.equal(T0 + 600_000)
    await s.setMintPausedUntil(installation(), null)
    expect(await s.getMintPausedUntil(installation())).to.equal(null)
    expect((await s.get(installation()))?.accessToken).to.equal('tok')
  })

  it('marks an installation reauth-required until a new refresh token is stored', async () => {
    const s = store()
    expect(await s.isReauthRequired(installation())).to.equal(null)
    await s.markReauthRequired(installation(), 'invalid_grant: refresh token revoked')
    expect(await s.isReauthRequired(installation())).to.equal('invalid_grant: refresh token revoked')

    await updateInstallation(getDb(), testBox, installation(), { refreshToken: '1000.new-refresh-token' })
    expect(await s.isReauthRequired(installation())).to.equal(null)
  })

  it('reports an unknown installation by code instead of a foreign-key error', async () => {
    const s = store()
    const missing = '00000000-0000-4000-8000-000000000000'
    const errors = await Promise.all([
      s.save(missing, { accessToken: 'x', expiresAt: T0 }).catch((e: unknown) => e),
      s.markReauthRequired(missing, 'gone').catch((e: unknown) => e),
    ])
    expect(errors.map((e) => isStoreError(e, 'STORE_UNKNOWN_INSTALLATION'))).to.deep.equal([true, true])
  })

  /** while "minting", wait until another refresher queues for the lock (bounded, so a missing lock fails the test, not hangs it) */
  async function mintInFlight(): Promise<void> {
    if (env().kind === 'pglite') return yieldTurns(20)
    for (let i = 0; i < 300; i++) {
      const { rows } = await getDb().query<{ n: number }>(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)
      if (rows[0].n > 0) return
      await yieldTurns(1)
    }
  }

  it('lets one of two concurrent refreshers (separate connections) mint, and the other reuse its token', async () => {
    const peer = await env().openPeer()
    const stores = [new PgTokenStore(getDb(), testBox, () => T0), new PgTokenStore(peer, testBox, () => T0)]
    let mints = 0
    let holders = 0
    let maxHolders = 0
    const refresh = (s: PgTokenStore, name: string) =>
      s.withRefreshLock(installation(), async () => {
        holders++
        maxHolders = Math.max(maxHolders, holders)
        try {
          const current = await s.get(installation())
          if (current) return current.accessToken
          await mintInFlight()
          mints++
          const token = { accessToken: `minted-by-${name}`, expiresAt: T0 + 3_600_000 }
          await s.save(installation(), token)
          return token.accessToken
        } finally {
          holders--
        }
      })

    const results = await Promise.all([refresh(stores[0], 'a'), refresh(stores[1], 'b'), refresh(stores[0], 'a2'), refresh(stores[1], 'b2')])
    expect(mints).to.equal(1)
    expect(maxHolders).to.equal(1)
    expect(new Set(results).size).to.equal(1)
  })

  it('keeps what was stored under the lock when the refresher then fails', async () => {
    const s = store()
    const error = await s
      .withRefreshLock(installation(), async () => {
        await s.setMintPausedUntil(installation(), T0 + 600_000)
        await s.markReauthRequired(installation(), 'invalid_code')
        throw new Error('refresh token refused')
      })
      .catch((e: unknown) => e)
    expect((error as Error).message).to.equal('refresh token refused')
    expect(await s.isReauthRequired(installation())).to.equal('invalid_code')
    expect(await s.getMintPausedUntil(installation())).to.equal(T0 + 600_000)
  })

  it('lets the lock holder take the same lock again without waiting for itself', async () => {
    const s = store()
    const value = await s.withRefreshLock(installation(), () => s.withRefreshLock(installation(), async () => 'inner'))
    expect(value).to.equal('inner')
  })

  it('needs no second pooled connection for store calls made while holding the lock', async () => {
    const single: Db = await env().openPeer({ poolSize: 1 })
    const s = new PgTokenStore(single, testBox, () => T0)
    const token = await s.withRefreshLock(installation(), async () => {
      await s.save(installation(), { accessToken: 'one-connection', expiresAt: T0 + 1000 })
      return s.get(installation())
    })
    expect(token?.accessToken).to.equal('one-connection')
    expect((await s.get(installation()))?.accessToken).to.equal('one-connection')
  })

  it('releases the lock after a failure so the next refresher gets it', async () => {
    const s = store()
    await s.withRefreshLock(installation(), async () => Promise.reject(new Error('network down'))).catch(() => {})
    expect(await s.withRefreshLock(installation(), async () => 'next')).to.equal('next')
  })
})
