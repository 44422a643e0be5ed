// Installing and uninstalling Desk orgs (issue #6): the library the CLI and the admin page call.
export { installOrg, backfillInstallation, type InstallRequest, type InstallResult, type InstallProgress, type InstallStep, type BackfillOutcome } from './install.js'
export { uninstallOrg, type UninstallOptions, type UninstallResult } from './uninstall.js'
export { InstallInput, parseInstallInput, DEFAULT_BACKFILL_DAYS, MAX_BACKFILL_DAYS, type ValidInstallInput } from './input.js'
export { InstallError, isInstallError, INSTALL_ERROR_CODES, type InstallErrorCode } from './errors.js'
export { requiredFields, checkFields, fieldReport, missingFieldLines, type FieldCheck, type RequiredField } from './fields.js'
export { webhookUrl, webhookSubscriptions, WEBHOOK_NAME, type WebhookOutcome } from './webhooks.js'
export { exchangeAuthorizationCode } from './oauth-code.js'
export type { InstallDeps, UninstallDeps } from './deps.js'
