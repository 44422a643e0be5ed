// X-ZDesk-JWT: RS256, issuer `orgId:<org>`, audience `webhookId:<id>`, keys at the data center's
// `/.well-known/jwks.json` (DESK_API.md, unverified). It does not sign the body: it proves the
// delivery came from Desk's infrastructure for this org; the URL secret stays the main check.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { resolveEndpoints } from '../desk/data-centers.js'
import { WebhookError } from './webhook-errors.js'

export interface JwksTarget {
  dataCenter: string
  /** the installation's API root override (the sandbox), or null for the data center's host */
  apiBase: string | null
  orgId: string
  /** where the keys are: `https://desk.zoho.<dc>/.well-known/jwks.json`, or the api_base origin's */
  jwksUrl: string
}

export type JwksProvider = (target: JwksTarget) => JWTVerifyGetKey

export function jwksUrlFor(installation: { dataCenter: string; apiBase: string | null }): string {
  const { apiBase } = resolveEndpoints({ dataCenter: installation.dataCenter, apiBase: installation.apiBase ?? undefined })
  return new URL('/.well-known/jwks.json', new URL(apiBase).origin).toString()
}

/** One remote key set per URL, shared by every installation of that data center (jose caches and rate-limits refetches). */
export function remoteJwksProvider(): JwksProvider {
  const sets = new Map<string, JWTVerifyGetKey>()
  return (target) => {
    let set = sets.get(target.jwksUrl)
    if (!set) {
      set = createRemoteJWKSet(new URL(target.jwksUrl), { timeoutDuration: 1_500 })
      sets.set(target.jwksUrl, set)
    }
    return set
  }
}

// a token that fails these is the sender's fault (401); anything else (JWKS down, timeout) is ours (503)
const TOKEN_FAULTS = new Set([
  'ERR_JWS_INVALID',
  'ERR_JWT_INVALID',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_EXPIRED',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JWK_INVALID',
])

export interface VerifyDeskJwtOptions {
  token: string
  keys: JWTVerifyGetKey
  orgId: string
  /** the installation's registered hook ids; when known, the audience must name one of them */
  webhookIds: readonly string[]
  now: number
  clockToleranceSeconds?: number
}

/** resolves when the token verifies; throws WebhookError WEBHOOK_BAD_TOKEN or WEBHOOK_JWKS_UNAVAILABLE */
export async function verifyDeskJwt(o: VerifyDeskJwtOptions): Promise<void> {
  let aud: unknown
  try {
    const { payload } = await jwtVerify(o.token, o.keys, {
      algorithms: ['RS256'],
      issuer: `orgId:${o.orgId}`,
      audience: o.webhookIds.length > 0 ? o.webhookIds.map((id) => `webhookId:${id}`) : undefined,
      currentDate: new Date(o.now),
      clockTolerance: o.clockToleranceSeconds ?? 60,
    })
    aud = payload.aud
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && TOKEN_FAULTS.has(code)) {
      throw new WebhookError('WEBHOOK_BAD_TOKEN', `X-ZDesk-JWT rejected: ${(error as Error).message}`, { joseCode: code })
    }
    throw new WebhookError('WEBHOOK_JWKS_UNAVAILABLE', 'the signing keys for X-ZDesk-JWT could not be fetched; try again later', {
      cause: error instanceof Error ? error.message : String(error),
    })
  }
  // hook ids not stored yet (registration in flight): still insist the token was minted for a webhook
  const audiences = Array.isArray(aud) ? aud : [aud]
  if (!audiences.some((a) => typeof a === 'string' && a.startsWith('webhookId:'))) {
    throw new WebhookError('WEBHOOK_BAD_TOKEN', 'X-ZDesk-JWT rejected: the audience names no webhook', {})
  }
}
