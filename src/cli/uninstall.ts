// `desk-sla uninstall ID [--keep-data] [--yes] [--force]`: delete the installation's webhooks from Desk,
// then its secrets and (without --keep-data) everything stored for it. Asks first on a terminal.
import { getInstallation } from '../store/repos/installations.js'
import { InstallError } from '../install/errors.js'
import { uninstallOrg } from '../install/uninstall.js'
import { parseArgs } from './args.js'
import { terminalPrompter, type Prompter } from './install.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { openServiceContext, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla uninstall ID [--keep-data] [--yes] [--force]

Deletes the installation's webhook subscriptions from Desk, then its stored secrets and all its data.
  --keep-data   keep the installation (disabled) with its SLA history and audit; only the secrets go
  --yes         do not ask for confirmation
  --force       remove it here even when Desk cannot be reached to delete the webhooks
List the ids with: desk-sla installations`

export interface UninstallCommandDeps {
  open?: ServiceOpener
  stdinIsTTY?: () => boolean
  prompter?: () => Prompter
}

export function uninstallCommand(deps: UninstallCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { booleans: ['keep-data', 'yes', 'force', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length !== 1) throw new UsageError(`give exactly one installation id\n${USAGE}`)
    const id = a.positional[0]!
    const keepData = a.flags['keep-data'] === true
    const service = await open(io.env, { now: io.now, command: 'uninstall' })
    try {
      const inst = await getInstallation(service.db, id)
      if (!inst) throw new InstallError('INSTALL_UNKNOWN_INSTALLATION', `no installation ${id} (list them with: npx desk-sla installations)`, { installationId: id })
      const interactive = (deps.stdinIsTTY ?? (() => process.stdin.isTTY === true))()
      if (interactive && a.flags.yes !== true) {
        const prompter = (deps.prompter ?? terminalPrompter)()
        let answer: string
        try {
          answer = await prompter.ask(
            `Uninstall ${inst.name ? `"${inst.name}" ` : ''}(org ${inst.orgId}, ${inst.dataCenter}, installation ${inst.id})? ` +
              `This deletes its webhooks in Desk and its stored secrets${keepData ? '' : ', and all its SLA data and audit'}. Type "yes" to go on: `,
          )
        } finally {
          prompter.close()
        }
        if (answer.toLowerCase() !== 'yes') {
          io.stderr('not uninstalled\n')
          return 1
        }
      }
      const r = await uninstallOrg({ db: service.db, box: service.ctx.box, ctx: service.ctx }, id, { keepData, force: a.flags.force === true })
      const lines = [
        `uninstalled installation ${r.installation.id} (org ${r.installation.orgId}, ${r.installation.dataCenter})`,
        `webhooks deleted from Desk: ${r.deletedWebhooks.length > 0 ? r.deletedWebhooks.join(', ') : 'none'}${r.alreadyGone.length > 0 ? `; already gone: ${r.alreadyGone.join(', ')}` : ''}`,
        r.keptData ? 'secrets deleted; the installation is kept, disabled, with its data (install the org again to reconnect it)' : 'secrets and data deleted',
      ]
      if (r.webhookCleanupError) lines.push(`warning: Desk could not be asked to delete the webhooks (${r.webhookCleanupError}); delete them in Desk under Setup → Developer Space → Webhooks`)
      io.stdout(`${lines.join('\n')}\n`)
      return 0
    } finally {
      await service.close()
    }
  }
}

export const runUninstall: Command = (args, io) => uninstallCommand()(args, io)
