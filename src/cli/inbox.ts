import { inboxQueue, countQueuedEvents, discardQueuedEvents, type InboxEvent } from '../store/repos/inbox.js'
import { listInstallations } from '../store/repos/installations.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { parseIds, parseLimit } from './outbox.js'
import { openServiceContext, selectInstallations, type ServiceOpener } from '../service-context.js'

const USAGE = `usage: desk-sla inbox list-failed [--installation ID] [--limit N] [--json]
       desk-sla inbox retry (ID… | --all) [--installation ID]
       desk-sla inbox discard --installation ID [--before TIME] [--dry-run]

Events whose processing failed after every retry stay "failed"; retry puts them back in the queue.
discard sets an installation's queued events aside (received before TIME, an ISO instant, when
given), e.g. after a flood; they are kept as "ignored" until retention deletes them.`

/** `desk-sla inbox list-failed | retry | discard` */
export function inboxCommand(deps: { open?: ServiceOpener } = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const [sub, ...rest] = args
    if (sub === 'discard') return discard(open, rest, io)
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
        for (const id of installationIds) failed.push(...(await inboxQueue.listDead(ctx.db, { installationId: id, limit: limit - failed.length })))
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
      for (const id of installationIds) n += await inboxQueue.requeueDead(ctx.db, { installationId: id, ids: ids.length > 0 ? ids : null }, new Date(ctx.now()))
      io.stdout(`${n} failed event(s) queued again\n`)
      if (ids.length > n) io.stderr(`${ids.length - n} of the given id(s) are not failed events${only ? ' of that installation' : ''}\n`)
      return ids.length > n ? 1 : 0
    } finally {
      await close()
    }
  }
}

/** `desk-sla inbox discard --installation ID [--before TIME] [--dry-run]` */
async function discard(open: ServiceOpener, args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args, { values: ['installation', 'before'], booleans: ['dry-run'] })
  if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
  const installationId = flagString(a, 'installation')
  if (!installationId) throw new UsageError(`discard needs --installation ID (list them with desk-sla installations)\n${USAGE}`)
  const beforeText = flagString(a, 'before')
  const before = beforeText === undefined ? null : parseInstant(beforeText)
  const { ctx, close } = await open(io.env, { now: io.now })
  try {
    const [inst] = await selectInstallations(ctx, installationId)
    const now = new Date(ctx.now())
    const scope = `installation ${inst!.id}${before ? ` received before ${before.toISOString()}` : ''}`
    if (a.flags['dry-run'] === true) {
      const q = await countQueuedEvents(ctx.db, inst!.id, before, now)
      const span = q.count > 0 ? ` (received ${q.firstReceived} to ${q.lastReceived})` : ''
      io.stdout(`dry run: would discard ${q.count} queued event(s) of ${scope}${span}\n`)
      return 0
    }
    const n = await discardQueuedEvents(ctx.db, inst!.id, before, now)
    io.stdout(`${n} queued event(s) of ${scope} discarded\n`)
    return 0
  } finally {
    await close()
  }
}

/** an ISO 8601 instant with a zone (a date alone is midnight UTC), or a usage error */
function parseInstant(text: string): Date {
  const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)
  const date = new Date(text)
  if (!ok || Number.isNaN(date.getTime())) throw new UsageError(`--before "${text}" is not an instant: use e.g. 2026-03-02T09:00:00Z or 2026-03-02`)
  return date
}

export const runInbox: Command = (args, io) => inboxCommand()(args, io)
