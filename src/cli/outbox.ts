import { outboxQueue } from '../store/repos/outbox.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { openServiceContext, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla outbox list-dead [--installation ID] [--limit N] [--json]
       desk-sla outbox retry (ID… | --all) [--installation ID]
       desk-sla outbox stats [--installation ID]

Desk writes that failed for good (refused by Desk, or out of retries) wait as dead letters;
retry puts them back in the queue with a fresh retry budget.`

/** positive integer ids, or a usage error naming the bad one */
export function parseIds(values: string[]): number[] {
  return values.map((v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`"${v}" is not an id (a positive whole number)`)
    return Number(v)
  })
}

export function parseLimit(value: string | undefined, fallback = 100): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10_000) throw new UsageError('--limit must be a whole number from 1 to 10000')
  return Number(value)
}

/** `desk-sla outbox list-dead | retry | stats` */
export function outboxCommand(deps: { open?: ServiceOpener } = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const [sub, ...rest] = args
    if (sub !== 'list-dead' && sub !== 'retry' && sub !== 'stats') throw new UsageError(USAGE)
    const a = parseArgs(rest, { values: ['installation', 'limit'], booleans: ['all', 'json'] })
    const installationId = flagString(a, 'installation')
    const ids = sub === 'retry' ? parseIds(a.positional) : []
    if (sub === 'retry' && ids.length === 0 && a.flags.all !== true) throw new UsageError(`name the dead letters to retry, or --all\n${USAGE}`)
    if (sub === 'retry' && ids.length > 0 && a.flags.all === true) throw new UsageError('give ids or --all, not both')
    if (sub !== 'retry' && a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const limit = parseLimit(flagString(a, 'limit'))

    const { ctx, close } = await open(io.env, { now: io.now, command: 'outbox' })
    try {
      if (sub === 'stats') {
        io.stdout(`${JSON.stringify(await outboxQueue.countByStatus(ctx.db, installationId ?? null))}\n`)
        return 0
      }
      if (sub === 'list-dead') {
        const dead = await outboxQueue.listDead(ctx.db, { ...(installationId ? { installationId } : {}), limit })
        if (a.flags.json === true) {
          io.stdout(`${JSON.stringify(dead)}\n`)
          return 0
        }
        if (dead.length === 0) {
          io.stdout('no dead letters\n')
          return 0
        }
        for (const d of dead) {
          io.stdout(`${d.id}\t${d.installationId}\tticket ${d.ticketId}\t${d.kind}\t${d.attempts} attempt(s)\t${d.doneAt ?? ''}\t${d.lastError ?? ''}\n`)
        }
        io.stdout(`${dead.length} dead letter(s); retry with: desk-sla outbox retry ID… | --all\n`)
        return 0
      }
      const n = await outboxQueue.requeueDead(ctx.db, { ...(installationId ? { installationId } : {}), ...(ids.length > 0 ? { ids } : {}) }, new Date(ctx.now()))
      io.stdout(`${n} dead letter(s) queued again\n`)
      if (ids.length > n) io.stderr(`${ids.length - n} of the given id(s) are not dead letters${installationId ? ' of that installation' : ''}\n`)
      return ids.length > n ? 1 : 0
    } finally {
      await close()
    }
  }
}

export const runOutbox: Command = (args, io) => outboxCommand()(args, io)
