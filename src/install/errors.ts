import { errorCodes, HttpCodedError, type ErrorCodes } from '../engine/coded-error.js'
// Install / uninstall error codes (issue #6, "Installing and connecting an org"). Each code says what
// happened and what the admin does about it. Match on `code`, never on the message text.
// Messages and details never carry a secret: only field names, ids and Desk's error codes.
// `status` is the answer of the admin page and its JSON API (src/web/admin/installations.ts).
export const INSTALL_ERROR_CODES = errorCodes({
  INSTALL_BAD_INPUT: {
    status: 400,
    meaning: 'a value of the install request is missing or malformed',
    fix: 'the message names each field; give it (flag, prompt or form field) and run the install again',
  },
  INSTALL_CODE_EXCHANGE_FAILED: {
    status: 422,
    meaning: 'the accounts server refused to exchange the authorization code for a refresh token',
    fix: 'codes are single-use and expire within minutes: authorize again (access_type=offline, the same redirect URI) and use the new code at once',
  },
  INSTALL_CREDENTIALS_REJECTED: {
    status: 422,
    meaning: 'Zoho refused the OAuth client id, client secret or refresh token',
    fix: 'check them against the Zoho API console entry, and that the data center (accounts host) is the org’s',
  },
  INSTALL_ORG_REFUSED: {
    status: 422,
    meaning: 'the credentials work but Desk refused the org or the scopes (403)',
    fix: 'check the org id (Setup → Developer Space → API) and that the refresh token was granted the scopes DESK_API.md lists',
  },
  INSTALL_DESK_UNREACHABLE: {
    status: 502,
    meaning: 'the accounts server or the Desk API could not be reached, or answered with an error',
    fix: 'check the data center, the --api-base/--accounts-url overrides and the network, then install again',
  },
  INSTALL_FIELDS_MISSING: {
    status: 422,
    meaning: 'custom fields named in the policy do not exist in the Desk org',
    fix: 'add each listed field (Setup → Customization → Layouts and Fields) or change the policy, then install again; --force installs anyway',
  },
  INSTALL_UNKNOWN_INSTALLATION: {
    status: 404,
    meaning: 'no installation has this id',
    fix: 'list them with `npx desk-sla installations`',
  },
  INSTALL_WEBHOOK_CLEANUP_FAILED: {
    status: 502,
    meaning: 'the webhook subscriptions could not be deleted from Desk, so nothing was removed locally',
    fix: 'retry when Desk answers; --force removes the installation anyway (then delete the hooks in Desk under Setup → Developer Space → Webhooks)',
  },
})

export type InstallErrorCode = keyof typeof INSTALL_ERROR_CODES

export class InstallError extends HttpCodedError<InstallErrorCode> {
  readonly name = 'InstallError'
  protected get catalogue(): ErrorCodes<InstallErrorCode> {
    return INSTALL_ERROR_CODES
  }
}

export function isInstallError(err: unknown): err is InstallError {
  return err instanceof InstallError
}
