import { createOutboxWorker } from '../pipeline/outbox-worker.js'
import { runRecompute, type RecomputeResult } from '../pipeline/recompute.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { createProgress, stderrIsTTY } from './progress.js'
import { openServiceContext, selectInstallations, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla recompute [--installation ID] [--dry-run] [--no-deliver]

After a policy or calendar change: re-evaluates every open ticket through the same path as the
service (only changed fields are written to Desk, every change is audited as cli:recompute).
--dry-run prints what would change and writes nothing. --no-deliver leaves the Desk writes to the
running service.`

export interface RecomputeCommandDeps {
  open?: ServiceOpener
  isTTY?: () => boolean
}

export function recomputeCommand(deps: RecomputeCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { values: ['installation'], booleans: ['dry-run', 'no-deliver', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const dryRun = a.flags['dry-run'] === true
    const service = await open(io.env, { now: io.now, command: 'recompute' })
    try {
      const { ctx } = service
      const installations = await selectInstallations(ctx, flagString(a, 'installation'))
      if (installations.length === 0) {
        io.stderr('no active installation to recompute\n')
        return 0
      }
      const progress = createProgress(io, (deps.isTTY ?? stderrIsTTY)())
      const results: RecomputeResult[] = []
      for (const inst of installations) {
        const label = inst.name || inst.id
        let lastLine = -1
        try {
          results.push(
            await runRecompute(ctx, inst, {
              dryRun,
              onProgress: (done, total) => {
                if (done === 0) progress.start(total, label)
                progress.update(done)
                // without a terminal: a line every 10 % and at the end
                const step = Math.max(1, Math.ceil(total / 10))
                if (done > 0 && (done === total || done - lastLine >= step)) {
                  lastLine = done
                  progress.line(`${label}: ${done}/${total} open ticket(s) re-evaluated`)
                }
              },
            }),
          )
        } finally {
          progress.stop()
        }
      }
      if (!dryRun && a.flags['no-deliver'] !== true) await createOutboxWorker(ctx).drain()
      for (const r of results) {
        for (const c of r.changes) {
          const fields = Object.entries(c.changes).map(([k, v]) => `${k}: ${v.from ?? '∅'} → ${v.to ?? '∅'}`)
          if (c.raisedFrom !== null) fields.push(`escalation level: ${c.raisedFrom} → ${c.level}`)
          io.stdout(`${dryRun ? 'would change' : 'changed'} ticket ${c.ticketId}: ${fields.join('; ')}\n`)
        }
        for (const e of r.errors) io.stderr(`ticket ${e.ticketId}: ${e.error}\n`)
        io.stdout(
          `${dryRun ? 'dry run ' : ''}recompute ${r.installationId}: ${r.seen} open ticket(s), ${r.changed} ${dryRun ? 'would change' : 'changed'}, ${r.unchanged} unchanged, ${r.failed} failed${dryRun ? '; nothing written' : ''}\n`,
        )
      }
      return results.some((r) => r.failed > 0) ? 1 : 0
    } finally {
      await service.close()
    }
  }
}

export const runRecomputeCommand: Command = (args, io) => recomputeCommand()(args, io)
