// The authorization-code grant: turns the code Zoho hands the redirect URI into a refresh token.
//
// DESK_API.md covers only the refresh-token grant. What follows is Zoho's documented OAuth 2.0 server
// flow, taken as it is and not exercised against a real org here:
// - `POST https://<accounts>/oauth/v2/token` with form fields grant_type=authorization_code, client_id,
//   client_secret, redirect_uri (exactly the one the code was issued for) and code;
// - the answer carries `access_token`, `expires_in` (seconds), `api_domain`, `token_type` and, only when
//   the authorization asked for `access_type=offline` (and, on a repeat consent, `prompt=consent`),
//   a `refresh_token`;
// - a code is single-use and lives a few minutes; errors come as `{"error":"invalid_code"}` and often
//   with HTTP 200;
// - the redirect also names the accounts server (`accounts-server`/`location` query parameters) the
//   code belongs to. desk-sla exchanges it at the data center's accounts host (or --accounts-url), so a
//   code from another data center fails here with invalid_code rather than being sent elsewhere.
import { createDeskHttp } from '../desk/http.js'
import { z } from 'zod'
import { InstallError } from './errors.js'

const TokenAnswer = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive(),
})
const ErrorAnswer = z.looseObject({ error: z.string().min(1) })

export interface CodeExchange {
  accountsUrl: string
  clientId: string
  clientSecret: string
  code: string
  redirectUri: string
  now: () => number
  timeoutMs?: number
}

export interface ExchangedTokens {
  refreshToken: string
  accessToken: string
  /** epoch ms */
  expiresAt: number
}

export async function exchangeAuthorizationCode(x: CodeExchange): Promise<ExchangedTokens> {
  const url = `${x.accountsUrl.replace(/\/+$/, '')}/oauth/v2/token`
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: x.clientId,
    client_secret: x.clientSecret,
    redirect_uri: x.redirectUri,
    code: x.code,
  }).toString()
  let res
  try {
    res = await createDeskHttp({ timeoutMs: x.timeoutMs ?? 30_000 }).post(url, form, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    })
  } catch (err) {
    // the axios error holds the request body (secrets): keep only its code
    const code = (err as { code?: unknown })?.code
    throw new InstallError('INSTALL_DESK_UNREACHABLE', `the accounts server ${x.accountsUrl} could not be reached for the code exchange (${typeof code === 'string' ? code : 'network error'})`, {
      accountsUrl: x.accountsUrl,
    })
  }
  let body: unknown
  try {
    body = JSON.parse(String(res.data))
  } catch {
    body = undefined
  }
  const error = ErrorAnswer.safeParse(body)
  if (error.success) {
    const hint =
      error.data.error === 'invalid_code'
        ? 'the code is wrong, used already or expired (codes live a few minutes), or belongs to another data center'
        : error.data.error === 'invalid_client' || error.data.error === 'invalid_client_secret'
          ? 'the client id or client secret is wrong'
          : error.data.error === 'invalid_redirect_uri'
            ? 'the redirect URI differs from the one the code was issued for'
            : 'see Zoho’s OAuth error list'
    throw new InstallError('INSTALL_CODE_EXCHANGE_FAILED', `Zoho refused the authorization code (${error.data.error}): ${hint}`, {
      oauthError: error.data.error,
      status: res.status,
    })
  }
  const ok = TokenAnswer.safeParse(body)
  if (res.status < 200 || res.status >= 300 || !ok.success) {
    throw new InstallError('INSTALL_CODE_EXCHANGE_FAILED', `the accounts server answered the code exchange with HTTP ${res.status} and no token`, { status: res.status })
  }
  if (!ok.data.refresh_token) {
    throw new InstallError(
      'INSTALL_CODE_EXCHANGE_FAILED',
      'Zoho exchanged the code but returned no refresh token: authorize again with access_type=offline (and prompt=consent if the app was authorized before)',
      { status: res.status },
    )
  }
  return { refreshToken: ok.data.refresh_token, accessToken: ok.data.access_token, expiresAt: x.now() + ok.data.expires_in * 1000 }
}
