import { randomBytes } from 'node:crypto'
import type { SandboxClock } from './clock.js'
import { DeskApiError } from './errors.js'

// Zoho Accounts' refresh-token grant, as DESK_API.md "Hosts and auth" describes it:
// at most 10 mints per refresh token per 10 minutes (then HTTP 400 "Access Denied"),
// at most 10 live access tokens per refresh token (the oldest dies), tokens expire.

export const MINT_WINDOW_MS = 10 * 60_000
export const MAX_MINTS_PER_WINDOW = 10
export const MAX_LIVE_TOKENS = 10

export type OAuthOptions = {
  clientId?: string
  clientSecret?: string
  refreshToken?: string
  /** Access token lifetime in seconds (Zoho: 3600). */
  tokenTtlSeconds?: number
  /**
   * HTTP status of `{"error":"invalid_code"}`-style answers. Unverified: real Zoho is reported to
   * answer some of them with 200; the sandbox defaults to 400 and lets a test choose 200.
   */
  errorStatus?: number
}

type RefreshTokenRecord = { token: string; revoked: boolean; mints: number[] }
type AccessTokenRecord = { token: string; refreshToken: string; expiresAt: number; mintedAt: number }

export type TokenAnswer = { status: number; body: Record<string, unknown> }

export class OAuthServer {
  readonly clientId: string
  readonly clientSecret: string
  readonly refreshToken: string
  tokenTtlSeconds: number
  errorStatus: number
  private readonly refreshTokens = new Map<string, RefreshTokenRecord>()
  private readonly accessTokens = new Map<string, AccessTokenRecord>()

  constructor(private readonly clock: SandboxClock, private readonly apiDomain: () => string, opts: OAuthOptions = {}) {
    this.clientId = opts.clientId ?? `1000.${hex(15).toUpperCase()}`
    this.clientSecret = opts.clientSecret ?? hex(21)
    this.refreshToken = opts.refreshToken ?? `1000.${hex(16)}.${hex(16)}`
    this.tokenTtlSeconds = opts.tokenTtlSeconds ?? 3600
    this.errorStatus = opts.errorStatus ?? 400
    this.refreshTokens.set(this.refreshToken, { token: this.refreshToken, revoked: false, mints: [] })
  }

  /** POST /oauth/v2/token with form (or query) fields. */
  token(fields: Record<string, unknown>): TokenAnswer {
    const err = (error: string, extra: Record<string, unknown> = {}): TokenAnswer => ({ status: this.errorStatus, body: { error, ...extra } })
    if (fields.grant_type !== 'refresh_token') return err('unsupported_grant_type')
    if (fields.client_id !== this.clientId) return err('invalid_client')
    if (fields.client_secret !== this.clientSecret) return err('invalid_client_secret')
    const rt = typeof fields.refresh_token === 'string' ? this.refreshTokens.get(fields.refresh_token) : undefined
    if (!rt || rt.revoked) return err('invalid_code')
    const now = this.clock.now()
    rt.mints = rt.mints.filter((t) => t > now - MINT_WINDOW_MS)
    if (rt.mints.length >= MAX_MINTS_PER_WINDOW) {
      return {
        status: 400,
        body: { error: 'Access Denied', error_description: 'You have made too many requests continuously. Please try again after some time.' },
      }
    }
    rt.mints.push(now)
    const live = [...this.accessTokens.values()]
      .filter((a) => a.refreshToken === rt.token && a.expiresAt > now)
      .sort((a, b) => a.mintedAt - b.mintedAt)
    for (const old of live.slice(0, Math.max(0, live.length - MAX_LIVE_TOKENS + 1))) this.accessTokens.delete(old.token)
    for (const a of this.accessTokens.values()) if (a.expiresAt <= now) this.accessTokens.delete(a.token)
    const token = `1000.${hex(16)}.${hex(16)}`
    this.accessTokens.set(token, { token, refreshToken: rt.token, expiresAt: now + this.tokenTtlSeconds * 1000, mintedAt: now })
    return {
      status: 200,
      body: { access_token: token, api_domain: this.apiDomain(), token_type: 'Bearer', expires_in: this.tokenTtlSeconds },
    }
  }

  /** Checks `Authorization: Zoho-oauthtoken <t>`; throws Desk's 401 body when missing, unknown or expired. */
  authenticate(header: string | undefined): void {
    const m = /^Zoho-oauthtoken\s+(\S+)$/i.exec(header ?? '')
    const rec = m ? this.accessTokens.get(m[1]!) : undefined
    if (!rec || rec.expiresAt <= this.clock.now()) {
      throw new DeskApiError(401, 'INVALID_OAUTH', 'The OAuth Token you provided is invalid.')
    }
  }

  revoke(): void {
    for (const rt of this.refreshTokens.values()) rt.revoked = true
    this.accessTokens.clear()
  }

  /** Un-revokes and forgets the throttle window (sandbox reset). */
  restore(): void {
    for (const rt of this.refreshTokens.values()) { rt.revoked = false; rt.mints = [] }
  }

  expireAll(): number {
    const n = this.accessTokens.size
    this.accessTokens.clear()
    return n
  }

  liveTokenCount(): number {
    const now = this.clock.now()
    return [...this.accessTokens.values()].filter((a) => a.expiresAt > now).length
  }
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex')
}
