// What the dashboard's buttons do, each audited under the signed-in admin's actor name:
// retry dead-lettered Desk writes, retry failed webhook events, recompute open tickets.
import type { ServiceContext } from '../../pipeline/context.js'
import { runRecompute } from '../../pipeline/recompute.js'
import { describeError } from '../../describe-error.js'
import { appendAudit } from '../../store/repos/audit.js'
import { inboxQueue } from '../../store/repos/inbox.js'
import { listInstallations } from '../../store/repos/installations.js'
import { outboxQueue } from '../../store/repos/outbox.js'
import { failedEventInstallation } from './queries.js'
import type { RecomputeSummary } from './page-policy.js'

/** dead writes back to pending with a fresh retry budget: the given ids, or every dead write (ids = null) */
export async function retryDeadLetters(ctx: ServiceContext, ids: number[] | null, actor: string): Promise<number> {
  const now = new Date(ctx.now())
  const items = ids === null ? await outboxQueue.listDead(ctx.db, { limit: 10_000 }) : (await Promise.all(ids.map((id) => outboxQueue.get(ctx.db, id)))).filter((i) => i !== null)
  let retried = 0
  for (const item of items) {
    if (item.status !== 'dead') continue
    retried += await ctx.db.transaction(async (tx) => {
      const n = await outboxQueue.requeueDead(tx, { installationId: item.installationId, ids: [item.id] }, now)
      if (n === 1) {
        await appendAudit(tx, {
          installationId: item.installationId,
          ticketId: item.ticketId,
          actor,
          action: 'outbox.retry',
          changes: { outboxId: item.id, status: { from: 'dead', to: 'pending' }, lastError: item.lastError },
          reason: 'dead-lettered Desk write retried from the admin dashboard',
          at: now,
        })
      }
      return n
    })
  }
  return retried
}

/** a failed webhook event back to pending; false when it is not (or no longer) failed */
export async function retryFailedEvent(ctx: ServiceContext, id: number, actor: string): Promise<boolean> {
  const now = new Date(ctx.now())
  const installationId = await failedEventInstallation(ctx.db, id)
  if (!installationId) return false
  return ctx.db.transaction(async (tx) => {
    const n = await inboxQueue.requeueDead(tx, { installationId, ids: [id] }, now)
    if (n === 1) {
      await appendAudit(tx, {
        installationId,
        ticketId: null,
        actor,
        action: 'inbox.retry',
        changes: { eventId: id, status: { from: 'failed', to: 'pending' } },
        reason: 'failed webhook event retried from the admin dashboard',
        at: now,
      })
    }
    return n === 1
  })
}

/** every active installation's open tickets re-evaluated (recompute.ts), one audit entry per installation */
export async function recomputeAll(ctx: ServiceContext, actor: string): Promise<RecomputeSummary[]> {
  const out: RecomputeSummary[] = []
  for (const inst of await listInstallations(ctx.db, { status: 'active' })) {
    const name = inst.name || inst.orgId
    try {
      const result = await runRecompute(ctx, inst, { actor })
      await appendAudit(ctx.db, {
        installationId: inst.id,
        ticketId: null,
        actor,
        action: 'policy.recompute',
        changes: { seen: result.seen, changed: result.changed, unchanged: result.unchanged, failed: result.failed },
        reason: 'open tickets recomputed from the admin dashboard',
        at: new Date(ctx.now()),
      })
      out.push({ installationId: inst.id, name, result, error: null })
    } catch (err) {
      ctx.logger.error('admin: recompute failed', { installationId: inst.id, error: describeError(err) })
      out.push({ installationId: inst.id, name, result: null, error: describeError(err) })
    }
  }
  return out
}
