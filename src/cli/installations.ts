// `desk-sla installations [--json]`: the connected orgs, without any secret (an Installation value
// holds none: the store hands secrets out only through getInstallationSecrets).
import { listInstallations, type Installation } from '../store/repos/installations.js'
import { parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { openServiceContext, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla installations [--json]

Lists the installations: id, name, org, data center, status, webhook count, created.`

export interface InstallationsCommandDeps {
  open?: ServiceOpener
}

export interface InstallationRow {
  id: string
  name: string
  orgId: string
  dataCenter: string
  status: string
  statusReason: string | null
  webhooks: number
  departments: string[]
  createdAt: string
}

export function installationRow(i: Installation): InstallationRow {
  return {
    id: i.id,
    name: i.name,
    orgId: i.orgId,
    dataCenter: i.dataCenter,
    status: i.status,
    statusReason: i.statusReason,
    webhooks: i.webhookIds.length,
    departments: i.departmentIds,
    createdAt: i.createdAt,
  }
}

export function formatTable(rows: InstallationRow[]): string {
  const head = ['ID', 'NAME', 'ORG', 'DC', 'STATUS', 'WEBHOOKS', 'CREATED']
  const body = rows.map((r) => [r.id, r.name || '-', r.orgId, r.dataCenter, r.status, String(r.webhooks), r.createdAt])
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)))
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()
  return [line(head), ...body.map(line)].join('\n')
}

export function installationsCommand(deps: InstallationsCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { booleans: ['json', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const service = await open(io.env, { now: io.now, command: 'installations' })
    try {
      const rows = (await listInstallations(service.db)).map(installationRow)
      if (a.flags.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
      else if (rows.length === 0) io.stdout('no installations (connect an org with: npx desk-sla install)\n')
      else io.stdout(`${formatTable(rows)}\n`)
      return 0
    } finally {
      await service.close()
    }
  }
}

export const runInstallations: Command = (args, io) => installationsCommand()(args, io)
