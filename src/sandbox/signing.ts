import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose'
import { randomUUID } from 'node:crypto'

// The sandbox's own RS256 key: webhook deliveries carry `X-ZDesk-JWT` signed with it
// (issuer `orgId:<org>`, audience `webhookId:<id>`), and GET /.well-known/jwks.json publishes it.
// Like Desk's, the token does not sign the body (DESK_API.md "Webhooks").

export const JWT_TTL_SECONDS = 300

let shared: Promise<WebhookSigner> | undefined

export class WebhookSigner {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly jwk: JWK,
  ) {}

  /** One key per process, like Desk's one key per data center; RSA key generation is slow enough to share. */
  static create(): Promise<WebhookSigner> {
    shared ??= (async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
      const jwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' }
      return new WebhookSigner(privateKey as CryptoKey, jwk)
    })()
    return shared
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.jwk] }
  }

  async sign(orgId: string, webhookId: string, nowMs: number): Promise<string> {
    const iat = Math.floor(nowMs / 1000)
    return new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: this.jwk.kid!, typ: 'JWT' })
      .setIssuer(`orgId:${orgId}`)
      .setAudience(`webhookId:${webhookId}`)
      .setIssuedAt(iat)
      .setExpirationTime(iat + JWT_TTL_SECONDS)
      .setJti(randomUUID())
      .sign(this.privateKey)
  }
}
