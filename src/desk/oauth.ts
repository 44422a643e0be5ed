import { DeskError } from './errors.js'
import { classifyNetworkError, createDeskHttp, parseJsonBody } from './http.js'
import { decideRetry, type RetryPolicy } from './rate-limit.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import { safeLogger } from './safe-logger.js'
import { parseDesk, TokenErrorBody, TokenResponse } from './schemas.js'
import type { StoredToken, TokenStore } from './token-store.js'

// Access tokens from the refresh-token grant (DESK_API.md "Refresh"). Zoho allows 10 mints per refresh
// token per 10 minutes, so a token is reused until shortly before it expires and minting is
// single-flight: one promise per installation inside the process, and the store's refresh lock across
// processes (the token is re-read under the lock because another process may just have minted one).

export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000 // reuse a token until 5 min before it expires
export const MINT_PAUSE_MS = 10 * 60_000 // Zoho's throttle window

export interface TokenProviderOptions {
  installationId: string
  accountsUrl: string
  clientId: string
  clientSecret: string
  refreshToken: string
  tokenStore: TokenStore
  now: () => number
  sleep: (ms: number) => Promise<void>
  timeoutMs?: number
  refreshMarginMs?: number
  retryPolicy?: Partial<RetryPolicy>
  logger?: Logger
  /** told of every mint attempt's outcome (metrics) */
  onMint?: (outcome: 'ok' | 'error') => void
}

export interface TokenProvider {
  /** a token valid for at least the refresh margin, minting one only when needed */
  getAccessToken(): Promise<string>
  /** Desk answered 401 to `rejected`: get a different token (another caller may already have minted it) */
  refreshAfterRejection(rejected: string): Promise<string>
}

// in-flight mints, per store object and installation: clients of one process that share a store share the flight
const inFlight = new WeakMap<TokenStore, Map<string, Promise<StoredToken>>>()

const REVOKED = new Set(['invalid_code', 'invalid_grant'])

function isThrottle(status: number, body: { error: string; error_description?: string | null }): boolean {
  return /access denied/i.test(body.error) || /too many requests/i.test(body.error_description ?? '') || status === 429
}

