// Backfill (`desk-sla sync --since DATE`, issue 5): walks the tickets modified since a date in
// time windows (one day each by default, so Desk's search offset ceiling, 999, is rarely reached), puts them
// through the inbox and the same worker as webhooks, and records each finished window in the
// cursor `backfill:<since>` so an interrupted run continues where it stopped.
import { withCreditKind } from '../desk/credits.js'
import { deleteCursor, getCursor, setCursor } from '../store/repos/cursors.js'
import { insertEvents } from '../store/repos/inbox.js'
import type { Installation } from '../store/repos/installations.js'
import type { ServiceContext } from './context.js'
import { alreadyProcessed, syncEvent, walkModified } from './sync.js'
import { createInboxWorker, type EventResult, type WorkerOptions } from './inbox-worker.js'

export const DAY_MS = 24 * 3_600_000

export interface BackfillWindow {
  index: number
  /** windows in the whole run, finished ones included */
  total: number
  from: string
  to: string
}

export interface WindowReport extends BackfillWindow {
  seen: number
  enqueued: number
}

export interface BackfillTally {
  /** tickets the search returned */
  seen: number
  /** tickets whose fields or escalation changed */
  updated: number
  /** processed with nothing to change (or already current) */
  unchanged: number
  /** processing failed; the event waits in the inbox for a retry */
  failed: number
  /** held back by the credit governor; the event waits in the inbox until credits allow (issue 15) */
  deferred: number
}

export interface BackfillResult extends BackfillTally {
  installationId: string
  status: 'done' | 'deferred' | 'dry-run'
  /** windows finished before this run started (resumed) */
  resumedWindows: number
  windows: number
  cursorName: string
}

export interface BackfillOptions {
  since: number
  until: number
  windowMs?: number
  /** ignore the recorded progress and start from `since` */
  restart?: boolean
  /** search only: report what would be fetched, write nothing */
  dryRun?: boolean
  pageSize?: number
  /** options of the inbox worker that processes the enqueued events */
  worker?: Omit<WorkerOptions, 'onProcessed'>
  /** delivers the Desk writes after each window (optional: a running service delivers them too) */
  deliver?: () => Promise<unknown>
  onWindowStart?: (w: BackfillWindow) => void
  onWindowDone?: (w: WindowReport) => void
}

export function backfillCursorName(since: number): string {
  return `backfill:${new Date(since).toISOString()}`
}

/** [since, until] cut into consecutive windows of `windowMs`; the last one ends at `until` */
export function backfillWindows(since: number, until: number, windowMs: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let a = since; a < until; a += windowMs) out.push([a, Math.min(a + windowMs, until)])
  return out
}

/** an outcome of the inbox worker as the backfill summary counts it */
export function tallyKind(result: EventResult | { status: 'error'; error: string } | { status: 'deferred'; until: string }): keyof Omit<BackfillTally, 'seen'> {
  if (result.status === 'error') return 'failed'
  if (result.status === 'deferred') return 'deferred'
  if (result.status === 'done' && result.outcome.status === 'updated') return 'updated'
  return 'unchanged'
}

export async function runBackfill(ctx: ServiceContext, inst: Installation, opts: BackfillOptions): Promise<BackfillResult> {
  const windowMs = opts.windowMs ?? DAY_MS
  const cursorName = backfillCursorName(opts.since)
  const windows = backfillWindows(opts.since, opts.until, windowMs)
  const dryRun = opts.dryRun ?? false
  if (opts.restart && !dryRun) await deleteCursor(ctx.db, inst.id, cursorName)
  const done = opts.restart ? null : await getCursor(ctx.db, inst.id, cursorName)
  const resumeAt = done === null ? opts.since : Date.parse(done)
  const startIndex = windows.findIndex(([, b]) => b > resumeAt)
  const first = startIndex === -1 ? windows.length : startIndex
  const result: BackfillResult = {
    installationId: inst.id,
    status: dryRun ? 'dry-run' : 'done',
    resumedWindows: first,
    windows: windows.length,
    cursorName,
    seen: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    deferred: 0,
  }
  const desk = await ctx.deskFor(inst)
  // events of the current window, by id: each counted once, by its last outcome
  let outcomes = new Map<number, ReturnType<typeof tallyKind>>()
  const worker = createInboxWorker(ctx, {
    ...opts.worker,
    onProcessed: (ev, r) => {
      if (ev.installationId === inst.id && ev.source === 'backfill') outcomes.set(ev.id, tallyKind(r))
    },
  })

  for (let i = first; i < windows.length; i++) {
    const [a, b] = windows[i]!
    const w: BackfillWindow = { index: i, total: windows.length, from: new Date(a).toISOString(), to: new Date(b).toISOString() }
    // backfill is the first work the credit governor holds back (issue 15)
    if (!dryRun && !(await ctx.credits.allows(inst.id, 'backfill'))) {
      ctx.logger.warn('backfill paused: the day’s Desk credits are kept for webhook work; run the command again later (or tomorrow) to continue', {
        installationId: inst.id,
        at: w.from,
      })
      result.status = 'deferred'
      return result
    }
    opts.onWindowStart?.(w)
    let seen = 0
    let enqueued = 0
    outcomes = new Map()
    const now = ctx.now()
    // windows are half-open [from, to): Desk's range includes both ends, so stop 1 ms short.
    // A ticket modified at `until` or later (e.g. by this run's own writes) is the sync job's.
    await withCreditKind('backfill', () => walkModified(desk.searchTicketsModifiedSince, { from: w.from, to: new Date(b - 1).toISOString() }, inst.departmentIds, async (page) => {
      seen += page.length
      if (dryRun) return
      const current = await alreadyProcessed(ctx.db, inst.id, page)
      result.unchanged += current.size
      const events = page.filter((t) => !current.has(t.id)).map((t) => syncEvent(t, 'backfill'))
      enqueued += await insertEvents(ctx.db, inst.id, events, new Date(now))
    }, opts.pageSize))
    result.seen += seen
    if (!dryRun) {
      await worker.drain()
      for (const kind of outcomes.values()) result[kind]++
      await opts.deliver?.()
      await setCursor(ctx.db, inst.id, cursorName, w.to, new Date(ctx.now()))
    }
    opts.onWindowDone?.({ ...w, seen, enqueued })
  }
  return result
}
