// The escalation sweep (issue 5, DOMAIN.md §6): tickets whose next check time has passed go to
// the inbox as sweep events; the worker re-evaluates them from stored state, raises the level and
// queues the private comment. Only due rows are read (the partial index on next_check_at),
// never every ticket.
import type { Db } from '../store/db.js'
import { insertEvents, type InboxEventInput } from '../store/repos/inbox.js'
import type { Sql } from '../store/repos/sql.js'
import type { ServiceContext } from './context.js'
import { DEFAULTS } from '../config.js'

export const SWEEP_EVENT_TYPE = 'Ticket_Sweep'
export const SWEEP_BATCH_SIZE = DEFAULTS.sweepBatch

export interface DueRow {
  installationId: string
  ticketId: string
  nextCheckAt: string
}

type Key = { nextCheckAt: string; installationId: string; ticketId: string }

/**
 * One batch of due tickets after `after` in (next_check_at, installation, ticket) order: the same
 * rows as the store's dueForCheck, but keyset-paged so a sweep can walk past rows still waiting
 * in the inbox from an earlier tick.
 */
export function dueForCheckPageSql(now: string, after: Key | null, limit: number): Sql {
  return {
    text: `SELECT installation_id, ticket_id, next_check_at FROM ticket_sla
WHERE open AND next_check_at IS NOT NULL AND next_check_at <= $1
  AND ($2::timestamptz IS NULL OR (next_check_at, installation_id, ticket_id) > ($2::timestamptz, $3::text, $4::text))
ORDER BY next_check_at, installation_id, ticket_id
LIMIT $5`,
    values: [now, after?.nextCheckAt ?? null, after?.installationId ?? null, after?.ticketId ?? null, limit],
  }
}

export async function duePage(db: Db, now: number, after: Key | null, limit: number): Promise<DueRow[]> {
  const q = dueForCheckPageSql(new Date(now).toISOString(), after, limit)
  const { rows } = await db.query<{ installation_id: string; ticket_id: string; next_check_at: Date | string }>(q.text, q.values)
  return rows.map((r) => ({ installationId: r.installation_id, ticketId: r.ticket_id, nextCheckAt: new Date(r.next_check_at).toISOString() }))
}

export function sweepEvent(row: DueRow, now: number): InboxEventInput {
  return {
    // one event per scheduled check: a later tick finding the same check still due adds nothing
    eventKey: `sweep:${row.ticketId}:${row.nextCheckAt}`,
    eventType: SWEEP_EVENT_TYPE,
    ticketId: row.ticketId,
    eventTime: new Date(now).toISOString(),
    payload: { reason: 'sweep', nextCheckAt: row.nextCheckAt },
    source: 'sweep',
  }
}

export interface SweepResult {
  due: number
  enqueued: number
}

/** Enqueue a sweep event for every ticket whose next check time is at or before `now`. */
export async function sweepDue(ctx: ServiceContext, now: number, opts: { batchSize?: number } = {}): Promise<SweepResult> {
  const batchSize = opts.batchSize ?? SWEEP_BATCH_SIZE
  let after: Key | null = null
  let due = 0
  let enqueued = 0
  for (;;) {
    const rows = await duePage(ctx.db, now, after, batchSize)
    due += rows.length
    const byInstallation = new Map<string, InboxEventInput[]>()
    for (const r of rows) byInstallation.set(r.installationId, [...(byInstallation.get(r.installationId) ?? []), sweepEvent(r, now)])
    for (const [installationId, events] of byInstallation) enqueued += await insertEvents(ctx.db, installationId, events, new Date(now))
    if (rows.length < batchSize) return { due, enqueued }
    after = rows[rows.length - 1]!
  }
}