export function createTokenProvider(opts: TokenProviderOptions): TokenProvider {
  const { installationId: id, tokenStore: store, now } = opts
  const margin = opts.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS
  const http = createDeskHttp({ timeoutMs: opts.timeoutMs ?? 30_000 })
  const tokenUrl = `${opts.accountsUrl.replace(/\/+$/, '')}/oauth/v2/token`
  let cached: StoredToken | null = null
  let revokedReason: string | null = null

  const secrets = () => [opts.clientSecret, opts.refreshToken, cached?.accessToken ?? '']
  const log = safeLogger(opts.logger, secrets)
  const fresh = (t: StoredToken | null): t is StoredToken => t !== null && now() < t.expiresAt - margin

  function revokedError(reason: string): DeskError {
    return new DeskError('DESK_AUTH_REVOKED', `reauth required for installation ${id}: ${reason}`, {
      installationId: id,
      reason,
    })
  }

  async function markRevoked(reason: string): Promise<never> {
    revokedReason = reason
    cached = null
    await store.markReauthRequired(id, reason)
    log('error', 'desk refresh token refused: reauth required', { installationId: id, reason })
    throw revokedError(reason)
  }

  /** fail fast, without the network, when the installation needs reauth or minting is paused */
  async function assertMayMint(): Promise<void> {
    if (revokedReason !== null) throw revokedError(revokedReason)
    const reason = await store.isReauthRequired(id)
    if (reason !== null) {
      revokedReason = reason
      throw revokedError(reason)
    }
    const until = await store.getMintPausedUntil(id)
    if (until !== null && until > now()) {
      throw new DeskError(
        'DESK_TOKEN_MINT_PAUSED',
        `token minting for installation ${id} is paused until ${new Date(until).toISOString()} (Zoho throttle)`,
        { installationId: id, pausedUntil: new Date(until).toISOString() },
      )
    }
  }

  async function mint(): Promise<StoredToken> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: opts.clientId,
      client_secret: opts.clientSecret,
      refresh_token: opts.refreshToken,
    }).toString()
    for (let attempt = 1; ; attempt++) {
      let res
      try {
        res = await http.post(tokenUrl, form, {
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        })
      } catch (e) {
        const failure = classifyNetworkError(e)
        if (!failure) throw e
        const decision = decideRetry({ isNetworkError: true, attempt, requestSent: failure.requestSent }, { ...opts.retryPolicy, now })
        if (decision.retry) {
          log('warn', 'desk token request failed, retrying', { installationId: id, attempt, errorCode: failure.errorCode, delayMs: decision.delayMs })
          await opts.sleep(decision.delayMs)
          continue
        }
        throw new DeskError(failure.timeout ? 'DESK_TIMEOUT' : 'DESK_NETWORK', `token request to ${opts.accountsUrl} failed (${failure.errorCode}) after ${attempt} attempts`, {
          installationId: id,
          errorCode: failure.errorCode,
          attempts: attempt,
        })
      }
      const parsed = parseJsonBody(res.data)
      const body = parsed.ok ? parsed.value : undefined
      // Zoho reports grant errors in the body, often with HTTP 200
      const error = TokenErrorBody.safeParse(body)
      if (error.success) {
        const oauthError = error.data.error
        const description = scrub(error.data.error_description ?? '', secrets())
        if (REVOKED.has(oauthError)) return markRevoked(`Zoho answered "${oauthError}" to the refresh-token grant`)
        if (isThrottle(res.status, error.data)) {
          const until = now() + MINT_PAUSE_MS
          await store.setMintPausedUntil(id, until)
          log('warn', 'zoho throttled token minting; paused', { installationId: id, pausedUntil: new Date(until).toISOString() })
          throw new DeskError('DESK_TOKEN_MINT_PAUSED', `Zoho refused to mint a token for installation ${id} (too many requests); minting paused until ${new Date(until).toISOString()}`, {
            installationId: id,
            status: res.status,
            deskErrorCode: oauthError,
            deskMessage: description,
            pausedUntil: new Date(until).toISOString(),
          })
        }
        if (oauthError === 'invalid_client') {
          throw new DeskError('DESK_OAUTH_CLIENT_INVALID', `Zoho does not accept the OAuth client id/secret of installation ${id}`, {
            installationId: id,
            status: res.status,
            deskErrorCode: oauthError,
          })
        }
        if (res.status < 500) {
          throw new DeskError('DESK_OAUTH_FAILED', `Zoho refused the refresh-token grant for installation ${id}: ${oauthError}`, {
            installationId: id,
            status: res.status,
            deskErrorCode: oauthError,
            deskMessage: description,
          })
        }
      }
      if (res.status >= 500) {
        const decision = decideRetry({ status: res.status, attempt }, { ...opts.retryPolicy, now })
        if (decision.retry) {
          log('warn', 'desk token request got a server error, retrying', { installationId: id, attempt, status: res.status, delayMs: decision.delayMs })
          await opts.sleep(decision.delayMs)
          continue
        }
        throw new DeskError('DESK_HTTP_5XX', `the accounts server answered ${res.status} to the token request after ${attempt} attempts`, {
          installationId: id,
          status: res.status,
          attempts: attempt,
        })
      }
      if (!parsed.ok) {
        throw new DeskError('DESK_BAD_RESPONSE', `the accounts server answered the token request with invalid JSON (HTTP ${res.status})`, {
          installationId: id,
          status: res.status,
        })
      }
      if (res.status < 200 || res.status >= 300) {
        throw new DeskError('DESK_OAUTH_FAILED', `the accounts server answered ${res.status} to the token request`, { installationId: id, status: res.status })
      }
      const token = parseDesk(TokenResponse, body, 'the token request')
      log('info', 'desk access token minted', { installationId: id, expiresInS: token.expires_in })
      return { accessToken: token.access_token, expiresAt: now() + token.expires_in * 1000 }
    }
  }

  async function refresh(rejected: string | null): Promise<StoredToken> {
    await assertMayMint()
    return store.withRefreshLock(id, async () => {
      const current = await store.get(id)
      if (fresh(current) && current.accessToken !== rejected) return current
      await assertMayMint()
      const minted = await mint().then(
        (t) => {
          opts.onMint?.('ok')
          return t
        },
        (e: unknown) => {
          opts.onMint?.('error')
          throw e
        },
      )
      await store.save(id, minted)
      return minted
    })
  }

  function singleFlight(rejected: string | null): Promise<StoredToken> {
    let flights = inFlight.get(store)
    if (!flights) inFlight.set(store, (flights = new Map()))
    const existing = flights.get(id)
    if (existing) {
      // a flight started before our 401 may hand back the very token Desk refused: then fly again
      return rejected === null ? existing : existing.then((t) => (t.accessToken === rejected ? singleFlight(rejected) : t))
    }
    const flight = refresh(rejected).finally(() => {
      if (flights!.get(id) === flight) flights!.delete(id)
    })
    flights.set(id, flight)
    return flight
  }

  return {
    async getAccessToken() {
      if (revokedReason !== null) throw revokedError(revokedReason)
      if (fresh(cached)) return cached.accessToken
      const stored = await store.get(id)
      cached = fresh(stored) ? stored : await singleFlight(null)
      return cached.accessToken
    },
    async refreshAfterRejection(rejected: string) {
      if (revokedReason !== null) throw revokedError(revokedReason)
      if (cached?.accessToken === rejected) cached = null
      cached = await singleFlight(rejected)
      return cached.accessToken
    },
  }
}
