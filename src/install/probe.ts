// Checks an org's credentials before anything is stored: mint an access token (or take the one the
// code exchange returned) and make the cheapest real call, `GET /tickets?limit=1`. Every refusal
// becomes one InstallError saying which part is wrong. The minted token is handed back, so the field
// check and, once stored, the service reuse it instead of minting again (Zoho allows 10 per 10 min).
import { createDeskClient, type DeskClient, type DeskClientOptions } from '../desk/client.js'
import { isDeskError } from '../desk/errors.js'
import { MemoryTokenStore, type StoredToken } from '../desk/token-store.js'
import type { Logger } from '../logger.js'
import { InstallError } from './errors.js'

export interface ProbeTarget {
  installationId: string
  orgId: string
  dataCenter: string
  apiBase: string
  accountsUrl: string
  clientId: string
  clientSecret: string
  refreshToken: string
  /** a token from the code exchange: no mint needed */
  token?: StoredToken
  now: () => number
  logger?: Logger
  desk?: Partial<DeskClientOptions>
}

export interface Probed {
  token: StoredToken
  /** a client holding that token, for the checks before the installation is stored (fields) */
  desk: DeskClient
}

export async function probeCredentials(t: ProbeTarget): Promise<Probed> {
  const tokenStore = new MemoryTokenStore()
  if (t.token) await tokenStore.save(t.installationId, t.token)
  const desk = createDeskClient({
    ...t.desk,
    installationId: t.installationId,
    orgId: t.orgId,
    dataCenter: t.dataCenter,
    apiBase: t.apiBase,
    accountsUrl: t.accountsUrl,
    clientId: t.clientId,
    clientSecret: t.clientSecret,
    refreshToken: t.refreshToken,
    tokenStore,
    now: t.now,
    ...(t.logger ? { logger: t.logger } : {}),
  })
  try {
    await desk.listTickets({ limit: 1 })
  } catch (err) {
    throw explain(err, t)
  }
  const token = await tokenStore.get(t.installationId)
  if (!token) throw new InstallError('INSTALL_DESK_UNREACHABLE', 'Desk answered without a token being minted', { orgId: t.orgId })
  return { token, desk }
}

function explain(err: unknown, t: ProbeTarget): InstallError {
  if (!isDeskError(err)) {
    return new InstallError('INSTALL_DESK_UNREACHABLE', `checking the credentials failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`)
  }
  const deskErrorCode = typeof err.details.deskErrorCode === 'string' ? err.details.deskErrorCode : undefined
  const base = { orgId: t.orgId, dataCenter: t.dataCenter, deskCode: err.code, ...(deskErrorCode ? { deskErrorCode } : {}) }
  switch (err.code) {
    case 'DESK_OAUTH_CLIENT_INVALID':
    case 'DESK_OAUTH_FAILED':
    case 'DESK_AUTH_REVOKED': {
      const what = deskErrorCode ?? (typeof err.details.reason === 'string' ? err.details.reason.match(/"([^"]+)"/)?.[1] : undefined) ?? 'refused'
      return new InstallError(
        'INSTALL_CREDENTIALS_REJECTED',
        `Zoho refused the OAuth credentials (${what}) at ${t.accountsUrl}: check the client id, the client secret and the refresh token, and that the data center "${t.dataCenter}" is the org's`,
        { ...base, oauthError: what },
      )
    }
    case 'DESK_UNAUTHORIZED':
      return new InstallError('INSTALL_CREDENTIALS_REJECTED', `Desk refused the access token minted with these credentials (401): check the data center "${t.dataCenter}" and the org id`, base)
    case 'DESK_FORBIDDEN': {
      const hint =
        deskErrorCode === 'OAUTH_ORG_MISMATCH'
          ? `the token does not belong to org ${t.orgId}: check the org id (Setup → Developer Space → API)`
          : deskErrorCode === 'SCOPE_MISMATCH'
            ? 'the refresh token lacks scopes: authorize again with Desk.tickets.READ,Desk.tickets.UPDATE,Desk.contacts.READ,Desk.search.READ,Desk.basic.READ,Desk.settings.READ,Desk.webhooks.ALL'
            : 'check the org id, the scopes and the Desk edition'
      return new InstallError('INSTALL_ORG_REFUSED', `Desk refused org ${t.orgId} (403${deskErrorCode ? ` ${deskErrorCode}` : ''}): ${hint}`, base)
    }
    case 'DESK_TOKEN_MINT_PAUSED':
      return new InstallError('INSTALL_DESK_UNREACHABLE', 'Zoho is throttling token requests for this refresh token (10 per 10 minutes): wait ten minutes and install again', base)
    default:
      return new InstallError('INSTALL_DESK_UNREACHABLE', `checking the credentials against Desk failed: ${err.message} [${err.code}]`, base)
  }
}
