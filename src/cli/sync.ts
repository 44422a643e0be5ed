import { createOutboxWorker } from '../pipeline/outbox-worker.js'
import { DAY_MS, runBackfill, type BackfillResult } from '../pipeline/backfill.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { createProgress, stderrIsTTY } from './progress.js'
import { openServiceContext, selectInstallations, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla sync --since DATE [--until DATE] [--installation ID] [--window-hours N] [--restart] [--dry-run] [--no-deliver]

Backfill: walks the tickets modified since DATE in time windows (one day each by default), runs each
through the same processing as a webhook, and remembers the last finished window so a second run
continues there (--restart starts over). --dry-run only lists what would be fetched. --no-deliver
leaves the Desk writes to the running service.`

export interface SyncCommandDeps {
  open?: ServiceOpener
  isTTY?: () => boolean
}

export function parseDate(value: string, flag: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Date.parse(value)
  if (Number.isNaN(ms)) throw new UsageError(`--${flag} "${value}" is not a date (e.g. 2026-02-01 or 2026-02-01T08:00:00Z)`)
  return ms
}

/** `desk-sla sync --since DATE …` */
export function syncCommand(deps: SyncCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const a = parseArgs(args, { values: ['since', 'until', 'installation', 'window-hours'], booleans: ['restart', 'dry-run', 'no-deliver', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const sinceFlag = flagString(a, 'since')
    if (!sinceFlag) throw new UsageError(`--since is required\n${USAGE}`)
    const since = parseDate(sinceFlag, 'since')
    const untilFlag = flagString(a, 'until')
    const windowHours = flagString(a, 'window-hours')
    const windowMs = windowHours === undefined ? DAY_MS : Number(windowHours) * 3_600_000
    if (!Number.isFinite(windowMs) || windowMs < 60_000) throw new UsageError('--window-hours must be a number of hours (at least 1/60)')
    const dryRun = a.flags['dry-run'] === true

    const service = await open(io.env, { now: io.now, command: 'sync' })
    try {
      const { ctx } = service
      const until = untilFlag === undefined ? ctx.now() : parseDate(untilFlag, 'until')
      if (since >= until) throw new UsageError(`--since (${new Date(since).toISOString()}) must be before --until (${new Date(until).toISOString()})`)
      const installations = await selectInstallations(ctx, flagString(a, 'installation'))
      if (installations.length === 0) {
        io.stderr('no active installation to backfill\n')
        return 0
      }
      const progress = createProgress(io, (deps.isTTY ?? stderrIsTTY)())
      const outbox = a.flags['no-deliver'] === true ? null : createOutboxWorker(ctx)
      const results: BackfillResult[] = []
      for (const inst of installations) {
        const label = inst.name || inst.id
        let started = false
        try {
          const r = await runBackfill(ctx, inst, {
            since,
            until,
            windowMs,
            restart: a.flags.restart === true,
            dryRun,
            ...(outbox ? { deliver: () => outbox.drain() } : {}),
            onWindowStart: (w) => {
              if (!started) progress.start(w.total, label)
              started = true
              progress.update(w.index, w.from.slice(0, 10))
            },
            onWindowDone: (w) => {
              progress.update(w.index + 1, w.to.slice(0, 10))
              progress.line(
                dryRun
                  ? `${label}: window ${w.index + 1}/${w.total} ${w.from} .. ${w.to}: would fetch ${w.seen} ticket(s)`
                  : `${label}: window ${w.index + 1}/${w.total} ${w.from} .. ${w.to}: ${w.seen} ticket(s) seen, ${w.enqueued} queued`,
              )
            },
          })
          results.push(r)
        } finally {
          progress.stop()
        }
      }
      for (const r of results) io.stdout(`${summary(r)}\n`)
      return results.some((r) => r.failed > 0 || r.status === 'deferred') ? 1 : 0
    } finally {
      await service.close()
    }
  }
}

function summary(r: BackfillResult): string {
  const resumed = r.resumedWindows > 0 ? ` (resumed after ${r.resumedWindows} finished window(s); --restart to start over)` : ''
  if (r.status === 'dry-run') {
    return `dry run ${r.installationId}: ${r.seen} ticket(s) would be fetched in ${r.windows - r.resumedWindows} window(s)${resumed}; nothing written`
  }
  const head = `backfill ${r.installationId}: ${r.seen} ticket(s) seen, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed} failed${r.deferred ? `, ${r.deferred} waiting for API credits` : ''}${resumed}`
  if (r.status === 'deferred') return `${head}; paused: the org is low on Desk API credits, run the same command later to continue`
  return r.failed > 0 ? `${head}; failed events are retried by the service (desk-sla inbox list-failed)` : head
}

export const runSync: Command = (args, io) => syncCommand()(args, io)
