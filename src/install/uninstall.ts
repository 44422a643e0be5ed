// Uninstalling an org: delete its webhook subscriptions from Desk (a hook Desk no longer has is fine),
// then its secrets — with the whole installation and everything stored for it, or, with keepData,
// only the secrets, leaving a disabled installation whose SLA history and audit stay readable.
import { deleteInstallation, getInstallation, type Installation } from '../store/repos/installations.js'
import { describeError } from '../describe-error.js'
import { deskClientFor, nowOf, type UninstallDeps } from './deps.js'
import { InstallError } from './errors.js'
import { forgetInstallationSecrets } from './forget-secrets.js'
import { removeWebhooks } from './webhooks.js'

export interface UninstallOptions {
  /** keep the installation row and its data; only the secrets go */
  keepData?: boolean
  /** remove locally even when Desk cannot be reached to delete the hooks */
  force?: boolean
}

export interface UninstallResult {
  installation: Installation
  /** hooks deleted from Desk */
  deletedWebhooks: string[]
  /** hooks Desk did not have any more (404) */
  alreadyGone: string[]
  /** set when Desk could not be asked (only with force): the hooks that may remain there */
  webhookCleanupError: string | null
  keptData: boolean
}

export async function uninstallOrg(deps: UninstallDeps, installationId: string, opts: UninstallOptions = {}): Promise<UninstallResult> {
  const inst = await getInstallation(deps.db, installationId)
  if (!inst) throw new InstallError('INSTALL_UNKNOWN_INSTALLATION', `no installation ${installationId} (list them with: npx desk-sla installations)`, { installationId })
  const now = nowOf(deps)
  let deleted: string[] = []
  let alreadyGone: string[] = []
  let cleanupError: string | null = null
  // an installation uninstalled before with keepData has neither secrets nor hooks
  const hasCredentials = !(inst.status === 'disabled' && !inst.hasWebhookSecret && inst.webhookIds.length === 0)
  if (hasCredentials) {
    try {
      const desk = await deskClientFor(deps, inst)
      const removed = await removeWebhooks(desk, inst)
      deleted = removed.deleted
      alreadyGone = removed.alreadyGone
    } catch (err) {
      const message = describeError(err, 'line')
      if (!opts.force) {
        throw new InstallError(
          'INSTALL_WEBHOOK_CLEANUP_FAILED',
          `the webhooks of installation ${inst.id} could not be deleted from Desk (${message}); nothing was removed: retry, or pass --force and delete them in Desk (Setup → Developer Space → Webhooks)`,
          { installationId: inst.id, webhookIds: inst.webhookIds },
        )
      }
      cleanupError = message
    }
  }
  const keptData = opts.keepData === true
  if (keptData) await forgetInstallationSecrets(deps.db, inst.id, `uninstalled ${new Date(now()).toISOString()} (data kept)`, new Date(now()))
  else await deleteInstallation(deps.db, inst.id)
  ;(deps.logger ?? deps.ctx?.logger)?.info('installation uninstalled', { installationId: inst.id, orgId: inst.orgId, keptData, deletedWebhooks: deleted.length })
  return { installation: inst, deletedWebhooks: deleted, alreadyGone, webhookCleanupError: cleanupError, keptData }
}
