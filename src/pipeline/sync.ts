// Incremental sync (issue 5): tickets modified since the cursor go through the same inbox as
// webhooks, so a missed webhook costs minutes, not an SLA. Also the time-window walker the
// backfill command uses.
import { TICKETS_PAGE_MAX, type DeskClient, type SearchModifiedOptions, type SearchOutcome } from '../desk/client.js'
import { withCreditKind } from '../desk/credits.js'
import type { Ticket } from '../desk/schemas.js'
import type { Db } from '../store/db.js'
import { getCursor, setCursor } from '../store/repos/cursors.js'
import { insertEvents, type InboxEventInput, type InboxSource } from '../store/repos/inbox.js'
import type { Installation } from '../store/repos/installations.js'
import type { Sql } from '../store/repos/sql.js'
import type { ServiceContext } from './context.js'

export const SYNC_CURSOR = 'sync'
/** re-read this much before the cursor: Desk's search index may lag a write by a little */
export const SYNC_OVERLAP_MS = 2 * 60_000
/** the first sync of an installation looks back this far */
export const FIRST_SYNC_LOOKBACK_MS = 60 * 60_000
export const SYNC_EVENT_TYPE = 'Ticket_Sync'

/** the search as the walker needs it: the Desk client's, or a fake in tests */
export type SearchFn = (o: SearchModifiedOptions) => AsyncGenerator<Ticket[], SearchOutcome, undefined>

export interface WalkStats {
  /** tickets the search returned (a ticket found in two ranges counts twice) */
  seen: number
  /** newest modifiedTime seen (ISO), null when nothing */
  newest: string | null
  /** searches that hit Desk's offset ceiling and were narrowed */
  narrowed: number
  /** ranges that could not be narrowed further (more than the search ceiling of tickets with one modifiedTime) */
  incomplete: string[]
}

/** when a ticket counts as modified: modifiedTime, else createdTime */
export function modifiedTimeOf(t: Pick<Ticket, 'modifiedTime' | 'createdTime'>): string {
  return new Date(Date.parse(t.modifiedTime ?? t.createdTime)).toISOString()
}

/**
 * Walks every ticket modified in [from, to], page by page, for each department (or all when the
 * installation names none). Desk stops search paging at offset 999 (Search.json): when a search is cut there,
 * the rest of the range is searched again from the newest modifiedTime seen (results come sorted
 * by modifiedTime), or split in halves when that does not move.
 */
export async function walkModified(
  search: SearchFn,
  range: { from: string; to: string },
  departmentIds: readonly string[],
  onPage: (tickets: Ticket[]) => Promise<void>,
  pageSize = 100,
): Promise<WalkStats> {
  const stats: WalkStats = { seen: 0, newest: null, narrowed: 0, incomplete: [] }
  const departments = departmentIds.length > 0 ? departmentIds : [undefined]
  for (const departmentId of departments) {
    await walkRange(search, Date.parse(range.from), Date.parse(range.to), departmentId, onPage, pageSize, stats)
  }
  return stats
}

async function walkRange(
  search: SearchFn,
  fromMs: number,
  toMs: number,
  departmentId: string | undefined,
  onPage: (tickets: Ticket[]) => Promise<void>,
  pageSize: number,
  stats: WalkStats,
): Promise<void> {
  const pending: Array<[number, number]> = [[fromMs, toMs]]
  while (pending.length > 0) {
    const [a, b] = pending.shift()!
    let newestHere = -Infinity
    const gen = search({ from: new Date(a).toISOString(), to: new Date(b).toISOString(), limit: pageSize, ...(departmentId ? { departmentId } : {}) })
    let step = await gen.next()
    while (!step.done) {
      const page = step.value
      for (const t of page) {
        const m = modifiedTimeOf(t)
        newestHere = Math.max(newestHere, Date.parse(m))
        if (stats.newest === null || m > stats.newest) stats.newest = m
      }
      stats.seen += page.length
      await onPage(page)
      step = await gen.next()
    }
    if (!step.value.truncated) continue
    stats.narrowed++
    if (newestHere > a && newestHere <= b) {
      // sorted by modifiedTime: everything before the newest seen was returned
      pending.unshift([newestHere, b])
    } else if (b - a > 1) {
      const mid = a + Math.floor((b - a) / 2)
      pending.unshift([a, mid], [mid + 1, b])
    } else {
      stats.incomplete.push(`${new Date(a).toISOString()},${new Date(b).toISOString()}`)
    }
  }
}

/**
 * The inbox event a sync (or backfill) makes of a ticket seen modified. It keeps the ticket as the
 * search listed it: for a ticket the store knows, that copy and the stored description stand in for
 * a read (issue 15), so a ticket whose webhook was missed costs its share of a search page and no more
 * unless its threads or status history have a gap.
 */
