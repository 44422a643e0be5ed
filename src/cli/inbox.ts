import { listFailedEvents, requeueFailedEvents, type InboxEvent } from '../store/repos/inbox.js'
import { listInstallations } from '../store/repos/installations.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { parseIds, parseLimit } from './outbox.js'
import { openServiceContext, type ServiceOpener } from './service-context.js'

const USAGE = `usage: desk-sla inbox list-failed [--installation ID] [--limit N] [--json]
       desk-sla inbox retry (ID… | --all) [--installation ID]

Events whose processing failed after every retry stay "failed"; retry puts them back in the queue.`

/** `desk-sla inbox list-failed | retry` */
export function inboxCommand(deps: { open?: ServiceOpener } = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const [sub, ...rest] = args
    if (sub !== 'list-failed' && sub !== 'retry') throw new UsageError(USAGE)
    const a = parseArgs(rest, { values: ['installation', 'limit'], booleans: ['all', 'json'] })
    const ids = sub === 'retry' ? parseIds(a.positional) : []
    if (sub === 'retry' && ids.length === 0 && a.flags.all !== true) throw new UsageError(`name the failed events to retry, or --all\n${USAGE}`)
    if (sub === 'retry' && ids.length > 0 && a.flags.all === true) throw new UsageError('give ids or --all, not both')
    if (sub !== 'retry' && a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const limit = parseLimit(flagString(a, 'limit'))

    const { ctx, close } = await open(io.env, { now: io.now })
    try {
      const only = flagString(a, 'installation')
      // failed events are kept per installation; without --installation, every installation's
      const installationIds = only ? [only] : (await listInstallations(ctx.db)).map((i) => i.id)
      if (sub === 'list-failed') {
        const failed: InboxEvent[] = []
        for (const id of installationIds) failed.push(...(await listFailedEvents(ctx.db, id, limit - failed.length)))
        if (a.flags.json === true) {
          io.stdout(`${JSON.stringify(failed.map(({ payload: _payload, ...e }) => e))}\n`)
          return 0
        }
        if (failed.length === 0) {
          io.stdout('no failed events\n')
          return 0
        }
        for (const e of failed) {
          io.stdout(`${e.id}\t${e.installationId}\tticket ${e.ticketId ?? '-'}\t${e.eventType}\t${e.source}\t${e.attempts} attempt(s)\t${e.error ?? ''}\n`)
        }
        io.stdout(`${failed.length} failed event(s); retry with: desk-sla inbox retry ID… | --all\n`)
        return 0
      }
      let n = 0
      for (const id of installationIds) n += await requeueFailedEvents(ctx.db, id, ids.length > 0 ? ids : null, new Date(ctx.now()))
      io.stdout(`${n} failed event(s) queued again\n`)
      if (ids.length > n) io.stderr(`${ids.length - n} of the given id(s) are not failed events${only ? ' of that installation' : ''}\n`)
      return ids.length > n ? 1 : 0
    } finally {
      await close()
    }
  }
}

export const runInbox: Command = (args, io) => inboxCommand()(args, io)