export function syncEvent(t: Pick<Ticket, 'id' | 'modifiedTime' | 'createdTime'>, source: Extract<InboxSource, 'sync' | 'backfill'>): InboxEventInput {
  const modified = modifiedTimeOf(t)
  return {
    // a ticket already seen at this modifiedTime is a no-op (the inbox dedupes on the key)
    eventKey: `${source === 'sync' ? 'sync' : 'backfill'}:${t.id}:${modified}`,
    eventType: SYNC_EVENT_TYPE,
    ticketId: t.id,
    eventTime: modified,
    payload: { reason: source, ticket: t },
    source,
  }
}

export function processedVersionsSql(installationId: string, ticketIds: string[]): Sql {
  return {
    text: `SELECT ticket_id, ticket_modified_time FROM ticket_sla WHERE installation_id = $1 AND ticket_id = ANY($2::text[])`,
    values: [installationId, ticketIds],
  }
}

/**
 * Tickets the service already processed at (or after) the modifiedTime the search shows, e.g. from
 * their webhook: no need to fetch them again.
 */
export async function alreadyProcessed(db: Db, installationId: string, tickets: Ticket[]): Promise<Set<string>> {
  if (tickets.length === 0) return new Set()
  const q = processedVersionsSql(installationId, tickets.map((t) => t.id))
  const { rows } = await db.query<{ ticket_id: string; ticket_modified_time: Date | string | null }>(q.text, q.values)
  const known = new Map(rows.map((r) => [r.ticket_id, r.ticket_modified_time === null ? null : new Date(r.ticket_modified_time).getTime()]))
  const out = new Set<string>()
  for (const t of tickets) {
    const k = known.get(t.id)
    if (k !== undefined && k !== null && k >= Date.parse(modifiedTimeOf(t))) out.add(t.id)
  }
  return out
}

export interface SyncInstallationResult {
  installationId: string
  status: 'synced' | 'deferred' | 'failed'
  seen: number
  enqueued: number
  /** the cursor after the run */
  cursor: string | null
  error?: string
}

export interface SyncOptions {
  overlapMs?: number
  firstLookbackMs?: number
  /** search page size (default and most: 100, Desk's cap for tickets) */
  pageSize?: number
}

/**
 * One installation's incremental sync at `now`: search, enqueue, move the cursor forward. Below the
 * credit governor's bulk floor the interval stretches (every 2nd, then 4th tick), below its sync floor
 * the sync waits (issue 15); the cursor stays, so the next run covers the time skipped.
 */
export async function syncInstallation(ctx: ServiceContext, inst: Installation, now: number, opts: SyncOptions = {}): Promise<SyncInstallationResult> {
  const overlap = opts.overlapMs ?? SYNC_OVERLAP_MS
  const desk: DeskClient = await ctx.deskFor(inst)
  const cursor = await getCursor(ctx.db, inst.id, SYNC_CURSOR)
  const tick = await ctx.credits.syncTick(inst.id)
  if (!tick.run) {
    ctx.logger.info('sync deferred by the credit governor', {
      installationId: inst.id,
      level: tick.status.level,
      syncEveryNthTick: Number.isFinite(tick.status.syncFactor) ? tick.status.syncFactor : null,
      headroom: tick.status.headroom,
      allowance: tick.status.allowance,
    })
    return { installationId: inst.id, status: 'deferred', seen: 0, enqueued: 0, cursor }
  }
  const start = cursor === null ? now - (opts.firstLookbackMs ?? FIRST_SYNC_LOOKBACK_MS) : Date.parse(cursor) - overlap
  let enqueued = 0
  const stats = await withCreditKind('sync', () => walkModified(
    desk.searchTicketsModifiedSince,
    { from: new Date(start).toISOString(), to: new Date(now).toISOString() },
    inst.departmentIds,
    async (page) => {
      const done = await alreadyProcessed(ctx.db, inst.id, page)
      const events = page.filter((t) => !done.has(t.id)).map((t) => syncEvent(t, 'sync'))
      enqueued += await insertEvents(ctx.db, inst.id, events, new Date(now))
    },
    opts.pageSize ?? TICKETS_PAGE_MAX,
  ))
  if (stats.incomplete.length > 0) {
    ctx.logger.warn('sync could not list every ticket of a range (Desk search offset ceiling)', { installationId: inst.id, ranges: stats.incomplete })
  }
  // never backwards; on the first run remember where the look-back started
  const candidates = [cursor, stats.newest, cursor === null ? new Date(start).toISOString() : null].filter((c): c is string => c !== null)
  const next = candidates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
  if (next !== cursor) await setCursor(ctx.db, inst.id, SYNC_CURSOR, next, new Date(now))
  return { installationId: inst.id, status: 'synced', seen: stats.seen, enqueued, cursor: next }
}
